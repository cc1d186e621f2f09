"""Weighted terms of an article, for telling which articles report the same event.

What singles out an event is who, where, how many and when, so names (capitalised words inside a
sentence, and runs of them as one term), numbers and the people the article mentions weigh more than
common words; the headline and lead say what the article is about and count more than the rest.
"""

from __future__ import annotations

import hashlib
import math
import operator
import re
from array import array
from collections import Counter, OrderedDict
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence, Set
from functools import lru_cache
from itertools import repeat

from .model import Article, People
from .shingles import normalize

HEADLINE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0  # the first LEAD_PARAGRAPHS paragraphs
LEAD_PARAGRAPHS = 2
NAME_WEIGHT = 2.0
NUMBER_WEIGHT = 1.5
PERSON_WEIGHT = 4.0  # a resolved person the article mentions, once per article
PERSON_PREFIX = "@"  # person terms are "@" + canonical name, so they never collide with words

_TOKEN_AND_GAP = re.compile(r"(\d+(?:[.,]\d+)*%?|\w+(?:['’-]\w+)*)(\W*)")  # a word and what follows it
_SENTENCE_END = re.compile(r'[.!?"“]')  # a capital after these starts a sentence, not a name

_STOPWORD_LIST = """
a about above after again against all also although am among an and another any are aren't around as at
be because been before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each either even ever every few for from further had hadn't has hasn't have
haven't having he he'd he'll he's her here here's hers herself him himself his how how's however i i'd i'll
i'm i've if in into is isn't it it's its itself just last least less let's like made make many may me might
more most much must mustn't my myself never new no nor not now of off on once one only or other others ought
our ours ourselves out over own per rather said same say says she she'd she'll she's should shouldn't since so
some such than that that's the their theirs them themselves then there there's these they they'd they'll
they're they've this those though through thus to too told under until up upon us very via was wasn't we we'd
we'll we're we've were weren't what what's when when's where where's whether which while who who's whom whose
why why's will with within without won't would wouldn't yet you you'd you'll you're you've your yours
yourself yourselves mr mrs ms dr according added including year years week weeks day days time
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow two three four five first
second people government officials official told reporters statement news report reported
"""
STOPWORDS = frozenset(_STOPWORD_LIST.split())


@lru_cache(maxsize=1 << 18)
def _classify(token: str) -> tuple[str, int]:
    """A token's term (case-folded, possessive dropped) and kind; cached, since most tokens recur."""
    folded = token.casefold().replace("’", "'")
    if folded.endswith("'s"):
        folded = folded[:-2]
    if token[0].isdigit():
        return folded, _NUMBER
    if len(folded) < 2 or folded in STOPWORDS:
        return folded, _STOPWORD
    return folded, _CAPITALISED if token[0].isupper() else _WORD


_STOPWORD, _WORD, _CAPITALISED, _NUMBER = range(4)


def _title_case(kinds: list[int]) -> bool:
    """Headline Style Capitalises Every Word, so its capitals say nothing about names."""
    words = [k for k in kinds if k in (_WORD, _CAPITALISED)]
    return len(words) >= 3 and words.count(_CAPITALISED) > 0.6 * len(words)


@lru_cache(maxsize=4096)
def _ends_sentence(gap: str) -> bool:
    """Whether the text between two tokens ends a sentence; cached, since a few gaps (" ", ", ", ". ") recur."""
    return bool(gap) and _SENTENCE_END.search(gap) is not None


def _terms_of(text: str, weight: float, counts: Counter[str], names: set[str]) -> None:
    """Add ``text``'s terms to ``counts``: words, numbers, and capitalised runs (names) as one more term.

    Names (capitalised words inside a sentence, and their runs) are also added to ``names``. This runs
    over every word of the corpus, so it stays a plain loop over one regex's matches, with nothing called
    per word that a cache or an inline test can spare.
    """
    matches = _TOKEN_AND_GAP.findall(text)
    classified = [_classify(token) for token, _ in matches]
    capitals_mean_names = not _title_case([kind for _, kind in classified])
    weights = {_WORD: weight, _CAPITALISED: weight, _NUMBER: weight * NUMBER_WEIGHT}
    name_weight = weight * NAME_WEIGHT
    run: list[str] = []  # the capitalised words in a row so far: a name of several words
    sentence_start = True
    for (folded, kind), (_, gap) in zip(classified, matches, strict=True):
        if capitals_mean_names and kind == _CAPITALISED and not sentence_start:
            counts[folded] += name_weight
            run.append(folded)
            names.add(folded)
        else:
            if run:  # the run ends here: several words are one more term
                if len(run) > 1:
                    joined = " ".join(run)
                    counts[joined] += name_weight
                    names.add(joined)
                run = []
            if kind != _STOPWORD:
                counts[folded] += weights[kind]
            if capitals_mean_names and kind == _CAPITALISED:
                run.append(folded)  # a sentence's first word is no name alone, but may begin one: "Mira Okonjo"
        sentence_start = _ends_sentence(gap)
    if len(run) > 1:
        joined = " ".join(run)
        counts[joined] += name_weight
        names.add(joined)


def raw_terms(article: Article, people: People,
              furniture: Set[str] = frozenset()) -> tuple[Counter[str], set[str]]:
    """Term weights before IDF (a sum of place weight x kind weight over occurrences), and which are names.

    Lines in ``furniture`` (normalised text other, unrelated articles also carry) are left out.
    """
    skip_headline = bool(article.headline) and normalize(article.headline) in furniture
    skipped = frozenset(n for n, paragraph in enumerate(article.paragraphs) if normalize(paragraph) in furniture)
    return terms_without(article, persons(article, people), skip_headline, skipped)


def terms_without(article: Article, mentioned: Iterable[str], skip_headline: bool,
                  skipped: Set[int]) -> tuple[Counter[str], set[str]]:
    """``raw_terms`` given the persons the article mentions and which of its lines are furniture.

    Everything it reads is in its arguments, so its result can be remembered by their hash.
    """
    counts: Counter[str] = Counter()
    names: set[str] = set()
    if article.headline and not skip_headline:
        _terms_of(article.headline, HEADLINE_WEIGHT, counts, names)
    for n, paragraph in enumerate(article.paragraphs):
        if n not in skipped:
            _terms_of(paragraph, LEAD_WEIGHT if n < LEAD_PARAGRAPHS else 1.0, counts, names)
    for person in mentioned:
        counts[PERSON_PREFIX + person.casefold()] = PERSON_WEIGHT
        names.add(PERSON_PREFIX + person.casefold())
    return counts, names


def persons(article: Article, people: People) -> set[str]:
    """Canonical names of the persons the article mentions (its own name for them when unresolved)."""
    return {people.resolve(article.source, m.name) or m.name for m in article.mentions}


PSEUDO_DOCUMENTS = 10  # IDF as if the corpus held this many more articles that share none of its terms


def idf(df: int, documents: int) -> float:
    """Inverse document frequency that still weighs terms every article has in a five-article folder.

    A folder of five articles about one event gives their shared terms ``log(5/5) = 0``; counting a few
    pseudo-documents keeps those terms meaningful in small folders and changes nothing in big ones.
    """
    return math.log((documents + PSEUDO_DOCUMENTS) / (df + 1))


MAX_VECTOR_TERMS = 100


def vectorize(bag: Mapping[str, float], df: Mapping[str, int], documents: int) -> Vector:
    """Sublinear TF x IDF, the MAX_VECTOR_TERMS heaviest terms, unit length.

    The tail of light terms barely moves a cosine but costs memory and time in a large corpus.
    """
    return vectorize_with(term_frequencies(bag), {t: idf(df[t], documents) for t in bag})


TermFrequencies = tuple[tuple[str, ...], array]  # terms, and their weights as doubles, in one order


def term_frequencies(bag: Mapping[str, float]) -> TermFrequencies:
    """Sublinear term frequency: a term said ten times is not ten times the evidence.

    Kept as a tuple of terms and an array of doubles, a quarter of a dict's memory: a corpus holds them all
    until the document frequencies are known.
    """
    return tuple(bag), array("d", [1 + math.log(w) if w > 1 else w for w in bag.values()])


class Vector(Mapping[str, float]):
    """A term vector kept compact: its terms and their weights in two sequences, in one order (lightest first).

    A corpus holds every article's vector while it groups stories; as dicts of floats they took about three times
    the memory (some 300 MB at 100,000 articles), and what they freed stayed with the process for the rest of
    the build. Reads as a read-only mapping; ``cosine`` looks terms up in a dict made for the call.
    """

    __slots__ = ("terms", "weights")

    def __init__(self, terms: tuple[str, ...], weights: array):
        self.terms = terms
        self.weights = weights

    def __getitem__(self, term: str) -> float:
        try:
            return self.weights[self.terms.index(term)]
        except ValueError:
            raise KeyError(term) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.terms)

    def __reversed__(self) -> Iterator[str]:
        return reversed(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def as_dict(self) -> dict[str, float]:
        return dict(zip(self.terms, self.weights, strict=True))


def vectorize_with(tf: TermFrequencies, idf_of: Mapping[str, float]) -> Vector:
    """``vectorize`` from ``term_frequencies`` and each term's IDF in ``idf_of`` (computed once per corpus)."""
    terms, weights = tf
    weighted = list(zip(map(operator.mul, weights, map(idf_of.__getitem__, terms)), terms, strict=True))
    kept = sorted(weighted)[-MAX_VECTOR_TERMS:]  # the heaviest, lightest first (a full sort beats heapq at this size)
    norm = math.sqrt(sum(v * v for v, _ in kept)) or 1.0
    return Vector(tuple([t for _, t in kept]), array("d", [v / norm for v, _ in kept]))


def _lookup(vector: Mapping[str, float]) -> Mapping[str, float]:
    """A dict to look ``vector``'s terms up in. The last LOOKUPS_KEPT made are kept, each with its vector (so
    it is never taken for another's): pairs come sorted, and an article is looked up in for many pairs in a row."""
    if not isinstance(vector, Vector):
        return vector
    kept = _lookups.get(id(vector))
    if kept is not None and kept[0] is vector:
        _lookups.move_to_end(id(vector))
        return kept[1]
    found = vector.as_dict()
    _lookups[id(vector)] = (vector, found)
    if len(_lookups) > LOOKUPS_KEPT:
        _lookups.popitem(last=False)
    return found


LOOKUPS_KEPT = 512  # ~2 MB
_lookups: OrderedDict[int, tuple[Vector, dict[str, float]]] = OrderedDict()


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    terms, weights = (a.terms, a.weights) if isinstance(a, Vector) else (a.keys(), a.values())
    # Summed in a's order, zeros included, by map (no Python-level loop): the same float as the plain loop.
    return sum(map(operator.mul, weights, map(_lookup(b).get, terms, repeat(0.0))))


def shared_terms(a: Mapping[str, float], b: Mapping[str, float], limit: int = 5) -> tuple[str, ...]:
    """The terms that contribute most to the similarity of two vectors, people left out."""
    if len(a) > len(b):
        a, b = b, a
    a, b = _lookup(a), _lookup(b)
    shared = a.keys() & b.keys()
    scored = list(zip(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)), shared,
                      strict=True))
    scored.sort(reverse=True)
    return tuple([t for _, t in scored if not t.startswith(PERSON_PREFIX)][:limit])


def furniture_lines(articles: Sequence[Article], family: Sequence[int]) -> set[str]:
    """Headlines and paragraphs, normalised, that articles of different copy families carry word for word.

    Two articles that are not copies of each other but print the same line share page furniture (a
    newsletter pitch, a related-stories list, a site's mis-taken headline), not an event.
    """
    return repeated_across(
        [{normalize(p) for p in a.paragraphs} | ({normalize(a.headline)} if a.headline else set()) for a in articles],
        family)


def repeated_across(lines: Sequence[Iterable[Hashable]], family: Sequence[int]) -> set:
    """The lines (or line ids) that items of different families carry, given each item's lines and family."""
    seen: dict[Hashable, int] = {}
    repeated = set()
    for n, carried in enumerate(lines):
        for line in carried:
            first = seen.setdefault(line, family[n])
            if first != family[n]:
                repeated.add(line)
    return repeated


def line_ids(article: Article) -> tuple[int, ...]:
    """A 64-bit id of each normalised line: the headline's first (0 when there is none), then each paragraph's.

    Ids stand for the lines where only equality matters (furniture), so a rebuild can remember them per
    article instead of normalising every line of the corpus again.
    """
    headline = _line_id(normalize(article.headline)) if article.headline else 0
    return (headline, *(_line_id(normalize(p)) for p in article.paragraphs))


def _line_id(line: str) -> int:
    return int.from_bytes(hashlib.blake2b(line.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big") or 1
