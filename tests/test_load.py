"""Loading: every article file under the input folder, decoded right, with a plain Problem for each bad one."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from digest.load import load_file, load_folder, split_front_matter

ARTICLE = "Port reopens after storm\n\nThe port of Valencia reopened on Wednesday, officials said.\n"


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def only(folder: Path):
    files, problems = load_folder(folder)
    assert len(files) == 1, problems
    return files[0], problems


@pytest.mark.parametrize(("encoded", "encoding"), [
    ("Café in Zürich — “quoted”".encode(), "utf-8"),
    (codecs.BOM_UTF8 + "Café in Zürich — “quoted”".encode(), "utf-8-sig"),
    ("Café in Zürich — “quoted”".encode("utf-16"), "utf-16"),  # Python writes a BOM
    ("Café in Zürich — “quoted”".encode("utf-16-le"), "utf-16-le"),  # no BOM at all
    ("Café in Zürich — “quoted”".encode("cp1252"), "cp1252"),
])
def test_western_encodings_decode_to_the_same_text(tmp_path: Path, encoded: bytes, encoding: str) -> None:
    write(tmp_path, "a.txt", encoded)
    source, problems = only(tmp_path)
    assert source.text == "Café in Zürich — “quoted”"
    assert source.encoding == encoding
    assert problems == []


def test_latin1_bytes_that_cp1252_leaves_undefined_still_decode(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", b"Gr\xfc\xdfe \x81 aus K\xf6ln")
    source, _ = only(tmp_path)
    assert source.text.startswith("Grüße") and source.text.endswith("aus Köln")


def test_korean_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "국가안보실장은 일요일 러시아의 행동에 달렸다고 말했다."
    write(tmp_path, "ko.txt", text.encode("euc-kr"))
    source, problems = only(tmp_path)
    assert source.text == text
    assert source.encoding == "cp949"
    assert problems == []


def test_binary_and_empty_files_are_skipped_with_a_plain_reason(tmp_path: Path) -> None:
    write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "blank.md", "  \n\n")
    write(tmp_path, "good.txt", ARTICLE)
    files, problems = load_folder(tmp_path)
    assert [f.source for f in files] == ["good.txt"]
    reasons = {p.path: p.message for p in problems}
    assert reasons["photo.txt"].startswith("not text: binary data")
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.md"]


def test_big_file_is_cut_with_a_warning_and_no_broken_character(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", "é" * 100)  # 200 bytes of two-byte characters
    files, problems = load_folder(tmp_path, max_bytes=51)
    assert files[0].text == "é" * 25
    assert len(problems) == 1 and "51 bytes" in problems[0].message and problems[0].severity == "warning"


def test_nested_folders_and_odd_names_sorted_with_slash_paths(tmp_path: Path) -> None:
    for name in ["b/z.txt", "a b/#1 100%.txt", "a b/Ünïcode é.md", "top.txt", "b/notes.yaml", "b/.hidden.txt"]:
        write(tmp_path, name, ARTICLE)
    files, problems = load_folder(tmp_path)
    assert [f.source for f in files] == ["a b/#1 100%.txt", "a b/Ünïcode é.md", "b/z.txt", "top.txt"]
    assert problems == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlink_loop_is_not_followed_forever(tmp_path: Path) -> None:
    write(tmp_path, "news/a.txt", ARTICLE)
    (tmp_path / "news" / "again").symlink_to(tmp_path / "news", target_is_directory=True)
    files, _ = load_folder(tmp_path)
    assert [f.source for f in files] == ["news/a.txt"]


def test_markdown_front_matter_fills_metadata(tmp_path: Path) -> None:
    write(tmp_path, "story.md", "---\ntitle: Port reopens\nauthors: [Ana Ruiz, Luis Gomez]\ndate: 2023-12-22\n"
                                "publication: Valencia Daily\nurl: https://example.org/port\n---\n\n"
                                "The port reopened.\n")
    source, problems = only(tmp_path)
    assert problems == []
    assert source.format == "markdown"
    assert source.text.strip() == "The port reopened."
    meta = source.front_matter
    assert (meta.headline, meta.byline, meta.date, meta.outlet, meta.url) == (
        "Port reopens", ("Ana Ruiz", "Luis Gomez"), "2023-12-22", "Valencia Daily", "https://example.org/port")


def test_front_matter_author_string_is_split_into_names() -> None:
    meta, _ = split_front_matter("---\nauthor: Ana Ruiz and Luis Gomez\ndate: Dec. 22, 2023\n---\nBody\n")
    assert meta.byline == ("Ana Ruiz", "Luis Gomez")
    assert meta.date == "2023-12-22"


def test_broken_front_matter_names_the_line_and_skips_the_file(tmp_path: Path) -> None:
    write(tmp_path, "bad.md", "---\ntitle: Port reopens\nauthor: [Ana Ruiz\n---\nBody\n")
    files, problems = load_folder(tmp_path)
    assert files == []
    assert problems[0].path == "bad.md"
    assert problems[0].message.startswith("front matter: line ")


def test_markdown_without_front_matter_is_just_text(tmp_path: Path) -> None:
    write(tmp_path, "plain.md", "# Port reopens\n\nThe port reopened.\n")
    source, problems = only(tmp_path)
    assert problems == []
    assert source.front_matter.headline is None and source.text.startswith("# Port reopens")


def test_sidecar_gives_metadata_and_is_not_an_article(tmp_path: Path) -> None:
    write(tmp_path, "port.txt", ARTICLE)
    write(tmp_path, "port.yaml", "outlet: Valencia Daily\nurl: https://example.org/port\ndate: 2023-12-22\n"
                                 "headline: Port reopens after storm\nbyline: [Ana Ruiz]\n")
    write(tmp_path, "digest.yaml", "title: My digest\n")
    source, problems = only(tmp_path)
    assert problems == []
    assert source.sidecar.outlet == "Valencia Daily"
    assert source.sidecar.byline == ("Ana Ruiz",)
    assert source.sidecar.date == "2023-12-22"


def test_broken_sidecar_is_a_warning_and_the_article_still_loads(tmp_path: Path) -> None:
    write(tmp_path, "port.txt", ARTICLE)
    write(tmp_path, "port.yml", "outlet: [unclosed\n")
    source, problems = only(tmp_path)
    assert source.sidecar.outlet is None
    assert problems[0].path == "port.yml" and "sidecar ignored" in problems[0].message


def test_windows_line_endings_become_newlines(tmp_path: Path) -> None:
    write(tmp_path, "crlf.txt", b"Title line\r\n\r\nBody line.\r\n")
    source, _ = only(tmp_path)
    assert source.text == "Title line\n\nBody line.\n"


def test_load_file_reports_the_path_relative_to_the_root(tmp_path: Path) -> None:
    path = write(tmp_path, "sub/one.txt", ARTICLE)
    source, problems = load_file(path, tmp_path)
    assert source is not None and source.source == "sub/one.txt" and problems == []
