"""Stories: reports of one event are grouped, similar but different events stay apart, ids are stable."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import yaml

from digest.dedup import find_copies
from digest.model import Article, Mention, People
from digest.stories import group_stories
from digest.story_overrides import StoryOverrides, load_overrides

FIXTURES = Path(__file__).parent / "fixtures" / "dedup" / "articles.yaml"
NOBODY = People(persons=())


def load(*sources: str) -> list[Article]:
    data = yaml.safe_load(FIXTURES.read_text("utf-8"))
    return [Article(source=s, headline=data[s]["headline"], title=data[s]["headline"], byline=(), outlet=None,
                    date=data[s]["date"], url=None, paragraphs=tuple(data[s]["paragraphs"]), captions=())
            for s in sources]


ALL = ("quake-wire.txt", "quake-paper.txt", "quake-own.txt", "quake-other.txt", "arrest-a.txt", "arrest-b.txt")


def grouping(articles: list[Article], **kwargs) -> list[set[str]]:
    stories = group_stories(articles, find_copies(articles), NOBODY, **kwargs)
    return sorted((set(s.sources) for s in stories), key=sorted)


def test_reports_of_one_quake_are_one_story_and_the_other_quake_and_arrests_stay_apart():
    assert grouping(load(*ALL)) == [{"arrest-a.txt"}, {"arrest-b.txt"}, {"quake-other.txt"},
                                    {"quake-own.txt", "quake-paper.txt", "quake-wire.txt"}]


def test_every_article_is_in_exactly_one_story():
    stories = group_stories(load(*ALL), [], NOBODY)
    sources = [s for story in stories for s in story.sources]
    assert sorted(sources) == sorted(ALL)


def test_copies_share_a_story_and_are_listed_as_a_copy_group():
    articles = load(*ALL)
    links = find_copies(articles)
    [quake] = [s for s in group_stories(articles, links, NOBODY) if "quake-wire.txt" in s.sources]
    assert quake.copies == (("quake-wire.txt", "quake-paper.txt"),)
    assert [(link.left, link.right) for link in quake.links] == [("quake-wire.txt", "quake-paper.txt")]
    assert len(quake.passages) == 5
    assert quake.sources[0] == "quake-wire.txt"  # earliest first
    copy_evidence = [e for e in quake.evidence if e.copy]
    assert [(e.left, e.right) for e in copy_evidence] == [("quake-wire.txt", "quake-paper.txt")]


def test_a_report_on_the_same_place_weeks_later_is_another_story():
    own, = load("quake-own.txt")
    sequel = replace(own, source="sequel.txt", headline="Tarvel rebuilds its old town", paragraphs=(
        "Builders in Tarvel began clearing the ruins of the old town on Monday, three weeks after the earthquake "
        "that killed 14 people, as the Valdra provincial government approved plans for new homes.",
        "\"We want families back in Tarvel before the winter,\" said Mira Okonjo, head of the Valdra civil "
        "protection agency, adding that most of the victims had lived in the old centre.",
        "Farmers in the hills above the town said the cut road had reopened, and the army has taken its field "
        "kitchens and water trucks away."))
    assert find_copies([own, sequel]) == []
    assert grouping([own, replace(sequel, date="2024-03-06")]) == [{"quake-own.txt", "sequel.txt"}]
    assert grouping([own, replace(sequel, date="2024-03-27")]) == [{"quake-own.txt"}, {"sequel.txt"}]


def test_articles_about_different_people_stay_apart_and_shared_people_are_evidence():
    a, b = load("arrest-a.txt", "arrest-b.txt")
    a = replace(a, mentions=(Mention(0, 0, 0, "Anton Veld", "Anton Veld"),))
    b = replace(b, mentions=(Mention(0, 0, 0, "Clara Dunmore", "Clara Dunmore"),))
    assert len(group_stories([a, b], [], NOBODY)) == 2
    follow_up = replace(a, source="arrest-a2.txt", headline="Kessing banker Veld denies fraud charges",
                        paragraphs=("Anton Veld, the former bank manager from Kessing accused of stealing 12 million "
                                    "from elderly customers, denied all charges at the district court on Thursday.",
                                    "His lawyer said Veld had moved money between dormant accounts lawfully."),
                        date="2024-05-16", mentions=(Mention(0, 0, 5, "Veld", "Anton Veld"),))
    stories = group_stories([a, b, follow_up], [], NOBODY)
    [veld] = [s for s in stories if len(s.sources) == 2]
    assert set(veld.sources) == {"arrest-a.txt", "arrest-a2.txt"}
    [evidence] = veld.evidence
    assert evidence.shared_people == ("Anton Veld",)
    assert "kessing" in evidence.shared_terms


def test_ids_are_stable_across_builds_and_do_not_move_when_articles_are_added():
    first = {frozenset(s.sources): s.id for s in group_stories(load(*ALL[:4]), [], NOBODY)}
    again = {frozenset(s.sources): s.id for s in group_stories(load(*ALL[:4]), [], NOBODY)}
    more = {frozenset(s.sources): s.id for s in group_stories(load(*ALL), [], NOBODY)}
    assert first == again
    assert all(more[sources] == story_id for sources, story_id in first.items())
    assert len(set(more.values())) == len(more)
    assert all(story_id.startswith("s-") for story_id in more.values())


def test_title_is_a_headline_and_falls_back_to_the_article_title():
    stories = group_stories(load(*ALL), [], NOBODY)
    [quake] = [s for s in stories if "quake-wire.txt" in s.sources]
    assert quake.title in {a.headline for a in load("quake-wire.txt", "quake-paper.txt", "quake-own.txt")}
    untitled = [replace(a, headline=None, title="Made from the lead") for a in load("arrest-a.txt")]
    assert group_stories(untitled, [], NOBODY)[0].title == "Made from the lead"


def test_overrides_force_and_forbid_groupings():
    articles = load(*ALL)
    links = find_copies(articles)
    forced = StoryOverrides(merge=(("arrest-a.txt", "arrest-b.txt"),),
                            separate=(("quake-own.txt", "quake-wire.txt"),))
    stories = group_stories(articles, links, NOBODY, overrides=forced)
    groups = sorted((set(s.sources) for s in stories), key=sorted)
    assert {"arrest-a.txt", "arrest-b.txt"} in groups
    assert not any({"quake-own.txt", "quake-wire.txt"} <= g for g in groups)
    [arrests] = [s for s in stories if "arrest-a.txt" in s.sources]
    assert [e.forced for e in arrests.evidence] == [True]


def test_overrides_file_is_read_and_bad_entries_are_reported(tmp_path):
    assert load_overrides(tmp_path) == (None, [])
    (tmp_path / "stories.yaml").write_text("merge:\n  - [a.txt, b.txt]\nseparate:\n  - [c.txt]\ncolour: red\n")
    overrides, problems = load_overrides(tmp_path)
    assert overrides == StoryOverrides(merge=(("a.txt", "b.txt"),), separate=())
    assert len(problems) == 2  # a one-source entry and an unknown key
    (tmp_path / "stories.yaml").write_text("merge: [unclosed\n")
    overrides, problems = load_overrides(tmp_path)
    assert overrides is None and len(problems) == 1


def test_no_articles_no_stories():
    assert group_stories([], [], NOBODY) == []


def test_an_articles_signature_is_its_heaviest_terms_another_article_has_ties_by_term():
    from digest.story_similarity import SIGNATURE_TERMS, signature

    weights = [("rare", 0.95)] + [(f"tied-{c}", 0.5) for c in "zyxwvutsrqponmlkjihg"] + [("top", 0.9)]
    vector = dict(sorted(weights, key=lambda item: (item[1], item[0])))  # stored lightest first, as vectors are
    df = {term: 2 for term in vector} | {"rare": 1}  # no other article has "rare"
    found = signature(vector, df)
    assert found[0] == "top" and "rare" not in found
    assert found[1:] == sorted(f"tied-{c}" for c in "zyxwvutsrqponmlkjihg")[:SIGNATURE_TERMS - 1]
