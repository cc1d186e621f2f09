"""Header: the headline, byline and date lines around the start of an article body.

A copied page puts them in a block just above the body: headline (often printed twice, once as the page
title), maybe a standfirst, the byline and a date line. Each finder takes the page's lines and the index
where the body starts, and returns the line indices it used so that extraction can account for them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .bylines import credit_line_names, is_label_only, parse_byline
from .captions import has_credit, is_picture_sentence
from .dates import find_dates, page_is_day_first
from .furniture import CASE_FOLD_SPECIALS, is_ad, is_end_marker, is_prompt, is_tail_note, words

NON_ALNUM = re.compile(r"[\W_]+")
TITLE_SEPARATORS = ("|", "-", "–", "—", ":", "·", "•", "/")
UPDATED = re.compile(r"\b(?:updated?|modified|edited|last\s+updated|revised)\b", re.IGNORECASE)
PUBLISHED = re.compile(r"\b(?:published|posted|original|first\s+published|released|created)\b", re.IGNORECASE)
TWEET_SIGNATURE = re.compile(r"^[—–-]+\s*.{0,60}\(@\w+\)")
DATE_LABEL = re.compile(r"^\s*(?:date|published|posted|first\s+published)\s*:", re.IGNORECASE)
ORIGINALLY = re.compile(r"\b(?:originally|first)\s+(?:published|posted|appeared)\b(?:\s+on)?", re.IGNORECASE)
TIME = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.IGNORECASE)
DATE_WORDS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:mon|tue|wed|thu|"
                        r"fri|sat|sun)[a-z]*\b|\b(?:st|nd|rd|th|et|est|edt|pst|pdt|gmt|utc|bst|kst|cet|ist|ago|at|on|"
                        r"of|min|read|mins)\b|년|월|일", re.IGNORECASE)
WORD = re.compile(r"\w+")
BULLET = re.compile(r"^[•·▪◦*-]\s*")
HANDLE = re.compile(r"(?:^|\s)@\w+")
GLUED = re.compile(r"[a-z]{4,}[A-Z][a-z]{3,}")
NUMBERED = re.compile(r"^\d{1,2}[.)]\s")  # an item of a numbered "most read" list
# A reader's comment: "Jo Smith replied on December 24, 2023 at 5:00 pm" dates the comment, not the article.
COMMENT_DATE = re.compile(r"\b(?:replied|commented|wrote|says|said|replies)\b", re.IGNORECASE)
WEATHER = re.compile(r"\d\s*°\s*[CF]\b")  # a weather widget's "Sunday, Dec 24th 2023 11PM 9°C" is today's date
AS_TOLD = re.compile(r"\bas\s+told\s+to\b", re.IGNORECASE)
# The controls of an embedded video player; the line under them is the clip's title, not the page's headline.
PLAYER = re.compile(r"\b(?:auto-?plays?|click\s+to\s+play|tap\s+to\s+play|play\s+now|now\s+playing|"
                    r"video\s+(?:loading|unavailable|is\s+loading))\b", re.IGNORECASE)
CAPTION_LABEL = re.compile(r"^\s*(?:image|photo|media|video|picture)\s+caption\b\W*$", re.IGNORECASE)
JOINERS = {"and", ",", "&", "und", "y", "et"}
JOB = re.compile(r"\b(?:reporter|editor|correspondent|writer|columnist|contributor|producer|critic|insider|"
                 r"journalist)s?\b", re.IGNORECASE)
ROLE_END = re.compile(r"\b(?:reporter|editor|correspondent|writer|columnist|contributor|producer|critic)$", re.I)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the decoded text
    text: str  # white space collapsed


def one_a_line(above: Line, below: Line) -> bool:
    """Whether ``below`` was copied on the line right after ``above``, no blank line between: a list is copied one
    item a line, paragraphs with blank lines between."""
    return below.number == above.number + 1


@lru_cache(maxsize=16384)
def key(text: str) -> str:
    """A line's identity for spotting repeats: letters and digits only, case-folded."""
    return NON_ALNUM.sub("", text.casefold())


@lru_cache(maxsize=8192)
def date_of_line(line: str) -> str | None:
    """The date of a line that is a date line ("Dec. 22, 2023", "Published 5:04 PM EST, Fri ..."), else None.

    A date line is mostly date: a sentence that merely mentions a date is not one, nor an embedded post's
    signature ("— Zoo (@zoo) December 19, 2023"), and an "Updated" date is not a publication date.
    """
    found = find_dates(line)
    if not found or TWEET_SIGNATURE.search(line) or WEATHER.search(line) or COMMENT_DATE.search(line):
        return None
    # The first date not labelled "Updated": "Last updated: Dec 23, 2023 | Published: Dec 22, 2023" is the 22nd.
    published = None
    for k, date in enumerate(found):
        label = line[found[k - 1].end if k else 0:date.start]
        if not UPDATED.search(label) or PUBLISHED.search(label):
            published = date
            break
    if published is None:
        return None
    if DATE_LABEL.match(line):
        return published.iso  # "Date: December 18, 2023 Source: ..." however long the rest
    rest = TIME.sub(" ", DATE_WORDS.sub(" ", line))
    other = [w for w in WORD.findall(rest) if not w.isdigit()]
    if len(other) > 8 or (len(other) > 4 and line.rstrip().endswith(".")):
        return None
    return published.iso


def is_dateline(line: str) -> bool:
    """A date line of the header, publication or update: evidence of where the header is."""
    return bool(date_of_line(line) or updated_date(line))


def published_date(lines: list[Line]) -> tuple[str | None, int | None]:
    """A date the page calls the original publication ("This story was originally published Dec 22, 2023")."""
    for i, line in enumerate(lines):
        said = ORIGINALLY.search(line.text) if _may_say_originally(line.text) else None
        if said:
            found = find_dates(line.text[said.end():])
            if found:
                return found[0].iso, i
    return None, None


def _may_say_originally(text: str) -> bool:
    """Whether ORIGINALLY can match: it needs one of these words, which a plain lower-case check finds far faster
    than the pattern's search (CASE_FOLD_SPECIALS: the letters re.IGNORECASE folds and str.lower() does not)."""
    return any(word in text.lower() for word in ("published", "posted", "appeared")) or bool(
        CASE_FOLD_SPECIALS.search(text))


def updated_date(line: str) -> str | None:
    """The date of an "Updated ..." line, the last resort when a page shows no other."""
    found = find_dates(line)
    if found and UPDATED.search(line[:found[0].start]) and len(line) < 120:
        return found[0].iso
    return None


def find_anchor(lines: list[Line], start: int) -> int | None:
    """The first line of the byline/date block just above the body (or at its top), if the page has one."""
    anchor = None
    for i in range(start + 1, max(-1, start - 20), -1):
        if i >= len(lines):
            continue
        text = lines[i].text
        if is_label_only(text) or is_dateline(text) or (parse_byline(text) is not None and words(text) <= 30):
            anchor = i
        elif anchor is not None and anchor - i > 6:
            break
    return anchor


def find_headline(lines: list[Line], start: int, strong: int | None = None, end: int | None = None) -> int | None:
    """Index of the headline among the lines before the body, or None when the page shows none."""
    if strong is not None:
        return strong
    keys = [key(line.text) for line in lines]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    # Labels repeated inside the body (image labels, section names) are not headlines: count them apart.
    for k in keys[start:(end if end is not None else start) + 1]:
        counts[k + "#body"] = counts.get(k + "#body", 0) + 1
    anchor = find_anchor(lines, start)
    ref = anchor if anchor is not None and anchor < start else start
    best, best_score = None, 1.5
    scores: dict[int, float | None] = {}
    lead = _content_words(" ".join(line.text for line in lines[start:start + 3]))
    lo, budget = ref, 60  # the 60 lines above, not counting a notice printed over and over ("Oops! Try again")
    while lo > 0 and budget > 0:
        lo -= 1
        budget -= counts[keys[lo]] <= 2
    for i in range(lo, start):
        score = scores[i] = _headline_score(lines, keys, counts, i, ref, start)
        if score is not None:
            # The headline is about what the lead says; a teaser for another story is not.
            mine = _content_words(lines[i].text)
            score += 2.0 * len(mine & lead) / len(mine) if mine else 0.0
            scores[i] = score
        if score is not None and score > best_score:
            best, best_score = i, score
    above_score = scores.get(best - 1) if best is not None else None
    if best is not None and above_score is not None and above_score >= best_score - 1.0 \
            and words(lines[best - 1].text) >= 4:
        above = lines[best - 1].text.rstrip("\"'”’")
        if not above.endswith((".", ":", ",")) and keys[best] not in keys[:best - 1]:
            best -= 1  # a headline then its standfirst: the first of the two is the headline
    return _without_crumbs(lines, keys, best, start) if best is not None else None


def _without_crumbs(lines: list[Line], keys: list[str], best: int, start: int) -> int:
    """The headline itself when the chosen line is it with a breadcrumb in front ("Home News Downtown rebound?")
    and the page prints it alone a few lines below."""
    for j in range(best + 1, min(start, best + 4)):
        if words(lines[j].text) >= 2 and len(keys[j]) >= 8 and keys[best] != keys[j] and keys[best].endswith(keys[j]):
            return j
    return best


def _content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.casefold()) if len(w) > 3}


def _headline_score(lines: list[Line], keys: list[str], counts: dict[str, int], i: int, ref: int,
                    start: int) -> float | None:
    text = lines[i].text
    n = words(text)
    if n < 3 or n > 32 or len(text) > 260:
        return None
    if is_prompt(text) or is_end_marker(text) or is_ad(text) or date_of_line(text) or parse_byline(text) is not None:
        return None
    if has_credit(text) or is_picture_sentence(text) or is_label_only(text) or is_tail_note(text):
        return None
    if (find_dates(text) and n <= 12) or NUMBERED.match(text) or text.endswith(("(", "[")) or ROLE_END.search(text):
        return None
    if sum(w.strip(".,:;!?'\"“”‘’()").replace("'", "").replace("’", "").replace("-", "").isalpha()
           for w in text.split()) < 3 or HANDLE.search(text):  # mostly words, not numbers ("What's the Hold-Up?")
        return None
    if WEATHER.search(text) or (n <= 10 and AS_TOLD.search(text)):
        return None  # a weather widget; an "X as told to Y" credit
    if i > 0 and CAPTION_LABEL.match(lines[i - 1].text):
        return None  # the line under an "Image caption," label is the caption
    if any(PLAYER.search(x.text) and words(x.text) <= 10 for x in lines[max(0, i - 2):i]):
        return None  # the title of an embedded clip, under the player's controls
    k = keys[i]
    score = 0.0
    if any(keys[j] == k or _title_of(keys[j], k) for j in range(min(i, 3))):
        score += 3.0  # printed twice: as the page title at the top and as the headline
    elif counts.get(k + "#body", 0) > 1 or (counts[k] > 2 and n <= 4):
        return None  # printed over and over: the site's name, a section or an image label
    elif counts[k] > 1:
        score += 0.5  # printed twice, but teasers in link lists repeat too
    after = lines[i + 1:min(start + 1, i + 5)]
    header_below = any(parse_byline(x.text) is not None or is_dateline(x.text) or is_label_only(x.text)
                       or (words(x.text) <= 6 and parse_byline(x.text, need_label=False)) for x in after)
    if i < ref:
        score += max(0.0, 3.0 - 0.3 * (ref - i - 1))
    else:  # below the first header line: inside the header block if more of it follows, else a teaser
        score += 2.5 if header_below else max(0.0, 1.5 - 0.5 * (i - ref - 1))
    if header_below:
        score += 2.0
    if any(parse_byline(x.text) is not None or is_label_only(x.text) for x in lines[max(0, i - 2):i]):
        score -= 3.0  # the headline stands above its byline; a line just under one is a role or an author box
    stripped = text.rstrip("\"'”’")
    if stripped.endswith("."):
        score -= 2.5
    elif stripped.endswith((":", ",", ";")):
        score -= 2.0
    if n >= 5:
        score += 1.5
    elif n <= 3:
        score -= 1.5
    if text[0].islower():
        score -= 2.0
    if n > 22:
        score -= 1.0
    score -= 1.5 * min(2, len(GLUED.findall(text)))  # "OpinionsEditorials Columns": menu items run together
    long_words = [w for w in text.split() if len(w) > 3]
    if long_words and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words):
        score += 0.5
    return score


def _title_of(page_title: str, headline: str) -> bool:
    """Whether a page-title line is the headline plus the site name ("Headline | Site")."""
    return len(headline) >= 12 and page_title != headline and page_title.startswith(headline)


def find_byline(lines: list[Line], start: int, end: int, headline: int | None) -> tuple[tuple[str, ...], list[int]]:
    """The byline names and the lines that print them: above the body first, then in it, then just below."""
    top = min(headline if headline is not None else start, start)
    lo = max(0, top - 6)
    # Under the headline first, then above it nearest first: a teaser's byline may stand higher up.
    header_zone = [*range(top, min(len(lines), start + 2)), *range(top - 1, lo - 1, -1)]
    zones = [header_zone, range(start + 2, end + 1), range(end + 1, min(len(lines), end + 8))]
    for zone in zones:
        for i in zone:
            text = lines[i].text
            if is_label_only(text) and i + 1 < len(lines):
                names = parse_byline(lines[i + 1].text, need_label=False)
                if names is not None:
                    return _names_below(lines, names, [i, i + 1], i + 6)
            names = parse_byline(text)
            if names is not None and words(text) <= 30:
                return names, [i]
    cards = _author_cards(lines, headline + 1 if headline is not None else max(0, start - 30), start)
    if cards[0]:
        return cards
    # A name alone (or after a bullet) just under the headline or next to the date line.
    near: list[int] = []
    if headline is not None:
        near += range(headline + 1, headline + 4)
    anchor = find_anchor(lines, start)
    if anchor is not None:
        near += range(anchor - 1, min(start, anchor + 8))
    for i in sorted(set(near)):
        if not 0 <= i < len(lines) or i == headline:
            continue
        text = BULLET.sub("", lines[i].text)
        dated = find_dates(text)
        undated = f"{text[:dated[0].start]} {text[dated[0].end:]}" if dated else text  # "9/21/2016" is no credit
        after_slash = undated.split("/", 1)[1] if "/" in undated else ""
        if after_slash.strip() and not find_dates(after_slash):
            continue  # "Paul Chinn/The San Francisco Chronicle": a photo credit
        names = (parse_byline(text, need_label=False) or credit_line_names(text)) if words(text) <= 12 else None
        if names:
            return _names_below(lines, names, [i], i + 5, need_joiner=True)
    return (), []


def _names_below(lines: list[Line], names: tuple[str, ...], used: list[int], stop: int,
                 need_joiner: bool = False) -> tuple[tuple[str, ...], list[int]]:
    """More authors printed one a line under the first, maybe with "and" or "," on a line between them.
    Without a "By" label (``need_joiner``) a name on the next line counts only after such a joiner."""
    joined = False
    while used[-1] + 1 < min(len(lines), stop):
        nxt = lines[used[-1] + 1].text
        if nxt.strip().lower() in JOINERS:
            used, joined = [*used, used[-1] + 1], True
            continue
        more = parse_byline(nxt, need_label=False) if (joined or not need_joiner) and words(nxt) <= 6 else None
        if not more:
            break
        names, used, joined = tuple(dict.fromkeys(names + more)), [*used, used[-1] + 1], False
    while used and lines[used[-1]].text.strip().lower() in JOINERS:
        used.pop()  # a joiner with no name after it is not part of the byline
    return names, used


def _author_cards(lines: list[Line], lo: int, hi: int) -> tuple[tuple[str, ...], list[int]]:
    """Authors from the cards between headline and body: a name alone on its line with the writer's job a few
    lines under it ("Ana Ruiz" / "Close" / "Ana Ruiz" / "Senior Reporter"), one card per author."""
    names: tuple[str, ...] = ()
    used: list[int] = []
    for i in range(lo, hi):
        text = BULLET.sub("", lines[i].text)
        found = parse_byline(text, need_label=False) if words(text) <= 5 else None
        if found and any(JOB.search(x.text) and words(x.text) <= 8 for x in lines[i + 1:min(hi, i + 4)]):
            names, used = tuple(dict.fromkeys(names + found)), [*used, i]
    return names, used


def find_date(lines: list[Line], start: int, end: int, headline: int | None,
              byline_at: Sequence[int] = ()) -> tuple[str | None, int | None]:
    """The publication date and its line: one the page calls the original publication date, else the date
    line nearest the headline, else a date line above the body or just below it, else an "Updated" date.

    A date next to the byline (``byline_at``) is the article's rather than a teaser's printed near the headline.
    A date such as "03/04/2024" is read month first unless the page writes its other dates day first."""
    iso, at = _find_date(lines, start, end, headline, byline_at)
    if iso is not None and at is not None:
        other = next((d.day_first for d in find_dates(lines[at].text) if d.iso == iso and d.day_first), None)
        if other and page_is_day_first(line.text for line in lines):
            return other, at
    return iso, at


def _find_date(lines: list[Line], start: int, end: int, headline: int | None,
               byline_at: Sequence[int]) -> tuple[str | None, int | None]:
    iso, at = published_date(lines)
    if iso:
        return iso, at
    anchor = headline if headline is not None else start
    window = range(max(0, anchor - 12), min(len(lines), max(start, anchor + 1) + 4))
    candidates: list[tuple[float, int, str]] = []
    for i in window:
        iso = date_of_line(lines[i].text)
        if not iso:
            continue
        label = lines[i - 1].text if i > 0 else ""
        if i > 0 and len(label) < 30 and UPDATED.search(label) and not find_dates(label):
            continue  # "Updated:" on the line above
        rank = abs(i - anchor) + (0 if i >= anchor else 3) - (4 if any(abs(i - b) <= 2 for b in byline_at) else 0)
        if PUBLISHED.search(lines[i].text) or (len(label) < 30 and PUBLISHED.search(label)):
            rank -= 10
        candidates.append((rank, i, iso))
    if candidates:
        _, i, iso = min(candidates)
        return iso, i
    for i in range(end + 1, min(len(lines), end + 8)):
        iso = date_of_line(lines[i].text)
        if iso and not _dates_a_teaser(lines, i):
            return iso, i
    for i in range(max(0, anchor - 12), min(len(lines), start + 4)):
        iso = updated_date(lines[i].text)
        if iso:
            return iso, i  # the header's "Updated" date before any date far from it
    for i in range(0, start):
        iso = date_of_line(lines[i].text)
        if iso:
            return iso, i
    return None, None


def _dates_a_teaser(lines: list[Line], i: int) -> bool:
    """Whether the date line at ``i`` (below the article) is printed under a teaser's headline: a line of a few
    words that is not a sentence. The article's own date line there says "Published" or follows its text."""
    above = lines[i - 1].text if i > 0 else ""
    return not PUBLISHED.search(lines[i].text) and 3 <= words(above) <= 20 and not above.rstrip().endswith(
        (".", "!", "?", ":", "”", '"')) and parse_byline(above) is None
