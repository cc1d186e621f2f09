"""Stories: group articles about one event (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, CopyLink, People, Story


def group_stories(articles: Sequence[Article], links: Sequence[CopyLink], people: People) -> list[Story]:
    return [Story(id=f"story-{i}", title=a.title, sources=(a.source,)) for i, a in enumerate(articles)]
