"""Views: the corpus sorted and grouped once, in Python, into small records the templates only print.

Templates never sort, count or look anything up: every list here is already in reading order and every
link is a path from the site root (the template makes it relative to the page it is on). The story and
article pages have their own modules (``views_story``, ``views_article``, ``views_person``); this one holds
the shared records, the lookups built once per build, and story summaries; ``views_lists`` the list pages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Article, Corpus, Story
from .quote_marks import QuoteSpan, placed_quotes
from .urls import SitePaths


@dataclass(frozen=True)
class PersonRef:
    name: str
    url: str | None  # None when the name has no page (an unresolved speaker or byline)


@dataclass(frozen=True)
class ArticleRef:
    """One article as a line in a list: enough to recognise it and follow the link."""

    source: str
    title: str
    label: str  # a short name that tells it apart from other articles: the outlet when that is enough
    url: str
    outlet: str | None
    outlet_url: str | None
    date: str | None
    byline: tuple[PersonRef, ...]
    story_url: str | None


@dataclass(frozen=True)
class OutletCount:
    """How many of a story's articles one outlet ran."""

    name: str
    url: str | None
    count: int


@dataclass(frozen=True)
class StorySummary:
    """A story as a line of the index and the feed."""

    id: str
    title: str
    url: str
    first_date: str | None
    last_date: str | None
    outlets: tuple[str, ...]
    article_count: int
    people_quoted: tuple[PersonRef, ...]
    articles: tuple[ArticleRef, ...]
    # Outlets with how many articles each, most first, and how many articles name no outlet: "5 articles from
    # X" would be wrong when only 2 of the 5 name X.
    outlet_counts: tuple[OutletCount, ...] = ()
    unnamed_outlets: int = 0
    lead: str = ""  # the start of the story's lead paragraph, for the index: what happened, in brief


@dataclass(frozen=True)
class QuoteRef:
    """A quotation as shown away from its article: the words, who said them, where (one or more copies)."""

    text: str
    speakers: tuple[PersonRef, ...]
    attribution: str | None
    sources: tuple[tuple[ArticleRef, str], ...]  # (article, link to the quote inside the article page)
    cite: str | None  # the original address of the first source, for <blockquote cite>


def by_date_newest(items: Iterable, date=lambda x: x.date, title=lambda x: x.title) -> list:
    """Newest first, undated last, ties by title: one stable order used for every dated list."""
    ordered = sorted(items, key=lambda x: (title(x) or "").casefold())
    return sorted(ordered, key=lambda x: date(x) or "", reverse=True)


class Lookup:
    """Everything the views look up more than once, built once per build."""

    def __init__(self, corpus: Corpus, paths: SitePaths):
        self.corpus = corpus
        self.paths = paths
        self.articles = {a.source: a for a in corpus.articles}
        self.story_of: dict[str, Story] = {}
        for story in corpus.stories:
            for source in story.sources:
                self.story_of.setdefault(source, story)
        self.stories = {s.id: s for s in corpus.stories}
        self.persons = {p.name: p for p in corpus.people.persons}
        self._person_refs: dict[str, PersonRef] = {}
        self._outlet_counts = Counter(a.outlet for a in corpus.articles if a.outlet)
        self._refs = {a.source: self._article_ref(a) for a in corpus.articles}
        self._placed: dict[str, dict[int, list[QuoteSpan]]] = {}
        self._marked: dict[str, set[int]] = {}
        self.quote_cache: dict[tuple[str, ...], list[QuoteRef]] = {}  # see quote_refs

    def canonical(self, source: str, name: str) -> str:
        return self.corpus.people.resolve(source, name) or name

    def person(self, name: str) -> PersonRef:
        ref = self._person_refs.get(name)
        if ref is None:
            ref = self._person_refs[name] = PersonRef(name, self.paths.people.get(name))
        return ref

    def person_in(self, source: str, name: str) -> PersonRef:
        """A document-level name (speaker, mention, byline) as the person it resolves to."""
        return self.person(self.canonical(source, name))

    def _article_ref(self, a: Article) -> ArticleRef:
        story = self.story_of.get(a.source)
        if a.outlet and self._outlet_counts[a.outlet] == 1:
            label = a.outlet
        else:
            label = f"{a.outlet}: {a.title}" if a.outlet else a.title
        return ArticleRef(
            source=a.source, title=a.title, label=label, url=self.paths.articles[a.source], outlet=a.outlet,
            outlet_url=self.paths.outlets.get(a.outlet) if a.outlet else None, date=a.date,
            byline=tuple(self.person_in(a.source, name) for name in a.byline),
            story_url=self.paths.stories.get(story.id) if story else None)

    def ref(self, source: str) -> ArticleRef:
        return self._refs[source]

    def placed_quotes(self, source: str) -> dict[int, list[QuoteSpan]]:
        """The quotes of an article that its page marks with <q>, per paragraph (computed once)."""
        if source not in self._placed:
            article = self.articles[source]
            self._placed[source] = placed_quotes(article.paragraphs, article.quotes)
            self._marked[source] = {span.index for spans in self._placed[source].values() for span in spans}
        return self._placed[source]

    def quote_anchor(self, source: str, index: int) -> str:
        """A link to quote ``index`` in its article: its <q> when marked, else its paragraph, else the page."""
        self.placed_quotes(source)
        if index in self._marked[source]:
            return f"{self.paths.articles[source]}#q{index + 1}"
        article = self.articles[source]
        paragraph = article.quotes[index].paragraph
        if 0 <= paragraph < len(article.paragraphs):
            return f"{self.paths.articles[source]}#p{paragraph + 1}"
        return self.paths.articles[source]


SAFE_SCHEMES = ("http://", "https://", "mailto:")


def web_address(url: str | None) -> str | None:
    """An original address safe to put in href/cite: only http(s) and mailto, never javascript: or data:."""
    url = (url or "").strip()
    return url if url.lower().startswith(SAFE_SCHEMES) else None


def unique_in_order(items: Iterable) -> tuple:
    return tuple(dict.fromkeys(items))


def unique_ignoring_case(texts: Iterable[str]) -> tuple[str, ...]:
    """'National Security Adviser' and 'national security adviser' are one role to a reader: keep the first."""
    seen: dict[str, str] = {}
    for text in texts:
        seen.setdefault(text.casefold(), text)
    return tuple(seen.values())


def quote_refs(lookup: Lookup, sources: Sequence[str]) -> list[QuoteRef]:
    """The quotes of ``sources`` in reading order; the same words in several copies become one QuoteRef.

    Remembered per list of sources: the story page, the search index and the people pages ask again.
    """
    key = tuple(sources)
    if key not in lookup.quote_cache:
        lookup.quote_cache[key] = _quote_refs(lookup, sources)
    return list(lookup.quote_cache[key])


def _quote_refs(lookup: Lookup, sources: Sequence[str]) -> list[QuoteRef]:
    merged: dict[tuple[str, tuple[str, ...]], list] = {}
    for source in sources:
        article = lookup.articles[source]
        for i, q in enumerate(article.quotes):
            speakers = tuple(lookup.canonical(source, s) for s in q.speakers)
            key = (" ".join(q.text.split()).casefold(), speakers)
            entry = merged.setdefault(key, [q, speakers, []])
            entry[2].append((lookup.ref(source), lookup.quote_anchor(source, i)))
    result = []
    for q, speakers, where in merged.values():
        first = lookup.articles[where[0][0].source]
        words = q.text.strip().rstrip(",;:").rstrip()  # a trailing comma belongs to the sentence around it
        result.append(QuoteRef(text=words, speakers=tuple(lookup.person(s) for s in speakers),
                               attribution=q.attribution, sources=tuple(where), cite=web_address(first.url)))
    return result


LEAD_WORDS = 25  # a lead shorter than this is joined by the next paragraph: one line is rarely the whole event
INDEX_LEAD_WORDS = 32  # the index shows this much of it: two lines at desktop width, enough to know the event


def story_lead(lookup: Lookup, story: Story) -> tuple[str, tuple[str, ...]] | None:
    """(source, paragraphs) that say what happened: the lead of the article the story is named after.

    News is written lead first, so the first paragraph of the headline article is the best short summary.
    When no article carries the story's title, the first article with text is used.
    """
    sources = [s for s in story.sources if s in lookup.articles and lookup.articles[s].paragraphs]
    if not sources:
        return None
    titled = [s for s in sources if lookup.articles[s].title == story.title]
    source = (titled or sources)[0]
    paragraphs = lookup.articles[source].paragraphs
    lead = [paragraphs[0]]
    if len(paragraphs[0].split()) < LEAD_WORDS and len(paragraphs) > 1:
        lead.append(paragraphs[1])
    return source, tuple(lead)


def shorten_words(text: str, words: int) -> str:
    parts = text.split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]).rstrip(",;:") + "…"


KEY_WORDS = (8, 45)  # a key quote is a sentence or two: long enough to say something, short enough to read


def key_quote_order(quotes: tuple[QuoteRef, ...]) -> list[QuoteRef]:
    """A speaker's quotes, the one that best stands for them first: a readable length, a whole sentence (it
    starts with a capital, not mid-phrase), carried by the most copies, then the earliest (leads put the most
    important words first)."""
    def rank(item: tuple[int, QuoteRef]) -> tuple[int, int, int, int, int]:
        index, q = item
        words = len(q.text.split())
        readable = KEY_WORDS[0] <= words <= KEY_WORDS[1]
        whole = q.text[:1].isupper()
        return (0 if readable else 1, 0 if whole else 1, -len(q.sources),
                0 if readable else abs(words - KEY_WORDS[1]), index)
    return [q for _, q in sorted(enumerate(quotes), key=rank)]


def story_summary(lookup: Lookup, story: Story) -> StorySummary:
    sources = [s for s in story.sources if s in lookup.articles]
    dates = sorted(d for d in (lookup.articles[s].date for s in sources) if d)
    lead = story_lead(lookup, story)
    speakers: Counter[str] = Counter()
    for source in sources:
        for q in lookup.articles[source].quotes:
            speakers.update(lookup.canonical(source, s) for s in q.speakers)
    quoted = sorted(speakers, key=lambda name: (-speakers[name], name.casefold()))
    outlets = Counter(lookup.articles[s].outlet for s in sources if lookup.articles[s].outlet)
    first_seen = unique_in_order(lookup.articles[s].outlet for s in sources if lookup.articles[s].outlet)
    counts = tuple(OutletCount(name, lookup.paths.outlets.get(name), outlets[name])
                   for name in sorted(first_seen, key=lambda n: -outlets[n]))  # stable: ties keep story order
    return StorySummary(
        id=story.id, title=story.title, url=lookup.paths.stories[story.id],
        first_date=dates[0] if dates else None, last_date=dates[-1] if dates else None,
        outlets=first_seen, article_count=len(sources), people_quoted=tuple(lookup.person(n) for n in quoted),
        articles=tuple(lookup.ref(s) for s in sources), outlet_counts=counts,
        unnamed_outlets=len(sources) - sum(outlets.values()),
        lead=shorten_words(" ".join(lead[1]), INDEX_LEAD_WORDS) if lead else "")


def story_summaries(lookup: Lookup) -> list[StorySummary]:
    """All stories, newest first (by their latest article), undated last."""
    summaries = [story_summary(lookup, s) for s in lookup.corpus.stories]
    return by_date_newest(summaries, date=lambda s: s.last_date)


def quoted_in(lookup: Lookup, refs: Iterable[ArticleRef]) -> Counter[str]:
    """Canonical speakers of the quotes in these articles, with how many quotes each."""
    counts: Counter[str] = Counter()
    for ref in refs:
        for q in lookup.articles[ref.source].quotes:
            counts.update(lookup.canonical(ref.source, s) for s in q.speakers)
    return counts
