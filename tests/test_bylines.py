"""Bylines: the authors' names only, in display case; no outlets, roles or labels."""

from __future__ import annotations

import pytest

from digest.bylines import parse_byline


@pytest.mark.parametrize(("line", "names"), [
    ("By Kevin McCARTHY", ("Kevin McCarthy",)),  # a family name in capitals inside a written name
    ("By Marie DUPONT and Ana Ruiz", ("Marie Dupont", "Ana Ruiz")),
    ("BY JOHN MCCAIN", ("John McCain",)),
    ("By Sophie McDONALD-SMITH", ("Sophie McDonald-Smith",)),
    ("By J.R. Smith", ("J.R. Smith",)),  # initials stay as written
    ("By Jane Doe, Senior Political Correspondent", ("Jane Doe",)),  # no role
    ("By Jane Doe | The Valley Courier", ("Jane Doe",)),  # no outlet
    ("By Ed Kim, for CNN", ("Ed Kim",)),
    ("Opinion by Jane Doe", ("Jane Doe",)),  # a column's label
    ("By Jane Doe and Tom Okafor Staff Writers", ("Jane Doe", "Tom Okafor")),  # one role for both
    ("By JANE DOE Riverside Ledger", ("Jane Doe",)),  # the paper's name after a name in capitals
    ("Ana Ruiz Showbiz & TV Reporter", None),  # without "By" this is not a byline line ...
    ("Analysis by Jane Doe and Tom Okafor", ("Jane Doe", "Tom Okafor")),
])
def test_byline_names_in_display_case_without_roles_or_outlets(line: str, names: tuple[str, ...] | None) -> None:
    assert parse_byline(line) == names


def test_a_role_joined_with_an_ampersand_is_one_role() -> None:
    assert parse_byline("Ana Ruiz Showbiz & TV Reporter", need_label=False) == ("Ana Ruiz",)  # ... but a name line


@pytest.mark.parametrize("line", ["By ABC News", "By AOL Staff", "By The Associated Press", "By Editorial Board",
                                  "By AFP"])
def test_an_outlet_or_desk_byline_names_no_author(line: str) -> None:
    assert parse_byline(line) == ()


@pytest.mark.parametrize("line", ["By — Ana Ruiz, Riverside Ledger", "By: Ana Ruiz", "By – Ana Ruiz"])
def test_the_by_label_takes_a_colon_or_a_dash(line: str) -> None:
    assert parse_byline(line) == ("Ana Ruiz",)

