"""One-word names (stage names) the text plainly uses as a person's whole name."""

from __future__ import annotations

from dataclasses import replace

from digest.model import Article
from digest.people import find_mentions


def article_mentions(*paragraphs: str) -> list[str]:
    a = Article(source="a.txt", headline=None, title="a.txt", byline=(), outlet=None, date=None, url=None,
                paragraphs=paragraphs, captions=())
    return [m.name for m in find_mentions(replace(a))]


def names(*paragraphs: str) -> list[str]:
    return list(dict.fromkeys(article_mentions(*paragraphs)))


def test_a_one_word_name_the_text_calls_her_twice_is_a_person_everywhere_it_is_used() -> None:
    assert names("Zuriah made her fans very happy on Sunday.",
                 "To the surprise of many, Zuriah stepped out and greeted her fans.",
                 "Photos of Zuriah went online.") == ["Zuriah"]
    assert len(article_mentions("Zuriah made her fans very happy on Sunday.",
                                "To the surprise of many, Zuriah stepped out and greeted her fans.",
                                "Photos of Zuriah went online.")) == 3


def test_one_sign_is_not_enough_but_a_relative_or_a_stage_title_is() -> None:
    assert names("Kwezz showed off his new car.", "Fans loved Kwezz.") == []
    assert names("Fans asked about Kwezz on Monday.", "Kwezz's wife Ana Lima said he was tired.") == [
        "Kwezz", "Ana Lima"]
    assert names("The crowd cheered when rapper Kwezz walked on.", "The next day Kwezz said he was tired.") == ["Kwezz"]
    assert len(article_mentions("The crowd cheered when rapper Kwezz walked on.",
                                "The next day Kwezz said he was tired.")) == 2


def test_places_companies_and_teams_stay_non_persons() -> None:
    assert names("Seoul said it would wait. She did not.", "Officials in Seoul said. She agreed.") == []
    assert names("Apple said on Monday that it was ready. He agreed.", "On Tuesday, Apple said more. She left.") == []
    assert names("Google's CEO spoke, and Google's chief met her aides.") == []
    assert names("Moscow insists on its terms.", "Later Moscow made her allies wait.") == []
    assert names("The Orioles made their fans happy.", "Then the Orioles showed his form.") == []


def test_a_family_name_the_text_also_gives_in_full_is_not_a_stage_name() -> None:
    assert names("We met Radzhab Quell last week.", "Quell proved his level.",
                 "As Quell said, he showed his power.") == ["Radzhab Quell"]



def test_a_word_listed_with_two_full_names_of_people_is_a_person() -> None:
    assert names("She was with co-stars Timothée Chalamet, Austin Butler, and Zendaya at the panel.") == [
        "Timothée Chalamet", "Austin Butler", "Zendaya"]
    assert names("Zendaya, Timothée Chalamet and Austin Butler posed for photos.") == [
        "Zendaya", "Timothée Chalamet", "Austin Butler"]
    assert names("The deal involved Tim Cook, Satya Nadella and Samsung.") == ["Tim Cook", "Satya Nadella"]
    assert names("The vote on the bill split Joe Biden, Kamala Harris and Republicans in the end.") == [
        "Joe Biden", "Kamala Harris"]
