"""Stories: group the articles that report one event, copies or not.

Each article becomes a TF-IDF vector (names, numbers and people weighted up, headline and lead counted
more; see ``terms``). Candidate pairs come from an inverted index over each article's most distinctive
terms, never from all pairs. A pair's similarity is their cosine, damped when their dates are more than
a few days apart and lowered for "hub" articles that are everybody's nearest neighbour.
Average linkage over those similarities forms the stories; copies always share a story, and an override
file can force or forbid a grouping.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from .clustering import average_linkage
from .dedup import shared_passages
from .model import Article, CopyLink, People, SharedPassage, Story, StoryEvidence
from .story_overrides import StoryOverrides
from .terms import cosine, document_frequencies, furniture_lines, persons, raw_terms, shared_terms, vectorize

THRESHOLD = 0.15  # average similarity from which two groups of articles report one event
SIGNATURE_TERMS = 15  # an article's most distinctive terms, indexed to find candidate pairs
MIN_SHARED_SIGNATURE = 2
MAX_POSTING = 400  # a signature term carried by more articles than this is a topic, not an event
SAME_EVENT_DAYS = 2  # dates this close never lower the similarity
DATE_DECAY_DAYS = 2.0  # beyond that, similarity falls by 1/e every this many days
KEY_NAMES = 6
NAME_FLOOR = 0.4
NAME_OVERLAP_FULL = 0.5  # sharing half the key names counts as sharing them all
HUB_K = 5
HUB_STEP = 0.05


def group_stories(articles: Sequence[Article], links: Sequence[CopyLink], people: People,
                  overrides: StoryOverrides | None = None) -> list[Story]:
    """Every article in exactly one story; stories in input order of their first article."""
    if not articles:
        return []
    index = {a.source: n for n, a in enumerate(articles)}
    copy_pairs = {_pair(index[link.left], index[link.right]) for link in links
                  if link.left in index and link.right in index}
    family = _copy_families(len(articles), copy_pairs)
    furniture = furniture_lines(articles, family)
    bags, names = zip(*(raw_terms(a, people, furniture) for a in articles), strict=True)
    df = document_frequencies(bags)
    vectors = [vectorize(bag, df, len(articles)) for bag in bags]
    key_names = [_key_names(bag, found) for bag, found in zip(bags, names, strict=True)]
    merge, separate = _constraints(overrides, index)
    pairs = candidate_pairs(vectors, df) | copy_pairs | merge
    dates = [_parse_date(a.date) for a in articles]
    def raw(i: int, j: int) -> float:
        return (cosine(vectors[i], vectors[j]) * date_factor(dates[i], dates[j])
                * name_factor(key_names[i], key_names[j]))

    similarity = {(i, j): raw(i, j) for i, j in sorted(pairs)}
    hub = hub_penalties(similarity, len(articles))

    def corrected(i: int, j: int) -> float:
        value = raw(i, j) - (hub[i] + hub[j]) / 2
        similarity[(i, j)] = value
        return value

    for i, j in list(similarity):
        corrected(i, j)
    groups = average_linkage(len(articles), similarity, THRESHOLD, must_link=copy_pairs | merge,
                             cannot_link=separate, complete=corrected)
    passages = shared_passages(articles, links)
    stories = []
    for group in groups:
        stories.append(_story(group, articles, vectors, similarity, links, passages, people, copy_pairs, merge,
                               index))
    return stories


def _pair(i: int, j: int) -> tuple[int, int]:
    return (i, j) if i < j else (j, i)


def _copy_families(count: int, copy_pairs: set[tuple[int, int]]) -> list[int]:
    """For each article, a representative of the articles copy links join it to (union-find)."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in copy_pairs:
        parent[root(j)] = root(i)
    return [root(i) for i in range(count)]


def candidate_pairs(vectors: Sequence[Mapping[str, float]], df: Mapping[str, int]) -> set[tuple[int, int]]:
    """Pairs of articles that share at least MIN_SHARED_SIGNATURE of their most distinctive terms."""
    postings: dict[str, list[int]] = defaultdict(list)
    for n, vector in enumerate(vectors):
        terms = [t for t in vector if 2 <= df[t] <= MAX_POSTING]
        for term in sorted(terms, key=lambda t: (-vector[t], t))[:SIGNATURE_TERMS]:
            postings[term].append(n)
    shared: Counter[tuple[int, int]] = Counter()
    for carriers in postings.values():
        for k, a in enumerate(carriers):
            for b in carriers[k + 1:]:
                shared[(a, b)] += 1
    return {pair for pair, count in shared.items() if count >= MIN_SHARED_SIGNATURE}


def hub_penalties(similarity: Mapping[tuple[int, int], float], count: int) -> list[float]:
    """A penalty for "hub" articles: ones that are among the nearest neighbours of far more articles than usual.

    Hubs (round-ups, pages full of stock words) are close to everything and would pull unrelated articles
    together. Every article lists its HUB_K nearest candidates; the k-occurrence of an article is how many
    lists name it. It averages HUB_K by construction, and members of one story name each other evenly, so
    only an article named by more than twice the usual number of lists is penalised, by HUB_STEP for every
    doubling beyond that.
    """
    neighbours: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), value in similarity.items():
        neighbours[i].append((value, j))
        neighbours[j].append((value, i))
    occurrence: Counter[int] = Counter()
    for near in neighbours.values():
        for _, j in sorted(near, reverse=True)[:HUB_K]:
            occurrence[j] += 1
    return [HUB_STEP * max(0.0, math.log2(occurrence[n] / (2 * HUB_K))) if occurrence[n] else 0.0
            for n in range(count)]


def _key_names(bag: Mapping[str, float], names: set[str]) -> frozenset[str]:
    """The names (people, places, organisations) the article gives most weight: most often, and up front.

    Ranked before IDF on purpose: the names an article is about, not the ones no other article has.
    """
    ranked = sorted((t for t in names if t in bag), key=lambda t: (-bag[t], t))
    return frozenset(ranked[:KEY_NAMES])


def name_factor(a: frozenset[str], b: frozenset[str]) -> float:
    """1 when two articles share their key names, down to NAME_FLOOR when they share none.

    Two earthquakes a month apart, or two fraud arrests, share every word of the story's kind; what tells
    them apart is where and who. Articles without names are not judged on them.
    """
    if not a or not b:
        return 1.0
    overlap = len(a & b) / min(len(a), len(b))
    return NAME_FLOOR + (1 - NAME_FLOOR) * min(1.0, overlap / NAME_OVERLAP_FULL)


def _parse_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def date_factor(a: date | None, b: date | None) -> float:
    """1 for articles a couple of days apart (or undated), falling fast beyond: other days, other events."""
    if a is None or b is None:
        return 1.0
    gap = abs((a - b).days)
    return 1.0 if gap <= SAME_EVENT_DAYS else math.exp(-(gap - SAME_EVENT_DAYS) / DATE_DECAY_DAYS)


def _constraints(overrides: StoryOverrides | None,
                 index: Mapping[str, int]) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    if overrides is None:
        return set(), set()
    merge = {_pair(index[a], index[b]) for group in overrides.merge for a in group for b in group
             if a in index and b in index and a < b}
    separate = {_pair(index[a], index[b]) for group in overrides.separate for a in group for b in group
                if a in index and b in index and a < b}
    return merge, separate


def _order_key(article: Article, position: int) -> tuple[bool, str, int]:
    return (article.date is None, article.date or "", position)


def story_id(sources: Sequence[str]) -> str:
    """Stable across builds: a hash of the story's first source path, which does not change with dates."""
    return "s-" + hashlib.sha1(min(sources).encode()).hexdigest()[:10]


def _story(group: list[int], articles: Sequence[Article], vectors: Sequence[Mapping[str, float]],
           similarity: Mapping[tuple[int, int], float], links: Sequence[CopyLink],
           passages: Sequence[SharedPassage], people: People,
           copy_pairs: set[tuple[int, int]], forced: set[tuple[int, int]], index: Mapping[str, int]) -> Story:
    ordered = sorted(group, key=lambda n: _order_key(articles[n], n))
    sources = tuple(articles[n].source for n in ordered)
    members = set(group)
    pairs = [(i, j) for (i, j) in similarity if i in members and j in members]
    centrality: Counter[int] = Counter()
    for (i, j) in pairs:
        centrality[i] += similarity[(i, j)]
        centrality[j] += similarity[(i, j)]
    with_headline = [n for n in ordered if articles[n].headline]
    title_from = max(with_headline or ordered, key=lambda n: (centrality[n], -ordered.index(n)))
    article = articles[title_from]
    story_links = tuple(link for link in links if index.get(link.left) in members)
    source_set = set(sources)
    story_passages = tuple(p for p in passages if p.carriers[0][0] in source_set)
    return Story(id=story_id(sources), title=article.headline or article.title, sources=sources,
                 copies=_copy_groups(story_links, index), links=story_links, passages=story_passages,
                 evidence=_evidence(pairs, articles, vectors, similarity, people, copy_pairs, forced))


def _copy_groups(links: Sequence[CopyLink], index: Mapping[str, int]) -> tuple[tuple[str, ...], ...]:
    """Sources joined by copy links, each group in input order; only groups of two or more."""
    group_of: dict[str, set[str]] = {}
    for link in links:
        merged = group_of.get(link.left, {link.left}) | group_of.get(link.right, {link.right})
        for source in merged:
            group_of[source] = merged
    unique = {id(g): g for g in group_of.values()}.values()
    return tuple(sorted(tuple(sorted(g, key=lambda s: index[s])) for g in unique))


MAX_EVIDENCE_PER_ARTICLE = 3


def _evidence(pairs: list[tuple[int, int]], articles: Sequence[Article], vectors: Sequence[Mapping[str, float]],
              similarity: Mapping[tuple[int, int], float], people: People, copy_pairs: set[tuple[int, int]],
              forced: set[tuple[int, int]]) -> tuple[StoryEvidence, ...]:
    """The strongest reasons the story's articles are together: a few best pairs per article."""
    chosen: list[tuple[int, int]] = []
    used: Counter[int] = Counter()
    for pair in sorted(pairs, key=lambda p: (-similarity[p], p)):
        i, j = pair
        if similarity[pair] <= 0 and pair not in copy_pairs and pair not in forced:
            continue
        if used[i] < MAX_EVIDENCE_PER_ARTICLE or used[j] < MAX_EVIDENCE_PER_ARTICLE:
            chosen.append(pair)
            used[i] += 1
            used[j] += 1
    evidence = []
    for i, j in sorted(chosen):
        left, right = articles[i], articles[j]
        evidence.append(StoryEvidence(
            left=left.source, right=right.source, similarity=round(similarity[(i, j)], 3),
            shared_people=tuple(sorted(persons(left, people) & persons(right, people))),
            shared_terms=shared_terms(vectors[i], vectors[j]),
            copy=(i, j) in copy_pairs, forced=(i, j) in forced))
    return tuple(evidence)

