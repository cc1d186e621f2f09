"""Page paths: unique, safe, stable slugs and relative links between pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from digest import urls
from digest.cache import Memo
from digest.model import Article, Corpus, People, Person, Story
from digest.urls import (
    archive_page,
    article_slugs,
    index_page,
    make_slug,
    person_feed,
    relative,
    site_paths,
    unique_slugs,
)
from fixtures.render import corpus


def test_slugs_are_readable_ascii_and_never_empty() -> None:
    assert make_slug("Putin warns Seoul") == "putin-warns-seoul"
    assert make_slug("Überraschung in Köln") == "uberraschung-in-koln"
    assert make_slug("!!!", "article") == "article"


def test_colliding_titles_get_numbered_slugs_in_a_stable_order() -> None:
    slugs = unique_slugs([("b.txt", "Same title"), ("a.txt", "Same title"), ("c.txt", "Index")], reserved=("index",))
    assert slugs == {"a.txt": "same-title", "b.txt": "same-title-2", "c.txt": "index-2"}


def test_site_paths_are_flat_files_per_kind() -> None:
    paths = site_paths(corpus())
    assert paths.articles["a/seoul.txt"] == "articles/aid-to-ukraine-depends-on-russia-seoul-says.html"
    assert paths.stories["seoul-ukraine-aid"] == "stories/seoul-ukraine-aid.html"
    assert paths.people["Chang Ho-jin"] == "people/chang-ho-jin.html"
    assert paths.outlets["The Daily Ledger"] == "outlets/the-daily-ledger.html"


def test_unsafe_story_ids_and_duplicate_person_slugs_still_give_distinct_safe_paths() -> None:
    persons = (Person("Kim", "kim", ()), Person("Kim Jong-un", "kim", ()))
    c = Corpus(articles=(), people=People(persons), stories=(Story(id="../evil id", title="x", sources=()),))
    paths = site_paths(c)
    assert paths.stories["../evil id"] == "stories/evil-id.html"
    assert sorted(paths.people.values()) == ["people/kim-2.html", "people/kim.html"]


def test_relative_links_between_pages() -> None:
    assert relative("stories/a.html", "people/b.html") == "../people/b.html"
    assert relative("index.html", "people/b.html") == "people/b.html"
    assert relative("page/2.html", "index.html") == "../index.html"
    assert relative("articles/a.html", "articles/b.html#p3") == "b.html#p3"
    assert relative("articles/a.html", "#q1") == "#q1"


def test_index_pages_after_the_first_live_in_page_folder() -> None:
    assert [index_page(n) for n in (1, 2, 3)] == ["index.html", "page/2.html", "page/3.html"]


def test_relative_links_across_deeper_folders() -> None:
    assert relative("a/b/c.html", "a/d.html") == "../d.html"
    assert relative("a/b/c.html", "x/y.html#z") == "../../x/y.html#z"
    assert relative("a/b/c.html", "a/b/e.html") == "e.html"
    assert relative("index.html", "index.html") == "index.html"


def test_no_person_page_can_overwrite_a_list_page() -> None:
    persons = (Person("Index", "index", ()), Person("By Quotes", "by-quotes", ()))
    paths = site_paths(Corpus(articles=(), people=People(persons), stories=()))
    assert sorted(paths.people.values()) == ["people/by-quotes-2.html", "people/index-2.html"]


def test_archive_pages_and_person_feeds_have_predictable_paths() -> None:
    assert archive_page("2024-06") == "archive/2024-06.html" and archive_page("undated") == "archive/undated.html"
    assert person_feed("people/chang-ho-jin.html") == "people/chang-ho-jin.xml"


def _article(source: str, title: str, date: str | None) -> Article:
    return Article(source=source, headline=title, title=title, byline=(), outlet=None, date=date, url=None,
                   paragraphs=("Text.",), captions=())


def test_a_shared_title_gives_the_earliest_article_the_plain_slug_and_the_others_their_file_names() -> None:
    articles = [_article("b.txt", "Storm closes harbour", "2024-06-02"),
                _article("a.txt", "Storm closes harbour", "2024-06-03"),
                _article("news/c.txt", "Storm closes harbour", None),
                _article("d.txt", "Storm closes harbour b", "2024-06-09")]
    assert article_slugs(articles) == {"b.txt": "storm-closes-harbour", "a.txt": "storm-closes-harbour-a",
                                       "news/c.txt": "storm-closes-harbour-c", "d.txt": "storm-closes-harbour-b"}


def test_a_new_file_with_the_same_title_leaves_the_other_pages_where_they_were() -> None:
    before = [_article("m.txt", "Storm closes harbour", "2024-06-02"),
              _article("n.txt", "Storm closes harbour", "2024-06-03"),
              _article("p.txt", "Storm closes harbour", "2024-06-04")]
    # Sorts first by name (numbering by file order would move n and p), but was published later.
    added = _article("a.txt", "Storm closes harbour", "2024-06-05")
    old, new = article_slugs(before), article_slugs([added, *before])
    assert new == {**old, "a.txt": "storm-closes-harbour-a"}


def test_file_name_suffixes_that_collide_fall_back_to_the_folders_then_a_hash() -> None:
    articles = [_article("x.txt", "Vote", "2024-01-01"), _article("one/x.txt", "Vote", "2024-01-02"),
                _article("two/x.txt", "Vote", "2024-01-03"), _article("two/x.md", "Vote", "2024-01-04")]
    slugs = article_slugs(articles)
    assert slugs["x.txt"] == "vote" and slugs["one/x.txt"] == "vote-x" and slugs["two/x.txt"] == "vote-two-x"
    assert re.fullmatch(r"vote-[0-9a-f]{8}", slugs["two/x.md"])
    assert len(set(slugs.values())) == 4


def test_remembered_slugs_are_the_slugs_and_spare_slugify_next_time(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["Storm closes the harbour", "Ünïcödé in Zürich", "", "!!!"]
    fresh = [urls.make_slug(t, "article") for t in texts]
    memo = Memo(tmp_path, "slugs")
    assert [urls.make_slug(t, "article", memo) for t in texts] == fresh
    memo.save()
    called: list[str] = []
    monkeypatch.setattr(urls, "slugify", lambda text, **kw: called.append(text) or "")
    again = Memo(tmp_path, "slugs")
    assert [urls.make_slug(t, "article", again) for t in texts] == fresh and called == []
    assert fresh[2:] == ["article", "article"]  # nothing sluggable falls back
