"""The per-article cache makes rebuilds cheap and never changes the output."""

from __future__ import annotations

from pathlib import Path

from digest import pipeline
from digest.cache import ArticleCache, article_key
from digest.config import Config
from digest.model import SourceFile

STORY = """Flood waters recede in river town

By Mara Lind

Flood waters began to recede on Monday in the river town of Hallstatt, officials said.

"The worst is behind us," said mayor Jonas Berg.
"""


def site_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_cached_and_cold_builds_give_identical_files(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for n in range(3):
        (tmp_path / "in" / f"flood-{n}.txt").write_text(STORY.replace("Monday", f"day {n}"), encoding="utf-8")
    cached = Config(input=tmp_path / "in", output=tmp_path / "warm", cache=tmp_path / "cache")
    pipeline.build(cached)  # fills the cache
    pipeline.build(cached)  # reads it
    pipeline.build(Config(input=tmp_path / "in", output=tmp_path / "cold", cache=None))
    assert site_files(tmp_path / "warm") == site_files(tmp_path / "cold")


def test_a_changed_file_misses_the_cache_and_others_hit(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path)
    first = SourceFile("a.txt", STORY, "text")
    article = pipeline.analyse_article(first)
    cache.put(article_key(first), article)
    cache.save()
    again = ArticleCache(tmp_path)
    assert again.get(article_key(first)) == article
    edited = SourceFile("a.txt", STORY.replace("Monday", "Tuesday"), "text")
    assert again.get(article_key(edited)) is None
    renamed = SourceFile("b.txt", STORY, "text")
    assert again.get(article_key(renamed)) is None


def test_an_unreadable_cache_is_an_empty_cache(tmp_path: Path) -> None:
    (tmp_path / "articles.pickle").write_bytes(b"not a pickle")
    cache = ArticleCache(tmp_path)
    assert cache.entries == {}


def test_no_cache_remembers_nothing(tmp_path: Path) -> None:
    cache = ArticleCache(None)
    source = SourceFile("a.txt", STORY, "text")
    cache.put(article_key(source), pipeline.analyse_article(source))
    cache.save()
    assert list(tmp_path.iterdir()) == []
