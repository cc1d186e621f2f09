"""Text normalisation and word shingles for finding copied text.

Copies differ in typography more than in words: curly versus straight quotes, dashes, case, spacing. We
compare normalised word tokens, so those differences never hide a copy. Shingle hashes are CRC-32 of the
joined words: deterministic across runs (unlike ``hash``), which keeps the candidate pairs stable.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence

_TYPOGRAPHY = str.maketrans({
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00a0": " ", "\u200b": "",
})
_WORD = re.compile(r"\w+(?:['.,-]\w+)*")


def normalize(text: str) -> str:
    """Unicode NFKC, straight quotes and plain dashes, case-folded, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_TYPOGRAPHY).casefold()
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """The normalised word tokens of ``text`` (punctuation dropped, inner apostrophes and hyphens kept)."""
    return _WORD.findall(normalize(text))


def shingle_hashes(tokens: Sequence[str], size: int) -> list[int]:
    """Hashes of every run of ``size`` consecutive tokens, in order (one hash for texts shorter than that)."""
    if not tokens:
        return []
    if len(tokens) <= size:
        return [zlib.crc32(" ".join(tokens).encode())]
    # The runs as tuples of ``size`` shifted views, joined, encoded and hashed by map: no Python-level loop.
    runs = zip(*(tokens[k:] for k in range(size)), strict=False)  # the shorter views end it
    return list(map(zlib.crc32, map(str.encode, map(" ".join, runs))))


def winnow(hashes: Sequence[int], window: int) -> set[int]:
    """Winnowing fingerprints: the smallest hash of every ``window`` consecutive hashes.

    Two texts that share a run of ``window + size - 1`` words are guaranteed to share a fingerprint, while
    only about ``2 / (window + 1)`` of the hashes are kept: the index stays small and still finds copies.
    """
    if len(hashes) <= window:
        return {min(hashes)} if hashes else set()
    return set(map(min, zip(*(hashes[k:] for k in range(window)), strict=False)))


def paragraph_tokens(paragraphs: Iterable[str]) -> list[list[str]]:
    return [words(p) for p in paragraphs]


def quoted_flags(paragraph: str) -> list[bool]:
    """For each token of ``words(paragraph)``, whether it stands inside double quotation marks.

    Reports of one event quote the same words; what makes a copy is shared narrative, so the words inside
    quotes are told apart. A quote left open runs to the end of the paragraph.
    """
    return words_and_quoted(paragraph)[1]


def words_and_quoted(paragraph: str) -> tuple[list[str], list[bool]]:
    """``words(paragraph)`` and ``quoted_flags(paragraph)`` from one normalisation.

    A token never spans a quotation mark (the word pattern cannot match one), so the words of the segments
    between marks are exactly the words of the whole paragraph.
    """
    text = normalize(paragraph)
    tokens = _WORD.findall(text)
    if '"' not in text:
        return tokens, [False] * len(tokens)
    flags: list[bool] = []
    for n, segment in enumerate(text.split('"')):
        flags.extend([n % 2 == 1] * len(_WORD.findall(segment)))
    return tokens, flags
