"""Dates: the publication date of a page, however the site writes it."""

from __future__ import annotations

import pytest

from digest.dates import find_dates, page_is_day_first
from digest.extract import extract_article
from digest.header import date_of_line
from digest.model import SourceFile

LEAD = ("The county raised ferry fares for island residents by 12 percent on Monday, citing fuel costs and an "
        "ageing fleet.\nResidents packed the council chamber to object, and several said they would stop commuting.\n")


def date_of_page(header: str) -> str | None:
    return extract_article(SourceFile("inline.txt", "Ferry fares rise for island residents\n" + header + LEAD,
                                      "text")).date


@pytest.mark.parametrize(("line", "iso"), [
    ("Published 5:04 PM EST, Fri December 22, 2023", "2023-12-22"),
    ("June 21,2024 864", "2024-06-21"),  # glued year, then a view counter
    ("2023-12-22T10:00:00Z", "2023-12-22"),
    ("Thursday, 21st December 2023, 7:00 am", "2023-12-21"),
    ("Sun 24 Dec 2023 06.00 GMT", "2023-12-24"),
    ("22-12-2023", "2023-12-22"),
    ("22/12/23", "2023-12-22"),
    ("Last updated: December 23, 2023 | Published: December 22, 2023", "2023-12-22"),
    ("December 22, 2023 Updated December 23, 2023", "2023-12-22"),
])
def test_date_lines_in_many_formats(line: str, iso: str) -> None:
    assert date_of_line(line) == iso


@pytest.mark.parametrize("line", [
    "Updated 10:00 AM EST, Sat December 23, 2023",  # an update, not the publication
    "Jo Marsh replied on December 24, 2023 at 5:00 pm",  # a reader's comment
    "The council first met on December 22, 2023 to discuss the fares, and again in the new year.",  # a sentence
])
def test_lines_that_do_not_give_the_publication_date(line: str) -> None:
    assert date_of_line(line) is None


def test_an_ambiguous_numeric_date_is_read_in_the_order_the_page_uses() -> None:
    assert date_of_page("Posted 03/04/2024\n") == "2024-03-04"  # month first, as US sites write it
    # The page writes its other dates day first: its 03/04/2024 is 3 April.
    page = "Posted 03/04/2024\n" + LEAD + "More from the islands\nHarbour reopens 28 March 2024\nNew pier 25/03/2024\n"
    assert date_of_page(page) == "2024-04-03"


def test_the_page_order_is_a_vote_of_its_unambiguous_dates() -> None:
    assert page_is_day_first(["22 December 2023", "3 January 2024", "December 1, 2023"])
    assert not page_is_day_first(["December 22, 2023", "12/25/2023"])
    assert not page_is_day_first(["03/04/2024"])  # no evidence either way: month first
    assert find_dates("03/04/2024")[0].day_first == "2024-04-03"


def test_the_update_is_the_date_only_when_the_page_gives_no_other() -> None:
    assert date_of_page("Updated Dec. 23, 2023\n") == "2023-12-23"
    assert date_of_page("Published Dec. 22, 2023\nUpdated Dec. 23, 2023\n") == "2023-12-22"


def test_a_teasers_date_below_the_article_is_not_taken_over_the_headers_update() -> None:
    page = "Updated March 5, 2024\n" + LEAD + "Related\nHarbour master retires after 40 years\nMarch 1, 2024\n"
    assert date_of_page(page) == "2024-03-05"


def test_a_published_line_under_the_article_gives_its_date() -> None:
    page = "By Maria Lindqvist\n" + LEAD + "Published March 4, 2024\nMore news\nHarbour master retires\nMarch 1, 2024\n"
    assert date_of_page(page) == "2024-03-04"


def test_the_date_next_to_the_byline_wins_over_a_teasers_date_above_the_headline() -> None:
    page = ("Menu\nBridge repairs to start in April, council says\nMarch 1, 2024\n"
            "Ferry fares rise for island residents\nIslanders say the rise will push families off the daily commute\n"
            "Share\nSave\nBy Maria Lindqvist\nSenior reporter\nMarch 4, 2024\n" + LEAD)
    assert extract_article(SourceFile("inline.txt", page, "text")).date == "2024-03-04"
