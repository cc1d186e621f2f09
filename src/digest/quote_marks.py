"""Where each quotation sits in its paragraph, marks included, and which quotes can be marked at all.

Shared by the article page (which wraps them in ``<q>``) and every page that links to a quote (which must
only link to ``#qN`` when that anchor exists). Offsets that do not fit the text or point at other words, and
a quote overlapping an earlier one, are not marked: the text itself is never lost, links go to the paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .model import Quote

OPENING_MARKS = "\"“‘«„‚'‹「『"
CLOSING_MARKS = "\"”’»“'›」』"


@dataclass(frozen=True)
class QuoteSpan:
    index: int  # the quote's position in Article.quotes
    outer: tuple[int, int]  # what the <q> replaces, marks included
    inner: tuple[int, int]  # the words inside the marks


def quote_span(text: str, quote: Quote, index: int) -> QuoteSpan | None:
    """Where a quote sits in its paragraph, with its quote marks found on either side of the offsets."""
    start, end = quote.start, quote.end
    if not 0 <= start < end <= len(text) or not _same_words(text[start:end], quote.text):
        return None  # offsets that do not point at the quoted words would mark the wrong text
    if text[start] in OPENING_MARKS and text[end - 1] in CLOSING_MARKS and end - start > 2:
        return QuoteSpan(index, (start, end), (start + 1, end - 1))
    outer_start = start - 1 if start > 0 and text[start - 1] in OPENING_MARKS else start
    outer_end = end + 1 if end < len(text) and text[end] in CLOSING_MARKS else end
    return QuoteSpan(index, (outer_start, outer_end), (start, end))


def _same_words(span: str, quoted: str) -> bool:
    marks = OPENING_MARKS + CLOSING_MARKS
    return span.strip(marks).split() == quoted.strip(marks).split()


def placed_quotes(paragraphs: Sequence[str], quotes: Sequence[Quote]) -> dict[int, list[QuoteSpan]]:
    """Per paragraph index, the quotes that can be marked, in text order and never overlapping."""
    candidates: dict[int, list[QuoteSpan]] = {}
    for i, q in enumerate(quotes):
        if 0 <= q.paragraph < len(paragraphs):
            span = quote_span(paragraphs[q.paragraph], q, i)
            if span:
                candidates.setdefault(q.paragraph, []).append(span)
    placed: dict[int, list[QuoteSpan]] = {}
    for paragraph, spans in candidates.items():
        chosen: list[QuoteSpan] = []
        for span in sorted(spans, key=lambda s: s.outer):
            if not chosen or span.outer[0] >= chosen[-1].outer[1]:
                chosen.append(span)
        placed[paragraph] = chosen
    return placed
