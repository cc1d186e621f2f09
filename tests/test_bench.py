"""The speed benchmark's inputs: digest, Hugo and Pelican must be handed the same articles.

Checks the writers only (bench/plain_pages.py); neither hugo nor pelican needs to be installed. Pelican reads
Markdown metadata with Python-Markdown's ``meta`` extension, so that is what reads the Pelican pages back here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import markdown
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from news_corpus import generate
from plain_pages import (
    PlainArticle,
    pelican_page,
    plain_article,
    write_digest_input,
    write_hugo_site,
    write_pelican_site,
)

from digest.load import load_folder


def read_hugo(path: Path) -> tuple[dict, str]:
    front, end = json.JSONDecoder().raw_decode(path.read_text(encoding="utf-8"))
    return front, path.read_text(encoding="utf-8")[end:]


def read_pelican(text: str) -> tuple[dict[str, list[str]], str]:
    reader = markdown.Markdown(extensions=["meta"])
    html = reader.convert(text)
    return reader.Meta, html  # type: ignore[attr-defined]


def paragraphs_of(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n")]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("bench")
    corpus = generate(20, seed=1)
    plain = [plain_article(a) for a in corpus]
    return {
        "corpus": corpus,
        "digest": write_digest_input(corpus, root / "digest"),
        "hugo": write_hugo_site(plain, root / "hugo"),
        "pelican": write_pelican_site(plain, root / "pelican"),
    }


def test_every_tool_gets_the_same_twenty_articles(sites: dict) -> None:
    corpus = sites["corpus"]
    assert len(corpus) == 20
    stems = sorted(Path(a.source).stem for a in corpus)
    assert sorted(p.stem for p in sites["digest"].glob("*.txt")) == stems
    assert sorted(p.stem for p in (sites["hugo"] / "content" / "articles").glob("*.md")) == stems
    assert sorted(p.stem for p in (sites["pelican"].parent / "content").glob("*.md")) == stems
    sources, problems = load_folder(sites["digest"])
    assert problems == []
    assert len(sources) == 20


def test_hugo_and_pelican_pages_carry_each_articles_fields_and_body(sites: dict) -> None:
    for article in sites["corpus"]:
        stem = Path(article.source).stem
        digest_text = (sites["digest"] / article.source).read_text(encoding="utf-8")
        assert digest_text.startswith(article.headline + "\n")
        assert all(paragraph in digest_text for paragraph in article.paragraphs)

        front, body = read_hugo(sites["hugo"] / "content" / "articles" / f"{stem}.md")
        assert front["title"] == article.headline
        assert front["date"] == article.date
        assert front["authors"] == list(article.byline)
        assert front["tags"] == list(article.people)
        assert front["categories"] == [article.story]
        assert paragraphs_of(body) == list(article.paragraphs)

        meta, html = read_pelican((sites["pelican"].parent / "content" / f"{stem}.md").read_text(encoding="utf-8"))
        assert meta["title"] == [article.headline]
        assert meta["date"] == [article.date]
        assert meta["slug"] == [stem]
        assert meta["category"] == [article.story]
        assert meta["authors"][0].split(", ") == list(article.byline)
        if article.people:
            assert meta["tags"][0].split(", ") == list(article.people)
        assert html.count("<p>") == len(article.paragraphs)


def test_hugo_site_has_config_and_a_layout_for_every_page_kind(sites: dict) -> None:
    config = (sites["hugo"] / "hugo.toml").read_text(encoding="utf-8")
    assert 'author = "authors"' in config and 'tag = "tags"' in config and 'category = "categories"' in config
    layouts = {p.name for p in (sites["hugo"] / "layouts").iterdir()}
    assert {"baseof.html", "home.html", "page.html", "taxonomy.html", "term.html"} <= layouts


def test_pelican_config_points_at_its_content_and_theme(sites: dict) -> None:
    config = sites["pelican"].read_text(encoding="utf-8")
    assert 'PATH = "content"' in config and 'THEME = "theme"' in config
    templates = {p.name for p in (sites["pelican"].parent / "theme" / "templates").iterdir()}
    assert {"index.html", "article.html", "tag.html", "author.html", "category.html"} <= templates


def test_a_comma_inside_a_name_does_not_split_it_into_two_pelican_authors() -> None:
    article = PlainArticle(slug="x", title="Quake\nhits town", date="2024-03-01", authors=("Smith, Jr. John",),
                           tags=("Ana Costa", "Ben Osei"), story="e1", paragraphs=("One.", "Two."))
    meta, _ = read_pelican(pelican_page(article))
    assert meta["title"] == ["Quake hits town"]
    assert meta["authors"][0].split(", ") == ["Smith Jr. John"]
    assert meta["tags"][0].split(", ") == ["Ana Costa", "Ben Osei"]
