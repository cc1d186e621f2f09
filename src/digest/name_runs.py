"""Name runs: the capitalised words of a paragraph that may name someone, split into title and name.

"National Security Adviser Chang Ho-jin said" gives the run "Chang Ho-jin" with the title "Adviser"; a run
stops at a sentence end, a possessive ("Stallone's First Blood") or a word that never belongs to a name
("Pyongyang", "Ministry"), and keeps name particles ("Laurence des Cars"). Whether a run is a person is the
people stage's question; this module only cuts the text into candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from .names import (
    ABBREVIATIONS,
    EAST_ASIAN_SURNAMES,
    ORG_HEADS,
    ORG_WORD_SURNAMES,
    TOKEN,
    bare,
    ends_sentence,
    is_given_name,
    is_non_name,
    is_pinyin,
    is_place,
    is_title,
    is_title_head,
    words,
)

PARTICLES = words("""
de da das del della dei der des di du dos van von ter ten bin ibn abu al el la le y zu
""")
SUFFIXES = words("jr sr ii iii iv")
ROYAL_TITLES = words("""
prince princess king queen duke duchess pope sheikh emir lord lady sir dame
""")
@dataclass
class NameRun:
    """A run of capitalised words in one paragraph, split into a title part and a name part."""

    paragraph: int
    start: int  # where the run (title included) starts
    name_start: int
    end: int
    tokens: list[str]  # the name tokens, possessive stripped
    name: str  # the name as written, particles included: "Laurence des Cars"
    title: str | None  # the title word just before the name ("Adviser", "leader"), if any
    in_place_name: bool = False  # follows a place word with no title: "San Jose Earthquakes"
    in_org_name: bool = False  # comes before an organisation word: "Jane Doe Foundation", "Al Roe Hospital"


POSSESSIVE_END = re.compile(r"['’]s$")
WORD_END = re.compile(r"[\w\u00c0-\u024f.'’\-]+$")
TITLE_WORD = re.compile(r"[\w.'’\-]+")
LAST_TITLE_WORD = re.compile(r"[\w.'’\-]+$")
INITIALS = re.compile(r"(?:[A-Z]\.)+")
INITIAL = re.compile(r"[A-Z]\.")


@lru_cache(maxsize=65536)  # pure, and asked of the same tokens many times a paragraph
def _name_token(token: str) -> str:
    """The name in a token: "Chang's" -> "Chang", "Thatcher's." (a sentence's last word) -> "Thatcher"."""
    token = token[:-1] if ends_sentence(token) else token
    return POSSESSIVE_END.sub("", token)


# A nickname in quotation marks inside a name: 'Jonny “JonnyCakes” Manganello', 'Dwayne "The Rock" Johnson',
# 'Earvin ‘Magic’ Johnson'. One to three words, the first capitalised, between two capitalised words.
NICKNAME = re.compile(r"(?<=[A-Za-z\u00c0-\u024f.] )(?:“[^“”\"]{1,30}”|\"[^“”\"]{1,30}\"|‘[^‘’\"“”]{1,30}’"
                      r"|'[^'\"“”]{1,30}')(?= [A-Z\u00c0-\u00de])")
NICKNAME_BODY = re.compile(r"[A-Z\u00c0-\u00de][\w\u00c0-\u024f.\-’']*(?: [\w\u00c0-\u024f.\-’']+){0,2}")


def _nicknames(text: str) -> list[tuple[int, int]]:
    """Where the quoted nicknames inside names are, each with the space before it: a run reads across them."""
    if not any(mark in text for mark in "\"“‘'"):
        return []
    return [(m.start() - 1, m.end()) for m in NICKNAME.finditer(text)
            if NICKNAME_BODY.fullmatch(m.group()[1:-1]) and TOKEN.search(text, m.end() + 1, m.end() + 2)
            and _ends_with_token(text, m.start() - 1)]


def _ends_with_token(text: str, end: int) -> bool:
    match = WORD_END.search(text[max(0, end - 40):end])
    return bool(match and TOKEN.fullmatch(match.group()) and not ends_sentence(match.group()))


def without_nicknames(name: str) -> str:
    """ "Jonny “JonnyCakes” Manganello" -> "Jonny Manganello": the nickname is an alias, not part of the name."""
    spans = _nicknames(name)
    for start, end in reversed(spans):
        name = name[:start] + name[end:]
    return name


def name_runs(paragraph: int, text: str) -> Iterator[NameRun]:
    """Maximal runs of capitalised tokens separated by single spaces (or name particles like "van", or a quoted
    nickname: "Earvin ‘Magic’ Johnson")."""
    nicknames = _nicknames(text)
    tokens = list(TOKEN.finditer(text))
    if nicknames:
        tokens = [t for t in tokens if not any(start < t.start() < end for start, end in nicknames)]
    nickname_gaps = {(start, end + 1) for start, end in nicknames}
    i = 0
    while i < len(tokens):
        group = [tokens[i]]
        while i + 1 < len(tokens):
            last = group[-1].group()
            if last.endswith(("'s", "’s")) or ends_sentence(last):  # a possessive or a sentence's end
                break
            last_end, next_start = group[-1].end(), tokens[i + 1].start()
            gap = text[last_end:next_start]
            joined = (gap == " " or (gap.strip() in PARTICLES and gap.startswith(" ") and gap.endswith(" "))
                      or (last_end, next_start) in nickname_gaps)
            if not joined:
                break
            group.append(tokens[i + 1])
            i += 1
        i += 1
        yield from _split_run(paragraph, text, group)


@lru_cache(maxsize=1024)
def paragraph_runs(paragraph: int, text: str) -> tuple[NameRun, ...]:
    """``name_runs`` kept for the paragraphs of the article at hand: finding the people and then the first-name
    speakers reads the same paragraphs. The runs are shared, so callers must not change them."""
    return tuple(name_runs(paragraph, text))


def _split_run(paragraph: int, text: str, group: list[re.Match[str]]) -> Iterator[NameRun]:
    """Strip leading titles and non-name words; cut the rest where a non-name word appears."""
    words = [m.group() for m in group]
    k, title = 0, None
    while k < len(words) and (is_title(words[k]) or is_non_name(words[k])):
        if (is_given_name(words[k]) and not is_non_name(words[k])
                and not words[k].endswith(".") and _name_words_after(words, k) == 1):
            break  # "Dean Martin" is a name; "Dean Emma Dench" is a title and a name; "Sen." is a title
        title = words[k] if is_title_head(words[k]) else title
        k += 1
    later_titles = [i for i in range(k + 1, len(words) - 1) if is_title(words[i])
                    and not is_title(words[i + 1]) and not is_non_name(words[i + 1])
                    and bare(words[i + 1]) not in SUFFIXES]  # "Martin Luther King Jr": no title
    if later_titles and not any(words[i].endswith(("'s", "’s")) for i in range(k, later_titles[-1])):
        k = later_titles[-1] + 1  # "Chief Medical Officer Tony Holohan": the title ends at its last title word
        title = words[k - 1] if is_title_head(words[k - 1]) else title
    if k == len(words):
        return
    j = k
    while j < len(words) and not (j > k and is_non_name(words[j]) and not _place_as_name(words, k, j)):
        j += 1
        if words[j - 1].endswith(("'s", "’s")):
            break
    if title is None and k == 0:
        role = title_before(text, group[0].start())
        title = role[1].split()[-1] if role else None
    if j - k == 1 and k > 0 and bare(words[k - 1]) in ROYAL_TITLES:
        k -= 1  # "Prince Harry", "Pope Francis": the title is part of how the person is named
    end = group[j - 1].start() + len(_name_token(words[j - 1]))
    in_place_name = title is None and any(is_place(w) for w in words[:k])
    in_org_name = (j < len(words) and words[j - 1] == _name_token(words[j - 1])  # no "'s", no "."
                   and any(bare(w) in ORG_HEADS for w in words[j:]))
    written = text[group[k].start():end]
    yield NameRun(paragraph, group[0].start(), group[k].start(), end, [_name_token(w) for w in words[k:j]],
                  without_nicknames(written) if written.count(" ") > 1 else written, title, in_place_name, in_org_name)
    if j < len(words):
        yield from _split_run(paragraph, text, group[j:])


def _name_words_after(words: list[str], k: int) -> int:
    n = 0
    for word in words[k + 1:]:
        if is_non_name(word) or is_title(word):
            break
        n += 1
        if word.endswith(("'s", "’s")):
            break
    return n


def _place_as_name(words: list[str], k: int, j: int) -> bool:
    """ "Paris Hilton": a place word may be a given name when it starts a two-word run; "Celinda Lake": an
    organisation word that is also a family name may end one after a given name (people keeps it as a person
    only where the sentence introduces one, see people._org_word_surname)."""
    if j == k + 1 and j == len(words) - 1 and bare(words[j]) in ORG_WORD_SURNAMES:
        return not is_non_name(words[k])
    return j == k and is_given_name(words[j])


def title_before(text: str, start: int) -> tuple[int, str] | None:
    """The role written just before a name, and where it starts: "North Korean leader", "U.S. Secretary of
    State", "national security adviser". None unless the word right before the name is a title."""
    base = max(0, start - 80)
    if text[start - 1:start] != " ":
        return None  # the word before the name must end one space before it
    last = LAST_TITLE_WORD.search(text, base, start - 1)
    if not last or not is_title(last.group()):
        return None  # cheap answer for most names; the full scan below gives the same
    words = list(TITLE_WORD.finditer(text[base:start]))
    if not words or text[base + words[-1].end():start] != " " or not is_title(words[-1].group()):
        return None
    if ends_sentence(words[-1].group()):
        return None  # "met the envoy. Kim said": a new sentence, not a title
    first = len(words) - 1
    while first > 0:
        w = words[first - 1].group()
        gap = text[base + words[first - 1].end():base + words[first].start()]
        if gap != " " or w.casefold() in ("the", "a", "an") or not (is_title(w) or w[:1].isupper() or w == "of"):
            break
        if w[:1].isupper() and _sentence_start(text, base + words[first - 1].start()):
            first -= 1
            break
        first -= 1
    while words[first].group() in ("of", "and"):
        first += 1
    if not any(is_title_head(w.group()) for w in words[first:]):
        return None  # "Foreign", "State" alone are not roles
    return base + words[first].start(), text[base + words[first].start():base + words[-1].end()]


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    if not before:
        return True
    last = before.split()[-1]
    if last.endswith(".") and (last.casefold() in ABBREVIATIONS or INITIALS.fullmatch(last)):
        return False
    return before.endswith((".", "!", "?", ":", '"', "“", "”"))


def unknown_title_stripped(run: NameRun, text: str) -> NameRun:
    """ "Tanaiste Leo Varadkar": a capitalised word before a given name and surname is a title we do not know
    (but "the Milky Jelly Cleanser" is a product)."""
    tokens = run.tokens
    if len(tokens) < 3:
        return run  # the test below needs three words; asked first since most runs are shorter
    described = DESCRIPTIVE_COMPOUND.match(tokens[0]) and not ARTICLE_BEFORE.search(
        text[max(0, run.name_start - 6):run.name_start])  # but "The Five-hundred-meter Aperture Telescope"
    if len(tokens) >= 3 and not ARTICLE_BEFORE.search(text[max(0, run.start - 6):run.start]) and (
            described or (not is_given_name(tokens[0]) and is_given_name(tokens[1])
                          and not INITIAL.fullmatch(tokens[0])  # "C. Justin Lee": an initial, not a title
                          and not _chinese_given_name_first(tokens))):
        offset = run.name_start + len(tokens[0]) + 1
        return replace(run, name_start=offset, tokens=tokens[1:], name=run.name[len(tokens[0]) + 1:],
                       title=run.title or tokens[0], in_place_name=False)  # "Dallas Cowboy Jane Roe": a title
    return run


def _chinese_given_name_first(tokens: list[str]) -> bool:
    """ "Yunfan Gerry Zhang": a Chinese given name, then the English one the person also uses, then the family
    name; the first word is part of the name, not a title."""
    return bare(tokens[-1]) in EAST_ASIAN_SURNAMES and is_pinyin(tokens[0])


# "Ex-escort-turned-hairdresser Nikkie Brass", "Self-described Jane Roe": a description, not a given name.
DESCRIPTIVE_COMPOUND = re.compile(r"(?:Ex|Then|Former|Self|Anti|Pro|Non|Co)-[a-z]|[A-Z][a-z]*(?:-[a-z]+){2,}$")
ARTICLE_BEFORE = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|['’]s)\s+$")
STYLE = re.compile(r", (?:the )?(?:Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Baron|Baroness|Viscount) of "
                   r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?")


def styled(run: NameRun, text: str) -> NameRun:
    """ "Meghan, Duchess of Sussex": a first name with a peerage is a full name."""
    match = STYLE.match(text, run.end) if len(run.tokens) == 1 and is_given_name(run.name) else None
    if not match:
        return run
    end = match.end() - 2 if match.group().endswith(("'s", "’s")) else match.end()
    return replace(run, end=end, name=text[run.name_start:end], title="style")
