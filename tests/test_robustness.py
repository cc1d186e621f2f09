"""Hostile and random input: extraction and the whole build never raise and never emit markup from content."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest import pipeline
from digest.config import Config
from digest.model import SourceFile

# Lines in the shapes real copied pages have, mixed with hostile markup and odd characters.
LINE = st.one_of(
    st.text(max_size=120),
    st.sampled_from([
        "Home > World > Asia", "By JANE ROE and John Doe [jane@example.com]", "June 21,2024 864",
        "Related Articles", "Leave a Reply", "“Quoted words,” said Kim Jong-un.", "He said: “unclosed",
        "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
        "\u201cA\u201d \u00abB\u00bb \"C\" 'D'", "Published 5:04 PM EST, Fri December 22, 2023", "© 2023 Example News",
        "\x00\x01\x02", "\ufeff", "\u202e reversed", "김정은 위원장은 말했다", "A" * 3000,
    ]),
)
PAGE = st.lists(LINE, max_size=40).map(lambda lines: "\n\n".join(lines))

# Real pages (the seed articles in the repository), mutated: lines dropped, repeated, shuffled or cut, and
# hostile lines spliced in, so extraction sees real page shapes broken in the ways copies break.
SEED_LINES = [path.read_text(encoding="utf-8").split("\n")
              for path in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))]
HOSTILE = ["<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "[a](javascript:alert(1))", "\x00\x1b",
           "\u2028", "“", "\"", "By", "Updated", "— ", "x" * 5000, "김정은", "«Цитата»", "---"]


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    lines = list(draw(st.sampled_from(SEED_LINES)))
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "repeat", "cut", "splice", "swap", "join"]))
        if action == "drop":
            del lines[at]
        elif action == "repeat":
            lines.insert(at, lines[at])
        elif action == "cut":
            lines[at] = lines[at][:draw(st.integers(0, max(len(lines[at]), 1)))]
        elif action == "splice":
            lines.insert(at, draw(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40))))
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        else:
            lines[at:at + 2] = [" ".join(lines[at:at + 2])]
    return "\n".join(lines)


class MarkupAudit(HTMLParser):
    """Collects what would run or load in a browser: event handlers, javascript: links, foreign tags."""

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[str] = []
        self.in_script = False
        self.script_is_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("iframe", "object", "embed", "img"):
            self.findings.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.findings.append(f"{tag} {name}=")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.findings.append(f"{tag} {name}={value}")
        self.in_script = tag == "script"
        self.script_is_data = ("type", "application/ld+json") in attrs

    def handle_endtag(self, tag: str) -> None:
        self.in_script = False

    def handle_data(self, data: str) -> None:
        if not self.in_script:
            return
        if self.script_is_data:  # JSON-LD is data, never run: content text may be in it, as long as it parses
            try:
                json.loads(data)
            except ValueError:
                self.findings.append(f"JSON-LD that does not parse {data[:40]!r}")
        elif "alert" in data:
            self.findings.append(f"script content {data[:40]!r}")


def markup_from_content(html: str) -> list[str]:
    audit = MarkupAudit()
    audit.feed(html)
    return audit.findings


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGE)
def test_analysis_never_raises(text: str) -> None:
    article = pipeline.analyse_article(SourceFile("random.txt", text, "text"))
    assert isinstance(article.paragraphs, tuple)
    for quote in article.quotes:
        assert 0 <= quote.paragraph < len(article.paragraphs)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_seed(), st.booleans())
def test_analysis_of_mutated_real_pages_never_raises(text: str, markdown: bool) -> None:
    source = SourceFile("seed.md" if markdown else "seed.txt", text, "markdown" if markdown else "text")
    article = pipeline.analyse_article(source)
    for quote in article.quotes:
        assert 0 <= quote.paragraph < len(article.paragraphs)
        assert 0 <= quote.start <= quote.end <= len(article.paragraphs[quote.paragraph])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(PAGE, mutated_seed()), min_size=1, max_size=4))
def test_whole_build_never_raises_nor_emits_markup_from_content(tmp_path_factory, pages: list[str]) -> None:
    root: Path = tmp_path_factory.mktemp("hostile")
    (root / "in").mkdir()
    for n, text in enumerate(pages):
        (root / "in" / f"page {n} #%?é.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    pipeline.build(Config(input=root / "in", output=root / "out", cache=None))
    for page in (root / "out").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert markup_from_content(html) == [], page
