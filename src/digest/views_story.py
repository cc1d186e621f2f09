"""The story page's view: who had it first, how the copies relate, what is shared, what each adds, who said what.

Everything is grouped here once: shared passages with their carriers, each copy's own paragraphs, quotes by
canonical speaker (the same words in several copies shown once), and a word diff of each copy against the
article it most resembles.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .model import CopyLink, Story
from .timeline import TimelineDay, story_timeline
from .views import (
    ArticleRef,
    Lookup,
    PersonRef,
    QuoteRef,
    StorySummary,
    key_quote_order,
    quote_refs,
    story_lead,
    story_summary,
    unique_ignoring_case,
    unique_in_order,
    web_address,
)
from .worddiff import DiffPart, share_changed, word_diff


@dataclass(frozen=True)
class StoryArticle:
    ref: ArticleRef
    first: bool  # among the earliest dated articles of the story
    copy_of: ArticleRef | None  # the article it most resembles, when it is a copy
    label: str | None  # CopyLink.label of that relation
    share: float | None  # share of this article's text found in copy_of


@dataclass(frozen=True)
class PassageView:
    text: str
    carriers: tuple[tuple[ArticleRef, str], ...]  # (article, link to the paragraph)


@dataclass(frozen=True)
class Addition:
    ref: ArticleRef
    paragraphs: tuple[tuple[str, str], ...]  # (link to the paragraph, text)


@dataclass(frozen=True)
class SpeakerQuotes:
    speaker: PersonRef | None  # None for quotes no person is credited with
    quotes: tuple[QuoteRef, ...]


@dataclass(frozen=True)
class EvidenceView:
    left: ArticleRef
    right: ArticleRef
    similarity: float
    shared_people: tuple[PersonRef, ...]
    shared_terms: tuple[str, ...]
    copy: bool
    forced: bool


@dataclass(frozen=True)
class DiffView:
    old: ArticleRef
    new: ArticleRef
    parts: tuple[DiffPart, ...]
    changed_words: int


@dataclass(frozen=True)
class KeyQuote:
    """One speaker's most telling quote, for the story's summary."""

    speakers: tuple[tuple[PersonRef, str | None], ...]  # (person, role): all who are credited with the words
    quote: QuoteRef
    more: int  # how many other quotes of the first speaker's the full list has
    group: int  # 1-based position of that speaker's group in the full list, for the link to it


@dataclass(frozen=True)
class Lead:
    """What happened, in the words of the article the story is named after (its lead paragraphs)."""

    paragraphs: tuple[str, ...]
    ref: ArticleRef
    link: str  # to the first of those paragraphs
    cite: str | None  # the article's original address


@dataclass(frozen=True)
class StoryPage:
    summary: StorySummary
    articles: tuple[StoryArticle, ...]
    passages: tuple[PassageView, ...]
    additions: tuple[Addition, ...]
    quotes: tuple[SpeakerQuotes, ...]
    people: tuple[tuple[PersonRef, str | None], ...]  # (person, their role as the articles give it), by name
    evidence: tuple[EvidenceView, ...]
    diffs: tuple[DiffView, ...]
    lead: Lead | None = None
    key_quotes: tuple[KeyQuote, ...] = ()
    timeline: tuple[TimelineDay, ...] = ()
    quote_count: int = 0  # distinct quotations in the story


MAX_KEY_QUOTES = 8


def _role(lookup: Lookup, name: str) -> str | None:
    person = lookup.persons.get(name)
    roles = unique_ignoring_case(person.roles) if person else ()
    return roles[0] if roles else None


def _key_quotes(lookup: Lookup, groups: tuple[SpeakerQuotes, ...]) -> tuple[KeyQuote, ...]:
    """One quote per speaker; a speaker already credited with a shown quote (a joint statement) is not repeated."""
    result: list[KeyQuote] = []
    covered: set[str] = set()
    for number, group in enumerate(groups, start=1):
        if group.speaker is None or group.speaker.name in covered:
            continue
        best = key_quote_order(group.quotes)[0]
        covered.update(p.name for p in best.speakers)
        speakers = best.speakers or (group.speaker,)
        result.append(KeyQuote(tuple((p, _role(lookup, p.name)) for p in speakers), best, len(group.quotes) - 1,
                               number))
        if len(result) == MAX_KEY_QUOTES:
            break
    return tuple(result)


def _lead(lookup: Lookup, story: Story) -> Lead | None:
    found = story_lead(lookup, story)
    if found is None:
        return None
    source, paragraphs = found
    return Lead(paragraphs, lookup.ref(source), f"{lookup.paths.articles[source]}#p1",
                web_address(lookup.articles[source].url))


def best_links(story: Story) -> dict[str, CopyLink]:
    """For each copy (the right side of a link), the link to the article it most resembles.

    A link's left article is the earlier one and its label says how the right one relates to it, so an
    article that is only ever on the left is an original and gets no entry.
    """
    best: dict[str, CopyLink] = {}
    for link in story.links:
        if link.right not in best or link.right_share > best[link.right].right_share:
            best[link.right] = link
    return best


def _paragraph_link(lookup: Lookup, source: str, index: int) -> str:
    """A link to one paragraph of an article; to the article itself when the index does not fit."""
    if 0 <= index < len(lookup.articles[source].paragraphs):
        return f"{lookup.paths.articles[source]}#p{index + 1}"
    return lookup.paths.articles[source]


def _passages(lookup: Lookup, story: Story) -> tuple[PassageView, ...]:
    return tuple(PassageView(p.text, tuple((lookup.ref(s), _paragraph_link(lookup, s, i))
                                           for s, i in p.carriers if s in lookup.articles))
                 for p in story.passages)


def _additions(lookup: Lookup, story: Story) -> tuple[Addition, ...]:
    """What each copy adds: its paragraphs that no shared passage or aligned pair covers."""
    shared: dict[str, set[int]] = defaultdict(set)
    for passage in story.passages:
        for source, index in passage.carriers:
            shared[source].add(index)
    for link in story.links:
        for pair in link.aligned:
            shared[link.left].add(pair.left)
            shared[link.right].add(pair.right)
    result = []
    for source in story.sources:
        if source not in shared or source not in lookup.articles:
            continue
        paragraphs = lookup.articles[source].paragraphs
        own = tuple((_paragraph_link(lookup, source, i), text) for i, text in enumerate(paragraphs)
                    if i not in shared[source])
        if own:
            result.append(Addition(lookup.ref(source), own))
    return tuple(result)


def _quotes_by_speaker(lookup: Lookup, sources: list[str]) -> tuple[SpeakerQuotes, ...]:
    """Quotes grouped by canonical speaker, most quoted first; quotes with no person speaker last."""
    groups: dict[str | None, list[QuoteRef]] = defaultdict(list)
    for quote in quote_refs(lookup, sources):
        for speaker in quote.speakers or (None,):
            groups[speaker.name if speaker else None].append(quote)
    named = sorted((n for n in groups if n is not None), key=lambda n: (-len(groups[n]), n.casefold()))
    result = [SpeakerQuotes(lookup.person(n), tuple(groups[n])) for n in named]
    if None in groups:
        result.append(SpeakerQuotes(None, tuple(groups[None])))
    return tuple(result)


def _diffs(lookup: Lookup, story: Story, best: dict[str, CopyLink]) -> tuple[DiffView, ...]:
    result = []
    for source in story.sources:
        if source not in best or source not in lookup.articles or best[source].left not in lookup.articles:
            continue
        other = best[source].left
        parts = word_diff("\n\n".join(lookup.articles[other].paragraphs),
                          "\n\n".join(lookup.articles[source].paragraphs))
        if parts is not None:
            result.append(DiffView(lookup.ref(other), lookup.ref(source), parts, share_changed(parts)))
    return tuple(result)


def story_page(lookup: Lookup, story: Story) -> StoryPage:
    sources = [s for s in story.sources if s in lookup.articles]
    dates = [lookup.articles[s].date for s in sources if lookup.articles[s].date]
    earliest = min(dates) if dates and len(sources) > 1 else None  # "first" means something only among several
    best = best_links(story)
    articles = []
    for source in sources:
        link = best.get(source)
        copied = link is not None and link.left in lookup.articles
        articles.append(StoryArticle(
            ref=lookup.ref(source), first=earliest is not None and lookup.articles[source].date == earliest,
            copy_of=lookup.ref(link.left) if copied else None, label=link.label if copied else None,
            share=link.right_share if copied else None))
    people = unique_in_order(
        [lookup.canonical(s, m.name) for s in sources for m in lookup.articles[s].mentions]
        + [lookup.canonical(s, n) for s in sources for q in lookup.articles[s].quotes for n in q.speakers])
    evidence = tuple(EvidenceView(
        lookup.ref(e.left), lookup.ref(e.right), e.similarity, tuple(lookup.person(n) for n in e.shared_people),
        e.shared_terms, e.copy, e.forced) for e in story.evidence
        if e.left in lookup.articles and e.right in lookup.articles)
    quotes = _quotes_by_speaker(lookup, sources)
    return StoryPage(summary=story_summary(lookup, story), articles=tuple(articles), passages=_passages(lookup, story),
                     additions=_additions(lookup, story), quotes=quotes,
                     people=tuple((lookup.person(n), _role(lookup, n)) for n in sorted(people, key=str.casefold)),
                     evidence=evidence, diffs=_diffs(lookup, story, best), lead=_lead(lookup, story),
                     key_quotes=_key_quotes(lookup, quotes), timeline=story_timeline(lookup, sources),
                     quote_count=len(unique_in_order(id(q) for g in quotes for q in g.quotes)))
