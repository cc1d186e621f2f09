"""Extract: one Article from one SourceFile — headline, byline, date, outlet, body paragraphs, captions.

The body is found first, as the run of lines where prose outweighs furniture (the best-scoring contiguous
run, one pass over the lines). The header fields are then read from the lines just above it, and every
line left out is recorded with its reason for ``digest explain``. Metadata from a sidecar wins over front
matter, which wins over what the text says.
"""

from __future__ import annotations

import re

from .body import body_span
from .bylines import parse_byline
from .captions import has_credit, is_credit_line, is_picture_sentence, is_verbless
from .furniture import (
    ends_sentence,
    is_ad,
    is_end_marker,
    is_lead_note,
    is_prompt,
    is_tail_note,
    is_title_question,
    weight,
    words,
)
from .header import Line, date_of_line, find_byline, find_date, find_headline, key, one_a_line
from .markdown_text import markdown_lines
from .model import Article, DroppedLine, Metadata, Provenance, SourceFile
from .outlet import find_outlet

INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u00ad]")
TITLE_WORDS = 12
# A dateline on its own line before the lead: "RIVERSIDE —", "Riverside, Maine (AP) --"
DATELINE_ALONE = re.compile(r"^(?:[A-Z][\w.'’]*[,/]?\s+){0,3}[A-Z][\w.'’]*\s*(?:\([A-Z][\w ]{1,20}\)\s*)?(?:—|–|--)$")
# "Key Takeaways", "ZDNET's key takeaways", "At a glance": the page's summary points follow.
SUMMARY_LABEL = re.compile(r"^\s*(?:[\w.]+['’]s\s+)?(?:key\s+(?:takeaways|points)|takeaways|highlights|"
                           r"at\s+a\s+glance|in\s+brief|the\s+big\s+picture|summary|tl;?dr)\s*:?\s*$", re.IGNORECASE)
SIGN_UP_BOX = re.compile(r"^.{0,40}\b(?:newsletters?|sign\s+up|subscribe)\b.{0,40}$", re.IGNORECASE)
# One item of a list: "Label: value" or "Name - value", short.
# The dash may lose a space on one side ("Organization- Phase Connect"); a hyphenated word has none on either.
LIST_ITEM = re.compile(r"^(?:[^:.!?]{1,40}:\s+\S.{0,120}|[^.!?]{1,60}(?:\s[-–—]|[-–—]\s)\s?\S.{0,60})$")
# A magazine's end mark after the last sentence ("... the South China Sea. ■") is typography, not text.
END_MARKS = "■∎◆❖□▪◼●"
END_MARK = re.compile(rf"(?<=\S)\s*[{END_MARKS}]\s*$")
CREDIT_LABEL = re.compile(r"^\s*(?:photo|image|picture|photograph|credit)s?\s*(?:credit|by)?\s*:\s*\S.{0,60}$",
                          re.IGNORECASE)
EDITORS_NOTE = re.compile(r"^\W{0,2}editor['’]?s\s+note\b", re.IGNORECASE)
SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|according)\b")
SCREEN_READER = re.compile(r"\((?:opens|open)\s+in\s+(?:a\s+)?new\s+(?:window|tab)\)", re.IGNORECASE)
# Text copied from a page can glue a name to the date after it: "By Kent GermanDec 22, 2023".
DIGIT = re.compile(r"\d")  # GLUED_MONTH's dates need one
GLUED_MONTH = re.compile(r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d|"
                         r"(?:Published|Updated|Posted)\b)")


def page_lines(source: SourceFile) -> tuple[list[Line], int | None]:
    """The non-empty lines (white space collapsed), and for Markdown the index of its '# ' headline."""
    if source.format == "markdown":
        return markdown_lines(source.text)
    lines = []
    # INVISIBLE never matches a line break, so it can clean the whole text at once; the other two patterns are
    # tried only on lines holding what they need (a parenthesis; a digit or a label), which most lines lack.
    for number, raw in enumerate(INVISIBLE.sub("", source.text).split("\n"), 1):
        if "(" in raw:
            raw = SCREEN_READER.sub(" ", raw)
        text = " ".join(raw.split())
        if DIGIT.search(text) or "Published" in text or "Updated" in text or "Posted" in text:
            text = GLUED_MONTH.sub(" ", text)
        if text:
            lines.append(Line(number, text))
    return lines, None


def extract_article(source: SourceFile) -> Article:
    """The article in one file: body run first, then the header around its top, then each line's fate."""
    lines, md_headline = page_lines(source)
    start, end = body_span(lines)
    end, list_items = _list_after(lines, end)
    headline_at = find_headline(lines, start, md_headline, end)
    run_start = start
    start = _skip_header_block(lines, start, end, headline_at, find_byline(lines, start, end, headline_at)[1])
    if start != run_start:  # the run had swallowed the header: look again, now that its lines are candidates
        headline_at = find_headline(lines, start, md_headline, end)
    byline, byline_at = find_byline(lines, start, end, headline_at)
    date, date_at = find_date(lines, start, end, headline_at, byline_at)
    header_lines = [i for i in [*byline_at, date_at] if i is not None and start <= i < start + 12]
    if header_lines:  # a byline or date line at the top of the run: the body starts after it
        start = _first_paragraph(lines, max(header_lines) + 1, end, start)
    list_items |= _lists_inside(lines, start, end)
    if 0 < start <= end and DATELINE_ALONE.match(lines[start - 1].text) and words(lines[start - 1].text) <= 4 and (
            parse_byline(lines[start - 1].text) is None):
        start -= 1  # "RIVERSIDE —" printed on its own line: it opens the lead paragraph
        list_items.add(start)

    reasons: dict[int, str] = {}
    if headline_at is not None:
        reasons[headline_at] = "headline"
    for i in byline_at:
        reasons[i] = "byline"
    if date_at is not None:
        reasons[date_at] = "date line"
    headline_key = key(lines[headline_at].text) if headline_at is not None else None

    captions: list[str] = []
    seen_paragraphs: set[str] = set()
    seen_captions: set[str] = set()
    lead = next((j for j in range(start, end + 1) if _looks_like_paragraph(lines[j].text)
                 and not is_picture_sentence(lines[j].text) and not is_verbless(lines[j].text)), end + 1)
    for i, line in enumerate(lines):
        if i in reasons:
            continue
        text = line.text
        k = key(text)
        if k in seen_captions:
            reasons[i] = "caption repeated"
        elif start - 15 <= i <= end and _is_caption(lines, i, lead):
            captions.append(text)
            seen_captions.add(k)
            reasons[i] = "caption"
        elif not start <= i <= end:
            reasons[i] = "before the article body" if i < start else "after the article body"
        else:
            reason = None if i in list_items else _body_line_reason(text, k, headline_key, seen_paragraphs)
            if reason:
                reasons[i] = reason
            else:
                seen_paragraphs.add(k)
    for i in _summary_points(lines, start, end):
        reasons[i] = "summary point (key takeaways)"
    for i in range(start, end + 1):
        if i not in reasons and key(lines[i].text) in seen_captions:
            reasons[i] = "caption repeated"  # printed in the body before the caption itself was seen
    kept = [i for i in range(start, end + 1) if i not in reasons]  # the lines that became paragraphs, in order
    for i in _author_box(lines, kept, byline if byline_at and min(byline_at) < start else ()):
        reasons[i] = "author box after the article"
    kept = [i for i in kept if i not in reasons]
    # After the last paragraph: notes (bio, credit, pitch), and the blurb of a sign-up box under its prompt.
    while kept and (is_tail_note(lines[kept[-1]].text) or (
            kept[-1] > 0 and SIGN_UP_BOX.match(lines[kept[-1] - 1].text) and len(kept) > 1)):
        reasons[kept.pop()] = "note after the article (bio, credit, pitch)"
    # Before the lead: an author bio or an editor's note is not the story. An editor's note opens the article, so
    # a line printed above it is still the header (a caption or standfirst), not the lead.
    if len(kept) > 2 and EDITORS_NOTE.match(lines[kept[1]].text):
        reasons[kept.pop(0)] = "above an editor's note (caption or standfirst)"
    while len(kept) > 1 and is_lead_note(lines[kept[0]].text):
        reasons[kept.pop(0)] = "note before the article"
    # Just under the byline, a line that names its author is the author's bio ("Former player and scout Bucky
    # Brooks knows the league ..."): a story's lead does not name the reporter who wrote it.
    if len(kept) > 1 and byline_at and 0 < kept[0] - max(byline_at) <= 3 and any(
            name in lines[kept[0]].text for name in byline):
        reasons[kept.pop(0)] = "note before the article (about the author)"
    for i in _unlabelled_points(lines, kept):
        reasons[i] = "summary point (a list before the lead)"
        kept.remove(i)
    paragraphs = _join_datelines([_without_end_mark(lines[i].text) for i in kept])

    headline = _without_site_name(lines[headline_at].text) if headline_at is not None else None
    text_fields: dict[str, object] = {
        "headline": headline,
        "byline": byline or None,
        "date": date,
        "outlet": find_outlet([x.text for x in lines], [lines[i].text for i in byline_at] + _email_lines(lines),
                              paragraphs[0] if paragraphs else None),
        "url": None,
    }
    values, provenance = _merge(text_fields, source.front_matter, source.sidecar)
    final_headline = values["headline"]
    title = final_headline or _title_from_lead(paragraphs) or source.source
    provenance["title"] = provenance.get("headline", "fallback") if final_headline else "fallback"
    dropped = tuple(DroppedLine(lines[i].number, lines[i].text, reason) for i, reason in sorted(reasons.items()))
    return Article(
        source=source.source, headline=final_headline, title=title, byline=tuple(values["byline"] or ()),
        outlet=values["outlet"], date=values["date"], url=values["url"], paragraphs=tuple(paragraphs),
        captions=tuple(captions), provenance=provenance, dropped=dropped, format=source.format,
    )


def _without_end_mark(text: str) -> str:
    return END_MARK.sub("", text) if any(mark in text for mark in END_MARKS) else text


def _skip_header_block(lines: list[Line], start: int, end: int, headline_at: int | None, byline_at: list[int]) -> int:
    """Move the body start past a standfirst, byline or date line that the prose run swallowed.

    The page's own byline (``byline_at``) counts wherever it is in the first dozen lines; any other byline or
    date line only before the article's prose has begun.
    """
    last_header = max((i for i in byline_at if start <= i < start + 12), default=None)
    prose = 0
    for i in range(start, min(end + 1, start + 12)):
        text = lines[i].text
        if _looks_like_paragraph(text):
            # The header block holds at most one standfirst. Past two paragraphs (or one long one) the article
            # has begun, and a byline or date below belongs to a related-story teaser set inside it.
            prose += 2 if words(text) >= 45 else 1
            if prose >= 2:
                break
        if (parse_byline(text) is not None and words(text) <= 30) or date_of_line(text) or (
                headline_at is not None and key(text) == key(lines[headline_at].text)):
            last_header = max(i, last_header or i)
    if last_header is None:
        return start
    return _first_paragraph(lines, last_header + 1, end, start)


def _author_box(lines: list[Line], kept: list[int], byline: tuple[str, ...]) -> list[int]:
    """The kept lines from an author box on: a line printing the author's name alone, or a byline naming them
    again, after the article has begun. What follows is the author's bio and other stories, not the article.
    (``byline`` is given only when the page printed it above the article: a byline inside the body is no repeat.)"""
    if not byline or len(kept) < 3:
        return []
    names = {key(name) for name in byline}
    if sum(key(line.text) in names for line in lines[kept[0]:]) >= 3:
        return []  # the author's name over and over: an interview's speaker labels, not a box
    for i in range(kept[1] + 1, kept[-1] + 1):
        text = lines[i].text
        if words(text) <= 12 and (key(text) in names or (
                parse_byline(text) is not None and names & {key(n) for n in parse_byline(text) or ()})):
            return [j for j in kept if j > i]
    return []


def _without_site_name(headline: str) -> str:
    """A headline taken from the page's title keeps only its longest part: "Ferry fares rise | Riverside Daily" and
    "Opinion | Ferry fares rise" are "Ferry fares rise" (headlines themselves do not use a bar)."""
    parts = [p.strip() for p in headline.split(" | ") if p.strip()]
    return max(parts, key=words) if len(parts) > 1 else headline


def _summary_points(lines: list[Line], start: int, end: int) -> list[int]:
    """The points under a "Key Takeaways" label near the top of the body, up to the first line that is not a
    sentence: the page's summary of the article, printed before it."""
    for i in range(max(0, start - 3), min(end, start + 12)):
        if SUMMARY_LABEL.match(lines[i].text):
            block = _one_a_line(lines, i + 1, end)
            points: list[int] = []
            for j in block or range(i + 1, end + 1):
                if not _is_point(lines[j].text) or (not block and not _of_a_length(lines, points, j)):
                    break
                points.append(j)
            return points if points and points[-1] < end - 1 else []
    return []


def _one_a_line(lines: list[Line], first: int, end: int) -> list[int]:
    """The lines from ``first`` printed one a line (no blank line between), when a blank line closes them before
    ``end``: a list is copied one item a line, paragraphs with blank lines between. Empty if there is no such list."""
    last = first
    while last < end and one_a_line(lines[last], lines[last + 1]):
        last += 1
    return list(range(first, last + 1)) if first < last < end else []


def _is_point(text: str) -> bool:
    """A summary point: a sentence or a long phrase, not a dateline ("Washington:") or a page control."""
    return not text.endswith(":") and (weight(text) > 0 or words(text) >= 8) and words(text) < 80


def _of_a_length(lines: list[Line], points: list[int], j: int) -> bool:
    """Points parted by blank lines are of a length; the lead after them is longer than any."""
    n = words(lines[j].text)
    return n < 40 and (not points or n <= 1.5 * max(words(lines[p].text) for p in points) + 5)


def _unlabelled_points(lines: list[Line], kept: list[int]) -> list[int]:
    """Summary points with no label, printed before the lead: three or more short sentences on consecutive lines
    (a list is copied one item a line) where the paragraphs after them are parted by blank lines."""
    run = 1
    while run < len(kept) and one_a_line(lines[kept[run - 1]], lines[kept[run]]):
        run += 1
    rest = kept[run:run + 4]
    if run < 3 or len(rest) < 3 or any(words(lines[i].text) > 40 or not ends_sentence(lines[i].text)
                                       for i in kept[:run]):
        return []
    if all(lines[b].number - lines[a].number >= 2 for a, b in zip([kept[run - 1], *rest], rest, strict=False)):
        return kept[:run]
    return []


def _list_after(lines: list[Line], end: int) -> tuple[int, set[int]]:
    """A list that closes the article ("2023: Victor Rivas", "Best Music Vtuber - MORI CALLIOPE", spec sheets):
    short lines of one shape right after the body, maybe under a heading. Returns the new end and the items."""
    n = len(lines)
    first = end + 1
    intro = end >= 0 and lines[end].text.rstrip().endswith(":")
    if first + 1 < n and not LIST_ITEM.match(lines[first].text) and LIST_ITEM.match(lines[first + 1].text):
        first += 1  # the list's heading
    last = first
    while last < n and last - first < 100 and LIST_ITEM.match(lines[last].text) and not is_prompt(lines[last].text):
        last += 1
    if last - first >= (2 if intro else 3):
        return last - 1, set(range(first, last))
    return end, set()


def _lists_inside(lines: list[Line], start: int, end: int) -> set[int]:
    """The items of lists inside the article: after a paragraph that announces them with a colon ("Among the
    findings:"), the short lines up to the next paragraph, as long as they are not page furniture."""
    items: set[int] = set()
    for i in range(start, end):
        if not lines[i].text.rstrip().endswith(":") or words(lines[i].text) < 3:
            continue
        found: list[int] = []
        for j in range(i + 1, end + 1):
            text = lines[j].text
            if is_ad(text):
                continue  # an advertisement set between two items
            if not 2 <= words(text) <= 40 or _looks_like_paragraph(text) or is_prompt(text) or is_end_marker(text):
                break
            found.append(j)
        if len(found) >= 2:
            items.update(found)
    return items


def _first_paragraph(lines: list[Line], i: int, end: int, otherwise: int) -> int:
    """Index of the first line from ``i`` on that reads like a paragraph (``otherwise`` if none does)."""
    while i <= end and not _looks_like_paragraph(lines[i].text):
        i += 1
    return i if i <= end else otherwise


def _join_datelines(paragraphs: list[str]) -> list[str]:
    """A dateline printed on its own line ("Washington/ New Delhi:") belongs to the paragraph after it."""
    out: list[str] = []
    for text in paragraphs:
        if out and words(out[-1]) <= 5 and out[-1].rstrip().endswith((":", "—", "–", "--")) and all(
                w[0].isupper() for w in re.findall(r"[^\W\d_][\w'’.-]*", out[-1])):  # place names, not "Among the:"
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _looks_like_paragraph(text: str) -> bool:
    return words(text) >= 8 and ends_sentence(text) and not is_prompt(text)


def _is_caption(lines: list[Line], i: int, lead: int) -> bool:
    """A caption: a credited line anywhere, or above the lead paragraph a picture sentence, a line printed
    twice in a row (image alt text and caption), or a sentence with a photo credit on the next line."""
    text = lines[i].text
    if has_credit(text):
        return True
    if i > lead or words(text) < 6 or not ends_sentence(text):
        return False
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    # A line of 40+ words before a short title-cased line is a lead paragraph before a subheading, not a caption.
    return (is_picture_sentence(text) or is_verbless(text) or (nxt == text and words(text) <= 60)
            or (is_credit_line(nxt) and words(text) <= 40) or _under_a_credit(lines, i))


def _under_a_credit(lines: list[Line], i: int) -> bool:
    """A short line without speech right under a labelled photo credit ("Image: Tom Okafor"), when a longer
    paragraph follows it: the picture's caption, printed after its credit."""
    text = lines[i].text
    if i == 0 or i + 1 >= len(lines) or not CREDIT_LABEL.match(lines[i - 1].text) or words(text) > 20:
        return False
    nxt = lines[i + 1].text
    return not SPEECH.search(text) and _looks_like_paragraph(nxt) and words(nxt) > words(text)


def _body_line_reason(text: str, k: str, headline_key: str | None, seen: set[str]) -> str | None:
    """Why a line inside the body run is not a paragraph, or None when it is one."""
    if headline_key is not None and k == headline_key:
        return "headline repeated"
    if k in seen:
        return "repeated line"
    if is_ad(text):
        return "advertisement"
    if is_end_marker(text) or is_prompt(text):
        return "page furniture"
    if parse_byline(text) is not None and words(text) <= 12:
        return "byline"
    if date_of_line(text) and words(text) <= 8:
        return "date line"
    if not ends_sentence(text) and words(text) < 15:
        return "heading or link (no sentence)"
    if words(text) < 8 and text.rstrip().endswith(("...", "…")):
        return "heading or link (cut short)"  # "Before You Go ...", "Read the full story..."
    if is_title_question(text):
        return "heading or link (headline case)"
    if not any(c.isalpha() for c in text):
        return "no words"
    return None


def _email_lines(lines: list[Line]) -> list[str]:
    return [x.text for x in lines if "@" in x.text and len(x.text) < 200 and parse_byline(x.text) is not None]


def _merge(text: dict[str, object], front: Metadata,
           sidecar: Metadata) -> tuple[dict[str, object], dict[str, Provenance]]:
    """Each field from the strongest place that gives it: sidecar, then front matter, then the text."""
    values: dict[str, object] = {}
    provenance: dict[str, Provenance] = {}
    for name, found in text.items():
        for where, meta in (("sidecar", sidecar), ("front matter", front)):
            given = getattr(meta, name)
            if given is not None:
                values[name], provenance[name] = given, where  # type: ignore[assignment]
                break
        else:
            values[name] = found
            if found:
                provenance[name] = "text"
    return values, provenance


def _title_from_lead(paragraphs: list[str]) -> str | None:
    """A short title from the lead sentence, for pages that print no headline."""
    if not paragraphs:
        return None
    sentence = re.split(r"(?<=[.!?])\s", paragraphs[0], maxsplit=1)[0].rstrip(".")
    tokens = sentence.split()
    return " ".join(tokens[:TITLE_WORDS]) + ("…" if len(tokens) > TITLE_WORDS else "")
