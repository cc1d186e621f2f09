"""Body: the article's run of lines on a copied page, between menus above and lists or comments below."""

from __future__ import annotations

from digest.body import body_span
from digest.header import Line

PARAGRAPH = ("The council voted on Tuesday to close the old bridge to cars from March, after engineers found cracks "
             "in two of its steel supports, the mayor told reporters outside the town hall.")


def lines_of(*texts: str) -> list[Line]:
    return [Line(n, t) for n, t in enumerate(texts, 1)]


def test_the_run_of_prose_between_menus_and_a_related_list() -> None:
    lines = lines_of("Home", "News", "Sport", PARAGRAPH, PARAGRAPH + " Again.", "Related", "Other story one",
                     "Other story two")
    assert body_span(lines) == (3, 4)


def test_a_sentence_starting_with_contents_is_not_a_table_of_contents() -> None:
    lines = lines_of("Menu", "Contents of the report leaked on Monday.", "Who leaked them to us?",
                     "Nobody knows yet, officials said.", PARAGRAPH)
    assert body_span(lines) == (1, 4)


def test_no_prose_gives_an_empty_span() -> None:
    lines = lines_of("Home", "Share", "Log in")
    first, last = body_span(lines)
    assert first > last


def test_the_site_footer_ends_the_body_even_when_prose_follows_it() -> None:
    lines = lines_of("Menu", PARAGRAPH, PARAGRAPH + " More.", "© 2024 Valley Media LLC. All rights reserved.",
                     "Send your questions, comments and suggestions to our newsroom by email at any time of day.")
    assert body_span(lines) == (1, 2)


def test_a_clip_title_and_its_long_blurb_under_a_video_label_are_not_the_article() -> None:
    blurb = ("A retired ferry captain recalls the night the engines failed off the north cape and the crew rowed "
             "the passengers to shore, telling our film crew she still dreams about it.")
    lines = lines_of("Share", "Video", "'We rowed all night': the captain who saved 80 passengers", blurb,
                     PARAGRAPH, PARAGRAPH + " Again.")
    assert body_span(lines) == (4, 5)


QUOTE = '"We are being priced off our own island," said a baker who crosses to the mainland four times a week.'


def test_a_most_read_box_inside_the_article_does_not_end_it() -> None:
    lines = lines_of("Menu", PARAGRAPH, QUOTE, PARAGRAPH + " More.", "Most Read", "1",
                     "Storm knocks out power across the Midwest", "2", "Judge delays ruling in land dispute",
                     "The engineers said the bridge supports would be replaced by the end of the year.",
                     "The mayor said the council would pay for the bridge repairs from its reserves.")
    assert body_span(lines) == (1, 10)


def test_teasers_after_the_article_are_not_taken_for_its_continuation() -> None:
    teaser = "A retired captain recalls the night the engines failed off the north cape and the crew rowed ashore."
    lines = lines_of("Menu", PARAGRAPH, QUOTE, "Most Read", "Captain who saved 80 passengers retires", teaser,
                     "Bridge repairs start in April", teaser + " Again.")
    assert body_span(lines) == (1, 2)


def test_a_long_list_between_two_paragraphs_does_not_split_the_article() -> None:
    items = ["Brighter display for reading outdoors", "Longer battery life on a single charge",
             "New camera with better low-light photos", "Faster charging with the bundled cable",
             "Thinner frame made of recycled aluminium", "Louder speakers for calls and music"]
    lines = lines_of("Menu", PARAGRAPH, "Display", *items, "Battery", *items[:3],
                     "Sales began on Friday, and the company said early orders were twice last year's.",
                     PARAGRAPH + " Again.")
    assert body_span(lines) == (1, 14)


# Teasers of a "most read" list: long, with commas, and no full stop, so each alone weighs like prose.
TEASERS = tuple(f"{who} stops at twenty past three for the first time in its long history, and nobody in the town "
                f"knows why it happened or when the repairs to the old tower will begin" for who in
                ("Town hall clock", "Church clock", "Station clock", "School clock", "Market clock", "Harbour clock"))


def spaced(*blocks: tuple[str, ...]) -> list[Line]:
    """Lines as copied: the lines of a block one a line, a blank line between blocks."""
    lines, number = [], 1
    for block in blocks:
        for text in block:
            lines.append(Line(number, text))
            number += 1
        number += 1
    return lines


def test_teasers_packed_one_a_line_after_paragraphs_parted_by_blank_lines_are_a_list_not_the_article() -> None:
    lines = spaced(("Menu",), (PARAGRAPH,), (PARAGRAPH + " Two.",), (PARAGRAPH + " Three.",), TEASERS)
    assert body_span(lines) == (1, 3)


def test_the_same_lines_copied_with_no_blank_lines_at_all_weigh_as_before() -> None:
    lines = lines_of("Menu", PARAGRAPH, PARAGRAPH + " Two.", PARAGRAPH + " Three.", *TEASERS)
    assert body_span(lines) == (1, 9)


def test_a_list_announced_with_a_colon_that_closes_the_article_stays_in_it() -> None:
    items = tuple(f"{n} the ferry must keep its first crossing at six in the morning, so that nurses and cleaners "
                  f"on the early shift at the hospital on the mainland can still reach work on time." for n in
                  ("First,", "Second,", "Third,", "Fourth,"))
    lines = spaced(("Menu",), (PARAGRAPH,), (PARAGRAPH + " Two.",), (PARAGRAPH + " Three.",),
                   ("Residents listed four demands:",), items,
                   ("Share", "Log in"))
    assert body_span(lines) == (1, 8)
