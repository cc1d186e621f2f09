"""Whom a name's sex, a pronoun or a description points to (referents.py); whole attributions are in test_quotes."""

from __future__ import annotations

from digest.referents import sex_of


def test_the_given_name_tells_the_sex_past_a_title_and_in_family_name_first_order() -> None:
    assert sex_of("Anna Kowalski") == "female"
    assert sex_of("Prince Harry") == "male"
    assert sex_of("Chang Ho-jin") == "male"


def test_a_family_name_alone_or_a_chinese_name_leaves_the_sex_to_the_text() -> None:
    assert sex_of("Kowalski") is None
    assert sex_of("Di Li") == "either"  # the name list knows "Di" as Diana's; the pronouns decide
