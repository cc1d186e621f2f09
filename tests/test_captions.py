"""Captions: sentences that describe a picture rather than tell the story."""

from __future__ import annotations

import pytest

from digest.captions import is_picture_sentence


@pytest.mark.parametrize("line", [
    "Goalkeeper Ana Ruiz (left) and coach Tom Berg celebrate the cup win at the town stadium.",
    "Members of the rowing club, (second from right) captain Lee Park, after the race on Saturday.",
])
def test_a_sentence_placing_people_in_the_picture_is_a_caption(line: str) -> None:
    assert is_picture_sentence(line)


def test_a_news_sentence_is_not_a_caption() -> None:
    assert not is_picture_sentence("The club said on Saturday that the coach had left the team after six seasons.")
