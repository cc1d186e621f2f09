"""Quotes: direct quotations and their speakers (placeholder)."""

from __future__ import annotations

from .model import Article, Quote


def find_quotes(article: Article) -> tuple[Quote, ...]:
    return ()
