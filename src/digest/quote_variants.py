"""Quote variants: one statement as different outlets and translations print it.

"very big mistake", "a big mistake" and "grave mistake", each from another article, are one thing a person
said. Two quotes of one speaker are variants when they come from different articles and most content words of
the shorter are in the longer; the groups are linked transitively (small lists: one person in one story).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

Q = TypeVar("Q")

STOP_WORDS = frozenset(re.findall(r"\S+", """
a an the and or but if of to in on at by for with as is are was were be been it its this that these those
i we you he she they them us our your his her their my me not no do does did will would can could should
"""))


def content_words(text: str) -> frozenset[str]:
    """The words that carry the meaning, lower case, with a plural or verb 's' off: "Mistakes" -> "mistake"."""
    return frozenset(_stem(w) for w in _words(text) if w not in STOP_WORDS)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", text.casefold())


def _stem(word: str) -> str:
    return re.sub(r"(?<=[a-z]{3})s$", "", word)


def head_word(text: str) -> str | None:
    """The last content word: the head of a short phrase ("grave mistake" -> "mistake")."""
    found = [w for w in _words(text) if w not in STOP_WORDS]
    return _stem(found[-1]) if found else None


def are_variants(a: str, b: str) -> bool:
    """Most of the shorter quote's content words are in the longer one: for three words or fewer, half of them
    and the head word ("grave mistake" ~ "very big mistake", not "hopes it will not happen" ~ "I hope they
    don't"); three in five beyond."""
    return _similar((content_words(a), head_word(a)), (content_words(b), head_word(b)))


def _similar(a: tuple[frozenset[str], str | None], b: tuple[frozenset[str], str | None]) -> bool:
    (short, head), (long, _) = sorted((a, b), key=lambda item: len(item[0]))
    if not short:
        return False
    shared = len(short & long)
    if len(short) <= 3:
        return shared / len(short) >= 0.5 and head in long
    return shared / len(short) >= 0.6


def group_variants(quotes: Sequence[Q], text: Callable[[Q], str],
                   sources: Callable[[Q], frozenset[Hashable]]) -> list[list[Q]]:
    """Quotes in groups of variants, each group in the order of its first quote, longest quote first inside
    (it is usually the fullest print). Quotes sharing an article are never variants of each other."""
    parent = list(range(len(quotes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    words = [(content_words(text(q)), head_word(text(q))) for q in quotes]
    where = [sources(q) for q in quotes]  # by root: the articles the group's quotes come from
    for i in range(len(quotes)):
        for j in range(i + 1, len(quotes)):
            a, b = root(i), root(j)
            if a != b and not where[a] & where[b] and words[i][0] & words[j][0] and _similar(words[i], words[j]):
                parent[b] = a
                where[a] = where[a] | where[b]
    groups: dict[int, list[Q]] = {}
    for i, q in enumerate(quotes):
        groups.setdefault(root(i), []).append(q)
    return [sorted(group, key=lambda q: -len(text(q))) for group in groups.values()]
