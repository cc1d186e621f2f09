"""Stories: group the articles that report one event, copies or not.

Pairs of articles are scored by ``story_similarity`` (TF-IDF with names, numbers, people, headline and
lead weighted up; dates; key names; hubs). Average linkage over those scores forms the stories: two
groups merge while their members are similar on average, so one round-up cannot chain two events
together. Copies always share a story, and an override file (``story_overrides``) can force or forbid a
grouping. Each story carries its copy links, shared passages and the evidence for each grouped pair.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .cache import Memo, content_key
from .clustering import average_linkage, connected_groups
from .dedup import shared_passages
from .model import Article, CopyLink, People, SharedPassage, Story, StoryEvidence
from .story_overrides import StoryOverrides
from .story_similarity import StorySimilarity, key_names
from .terms import TermFrequencies, line_ids, persons, repeated_across, shared_terms, term_frequencies, terms_without

THRESHOLD = 0.15  # average similarity from which two groups of articles report one event
MAX_EVIDENCE_PER_ARTICLE = 3

Pair = tuple[int, int]


def group_stories(articles: Sequence[Article], links: Sequence[CopyLink], people: People,
                  overrides: StoryOverrides | None = None, memo: Memo | None = None) -> list[Story]:
    """Every article in exactly one story; stories in input order of their first article.

    ``memo`` (see ``cache.Memo``) remembers each article's line ids and term weights by the hash of what
    they are computed from, so a rebuild recomputes them only for the articles that changed.
    """
    if not articles:
        return []
    index = {a.source: n for n, a in enumerate(articles)}
    copy_pairs = {_pair(index[link.left], index[link.right]) for link in links
                  if link.left in index and link.right in index}
    merge, separate = _constraints(overrides, index)
    mentioned = [frozenset(persons(article, people)) for article in articles]
    family = connected_groups(len(articles), copy_pairs)
    bags, names = _terms(articles, mentioned, family, memo or Memo(None, "stories"))
    similar = StorySimilarity(articles, bags, names)
    del bags  # only the (pruned) vectors are needed from here on
    scores = similar.scores(similar.candidate_pairs() | copy_pairs | merge)

    def complete(i: int, j: int) -> float:  # a pair the candidates missed, needed to weigh two groups
        scores[(i, j)] = similar(i, j)
        return scores[(i, j)]

    groups = average_linkage(len(articles), scores, THRESHOLD, must_link=copy_pairs | merge,
                             cannot_link=separate, complete=complete)
    context = _Context(articles, mentioned, similar, scores, copy_pairs, merge, index)
    story_of = {n: k for k, group in enumerate(groups) for n in group}
    pairs_of: dict[int, list[Pair]] = defaultdict(list)
    for i, j in scores:
        if story_of[i] == story_of[j]:
            pairs_of[story_of[i]].append((i, j))
    links_of: dict[int, list[CopyLink]] = defaultdict(list)
    for link in links:
        if link.left in index:
            links_of[story_of[index[link.left]]].append(link)
    passages_of: dict[int, list[SharedPassage]] = defaultdict(list)
    for passage in shared_passages(articles, links):
        passages_of[story_of[index[passage.carriers[0][0]]]].append(passage)
    return [_story(group, pairs_of[k], links_of[k], passages_of[k], context) for k, group in enumerate(groups)]


def _terms(articles: Sequence[Article], mentioned: Sequence[frozenset[str]], family: Sequence[int],
           memo: Memo) -> tuple[list[TermFrequencies], list[frozenset[str]]]:
    """Each article's term frequencies and key names, page furniture (lines unrelated articles share) left out."""
    keys = [content_key(a.headline, a.paragraphs) for a in articles]
    lines = []
    for key, article in zip(keys, articles, strict=True):
        lines.append(memo.remembered(b"l" + key, line_ids, article))
    furniture = repeated_across([ids if ids[0] else ids[1:] for ids in lines], family)
    bags, names = [], []
    for key, article, ids, named in zip(keys, articles, lines, mentioned, strict=True):
        skip_headline = bool(ids[0]) and ids[0] in furniture
        skipped = frozenset(n for n, line in enumerate(ids[1:]) if line in furniture)
        persons_named = sorted(named)
        terms_key = b"t" + content_key(key, persons_named, skip_headline, sorted(skipped))
        found = memo.remembered(terms_key, _terms_and_names, article, persons_named, skip_headline, skipped)
        bags.append(found[0])
        names.append(found[1])
    return bags, names


def _terms_and_names(article: Article, persons_named: list[str], skip_headline: bool,
                     skipped: frozenset[int]) -> tuple[TermFrequencies, frozenset[str]]:
    bag, found_names = terms_without(article, persons_named, skip_headline, skipped)
    return term_frequencies(bag), key_names(bag, found_names)


def _pair(i: int, j: int) -> Pair:
    return (i, j) if i < j else (j, i)


def _constraints(overrides: StoryOverrides | None, index: Mapping[str, int]) -> tuple[set[Pair], set[Pair]]:
    if overrides is None:
        return set(), set()
    merge = {_pair(index[a], index[b]) for group in overrides.merge for a in group for b in group
             if a in index and b in index and a < b}
    separate = {_pair(index[a], index[b]) for group in overrides.separate for a in group for b in group
                if a in index and b in index and a < b}
    return merge, separate


def story_id(sources: Sequence[str]) -> str:
    """Stable across builds: a hash of the story's first source path, which does not change with dates."""
    return "s-" + hashlib.sha1(min(sources).encode()).hexdigest()[:10]


@dataclass(frozen=True)
class _Context:
    """What every story's assembly reads."""

    articles: Sequence[Article]
    mentioned: Sequence[frozenset[str]]  # per article, the canonical names of the persons it mentions
    similar: StorySimilarity
    scores: Mapping[Pair, float]
    copy_pairs: set[Pair]
    forced: set[Pair]
    index: Mapping[str, int]


def _story(group: list[int], pairs: list[Pair], links: list[CopyLink], passages: list[SharedPassage],
           context: _Context) -> Story:
    articles = context.articles
    ordered = sorted(group, key=lambda n: (articles[n].date is None, articles[n].date or "", n))
    sources = tuple(articles[n].source for n in ordered)
    centrality: Counter[int] = Counter()
    for pair in pairs:
        centrality[pair[0]] += context.scores[pair]
        centrality[pair[1]] += context.scores[pair]
    with_headline = [n for n in ordered if articles[n].headline]
    # The most central article with a headline names the story; ties go to the earliest.
    title_from = max(with_headline or ordered, key=lambda n: (centrality[n], -ordered.index(n)))
    title = articles[title_from].headline or articles[title_from].title
    return Story(id=story_id(sources), title=title, sources=sources,
                 copies=_copy_groups(links, context.index), links=tuple(links), passages=tuple(passages),
                 evidence=_evidence(pairs, context))


def _copy_groups(links: Sequence[CopyLink], index: Mapping[str, int]) -> tuple[tuple[str, ...], ...]:
    """Sources joined by copy links, each group in input order; only groups of two or more."""
    group_of: dict[str, set[str]] = {}
    for link in links:
        merged = group_of.get(link.left, {link.left}) | group_of.get(link.right, {link.right})
        for source in merged:
            group_of[source] = merged
    unique = {id(g): g for g in group_of.values()}.values()
    return tuple(sorted(tuple(sorted(g, key=lambda s: index[s])) for g in unique))


def _evidence(pairs: list[Pair], context: _Context) -> tuple[StoryEvidence, ...]:
    """The strongest reasons the story's articles are together: a few best pairs per article."""
    chosen: list[Pair] = []
    used: Counter[int] = Counter()
    for pair in sorted(pairs, key=lambda p: (-context.scores[p], p)):
        i, j = pair
        if context.scores[pair] <= 0 and pair not in context.copy_pairs and pair not in context.forced:
            continue
        if used[i] < MAX_EVIDENCE_PER_ARTICLE or used[j] < MAX_EVIDENCE_PER_ARTICLE:
            chosen.append(pair)
            used[i] += 1
            used[j] += 1
    evidence = []
    for i, j in sorted(chosen):
        left, right = context.articles[i], context.articles[j]
        evidence.append(StoryEvidence(
            left=left.source, right=right.source, similarity=round(context.scores[(i, j)], 3),
            shared_people=tuple(sorted(context.mentioned[i] & context.mentioned[j])),
            shared_terms=shared_terms(context.similar.vectors[i], context.similar.vectors[j]),
            copy=(i, j) in context.copy_pairs, forced=(i, j) in context.forced))
    return tuple(evidence)
