"""Cutting capitalised runs into a title and a name."""

from __future__ import annotations

from digest.name_runs import name_runs


def runs(text: str) -> list[tuple[str, str | None]]:
    return [(run.name, run.title) for run in name_runs(0, text)]


def test_titles_are_cut_off_the_front() -> None:
    assert runs("National Security Adviser Chang Ho-jin spoke.") == [("Chang Ho-jin", "Adviser")]
    assert runs("Chief Medical Officer Tony Holohan spoke.") == [("Tony Holohan", "Officer")]


def test_lower_case_titles_before_the_run_count_too() -> None:
    assert runs("It was North Korean leader Kim Jong-un.") == [("Kim Jong-un", "leader")]


def test_a_run_stops_at_a_possessive_a_sentence_end_and_a_place() -> None:
    assert runs("Sylvester Stallone's First Blood")[0] == ("Sylvester Stallone", None)
    assert runs("met the envoy. Kim said") == [("Kim", None)]
    assert runs("leader Kim Jong-unin Pyongyang") == [("Kim Jong-unin", "leader")]


def test_name_particles_stay_in_the_name() -> None:
    assert runs("Laurence des Cars spoke") == [("Laurence des Cars", None)]


def test_royal_titles_stay_with_a_single_name() -> None:
    assert runs("Prince Harry spoke") == [("Prince Harry", "Prince")]


def test_an_unknown_title_is_dropped_but_an_initial_is_kept() -> None:
    from digest.name_runs import unknown_title_stripped

    text = "Tanaiste Leo Varadkar and C. Justin Lee spoke."
    stripped = [unknown_title_stripped(run, text).name for run in name_runs(0, text)]
    assert stripped == ["Leo Varadkar", "C. Justin Lee"]
