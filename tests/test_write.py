"""The writer never loses a user's file and never leaves a half-written site."""

from __future__ import annotations

import ast
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from digest.config import Config
from digest.export import export_json
from digest.model import Corpus
from digest.render import render_site
from digest.urls import site_paths
from digest.write import MANIFEST, SiteWriter, content_hash, read_manifest, write_site
from fixtures.render import corpus, putin_warning_reworded


def test_writes_pages_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "site"
    report = write_site({"index.html": "<h1>Hi</h1>", "people/a.html": "A"}, out)
    assert (out / "index.html").read_text() == "<h1>Hi</h1>"
    assert (out / "people" / "a.html").read_text() == "A"
    assert read_manifest(out) == {"index.html", "people/a.html"}
    assert report.written == 2


def test_rebuild_removes_stale_pages_but_keeps_foreign_files(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "v1", "articles/old.html": "old"}, out)
    (out / "CNAME").write_text("news.example.org")
    (out / "articles" / "notes.txt").write_text("mine")
    report = write_site({"index.html": "v2"}, out)
    assert (out / "index.html").read_text() == "v2"
    assert not (out / "articles" / "old.html").exists()
    assert (out / "CNAME").read_text() == "news.example.org"
    assert (out / "articles" / "notes.txt").read_text() == "mine"
    assert report.kept_foreign == 2


def test_a_users_file_in_the_way_of_a_page_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("the user's own index")
    report = write_site({"index.html": "generated", "feed.xml": "<feed/>"}, out)
    assert (out / "index.html").read_text() == "the user's own index"
    assert (out / "feed.xml").exists()
    assert "index.html" not in read_manifest(out)
    assert any("in the way" in p.message for p in report.problems)
    # The next build still does not touch it: it is not in the manifest.
    write_site({"index.html": "generated again"}, out)
    assert (out / "index.html").read_text() == "the user's own index"


@pytest.mark.parametrize("bad", ["../escape.html", "/etc/passwd", "a/../../b.html", ""])
def test_paths_outside_the_output_are_refused_and_the_old_site_survives(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "good"}, out)
    with pytest.raises(ValueError):
        write_site({"index.html": "new", bad: "x"}, out)
    assert (out / "index.html").read_text() == "good"
    assert not (tmp_path / "escape.html").exists()
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "site"]
    assert leftovers == []


def test_failure_midway_leaves_previous_site_and_users_files_whole(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "good", "a.html": "A"}, out)
    (out / "CNAME").write_text("news.example.org")  # the user's own file

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    monkeypatch.setattr("digest.write.exchange_folders", fail)
    with pytest.raises(OSError):
        write_site({"index.html": "new"}, out)
    monkeypatch.undo()
    assert (out / "index.html").read_text() == "good"
    assert (out / "a.html").read_text() == "A"
    assert (out / "CNAME").read_text() == "news.example.org"
    assert (out / MANIFEST).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_same_files_give_identical_output(tmp_path: Path) -> None:
    files = {"b.html": "B", "a.html": "A", "data/x.json": "[]"}
    write_site(files, tmp_path / "one")
    write_site(dict(reversed(files.items())), tmp_path / "two")
    for name in ["a.html", "b.html", "data/x.json", MANIFEST]:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_a_rebuild_carries_unchanged_pages_by_hard_link_and_rewrites_changed_ones(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "v1", "articles/a.html": "A", "articles/b.html": "B"}, out)
    before = {name: os.stat(out / name) for name in ("index.html", "articles/a.html", "articles/b.html")}
    report = write_site({"index.html": "v2", "articles/a.html": "A", "articles/b.html": "B"}, out)
    after = {name: os.stat(out / name) for name in before}
    # The unchanged pages are the very same files: a server or rsync sees nothing new.
    assert after["articles/a.html"].st_ino == before["articles/a.html"].st_ino
    assert after["articles/b.html"].st_mtime_ns == before["articles/b.html"].st_mtime_ns
    assert after["index.html"].st_ino != before["index.html"].st_ino
    assert (out / "index.html").read_text() == "v2"
    assert report.unchanged == 2 and report.written == 3


def test_a_page_the_user_edited_in_the_output_is_written_again(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "generated"}, out)
    manifest_time = os.stat(out / MANIFEST).st_mtime_ns
    (out / "index.html").write_text("edited!!!")  # same length as the page: only the time tells
    os.utime(out / "index.html", ns=(manifest_time + 10**9, manifest_time + 10**9))
    report = write_site({"index.html": "generated"}, out)
    assert (out / "index.html").read_text() == "generated"
    assert report.unchanged == 0


def test_after_one_article_changes_only_the_pages_that_show_it_are_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "site"

    def build(c: Corpus) -> dict[str, str | bytes]:
        paths = site_paths(c)
        files = render_site(c, Config(), paths) | export_json(c, paths)
        write_site(files, out)
        return files

    before = build(corpus())
    inodes = {path: os.stat(out / path).st_ino for path in before}
    edited = corpus()
    edited = replace(edited, articles=tuple(putin_warning_reworded() if a.source == "c/putin.txt" else a
                                            for a in edited.articles))
    after = build(edited)
    rewritten = {path for path in after if os.stat(out / path).st_ino != inodes[path]}
    # Its own page, its story, the person it quotes (page and feed), the story lists that show the story's lead,
    # the search index (quotes are searchable) and the JSON; nothing about the Seoul story, its people or outlets.
    assert rewritten == {"articles/putin-warns-seoul.html", "stories/putin-warning.html", "people/vladimir-putin.html",
                         "people/vladimir-putin.xml", "index.html", "archive/2024-06.html", "feed.xml",
                         "assets/search-index.js", "data/articles.json", "data/people.json"}
    assert "grave mistake" in (out / "articles/putin-warns-seoul.html").read_text()
    assert len(after) > 30 and before.keys() == after.keys()


def test_the_site_writer_writes_each_page_as_it_comes_but_shows_the_site_only_at_commit(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "v1", "articles/a.html": "A"}, out)
    with SiteWriter(out) as site:
        site.add("index.html", "v2")
        site.add("articles/b.html", b"B")
        assert sorted(p.name for p in site.staging.rglob("*") if p.is_file()) == ["b.html", "index.html"]
        assert (out / "index.html").read_text() == "v1" and not (out / "articles" / "b.html").exists()
        report = site.commit()
    assert (out / "index.html").read_text() == "v2" and (out / "articles" / "b.html").read_text() == "B"
    assert not (out / "articles" / "a.html").exists()
    assert read_manifest(out) == {"index.html", "articles/b.html"} and report.written == 2
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_leaving_the_site_writer_without_commit_drops_the_new_pages_and_keeps_the_old_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "v1"}, out)
    with pytest.raises(RuntimeError), SiteWriter(out) as site:
        site.add("index.html", "v2")
        site.add("new.html", "N")
        raise RuntimeError("a page failed to render")
    assert (out / "index.html").read_text() == "v1" and not (out / "new.html").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_page_placed_by_another_process_is_in_the_site_once_recorded(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"same.html": "unchanged"}, out)
    inode = (out / "same.html").stat().st_ino
    with SiteWriter(out) as site:
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # what a render worker does: place the pages, send back only what place returned
            try:
                placed = [site.place("same.html", "unchanged"), site.place("stories/s.html", "S")]
                os.write(write, repr(placed).encode())
            finally:
                os._exit(0)
        os.close(write)
        os.waitpid(child, 0)
        with os.fdopen(read) as pipe:
            same, story = ast.literal_eval(pipe.read())  # a list of (hash, carried, size) tuples
        site.record("same.html", same)
        site.record("stories/s.html", story)
        report = site.commit()
    assert (out / "stories" / "s.html").read_text() == "S"
    assert (out / "same.html").stat().st_ino == inode and report.unchanged == 1  # carried by hard link
    assert read_manifest(out) == {"same.html", "stories/s.html"}


def test_a_page_added_twice_is_written_once_with_the_last_content_and_the_old_site_is_not_touched(
        tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"index.html": "old"}, out)
    with SiteWriter(out) as site:
        site.add("index.html", "old")  # carried from the old site by a hard link...
        site.add("index.html", "new")  # ...which must not be written through
        assert (out / "index.html").read_text() == "old"
        site.commit()
    assert (out / "index.html").read_text() == "new"


def test_a_file_given_in_pieces_is_written_whole_and_carried_by_hard_link_when_unchanged(tmp_path: Path) -> None:
    out = tmp_path / "site"

    def build(pieces: list[str]) -> None:
        with SiteWriter(out) as site:
            site.add_pieces("data/big.json", iter(pieces))
            site.add("index.html", "home")
            site.commit()

    build(["[\n", ' "é",\n', ' "b"\n', "]\n"])
    assert (out / "data" / "big.json").read_text(encoding="utf-8") == '[\n "é",\n "b"\n]\n'
    first = os.stat(out / "data" / "big.json")
    build(["[\n \"é\",\n", ' "b"\n]\n'])  # the same text, cut elsewhere: the same file
    assert os.stat(out / "data" / "big.json").st_ino == first.st_ino
    build(["[\n", ' "c"\n', "]\n"])
    assert os.stat(out / "data" / "big.json").st_ino != first.st_ino
    assert (out / "data" / "big.json").read_text(encoding="utf-8") == '[\n "c"\n]\n'
    assert sorted(p.name for p in (out / "data").iterdir()) == ["big.json"]  # nothing left beside it


def test_a_page_known_unchanged_is_carried_without_its_content_only_when_the_old_file_is_intact(
        tmp_path: Path) -> None:
    """The render memo knows a page's hash without rendering it; the writer links the old file unread, but only
    when the manifest gives that path that hash and the file is still the one it wrote."""
    out = tmp_path / "site"
    write_site({"same.html": "unchanged", "edited.html": "generated", "other.html": "O"}, out)
    manifest_time = os.stat(out / MANIFEST).st_mtime_ns
    (out / "edited.html").write_text("edited!!!")  # same length: only the time tells
    os.utime(out / "edited.html", ns=(manifest_time + 10**9, manifest_time + 10**9))
    inode = (out / "same.html").stat().st_ino
    with SiteWriter(out) as site:
        assert site.carry_unchanged("edited.html", content_hash(b"generated")) is None
        assert site.carry_unchanged("other.html", content_hash(b"not O")) is None  # another hash: not that page
        assert site.carry_unchanged("new.html", content_hash(b"N")) is None  # no such page before
        placed = site.carry_unchanged("same.html", content_hash(b"unchanged"))
        assert placed == (content_hash(b"unchanged"), True, len(b"unchanged"))
        site.record("same.html", placed)
        site.add("edited.html", "generated")
        site.commit()
    assert (out / "same.html").stat().st_ino == inode and (out / "same.html").read_text() == "unchanged"
    assert (out / "edited.html").read_text() == "generated" and read_manifest(out) == {"same.html", "edited.html"}


def test_a_manifest_of_an_older_version_without_sizes_carries_nothing_unread(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"same.html": "unchanged"}, out)
    manifest = json.loads((out / MANIFEST).read_text())
    del manifest["sizes"]
    (out / MANIFEST).write_text(json.dumps(manifest))
    with SiteWriter(out) as site:
        assert site.carry_unchanged("same.html", content_hash(b"unchanged")) is None
