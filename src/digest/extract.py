"""Extract: one Article from one SourceFile (placeholder, to be replaced)."""

from __future__ import annotations

from .model import Article, SourceFile


def extract_article(source: SourceFile) -> Article:
    blocks = [b.strip() for b in source.text.split("\n\n") if b.strip()]
    headline = blocks[0] if blocks else None
    return Article(source=source.source, headline=headline, title=headline or source.source, byline=(),
                   outlet=None, date=None, url=None, paragraphs=tuple(blocks[1:]), captions=())
