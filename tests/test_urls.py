"""Page paths: unique, safe, stable slugs and relative links between pages."""

from __future__ import annotations

from digest.model import Corpus, People, Person, Story
from digest.urls import archive_page, index_page, make_slug, person_feed, relative, site_paths, unique_slugs
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
