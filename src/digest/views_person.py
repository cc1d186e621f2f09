"""The person pages' views: what each person said (grouped by story), wrote, where they are mentioned, and with whom.

Everything is keyed by canonical name (``People.resolve``), so "Chang" in one article and "Chang Ho-jin" in
another count as one person.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .views import (
    ArticleRef,
    Lookup,
    PersonRef,
    QuoteRef,
    by_date_newest,
    quote_refs,
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


@dataclass(frozen=True)
class StoryQuotes:
    story_title: str
    story_url: str | None
    quotes: tuple[QuoteRef, ...]


@dataclass(frozen=True)
class PersonPage:
    person: PersonRef
    roles: tuple[str, ...]
    aliases: tuple[str, ...]
    said: tuple[StoryQuotes, ...]
    mentioned_in: tuple[ArticleRef, ...]
    wrote: tuple[ArticleRef, ...]
    appears_with: tuple[tuple[PersonRef, int], ...]  # (person, articles in common), most first


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


def person_items(lookup: Lookup) -> list[PersonItem]:
    quoted, mentioned, wrote = _people_activity(lookup)
    items = []
    for p in sorted(lookup.corpus.people.persons, key=lambda p: (p.name.casefold(), p.name)):
        said = [q for q in quote_refs(lookup, quoted.get(p.name, ())) if p.name in (s.name for s in q.speakers)]
        items.append(PersonItem(lookup.person(p.name), unique_ignoring_case(p.roles), len(said),
                                len(mentioned.get(p.name, ())), len(wrote.get(p.name, ()))))
    return items


def person_pages(lookup: Lookup) -> list[PersonPage]:
    quoted, mentioned, wrote = _people_activity(lookup)
    together: dict[str, Counter[str]] = defaultdict(Counter)
    for a in lookup.corpus.articles:
        names = set(unique_in_order(lookup.canonical(a.source, m.name) for m in a.mentions))
        names.update(lookup.canonical(a.source, s) for q in a.quotes for s in q.speakers)
        for name in names:
            together[name].update(names - {name})
    latest = {s.id: max((lookup.articles[a].date or "" for a in s.sources if a in lookup.articles), default="")
              for s in lookup.corpus.stories}
    pages = []
    for p in lookup.corpus.people.persons:
        said = []
        by_story: dict[str, list[str]] = defaultdict(list)
        for source in quoted.get(p.name, ()):
            story = lookup.story_of.get(source)
            by_story[story.id if story else ""].append(source)
        for story_id in sorted(by_story, key=lambda i: latest.get(i, ""), reverse=True):  # newest story first
            sources = by_story[story_id]
            quotes = [q for q in quote_refs(lookup, sources) if p.name in (s.name for s in q.speakers)]
            story = lookup.stories.get(story_id)
            said.append(StoryQuotes(story.title if story else "Not in a story",
                                    lookup.paths.stories.get(story_id), tuple(quotes)))
        company = together.get(p.name, Counter())
        with_whom = sorted((n for n in company if n in lookup.persons), key=lambda n: (-company[n], n.casefold()))
        pages.append(PersonPage(
            person=lookup.person(p.name), roles=unique_ignoring_case(p.roles),
            aliases=unique_ignoring_case(a for a in p.aliases if a.casefold() != p.name.casefold()),
            said=tuple(said),
            mentioned_in=tuple(by_date_newest(lookup.ref(s) for s in mentioned.get(p.name, ()))),
            wrote=tuple(by_date_newest(lookup.ref(s) for s in wrote.get(p.name, ()))),
            appears_with=tuple((lookup.person(n), company[n]) for n in with_whom[:20])))
    return pages
