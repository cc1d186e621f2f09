"""The command line: a thin layer over ``pipeline`` that parses options and prints results.

    digest build [--input DIR] [--output DIR] ...   build the site
    digest explain FILE                             show what extraction found in one file, and why
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from . import __version__
from .config import Config, check_paths, make_config, option_doc, read_settings_file
from .model import Problem

# Options every building command shares, bundled once (name, metavar or None for a flag).
SHARED_OPTIONS: tuple[tuple[str, str | None], ...] = (
    ("input", "DIR"), ("output", "DIR"), ("templates", "DIR"), ("strict", None), ("quiet", None),
)


def _add_shared_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", type=Path,
                        help="settings file (default: ./digest.yaml, or [tool.digest] in ./pyproject.toml)")
    for name, metavar in SHARED_OPTIONS:
        default = getattr(Config(), name)
        shown = f" (default: {default})" if metavar and default is not None else ""
        if metavar:
            parser.add_argument(f"--{name}", metavar=metavar, help=option_doc(name) + shown)
        else:
            parser.add_argument(f"--{name}", action="store_true", default=None, help=option_doc(name))
    parser.add_argument("--no-cache", action="store_true", help="analyse every file afresh; the cache is "
                        "neither read nor written (the output is the same either way)")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="digest", description="Turn a folder of copied news articles into a "
                                     "static digest site: each story once, who said what, and where.")
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    build = commands.add_parser("build", help="build the site from the input folder",
                                description="Build the site: read every .txt and .md file under the input "
                                "folder, and write the HTML pages and data/*.json to the output folder.")
    _add_shared_options(build)
    build.set_defaults(run=run_build)
    serve = commands.add_parser("serve", help="build, serve on localhost, rebuild and reload on changes",
                                description="Build the site, serve it on localhost, watch the input folder and "
                                "templates, rebuild (only what changed) and reload the open page. Ctrl-C stops.")
    _add_shared_options(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on, 0 for any free one "
                       "(default: 8000)")
    serve.set_defaults(run=run_serve)
    explain = commands.add_parser("explain", help="show what extraction finds in one file, and why",
                                  description="Print the headline, byline, date, outlet, body and quotes found "
                                  "in FILE, and every dropped line with the reason it was dropped.")
    explain.add_argument("file", type=Path, metavar="FILE", help="an article file (.txt or .md)")
    explain.set_defaults(run=run_explain)
    return parser


def config_from_args(args: argparse.Namespace) -> tuple[Config, list[Problem]]:
    """Defaults, then the settings file, then command-line options."""
    cwd = Path.cwd()
    settings, path, problems = read_settings_file(cwd, args.config)
    base = path.parent if path else cwd
    for name, _ in SHARED_OPTIONS:
        value = getattr(args, name, None)
        if value is not None:
            settings[name] = str(Path(value).absolute()) if name in ("input", "output", "templates") else value
    config, more = make_config(settings, base, str(path) if path else "settings")
    if getattr(args, "no_cache", False):
        config = replace(config, cache=None)
    return config, problems + more


def print_problems(problems: Sequence[Problem]) -> None:
    for problem in problems:
        print(f"{problem.severity}: {problem}", file=sys.stderr)


class ProgressBar:
    """A one-line progress bar on a terminal; silent when output goes to a log (CI) or with --quiet."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < 20:
            return
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r  analysing [{'#' * filled}{'.' * (width - filled)}] {done}/{total} files")
        sys.stderr.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 70 + "\r")


def run_build(args: argparse.Namespace) -> int:
    from . import pipeline  # imported here so that `digest --help` starts fast

    config, problems = config_from_args(args)
    problems += check_paths(config)
    print_problems(problems)
    if any(p.severity == "error" for p in problems) or (config.strict and problems):
        return 2
    bar = ProgressBar(enabled=sys.stderr.isatty() and not config.quiet)
    try:
        report = pipeline.build(config, progress=bar)
    except pipeline.BuildError as exc:
        print_problems(exc.problems)
        return 1
    finally:
        bar.close()
    print_problems(report.problems)
    if report.problems:
        print(f"skipped or changed: {len(report.problems)} file(s), listed above", file=sys.stderr)
    print(f"{report.summary()} -> {config.output}")
    return 0


def run_serve(args: argparse.Namespace) -> int:
    from . import pipeline, serve

    status = run_build(args)
    if status != 0:
        return status
    config, _ = config_from_args(args)

    def rebuild() -> bool:
        try:
            report = pipeline.build(config)
        except pipeline.BuildError as exc:
            print_problems(exc.problems)
            return False
        except Exception as exc:  # keep serving the last good site whatever went wrong
            print(f"error: rebuild failed: {type(exc).__name__}: {exc}", file=sys.stderr)
            return False
        print_problems(report.problems)
        print(report.summary(), flush=True)
        return True

    serve.serve(config, args.host, args.port, rebuild)
    return 0


def run_explain(args: argparse.Namespace) -> int:
    from . import pipeline
    from .explain import describe

    try:
        article = pipeline.explain(args.file)
    except pipeline.BuildError as exc:
        print_problems(exc.problems)
        return 1
    print(describe(article))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
