"""Where quotations start and end, whatever marks the page used."""

from __future__ import annotations

from digest.quote_spans import find_spans


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_spans(text)]


def test_straight_curly_and_guillemet_marks() -> None:
    assert quoted('He said "yes" and “no” and «maybe».') == ["yes", "no", "maybe"]


def test_a_quotation_ends_at_its_first_closing_mark() -> None:
    assert quoted('"One." Then "two."') == ["One.", "two."]


def test_missing_marks_at_either_end() -> None:
    assert quoted("She said: “We will be back next season") == ["We will be back next season"]
    assert quoted("We will be back next season,” she said.") == ["We will be back next season,"]


def test_an_opening_mark_typed_where_a_closing_one_belongs() -> None:
    assert quoted("it is “premature to specify what could be given “.") == ["premature to specify what could be given"]


def test_nested_single_quotes_stay_inside_the_double_quote() -> None:
    assert quoted("\"He said, 'Sears.' And he left,\" she said.") == ["He said, 'Sears.' And he left,"]


def test_apostrophes_are_not_quotes() -> None:
    assert quoted("Korea's leaders don't back the farmers' union in the '90s style.") == []


def test_stray_marks_do_not_crash_or_invent_long_quotes() -> None:
    for text in ['"', "”", '""', "« »", "'", "a ” b “ c", '"a" "b', "”start"]:
        for span in find_spans(text):
            assert 0 <= span.start <= span.end <= len(text)


def test_a_closing_shaped_mark_glued_between_a_full_stop_and_a_capital_opens_when_nothing_is_open() -> None:
    # a lost space: 'the format.”It is' opens the next quotation instead of closing one that was never opened
    assert quoted("They like the format.”It is not automated,” says Dana Wills.") == ["It is not automated,"]
    assert quoted("“We won.”Then we went home.") == ["We won."]


def test_two_apostrophes_typed_for_a_closing_double_mark_close_the_quotation() -> None:
    text = "\"They will remember, 'you are the father,'' he said. \"That is what they remember.\""
    assert quoted(text) == ["They will remember, 'you are the father,'", "That is what they remember."]


def test_a_glued_mark_with_no_mark_left_to_close_it_closes_a_quotation_that_lost_its_opening() -> None:
    assert quoted("We will win this season.”He added that the team was ready.") == ["We will win this season."]
    assert quoted("We will win this season.”He added, “Soon.”") == ["We will win this season.", "Soon."]
