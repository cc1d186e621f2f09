"""Render: Jinja templates turn the corpus into pages (placeholder, to be replaced)."""

from __future__ import annotations

from html import escape

from .config import Config
from .model import Corpus
from .urls import SitePaths


def render_site(corpus: Corpus, config: Config, paths: SitePaths) -> dict[str, str]:
    pages = {"index.html": f"<!doctype html><html lang='{escape(config.language)}'><title>{escape(config.title)}"
                           f"</title><main><h1>{escape(config.title)}</h1></main></html>"}
    for a in corpus.articles:
        pages[paths.articles[a.source]] = f"<!doctype html><title>{escape(a.title)}</title><h1>{escape(a.title)}</h1>"
    for s in corpus.stories:
        pages[paths.stories[s.id]] = f"<!doctype html><title>{escape(s.title)}</title><h1>{escape(s.title)}</h1>"
    for p in corpus.people.persons:
        pages[paths.people[p.name]] = f"<!doctype html><title>{escape(p.name)}</title><h1>{escape(p.name)}</h1>"
    return pages
