"""Dedup: articles that share passages of text (wire copies, updated versions, an outlet reusing its text).

Never all pairs: every article's body is reduced to winnowed word-shingle fingerprints, an index of
fingerprints gives the pairs that share any (fingerprints carried by very many articles are page furniture
or stock phrases and are skipped), and only pairs sharing enough of them are aligned paragraph by paragraph.
A pair is a copy when the shorter article has at least half of its words in passages the other carries.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from functools import lru_cache

from .align import Alignment, PreparedText, align, label
from .cache import Memo, content_key
from .model import AlignedParagraph, Article, CopyLabel, CopyLink, SharedPassage
from .shingle_index import build_index, candidate_pairs, common_fingerprints
from .shingles import paragraph_tokens, shingle_hashes, winnow

SHINGLE = 4  # words per shingle for the fingerprints
WINDOW = 12  # winnowing window: any shared run of WINDOW + SHINGLE - 1 = 15 words shares a fingerprint
MIN_SHARED_FINGERPRINTS = 2
MIN_FINGERPRINT_SHARE = 0.25  # of the smaller article's fingerprints, before a pair is worth aligning
COPY_SHARE = 0.5  # share of the shorter article carried by the other
MIN_SHARED_WORDS = 25  # a copy carries more than a sentence or two
COPY_NARRATIVE_SHARE = 0.4  # share of the shorter article's words outside quotes carried by the other ...
MIN_NARRATIVE_WORDS = 25  # ... checked when it has this many (an article that is nearly all quotes is not)
MAX_PARTNERS = 6  # alignments per article once its closest candidates are done (keeps big families linear)
PREPARED_CACHE = 1024  # articles' prepared texts kept at once (~60 KB each)


def fingerprints(article: Article) -> set[int]:
    found: set[int] = set()
    for tokens in paragraph_tokens(article.paragraphs):
        found |= winnow(shingle_hashes(tokens, SHINGLE), WINDOW)
    return found


def _sorted_fingerprints(article: Article) -> array[int]:
    return array("I", sorted(fingerprints(article)))


def _order(a: Article, ia: int, b: Article, ib: int) -> bool:
    """True when ``a`` comes first: the earlier date when both have one, else the input order."""
    if a.date and b.date and a.date != b.date:
        return a.date < b.date
    return ia < ib


NOT_A_COPY = False  # what the memo holds for an aligned pair that is not a copy (None means "not known")
Outcome = tuple[float, float, CopyLabel, tuple[tuple[int, int, float], ...]]  # left, right share, label, aligned


def find_copies(articles: Sequence[Article], memo: Memo | None = None) -> list[CopyLink]:
    """Every pair of articles where one carries most of the other's text, aligned and labelled.

    ``memo`` (see ``cache.Memo``) remembers each article's fingerprints and each aligned pair's outcome by
    the hash of the paragraphs they read, so a rebuild aligns only the pairs whose text changed.
    """
    memo = memo or Memo(None, "copies")

    @lru_cache(maxsize=PREPARED_CACHE)
    def prepared(i: int) -> PreparedText:
        return PreparedText.from_paragraphs(articles[i].paragraphs)

    keys = [content_key(a.paragraphs) for a in articles]
    prints = []  # sorted arrays of 4-byte ints: a tenth of the memory of sets of Python ints (GBs at 100k)
    for key, article in zip(keys, articles, strict=True):
        prints.append(memo.remembered(b"f" + key, _sorted_fingerprints, article))
    index = build_index(prints)
    common = common_fingerprints(index)
    if common:
        prints = [array("I", (fp for fp in found if fp not in common)) for found in prints]
    candidates = list(candidate_pairs(index, prints, MIN_SHARED_FINGERPRINTS, MIN_FINGERPRINT_SHARE))
    # Closest pairs first; an article whose closest partners are already aligned is not aligned with every
    # other member of its copy family (a wire story run by 80 outlets would be 3,160 alignments). Families are
    # joined transitively downstream, so the copy groups stay whole.
    candidates.sort(key=lambda c: (-c[2], c[0], c[1]))
    aligned_count = [0] * len(articles)
    chosen = []
    for i, j, _shared in candidates:
        if aligned_count[i] >= MAX_PARTNERS and aligned_count[j] >= MAX_PARTNERS:
            continue
        aligned_count[i] += 1
        aligned_count[j] += 1
        chosen.append((i, j))
    # Aligned article by article (the choice above does not depend on the outcomes), so each prepared text
    # is reused from the small cache instead of prepared again for every pair it is in.
    links = []
    for i, j in sorted(chosen):
        if not _order(articles[i], i, articles[j], j):
            i, j = j, i
        pair_key = b"a" + keys[i] + keys[j]
        outcome: Outcome | bool | None = memo.get(pair_key)
        if outcome is None:
            outcome = _compare(prepared(i), prepared(j))
            memo.put(pair_key, outcome)
        if outcome is not NOT_A_COPY:
            left_share, right_share, kind, pairs = outcome
            links.append(CopyLink(left=articles[i].source, right=articles[j].source, left_share=left_share,
                                  right_share=right_share, label=kind,
                                  aligned=tuple(AlignedParagraph(a, b, similarity) for a, b, similarity in pairs)))
    links.sort(key=lambda link: (link.left, link.right))
    return links


def _compare(left: PreparedText, right: PreparedText) -> Outcome | bool:
    """A copy's shares, label and aligned paragraphs as plain data (what the memo keeps), or NOT_A_COPY."""
    alignment = align(left, right)
    if not is_copy(alignment):
        return NOT_A_COPY
    return (round(alignment.left_share, 3), round(alignment.right_share, 3), label(alignment, left, right),
            tuple((p.left, p.right, p.similarity) for p in alignment.aligned))


def is_copy(alignment: Alignment) -> bool:
    """Most of the shorter article is in the other, and not only because both quote the same people."""
    narrative_ok = (alignment.smaller_narrative_length < MIN_NARRATIVE_WORDS
                    or alignment.smaller_narrative_share >= COPY_NARRATIVE_SHARE)
    return alignment.smaller_share >= COPY_SHARE and alignment.shared_words >= MIN_SHARED_WORDS and narrative_ok


def shared_passages(articles: Sequence[Article], links: Sequence[CopyLink]) -> list[SharedPassage]:
    """Each passage carried by more than one article, once, with every (source, paragraph) that carries it.

    Aligned paragraphs are joined transitively (A's paragraph 2 is B's 1 is C's 4). The text shown is the
    carrier in the earliest-listed article, which is the version the others copied or grew from.
    """
    position = {a.source: n for n, a in enumerate(articles)}
    by_source = {a.source: a for a in articles}
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for link in links:
        for pair in link.aligned:
            a, b = root((link.left, pair.left)), root((link.right, pair.right))
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[tuple[str, int], list[tuple[str, int]]] = {}
    for node in list(parent):
        groups.setdefault(root(node), []).append(node)
    passages = []
    for members in groups.values():
        members.sort(key=lambda node: (position.get(node[0], len(position)), node[1]))
        if len({source for source, _ in members}) < 2:
            continue
        source, index = members[0]
        passages.append(SharedPassage(text=by_source[source].paragraphs[index], carriers=tuple(members)))
    passages.sort(key=lambda p: (position[p.carriers[0][0]], p.carriers[0][1]))
    return passages
