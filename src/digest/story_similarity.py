"""How likely two articles are to report the same event, and which pairs are worth asking about.

The similarity of a pair is the cosine of their TF-IDF vectors (see ``terms``), multiplied by a date factor
(articles more than a few days apart rarely report one event) and a name factor (two earthquakes or two
arrests share every word of their kind; where and who tell them apart), minus a penalty for "hub"
articles that are everybody's nearest neighbour. Candidate pairs come from an inverted index over each
article's most distinctive terms, never from all pairs.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence, Set
from datetime import date
from itertools import chain

from .model import Article, People
from .terms import TermFrequencies, Vector, cosine, idf, raw_terms, term_frequencies, vectorize_with

SIGNATURE_TERMS = 15  # an article's most distinctive terms, indexed to find candidate pairs
MIN_SHARED_SIGNATURE = 2
POSTING_WINDOW = 40  # in a long posting list, pair each article with this many neighbours by date
SAME_EVENT_DAYS = 2  # dates this close never lower the similarity
DATE_DECAY_DAYS = 2.0  # beyond that, similarity falls by 1/e every this many days
MAX_CANDIDATE_GAP_DAYS = 9  # the date factor is below 0.03 by then: such a pair can never be grouped
KEY_NAMES = 6
NAME_FLOOR = 0.4  # the name factor for two articles that share none of their key names
NAME_OVERLAP_FULL = 0.5  # sharing half the key names counts as sharing them all
HUB_K = 5
HUB_STEP = 0.05


class StorySimilarity:
    """Vectors, key names and dates of a corpus, and the similarity of any pair of its articles."""

    def __init__(self, articles: Sequence[Article], tfs: Sequence[TermFrequencies],
                 names: Sequence[frozenset[str]]):
        """``tfs`` are the articles' term frequencies and ``names`` their key names (see ``terms_and_names``);
        only the (pruned) vectors are kept."""
        self.key_names = list(names)
        self.df: Counter[str] = Counter(chain.from_iterable(terms for terms, _ in tfs))
        documents = len(articles)
        idf_of = {t: idf(n, documents) for t, n in self.df.items()}
        self.vectors = [vectorize_with(tf, idf_of) for tf in tfs]
        self.dates = [parse_date(a.date) for a in articles]
        self.order = sorted(range(len(articles)), key=lambda n: (articles[n].date or "", n))
        self.hub = [0.0] * len(articles)

    def raw(self, i: int, j: int) -> float:
        return (cosine(self.vectors[i], self.vectors[j]) * date_factor(self.dates[i], self.dates[j])
                * name_factor(self.key_names[i], self.key_names[j]))

    def __call__(self, i: int, j: int) -> float:
        """The similarity used for grouping: raw, less the hub penalties of both articles."""
        return self.raw(i, j) - (self.hub[i] + self.hub[j]) / 2

    def scores(self, pairs: Set[tuple[int, int]]) -> dict[tuple[int, int], float]:
        """Similarity of each pair (i < j); sets the hub penalties from the candidate graph first."""
        raw = {pair: self.raw(*pair) for pair in sorted(pairs)}
        self.hub = hub_penalties(raw, len(self.vectors))
        return {(i, j): value - (self.hub[i] + self.hub[j]) / 2 for (i, j), value in raw.items()}

    def candidate_pairs(self) -> set[tuple[int, int]]:
        """Pairs that share at least MIN_SHARED_SIGNATURE of their most distinctive terms.

        A term carried by very many articles (a topic that runs for months) would pair them all; in its
        posting list, kept in date order, each article is paired only with its POSTING_WINDOW successors
        within MAX_CANDIDATE_GAP_DAYS, which is where the articles about the same event are.
        """
        rank = {n: r for r, n in enumerate(self.order)}
        postings: dict[str, list[int]] = defaultdict(list)
        for n, vector in enumerate(self.vectors):
            for term in signature(vector, self.df):
                postings[term].append(n)
        places: list[list[tuple[list[int], int]]] = [[] for _ in self.vectors]  # (posting, position) per article
        for carriers in postings.values():
            carriers.sort(key=rank.__getitem__)
            for k, n in enumerate(carriers):
                places[n].append((carriers, k))
        pairs = set()
        days = [d.toordinal() if d else None for d in self.dates]  # plain ints: no timedelta per comparison
        for a, found in enumerate(places):  # one article at a time: only its own partners are counted
            shared: Counter[int] = Counter()
            last_day = None if days[a] is None else days[a] + MAX_CANDIDATE_GAP_DAYS
            for carriers, k in found:
                window = carriers[k + 1:k + 1 + POSTING_WINDOW]
                if last_day is None:
                    shared.update(window)
                    continue
                for b in window:
                    if days[b] is not None and days[b] > last_day:
                        break  # sorted by date: every later one is further away, and could not pass
                    shared[b] += 1
            pairs.update((a, b) if a < b else (b, a) for b, count in shared.items() if count >= MIN_SHARED_SIGNATURE)
        return pairs


def signature(vector: Mapping[str, float], df: Mapping[str, int]) -> list[str]:
    """The SIGNATURE_TERMS heaviest terms that another article also has, heaviest first (ties by term).

    A vector's terms are stored lightest first, so it is walked from the heaviest end, stopping once enough
    are found and the weight drops below the last one taken (terms tied with it still compete).
    """
    found: list[tuple[float, str]] = []
    for term, weight in _heaviest_first(vector):
        if len(found) >= SIGNATURE_TERMS and weight < found[SIGNATURE_TERMS - 1][0]:
            break
        if df[term] >= 2:
            found.append((weight, term))
    found.sort(key=lambda item: (-item[0], item[1]))
    return [term for _, term in found[:SIGNATURE_TERMS]]


def _heaviest_first(vector: Mapping[str, float]) -> Iterator[tuple[str, float]]:
    if isinstance(vector, Vector):
        return zip(reversed(vector.terms), reversed(vector.weights), strict=True)
    return ((term, vector[term]) for term in reversed(vector))  # type: ignore[call-overload]


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


def terms_and_names(article: Article, people: People,
                    furniture: Set[str] = frozenset()) -> tuple[TermFrequencies, frozenset[str]]:
    """An article's term frequencies and key names, as ``StorySimilarity`` takes them."""
    bag, names = raw_terms(article, people, furniture)
    return term_frequencies(bag), key_names(bag, names)


def key_names(bag: Mapping[str, float], names: Set[str]) -> frozenset[str]:
    """The names (people, places, organisations) the article gives most weight: most often, and up front.

    Ranked before IDF on purpose: the names an article is about, not the ones no other article has.
    """
    ranked = sorted((t for t in names if t in bag), key=lambda t: (-bag[t], t))
    return frozenset(ranked[:KEY_NAMES])


def name_factor(a: frozenset[str], b: frozenset[str]) -> float:
    """1 when two articles share their key names, down to NAME_FLOOR when they share none.

    Articles without names are not judged on them.
    """
    if not a or not b:
        return 1.0
    overlap = len(a & b) / min(len(a), len(b))
    return NAME_FLOOR + (1 - NAME_FLOOR) * min(1.0, overlap / NAME_OVERLAP_FULL)


def parse_date(text: str | None) -> date | None:
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
