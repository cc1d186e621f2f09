"""The input folder's people.yaml: merge, rename and drop persons."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from digest.model import Article
from digest.people import find_mentions, resolve_people
from digest.people_overrides import PeopleOverrides, load_overrides

FIXTURES = Path(__file__).parent / "fixtures" / "people"


def article(source: str, *paragraphs: str, byline: tuple[str, ...] = ()) -> Article:
    a = Article(source=source, headline=None, title=source, byline=byline, outlet=None, date=None, url=None,
                paragraphs=paragraphs, captions=())
    return replace(a, mentions=find_mentions(a))


ARTICLES = [
    article("one.txt", "North Korean leader Kim Jong-un met Russian President Vladimir Putin."),
    article("two.txt", "Chairman Kim Jong Il Sung greeted the crowd.", "Meghan Markle watched from London."),
]


def test_loads_the_fixture_file() -> None:
    overrides, problems = load_overrides(FIXTURES)
    assert problems == []
    assert overrides == PeopleOverrides(merge=(("Kim Jong-un", "Kim Jong Il Sung"),),
                                        rename=(("Meghan Markle", "Meghan, Duchess of Sussex"),),
                                        drop=("Vladimir Putin",))


def test_merge_rename_and_drop() -> None:
    overrides, _ = load_overrides(FIXTURES)
    people = resolve_people(ARTICLES, overrides=overrides)
    assert sorted(p.name for p in people.persons) == ["Kim Jong-un", "Meghan, Duchess of Sussex"]
    assert people.resolve("two.txt", "Kim Jong Il Sung") == "Kim Jong-un"
    assert people.resolve("two.txt", "Meghan Markle") == "Meghan, Duchess of Sussex"
    assert people.resolve("one.txt", "Vladimir Putin") is None
    kim = next(p for p in people.persons if p.name == "Kim Jong-un")
    assert "Kim Jong Il Sung" in kim.aliases
    assert sorted(p.slug for p in people.persons) == ["kim-jong-un", "meghan-duchess-of-sussex"]


def test_no_file_and_bad_files_are_not_fatal(tmp_path: Path) -> None:
    assert load_overrides(tmp_path) == (None, [])
    (tmp_path / "people.yaml").write_text("merge: [just-one-name]\nrename: [x]\nfriends: 1\n", encoding="utf-8")
    overrides, problems = load_overrides(tmp_path)
    assert overrides == PeopleOverrides()
    assert len(problems) == 3
    (tmp_path / "people.yaml").write_text("merge: [unclosed\n", encoding="utf-8")
    overrides, problems = load_overrides(tmp_path)
    assert overrides is None and len(problems) == 1


def test_names_that_match_nobody_change_nothing() -> None:
    people = resolve_people(ARTICLES, overrides=PeopleOverrides(merge=(("Nobody Here", "No One"),),
                                                                 rename=(("Ghost Writer", "X"),), drop=("Zed",)))
    assert people == resolve_people(ARTICLES)
