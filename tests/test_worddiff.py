"""Word-level diffs between two copies of a text."""

from __future__ import annotations

from digest.worddiff import word_diff


def test_identical_texts_have_no_diff() -> None:
    assert word_diff("Seoul said so.", "Seoul  said\nso.") == ()


def test_changed_words_are_marked_deleted_then_inserted() -> None:
    parts = word_diff("Seoul said Sunday it would wait.", "Seoul said Monday it would wait.")
    assert [(p.op, p.text.strip()) for p in parts] == [
        ("same", "Seoul said"), ("deleted", "Sunday"), ("inserted", "Monday"), ("same", "it would wait.")]


def test_long_unchanged_stretches_are_shortened_around_the_change() -> None:
    shared = " ".join(f"w{i}" for i in range(100))
    parts = word_diff(shared + " old", shared + " new")
    assert parts[0].op == "skipped" and parts[0].text == "88 unchanged words"
    assert parts[1].text.split() == [f"w{i}" for i in range(88, 100)]
    assert [p.op for p in parts[2:]] == ["deleted", "inserted"]


def test_chance_matches_of_a_word_or_two_inside_a_rewrite_are_not_shown_as_kept() -> None:
    parts = word_diff("Officials met in Seoul on Friday to talk.", "Envoys flew to Seoul and Tokyo to talk.")
    ops = [p.op for p in parts]
    assert ops == ["deleted", "inserted", "same"]
    assert parts[0].text.split() == ["Officials", "met", "in", "Seoul", "on", "Friday"]
    assert parts[1].text.split() == ["Envoys", "flew", "to", "Seoul", "and", "Tokyo"]


def test_very_long_texts_are_not_diffed() -> None:
    long_text = "word " * 9000
    assert word_diff(long_text, long_text + "more") is None
