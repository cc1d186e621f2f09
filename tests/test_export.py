"""The JSON export is written record by record; its text is exactly that of the whole list dumped at once."""

from __future__ import annotations

import json

import pytest

from digest.export import export_json, json_list_pieces
from digest.urls import site_paths
from fixtures.render import corpus

RECORDS = [
    {"headline": "Line one\nline two", "quotes": [{"text": "“Yes,” she said.\n", "speakers": []}], "people": []},
    {"name": "Zoë Ångström", "aliases": ["Z. Å"], "nested": {"a": [1, 2.5, None, True]}, "empty": {}},
    {"paragraphs": ["tab\there", "back\\slash \"quoted\"", "\u2028 separator"]},
]


@pytest.mark.parametrize("records", [RECORDS, RECORDS[:1], []])
def test_pieces_join_to_the_text_of_the_whole_list(records: list[dict]) -> None:
    text = "".join(json_list_pieces(iter(records)))
    assert text == json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    assert json.loads(text) == records


def test_the_export_files_are_valid_json_lists_of_every_article_story_and_person() -> None:
    c = corpus()
    files = export_json(c, site_paths(c))
    assert sorted(files) == ["data/articles.json", "data/people.json", "data/stories.json"]
    assert [a["source"] for a in json.loads(files["data/articles.json"])] == [a.source for a in c.articles]
    assert [s["id"] for s in json.loads(files["data/stories.json"])] == [s.id for s in c.stories]
    assert [p["name"] for p in json.loads(files["data/people.json"])] == [p.name for p in c.people.persons]
