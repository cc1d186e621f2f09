"""Time dedup.find_copies and stories.group_stories on generated corpora of growing size.

    .venv/bin/python bench/grouping_bench.py --sizes 1000 10000 100000

Each size runs in a fresh process so its peak memory (``resource.getrusage``, which includes the corpus
itself, reported separately as "corpus MB") is its own. Times are CPU seconds of this process (wall time
too), so a busy machine does not distort them much. Cost should grow near-linearly with the size.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def run_one(size: int, seed: int) -> dict[str, float]:
    from grouping_eval import to_article
    from news_corpus import generate

    from digest import dedup, stories
    from digest.model import People

    articles = [to_article(g) for g in generate(size, seed)]
    corpus_mb = peak_mb()
    words = sum(len(p.split()) for a in articles for p in a.paragraphs)
    started, cpu_started = time.perf_counter(), time.process_time()
    links = dedup.find_copies(articles)
    cpu_copies_done = time.process_time()
    grouped = stories.group_stories(articles, links, People(persons=()))
    done, cpu_done = time.perf_counter(), time.process_time()
    return {"articles": len(articles), "words": words, "copy_links": len(links), "stories": len(grouped),
            "find_copies_cpu_s": round(cpu_copies_done - cpu_started, 2),
            "group_stories_cpu_s": round(cpu_done - cpu_copies_done, 2),
            "wall_s": round(done - started, 2), "articles_per_cpu_s": round(len(articles) / (cpu_done - cpu_started)),
            "corpus_mb": round(corpus_mb), "peak_mb": round(peak_mb())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.seed)))
        return
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(size), "--seed", str(args.seed)],
                             capture_output=True, text=True, check=True).stdout
        print(" ".join(f"{k}={v}" for k, v in json.loads(out).items()), flush=True)


if __name__ == "__main__":
    main()
