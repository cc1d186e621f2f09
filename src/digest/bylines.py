"""Bylines: the authors' names from a byline line, in display case, without "By", roles or addresses.

"BY LIM JEONG-WON, SARAH KIM [kim.sarah@joongang.co.kr]" -> ("Lim Jeong-won", "Sarah Kim");
"By Jang Na-rye, journalist" -> ("Jang Na-rye",); "by University of Tokyo" -> () (not a person).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import find_dates

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
HANDLE = re.compile(r"@\w+")
# Author-box link text around a name: "Social Links for Jon Levine", "More stories by Ana Ruiz".
LINK_PREFIX = re.compile(r"^\s*(?:social\s+links|(?:more\s+)?(?:stories|articles|posts)|view\s+(?:profile|posts))\s+"
                         r"(?:for|by|from)\s+", re.IGNORECASE)
LEADING_DATE = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})"
                          r"\s*[|·•-]?\s*(?=by\b)", re.IGNORECASE)
# "By ..." / "Written by ..." / "Author: ..." at the start of a line; the label alone is also common.
# "Photo by" or "Video by" alone credits a picture, not the story; "Story and photos by" is a byline.
LABEL = re.compile(r"^\s*(?:[•·*▪-]\s*)?(?:(?:(?:photos?|video|graphics?|illustrations?)\s+and\s+)?"
                   r"(?:(?:written|words|posted|reported|story|text|edited|reporting|opinion|analysis|commentary)"
                   r"\s+(?:and\s+)?)+(?:(?:photos?|video|graphics?|illustrations?)\s+)?by|by|authors?|"
                   r"reporter|writer|byline)\b\s*[:|—–]?\s*", re.IGNORECASE)
LABEL_ONLY = re.compile(r"^\s*(?:(?:written|words|posted|reported|story|text|commentary|analysis|opinion)\s+by|by|"
                        r"authors?|reporter|writer)"
                        r"\s*[:—–]?\s*$", re.IGNORECASE)  # "By:", "By —": the label's stop varies
SPLIT = re.compile(r"\s*(?:,|;|\||/|&|\band\b|\s·\s|\s•\s)\s*", re.IGNORECASE)
# Where a byline's names end: a date, a time, "Published", "Updated", a reading time, a bracket.
TAIL = re.compile(r"\s*(?:\[|\(|\bpublished\b|\bupdated\b|\bposted\b|\bon\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                  r"nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
                  r"\b\d{1,2}:\d\d|\b\d+\s+min(?:ute)?s?\b|\b(?:19|20)\d\d\b|\bfor\s+(?:the\s+)?[A-Z]|"
                  r"\bin\s+[A-Z][a-z]+\s*$|—|–|\s-\s).*$", re.IGNORECASE)
ROLE_WORD = re.compile(r"\b(?:reporter|editor|correspondent|writer|columnist|contributor|producer|critic)s?\b",
                       re.IGNORECASE)
AND = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)  # "Jane Doe and Tom Okafor Staff Writers": roles end each name
PARTICLES = {"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "el", "y",
             "ibn", "dos", "das", "ter", "st.", "mc"}
# Words that make a "name" an organisation, a desk or a role rather than a person.
NOT_A_PERSON = {
    "news", "staff", "press", "associated", "reuters", "agency", "media", "team", "desk", "editor", "editors",
    "editorial", "board", "university", "institute", "service", "services", "wire", "report", "reports", "times",
    "post", "daily", "herald", "journal", "network", "group", "inc", "llc", "ltd", "magazine", "contributor",
    "contributors", "correspondent", "correspondents", "online", "digital", "newsroom", "bureau", "foundation",
    "center", "centre", "college", "school", "society", "association", "department", "ministry", "office",
    "council", "company", "corporation", "tribune", "gazette", "observer", "channel", "tv", "radio", "reporter",
    "reporters", "writer", "writers", "columnist", "journalist", "producer", "analyst", "photographer", "anchor",
    "host", "chief", "senior", "special", "political", "managing", "deputy", "associate", "director", "professor",
    "intern", "fellow", "opinion", "contributing", "sports", "science", "health", "world", "business", "affairs",
    "politics", "national", "international", "local", "org", "com", "admin", "guest", "author",
    "laboratory", "lab", "hospital", "research", "researchers", "partners", "cnn", "bbc", "abc", "nbc", "cbs",
    "fox", "npr", "afp", "ap", "upi", "yonhap", "xinhua", "bloomberg", "aol", "yahoo", "the", "of", "for", "live",
    "updated", "published", "story", "video", "photos", "photo", "more", "read", "share", "follow", "email",
    "bros", "url", "links", "link", "social", "contact", "us", "subscribe", "search", "account", "my", "commentary",
    "last", "review", "reviews", "privacy", "policy", "view", "all",
    "open", "extended", "reactions", "close", "show", "hide", "terms", "cookie", "cookies", "newsletter", "podcast",
    "tags", "sign", "log", "login", "menu", "home", "best", "free", "top", "how", "why", "what", "guide", "secure",
}
# Last words of newspaper names: "Battle Creek Enquirer", "Worcester Telegram & Gazette".
PRESS_WORDS = {"enquirer", "inquirer", "telegram", "telegraph", "chronicle", "courier", "examiner", "sentinel",
               "dispatch", "bulletin", "register", "ledger", "globe", "mirror", "express", "independent", "standard",
               "statesman", "courant", "advertiser", "democrat", "republic", "citizen", "argus", "record", "today"}
NOT_A_PERSON |= PRESS_WORDS
# Share buttons run together ("Facebook Twitter Email") look like a name and an outlet.
NOT_A_PERSON |= {"facebook", "twitter", "instagram", "linkedin", "whatsapp", "reddit", "pinterest", "youtube",
                 "tiktok", "flipboard", "print", "comments", "comment"}
# Section and advertising labels: "Yard Sales, Classified Ads", "Partner Content".
NOT_A_PERSON |= {"sales", "ads", "classified", "classifieds", "content", "partner", "partners", "sponsored",
                 "obituaries", "events", "jobs", "deals"}
# An icon's label glued to the author's name in a copied author box: "Andrew HusbandTwitter".
GLUED_SOCIAL = re.compile(r"(?<=[a-z])(?:Twitter|Facebook|Instagram|LinkedIn|Linkedin|Email|Bluesky|Threads)\b")
# First words of place names that follow a byline after a comma ("Nada Tawfik, New York").
PLACE_START = {"new", "los", "las", "san", "santa", "hong", "united", "north", "south", "east", "west", "saint", "st.",
               "el", "la", "fort", "port", "mount", "lake", "cape", "washington"}
DEGREE = re.compile(r"^(?:ph\.?d|m\.?d|m\.?a|m\.?s|mba|jr|sr|esq|rn|cpa|clc)\.?$", re.IGNORECASE)
BRAND = re.compile(r"^[A-Z][a-z]{3,}[A-Z][a-z]+|^[A-Z]{2,}[a-z]+")  # JacketsOnline, FOXBusiness (not McDonald)
CAMEL_ORG = re.compile(r"^[A-Z]{2,}[a-z]+|^[A-Z][a-z]+[A-Z][a-z]+[A-Z]")  # FOXBusiness, TechCrunchPlus
NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[a-z]{1,4}|[A-Z]\.)$")


def _strip_roles(text: str) -> str:
    """Drop job titles: "Dave Epstein Globe Correspondent" -> "Dave Epstein"; ", Staff Writer" -> ""."""
    while (m := ROLE_WORD.search(text)) is not None:
        start = max(text.rfind(sep, 0, m.start()) for sep in ",;|/•·") + 1
        # "and" parts names only when a name and a role follow it ("Showbiz & TV Reporter" is one role).
        start = max([start, *(j.end() for j in AND.finditer(text, start, m.start())
                              if len(text[j.end():m.start()].split()) >= 3)])
        tokens = text[start:m.start()].split()
        keep = 3 if len(tokens) >= 4 and len(tokens[1].strip(".")) == 1 else 2
        name = " ".join(tokens[:keep]) if len(tokens) >= 2 else ""
        end = m.end()
        text = f"{text[:start]} {name}{text[end:]}"
    return text


def split_names(text: str) -> tuple[str, ...]:
    """Names from a list joined by commas, 'and', '&' (metadata given as one string); no validation."""
    return tuple(p for p in (" ".join(part.split()) for part in SPLIT.split(text)) if p)


def is_label_only(line: str) -> bool:
    """A line that is only a byline label ("By", "Author:"): the names follow on the next line."""
    return bool(LABEL_ONLY.match(line))


@lru_cache(maxsize=8192)
def parse_byline(line: str, need_label: bool = True) -> tuple[str, ...] | None:
    """The person names a byline line gives, or None when the line is not a byline.

    With ``need_label`` the line must start with "By"/"Author:"/...; without it, the whole line must be names
    (the line after a lone "By", or a name under the headline). An organisation byline gives ().
    """
    text = LEADING_DATE.sub("", " ".join(GLUED_SOCIAL.sub(" ", line).split()))  # "Dec 22, 2023 by Enrico de Lazaro"
    label = LABEL.match(text)
    if need_label and not label:
        return None
    if label:
        text = text[label.end():]
        text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)  # "By by JOSH HASKELL" as some sites print it
    text = LINK_PREFIX.sub("", HANDLE.sub(" ", EMAIL.sub(" ", text)))
    text = _strip_roles(TAIL.sub("", text)).strip(" ,;:|-–—•·")
    if not text or len(re.findall(r"\w+", text)) > 20:
        return None
    parts = [p for p in SPLIT.split(text) if p and p.strip()]
    found = [person_name(p, trim=bool(label)) for p in parts]
    if not label and any(n is None and not _is_outlet(p) for n, p in zip(found, parts, strict=True)):
        return None  # without "By", only names and outlets: not "1. Seek Medical Attention and Keep Records"
    names = [display_case(n) for n in found if n]
    if not names and not label:
        return None
    if label and not names and any(c.islower() for c in text[:1]):  # "by the way, ..." is a sentence
        return None
    return tuple(dict.fromkeys(names))


@lru_cache(maxsize=4096)
def credit_line_names(line: str) -> tuple[str, ...] | None:
    """Names from an unlabelled credit line under a headline, in two shapes papers and syndicators print:
    a two-word name then the paper ("Greyson Steele Battle Creek Enquirer", "Kayla Jimenez USA TODAY"), or
    the outlet, the date, then the names ("Medical Daily 9/21/2016 Lizette Borreli")."""
    found = find_dates(line)
    if found and found[0].start > 0 and len(line[:found[0].start].split()) <= 5 and "." not in line[:found[0].start]:
        return parse_byline(line[found[0].end:].strip(" ,|·•-"), need_label=False)
    words = line.replace("&", " ").split()
    if not 3 <= len(words) <= 9 or not is_person_name(" ".join(words[:2])):
        return None
    paper = words[2:]
    if all(w[:1].isupper() for w in paper) and (paper[-1].lower() in NOT_A_PERSON or all(w.isupper() for w in paper)):
        return (display_case(" ".join(words[:2])),)
    return None


def person_name(text: str, trim: bool = True) -> str | None:
    """The person's name at the start of a byline part, without an outlet or role printed after it.

    "Amanda Cappelli Fox News" -> "Amanda Cappelli"; "Kayla Jimenez USA TODAY" -> "Kayla Jimenez";
    "Greyson Steele Battle Creek Enquirer" -> "Greyson Steele" (names run to three words, four with an initial).
    """
    words = text.split()
    mixed_case = not text.isupper()
    shouted = len(words) > 2 and words[0].isupper() and words[1].isupper() and mixed_case  # "JANE DOE Washington Post"
    cut = len(words)
    for i, word in enumerate(words):
        bare = word.lower().strip(".,")
        if i >= 2 and shouted and not word.isupper():
            cut = i
            break
        if i >= 2 and (bare in NOT_A_PERSON or (mixed_case and word.isupper() and len(word) > 1 and "." not in word)
                       or CAMEL_ORG.match(word) or any(c.isdigit() for c in word)
                       or (word[0].islower() and bare not in PARTICLES)):
            cut = i
            break
    if not trim and cut < len(words) and not (any(c.isdigit() for c in words[cut]) or words[cut].isupper()
                                              or CAMEL_ORG.match(words[cut])):
        return None  # a title-cased phrase running on into a sentence is not a name under a headline
    words = words[:cut]
    has_initial = any(len(w.strip(".")) == 1 or w.lower() in PARTICLES for w in words[1:-1])
    if len(words) > (4 if has_initial else 3):
        if len(words) > 6 or not trim:
            return None
        words = words[:2]
    candidate = " ".join(words)
    return candidate if is_person_name(candidate) else None


def _is_outlet(text: str) -> bool:
    """A byline part naming a publication or a desk: title-cased words, one of them an organisation word."""
    words = text.split()
    if DEGREE.match(text) or (len(words) == 1 and (words[0].isupper() or BRAND.match(words[0])
                                                   or re.search(r"\w\.(?:com|org|net|co)\b", words[0]))):
        return True  # "Ph.D.", "TIME", "JacketsOnline", "NBA.com"
    return 0 < len(words) <= 6 and any(w.lower().strip(".,") in NOT_A_PERSON for w in words) and not any(
        c.isdigit() for c in text) and words[0][:1].isupper()


def is_person_name(text: str) -> bool:
    """Two to five name-like words, none of them an organisation or role word."""
    words = text.replace("’", "'").split()
    if not 2 <= len(words) <= 5:
        return False
    if any(w.lower().strip(".,") in NOT_A_PERSON for w in words) or words[0].lower() in PLACE_START:
        return False
    if all(len(w) <= 3 and w.isupper() for w in words):
        return False  # "NBA ID"
    if any(any(ch.isdigit() for ch in w) for w in words):
        return False
    if not all(NAME_TOKEN.match(w) for w in words):
        return False
    lowers = [w for w in words if w[0].islower()]
    return all(w.lower() in PARTICLES for w in lowers) and not words[-1][0].islower()


def display_case(name: str) -> str:
    """ALL-CAPS names in display case; others as written. East Asian given names keep one capital."""
    name = " ".join(name.split())
    if not name.isupper():
        # A family name in capitals, French style, inside a written name: "Marie DUPONT", "Kevin McCARTHY".
        return " ".join("-".join(_cap(p) for p in w.split("-")) if _shouted(w) else w for w in name.split())
    words = name.split()
    east_asian = len(words) in (2, 3) and all("-" not in w for w in words[:1]) and any(
        "-" in w and all(len(p) <= 6 for p in w.split("-")) for w in words[1:])
    out = []
    for word in words:
        parts = word.split("-")
        if east_asian:
            out.append("-".join([parts[0].capitalize(), *(p.lower() for p in parts[1:])]))
        else:
            out.append("-".join(_cap(p) for p in parts))
    return " ".join(out)


def _shouted(word: str) -> bool:
    letters = word[2:] if word.startswith("Mc") else word
    return len(letters) >= 3 and letters.isupper() and letters.replace("-", "").replace("'", "").isalpha()


def _cap(word: str) -> str:
    if len(word) > 3 and word[:2].lower() == "mc" and word[2:].isalpha():
        return "Mc" + word[2:].capitalize()  # MCCAIN -> McCain
    if "'" in word or "’" in word:
        mark = "'" if "'" in word else "’"
        return mark.join(p.capitalize() for p in word.split(mark))
    return word.capitalize()
