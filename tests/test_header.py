"""Header: the date a page says the story was first published, wherever it says it."""

from __future__ import annotations

import pytest

from digest.header import Line, published_date


@pytest.mark.parametrize(("text", "iso"), [
    ("This story was originally published Dec. 22, 2023, by the Tribune.", "2023-12-22"),
    ("First POSTED on 3/4/2021", "2021-03-04"),
    ("It originally appeared on 2022-01-05 in print.", "2022-01-05"),
    ("Originally publıshed Jan 5, 2020", "2020-01-05"),  # a dotless ı stands for i, as re.IGNORECASE reads it
])
def test_the_original_publication_date_is_found_in_any_line(text: str, iso: str) -> None:
    lines = [Line(1, "Ferry fares rise"), Line(3, "The council voted on Friday."), Line(5, text)]
    assert published_date(lines) == (iso, 2)


def test_a_page_that_never_says_originally_published_has_none() -> None:
    lines = [Line(1, "Published Dec. 22, 2023"), Line(2, "The ferry first sailed in 1998.")]
    assert published_date(lines) == (None, None)
