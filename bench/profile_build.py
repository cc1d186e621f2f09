"""Profile a cold digest build of a generated corpus: where the time goes, stage by stage and function by function.

    .venv/bin/python bench/profile_build.py                    # 1000 articles, the work tree
    .venv/bin/python bench/profile_build.py --digest-at HEAD   # digest as committed
    .venv/bin/python bench/profile_build.py --articles 300 --top 25
    .venv/bin/python bench/profile_build.py --articles 30000 --top 0 --parallel   # stage times and memory at scale

Two builds run in this process, with per-article analysis forced serial (worker processes are invisible to a
profiler in this one): first with a stopwatch around each pipeline stage and no profiler, which gives honest
seconds per stage (wall, and CPU of this process: the machine is shared, and CPU seconds move less with its
load; rendering runs on forked workers, so its CPU here is only the parent's share) and the peak resident memory
while each stage runs (this process, and it with its worker processes, sampled every 50 ms); then under
cProfile, for the top functions by cumulative and by own time (``--top 0`` skips it). cProfile slows pure-Python
inner loops (difflib, regex-heavy code) far more than C calls, so read its seconds as relative. ``--parallel``
leaves the analysis on worker processes, as a real build does (for memory at scale). Writes the text to
bench/results/profile_<n>.txt as well.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

# (label, module, function), in pipeline order; indented labels are parts of the stage above them.
STAGES = (
    ("load", "load", "load_folder"),
    ("analyse (serial unless --parallel)", "pipeline", "analyse_all"),
    ("  extract", "extract", "extract_article"),
    ("  people.find_mentions", "people", "find_mentions"),
    ("  quotes.find_quotes", "quotes", "find_quotes"),
    ("people.resolve_people", "people", "resolve_people"),
    ("dedup.find_copies", "dedup", "find_copies"),
    ("stories.group_stories", "stories", "group_stories"),
    ("urls.site_paths", "urls", "site_paths"),
    ("render.render_site_into", "render", "render_site_into"),
    ("export.write_json", "export", "write_json"),
)


@dataclass
class Spent:
    """What one stage took: wall and CPU seconds (this process), peak resident MB (this process; with workers)."""

    seconds: float = 0.0
    cpu: float = 0.0
    peak_mb: float = 0.0
    tree_peak_mb: float = 0.0


@contextmanager
def stage_stopwatch(pipeline: ModuleType) -> Iterator[dict[str, Spent]]:
    """Wrap each stage function where ``pipeline`` looks it up; yield label -> what was spent in it."""
    import importlib

    from measure import _rss_kb, tree_rss_kb

    spent: dict[str, Spent] = {}
    undo: list[tuple[ModuleType, str, Any]] = []
    running: list[str] = []  # the stages running now, outermost first
    done = threading.Event()

    def sample() -> None:
        me = os.getpid()
        while not done.wait(0.05):
            main, tree = _rss_kb(me) / 1024, tree_rss_kb(me) / 1024
            for label in list(running):
                stage = spent[label]
                stage.peak_mb, stage.tree_peak_mb = max(stage.peak_mb, main), max(stage.tree_peak_mb, tree)

    def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            stage = spent.setdefault(label, Spent())
            running.append(label)
            started, cpu = time.perf_counter(), time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                stage.seconds += time.perf_counter() - started
                stage.cpu += time.process_time() - cpu
                running.remove(label)
        return wrapper

    package = pipeline.__name__.rsplit(".", 1)[0]
    for label, module_name, function_name in STAGES:
        module = importlib.import_module(f"{package}.{module_name}")
        original = getattr(module, function_name, None)
        if original is None:
            continue
        wrapped = timed(label, original)
        # pipeline calls some stages as module.function and imported others by name: patch both places.
        for holder in {module, pipeline}:
            if getattr(holder, function_name, None) is original:
                undo.append((holder, function_name, original))
                setattr(holder, function_name, wrapped)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield spent
    finally:
        done.set()
        sampler.join()
        for holder, name, original in undo:
            setattr(holder, name, original)


def stage_table(spent: dict[str, Spent], total: float) -> str:
    lines = [f"{'stage':30} {'seconds':>8} {'share':>6} {'CPU s':>7} {'peak MB':>8} {'with workers':>13}"]
    for label, _, _ in STAGES:
        if label in spent:
            s = spent[label]
            lines.append(f"{label:30} {s.seconds:8.2f} {s.seconds / total:6.0%} {s.cpu:7.2f} {s.peak_mb:8.0f} "
                         f"{s.tree_peak_mb:13.0f}")
    return "\n".join(lines)


def top_functions(stats: pstats.Stats, key: str, count: int) -> str:
    out = io.StringIO()
    stats.stream = out  # type: ignore[attr-defined]
    stats.sort_stats(key).print_stats(count)
    text = out.getvalue()
    return text[text.index("   ncalls"):].rstrip() if "   ncalls" in text else text


def build_once(pipeline: ModuleType, config: Any) -> str:
    try:
        return pipeline.build(config).summary()
    except pipeline.BuildError as exc:  # the work tree is shared and may be mid-change: keep what was measured
        return f"BUILD FAILED: {exc}"


def profile(args: argparse.Namespace, folder: Path) -> str:
    from compare import export_commit, git_state
    from news_corpus import generate
    from plain_pages import write_digest_input

    digest_root = export_commit(args.digest_at, folder / "digest-src") if args.digest_at else REPO
    sys.path.insert(0, str(digest_root / "src"))
    from digest import pipeline
    from digest.config import make_config

    if not args.parallel:
        pipeline.PARALLEL_FROM = sys.maxsize  # keep every article in this process
    write_digest_input(generate(args.articles, seed=1), folder / "input")
    config, _ = make_config({"input": str(folder / "input"), "output": str(folder / "site")}, folder, "bench")
    config = replace(config, cache=None)  # cold, like --no-cache

    with stage_stopwatch(pipeline) as spent:
        started = time.perf_counter()
        outcome = build_once(pipeline, config)
        total = time.perf_counter() - started

    head = f"digest build of {args.articles} generated articles, analysis {'on workers' if args.parallel else 'serial'}"
    if not args.top:
        state = git_state(args.digest_at)
        return f"commit {state['commit']}\n{head}: {total:.1f} s\n({outcome})\n\n" + stage_table(spent, total)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    try:
        build_once(pipeline, replace(config, output=folder / "site-profiled"))
    finally:
        profiler.disable()
    profiled = time.perf_counter() - started
    stats = pstats.Stats(profiler).strip_dirs()

    state = git_state(args.digest_at)
    where = f"commit {state['commit']}" + (" + uncommitted changes" if state.get("uncommitted_in_src") else "")
    return "\n\n".join([
        f"{where}\n{head}: {total:.1f} s\n({outcome})",
        stage_table(spent, total),
        f"under cProfile: {profiled:.1f} s\n\ntop {args.top} by cumulative time\n"
        + top_functions(stats, "cumulative", args.top),
        f"top {args.top} by own time\n" + top_functions(stats, "tottime", args.top),
    ])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--top", type=int, default=10, help="functions to list per ordering (0: no cProfile run)")
    parser.add_argument("--parallel", action="store_true", help="analyse on worker processes, as a build does")
    parser.add_argument("--results", type=Path, default=BENCH / "results")
    parser.add_argument("--digest-at", metavar="REV", help="profile digest as of this commit (default: the work "
                        "tree)")
    args = parser.parse_args(argv)
    tmp_parent = "/dev/shm" if Path("/dev/shm").is_dir() else None
    with tempfile.TemporaryDirectory(prefix="digest-profile-", dir=tmp_parent) as tmp:
        text = profile(args, Path(tmp))
    print(text)
    args.results.mkdir(parents=True, exist_ok=True)
    (args.results / f"profile_{args.articles}.txt").write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
