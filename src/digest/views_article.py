"""The article page's view: the clean text cut into segments (plain text, quotations, linked names).

Quote and mention offsets index into a paragraph; here they become a flat list of segments per paragraph
so the template prints ``<q>`` and ``<a>`` without knowing about offsets. Offsets that do not fit the text
(a stage bug, or overlapping spans) are dropped rather than trusted: the text itself is never lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Article, Mention
from .quote_marks import QuoteSpan
from .views import ArticleRef, Lookup, PersonRef, unique_in_order, web_address


@dataclass(frozen=True)
class Segment:
    kind: str  # "text", "person" (a linked name) or "quote"
    text: str = ""
    url: str | None = None  # person page, for "person"
    id: str | None = None  # anchor, for "quote"
    speakers: tuple[PersonRef, ...] = ()  # for "quote"
    children: tuple[Segment, ...] = ()  # the quotation's own segments, for "quote"


@dataclass(frozen=True)
class ParagraphView:
    id: str
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class ArticleQuote:
    text: str
    speakers: tuple[PersonRef, ...]
    attribution: str | None
    anchor: str  # '#q3' when the quote is marked in the text, else the paragraph's '#p2'


@dataclass(frozen=True)
class CopyNote:
    """How this article and another one share text (from the story's CopyLinks)."""

    other: ArticleRef
    label: str  # CopyLink.label: how the copy relates to the original
    this_is_copy: bool  # True: this article is the copy of ``other``; False: ``other`` copies this one
    share: float  # share of the copy's text found in the original


@dataclass(frozen=True)
class ArticlePage:
    ref: ArticleRef
    headline: str | None
    paragraphs: tuple[ParagraphView, ...]
    captions: tuple[str, ...]
    url: str | None  # the original address
    provenance: tuple[tuple[str, str], ...]  # (field, where it came from), for fields not read from the text
    quotes: tuple[ArticleQuote, ...]
    people: tuple[PersonRef, ...]
    story_title: str | None
    story_siblings: tuple[ArticleRef, ...]  # the other articles of its story
    copies: tuple[CopyNote, ...] = ()


def _linked_names(text: str, start: int, end: int, mentions: list[tuple[int, int, str | None]]) -> list[Segment]:
    """Plain text from start to end, with the mentions inside it as links."""
    out: list[Segment] = []
    pos = start
    for m_start, m_end, url in mentions:
        if m_start < pos or m_end > end or m_start < start:
            continue
        if m_start > pos:
            out.append(Segment("text", text[pos:m_start]))
        out.append(Segment("person", text[m_start:m_end], url=url))
        pos = m_end
    if pos < end:
        out.append(Segment("text", text[pos:end]))
    return out


def paragraph_segments(text: str, chosen: list[QuoteSpan], speakers: list[tuple[PersonRef, ...]],
                       mentions: list[tuple[int, int, str | None]]) -> tuple[Segment, ...]:
    """The paragraph as segments: ``chosen`` are its quotes that can be marked (see quote_marks)."""
    # A link may sit inside a quotation's words or outside every quotation, never across a boundary.
    inside = [m for m in mentions if any(q.inner[0] <= m[0] and m[1] <= q.inner[1] for q in chosen)
              or all(m[1] <= q.outer[0] or m[0] >= q.outer[1] for q in chosen)]
    out: list[Segment] = []
    pos = 0
    for span in chosen:
        out += _linked_names(text, pos, span.outer[0], inside)
        out.append(Segment("quote", id=f"q{span.index + 1}", speakers=speakers[span.index],
                           children=tuple(_linked_names(text, *span.inner, inside))))
        pos = span.outer[1]
    out += _linked_names(text, pos, len(text), inside)
    return tuple(out)


def _first_mentions(article: Article, lookup: Lookup) -> dict[int, list[tuple[int, int, str | None]]]:
    """The first mention of each person who has a page, per paragraph: linking every mention is noise."""
    seen: set[str] = set()
    by_paragraph: dict[int, list[tuple[int, int, str | None]]] = {}
    for m in sorted(article.mentions, key=lambda m: (m.paragraph, m.start)):
        person = lookup.person_in(article.source, m.name)
        if person.url is None or person.name in seen or not _fits(article, m):
            continue
        seen.add(person.name)
        by_paragraph.setdefault(m.paragraph, []).append((m.start, m.end, person.url))
    return by_paragraph


def _fits(article: Article, m: Mention) -> bool:
    """Only a mention whose offsets point at its own words becomes a link (never a link on the wrong words)."""
    if not m.text or not 0 <= m.paragraph < len(article.paragraphs):
        return False
    return article.paragraphs[m.paragraph][m.start:m.end] == m.text


def article_page(lookup: Lookup, article: Article) -> ArticlePage:
    speakers_of = [tuple(lookup.person_in(article.source, s) for s in q.speakers) for q in article.quotes]
    spans = lookup.placed_quotes(article.source)
    mentions = _first_mentions(article, lookup)
    paragraphs = tuple(ParagraphView(f"p{n + 1}", paragraph_segments(text, spans.get(n, []), speakers_of,
                                                                      mentions.get(n, [])))
                       for n, text in enumerate(article.paragraphs))
    quotes = tuple(ArticleQuote(q.text, speakers_of[i], q.attribution,
                                "#" + (lookup.quote_anchor(article.source, i).partition("#")[2] or "content"))
                   for i, q in enumerate(article.quotes))
    people = unique_in_order(lookup.canonical(article.source, m.name) for m in article.mentions)
    story = lookup.story_of.get(article.source)
    siblings = tuple(lookup.ref(s) for s in (story.sources if story else ())
                     if s != article.source and s in lookup.articles)
    provenance = tuple((name, where) for name, where in sorted(article.provenance.items()) if where != "text")
    return ArticlePage(ref=lookup.ref(article.source), headline=article.headline, paragraphs=paragraphs,
                       captions=article.captions, url=web_address(article.url), provenance=provenance, quotes=quotes,
                       people=tuple(lookup.person(n) for n in people), story_title=story.title if story else None,
                       story_siblings=siblings, copies=_copy_notes(lookup, article.source))


def _copy_notes(lookup: Lookup, source: str) -> tuple[CopyNote, ...]:
    story = lookup.story_of.get(source)
    notes = []
    for link in story.links if story else ():
        if source not in (link.left, link.right):
            continue
        other = link.left if source == link.right else link.right
        if other in lookup.articles:
            notes.append(CopyNote(lookup.ref(other), link.label, source == link.right, link.right_share))
    return tuple(notes)
