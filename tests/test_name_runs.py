"""Cutting capitalised runs into a title and a name."""

from __future__ import annotations

from digest.name_runs import name_runs, unknown_title_stripped


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


def test_a_possessive_at_the_end_of_a_sentence_is_not_part_of_the_name() -> None:
    assert runs("cuts deeper than Mary Quint’s.") == [("Mary Quint", None)]


def test_abbreviated_and_hyphenated_titles_are_titles() -> None:
    assert runs("Sen. Walsh has since renewed his request.")[0] == ("Walsh", "Sen.")
    assert runs("But Vice-President Dana Holt stressed it.")[-1] == ("Dana Holt", "Vice-President")


def test_a_suffix_after_a_royal_word_keeps_the_name_whole() -> None:
    assert runs("where Martin Luther King Jr was shot") == [("Martin Luther King Jr", None)]


def test_a_compound_modifier_ends_the_name_before_its_hyphen() -> None:
    assert runs("a Jane Roe-backed start-up and a Jo Moss-style show") == [("Jane Roe", None), ("Jo Moss", None)]


def test_a_token_never_starts_inside_a_word() -> None:
    assert [name for name, _ in runs("iCloud Private Relay")] == ["Private Relay"]


def test_a_name_before_an_organisation_word_is_the_organisation_s() -> None:
    runs_found = list(name_runs(0, "at Rutgers Robert Wood Johnson Medical School and Al Noor Hospital."))
    assert all(run.in_org_name for run in runs_found if run.name in ("Robert Wood Johnson", "Al Noor"))
    assert not next(name_runs(0, "Robert Wood Johnson's school")).in_org_name


def test_a_quoted_nickname_inside_a_name_is_read_across_and_left_out_of_the_name() -> None:
    assert runs("We reached out to Jonny “JonnyCakes” Manganello, a cake maker.") == [("Jonny Manganello", None)]
    assert runs('It was Dwayne "The Rock" Johnson.') == [("Dwayne Johnson", None)]
    assert runs("Earvin ‘Magic’ Johnson won.") == [("Earvin Johnson", None)]
    run = next(name_runs(0, "Earvin ‘Magic’ Johnson won."))
    assert (run.start, run.end) == (0, len("Earvin ‘Magic’ Johnson"))  # the mention covers the text as written


def test_a_quotation_between_capitalised_words_that_is_not_inside_a_name_stays_apart() -> None:
    assert runs("‘Magic’ Johnson won.") == [("Magic", None), ("Johnson", None)]
    assert runs("Jones. “Hi” Smith said") == [("Jones", None), ("Hi", None), ("Smith", None)]


def test_a_chinese_given_name_before_an_english_one_is_part_of_the_name_not_a_title() -> None:
    zhang = unknown_title_stripped(next(name_runs(0, TEXT_ZHANG)), TEXT_ZHANG)
    varadkar = unknown_title_stripped(next(name_runs(0, TEXT_VARADKAR)), TEXT_VARADKAR)
    assert zhang.name == "Yunfan Gerry Zhang"
    assert varadkar.name == "Leo Varadkar" and varadkar.title == "Tanaiste"


TEXT_ZHANG = "“This is exciting,” says Yunfan Gerry Zhang, who studies radio bursts."
TEXT_VARADKAR = "“We will act,” said Tanaiste Leo Varadkar on Monday."
