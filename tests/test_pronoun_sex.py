"""Whether a document calls a person "he" or "she", read from the pronouns right after the name."""

from __future__ import annotations

from digest.model import Mention
from digest.pronoun_sex import sexes_from_pronouns


def mention(paragraphs: tuple[str, ...], paragraph: int, text: str, name: str) -> Mention:
    start = paragraphs[paragraph].index(text)
    return Mention(paragraph, start, start + len(text), text, name)


def test_the_pronoun_after_a_name_in_its_sentence_gives_the_sex() -> None:
    paragraphs = ("Zuleika Marlowe made her fans in Brazil very happy.", "Ngata denied that he had read the book.")
    mentions = [mention(paragraphs, 0, "Zuleika Marlowe", "Zuleika Marlowe"), mention(paragraphs, 1, "Ngata", "Ngata")]
    assert sexes_from_pronouns(paragraphs, mentions) == {"Zuleika Marlowe": "female", "Ngata": "male"}


def test_no_vote_past_the_next_name_or_the_sentence_end() -> None:
    paragraphs = ("Ngata called Hugh Hewitt, who said he would wait.", "Ngata left. She stayed.")
    mentions = [mention(paragraphs, 0, "Ngata", "Ngata"), mention(paragraphs, 0, "Hugh Hewitt", "Hugh Hewitt"),
                mention(paragraphs, 1, "Ngata", "Ngata")]
    assert sexes_from_pronouns(paragraphs, mentions) == {"Hugh Hewitt": "male"}


def test_votes_that_disagree_decide_nothing_without_a_clear_majority() -> None:
    paragraphs = ("Ngata said he would go.", "Ngata said she would stay.")
    mentions = [mention(paragraphs, 0, "Ngata", "Ngata"), mention(paragraphs, 1, "Ngata", "Ngata")]
    assert sexes_from_pronouns(paragraphs, mentions) == {}
