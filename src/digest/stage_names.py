"""Stage names: people the text names by one word only ("Beyoncé", "Rihanna", "Drake").

A single capitalised word is usually a place, a company, a team or a family name whose full name is elsewhere;
it is a person's whole name only when the text says so plainly: a stage title before it ("singer Zuriah"), a
relative or aide of it ("Zuriah's husband", "her publicist"), or it acts as a subject that the same sentence or
the next refers to as "she"/"he" ("Zuriah greeted her fans", "Zuriah said ... She added"). Once one use is
plain, every use of that word alone in the document is the person. Never a place, an organisation word, a
given name (a first name alone is a pseudonym or a short form), a word the text writes in lower case or puts
after "the", or a word the text also uses inside a longer name ("Apple Music").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .name_runs import NameRun
from .names import STAGE_TITLES, bare, in_name_dictionary, is_given_name, is_non_name, is_place
from .speech_words import PERSON_SPEECH_VERBS

RELATIVE_AFTER = re.compile(r"['’]s\s+(?:[a-z][\w\-]*\s+)?(?:husband|wife|ex-husband|ex-wife|boyfriend|girlfriend|"
                            r"fiancée?|mother|father|mom|mum|dad|daughter|son|sister|brother|spouse|widow|widower|"
                            r"publicist|bodyguard|stylist|grandmother|grandfather)\b")
# "Zuriah made her fans happy", "Zuriah stepped out and greeted her fans": a subject, then her own (not "told
# her the news": an object "her" is someone else).
OWN_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]{2,}(?:ed|s)|made|took|got|went|came|gave|saw|became|had|wore|sang|"
                       r"won|ran|met|left|kept|told|said|brought|thought|began|stood|sent|spent|held|found|paid|put|led|shared)"
                       r"\s+(?:[a-z][\w’'\-]*\s+){0,4}?(?:his|himself|herself|her(?=\s+(?!(?:the|a|an|that|this|to|"
                       r"in|on|at|of|for|with|and|or|as|by|from|about|into|over|after|before)\b)[a-z]))\b")
# the plainest speech verbs (``speech_words``), and singing or smiling, which also only a person does
SPOKE_AFTER = re.compile(rf"\s+(?:\w+ly\s+)?(?:{PERSON_SPEECH_VERBS}|sang|sings|smiled)\b")
# "Apple unveiled its phone", "Apple said it would": the text calls the word "it", so it is a thing.
IT_AFTER = re.compile(r"\s+(?:[\w’'\-]+\s+){0,5}?(?:its|itself|it)\b")
SUBJECT_BEFORE = re.compile(r"(?:^|[.!?:;,][\"”’']?\s+|\b(?:and|but|as|when|while|after|before|because|since|"
                            r"where|until|once|though|although)\s+)$")
SHE_NEXT = re.compile(r"[^.!?]*[.!?][\"”’']?\s+(?:She|He)\s")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
INSIDE_SENTENCE = re.compile(r"[a-z,]\s$")
PUNCTUATION = re.compile(r"[.,;:!?]")
APOSTROPHE_OR_ING = re.compile(r"['’]|ing$")
SENTENCE_STOP = re.compile(r"[.!?]")
SHE_FIRST = re.compile(r"(?:She|He)\s")


def stage_names(runs: Sequence[NameRun], paragraphs: Sequence[str], common: frozenset[str],
                persons: Sequence[NameRun] = ()) -> set[str]:
    """The one-word names (case-folded) the document plainly uses as a person's whole name. ``persons``: the
    full names the document gives; a word listed among them ("with Timothée Chalamet, Austin Butler and
    Zendaya") is one more person."""
    ends = {(run.paragraph, run.end) for run in persons if len(run.tokens) > 1}
    starts = {(run.paragraph, run.start) for run in persons if len(run.tokens) > 1}
    inside: Counter[str] = Counter()  # uses inside a sentence: a sentence's first word may be any word
    barred: set[str] = set()
    signs: Counter[str] = Counter()  # "Zuriah greeted her fans", "Zuriah said. She ...": one sign each
    plain: set[str] = set()  # a sign enough alone: "singer Zuriah", "Zuriah's husband"
    for run in runs:
        text = paragraphs[run.paragraph]
        if len(run.tokens) > 1:
            barred.update(bare(t) for t in run.tokens)  # "Apple Music", "Drake Bell": not a whole name
            continue
        word = bare(run.tokens[0])
        if run.start != run.name_start and not (run.title and bare(run.title) in STAGE_TITLES):
            barred.add(word)  # "Chief Apple": some title we do not read as a stage title
            continue
        if THE_BEFORE.search(text[max(0, run.name_start - 5):run.name_start]):
            barred.add(word)  # "the Orioles"
            continue
        if INSIDE_SENTENCE.search(text[max(0, run.start - 3):run.start]):
            inside[word] += 1
        it = IT_AFTER.match(text, run.end)
        subject = bool(SUBJECT_BEFORE.search(text[max(0, run.start - 12):run.start]))
        if it and subject and not PUNCTUATION.search(it.group()):
            barred.add(word)
            continue
        sign = _person_sign(run, text, paragraphs)
        if (not sign and _listed_with_people(run, text, starts, ends) and not in_name_dictionary(run.tokens[0])
                and not word.endswith("s")):  # a surname ("Holiday") is a short form; "Republicans" a group
            sign = "plain"
            inside[word] += 1  # a list says what the word is, even at a sentence's start
        if sign == "plain":
            plain.add(word)
        elif sign:
            signs[word] += 1
    plain |= {word for word, count in signs.items() if count >= 2}
    return {word for word in plain if word not in barred and inside[word] and _may_be_one_name(word, common)}


LIST_GAP_BEFORE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)$")
LIST_GAP_AFTER = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _listed_with_people(run: NameRun, text: str, starts: set[tuple[int, int]], ends: set[tuple[int, int]]) -> bool:
    """Two full names of persons listed right before or right after the word: "A B, C D and W", "W, A B and C D"."""
    para = run.paragraph
    position, found = run.start, 0
    while found < 2:
        gap = LIST_GAP_BEFORE.search(text[max(0, position - 7):position])
        end = position - len(gap.group()) if gap else -1
        start = max((s for (p, s) in starts if p == para and s < end), default=None)
        if (para, end) not in ends or start is None:
            break
        position, found = start, found + 1
    if found >= 2:
        return True
    position, found = run.end, 0
    while found < 2:
        gap = LIST_GAP_AFTER.match(text, position)
        end = min((e for (p, e) in ends if p == para and gap and e > gap.end()), default=None)
        if not gap or (para, gap.end()) not in starts or end is None:
            break
        position, found = end, found + 1
    return found >= 2


def _may_be_one_name(word: str, common: frozenset[str]) -> bool:
    return (len(word) > 2 and word not in common and not APOSTROPHE_OR_ING.search(word) and not is_non_name(word)
            and not is_place(word) and not is_given_name(word.capitalize()))


def _person_sign(run: NameRun, text: str, paragraphs: Sequence[str]) -> str | None:
    """ "plain" for a stage title or a relative; "sign" for a subject the text calls "her"/"she"; else None."""
    token = run.tokens[0]
    if not (token[:1].isupper() and token[1:].rstrip(".").islower()):
        return None  # "NASA", "WireGuard"
    if run.title and bare(run.title) in STAGE_TITLES and not run.title.istitle():
        return "plain"  # "rapper Kwezz"
    after = text[run.end:run.end + 80]
    if RELATIVE_AFTER.match(after):
        return "plain"
    if after.startswith(("'s", "’s")) or not SUBJECT_BEFORE.search(text[max(0, run.start - 12):run.start]):
        return None  # "at Keene", "five Emmys for his work": not the sentence's subject
    own = OWN_AFTER.match(after)
    if own and not PUNCTUATION.search(own.group()):
        return "sign"
    if SPOKE_AFTER.match(after):
        rest = text[run.end:]
        if SHE_NEXT.match(rest):
            return "sign"
        if not SENTENCE_STOP.search(rest.rstrip()[:-1]) and run.paragraph + 1 < len(paragraphs):
            return "sign" if SHE_FIRST.match(paragraphs[run.paragraph + 1]) else None
    return None
