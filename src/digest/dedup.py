"""Dedup: articles that share passages of text (placeholder)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Article, CopyLink


def find_copies(articles: Sequence[Article]) -> list[CopyLink]:
    return []
