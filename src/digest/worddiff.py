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
MIN_KEPT = 3  # shorter matches between two changes are shown as part of the change
MAX_WORDS = 8000  # longer texts are not diffed: the matcher's worst case grows with the product of lengths


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


def _chunks(a: list[str], b: list[str]) -> list[tuple[bool, list[str], list[str]]]:
    """(unchanged?, old words, new words) runs, with one- or two-word matches between changes absorbed.

    Rewritten passages share words like "the" or "to Ukraine" by chance; showing each as kept cuts a
    rewrite into confetti. Absorbing such short matches into the change around them reads far better.
    """
    matcher = SequenceMatcher(None, [w.strip() for w in a], [w.strip() for w in b])
    chunks: list[tuple[bool, list[str], list[str]]] = []
    opcodes = matcher.get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        between_changes = 0 < n < len(opcodes) - 1
        same = tag == "equal" and not (between_changes and i2 - i1 < MIN_KEPT)
        if chunks and chunks[-1][0] is False and not same:
            chunks[-1][1].extend(a[i1:i2])
            chunks[-1][2].extend(b[j1:j2])
        else:
            chunks.append((same, a[i1:i2], b[j1:j2]))
    return chunks


def word_diff(old: str, new: str) -> tuple[DiffPart, ...] | None:
    """What changes ``old`` into ``new``, word by word: empty when they have the same words, None when too long."""
    a, b = words(old), words(new)
    if len(a) > MAX_WORDS or len(b) > MAX_WORDS:
        return None
    chunks = _chunks(a, b)
    if all(same for same, _, _ in chunks):
        return ()
    parts: list[DiffPart] = []
    for n, (same, old_words, new_words) in enumerate(chunks):
        if same:
            parts += _same(new_words, first=n == 0, last=n == len(chunks) - 1)
            continue
        if old_words:
            parts.append(DiffPart("deleted", "".join(old_words)))
        if new_words:
            parts.append(DiffPart("inserted", "".join(new_words)))
    return tuple(parts)


def share_changed(parts: tuple[DiffPart, ...]) -> int:
    """How many words were inserted or deleted (for a one-line summary)."""
    return sum(len(words(p.text)) for p in parts if p.op in ("inserted", "deleted"))
