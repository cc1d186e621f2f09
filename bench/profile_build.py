"""Profile one cold digest build of a generated corpus: where the time goes, stage by stage and function by function.

    .venv/bin/python bench/profile_build.py              # 1000 articles
    .venv/bin/python bench/profile_build.py --articles 300 --top 25
    .venv/bin/python bench/profile_build.py --digest-at HEAD   # digest as committed, not the work tree

The build runs in this process with per-article analysis forced serial (worker processes are invisible to
cProfile), so the total is roughly the single-core time, and profiling adds its own overhead: read the shares,
not the seconds. Prints the pipeline stages, then the top functions by cumulative and by own time, and writes
the same text to bench/results/profile_<n>.txt.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

# (label, module file, function): the calls ``pipeline.gather`` and ``pipeline.build`` make, in order.
STAGES = (
    ("load", "load.py", "load_folder"),
    ("analyse (extract+mentions+quotes)", "pipeline.py", "analyse_all"),
    ("  extract", "extract.py", "extract_article"),
    ("  people.find_mentions", "people.py", "find_mentions"),
    ("  quotes.find_quotes", "quotes.py", "find_quotes"),
    ("people.resolve_people", "people.py", "resolve_people"),
    ("dedup.find_copies", "dedup.py", "find_copies"),
    ("stories.group_stories", "stories.py", "group_stories"),
    ("urls.site_paths", "urls.py", "site_paths"),
    ("render.render_site", "render.py", "render_site"),
    ("export.export_json", "export.py", "export_json"),
    ("write.write_site", "write.py", "write_site"),
)


def stage_table(stats: pstats.Stats, total: float) -> str:
    cumulative: dict[tuple[str, str], float] = {}
    for (filename, _, function), (_, _, _, cum, _) in stats.stats.items():  # type: ignore[attr-defined]
        key = (Path(filename).name, function)
        cumulative[key] = max(cumulative.get(key, 0.0), cum)
    lines = [f"{'stage':36} {'seconds':>8} {'share':>6}"]
    for label, module, function in STAGES:
        seconds = cumulative.get((module, function))
        if seconds is not None:
            lines.append(f"{label:36} {seconds:8.2f} {seconds / total:6.0%}")
    return "\n".join(lines)


def top_functions(stats: pstats.Stats, key: str, count: int) -> str:
    out = io.StringIO()
    stats.stream = out  # type: ignore[attr-defined]
    stats.sort_stats(key).print_stats(count)
    text = out.getvalue()
    return text[text.index("   ncalls"):].rstrip() if "   ncalls" in text else text


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--top", type=int, default=10, help="functions to list per ordering")
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


def profile(args: argparse.Namespace, folder: Path) -> str:
    from compare import export_commit, git_state
    from news_corpus import generate
    from plain_pages import write_digest_input

    digest_root = export_commit(args.digest_at, folder / "digest-src") if args.digest_at else REPO
    sys.path.insert(0, str(digest_root / "src"))
    from digest import pipeline
    from digest.config import make_config

    pipeline.PARALLEL_FROM = sys.maxsize  # keep every article in this process, where cProfile sees it
    write_digest_input(generate(args.articles, seed=1), folder / "input")
    config, _ = make_config({"input": str(folder / "input"), "output": str(folder / "site")}, folder, "bench")
    config = replace(config, cache=None)  # cold, like --no-cache
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    try:
        outcome = pipeline.build(config).summary()
    except pipeline.BuildError as exc:  # the work tree is shared and may be mid-change: keep the profile
        outcome = f"BUILD FAILED: {exc}"
    finally:
        profiler.disable()
    total = time.perf_counter() - started
    stats = pstats.Stats(profiler).strip_dirs()
    state = git_state(args.digest_at)
    where = f"commit {state['commit']}" + (" + uncommitted changes" if state.get("uncommitted_in_src") else "")
    return "\n\n".join([
        f"{where}\ndigest build of {args.articles} generated articles, serial, under cProfile: {total:.1f} s\n"
        f"({outcome})",
        stage_table(stats, total),
        f"top {args.top} by cumulative time\n" + top_functions(stats, "cumulative", args.top),
        f"top {args.top} by own time\n" + top_functions(stats, "tottime", args.top),
    ])


if __name__ == "__main__":
    sys.exit(main())
