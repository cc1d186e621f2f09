"""Average linkage: no chaining through one in-between item; constraints are kept."""

from __future__ import annotations

from digest.clustering import average_linkage


def test_average_linkage_does_not_chain_through_a_middle_item():
    # 0 and 2 both resemble 1 but not each other: single linkage would join all three.
    similarity = {(0, 1): 0.9, (1, 2): 0.8}
    assert average_linkage(3, similarity, threshold=0.5) == [[0, 1], [2]]


def test_groups_that_are_similar_on_average_merge():
    similarity = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.6, (0, 3): 0.5, (1, 2): 0.5, (1, 3): 0.6}
    assert average_linkage(4, similarity, threshold=0.5) == [[0, 1, 2, 3]]


def test_missing_pairs_are_completed_when_a_function_is_given():
    similarity = {(0, 1): 0.9, (1, 2): 0.8}
    assert average_linkage(3, similarity, 0.5, complete=lambda i, j: 0.7) == [[0, 1, 2]]


def test_must_link_and_cannot_link():
    similarity = {(0, 1): 0.9, (1, 2): 0.9, (0, 2): 0.9}
    # 3 is tied to 2 and resembles nobody: the pair {2, 3} averages 0.45 with {0, 1}
    assert average_linkage(4, similarity, 0.4, must_link=[(2, 3)]) == [[0, 1, 2, 3]]
    assert average_linkage(4, similarity, 0.5, must_link=[(2, 3)]) == [[0, 1], [2, 3]]
    assert average_linkage(3, similarity, 0.5, cannot_link=[(0, 2)]) == [[0, 1], [2]]
