"""Align two articles paragraph by paragraph and measure how much text each carries of the other.

Copies are trimmed, reordered, split, merged and lightly reworded, so alignment is not a diff of the whole
text: every paragraph pair that shares a few word trigrams is compared with difflib, and pairs that are
mostly the same words are aligned (a paragraph may align with several, when a copy split or merged it).
The words inside matching runs of aligned pairs are what each side "carries" of the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from difflib import Match, SequenceMatcher

from .model import AlignedParagraph, CopyLabel
from .shingles import shingle_hashes, words_and_quoted

TRIGRAM = 3
MIN_SHARED_TRIGRAMS = 2  # paragraph pairs sharing fewer word trigrams are not compared at all
MIN_RUN = 3  # matching runs shorter than this many words are coincidence ("of the", "said on")
ALIGN_RATIO = 0.5  # difflib ratio from which two paragraphs carry the same passage
ALIGN_CONTAINED = 0.6  # ... or the share of the shorter one found in the other (split or merged paragraphs)


@dataclass(frozen=True)
class PreparedText:
    """An article's body as normalised tokens and trigram sets per paragraph, computed once per article."""

    tokens: tuple[tuple[str, ...], ...]
    trigrams: tuple[frozenset[int], ...]
    quoted: tuple[bytes, ...]  # per token: 1 inside quotation marks, else 0
    trigram_runs: tuple[tuple[int, ...], ...] = ()  # per paragraph, the trigram hashes in word order

    @classmethod
    def from_paragraphs(cls, paragraphs: Sequence[str]) -> PreparedText:
        tokens, quoted = [], []
        for paragraph in paragraphs:  # one normalisation per paragraph gives both
            found, flags = words_and_quoted(paragraph)
            tokens.append(tuple(found))
            quoted.append(bytes(flags))
        runs = tuple(tuple(shingle_hashes(t, TRIGRAM)) if len(t) >= TRIGRAM else () for t in tokens)
        return cls(tuple(tokens), tuple(frozenset(r) for r in runs), tuple(quoted), runs)

    @property
    def length(self) -> int:
        return sum(len(t) for t in self.tokens)

    @property
    def narrative_length(self) -> int:
        """Words outside quotation marks."""
        return sum(q.count(0) for q in self.quoted)


@dataclass(frozen=True)
class Alignment:
    aligned: tuple[AlignedParagraph, ...]
    left_covered: int  # words of left inside runs it shares with right
    right_covered: int
    left_length: int
    right_length: int
    smaller_narrative_covered: int  # the shorter article's words outside quotes that the other carries
    smaller_narrative_length: int

    @property
    def left_share(self) -> float:
        return self.left_covered / self.left_length if self.left_length else 0.0

    @property
    def right_share(self) -> float:
        return self.right_covered / self.right_length if self.right_length else 0.0

    @property
    def smaller_share(self) -> float:
        """The share of the shorter article found in the other: what makes a pair a copy."""
        return self.left_share if self.left_length <= self.right_length else self.right_share

    @property
    def shared_words(self) -> int:
        return min(self.left_covered, self.right_covered)

    @property
    def smaller_narrative_share(self) -> float:
        """Like ``smaller_share`` but outside quotes: two reports quoting one speaker share the quotes only."""
        n = self.smaller_narrative_length
        return self.smaller_narrative_covered / n if n else 1.0


def align(left: PreparedText, right: PreparedText) -> Alignment:
    """Aligned paragraph pairs (ordered by left, then right) and the words each side shares."""
    left_marks = [bytearray(len(t)) for t in left.tokens]
    right_marks = [bytearray(len(t)) for t in right.tokens]
    comparable = [(j, grams) for j, grams in enumerate(right.trigrams) if len(grams) >= MIN_SHARED_TRIGRAMS]
    aligned = []
    for i, grams in enumerate(left.trigrams):
        if len(grams) < MIN_SHARED_TRIGRAMS:
            continue
        for j, other in comparable:
            if grams.isdisjoint(other) or len(grams & other) < MIN_SHARED_TRIGRAMS:
                continue
            a, b = left.tokens[i], right.tokens[j]
            if a == b:  # the common case in copies, and difflib's slowest
                runs = [Match(0, 0, len(a))]
            else:
                # Most pairs that share two trigrams share little else: when even every word inside a shared
                # trigram could not pass the test below, difflib (the costliest step) cannot either.
                bound = min(_in_shared_trigrams(left.trigram_runs[i], other),
                            _in_shared_trigrams(right.trigram_runs[j], grams))
                if (MIN_RUN >= TRIGRAM and 2 * bound / (len(a) + len(b)) < ALIGN_RATIO
                        and bound / min(len(a), len(b)) < ALIGN_CONTAINED):
                    continue
                runs = [m for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
                        if m.size >= MIN_RUN]
            matched = sum(m.size for m in runs)
            ratio = 2 * matched / (len(a) + len(b))
            if ratio < ALIGN_RATIO and matched / min(len(a), len(b)) < ALIGN_CONTAINED:
                continue
            aligned.append(AlignedParagraph(left=i, right=j, similarity=round(ratio, 3)))
            for m in runs:
                left_marks[i][m.a:m.a + m.size] = b"\x01" * m.size
                right_marks[j][m.b:m.b + m.size] = b"\x01" * m.size
    smaller, marks = (left, left_marks) if left.length <= right.length else (right, right_marks)
    # Covered words outside quotes, a byte (0 or 1) per word: the bits of "covered and not quoted", counted.
    narrative = sum((int.from_bytes(mark, "big") & ~int.from_bytes(flags, "big")).bit_count()
                    for flags, mark in zip(smaller.quoted, marks, strict=True))
    return Alignment(tuple(aligned), sum(m.count(1) for m in left_marks), sum(m.count(1) for m in right_marks),
                     left.length, right.length, narrative, smaller.narrative_length)


def _in_shared_trigrams(run: Sequence[int], other: frozenset[int]) -> int:
    """How many words of a paragraph lie inside a trigram that ``other`` also has.

    Every word of a matching run of MIN_RUN (3) or more words lies inside such a trigram, so this bounds the
    words difflib can match. One byte per trigram position, OR-ed with itself shifted by one and two words,
    marks the words each shared trigram covers; the set bits are counted.
    """
    marks = int.from_bytes(bytes(map(other.__contains__, run)), "big")
    return (marks | marks << 8 | marks << 16).bit_count()


VERBATIM_SHARE = 0.9  # both sides carry this much of each other ...
VERBATIM_SIMILARITY = 0.95  # ... with aligned paragraphs this close: the same text
REWRITTEN_SIMILARITY = 0.8  # aligned paragraphs below this on average (by length): reworded
SAME_EXTENT = 0.15  # neither side drops or adds more than this: not cut, not grown, so only reworded


def label(alignment: Alignment, left: PreparedText, right: PreparedText) -> CopyLabel:
    """How ``right`` relates to ``left``: the same text, reworded, cut down, or grown."""
    weights = [len(left.tokens[p.left]) + len(right.tokens[p.right]) for p in alignment.aligned]
    total = sum(weights)
    similarity = sum(p.similarity * w for p, w in zip(alignment.aligned, weights, strict=True)) / total if total else 0
    dropped = 1 - alignment.left_share  # left's text that right leaves out
    added = 1 - alignment.right_share  # right's text that left does not have
    if (alignment.left_share >= VERBATIM_SHARE and alignment.right_share >= VERBATIM_SHARE
            and similarity >= VERBATIM_SIMILARITY):
        return "verbatim"
    if similarity < REWRITTEN_SIMILARITY or max(dropped, added) < SAME_EXTENT:
        return "rewritten"  # the same passages in other words, or reworded beyond light edits
    return "with additions" if added > dropped else "abridged"
