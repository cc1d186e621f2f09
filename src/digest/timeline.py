"""A story's timeline: when each article was published, and the days its sentences name ("on Thursday").

News names days by weekday relative to publication: "said on Thursday" in an article of Friday 21 June means
Thursday 20 June, the latest such weekday on or before the publication date ("last Thursday" is the one
before that when the weekday is today's). Only articles with a date can be placed; "next Monday" looks
forward and is left out, as is a sentence naming two different weekdays (which one is the event?).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from datetime import timedelta

from .views import ArticleRef, Lookup

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = re.compile(r"\b(?:(last|next|this|coming)\s+)?(" + "|".join(WEEKDAYS) + r")\b")
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“‘]?[A-Z0-9])")
MAX_SENTENCE = 260  # characters: a longer 'sentence' is usually run-on extraction, shortened with an ellipsis
MAX_EVENTS = 10  # per story, earliest days first: a timeline is an overview, the articles have the rest
MAX_PER_DAY = 3  # sentences shown for one day: the first ones, which are usually the news of that day


@dataclass(frozen=True)
class TimelineEvent:
    text: str  # the sentence that names the day
    ref: ArticleRef  # the article it comes from
    link: str  # to its paragraph


@dataclass(frozen=True)
class TimelineDay:
    date: str  # YYYY-MM-DD
    weekday: str
    events: tuple[TimelineEvent, ...]
    published: tuple[ArticleRef, ...]


def resolve_weekday(published: Date, weekday: int, modifier: str | None) -> Date | None:
    """The date a weekday names in an article published on ``published``; None when it looks forward."""
    if modifier in ("next", "coming"):
        return None
    back = (published.weekday() - weekday) % 7
    if modifier == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _parse(iso: str | None) -> Date | None:
    try:
        return Date.fromisoformat(iso or "")
    except ValueError:
        return None


def dated_sentences(paragraph: str, published: Date) -> list[tuple[Date, str]]:
    """Sentences of a paragraph that name one weekday, with the date it means."""
    found: list[tuple[Date, str]] = []
    if not WEEKDAY.search(paragraph):  # most paragraphs name no day: skip splitting them into sentences
        return found
    for sentence in SENTENCE_END.split(paragraph):
        matches = WEEKDAY.findall(sentence)
        if not matches or len({day for _, day in matches}) > 1:
            continue
        modifier, day = matches[0]
        when = resolve_weekday(published, WEEKDAYS.index(day), modifier or None)
        if when is not None:
            text = sentence if len(sentence) <= MAX_SENTENCE else sentence[:MAX_SENTENCE].rsplit(" ", 1)[0] + "…"
            found.append((when, text))
    return found


def story_timeline(lookup: Lookup, sources: list[str]) -> tuple[TimelineDay, ...]:
    """Days in order, earliest first, each with the events dated to it and the articles published on it.

    The same sentence in several copies is one event. Empty when fewer than two days are known: one date
    is already in the story's header.
    """
    events: dict[Date, list[TimelineEvent]] = {}
    published: dict[Date, list[ArticleRef]] = {}
    seen: set[str] = set()
    for source in sources:
        article = lookup.articles[source]
        day = _parse(article.date)
        if day is None:
            continue
        published.setdefault(day, []).append(lookup.ref(source))
        for n, paragraph in enumerate(article.paragraphs):
            for when, text in dated_sentences(paragraph, day):
                key = " ".join(text.split()).casefold()
                if key not in seen:
                    seen.add(key)
                    events.setdefault(when, []).append(
                        TimelineEvent(text, lookup.ref(source), f"{lookup.paths.articles[source]}#p{n + 1}"))
    kept: dict[Date, list[TimelineEvent]] = {}
    budget = MAX_EVENTS
    for day in sorted(events):
        kept[day] = events[day][:max(min(budget, MAX_PER_DAY), 0)]
        budget -= len(kept[day])
    days = sorted(set(published) | {d for d, e in kept.items() if e})
    if len(days) < 2:
        return ()
    return tuple(TimelineDay(d.isoformat(), WEEKDAYS[d.weekday()], tuple(kept.get(d, ())), tuple(published.get(d, ())))
                 for d in days)
