"""The search index: every story, person, article and quote once, as a script that works from file://."""

from __future__ import annotations

import json
from dataclasses import replace

from digest.config import Config
from digest.render import render_site
from digest.search import INDEX_SCRIPT, index_script
from digest.urls import site_paths
from fixtures.render import corpus


def entries() -> list[list[str]]:
    c = corpus()
    script = str(render_site(c, Config(), site_paths(c))[INDEX_SCRIPT])
    prefix = "window.digestSearchIndex="
    assert script.startswith(prefix) and script.endswith(";\n")
    return json.loads(script[len(prefix):-2])


def test_index_holds_stories_people_articles_and_quotes_with_their_pages() -> None:
    found = {(kind, title): url for kind, title, _, url in entries()}
    assert found[("story", "Seoul ties Ukraine aid to Russia")] == "stories/seoul-ukraine-aid.html"
    assert found[("person", "Chang Ho-jin")] == "people/chang-ho-jin.html"
    assert found[("article", "Putin warns Seoul")] == "articles/putin-warns-seoul.html"
    assert found[("quote", "very big mistake")] == "articles/putin-warns-seoul.html#q1"
    assert found[("outlet", "The Daily Ledger")] == "outlets/the-daily-ledger.html"


def test_a_quote_carried_by_two_copies_is_one_entry_that_names_its_speaker() -> None:
    quotes = [e for e in entries() if e[0] == "quote" and e[1].startswith("It is all up to the Russian side")]
    assert len(quotes) == 1
    assert quotes[0][2].startswith("Chang Ho-jin, in ")


def test_person_entries_carry_roles_so_a_title_finds_them() -> None:
    chang = next(e for e in entries() if e[0] == "person" and e[1] == "Chang Ho-jin")
    assert "National Security Adviser" in chang[2] and "2 quotes" in chang[2]


def test_text_can_never_close_the_script_or_inject_markup() -> None:
    script = index_script([["article", "</script><script>alert(1)</script>", "", "a.html"]])
    assert "<" not in script
    data = json.loads(script.removeprefix("window.digestSearchIndex=").removesuffix(";\n"))
    assert data[0][1].startswith("</script>")


def test_quotes_of_an_article_in_no_story_are_found_too() -> None:
    c = corpus()
    alone = replace(c, stories=c.stories[:1])  # the Putin article is left out of every story
    script = str(render_site(alone, Config(), site_paths(alone))[INDEX_SCRIPT])
    assert '"very big mistake"' in script
