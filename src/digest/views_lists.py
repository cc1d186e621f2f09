"""Views of the list pages: the paged index, the archive by month, outlets, journalists, all articles.

Like every view, these sort and group once; the templates only print (see ``views``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .views import ArticleRef, Lookup, PersonRef, StorySummary, by_date_newest, quoted_in, unique_in_order


@dataclass(frozen=True)
class Pager:
    number: int
    count: int
    prev_url: str | None
    next_url: str | None
    pages: tuple[tuple[int, str], ...]  # (number, url) of every index page


@dataclass(frozen=True)
class OutletItem:
    name: str
    url: str
    articles: tuple[ArticleRef, ...]
    journalists: tuple[PersonRef, ...] = ()  # bylines on its articles, most articles first
    quoted: tuple[PersonRef, ...] = ()  # whom its articles quote, most quoted first


@dataclass(frozen=True)
class JournalistItem:
    person: PersonRef
    articles: tuple[ArticleRef, ...]
    quoted: tuple[PersonRef, ...] = ()  # whom their articles quote, most quoted first


@dataclass(frozen=True)
class MonthItem:
    """One archive page: the stories with an article dated in that month (or undated ones)."""

    key: str  # 'YYYY-MM', or 'undated'
    label: str  # 'June 2024'
    url: str
    stories: tuple[StorySummary, ...]


def paginate(items: Sequence, per_page: int, page_url) -> list[tuple[Pager, Sequence]]:
    """Split ``items`` into pages; an empty list still makes one (empty) page."""
    chunks = [items[i:i + per_page] for i in range(0, len(items), per_page)] or [items[:0]]
    urls = tuple((n, page_url(n)) for n in range(1, len(chunks) + 1))
    return [(Pager(number=n, count=len(chunks), prev_url=page_url(n - 1) if n > 1 else None,
                   next_url=page_url(n + 1) if n < len(chunks) else None, pages=urls), chunk)
            for n, chunk in enumerate(chunks, start=1)]


def all_articles(lookup: Lookup) -> list[ArticleRef]:
    return by_date_newest(lookup.ref(a.source) for a in lookup.corpus.articles)


def most_first(lookup: Lookup, names: Counter[str], limit: int | None = None) -> tuple[PersonRef, ...]:
    ordered = sorted(names, key=lambda n: (-names[n], n.casefold()))
    return tuple(lookup.person(n) for n in ordered[:limit])


def outlet_items(lookup: Lookup) -> list[OutletItem]:
    grouped: dict[str, list[ArticleRef]] = defaultdict(list)
    for ref in all_articles(lookup):
        if ref.outlet:
            grouped[ref.outlet].append(ref)
    items = []
    for name in sorted(grouped, key=str.casefold):
        writers = Counter(p.name for ref in grouped[name] for p in ref.byline)
        items.append(OutletItem(name, lookup.paths.outlets[name], tuple(grouped[name]), most_first(lookup, writers),
                                most_first(lookup, quoted_in(lookup, grouped[name]), 20)))
    return items


def journalist_items(lookup: Lookup) -> list[JournalistItem]:
    """Everyone named in a byline, with what they wrote and whom they quote; linked when they have a page."""
    grouped: dict[str, list[ArticleRef]] = defaultdict(list)
    for ref in all_articles(lookup):
        for person in ref.byline:
            grouped[person.name].append(ref)
    items = []
    for name in sorted(grouped, key=str.casefold):
        quoted = quoted_in(lookup, grouped[name])
        quoted.pop(name, None)  # a writer quoting themselves is a byline mix-up, not a source
        items.append(JournalistItem(lookup.person(name), tuple(grouped[name]), most_first(lookup, quoted, 10)))
    return items


MONTH_KEY = re.compile(r"(\d{4})-(\d{2})-\d{2}")


def month_archive(stories: Sequence[StorySummary], month_names: Sequence[str],
                  page_url: Callable[[str], str]) -> list[MonthItem]:
    """Stories by the months their articles are dated in, newest month first; a story spanning two months is
    in both. Undated stories get a page of their own at the end. ``stories`` come newest first."""
    months: dict[str, list[StorySummary]] = defaultdict(list)
    for story in stories:
        keys = unique_in_order(f"{m[1]}-{m[2]}" for a in story.articles if a.date
                               and (m := MONTH_KEY.fullmatch(a.date)) and 1 <= int(m[2]) <= 12)
        for key in keys or ("undated",):
            months[key].append(story)
    dated = sorted((k for k in months if k != "undated"), reverse=True)
    items = [MonthItem(k, f"{month_names[int(k[5:]) - 1]} {k[:4]}", page_url(k), tuple(months[k])) for k in dated]
    if "undated" in months:
        items.append(MonthItem("undated", "Undated", page_url("undated"), tuple(months["undated"])))
    return items
