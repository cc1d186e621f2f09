"""Candidate pairs from an inverted index of fingerprints, in memory that grows with the corpus, not its square.

The index is kept as packed integers (fingerprint, document) in ``array`` buckets rather than a dict of
lists: at 100k articles that is tens of megabytes instead of a gigabyte. Each bucket is sorted on its own,
runs of one fingerprint give the documents that share it, and fingerprints carried by more than
``max_carriers`` documents are skipped: those are stock phrases or page furniture, not a copied passage.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Iterator, Sequence

DOC_BITS = 24  # up to 16M documents
BUCKETS = 64
MAX_CARRIERS = 100


def candidate_pairs(prints: Sequence[set[int]], max_carriers: int = MAX_CARRIERS) -> Iterator[tuple[int, int, int]]:
    """(i, j, shared fingerprints) for every pair i < j of documents sharing at least one fingerprint."""
    buckets = [array("Q") for _ in range(BUCKETS)]
    for doc, found in enumerate(prints):
        for fp in found:
            buckets[fp % BUCKETS].append((fp // BUCKETS) << DOC_BITS | doc)
    shared: Counter[int] = Counter()
    doc_mask = (1 << DOC_BITS) - 1
    for n in range(BUCKETS):
        packed = sorted(buckets[n])
        buckets[n] = array("Q")  # free the bucket as we go
        start = 0
        while start < len(packed):
            key = packed[start] >> DOC_BITS
            end = start + 1
            while end < len(packed) and packed[end] >> DOC_BITS == key:
                end += 1
            if 1 < end - start <= max_carriers:
                docs = [p & doc_mask for p in packed[start:end]]
                for n, a in enumerate(docs):
                    for b in docs[n + 1:]:
                        shared[a << DOC_BITS | b] += 1
            start = end
    for pair, count in sorted(shared.items()):
        yield pair >> DOC_BITS, pair & doc_mask, count
