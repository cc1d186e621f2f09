"""Story timelines: weekdays in the text are dated from the article's publication date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from digest.timeline import dated_sentences, resolve_weekday, story_timeline
from digest.urls import site_paths
from digest.views import Lookup
from fixtures.render import corpus

FRIDAY = date(2024, 6, 21)


def test_a_weekday_means_the_latest_such_day_on_or_before_publication() -> None:
    assert resolve_weekday(FRIDAY, 3, None) == date(2024, 6, 20)  # "on Thursday" in Friday's paper
    assert resolve_weekday(FRIDAY, 4, None) == FRIDAY  # "on Friday": the same day
    assert resolve_weekday(FRIDAY, 6, None) == date(2024, 6, 16)  # "Sunday": the Sunday before
    assert resolve_weekday(FRIDAY, 4, "last") == date(2024, 6, 14)


def test_forward_looking_and_ambiguous_sentences_are_left_out() -> None:
    text = ("Officials met on Thursday. Talks resume next Monday. "
            "He arrived Tuesday and left Wednesday. The treaty was signed on Wednesday, officials said.")
    assert dated_sentences(text, FRIDAY) == [(date(2024, 6, 20), "Officials met on Thursday."),
                                             (date(2024, 6, 19), "The treaty was signed on Wednesday, officials said.")]


def test_story_timeline_lists_days_in_order_with_events_once_and_what_was_published() -> None:
    c = corpus()
    lookup = Lookup(c, site_paths(c))
    days = story_timeline(lookup, ["a/seoul.txt", "b/ledger-copy.txt"])
    # the original (Sunday 23 June) and the copy (Monday 24 June) both say "said Sunday": one event, 23 June
    assert [(d.date, d.weekday) for d in days] == [("2024-06-23", "Sunday"), ("2024-06-24", "Monday")]
    assert [e.text[:40] for e in days[0].events] == ["National Security Adviser Chang Ho-jin s"]
    assert days[0].events[0].link == "articles/aid-to-ukraine-depends-on-russia-seoul-says.html#p1"
    assert [r.outlet for r in days[0].published] == ["Korea JoongAng Daily"]
    assert [r.outlet for r in days[1].published] == ["The Daily Ledger"] and days[1].events == ()


def test_one_known_day_is_no_timeline() -> None:
    c = corpus()
    assert story_timeline(Lookup(c, site_paths(c)), ["a/seoul.txt"]) == ()


def test_a_busy_day_keeps_its_first_three_sentences() -> None:
    c = corpus()
    busy = " ".join(f"Officials met group {n} on Thursday." for n in range(1, 6))
    articles = tuple(replace(a, paragraphs=(busy,)) if a.source == "c/putin.txt" else a for a in c.articles)
    lookup = Lookup(replace(c, articles=articles), site_paths(c))
    days = story_timeline(lookup, ["c/putin.txt", "a/seoul.txt"])  # Putin's article is of Thursday 20 June
    thursday = next(d for d in days if d.date == "2024-06-20")
    assert [e.text for e in thursday.events] == [f"Officials met group {n} on Thursday." for n in (1, 2, 3)]
