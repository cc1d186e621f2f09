"""The per-article cache makes rebuilds cheap and never changes the output."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from digest import export, file_index, load, pipeline, render
from digest.cache import ArticleCache, Memo, article_key, content_key
from digest.config import Config
from digest.model import SourceFile

STORY = """Flood waters recede in river town

By Mara Lind

Flood waters began to recede on Monday in the river town of Hallstatt, officials said.

"The worst is behind us," said mayor Jonas Berg.
"""

LONGER = """
Engineers inspected the two bridges over the river on Tuesday and found the eastern one safe to open again.

Shops along the harbour street stayed shut while volunteers cleared mud from the cellars of forty houses.

Sign up for our newsletter.
"""

OTHER = """Fire destroys barn near Lindholm

By Erik Sand

A fire destroyed a barn outside the village of Lindholm on Sunday night, the fire brigade said.

Nobody was hurt, and the cattle were moved to a neighbouring farm before the roof fell in.

Sign up for our newsletter.
"""


def site_files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}



def files_opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From now on, the name of every input file a build reads, in order."""
    opened: list[str] = []
    load_file = load.load_file
    monkeypatch.setattr(load, "load_file", lambda path, *a, **k: opened.append(path.name) or load_file(path, *a, **k))
    return opened

def write_three_floods_and_a_fire(inp: Path) -> Path:
    """An input folder with one story in three versions (so copies and stories are found) and an unrelated one."""
    inp.mkdir()
    for n in range(3):
        (inp / f"flood-{n}.txt").write_text(STORY + LONGER.replace("Tuesday", f"day {n}"), encoding="utf-8")
    (inp / "fire.txt").write_text(OTHER, encoding="utf-8")
    return inp


def test_cached_and_cold_builds_give_identical_files(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for n in range(3):
        (tmp_path / "in" / f"flood-{n}.txt").write_text(STORY.replace("Monday", f"day {n}"), encoding="utf-8")
    cached = Config(input=tmp_path / "in", output=tmp_path / "warm", cache=tmp_path / "cache")
    pipeline.build(cached)  # fills the cache
    pipeline.build(cached)  # reads it
    pipeline.build(Config(input=tmp_path / "in", output=tmp_path / "cold", cache=None))
    assert site_files(tmp_path / "warm") == site_files(tmp_path / "cold")


def test_after_one_file_changes_a_cached_build_still_equals_a_cold_one(tmp_path: Path) -> None:
    """The per-article cache, the copy and story memos and the rendered-page memo all hold entries the edit made
    stale."""
    inp = write_three_floods_and_a_fire(tmp_path / "in")
    cached = Config(input=inp, output=tmp_path / "warm", cache=tmp_path / "cache")
    pipeline.build(cached)
    tables = {p.name.split("-")[0] for p in (tmp_path / "cache").iterdir()}
    assert tables == {"articles", "copies", "stories", "rendered", "export", "corpus", "quote", "slugs"}
    (inp / "flood-1.txt").write_text(STORY.replace("recede", "rise again") + LONGER, encoding="utf-8")
    (inp / "fire.txt").write_text(OTHER.replace("Sign up for our newsletter.", "Read more."), encoding="utf-8")
    pipeline.build(cached)
    pipeline.build(Config(input=inp, output=tmp_path / "cold", cache=None))
    assert site_files(tmp_path / "warm") == site_files(tmp_path / "cold")


def test_a_changed_file_misses_the_cache_and_others_hit(tmp_path: Path) -> None:
    cache = ArticleCache(tmp_path)
    first = SourceFile("a.txt", STORY, "text")
    article = pipeline.analyse_article(first)
    cache.put(article_key(first), article)
    cache.save()
    again = ArticleCache(tmp_path)
    assert again.get(article_key(first)) == article
    edited = SourceFile("a.txt", STORY.replace("Monday", "Tuesday"), "text")
    assert again.get(article_key(edited)) is None
    renamed = SourceFile("b.txt", STORY, "text")
    assert again.get(article_key(renamed)) is None


def test_an_unreadable_cache_is_an_empty_cache(tmp_path: Path) -> None:
    for shard in "0123456789abcdef":
        (tmp_path / f"articles-{shard}.pickle").write_bytes(b"not a pickle")
    cache = ArticleCache(tmp_path)
    assert cache.entries == {}


def test_no_cache_remembers_nothing(tmp_path: Path) -> None:
    cache = ArticleCache(None)
    source = SourceFile("a.txt", STORY, "text")
    cache.put(article_key(source), pipeline.analyse_article(source))
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_memo_keeps_only_what_the_last_build_used(tmp_path: Path) -> None:
    memo = Memo(tmp_path, "table")
    memo.put(b"a", (1, 2))
    memo.put(b"b", (3,))
    memo.save()
    second = Memo(tmp_path, "table")
    assert second.get(b"a") == (1, 2) and second.get(b"c") is None
    second.save()  # b was not asked for: dropped
    third = Memo(tmp_path, "table")
    assert third.get(b"a") == (1, 2) and third.get(b"b") is None


def test_a_memo_without_a_folder_remembers_nothing(tmp_path: Path) -> None:
    memo = Memo(None, "table")
    memo.put(b"a", 1)
    assert memo.get(b"a") is None
    memo.save()
    assert list(tmp_path.iterdir()) == []


def test_a_rebuild_after_one_change_rewrites_one_shard_of_the_table(tmp_path: Path) -> None:
    memo = Memo(tmp_path, "table")
    keys = [bytes([n]) * 16 for n in range(64)]  # spread over every shard
    for key in keys:
        memo.put(key, key.hex())
    memo.save()
    written = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    again = Memo(tmp_path, "table")
    assert [again.get(key) for key in keys] == [key.hex() for key in keys]
    again.put(keys[5], "changed")
    again.save()
    rewritten = {p.name for p in tmp_path.iterdir() if p.stat().st_mtime_ns != written[p.name]}
    assert rewritten == {"table-5.pickle"}  # the shard of bytes([5]) * 16
    assert Memo(tmp_path, "table").get(keys[5]) == "changed"


def test_content_keys_tell_apart_what_plain_joining_would_not() -> None:
    assert content_key(("ab", "c")) != content_key(("a", "bc"))
    assert content_key(("ab", "c")) == content_key(("ab", "c"))


def test_a_rebuild_of_an_unchanged_input_renders_no_page_and_encodes_no_json(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The first build analyses afresh, the second reads the articles back from the cache: the memos' keys must
    be the same for both (they hash values, never which objects happen to be shared)."""
    inp = write_three_floods_and_a_fire(tmp_path / "in")
    config = Config(input=inp, output=tmp_path / "site", cache=tmp_path / "cache")
    pipeline.build(config)
    first = site_files(tmp_path / "site")
    rendered: list[str] = []
    encoded: list[object] = []
    page_render = render.CleanTemplate.render
    monkeypatch.setattr(render.CleanTemplate, "render", lambda self, *a, **k: rendered.append(self.name)
                        or page_render(self, *a, **k))

    class CountingEncoder(json.JSONEncoder):
        def encode(self, o: object) -> str:
            encoded.append(o)
            return super().encode(o)

    monkeypatch.setattr(export, "json", SimpleNamespace(JSONEncoder=CountingEncoder))
    pipeline.build(config)
    assert rendered == [] and encoded == []
    assert site_files(tmp_path / "site") == first
    pipeline.build(replace(config, output=tmp_path / "cold", cache=None))  # the spies do see a cold build's work
    assert "article.html" in rendered and len(encoded) > 4


def test_an_unchanged_file_is_not_read_again_but_any_edit_is_seen(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_index, "RACY_NS", 0)  # files written just now count as settled (see file_index)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "flood.txt").write_text(STORY, encoding="utf-8")
    (inp / "fire.txt").write_text(OTHER, encoding="utf-8")
    config = Config(input=inp, output=tmp_path / "site", cache=tmp_path / "cache")
    pipeline.build(config)
    opened = files_opened(monkeypatch)
    pipeline.build(config)
    assert opened == []
    # An edit of the same length that puts the old modification time back is still seen: the change time moved.
    stat = (inp / "fire.txt").stat()
    (inp / "fire.txt").write_text(OTHER.replace("Erik", "Arne"), encoding="utf-8")
    os.utime(inp / "fire.txt", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    (inp / "flood.yaml").write_text("outlet: The River Post\n", encoding="utf-8")  # a new sidecar changes flood.txt
    pipeline.build(config)
    assert sorted(opened) == ["fire.txt", "flood.txt"]
    assert "Arne Sand" in (tmp_path / "site" / "data" / "articles.json").read_text(encoding="utf-8")
    pipeline.build(replace(config, output=tmp_path / "cold", cache=None))
    assert site_files(tmp_path / "site") == site_files(tmp_path / "cold")


def test_a_file_changed_as_the_build_starts_is_read_again_next_time(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A clock that ticks coarsely could give an edit made in the same instant the same times: such files are
    not remembered."""
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "flood.txt").write_text(STORY, encoding="utf-8")
    config = Config(input=inp, output=tmp_path / "site", cache=tmp_path / "cache")
    pipeline.build(config)
    opened = files_opened(monkeypatch)
    pipeline.build(config)
    assert opened == ["flood.txt"]


def test_an_index_entry_whose_article_the_cache_lost_reads_the_file(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_index, "RACY_NS", 0)
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "flood.txt").write_text(STORY, encoding="utf-8")
    config = Config(input=inp, output=tmp_path / "site", cache=tmp_path / "cache")
    pipeline.build(config)
    first = site_files(tmp_path / "site")
    for shard in (tmp_path / "cache").glob("articles-*.pickle"):
        shard.write_bytes(b"damaged")
    report = pipeline.build(config)
    assert report.problems == () and site_files(tmp_path / "site") == first


def test_people_and_stories_are_read_back_until_an_article_or_a_correction_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inp = tmp_path / "in"
    inp.mkdir()
    for n in range(2):
        (inp / f"flood-{n}.txt").write_text(STORY + LONGER.replace("Tuesday", f"day {n}"), encoding="utf-8")
    (inp / "fire.txt").write_text(OTHER, encoding="utf-8")
    config = Config(input=inp, output=tmp_path / "site", cache=tmp_path / "cache")
    pipeline.build(config)
    grouped: list[int] = []
    group_stories = pipeline.stories.group_stories
    monkeypatch.setattr(pipeline.stories, "group_stories", lambda articles, *a, **k: grouped.append(len(articles))
                        or group_stories(articles, *a, **k))
    pipeline.build(config)
    assert grouped == []  # nothing changed: the stories come from the cache
    (inp / "people.yaml").write_text("rename:\n  Jonas Berg: Mayor Jonas Berg\n", encoding="utf-8")
    pipeline.build(config)
    assert grouped == [3]  # a correction changes them: grouped again
    people = json.loads((tmp_path / "site" / "data" / "people.json").read_text(encoding="utf-8"))
    assert "Mayor Jonas Berg" in {p["name"] for p in people}
    (inp / "fire.txt").write_text(OTHER.replace("Sunday", "Saturday"), encoding="utf-8")
    pipeline.build(config)
    assert grouped == [3, 3]  # so does an article
    pipeline.build(replace(config, output=tmp_path / "cold", cache=None))
    assert site_files(tmp_path / "site") == site_files(tmp_path / "cold")


def test_a_memo_computes_a_value_once_and_remembers_it_for_the_next_build(tmp_path: Path) -> None:
    calls: list[str] = []

    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    first = Memo(tmp_path, "shouts")
    assert first.remembered(b"k", shout, "flood") == "FLOOD"
    assert first.remembered(b"k", shout, "flood") == "FLOOD"
    first.save()
    assert Memo(tmp_path, "shouts").remembered(b"k", shout, "flood") == "FLOOD"
    assert calls == ["flood"]
    assert Memo(None, "shouts").remembered(b"k", shout, "fire") == "FIRE"  # --no-cache: computed every time
