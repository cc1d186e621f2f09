"""Outlet: the publication, only where the page itself says it; never guessed from a place or a topic.

Evidence, strongest first: a copyright line ("© 2022 ABC News"), a wire dateline ("SEOUL (AP) —"), and
the e-mail domain of a byline address matched to a name the page prints ("kim.sarah@joongang.co.kr" and
"... with the Korea JoongAng Daily").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .bylines import EMAIL

COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|(?i:copyright))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|and|the)){0,5})",
)
CORPORATE = re.compile(r"\s+(?:inc|llc|ltd|corp|co|plc|gmbh|all)\.?$", re.IGNORECASE)
# "SEOUL (AP) —", "RIVERSIDE, Maine (AP) —"
DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40}(?:,\s*[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?)?\s*"
                      r"\((?P<name>[A-Z][\w .&-]{0,30})\)\s*[—–-]")
GENERIC_DOMAINS = {"gmail", "yahoo", "hotmail", "outlook", "naver", "daum", "icloud", "aol", "mail", "protonmail"}
CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){0,4}")


def find_outlet(lines: Sequence[str], byline_lines: Sequence[str], first_paragraph: str | None) -> str | None:
    for line in lines:
        m = COPYRIGHT.match(line)
        if m and len(line) < 200:
            # The name ends at a sentence break: "Cable News Network. A Warner Bros. Discovery Company."
            name = re.split(r"\.\s+(?=[A-Z])|\s+(?i:all\s+rights)\b", m.group("name"))[0].strip(" .,")
            while CORPORATE.search(name):  # "Riverside Ledger Ltd. All" -> "Riverside Ledger"
                name = CORPORATE.sub("", name).strip(" .,")
            if len(name) >= 2 and not name.lower().startswith(("all rights", "copyright")):
                return name
    if first_paragraph:
        m = DATELINE.match(first_paragraph)
        if m:
            return m.group("name").strip()
    for line in byline_lines:
        for address in EMAIL.findall(line):
            name = _name_for_domain(address, lines)
            if name:
                return name
    return None


def _name_for_domain(address: str, lines: Sequence[str]) -> str | None:
    """A capitalised name on the page that contains the address's domain ("joongang" -> "Korea JoongAng Daily")."""
    parts = address.rsplit("@", 1)[1].lower().split(".")
    stems = [p for p in parts if len(p) >= 4 and p not in GENERIC_DOMAINS and p not in {"com", "co", "org", "net"}]
    if not stems:
        return None
    stem = stems[0]
    for line in lines:
        if stem not in line.lower().replace(" ", ""):
            continue
        for run in CAPITALISED_RUN.findall(line):
            if stem in run.lower().replace(" ", "") and "@" not in run:
                return run.strip()
    return None
