"""A word-level diff of two texts, with long unchanged stretches shortened, for the story page.

Works on words (whitespace kept with each word) so the result reads as text; difflib's matcher is linear
enough on article-sized inputs, and its junk heuristic keeps very common words from slowing it down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

WORD = re.compile(r"\S+\s*")
CONTEXT = 12  # unchanged words kept on each side of a change


@dataclass(frozen=True)
class DiffPart:
    op: str  # "same", "inserted", "deleted" or "skipped" (an unchanged stretch left out)
    text: str


def words(text: str) -> list[str]:
    return WORD.findall(text)


def _same(tokens: list[str], first: bool, last: bool) -> list[DiffPart]:
    """An unchanged stretch: kept whole when short, else only its edges around a 'skipped' marker."""
    keep_head = 0 if first else CONTEXT
    keep_tail = 0 if last else CONTEXT
    if len(tokens) <= keep_head + keep_tail + CONTEXT:
        return [DiffPart("same", "".join(tokens))]
    parts = []
    if keep_head:
        parts.append(DiffPart("same", "".join(tokens[:keep_head])))
    parts.append(DiffPart("skipped", f"{len(tokens) - keep_head - keep_tail} unchanged words"))
    if keep_tail:
        parts.append(DiffPart("same", "".join(tokens[-keep_tail:])))
    return parts


def word_diff(old: str, new: str) -> tuple[DiffPart, ...]:
    """What changes ``old`` into ``new``, word by word. Empty when the two texts have the same words."""
    a, b = words(old), words(new)
    matcher = SequenceMatcher(None, [w.strip() for w in a], [w.strip() for w in b])
    opcodes = matcher.get_opcodes()
    if all(tag == "equal" for tag, *_ in opcodes):
        return ()
    parts: list[DiffPart] = []
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            parts += _same(b[j1:j2], first=n == 0, last=n == len(opcodes) - 1)
            continue
        if tag in ("delete", "replace"):
            parts.append(DiffPart("deleted", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            parts.append(DiffPart("inserted", "".join(b[j1:j2])))
    return tuple(parts)


def share_changed(parts: tuple[DiffPart, ...]) -> int:
    """How many words were inserted or deleted (for a one-line summary)."""
    return sum(len(words(p.text)) for p in parts if p.op in ("inserted", "deleted"))
