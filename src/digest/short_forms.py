"""Short forms: whose name a family name alone, a title and family name or a particle form is, in one document.

"Chang" after "National Security Adviser Chang Ho-jin" is Chang Ho-jin; "Kim" is the Kim last named; "Minor said"
is the principal Ryan Minor, not "his brother, Damon Minor"; "Mr Ostrow" is not Michelle Ostrow; "De Graaf" is
the "Pieter de Graaf" the text gave. A word nobody's name ends with is a person itself only after a strong title
("President Trump") or a stage title ("singer Zuriah").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .name_runs import NameRun
from .names import STAGE_TITLES, bare, family_name, first_name, gender, is_non_name, is_place, name_key, words

RELATIVE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}(?:brother|sister|wife|husband|"
                             r"son|daughter|father|mother|dad|mum|mom|uncle|aunt|cousin|nephew|niece|partner|twin|widow|widower|"
                             r"grandson|granddaughter|grandfather|grandmother|fiancée?|spouse|sibling)\s*,?\s*$")
GENDERED_HONORIFICS = words("mr mrs ms miss")
OTHER_GENDER = {"mr": "female", "mrs": "male", "ms": "male", "miss": "male"}  # whom the honorific cannot mean
STRONG_TITLES = words("""
president senator sen sen. minister mr mr. mrs mrs. ms ms. dr dr. sir dame prof prof. chancellor governor mayor
judge justice pope king queen prince princess rep rep. coach gen. general ambassador secretary chairman premier
gov gov. rev rev. reverend capt capt. captain sgt sgt. sergeant detective sheriff commissioner
""")


def fullest_forms(names: list[str]) -> dict[str, str]:
    """ "Vladimir Putin" -> "Vladimir V. Putin" when the document also gives that form: one middle name or
    initial more, never a repeated name ("Jade Black Jade Black" is a page glitch, not a fuller name)."""
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in dict.fromkeys(names):
        key = name_key(name).split()
        by_ends[(key[0], key[-1])].append(name)
    out: dict[str, str] = {}
    for forms in by_ends.values():
        plausible = [f for f in forms if len(set(name_key(f).split())) == len(name_key(f).split())] or forms
        fewest = min(len(f.split()) for f in plausible)
        longest = max((f for f in plausible if len(f.split()) <= fewest + 1), key=len)
        out.update({name: longest for name in forms if name != longest})
    ending_in: dict[str, set[str]] = defaultdict(set)  # the last two or more words -> names that end so
    for name in dict.fromkeys(names):
        tokens = name_key(name).split()
        for k in range(1, len(tokens) - 1):
            ending_in[" ".join(tokens[k:])].add(name)
    for name in dict.fromkeys(names):  # "Reif Ehrlich" in a text that named "Jessica Reif Ehrlich"
        longer = {out.get(n, n) for n in ending_in.get(name_key(name), ())} - {name}
        if name not in out and len(longer) == 1:
            out[name] = longer.pop()
    return out


def short_form_owner(run: NameRun, owners: Owners, fuller: Mapping[str, str],
                      common: frozenset[str] = frozenset()) -> str | None:
    """Whose family name (or given name) a single word is: the nearest such person before it, else after. A word
    nobody's name ends with is a person itself after a strong title ("President Trump") or a stage title ("singer
    Zuriah": a stage name), unless the text writes it in lower case too."""
    word = bare(run.tokens[-1])
    if is_non_name(run.tokens[-1]):
        return None
    candidates = owners.by_family.get(word) or (owners.by_given.get(word) if len(run.tokens) == 1 else None)
    if len(run.tokens) > 1:  # "De Vries": only a full name that ends so ("Nyck de Vries")
        candidates = [o for o in candidates or () if name_key(o.name).endswith(" " + name_key(run.name))]
    if not candidates:
        if len(run.tokens) == 1 and run.title and (
                (run.title[:1].isupper() and bare(run.title) in STRONG_TITLES)  # "President Trump"
                or (bare(run.title) in STAGE_TITLES and not run.title.istitle()  # not "Star Wars"
                    and bare(run.tokens[0]) not in common
                    and not is_place(run.tokens[0]) and len(run.tokens[0]) > 2)):  # "rapper Kwezz"
            return run.tokens[0]
        return None
    if len(run.tokens) == 1 and run.title and bare(run.title) in GENDERED_HONORIFICS:
        matching = [o for o in candidates if gender(first_name(o.tokens)) != OTHER_GENDER[bare(run.title)]]
        if not matching:
            return run.tokens[0]  # "Michelle Obama ... Mr Obama": someone else of that name
        candidates = matching
    position = (run.paragraph, run.start)
    if len({fuller.get(o.name, o.name) for o in candidates}) > 1:
        principal = [o for o in candidates if id(o) not in owners.relatives]
        candidates = principal or candidates  # "Minor said": Ryan Minor, not "his brother, Damon Minor"
    before = [o for o in candidates if (o.paragraph, o.start) <= position]
    chosen = before[-1] if before else candidates[0]
    return fuller.get(chosen.name, chosen.name)


class Owners:
    """The full names of a document by family name and by given name, in reading order."""

    def __init__(self, full: list[NameRun], paragraphs: Sequence[str] = ()):
        self.by_family: dict[str, list[NameRun]] = defaultdict(list)
        self.by_given: dict[str, list[NameRun]] = defaultdict(list)
        self.relatives: set[int] = set()  # runs introduced as someone's relative: "his twin brother, Damon Minor"
        for run in full:
            if 0 <= run.paragraph < len(paragraphs) and RELATIVE_BEFORE.search(
                    paragraphs[run.paragraph][max(0, run.start - 50):run.start]):
                self.relatives.add(id(run))
            self.by_family[bare(family_name(run.name))].append(run)
            self.by_given[bare(run.tokens[0])].append(run)
