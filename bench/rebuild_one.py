"""CPU seconds of each gather stage, cold and after one article changed (the incremental rebuild before rendering).

    .venv/bin/python bench/rebuild_one.py --articles 10000 --workdir /tmp/me/rebuild
    .venv/bin/python bench/rebuild_one.py --articles 1000 --cold-only
    .venv/bin/python bench/rebuild_one.py --articles 10000 --workdir /tmp/me/rebuild --site

With ``--site`` it times whole ``digest build`` commands instead (a process each, as a user runs it): a cold
build filling the cache, one after editing one article, and a ``--no-cache`` build of the edited input; it
prints their wall and CPU seconds (user + sys of the process and its workers), how many files the rebuild
wrote anew (a page carried over unchanged keeps its inode), and whether the cached and cold sites are identical.

Generates the corpus once into WORKDIR (reused when it is already there), gathers it with the cache on (cold,
filling the cache), edits one sentence of one article, and gathers again. Each stage is timed in CPU seconds
of this process and of its finished worker processes (user + sys from ``getrusage``), so a busy machine
inflates the numbers far less than wall time; the resident memory after each stage and the peak are printed
too. Rendering and writing are not run: they are not part of ``gather``.
"""

from __future__ import annotations

import argparse
import filecmp
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "src"))
sys.path.insert(0, str(BENCH))

from news_corpus import generate  # noqa: E402
from plain_pages import write_digest_input  # noqa: E402

from digest import cache, pipeline  # noqa: E402
from digest.config import Config  # noqa: E402

# (label, owner, attribute): the functions gather calls, looked up where it calls them.
STAGES = (
    ("load", pipeline.load, "load_folder"),
    ("analyse (all processes)", pipeline, "analyse_all"),
    ("people.resolve_people", pipeline.people, "resolve_people"),
    ("dedup.find_copies", pipeline.dedup, "find_copies"),
    ("stories.group_stories", pipeline.stories, "group_stories"),
    ("cache: read", cache, "read_table"),
    ("cache: write", cache.Memo, "save"),
)


def cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def resident_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


@contextmanager
def stage_clock() -> Iterator[dict[str, float]]:
    """Wrap each stage function; yield label -> CPU seconds (the cache's reads and writes fall inside stages
    too, and are shown apart as well)."""
    spent: dict[str, float] = {}
    undo: list[tuple[Any, str, Any]] = []

    def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = cpu_seconds()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + cpu_seconds() - started
                spent[f"{label} rss"] = resident_mb()
        return wrapper

    for label, owner, name in STAGES:
        original = getattr(owner, name)
        undo.append((owner, name, original))
        setattr(owner, name, timed(label, original))
    try:
        yield spent
    finally:
        for owner, name, original in undo:
            setattr(owner, name, original)


def gather_once(config: Config, title: str) -> None:
    with stage_clock() as spent:
        started, wall = cpu_seconds(), time.perf_counter()
        corpus = pipeline.gather(config)
        total, wall = cpu_seconds() - started, time.perf_counter() - wall
    print(f"\n{title}: {len(corpus.articles)} articles, {len(corpus.stories)} stories")
    for label, _, _ in STAGES:
        if label in spent:
            print(f"  {label:26s} {spent[label]:7.2f} s   resident after {spent[label + ' rss']:6.0f} MB")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {'gather, CPU in all':26s} {total:7.2f} s   (wall {wall:.2f} s; peak resident {peak:.0f} MB)")


def edit_one(folder: Path) -> Path:
    """Change one word of the middle article's body: its text, its copies' alignments, its story."""
    path = sorted(folder.glob("*.txt"))[len(list(folder.glob("*.txt"))) // 2]
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    longest = max(range(len(lines)), key=lambda n: len(lines[n]))  # a body paragraph, not the header
    lines[longest] = lines[longest].replace(" said ", " told reporters ", 1) + " Officials gave no other details."
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def run_build(label: str, *options: str) -> None:
    """One ``digest build`` in a process of its own, with its wall and CPU seconds."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run([sys.executable, str(BENCH.parent / "build.py"), "--quiet", *options],
                          capture_output=True, text=True)
    wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    summary = (done.stdout.strip().splitlines() or [done.stderr.strip()])[-1]
    print(f"  {label:28s} wall {wall:6.2f} s   CPU {cpu:6.2f} s   {summary}")
    if done.returncode != 0:
        raise SystemExit(done.stderr)


def inodes(site: Path) -> dict[str, int]:
    return {str(p.relative_to(site)): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def same_sites(a: Path, b: Path) -> bool:
    files = sorted(set(inodes(a)) | set(inodes(b)))
    _, mismatched, errors = filecmp.cmpfiles(a, b, files, shallow=False)
    return not mismatched and not errors


def time_site(corpus: Path, workdir: Path) -> None:
    """Whole builds: cold with the cache on, then after one article changed, then cold without the cache."""
    edited, site, cold, cache_dir = (workdir / name for name in ("edited", "site", "site-cold", "cache"))
    for folder in (edited, site, cold, cache_dir):
        shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(corpus, edited)
    print(f"digest build of {corpus.name} (site in {site})")
    cached = ["--input", str(edited), "--output", str(site), "--config", str(workdir / "settings.yaml")]
    (workdir / "settings.yaml").write_text(f"cache: {cache_dir}\n", encoding="utf-8")
    run_build("cold, filling the cache", *cached)
    run_build("again, nothing changed", *cached)
    before = inodes(site)
    changed = edit_one(edited)
    run_build(f"after editing {changed.name}", *cached)
    after = inodes(site)
    rewritten = sorted(rel for rel, inode in after.items() if before.get(rel) != inode)
    shown = ", ".join(rewritten[:8]) + (", ..." if len(rewritten) > 8 else "")
    print(f"  files written anew: {len(rewritten)} of {len(after)} ({shown})")
    run_build("cold, --no-cache", "--input", str(edited), "--output", str(cold), "--no-cache")
    print(f"  cached rebuild identical to the --no-cache build: {same_sites(site, cold)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path, required=True)
    parser.add_argument("--cold-only", action="store_true", help="gather once with the cache off")
    parser.add_argument("--site", action="store_true", help="time whole `digest build` commands instead")
    args = parser.parse_args()
    corpus = args.workdir / f"corpus-{args.articles}-{args.seed}"
    if not corpus.is_dir():
        write_digest_input(generate(args.articles, seed=args.seed), corpus)
    if args.site:
        time_site(corpus, args.workdir)
        return
    if args.cold_only:
        gather_once(Config(input=corpus, cache=None), "cold, no cache")
        return
    edited = args.workdir / "edited"
    shutil.rmtree(edited, ignore_errors=True)
    shutil.copytree(corpus, edited)
    cache_dir = args.workdir / "cache"
    shutil.rmtree(cache_dir, ignore_errors=True)
    gather_once(Config(input=edited, cache=cache_dir), "cold, filling the cache")
    changed = edit_one(edited)
    gather_once(Config(input=edited, cache=cache_dir), f"after editing {changed.name}")


if __name__ == "__main__":
    main()
