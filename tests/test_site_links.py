"""Every link in the rendered site resolves: to a generated file, and to an element id when it has a fragment.

Checked over a hand-made corpus (tests/fixtures/render.py) at the root and with deep pagination, plus the
JSON export the pipeline writes beside the pages, so a site opened from file:// has no dead link.
"""

from __future__ import annotations

import posixpath
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from digest.config import Config
from digest.export import export_json
from digest.model import Quote, SharedPassage
from digest.render import render_site
from digest.urls import site_paths
from fixtures.render import corpus

EXTERNAL = ("http://", "https://", "mailto:")


class LinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def built_site(per_page: int) -> dict[str, str | bytes]:
    c = corpus()
    paths = site_paths(c)
    files = render_site(c, Config(per_page=per_page), paths)
    files.update(export_json(c, paths))
    return files


def dead_links(files: dict[str, str | bytes]) -> list[str]:
    parsed = {}
    for path, content in files.items():
        if path.endswith(".html") and isinstance(content, str):
            collector = LinkCollector()
            collector.feed(content)
            parsed[path] = collector
    dead = []
    for page, collector in parsed.items():
        for link in collector.links:
            if link.startswith(EXTERNAL):
                continue
            target, _, fragment = link.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), target)) if target else page
            if resolved not in files:
                dead.append(f"{page}: {link} (no file {resolved})")
            elif fragment and resolved in parsed and fragment not in parsed[resolved].ids:
                dead.append(f"{page}: {link} (no id {fragment!r} in {resolved})")
    return dead


@pytest.mark.parametrize("per_page", [50, 1])
def test_every_relative_link_resolves_to_a_generated_file(per_page: int) -> None:
    files = built_site(per_page)
    assert dead_links(files) == []


def test_impossible_paragraph_indexes_still_link_somewhere_real() -> None:
    c = corpus()
    bad = Quote("ghost words", 7, 0, 5, (), None, "unknown")  # paragraph 7 does not exist
    stories = (replace(c.stories[0], passages=(SharedPassage("ghost", (("a/seoul.txt", 9),)),)), *c.stories[1:])
    broken = replace(c, articles=tuple(replace(a, quotes=(*a.quotes, bad)) for a in c.articles), stories=stories)
    paths = site_paths(broken)
    files = render_site(broken, Config(), paths)
    files.update(export_json(broken, paths))
    assert dead_links(files) == []


def test_links_are_relative_so_the_site_works_from_any_folder() -> None:
    files = built_site(50)
    for path, content in files.items():
        if path.endswith(".html") and path != "404.html":
            assert 'href="/' not in content and 'src="/' not in content, path


def test_the_checker_catches_a_dead_link() -> None:
    files = {"index.html": '<a href="stories/missing.html">x</a><a href="#nowhere">y</a>',
             "a.html": '<a href="index.html#gone">z</a>'}
    assert len(dead_links(files)) == 3
