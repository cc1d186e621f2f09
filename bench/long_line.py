"""Does a very long line make extraction slower than linear? Time ``analyse_article`` on pages of one line.

A pasted page can be one enormous line (a whole article without newlines, a minified blob). Each size is
twice the one before, so with linear work the time doubles too; the 'ratio' column should stay near 2.

    .venv/bin/python bench/long_line.py             # 125 KB .. 2 MB
    .venv/bin/python bench/long_line.py --max-kb 500
"""

from __future__ import annotations

import argparse
import time

from digest import pipeline
from digest.model import SourceFile

SENTENCE = ('Officials said on Monday that the fire had burned 2,000 hectares, and "we will rebuild," '
            "said Mayor Marta Kos of Arden. ")
SHAPES = {  # what one long line can be made of
    "prose": SENTENCE,
    "no spaces": "x" * 97 + ". ",
    "quotes": '"a" ',
    "capitals": "Kim Jong Un Park Ho Jin ",
}


def seconds(text: str) -> float:
    started = time.process_time()
    pipeline.analyse_article(SourceFile("long.txt", "Headline of the page\n\n" + text, "text"))
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-kb", type=int, default=2048)
    args = parser.parse_args()
    for shape, unit in SHAPES.items():
        previous = None
        size = 125 * 1024
        while size <= args.max_kb * 1024:
            line = (unit * (size // len(unit) + 1))[:size]
            took = seconds(line)
            ratio = f"{took / previous:5.2f}" if previous else "    -"
            print(f"{shape:10} {size // 1024:6} KB  {took:7.3f} s CPU  ratio {ratio}", flush=True)
            previous, size = took, size * 2


if __name__ == "__main__":
    main()
