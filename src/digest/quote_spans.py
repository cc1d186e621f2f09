"""Quote spans: where direct quotations start and end in a paragraph, whatever marks the page used.

News copy pastes badly: curly and straight marks mixed, guillemets from translations, a closing mark typed
as an opening one, a quotation whose opening or closing mark was lost. The rules, in order of trust:
a mark's shape and the characters beside it say whether it opens or closes; a quotation ends at its first
closing mark; one left open ends at the paragraph's end (and may continue in the next paragraph); a closing
mark with nothing open before it closes a quotation that started with the paragraph. Single quotes count only
where they pair up cleanly, so apostrophes ("don't", "Korea's", "'90s") never start a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = '"“”„‟«»″'
# to visit only the marks of a paragraph; two apostrophes typed for a closing double mark count as one ("father,'')
DOUBLE_MARK = re.compile("[" + re.escape(DOUBLE_MARKS) + "]|(?<=[\\w,.?!])(?:''|’’)(?![\\w'’])")
SINGLE_MARK = re.compile("['‘’]")
OPENERS = "“„‟«"
CLOSERS = "”»″"
OPEN_BEFORE = " \t\n([{—–-/…:;,"


@dataclass(frozen=True)
class Span:
    """A quotation in one paragraph: [start, end) of the words, without the marks."""

    start: int
    end: int
    open_mark: int | None  # index of the opening mark, None when it is missing
    close_mark: int | None  # index of the closing mark, None when the paragraph ends first


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the double mark at text[i], from its shape and its neighbours."""
    ch = text[i]
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens_here = before in OPEN_BEFORE and not after.isspace()
    closes_here = not before.isspace() and (after.isspace() or not after.isalnum())
    if before in ".!?" and after.isupper():
        return "glued"  # 'news organizations.”It’s not': a lost space; it closes or opens a quotation
    if ch in OPENERS:
        return "close" if closes_here and not opens_here and ch != "«" else "open"
    if ch in CLOSERS:
        return "open" if opens_here and not closes_here and ch != "»" else "close"
    if opens_here and not closes_here:
        return "open"
    if closes_here and not opens_here:
        return "close"
    return "either"


def double_spans(text: str) -> list[Span]:
    spans: list[Span] = []
    opened: int | None = None
    for mark in DOUBLE_MARK.finditer(text):
        i = mark.start()
        if len(mark.group()) == 2:  # two apostrophes: only ever a closing mark, the second one the quote's own
            if opened is not None:
                spans.append(Span(opened + 1, i + 1, opened, i + 1))
                opened = None
            continue
        role = _role(text, i)
        if role == "glued":  # with nothing open it opens when a mark is left to close it: '.”It’s not ...,” says'
            role = "open" if opened is None and len(DOUBLE_MARK.findall(text, i + 1)) % 2 else "close"
        if opened is None:
            if role in ("open", "either"):
                opened = i
            elif not spans and not text[:i].count("'") % 2 and _plausible_unopened(text, i):
                spans.append(Span(0, i, None, i))  # the opening mark was lost: the quote began the paragraph
            continue
        if role == "open" and i + 1 < len(text) and text[i + 1].isalnum() and text[i - 1].isspace():
            spans.append(Span(opened + 1, i, opened, None))  # a new quote opens: the previous one lost its close
            opened = i
            continue
        spans.append(Span(opened + 1, i, opened, i))
        opened = None
    if opened is not None:
        spans.append(Span(opened + 1, len(text), opened, None))
    return [_trimmed(text, s) for s in spans if text[s.start:s.end].strip()]


def _plausible_unopened(text: str, i: int) -> bool:
    """A closing mark with no opening before it: only a sentence-long quote ending in ',' '.' '?' '!'."""
    return i > 20 and text[i - 1] in ",.?!" and len(text[:i].split()) >= 4


def single_spans(text: str, taken: list[Span]) -> list[Span]:
    """Quotations in single marks, outside the double-quoted ones, only where an opener meets a closer."""
    inside = [(s.open_mark if s.open_mark is not None else s.start, (s.close_mark or s.end) + 1) for s in taken]
    spans: list[Span] = []
    opened: int | None = None
    for mark in SINGLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        if any(a <= i < b for a, b in inside):
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None:
            if ch != "’" and before in OPEN_BEFORE and (after.isalpha() or after in "“\""):
                opened = i
        elif ch != "‘" and not before.isspace() and not after.isalnum():
            if before == "s" and after == " " and text[i + 2:i + 3].islower() and i + 2 < len(text):
                continue  # "the farmers' union": a plural possessive, not the end of the quote
            spans.append(Span(opened + 1, i, opened, i))
            opened = None
    return [_trimmed(text, s) for s in spans if text[s.start:s.end].strip()]


def _trimmed(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, span.open_mark, span.close_mark)


def find_spans(text: str) -> list[Span]:
    doubles = double_spans(text)
    return sorted(doubles + single_spans(text, doubles), key=lambda s: s.start)
