"""Where each page lives in the site: unique, stable, safe paths made from slugs.

Paths are flat files under one folder per kind (``articles/<slug>.html``): flat files are much faster to
write than a folder per page, and relative links between them work from file:// and under any sub-path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from slugify import slugify

from .model import Corpus

MAX_SLUG = 80


def make_slug(text: str, fallback: str = "page") -> str:
    """A readable ASCII slug; non-Latin titles are transliterated, and an empty result falls back."""
    return slugify(text or "", max_length=MAX_SLUG, word_boundary=True) or fallback


def unique_slugs(items: Iterable[tuple[str, str]], fallback: str = "page") -> dict[str, str]:
    """Give each (key, text) a slug unique among them; collisions get -2, -3 in key order (stable)."""
    taken: set[str] = set()
    result: dict[str, str] = {}
    for key, text in sorted(items):
        base = make_slug(text, fallback)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        result[key] = slug
    return result


@dataclass(frozen=True)
class SitePaths:
    """Page paths relative to the site root, '/'-separated."""

    articles: dict[str, str] = field(default_factory=dict)  # source -> path
    stories: dict[str, str] = field(default_factory=dict)  # story id -> path
    people: dict[str, str] = field(default_factory=dict)  # canonical name -> path


def site_paths(corpus: Corpus) -> SitePaths:
    articles = unique_slugs(((a.source, a.title) for a in corpus.articles), "article")
    stories = {s.id: f"stories/{s.id}.html" for s in corpus.stories}
    people = {p.name: f"people/{p.slug}.html" for p in corpus.people.persons}
    return SitePaths(articles={k: f"articles/{v}.html" for k, v in articles.items()}, stories=stories,
                     people=people)


def relative(from_path: str, to_path: str) -> str:
    """The relative link from one page to another ('stories/a.html' -> '../people/b.html')."""
    depth = from_path.count("/")
    return "../" * depth + to_path
