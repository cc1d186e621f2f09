"""The person pages' views: what each person said (grouped by story), wrote, where they are mentioned, and with whom.

Everything is keyed by canonical name (``People.resolve``), so "Chang" in one article and "Chang Ho-jin" in
another count as one person.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from .model import Person
from .quote_variants import group_variants
from .urls import person_feed
from .views import (
    ArticleRef,
    Lookup,
    PersonRef,
    QuoteRef,
    by_date_newest,
    key_quote_order,
    quote_refs,
    quoted_in,
    shorten_words,
    unique_ignoring_case,
    unique_in_order,
)


@dataclass(frozen=True)
class PersonItem:
    person: PersonRef
    roles: tuple[str, ...]
    quote_count: int  # distinct quotations: the same words in two copies count once
    article_count: int  # articles that mention them
    wrote_count: int  # articles with their byline

    @property
    def facts(self) -> str:
        """'2 quotes, mentioned in 2 articles, wrote 1 article': made here, once, not by a template per person."""
        return ", ".join(f for f in (counted(self.quote_count, "quote"),
                                     mentioned_phrase(self.article_count), wrote_phrase(self.wrote_count)) if f)


@dataclass(frozen=True)
class StoryQuotes:
    story_title: str
    story_url: str | None
    quotes: tuple[QuoteRef, ...]  # the ones shown first: the most telling few, in reading order
    more: tuple[QuoteRef, ...] = ()  # the rest, in reading order, folded on the page
    # the same statement as other articles print it ("a big mistake" / "grave mistake"), keyed by the quote
    # above that stands for it (by value, not id(), so the view's repr is the same from build to build and the
    # render memo can reuse the page); shown beside it
    variants: Mapping[QuoteRef, tuple[QuoteRef, ...]] = field(default_factory=dict)

    def variants_of(self, quote: QuoteRef) -> tuple[QuoteRef, ...]:
        return self.variants.get(quote, ())


@dataclass(frozen=True)
class PersonPage:
    person: PersonRef
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    said: tuple[StoryQuotes, ...]
    mentioned_in: tuple[ArticleRef, ...]
    wrote: tuple[ArticleRef, ...]
    appears_with: tuple[tuple[PersonRef, int], ...]  # (person, articles in common), most first
    quotes_whom: tuple[tuple[PersonRef, int], ...] = ()  # for a journalist: whom their articles quote, most first
    feed_url: str | None = None  # their Atom feed, beside the page
    feed: tuple[FeedEntry, ...] = ()  # the articles that quote, mention or are by them, newest first
    quote_count: int = 0  # distinct quotations, over all stories

    @property
    def facts(self) -> str:
        """'25 quotes in 1 story · mentioned in 4 articles · wrote 1 article'."""
        stories = counted(len(self.said), 'story', 'stories')
        said = f"{counted(self.quote_count, 'quote')} in {stories}" if self.quote_count else ""
        parts = [f for f in (said, mentioned_phrase(len(self.mentioned_in)), wrote_phrase(len(self.wrote))) if f]
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]


@dataclass(frozen=True)
class FeedEntry:
    """One article in a person's feed, with why it is there."""

    ref: ArticleRef
    summary: str


def _people_activity(lookup: Lookup) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    """Per canonical name: sources that quote them, mention them, and carry their byline (in corpus order)."""
    quoted: dict[str, list[str]] = defaultdict(list)
    mentioned: dict[str, list[str]] = defaultdict(list)
    wrote: dict[str, list[str]] = defaultdict(list)
    for a in lookup.corpus.articles:
        for name in unique_in_order(lookup.canonical(a.source, s) for q in a.quotes for s in q.speakers):
            quoted[name].append(a.source)
        for name in unique_in_order(lookup.canonical(a.source, m.name) for m in a.mentions):
            mentioned[name].append(a.source)
        for name in unique_in_order(lookup.canonical(a.source, b) for b in a.byline):
            wrote[name].append(a.source)
    return quoted, mentioned, wrote


def by_quote_count(items: list[PersonItem]) -> list[PersonItem]:
    """The people index's second ordering: most quoted first, then by name (items arrive sorted by name)."""
    return sorted(items, key=lambda item: -item.quote_count)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 quote', '3 quotes', '2 stories'; empty for none."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}" if n else ""


def mentioned_phrase(n: int) -> str:
    return f"mentioned in {counted(n, 'article')}" if n else ""


def wrote_phrase(n: int) -> str:
    return f"wrote {counted(n, 'article')}" if n else ""


FEED_QUOTE_WORDS = 40
SHOWN_QUOTES = 3  # per story on a person page; the rest are folded, so a prolific speaker's page stays short


def _feed(lookup: Lookup, name: str, quoted: list[str], mentioned: list[str], wrote: list[str],
          limit: int) -> tuple[FeedEntry, ...]:
    entries = []
    quoted_in_source, wrote_in_source = set(quoted), set(wrote)
    for ref in by_date_newest(lookup.ref(s) for s in unique_in_order([*quoted, *wrote, *mentioned]))[:limit]:
        said = []
        if ref.source in quoted_in_source:
            said = [q.text for q in lookup.articles[ref.source].quotes
                    if name in (lookup.canonical(ref.source, s) for s in q.speakers)]
        if said:
            summary = f"{name}: “{shorten_words(said[0], FEED_QUOTE_WORDS)}”"
        elif ref.source in wrote_in_source:
            summary = f"By {name}."
        else:
            summary = f"Mentions {name}."
        entries.append(FeedEntry(ref, summary))
    return tuple(entries)


def same_words_once(quotes: list[QuoteRef]) -> list[QuoteRef]:
    """ "very big mistake" and "very big mistake," from two places are one quote, carried by both."""
    merged: dict[str, QuoteRef] = {}
    for q in quotes:
        key = " ".join(re.findall(r"\w+", q.text.casefold()))
        if key in merged:
            first = merged[key]
            known = {ref.source for ref, _ in first.sources}
            more = tuple(where for where in q.sources if where[0].source not in known)
            merged[key] = replace(first, sources=first.sources + more)
        else:
            merged[key] = q
    return list(merged.values())


def _sources(quote: QuoteRef) -> frozenset[str]:
    return frozenset(ref.source for ref, _ in quote.sources)


def person_items(lookup: Lookup, views: PersonViews | None = None,
                 counted: Callable[[Person, Callable[[], int]], int] | None = None) -> list[PersonItem]:
    """The people index. ``counted(person, count)`` may answer a person's quote count without calling ``count``
    (the render memo remembers it: counting groups every quote's variants)."""
    quoted, mentioned, wrote = (views.quoted, views.mentioned, views.wrote) if views else _people_activity(lookup)

    def statements(name: str) -> int:
        said = [q for q in quote_refs(lookup, quoted.get(name, ())) if name in (s.name for s in q.speakers)]
        return len(group_variants(same_words_once(said), lambda q: q.text, _sources))

    items = []
    for p in sorted(lookup.corpus.people.persons, key=lambda p: (p.name.casefold(), p.name)):
        count = functools.partial(statements, p.name)
        items.append(PersonItem(lookup.person(p.name), unique_ignoring_case(p.roles),
                                counted(p, count) if counted else count(),
                                len(mentioned.get(p.name, ())), len(wrote.get(p.name, ()))))
    return items


def person_pages(lookup: Lookup, feed_size: int = 50) -> list[PersonPage]:
    views = PersonViews(lookup, feed_size)
    return [views.page(p) for p in lookup.corpus.people.persons]


class PersonViews:
    """Person pages: what they share (who is quoted, mentioned, by-lined where) worked out once, and each page
    when it is asked for, so that a page the render memo reuses is never built."""

    def __init__(self, lookup: Lookup, feed_size: int = 50):
        self.lookup = lookup
        self.feed_size = feed_size
        self.quoted, self.mentioned, self.wrote = _people_activity(lookup)
        self._order = {a.source: n for n, a in enumerate(lookup.corpus.articles)}
        self._latest: dict[str, str] = {}
        self._named: dict[str, set[str]] = {}  # per article, the persons it names (every one of them asks)
        self._last: tuple[str, PersonPage] | None = None  # a person's page and feed are built one after the other

    def sources(self, name: str) -> tuple[str, ...]:
        """Every article the person's page reads: those that quote, mention or are by them."""
        return unique_in_order([*self.quoted.get(name, ()), *self.mentioned.get(name, ()), *self.wrote.get(name, ())])

    def latest(self, story_id: str) -> str:
        """The date of a story's newest article ('' when none has a date): person pages list stories newest first."""
        found = self._latest.get(story_id)
        if found is None:
            lookup = self.lookup
            story = lookup.stories.get(story_id)
            found = self._latest[story_id] = max(
                (lookup.articles[a].date or "" for a in story.sources if a in lookup.articles), default="") if story \
                else ""
        return found

    def _together(self, name: str) -> Counter[str]:
        """The other persons named in the articles that name this one (by mention or as a speaker), per article."""
        lookup = self.lookup
        company: Counter[str] = Counter()
        for source in sorted({*self.mentioned.get(name, ()), *self.quoted.get(name, ())}, key=self._order.__getitem__):
            names = self._named.get(source)
            if names is None:
                a = lookup.articles[source]
                names = set(unique_in_order(lookup.canonical(a.source, m.name) for m in a.mentions))
                names.update(lookup.canonical(a.source, s) for q in a.quotes for s in q.speakers)
                self._named[source] = names
            company.update(names - {name})
        return company

    def page(self, p: Person) -> PersonPage:
        if self._last is not None and self._last[0] == p.name:
            return self._last[1]
        page = self._page(p)
        self._last = (p.name, page)
        return page

    def _page(self, p: Person) -> PersonPage:
        lookup, quoted, mentioned, wrote = self.lookup, self.quoted, self.mentioned, self.wrote
        said = []
        by_story: dict[str, list[str]] = defaultdict(list)
        for source in quoted.get(p.name, ()):
            story = lookup.story_of.get(source)
            by_story[story.id if story else ""].append(source)
        for story_id in sorted(by_story, key=self.latest, reverse=True):  # newest story first
            sources = by_story[story_id]
            quotes = [q for q in quote_refs(lookup, sources) if p.name in (s.name for s in q.speakers)]
            groups = group_variants(same_words_once(quotes), lambda q: q.text, _sources)
            quotes = [group[0] for group in groups]
            story = lookup.stories.get(story_id)
            best = {id(q) for q in key_quote_order(tuple(quotes))[:SHOWN_QUOTES]}
            said.append(StoryQuotes(story.title if story else "Not in a story", lookup.paths.stories.get(story_id),
                                    tuple(q for q in quotes if id(q) in best),
                                    tuple(q for q in quotes if id(q) not in best),
                                    {group[0]: tuple(group[1:]) for group in groups if len(group) > 1}))
        company = self._together(p.name)
        with_whom = sorted((n for n in company if n in lookup.persons), key=lambda n: (-company[n], n.casefold()))
        sources_quoted = quoted_in(lookup, (lookup.ref(s) for s in wrote.get(p.name, ())))
        sources_quoted.pop(p.name, None)  # a writer quoting themselves is a byline mix-up, not a source
        whom = sorted(sources_quoted, key=lambda n: (-sources_quoted[n], n.casefold()))
        url = lookup.paths.people.get(p.name)
        return PersonPage(
            person=lookup.person(p.name), roles=unique_ignoring_case(p.roles),
            aliases=unique_ignoring_case(a for a in p.aliases if a.casefold() != p.name.casefold()),
            said=tuple(said), quote_count=sum(len(group.quotes) + len(group.more) for group in said),
            mentioned_in=tuple(by_date_newest(lookup.ref(s) for s in mentioned.get(p.name, ()))),
            wrote=tuple(by_date_newest(lookup.ref(s) for s in wrote.get(p.name, ()))),
            appears_with=tuple((lookup.person(n), company[n]) for n in with_whom[:20]),
            quotes_whom=tuple((lookup.person(n), sources_quoted[n]) for n in whom[:30]),
            feed_url=person_feed(url) if url else None,
            feed=_feed(lookup, p.name, quoted.get(p.name, []), mentioned.get(p.name, []), wrote.get(p.name, []),
                       self.feed_size))
