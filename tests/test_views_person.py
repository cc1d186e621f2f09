"""Person pages: one statement printed differently by several outlets is shown once, its variants beside it."""

from __future__ import annotations

from dataclasses import replace

from digest.config import Config
from digest.model import Article, Mention, Quote
from digest.render import render_site
from digest.urls import site_paths
from fixtures.render import corpus

TRANSLATED = "Russian President Vladimir Putin said arming Ukraine would be a grave mistake."


def translated_copy() -> Article:
    start = TRANSLATED.index("grave mistake")
    return Article(source="e/translated.txt", headline="Putin: arms would be a grave mistake",
                   title="Putin: arms would be a grave mistake", byline=(), outlet="Other Wire", date="2024-06-21",
                   url=None, paragraphs=(TRANSLATED,), captions=(),
                   mentions=(Mention(0, 0, 32, "Russian President Vladimir Putin", "Vladimir Putin", "President"),),
                   quotes=(Quote("grave mistake", 0, start, start + 13, ("Vladimir Putin",), "Putin", "person"),))


def test_variants_of_one_quote_from_different_outlets_are_shown_side_by_side() -> None:
    c = corpus()
    extra = translated_copy()
    stories = tuple(replace(s, sources=(*s.sources, extra.source)) if s.id == "putin-warning" else s
                    for s in c.stories)
    people = replace(c.people, canonical={**c.people.canonical, (extra.source, "Vladimir Putin"): "Vladimir Putin"})
    both = replace(c, articles=(*c.articles, extra), stories=stories, people=people)
    site = render_site(both, Config(), site_paths(both))
    page = str(site["people/vladimir-putin.html"])
    side = page[page.index('class="quote-variants"'):]
    side = side[:side.index("</div>")]
    assert "very big mistake</p>" in side and "grave mistake</p>" in side
    assert "1 quote in 1 story" in page  # one statement, not two
    assert "1 quote" in str(site["people/index.html"])
