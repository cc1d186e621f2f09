"""One statement as different outlets print it: grouped as variants, other statements kept apart."""

from __future__ import annotations

from digest.quote_variants import are_variants, group_variants


def test_short_prints_of_one_phrase_are_variants() -> None:
    assert are_variants("very big mistake", "a big mistake.")
    assert are_variants("grave mistake", "very big mistake")
    assert are_variants("a big mistake", "If they send arms, they will not like it; it would be a big mistake")


def test_different_statements_are_not_variants() -> None:
    assert not are_variants("hopes it will not happen", "I hope they don't do it; it would be a big mistake")
    assert not are_variants("We will build the bridge next year", "The harbour must close before winter")
    assert not are_variants("the", "the")  # no content words: nothing to compare


def test_groups_keep_one_article_s_quotes_apart_and_put_the_fullest_first() -> None:
    quotes = [("very big mistake", "a.txt"), ("we are ready", "a.txt"), ("grave mistake", "b.txt"),
              ("a very big mistake for everyone", "c.txt"), ("big mistake", "a.txt")]
    groups = group_variants(quotes, lambda q: q[0], lambda q: frozenset([q[1]]))
    assert [[text for text, _ in group] for group in groups] == [
        ["a very big mistake for everyone", "very big mistake", "grave mistake"], ["we are ready"], ["big mistake"]]
