"""Short forms inside one document: the fuller form of a name, and whose name a lone family name is."""

from __future__ import annotations

from digest.short_forms import fullest_forms


def test_a_name_takes_the_form_with_one_more_middle_name_or_initial() -> None:
    assert fullest_forms(["Dana Ostrow", "Dana K. Ostrow"]) == {"Dana Ostrow": "Dana K. Ostrow"}


def test_a_doubled_name_is_a_glitch_not_a_fuller_form() -> None:
    assert fullest_forms(["Jo Quill", "Jo Quill Jo Quill"]) == {"Jo Quill Jo Quill": "Jo Quill"}


def test_a_double_family_name_alone_is_the_one_full_name_ending_so() -> None:
    assert fullest_forms(["Dana Rees Oyelaran", "Rees Oyelaran"]) == {"Rees Oyelaran": "Dana Rees Oyelaran"}
    assert fullest_forms(["Dana Rees Oyelaran", "Ola Rees Oyelaran", "Rees Oyelaran"]) == {}
