"""Markdown as plain lines: the article text without its markup, keeping the source line numbers.

A Markdown article is already clean, so only the markup is removed: headings' '#', emphasis, links (their
text stays), images (dropped), block-quote marks. The first level-one heading is the headline.

Raw HTML in Markdown is markup, not article text: its tags are removed by nh3 (a maintained HTML sanitiser,
not our own regexes) and its entities decoded; script, style and comment blocks are dropped whole, also when
they span lines. Nothing here is ever output as HTML: the site escapes every character of the text.
"""

from __future__ import annotations

import html
import re

import nh3

from .header import Line

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # a link target, with one level of parentheses: (javascript:f(1))
IMAGE = re.compile(r"!\[[^\]]*\]" + TARGET)
LINK = re.compile(r"\[([^\]]+)\]" + TARGET)
EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
HIDDEN_BLOCKS = (("<script", "</script"), ("<style", "</style"), ("<!--", "-->"))  # content is never text
TAG_START = re.compile(r"<[A-Za-z!/]")  # only such lines can hold HTML; the rest skip the sanitiser
AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>")  # <http://x>: text
ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def without_html(line: str) -> str:
    """The text of a Markdown line with raw HTML: tags removed, entities decoded (``&amp;`` -> ``&``)."""
    line = AUTOLINK.sub(r"\1", line)
    if not TAG_START.search(line):
        return ENTITY.sub(lambda m: html.unescape(m.group()), line) if "&" in line else line
    text = nh3.clean(line, tags=set(), clean_content_tags={"script", "style"}, strip_comments=True)
    return html.unescape(text)


def markdown_lines(text: str) -> tuple[list[Line], int | None]:
    lines: list[Line] = []
    headline: int | None = None
    closing: str | None = None  # the end of a hidden block (script, style, comment) the lines are inside
    for number, raw in enumerate(text.split("\n"), 1):
        if closing is not None:
            if closing in raw.lower():
                closing = None
            continue
        lower = raw.lower()
        for opening, end in HIDDEN_BLOCKS:
            start = lower.rfind(opening)
            if start != -1 and end not in lower[start:]:
                closing, raw = end, raw[:start]  # the text before the block still counts
                break
        if RULE.match(raw):
            continue
        raw = without_html(raw)
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
