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


SPLIT_ARTICLES = [
    article("a.txt", "Former President Dana Quill spoke in Ohio. Quill said the race was close."),
    article("b.txt", "Dana Quill addressed the rally. Quill said taxes would fall."),
    article("c.txt", "Senator Quill said she was proud of her father."),
    article("sport.txt", "Dana Quill, 19, scored twice for the school team."),
]


def test_split_by_form_makes_that_form_a_person_of_its_own() -> None:
    machine = resolve_people(SPLIT_ARTICLES)
    assert machine.resolve("c.txt", "Quill") == "Dana Quill"  # the machine merged the lone family name
    people = resolve_people(SPLIT_ARTICLES, overrides=PeopleOverrides(split=(("Dana Quill", ("Quill",)),)))
    assert people.resolve("c.txt", "Quill") == "Quill"
    assert people.resolve("a.txt", "Dana Quill") == "Dana Quill"
    assert sorted(p.name for p in people.persons) == ["Dana Quill", "Quill"]


def test_split_by_article_makes_a_namesake_with_a_numbered_name_that_rename_can_fix() -> None:
    fixes = PeopleOverrides(split=(("Dana Quill", ("sport.txt",)),), rename=(("Dana Quill (2)", "Dana Quill Jr."),))
    people = resolve_people(SPLIT_ARTICLES, overrides=fixes)
    assert people.resolve("sport.txt", "Dana Quill") == "Dana Quill Jr."
    assert people.resolve("b.txt", "Dana Quill") == "Dana Quill"
    assert sorted(p.slug for p in people.persons) == ["dana-quill", "dana-quill-jr"]


def test_split_is_read_from_the_file(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text("split:\n  Dana Quill: [Quill, sport.txt]\n", encoding="utf-8")
    overrides, problems = load_overrides(tmp_path)
    assert problems == []
    assert overrides is not None and overrides.split == (("Dana Quill", ("Quill", "sport.txt")),)
