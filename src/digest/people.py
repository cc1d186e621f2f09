"""People: find person mentions per document and resolve them across the corpus (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, Mention, People


def find_mentions(article: Article) -> tuple[Mention, ...]:
    return ()


def resolve_people(articles: Sequence[Article]) -> People:
    return People(persons=())
