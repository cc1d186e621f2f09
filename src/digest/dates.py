"""Dates: find calendar dates written the many ways news pages write them, as YYYY-MM-DD.

"June 21,2024", "Dec. 22, 2023", "22 December 2023", "Fri December 22, 2023", "2023-12-22T10:00",
"12/22/2023", "22-12-2023", "12/22/23", "2024년 6월 21일". A date needs a year: "Friday" or "June 21" alone says
nothing certain.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = (r"(?P<{0}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?P<{0}>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th)?"
DATE = re.compile(
    "|".join([
        # 2023-12-22, 2023/12/22, 2023.12.22 (optionally followed by T10:00)
        rf"\b{_YEAR.format('y1')}[-/.](?P<m1>[01]?\d)[-/.](?P<d1>[0-3]?\d)(?!\d)",
        # June 21, 2024 / Dec. 22 2023 / June 21,2024
        rf"\b{_MONTH.format('mon2')}\s+{_DAY.format('d2')},?\s*{_YEAR.format('y2')}",
        # 22 December 2023 / 22 Dec. 2023 / 22nd of December, 2023
        rf"\b{_DAY.format('d3')}\s+(?:of\s+)?{_MONTH.format('mon3')},?\s+{_YEAR.format('y3')}",
        # 12/22/2023, 22.12.2023 or 22-12-2023
        rf"(?<![\d/.-])(?P<a4>[0-3]?\d)(?P<sep4>[/.-])(?P<b4>[0-3]?\d)(?P=sep4){_YEAR.format('y4')}",
        # 2024년 6월 21일
        r"(?P<y5>(?:19|20)\d\d)\s*년\s*(?P<m5>[01]?\d)\s*월\s*(?P<d5>[0-3]?\d)\s*일",
        # 12/22/23: US sites' short form, month first, slashes only (dots are too often versions or scores)
        r"(?<![\d/.])(?P<a6>[0-3]?\d)/(?P<b6>[0-3]?\d)/(?P<y6>\d\d)(?![\d/])",
    ]),
    re.IGNORECASE,
)

# Every form needs a four-digit year from 1900 to 2099 or, for 12/22/23, a slash before two digits.
YEAR_OR_SHORT_YEAR = re.compile(r"(?:19|20)\d\d|/\d\d")


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    iso: str
    order: str = ""  # "dmy" or "mdy" when the way it is written shows the page's order ("22 Dec", "12/22/2023")
    day_first: str | None = None  # for "03/04/2024", the reading as 3 April (``iso`` reads it month first)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    if g["y1"]:
        return _iso(int(g["y1"]), int(g["m1"]), int(g["d1"]))
    if g["y2"]:
        return _iso(int(g["y2"]), MONTHS[g["mon2"].lower().rstrip(".")], int(g["d2"]))
    if g["y3"]:
        return _iso(int(g["y3"]), MONTHS[g["mon3"].lower().rstrip(".")], int(g["d3"]))
    if g["y4"]:
        a, b = int(g["a4"]), int(g["b4"])
        # Slashes are month first (US sites), dots and dashes day first (Europe), unless the numbers rule it out.
        month, day = (a, b) if g["sep4"] == "/" else (b, a)
        if month > 12:
            month, day = day, month
        return _iso(int(g["y4"]), month, day)
    if g["y5"]:
        return _iso(int(g["y5"]), int(g["m5"]), int(g["d5"]))
    year, month, day = int(g["y6"]), int(g["a6"]), int(g["b6"])
    if month > 12:
        month, day = day, month  # 22/12/23
    return _iso(2000 + year if year < 70 else 1900 + year, month, day)


def find_dates(text: str) -> list[FoundDate]:
    """Every valid date in ``text``, in order."""
    return list(_find_dates(text))


@lru_cache(maxsize=8192)
def _find_dates(text: str) -> tuple[FoundDate, ...]:
    if not YEAR_OR_SHORT_YEAR.search(text):
        return ()  # a quick scan spares most lines the full pattern
    found = []
    for m in DATE.finditer(text):
        iso = _from_match(m)
        if iso:
            found.append(FoundDate(m.start(), m.end(), iso, *_order(m)))
    return tuple(found)


def _order(m: re.Match[str]) -> tuple[str, str | None]:
    """Which order the match shows (day or month first), and for an ambiguous slash date its day-first reading."""
    g = m.groupdict()
    if g["y2"]:
        return "mdy", None
    if g["y3"]:
        return "dmy", None
    a, b = (g["a4"], g["b4"]) if g["y4"] else (g["a6"], g["b6"]) if g["y6"] else (None, None)
    if g["y4"] and g["sep4"] != "/":
        return "dmy", None  # 22.12.2023, 22-12-2023: Europe's way
    if a is None or b is None:
        return "", None
    if int(a) > 12:
        return "dmy", None
    if int(b) > 12:
        return "mdy", None
    year = int(g["y4"]) if g["y4"] else 2000 + int(g["y6"]) if int(g["y6"]) < 70 else 1900 + int(g["y6"])
    return "", _iso(year, int(b), int(a))


def page_is_day_first(texts: Iterable[str]) -> bool:
    """Whether a page writes its dates day first ("22 December 2023", "22/12/2023") more often than month first:
    then its "03/04/2024" is 3 April, not March 4."""
    votes = 0
    for text in texts:
        for found in find_dates(text):
            votes += {"dmy": 1, "mdy": -1}.get(found.order, 0)
    return votes > 0


def parse_date(value: object) -> str | None:
    """A date given in metadata (a YAML date, a datetime or a string) as YYYY-MM-DD, or None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        found = find_dates(value)
        return found[0].iso if found else None
    return None
