"""Average-linkage clustering over a sparse similarity graph, with must-link and cannot-link constraints.

Average linkage merges two groups only when their members are similar on average, so one article that
resembles two events (a round-up) cannot chain them together the way single linkage would. Pairs that
were never compared count as 0, unless ``complete`` is given: then, before two groups that share an edge
are weighed, the pairs between them that were not candidates are computed with it, so a story is not
split for want of a candidate pair. Cost grows with the edges and the story sizes, not the corpus squared.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping

MAX_COMPLETION = 2500  # member pairs filled in per candidate merge, at most


def connected_groups(count: int, pairs: Iterable[tuple[int, int]]) -> list[int]:
    """For each item, the smallest index of the items that ``pairs`` connect it to (union-find)."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return [root(i) for i in range(count)]


def average_linkage(count: int, similarity: Mapping[tuple[int, int], float], threshold: float,
                    must_link: Iterable[tuple[int, int]] = (),
                    cannot_link: Iterable[tuple[int, int]] = (),
                    complete: Callable[[int, int], float] | None = None) -> list[list[int]]:
    """Groups of item indices (each sorted, groups ordered by their first item).

    Items joined by ``must_link`` start in one group; groups keep merging, best average first, while their
    average similarity is at least ``threshold``; a merge that would put a ``cannot_link`` pair together is
    never made (and a must-link pair that is also cannot-link stays linked: the caller resolves conflicts).
    """
    group_of = connected_groups(count, must_link)
    members: dict[int, list[int]] = {}
    for i in range(count):
        members.setdefault(group_of[i], []).append(i)
    forbidden: dict[int, set[int]] = {c: set() for c in members}
    for a, b in cannot_link:
        forbidden[group_of[a]].add(b)
        forbidden[group_of[b]].add(a)
    sums: dict[int, dict[int, float]] = {c: {} for c in members}  # similarity summed over compared pairs
    counts: dict[int, dict[int, int]] = {c: {} for c in members}  # how many pairs were compared
    for (a, b), value in similarity.items():
        ca, cb = group_of[a], group_of[b]
        if ca != cb:
            for x, y in ((ca, cb), (cb, ca)):
                sums[x][y] = sums[x].get(y, 0.0) + value
                counts[x][y] = counts[x].get(y, 0) + 1

    known = {(a, b) if a < b else (b, a) for a, b in similarity}

    def average(c: int, d: int) -> float:
        """Average similarity of groups c and d, first filling in their uncompared pairs when it matters.

        Filling in is worth it only when the compared pairs alone average above the threshold: otherwise
        the groups are not merged either way, as far as the candidates tell.
        """
        size = len(members[c]) * len(members[d])
        if (complete is not None and counts[c][d] < size <= MAX_COMPLETION
                and sums[c][d] >= threshold * counts[c][d]):
            for a in members[c]:
                for b in members[d]:
                    pair = (a, b) if a < b else (b, a)
                    if pair not in known:
                        known.add(pair)
                        value = complete(*pair)
                        sums[c][d] += value
                        sums[d][c] += value
            counts[c][d] = counts[d][c] = size
        return sums[c][d] / size

    heap = [(-average(c, d), c, d) for c in sums for d in sums[c] if c < d]
    heapq.heapify(heap)
    next_id = count
    while heap:
        negative, c, d = heapq.heappop(heap)
        if -negative < threshold:
            break  # the best remaining pair is below the threshold, and so is every other
        if c not in members or d not in members:
            continue  # one side was merged since this entry was pushed: its new pairs were pushed then
        if forbidden[c] & set(members[d]):
            continue
        merged, next_id = next_id, next_id + 1
        members[merged] = members.pop(c) + members.pop(d)
        forbidden[merged] = forbidden.pop(c) | forbidden.pop(d)
        neighbours, compared = sums.pop(c), counts.pop(c)
        for x, value in sums.pop(d).items():
            neighbours[x] = neighbours.get(x, 0.0) + value
        for x, number in counts.pop(d).items():
            compared[x] = compared.get(x, 0) + number
        for table in (neighbours, compared):
            table.pop(c, None)
            table.pop(d, None)
        sums[merged], counts[merged] = neighbours, compared
        for x, value in neighbours.items():
            for table in (sums[x], counts[x]):
                table.pop(c, None)
                table.pop(d, None)
            sums[x][merged] = value
            counts[x][merged] = compared[x]
            heapq.heappush(heap, (-average(merged, x), min(merged, x), max(merged, x)))
    return sorted(sorted(group) for group in members.values())
