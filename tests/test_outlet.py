"""Outlet: the publication as the page names it."""

from __future__ import annotations

from digest.outlet import find_outlet


def test_the_copyright_line_names_the_outlet_without_company_suffixes() -> None:
    lines = ["Menu", "A story.", "© 2024 Riverside Ledger Ltd. All rights reserved."]
    assert find_outlet(lines, [], "A story.") == "Riverside Ledger"


def test_the_outlet_name_ends_at_the_sentence_break_of_the_copyright_line() -> None:
    lines = ["© 2024 Valley Broadcasting Network. A Riverside Media Company. All Rights Reserved."]
    assert find_outlet(lines, [], None) == "Valley Broadcasting Network"
