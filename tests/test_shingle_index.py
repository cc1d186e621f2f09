"""The fingerprint index pairs documents that share fingerprints, leaving out ones that everybody carries."""

from __future__ import annotations

from digest.shingle_index import build_index, candidate_pairs, common_fingerprints


def test_pairs_count_shared_fingerprints_once_per_pair():
    prints = [{1, 2, 3}, {2, 3, 4}, {9}, {3, 9}]
    index = build_index(prints)
    assert list(candidate_pairs(index, prints)) == [(0, 1, 2), (0, 3, 1), (1, 3, 1), (2, 3, 1)]


def test_fingerprints_carried_by_too_many_documents_are_common():
    prints = [{7, n} for n in range(10, 16)] + [{10, 99}]
    index = build_index(prints)
    assert common_fingerprints(index, max_carriers=5) == {7}
    kept = [p - {7} for p in prints]
    assert list(candidate_pairs(index, kept)) == [(0, 6, 1)]  # only the rare fingerprint 10 pairs anyone


def test_large_fingerprints_and_document_numbers_survive_packing():
    prints = [{2**32 - 1, 5}] + [set() for _ in range(1000)] + [{2**32 - 1}]
    index = build_index(prints)
    assert list(candidate_pairs(index, prints)) == [(0, 1001, 1)]
