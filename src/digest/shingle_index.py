"""Candidate pairs from an inverted index of fingerprints, in memory that grows with the corpus, not its square.

The index is one sorted ``array`` of packed integers (fingerprint, document) rather than a dict of lists:
at 100k articles that is tens of megabytes instead of a gigabyte. A fingerprint's carriers are found by
bisection. Pairs are counted one document at a time, so only that document's partners are ever held.
Fingerprints carried by more than ``max_carriers`` documents are left out: those are stock phrases or
page furniture, not a copied passage, and they do not count towards a document's fingerprints either.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from itertools import chain, groupby

DOC_BITS = 24  # up to 16M documents
FINGERPRINT_BITS = 32  # CRC-32
BUCKET_BITS = 6
MAX_CARRIERS = 100


def build_index(prints: Sequence[Collection[int]]) -> array:
    """Every (fingerprint, document) as ``fingerprint << DOC_BITS | document``, sorted.

    Sorted bucket by bucket (buckets hold ranges of fingerprints, so they concatenate in order), which
    keeps the temporary Python list one bucket long.
    """
    shift = FINGERPRINT_BITS - BUCKET_BITS
    buckets = [array("Q") for _ in range(1 << BUCKET_BITS)]
    for doc, found in enumerate(prints):
        for fp in found:
            buckets[fp >> shift].append(fp << DOC_BITS | doc)
    index = array("Q")
    for n, bucket in enumerate(buckets):
        index.extend(sorted(bucket))
        buckets[n] = array("Q")
    return index


def common_fingerprints(index: array, max_carriers: int = MAX_CARRIERS) -> set[int]:
    """Fingerprints carried by more than ``max_carriers`` documents: stock phrases and page furniture."""
    return {fp for fp, run in groupby(index, key=lambda packed: packed >> DOC_BITS)
            if sum(1 for _ in run) > max_carriers}


def candidate_pairs(index: array, prints: Sequence[Collection[int]], min_shared: int = 1,
                    min_share: float = 0.0) -> Iterator[tuple[int, int, int]]:
    """(i, j, shared fingerprints) for every pair i < j of documents sharing at least one of ``prints``.

    Only pairs sharing at least ``min_shared`` fingerprints and ``min_share`` of the smaller document's are
    given (filtered here, where the counts are, rather than by the caller over every pair). ``prints`` should
    leave out the common fingerprints, which would pair everything with everything.
    """
    doc_mask = (1 << DOC_BITS) - 1
    docs = array("I", (packed & doc_mask for packed in index))  # the document of each index entry
    sizes = [len(found) for found in prints]
    for doc, found in enumerate(prints):
        carriers = []
        for fp in found:
            start = bisect_left(index, fp << DOC_BITS | (doc + 1))  # the carriers after ``doc`` only
            end = bisect_left(index, (fp + 1) << DOC_BITS, start)
            if end > start:
                carriers.append(docs[start:end])
        partners = Counter(chain.from_iterable(carriers))
        size = sizes[doc]
        for other in sorted(partners):
            shared = partners[other]
            if shared >= min_shared and shared >= min_share * min(size, sizes[other]):
                yield doc, other, shared
