"""Markdown as plain lines: the article text without its markup, keeping the source line numbers.

A Markdown article is already clean, so only the markup is removed: headings' '#', emphasis, links (their
text stays), images (dropped), block-quote marks. The first level-one heading is the headline.
"""

from __future__ import annotations

import re

from .header import Line

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")


def markdown_lines(text: str) -> tuple[list[Line], int | None]:
    lines: list[Line] = []
    headline: int | None = None
    for number, raw in enumerate(text.split("\n"), 1):
        if RULE.match(raw):
            continue
        line = IMAGE.sub("", raw)
        line = LINK.sub(r"\1", line)
        line = re.sub(r"^\s*>\s?", "", line)
        heading = HEADING.match(line)
        if heading:
            line = heading.group(2)
        line = " ".join(EMPHASIS.sub(r"\2", line).split())
        if not line:
            continue
        if heading and len(heading.group(1)) == 1 and headline is None:
            headline = len(lines)
        lines.append(Line(number, line))
    return lines, headline
