"""Body: the run of lines that is the article, found in one pass over a copied page.

Each line weighs for (prose) or against (furniture) being article text, and the best-scoring contiguous run
is the body. Around that general mechanism, a few page shapes adjust the weights or the zones: a table of
contents, an embedded player's title and blurb, markers after which only other content follows (comments,
"More from ..."), and a "Recommended" box set inside an article that the article continues after.
"""

from __future__ import annotations

import re

from .bylines import parse_byline
from .furniture import ends_sentence, is_footer, is_hard_end, weight, words
from .header import Line, is_dateline, one_a_line

CONTENTS_LABEL = re.compile(r"^\s*(?:(?:table\s+of\s+)?contents|in\s+this\s+(?:article|story|guide)|jump\s+to"
                            r"(?:\s+section)?)\s*:?\s*$", re.IGNORECASE)
MEDIA_LABEL = re.compile(r"^\s*(?:video|watch|watch\s+now|gallery|audio|podcast)\s*:?\s*$", re.IGNORECASE)
COMMENTS_START = re.compile(r"^\s*(?:\d+\s+comments|leave\s+a\s+(?:reply|comment)|(?:see|view|show)\s+all\s+"
                            r"comments.*)\s*:?\s*$", re.IGNORECASE)
WORD = re.compile(r"\w+")
# Long words any two stories share.
COMMON = {"would", "could", "should", "there", "their", "about", "which", "after", "other", "these", "those", "where",
          "while", "being", "years", "people", "first", "before", "since", "still", "because", "according", "during"}
PACKED_BLOCK = 4  # lines packed one a line, the fewest that make a list of links on a blank-line-parted page
BOX_LINES = 15  # the most lines a box set inside an article takes
MIN_ARTICLE = 60.0  # the weight of two or three paragraphs: enough to be the article above a comment thread
# Hard ends that may also head a box of links set inside an article ("More from ..." or "Read next" never do).
INLINE_BOX = re.compile(r"^\s*(?:recommended|related)(?:\s+\w+){0,2}\s*:?\s*$", re.IGNORECASE)


def body_span(lines: list[Line]) -> tuple[int, int]:
    """(first, last) index of the article's run of lines; (n, n - 1) when there is no prose.

    Each line weighs for (prose) or against (furniture) being article text; the best-scoring contiguous run
    is the body. Markers that only ever follow an article ("Leave a Reply", "More from ...") split the page
    into zones, and the first zone whose best run scores at least 30% of the page's best is taken: related
    stories and the next article of an endless-scroll page come after the article, not before it.
    """
    weights = [weight(line.text) for line in lines]
    in_contents = False
    for i, line in enumerate(lines):
        # A table of contents: the section titles under its label (often questions) are links, not paragraphs.
        if CONTENTS_LABEL.match(line.text):
            in_contents = True
        elif in_contents and words(line.text) < 15 and not line.text.endswith("."):  # titles end without a stop
            weights[i] = min(weights[i], -4.0)
        else:
            in_contents = False
    _weigh_packed_blocks(lines, weights)
    _weigh_lists(lines, weights)
    for i in range(1, len(lines) - 1):
        # A short sentence between two non-sentences is a teaser in a link list (or a standfirst or caption
        # between credits), not a paragraph.
        if 0 < weights[i] < 20 and weights[i - 1] < 0 and weights[i + 1] < 0:
            weights[i] = -1.0
        # An embedded player's title and blurb under its label ("Video", "Watch"): about the clip, not the story.
        # A clip's title is a heading (no full stop); its blurb under it can then run to a long sentence or two.
        if MEDIA_LABEL.match(lines[i - 1].text) and weights[i] < 25 and (
                weights[i + 1] < 25 or (weights[i] < 0 and weights[i + 1] < 60)):
            weights[i] = weights[i + 1] = -1.0
    runs: list[tuple[float, int, int]] = []  # the best run of each zone
    ends: list[int] = []  # the hard-end line that closes each zone
    zone_start = 0
    for i in range(len(lines) + 1):
        if i == len(lines) or (weights[i] <= -40 and is_hard_end(lines[i].text)) or (
                weights[i] < 0 and is_footer(lines[i].text)):
            runs.append(_best_run(weights, zone_start, i))
            ends.append(i)
            zone_start = i + 1
    top = max((score for score, _, _ in runs), default=0.0)
    if top <= 0:
        return len(lines), len(lines) - 1
    # Readers' comments can outweigh a short article, but an article of a few paragraphs above them wins.
    k = next(k for k, run in enumerate(runs) if run[0] >= 0.3 * top or (
        _before_comments(lines, ends[k]) and run[0] >= MIN_ARTICLE))
    _, first, last = runs[k]
    # An inline "Recommended" box of a few teaser links inside the article: a long paragraph (60+ words, longer
    # than a teaser's blurb) follows within a few lines, with no byline or date line of a next article between.
    while k + 1 < len(runs) and INLINE_BOX.match(lines[ends[k]].text):
        _, next_first, next_last = runs[k + 1]
        if next_first > next_last or ends[k] - last > 2 or next_first - ends[k] > 5 or weights[next_first] < 60 or any(
                is_dateline(x.text) or parse_byline(x.text) is not None for x in lines[ends[k] + 1:next_first]):
            break
        last, k = next_last, k + 1
    return _past_boxes(lines, weights, first, last, ends[k])


def _weigh_packed_blocks(lines: list[Line], weights: list[float]) -> None:
    """Where a page parts its paragraphs by blank lines, a block of lines packed one a line with no blank between
    (a list is copied one item a line) is a list of links: "most read" teasers, a carousel, a menu. Its lines
    weigh as a list's items, not as prose, however long they are and however they end. A list announced with a
    colon is the article's own and is left alone; so is any page copied with no blank lines at all."""
    n = len(lines)
    blocks: list[range] = []
    i = 0
    while i < n:
        j = i
        while j + 1 < n and one_a_line(lines[j], lines[j + 1]):
            j += 1
        blocks.append(range(i, j + 1))
        i = j + 1
    # Judged by blocks, not lines: one list of fifty teasers is still one block beside the article's paragraphs.
    with_prose = [b for b in blocks if any(weights[k] >= 8 and ends_sentence(lines[k].text) for k in b)]
    if sum(len(b) == 1 for b in with_prose) < max(3, 0.6 * len(with_prose)):
        return
    for block in blocks:
        announced = block[0] > 0 and lines[block[0] - 1].text.endswith(":")
        if len(block) >= PACKED_BLOCK and not announced:
            for k in block:
                weights[k] = min(weights[k], -2.0)


def _weigh_lists(lines: list[Line], weights: list[float]) -> None:
    """A list set between two paragraphs (three or more phrases in sentence case, maybe in groups under short
    headings) weighs nothing: its items are not furniture, and a long one must not split the article in two."""
    i, n = 1, len(lines)
    while i < n:
        if weights[i - 1] < 20:
            i += 1
            continue
        j, items, headings = i, 0, 0
        while j < n and -12 < weights[j] < 0 and not is_hard_end(lines[j].text):
            if _is_item(lines[j].text):
                items += 1
            elif words(lines[j].text) <= 6:
                headings += 1  # a group's heading, or an item in headline case
            else:
                break
            j += 1
        if items >= 3 and items >= 2 * headings and j < n and weights[j] >= 10:
            for k in range(i, j):
                weights[k] = 0.0
        i = max(i + 1, j)


def _is_item(text: str) -> bool:
    """A phrase in sentence case of a few words: "Brighter display for outdoor use". Headlines of links are
    mostly in headline case, menus are one or two words."""
    tokens = [w for w in WORD.findall(text) if w[0].isalpha()]
    long_words = [w for w in tokens[1:] if len(w) > 3]
    return 4 <= len(tokens) <= 25 and tokens[0][0].isupper() and len(long_words) >= 2 and (
        sum(w[0].islower() for w in long_words) >= 0.6 * len(long_words)) and not is_dateline(text)


def _past_boxes(lines: list[Line], weights: list[float], first: int, last: int, hi: int) -> tuple[int, int]:
    """The article's span, looking past boxes set inside it ("Most Read" and its numbered links, a sign-up prompt).

    After a short run of non-prose lines with no byline, date line or footer, at least two paragraphs in a row
    that share the article's words are more of it: teasers never come two paragraphs in a row, and another
    story is about other things. (Not before the article: a summary of its points shares its words too.)
    """
    while (more := _prose_across_box(lines, weights, last, hi, 1)) and _same_story(lines, (first, last), more):
        last = more[1]
    return first, last


def _prose_across_box(lines: list[Line], weights: list[float], edge: int, stop: int,
                      step: int) -> tuple[int, int] | None:
    """Two or more paragraphs in a row across a box from ``edge`` (going by ``step`` until ``stop``), as a span."""
    i = edge + step
    while i != stop and abs(i - edge) <= BOX_LINES and weights[i] <= 1:
        text = lines[i].text
        if is_dateline(text) or parse_byline(text) is not None or is_footer(text) or COMMENTS_START.match(text):
            return None
        i += step
    if i == stop or abs(i - edge) > BOX_LINES or abs(i - edge) == 1:
        return None
    j = i
    while j + step != stop and weights[j + step] >= 10:
        j += step
    if weights[i] < 10 or j == i:
        return None
    return (min(i, j), max(i, j))


def _same_story(lines: list[Line], article: tuple[int, int], more: tuple[int, int]) -> bool:
    """Whether the lines of ``more`` share a quarter of their longer words with the article's."""
    def vocabulary(span: tuple[int, int]) -> set[str]:
        return {w for i in range(span[0], span[1] + 1) for w in WORD.findall(lines[i].text.casefold())
                if len(w) > 4 and w not in COMMON}
    theirs = vocabulary(more)
    return bool(theirs) and len(theirs & vocabulary(article)) >= len(theirs) / 4


def _before_comments(lines: list[Line], i: int) -> bool:
    return i < len(lines) and bool(COMMENTS_START.match(lines[i].text))


def _best_run(weights: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """The maximum-sum contiguous run of weights[lo:hi], as (score, first, last); linear (Kadane)."""
    best, span = 0.0, (hi, hi - 1)
    total, begin = 0.0, lo
    for i in range(lo, hi):
        if total <= 0:
            total, begin = 0.0, i
        total += weights[i]
        if total > best:
            best, span = total, (begin, i)
    return best, span[0], span[1]
