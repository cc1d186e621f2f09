"""Dedup: copies are found, labelled and aligned; reports that only share a quote are not copies."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from digest.dedup import find_copies, shared_passages
from digest.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "dedup" / "articles.yaml"


def load(*sources: str) -> list[Article]:
    data = yaml.safe_load(FIXTURES.read_text("utf-8"))
    return [Article(source=s, headline=data[s]["headline"], title=data[s]["headline"], byline=(), outlet=None,
                    date=data[s]["date"], url=None, paragraphs=tuple(data[s]["paragraphs"]), captions=())
            for s in sources]


def test_a_trimmed_reheadlined_copy_is_found_and_labelled_abridged():
    wire, paper = load("quake-wire.txt", "quake-paper.txt")
    [link] = find_copies([paper, wire])
    assert (link.left, link.right) == ("quake-wire.txt", "quake-paper.txt")  # earlier date is left
    assert link.label == "abridged"
    assert link.right_share > 0.8  # nearly all of the paper's text is the wire's
    assert 0.5 < link.left_share < 0.85  # the paper dropped two of the wire's seven paragraphs


def test_curly_quotes_do_not_hide_a_copy_and_paragraphs_align_one_to_one():
    wire, paper = load("quake-wire.txt", "quake-paper.txt")
    [link] = find_copies([wire, paper])
    assert [(p.left, p.right) for p in link.aligned] == [(0, 0), (1, 1), (2, 2), (3, 3), (4, 4)]
    assert all(p.similarity == 1.0 for p in link.aligned)  # the quote differs only in its quote marks


def test_reports_that_share_one_quote_are_not_copies():
    assert find_copies(load("quake-wire.txt", "quake-own.txt", "quake-other.txt")) == []


def test_unrelated_articles_give_no_links():
    assert find_copies(load("arrest-a.txt", "arrest-b.txt", "quake-other.txt")) == []


def test_identical_text_in_another_typography_is_verbatim():
    [wire] = load("quake-wire.txt")
    shouted = replace(wire, source="shout.txt", date=None,
                      paragraphs=tuple("  " + p.upper().replace('"', "“", 1) for p in wire.paragraphs))
    [link] = find_copies([wire, shouted])
    assert link.label == "verbatim"
    assert link.left_share == link.right_share == 1.0


def test_a_copy_that_grows_is_labelled_with_additions():
    [wire] = load("quake-wire.txt")
    update = replace(wire, source="update.txt", date="2024-03-06", paragraphs=(
        "The death toll from Monday's earthquake in Valdra rose to 19 on Wednesday after rescuers found five more "
        "bodies in the ruins of a school dormitory in Tarvel, where students had been sleeping when it struck.",
        "Officials said another 40 people were still missing and that hope of finding survivors was fading fast.",
        "The government announced three days of national mourning and said flags would fly at half mast.",
        "Engineers said that many of the buildings that fell had been built before modern safety rules existed.",
        *wire.paragraphs))
    [link] = find_copies([wire, update])
    assert (link.left, link.right) == ("quake-wire.txt", "update.txt")
    assert link.label == "with additions"
    assert link.left_share == 1.0
    assert [(p.left, p.right) for p in link.aligned] == [(i, i + 4) for i in range(7)]


def test_a_reworded_copy_is_labelled_rewritten():
    [wire] = load("quake-wire.txt")
    swaps = {"killing": "leaving dead", "officials": "authorities", "said": "stated", "struck": "hit",
             "about": "roughly", "collapsed": "fell down", "promised": "pledged", "families": "households",
             "according to": "citing", "the region": "the area", "early": "in the early hours", "more than": "over"}

    def reword(text: str) -> str:
        for old, new in swaps.items():
            text = text.replace(old, new)
        return text

    rewritten = replace(wire, source="reworded.txt", date="2024-03-05",
                        paragraphs=tuple(reword(p) for p in wire.paragraphs))
    [link] = find_copies([wire, rewritten])
    assert link.label == "rewritten"
    assert all(p.left == p.right for p in link.aligned)


def test_without_dates_the_first_listed_is_left():
    wire, paper = (replace(a, date=None) for a in load("quake-wire.txt", "quake-paper.txt"))
    [link] = find_copies([paper, wire])
    assert (link.left, link.right) == ("quake-paper.txt", "quake-wire.txt")
    assert link.label == "with additions"  # seen from the paper, the wire adds two paragraphs


def test_shared_passages_are_listed_once_with_every_carrier():
    wire, paper = load("quake-wire.txt", "quake-paper.txt")
    third = replace(paper, source="third.txt", headline="Quake kills 14", paragraphs=paper.paragraphs[:4])
    articles = [wire, paper, third]
    passages = shared_passages(articles, find_copies(articles))
    assert len(passages) == 5  # the wire's first five paragraphs; the paper's own line is not shared
    first = passages[0]
    assert first.text == wire.paragraphs[0]
    assert first.carriers == (("quake-wire.txt", 0), ("quake-paper.txt", 0), ("third.txt", 0))
    assert [len(p.carriers) for p in passages] == [3, 3, 3, 3, 2]
    assert passages[2].text.startswith('"We are still pulling')  # shown as the earliest article printed it


@pytest.mark.parametrize("count", [0, 1])
def test_too_few_articles_give_no_links(count):
    assert find_copies(load("quake-wire.txt")[:count]) == []


def test_two_reports_built_around_the_same_long_quotes_are_not_copies():
    statement = ('"We emphasise that any cooperation that helps the northern regime increase its military power '
                 'violates the council resolutions and will be met with sanctions by the international community, '
                 'and we will respond firmly to any threat to our security," ')
    first = Article(source="a.txt", headline="Seoul warns", title="Seoul warns", byline=(), outlet=None,
                    date="2024-06-20", url=None, captions=(), paragraphs=(
                        statement + "the presidential office said in a statement on Thursday.",
                        "The office issued the warning hours after the two leaders signed their treaty in the capital.",
                        statement.strip() + " it repeated later."))
    second = replace(first, source="b.txt", paragraphs=(
        "In a rare joint briefing, three ministers read out the government's response late on Thursday night:",
        statement.strip(),
        "Analysts in the capital said the wording was the strongest the government had used in a decade."))
    assert find_copies([first, second]) == []


def test_a_wire_story_run_by_many_outlets_is_one_copy_family_without_aligning_every_pair() -> None:
    from digest.dedup import MAX_PARTNERS, find_copies
    from digest.model import People
    from digest.stories import group_stories

    body = [f"Paragraph {n} of the wire report says the harbour of Valletta closed on Tuesday after storm {n} "
            f"damaged the breakwater and the pilots refused to take ships past the outer buoys." for n in range(8)]
    outlets = 40
    articles = [Article(source=f"outlet-{k:02d}.txt", headline="Storm closes harbour", title="Storm closes harbour",
                        byline=(), outlet=f"Outlet {k}", date=None, url=None,
                        paragraphs=(*body[: 8 - k % 3], f"Local note number {k} for readers."), captions=())
                for k in range(outlets)]
    links = find_copies(articles)
    assert len(links) <= outlets * MAX_PARTNERS  # far fewer than the 780 pairs
    stories = group_stories(articles, links, People(persons=()))
    assert len(stories) == 1
    assert [sorted(group) for group in stories[0].copies] == [sorted(a.source for a in articles)]


def test_a_memo_from_an_earlier_build_gives_the_same_copies_without_aligning_again(tmp_path: Path, monkeypatch):
    from digest import dedup
    from digest.cache import Memo

    articles = load("quake-wire.txt", "quake-paper.txt", "quake-own.txt", "arrest-a.txt", "arrest-b.txt")
    first = Memo(tmp_path, "copies")
    cold = find_copies(articles, first)
    first.save()

    def no_alignment(*_args):
        raise AssertionError("aligned a pair the memo knows")

    monkeypatch.setattr(dedup, "align", no_alignment)
    assert find_copies(articles, Memo(tmp_path, "copies")) == cold
    edited = replace(articles[1], paragraphs=articles[1].paragraphs[:-1])  # the paper cut its last paragraph
    with pytest.raises(AssertionError, match="memo knows"):  # a changed text is aligned afresh
        find_copies([articles[0], edited, *articles[2:]], Memo(tmp_path, "copies"))


def test_skipping_paragraph_pairs_that_cannot_align_changes_no_alignment(monkeypatch):
    from itertools import permutations

    from digest import align

    data = yaml.safe_load(FIXTURES.read_text("utf-8"))
    texts = [align.PreparedText.from_paragraphs(entry["paragraphs"]) for entry in data.values()]
    quick = [align.align(a, b) for a, b in permutations(texts, 2)]
    monkeypatch.setattr(align, "_in_shared_trigrams", lambda run, other: 10**9)  # never skip: difflib on all
    assert quick == [align.align(a, b) for a, b in permutations(texts, 2)]
    assert any(result.aligned for result in quick) and any(not result.aligned for result in quick)
