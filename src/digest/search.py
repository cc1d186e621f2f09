"""Site search that works offline, from a static server and from file://: a prebuilt index in a JS file.

Why not Pagefind (the usual choice): its UI fetch()es index chunks and WebAssembly, and Chromium blocks
fetch() of file:// URLs, so its search fails when a reader opens the site from disk. A ``<script src>`` is
allowed from file://, so the index is one small script that assigns an array, and ``assets/search.js`` (a
few dozen lines of vanilla JS, no dependencies) filters it as the reader types. The corpora this tool is for
(hundreds to a few thousand articles) make an index of a few hundred KB, loaded only by the search page.

Each entry is ``[kind, title, detail, url]``: what the reader sees and where it leads (url from the site
root; the search page sits at the root, so it is already the right relative link). Search matches every
query word against title and detail, ignoring case and accents.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from .views import Lookup, StorySummary, quote_refs
from .views_lists import OutletItem
from .views_person import PersonItem

INDEX_SCRIPT = "assets/search-index.js"
MAX_QUOTE = 300  # characters of a quote kept in the index: enough to find it and recognise it
MAX_WHERE = 60  # characters of the title that says where a quote is, when its article names no outlet


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def search_entries(lookup: Lookup, stories: Sequence[StorySummary], people: Sequence[PersonItem],
                   outlets: Sequence[OutletItem] = ()) -> list[list[str]]:
    """Stories, people, outlets, articles, quotes (search.js ranks matches by where the words are, then kind)."""
    entries: list[list[str]] = []
    for s in stories:
        quoted = ", ".join(p.name for p in s.people_quoted[:6])
        detail = "; ".join(x for x in (_count(s.article_count, "article"), ", ".join(s.outlets),
                                       f"quoted: {quoted}" if quoted else "") if x)
        entries.append(["story", s.title, detail, s.url])
    for item in people:
        if item.person.url is None:
            continue
        facts = [f for f in ("; ".join(item.roles), _count(item.quote_count, "quote") if item.quote_count else "",
                             f"wrote {_count(item.wrote_count, 'article')}" if item.wrote_count else "") if f]
        entries.append(["person", item.person.name, "; ".join(facts), item.person.url])
    for outlet in outlets:
        entries.append(["outlet", outlet.name, _count(len(outlet.articles), "article"), outlet.url])
    for article in lookup.corpus.articles:
        story = lookup.story_of.get(article.source)
        if story and len(story.sources) == 1 and story.title == article.title:
            continue  # its story has the same title and leads to the article: one result, not two
        ref = lookup.ref(article.source)
        facts = [f for f in (ref.outlet or "", ref.date or "", ", ".join(p.name for p in ref.byline)) if f]
        entries.append(["article", ref.title, " · ".join(facts), ref.url])
    # A quote carried by several copies of a story is one entry, linked to the first; an article in no story
    # (should the stories stage leave one out) is a group of its own, so its quotes are still found.
    groups = [[s for s in story.sources if s in lookup.articles] for story in lookup.corpus.stories]
    groups += [[a.source] for a in lookup.corpus.articles if a.source not in lookup.story_of]
    for group in groups:
        for q in quote_refs(lookup, group):
            who = ", ".join(p.name for p in q.speakers) or q.attribution or "unattributed"
            ref, anchor = q.sources[0]
            where = ref.outlet or _shorten(ref.title, MAX_WHERE)
            entries.append(["quote", _shorten(q.text, MAX_QUOTE), f"{who}, in {where}", anchor])
    return entries


def index_script(entries: list[list[str]]) -> str:
    """The index as JavaScript. JSON is valid JS; '<' is escaped so the text can never close a script tag, and
    the line separators U+2028/U+2029 (legal in JSON, line ends in older JavaScript) so no string breaks."""
    data = json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
    data = data.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.digestSearchIndex={data};\n"
