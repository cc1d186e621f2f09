"""`digest explain` shows each field with where it came from, and every left-out line with its reason."""

from __future__ import annotations

from pathlib import Path

from digest.explain import describe
from digest.extract import extract_article
from digest.model import Metadata, SourceFile

PAGE = (Path(__file__).parent / "fixtures" / "extract" / "magazine_with_menus.txt").read_text(encoding="utf-8")


def test_explain_names_sources_of_fields_and_reasons_for_dropped_lines() -> None:
    article = extract_article(SourceFile("glaciers.txt", PAGE, "text", sidecar=Metadata(outlet="Alpine Times")))
    text = describe(article)
    assert "headline: Glacier melt in the Alps doubled in two years, study finds   [from text]" in text
    assert "outlet:   Alpine Times   [from sidecar]" in text
    assert "advertisement" in text  # the reason the ad line was left out
    line_of_menu = PAGE.split("\n").index("Menu") + 1
    assert f"line {line_of_menu:4d}: before the article body" in text


def test_explain_hints_at_a_sidecar_when_there_is_no_headline() -> None:
    article = extract_article(SourceFile("x.txt", "Just one sentence of text that has no headline at all above it.\n",
                                         "text"))
    assert "sidecar" in describe(article)
