"""The library API: ``build(config)`` reads top to bottom as the pipeline.

Gather everything first (load, extract, people, quotes, dedup, stories), then render and write. Pages are
written into a staging folder as they are rendered, and the new site replaces the old only when every page is
there, so a failing build leaves the previous site untouched.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from . import dedup, extract, load, names, people, people_overrides, quotes, render, stories, story_overrides
from .cache import ArticleCache, article_key, content_key
from .config import Config, check_paths
from .export import write_json
from .file_index import FileIndex
from .model import Article, Corpus, People, Problem, SourceFile, Story
from .urls import site_paths
from .write import SiteWriter

Progress = Callable[[int, int], None]  # (files done, files in all)


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


def _analyse_safely(source: SourceFile) -> Article | str:
    """Run in a worker process: an exception becomes a message, so one bad file cannot stop the build."""
    try:
        # The dropped lines are for `digest explain` alone, which analyses its file again; leaving them out here
        # halves what a worker sends back and the cache keeps (43 of 56 KB per dev page).
        return replace(analyse_article(source), dropped=())
    except Exception as exc:
        return f"could not be read as an article: {type(exc).__name__}: {exc}"


PARALLEL_FROM = 64  # below this many files, starting worker processes costs more than it saves


def analyse_all(sources: Sequence[SourceFile | load.Unchanged], cache: ArticleCache,
                progress: Progress | None = None) -> tuple[list[Article], list[str], list[Problem]]:
    """Analyse every file, in input order: cached results first, the rest on all cores. Returns the articles,
    their cache keys (each a hash of what the article was made from) and the files that failed."""
    results: dict[int, Article | str] = {}
    keys: dict[int, str] = {}
    todo: list[tuple[int, str, SourceFile]] = []
    for index, item in enumerate(sources):
        key = keys[index] = item.key if isinstance(item, load.Unchanged) else article_key(item)
        hit = cache.get(key)
        if hit is not None:
            results[index] = hit
            continue
        source = _read_after_all(item) if isinstance(item, load.Unchanged) else item
        if isinstance(source, str):
            results[index] = source
        else:
            key = keys[index] = article_key(source)
            todo.append((index, key, source))
    done = len(results)
    workers = min(os.cpu_count() or 1, 8)
    if len(todo) >= PARALLEL_FROM and workers > 1:
        names.load_name_tables()  # once here, inherited by every forked worker, instead of once in each
        pool = ProcessPoolExecutor(max_workers=workers, initializer=gc.enable)  # workers collect as usual
        outcomes = pool.map(_analyse_safely, [s for _, _, s in todo], chunksize=16)
    else:
        pool, outcomes = None, map(_analyse_safely, [s for _, _, s in todo])
    try:
        for (index, key, _), outcome in zip(todo, outcomes, strict=True):
            results[index] = outcome
            if isinstance(outcome, Article):
                cache.put(key, outcome)
            done += 1
            if progress:
                progress(done, len(sources))
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    articles, article_keys, problems = [], [], []
    for index, source in enumerate(sources):
        outcome = results[index]
        if isinstance(outcome, Article):
            articles.append(outcome)
            article_keys.append(keys[index])
        else:
            problems.append(Problem(source.source, outcome))
    return articles, article_keys, problems


def _read_after_all(item: load.Unchanged) -> SourceFile | str:
    """An unchanged file whose analysis the cache no longer holds (a lost or damaged cache file): read it now.
    Its loading problems were already reported from the index."""
    source, found = load.load_file(item.path, item.root, max_bytes=item.max_bytes)
    return source if source is not None else "; ".join(p.message for p in found) or "cannot be read"


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector: gathering makes millions of lasting objects (the cache, the corpus)
    and no cycles worth collecting, and every full collection would walk them all again (a fifth of a warm
    10k rebuild). Reference counting still frees everything else."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def gather(config: Config, progress: Progress | None = None) -> Corpus:
    """Read and analyse the whole input folder into a Corpus. Bad files become Problems, never crashes."""
    with _no_cycle_collection():
        return _gather(config, progress)


def _gather(config: Config, progress: Progress | None) -> Corpus:
    files = FileIndex(config.cache)
    sources, problems = load.load_folder(config.input, max_bytes=config.max_file_bytes,
                                         index=files if config.cache else None)  # --no-cache: every file is read
    cache = ArticleCache(config.cache)
    articles, keys, failed = analyse_all(sources, cache, progress)
    del sources  # the texts are in the articles now; at 100k files they are hundreds of MB
    cache.save()
    files.save()
    # The user's corrections (people.yaml, stories.yaml in the input folder) apply on every build.
    people_fixes, people_problems = people_overrides.load_overrides(config.input)
    story_fixes, story_problems = story_overrides.load_overrides(config.input)
    if story_fixes:
        known = {a.source for a in articles}
        named = {src for group in story_fixes.merge + story_fixes.separate for src in group}
        story_problems += [Problem(story_overrides.FILE_NAME, f"no article {src!r} in the input folder (ignored)")
                           for src in sorted(named - known)]
    # People, copies and stories are functions of the articles and the corrections alone: when none of them
    # changed (a rebuild for a template or settings change, or for nothing), they are read back whole.
    gathered = cache.memo("corpus")
    corpus_key = content_key(keys, people_fixes, story_fixes)
    resolved, grouped = gathered.remembered(corpus_key, _people_and_stories, articles, people_fixes, story_fixes,
                                            cache)
    gathered.save()
    return Corpus(articles=tuple(articles), people=resolved, stories=grouped,
                  problems=tuple(problems + failed + people_problems + story_problems))


def _people_and_stories(articles: list[Article], people_fixes: people_overrides.PeopleOverrides | None,
                        story_fixes: story_overrides.StoryOverrides | None,
                        cache: ArticleCache) -> tuple[People, tuple[Story, ...]]:
    resolved = people.resolve_people(articles, overrides=people_fixes)
    # The corpus-level stages remember what they computed per article and per pair in the same cache folder.
    copies_memo, stories_memo = cache.memo("copies"), cache.memo("stories")
    links = dedup.find_copies(articles, copies_memo)
    copies_memo.save()
    grouped = stories.group_stories(articles, links, resolved, overrides=story_fixes, memo=stories_memo)
    stories_memo.save()
    return resolved, tuple(grouped)


def build(config: Config, progress: Progress | None = None) -> BuildReport:
    """Build the site described by ``config``. Raises BuildError when it cannot or must not go on."""
    started = time.perf_counter()
    fatal = [p for p in check_paths(config) if p.severity == "error"]
    if fatal:
        raise BuildError(fatal)
    corpus = gather(config, progress)
    if config.strict and corpus.problems:
        raise BuildError(corpus.problems)
    slugs = ArticleCache(config.cache).memo("slugs")  # slugify is slow: each text's slug is remembered
    paths = site_paths(corpus, slugs)
    slugs.save()
    # Pages go into the new site's staging folder as they are rendered (never all in memory at once); the site
    # is swapped in only by commit(), so a failure before it leaves the previous site as it was.
    with SiteWriter(config.output) as site:
        try:
            # With the cache on, a page whose inputs did not change is taken from the previous site, not rendered.
            render.render_site_into(site, corpus, config, paths, memo=config.cache is not None)
        except render.RenderError as exc:  # a user's broken template: say which, no traceback
            raise BuildError([Problem(str(config.templates or "templates"), str(exc), "error")]) from exc
        exported = ArticleCache(config.cache).memo("export")  # each JSON record's text, by the record's hash
        write_json(corpus, paths, site, exported)
        exported.save()
        report = site.commit()
    return BuildReport(articles=len(corpus.articles), stories=len(corpus.stories),
                       people=len(corpus.people.persons), pages=report.written,
                       seconds=time.perf_counter() - started, problems=corpus.problems + report.problems)


def explain(path: Path) -> Article:
    """Extract one file on its own, for ``digest explain``."""
    source, problems = load.load_file(path, path.parent)
    if source is None:
        raise BuildError(problems)
    return analyse_article(source)
