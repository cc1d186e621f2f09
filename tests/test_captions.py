"""Captions: sentences that describe a picture rather than tell the story."""

from __future__ import annotations

import pytest

from digest.captions import is_picture_sentence


@pytest.mark.parametrize("line", [
    "Goalkeeper Ana Ruiz (left) and coach Tom Berg celebrate the cup win at the town stadium.",
    "Members of the rowing club, (second from right) captain Lee Park, after the race on Saturday.",
    "As club captain, Lee Park, above, organised the winter races on the lake for ten years.",
])
def test_a_sentence_placing_people_in_the_picture_is_a_caption(line: str) -> None:
    assert is_picture_sentence(line)


def test_a_news_sentence_is_not_a_caption() -> None:
    assert not is_picture_sentence("The club said on Saturday that the coach had left the team after six seasons.")


def test_a_gallery_title_after_a_photos_label_is_not_a_credited_caption() -> None:
    from digest.captions import has_credit

    assert not has_credit("Photos: Island ferry fares jump as fuel costs bite")
    assert has_credit("Passengers queue for the morning ferry at the quay. (Photo: Ana Ruiz)")


@pytest.mark.parametrize("line", [
    "Ana Ruiz in her club's blue shirt, 1990s.",
    "Tom Berg at the town stadium on cup final day.",
])
def test_a_short_sentence_without_a_verb_labels_a_picture(line: str) -> None:
    from digest.captions import is_verbless

    assert is_verbless(line)


@pytest.mark.parametrize("line", [
    "Merry Christmas, Inter Miami fans.",  # "fans" could be a verb: a lead is never taken for a label
    "It's festive at the harbour.",
    "The club said the coach had left the team.",
    "Get our Riverside weekly sports digest.",  # a pitch to the reader
    "Entry: Ferry Fares Lorem Ipsum Dolor ...",  # a teaser cut short
])
def test_sentences_with_a_verb_and_pitches_are_not_picture_labels(line: str) -> None:
    from digest.captions import is_verbless

    assert not is_verbless(line)


@pytest.mark.parametrize("line", [
    "Passengers board the ferry at the quay on Friday. (AP Photo/Evan Vucci)",
    "Passengers board the ferry at the quay on Friday. Credit: Sosuke Fujita",
    "Passengers board the ferry at the quay on Friday. | Reuters",
    "Passengers board the ferry at the quay on Friday. Getty Images",
    "Passengers board the ferry at the quay on Friday. SHUTTERSTOCK",
    "Passengers board the ferry at the quay on Friday. REUTERS/Kim Hong-Ji",
    "Passengers board the ferry at the quay on Friday, via REUTERS",
])
def test_every_form_of_credit_marks_a_caption(line: str) -> None:
    from digest.captions import has_credit
    assert has_credit(line)
