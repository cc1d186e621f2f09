"""Pronoun sex: whether a document calls a person "he" or "she", for names that do not tell.

A given name usually tells ("Hugh Hewitt" is a he), but a family name alone ("Former President Trump"), a
stage name ("Beyoncé") or a given name the name list does not know ("Oprah Winfrey") does not, and then a later
"he" or "she" cannot tell that person from another. The text itself often does: "Beyoncé made her fans in
Brazil very happy", "Trump denied that he ...". The first personal pronoun after a name, in the same sentence
and before anyone else is named, votes for that person's sex; a clear majority of votes decides.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property

from .model import Mention

PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b")
SENTENCE_STOP = re.compile(r"[.!?;\"“”]")
REACH = 120  # characters after the name: the pronoun must be near to be about the name


def sexes_from_pronouns(paragraphs: Sequence[str], mentions: Sequence[Mention]) -> dict[str, str]:
    """Document-level name -> "male" or "female", where the text's pronouns after the name say so at least
    twice as often as the other way."""
    by_paragraph: Mapping[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_paragraph[m.paragraph].append(m)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for index, named in by_paragraph.items():
        text = paragraphs[index]
        named = sorted(named, key=lambda m: m.start)
        for m, after in zip(named, [*named[1:], None], strict=True):
            limit = min(len(text), m.end + REACH, after.start if after is not None else len(text))
            stop = SENTENCE_STOP.search(text, m.end, limit)
            pronoun = PRONOUN.search(text, m.end, stop.start() if stop else limit)
            if pronoun:
                votes[m.name]["male" if pronoun.group(1) else "female"] += 1
    return {name: sex for name, count in votes.items() for sex, other in (("male", "female"), ("female", "male"))
            if count[sex] >= 2 * count[other] and count[sex] > 0}


class PronounSexes(Mapping[str, str]):
    """``sexes_from_pronouns`` worked out only when first asked: most names tell their sex themselves."""

    def __init__(self, paragraphs: Sequence[str], mentions: Sequence[Mention]):
        self._paragraphs = paragraphs
        self._mentions = mentions

    @cached_property
    def _sexes(self) -> dict[str, str]:
        return sexes_from_pronouns(self._paragraphs, self._mentions)

    def __getitem__(self, name: str) -> str:
        return self._sexes[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._sexes)

    def __len__(self) -> int:
        return len(self._sexes)
