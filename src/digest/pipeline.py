"""The library API: ``build(config)`` reads top to bottom as the pipeline.

Gather everything first (load, extract, people, quotes, dedup, stories), then render, then write. Nothing
is written until every page is rendered, so a failing build leaves the previous site untouched.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from . import dedup, extract, load, people, quotes, render, stories
from .config import Config, check_paths
from .export import export_json
from .model import Article, Corpus, Problem, SourceFile
from .urls import site_paths
from .write import write_site

Progress = Callable[[str], None]


class BuildError(Exception):
    """The build cannot go on (bad settings, unsafe paths, or a warning under --strict)."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class BuildReport:
    articles: int
    stories: int
    people: int
    pages: int
    seconds: float
    problems: tuple[Problem, ...]

    def summary(self) -> str:
        warnings = sum(p.severity == "warning" for p in self.problems)
        return (f"built {self.articles} articles, {self.stories} stories, {self.people} people, "
                f"{self.pages} pages in {self.seconds:.2f}s; {warnings} warning{'s' * (warnings != 1)}")


def analyse_article(source: SourceFile) -> Article:
    """Everything done to one file on its own: extraction, then the people it names, then its quotes."""
    article = extract.extract_article(source)
    article = replace(article, mentions=people.find_mentions(article))
    return replace(article, quotes=quotes.find_quotes(article))


def gather(config: Config, progress: Progress | None = None) -> Corpus:
    """Read and analyse the whole input folder into a Corpus. Bad files become Problems, never crashes."""
    sources, problems = load.load_folder(config.input)
    articles = []
    for source in sources:
        if progress:
            progress(source.source)
        try:
            articles.append(analyse_article(source))
        except Exception as exc:  # one bad file must not stop the build: report it and go on
            problems.append(Problem(source.source, f"could not be read as an article: {type(exc).__name__}: {exc}"))
    resolved = people.resolve_people(articles)
    links = dedup.find_copies(articles)
    grouped = stories.group_stories(articles, links, resolved)
    return Corpus(articles=tuple(articles), people=resolved, stories=tuple(grouped), problems=tuple(problems))


def build(config: Config, progress: Progress | None = None) -> BuildReport:
    """Build the site described by ``config``. Raises BuildError when it cannot or must not go on."""
    started = time.perf_counter()
    fatal = [p for p in check_paths(config) if p.severity == "error"]
    if fatal:
        raise BuildError(fatal)
    corpus = gather(config, progress)
    if config.strict and corpus.problems:
        raise BuildError(corpus.problems)
    paths = site_paths(corpus)
    files: dict[str, str | bytes] = {}
    files.update(render.render_site(corpus, config, paths))
    files.update(export_json(corpus, paths))
    report = write_site(files, config.output)
    return BuildReport(articles=len(corpus.articles), stories=len(corpus.stories),
                       people=len(corpus.people.persons), pages=report.written,
                       seconds=time.perf_counter() - started, problems=corpus.problems + report.problems)


def explain(path: Path) -> Article:
    """Extract one file on its own, for ``digest explain``."""
    source, problems = load.load_file(path, path.parent)
    if source is None:
        raise BuildError(problems)
    return analyse_article(source)
