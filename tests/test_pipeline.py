"""Whole builds through the library API: bad input is reported and the rest of the build goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest import pipeline
from digest.config import Config

GOOD = """Wildfire forces evacuation of hill villages

By Petra Novak

Firefighters ordered the evacuation of four hill villages on Saturday as a wildfire spread.

"We had ten minutes to leave," said resident Marta Kos.
"""


def input_folder(tmp_path: Path) -> Path:
    """An input folder holding one good article, fire.txt."""
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "fire.txt").write_text(GOOD, encoding="utf-8")
    return inp


def test_one_bad_file_is_reported_and_the_build_goes_on(tmp_path: Path) -> None:
    inp = input_folder(tmp_path)
    (inp / "photo.txt").write_bytes(bytes(range(256)) * 20)
    report = pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None))
    articles = json.loads((tmp_path / "out" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert [a["source"] for a in articles] == ["fire.txt"]
    assert [p.path for p in report.problems] == ["photo.txt"]
    assert report.articles == 1


def test_strict_makes_a_skipped_file_fatal_and_writes_nothing(tmp_path: Path) -> None:
    inp = input_folder(tmp_path)
    (inp / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(pipeline.BuildError) as error:
        pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None, strict=True))
    assert "empty.txt" in str(error.value)
    assert not (tmp_path / "out").exists()


def test_same_input_gives_byte_identical_output(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for name in ("b.txt", "a.txt"):
        (inp / name).write_text(GOOD, encoding="utf-8")
    for out in ("one", "two"):
        pipeline.build(Config(input=inp, output=tmp_path / out, cache=None))
    one = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*") if p.is_file()}
    two = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*") if p.is_file()}
    assert one == two


def test_a_broken_user_template_is_a_clear_error_and_the_old_site_stays(tmp_path: Path) -> None:
    inp = input_folder(tmp_path)
    pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None))
    before = (tmp_path / "out" / "index.html").read_bytes()
    mine = tmp_path / "theme"
    mine.mkdir()
    (mine / "index.html").write_text("{% extends 'base.html' %}{% block main %}{{ broken( }}{% endblock %}")
    with pytest.raises(pipeline.BuildError) as error:
        pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None, templates=mine))
    assert "index.html" in str(error.value)
    assert (tmp_path / "out" / "index.html").read_bytes() == before


def test_a_template_that_fails_after_pages_were_written_leaves_the_old_site_and_no_leftovers(tmp_path: Path) -> None:
    inp = input_folder(tmp_path)
    pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None))
    before = {p.relative_to(tmp_path / "out"): p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()}
    mine = tmp_path / "theme"
    mine.mkdir()
    # The 404 page is rendered near the end, after the article pages went into the staging folder.
    (mine / "404.html").write_text("{{ no_such_value }}")
    with pytest.raises(pipeline.BuildError) as error:
        pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None, templates=mine))
    assert "no_such_value" in str(error.value)
    after = {p.relative_to(tmp_path / "out"): p.read_bytes() for p in (tmp_path / "out").rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out", "theme"]  # no staging folder left behind


def test_the_size_limit_setting_cuts_large_files_with_a_warning(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "long.txt").write_text(GOOD + "\n\n" + "More words follow here. " * 2000, encoding="utf-8")
    report = pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None, max_file_bytes=4000))
    assert [p.path for p in report.problems] == ["long.txt"]
    articles = json.loads((tmp_path / "out" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert sum(len(p) for p in articles[0]["paragraphs"]) < 4000


def articles_by_source(out: Path) -> dict[str, dict]:
    return {a["source"]: a for a in json.loads((out / "data" / "articles.json").read_text(encoding="utf-8"))}


def test_override_files_in_the_input_folder_fix_people_and_stories(tmp_path: Path) -> None:
    inp = input_folder(tmp_path)
    (inp / "other.txt").write_text(GOOD.replace("Wildfire", "Heatwave").replace("Marta Kos", "Ivan Horvat"),
                                   encoding="utf-8")
    pipeline.build(Config(input=inp, output=tmp_path / "before", cache=None))
    before = articles_by_source(tmp_path / "before")
    assert "Marta Kos" in before["fire.txt"]["people"]
    assert before["fire.txt"]["story"] == before["other.txt"]["story"]  # near-copies: one story until told apart
    (inp / "people.yaml").write_text("drop: [Marta Kos]\nrename:\n  Ivan Horvat: Ivan Horvat Jr.\n", encoding="utf-8")
    (inp / "stories.yaml").write_text("separate:\n  - [fire.txt, other.txt]\n", encoding="utf-8")
    report = pipeline.build(Config(input=inp, output=tmp_path / "after", cache=None))
    after = articles_by_source(tmp_path / "after")
    assert "Marta Kos" not in after["fire.txt"]["people"]
    assert all("Marta Kos" not in q["speakers"] for q in after["fire.txt"]["quotes"])
    assert "Ivan Horvat Jr." in after["other.txt"]["people"]
    assert after["fire.txt"]["story"] != after["other.txt"]["story"]
    people = json.loads((tmp_path / "after" / "data" / "people.json").read_text(encoding="utf-8"))
    assert "Marta Kos" not in {p["name"] for p in people}
    assert report.problems == ()
    assert {a["source"] for a in after.values()} == {"fire.txt", "other.txt"}  # settings files are not articles


def test_a_malformed_override_file_is_a_warning_naming_it(tmp_path: Path) -> None:
    inp = input_folder(tmp_path)
    (inp / "people.yaml").write_text("merge: [unclosed\n", encoding="utf-8")
    report = pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None))
    assert [p.path.rsplit("/", 1)[-1] for p in report.problems] == ["people.yaml"]


def test_a_story_fix_naming_a_missing_article_is_reported(tmp_path: Path) -> None:
    inp = input_folder(tmp_path)
    (inp / "stories.yaml").write_text("merge:\n  - [fire.txt, fier.txt]\n", encoding="utf-8")
    report = pipeline.build(Config(input=inp, output=tmp_path / "out", cache=None))
    assert [str(p) for p in report.problems] == ["stories.yaml: no article 'fier.txt' in the input folder (ignored)"]
