"""Coverage-guided fuzzing (atheris/libFuzzer) of the two stages that take raw user input.

Targets:
  analyse  ``pipeline.analyse_article`` on a SourceFile whose text is the fuzz input (text or Markdown),
           started from real page text (the seeds, plus any folder given with --pages) that libFuzzer mutates.
  load     ``load.load_file`` on a file holding the fuzz input as raw bytes (decoding, BOMs, UTF-16 guesses,
           front matter, the size cut), started from the same pages' bytes.

An exception is a finding: it is recorded (once per place it was raised) in the findings file and the run
goes on, so one run reports every distinct crash rather than stopping at the first. An input that runs longer
than SLOW_SECONDS is a finding too (an alarm interrupts it: catastrophic regex backtracking would otherwise
hang the run silently). Not part of the test run: it needs ``pip install atheris`` and takes minutes.

    .venv/bin/python bench/fuzz.py analyse --runs 100000 --pages ../shared/dev/articles
    .venv/bin/python bench/fuzz.py load --runs 100000
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from digest import load, pipeline
    from digest.model import SourceFile

ROOT = Path(__file__).resolve().parent.parent
MAX_LEN = 6_000  # bytes per input: the head of a page and its first paragraphs; longer ones only slow the search
SIZE_CUT = 4_000  # the load target's max_bytes, small so the cut-at-size path is exercised too

findings: dict[str, dict[str, object]] = {}
counts = {"inputs": 0}
SLOW_SECONDS = 5
REPORT_EVERY = 2_000  # libFuzzer ends the process without running exit hooks, so the report is kept current
scratch = Path(tempfile.mkdtemp(prefix="digest-fuzz-"))
settings: dict[str, object] = {}


def write_report() -> None:
    seconds = time.perf_counter() - float(settings["started"])  # type: ignore[arg-type]
    path = Path(settings["findings"])  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"target": settings["target"], "inputs": counts["inputs"],
                                "seconds": round(seconds, 1), "findings": findings}, indent=1) + "\n")
    print(f"\n{settings['target']}: {counts['inputs']} inputs in {seconds:.0f}s, {len(findings)} distinct "
          f"findings -> {path}", file=sys.stderr, flush=True)


def _record(exc: BaseException, data: bytes) -> None:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    key = f"{type(exc).__name__} at {Path(frame.filename).name}:{frame.lineno}"
    if key not in findings:
        findings[key] = {"error": f"{type(exc).__name__}: {exc}"[:300], "input": data[:2000].decode("latin-1"),
                         "traceback": traceback.format_exception(exc)[-6:]}
        print(f"\nFINDING {key}: {exc!r}"[:400], file=sys.stderr, flush=True)


class SlowInput(Exception):
    """Raised by the alarm in an input that runs longer than SLOW_SECONDS."""


def _too_slow(signum: int, frame: object) -> None:
    raise SlowInput(f"still running after {SLOW_SECONDS}s")


def _count() -> None:
    counts["inputs"] += 1
    if counts["inputs"] % REPORT_EVERY == 0 or counts["inputs"] == settings["runs"]:
        write_report()


def analyse_one(data: bytes) -> None:
    _count()
    # Decoded as a loaded file would be (not via FuzzedDataProvider, which would turn real pages into noise);
    # one input in four is read as Markdown, as are inputs that start like Markdown.
    text = data.decode("utf-8", "replace")
    markdown = data[:1] in (b"-", b"#", b">", b"*") or len(data) % 4 == 0
    signal.alarm(SLOW_SECONDS)
    try:
        article = pipeline.analyse_article(SourceFile("fuzz.md" if markdown else "fuzz.txt", text,
                                                      "markdown" if markdown else "text"))
        for q in article.quotes:  # offsets the renderer trusts
            if not 0 <= q.paragraph < len(article.paragraphs):
                raise AssertionError(f"quote paragraph {q.paragraph} out of range")
        for m in article.mentions:
            if not 0 <= m.paragraph < len(article.paragraphs):
                raise AssertionError(f"mention paragraph {m.paragraph} out of range")
    except Exception as exc:
        _record(exc, data)
    finally:
        signal.alarm(0)


def load_one(data: bytes) -> None:
    _count()
    suffix = ".md" if data[:1] in (b"-", b"#") else ".txt"
    path = scratch / f"page{suffix}"
    path.write_bytes(data)
    signal.alarm(SLOW_SECONDS)
    try:
        source, problems = load.load_file(path, scratch, max_bytes=SIZE_CUT)
        if source is None and not problems:
            raise AssertionError("a file was skipped without a reason")
    except Exception as exc:
        _record(exc, data)
    finally:
        signal.alarm(0)


def seed_corpus(folder: Path, pages: Path | None) -> None:
    """The starting inputs: real page text, cut to MAX_LEN (libFuzzer mutates, splices and crosses them)."""
    sources = sorted((ROOT / "seeds").glob("*.txt"))
    if pages:
        sources += sorted(pages.glob("*.txt"))
    for n, path in enumerate(sources):
        (folder / f"seed-{n:04d}").write_bytes(path.read_bytes()[:MAX_LEN])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("target", choices=("analyse", "load"))
    parser.add_argument("--runs", type=int, default=100_000)
    parser.add_argument("--pages", type=Path, help="a folder of .txt pages to start from (besides the seeds)")
    parser.add_argument("--findings", type=Path, help="findings JSON (default: temp folder)")
    parser.add_argument("--seed", type=int, default=1)
    args, rest = parser.parse_known_args()
    corpus = Path(tempfile.mkdtemp(prefix="digest-fuzz-corpus-"))
    seed_corpus(corpus, args.pages)
    findings_path = args.findings or Path(tempfile.gettempdir()) / f"digest-fuzz-{args.target}.json"
    settings.update(started=time.perf_counter(), findings=findings_path, target=args.target, runs=args.runs)
    target = analyse_one if args.target == "analyse" else load_one
    libfuzzer_args = [sys.argv[0], f"-runs={args.runs}", f"-max_len={MAX_LEN}", f"-seed={args.seed}",
                      "-print_final_stats=1", *rest, str(corpus)]

    signal.signal(signal.SIGALRM, _too_slow)
    atheris.Setup(libfuzzer_args, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
