"""Identities: the same person across documents and bylines, merged into one Person.

Each document already names every person by the fullest form it gives (``people.find_mentions``). Here those
document-level names meet: forms that differ only in case, hyphenation or a middle initial are one person;
"LIM JEONG-WON" in a byline is "Lim Jeong-won" in a body; a family name used alone in a document that never
gives the full form ("President Trump") joins the one full name it can belong to, and stays apart when several
could (Kim Jong-un, Kim Hong-kyun and Sarah Kim are three people). A name glued to the next word by a typo
("Kim Jong-unin Pyongyang") is read as the known name when one is known.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from slugify import slugify

from .model import Article, People, Person
from .names import EAST_ASIAN_SURNAMES, bare, display_case, family_name, name_key
from .people_overrides import PeopleOverrides, apply_overrides

HONORIFIC = re.compile(r"(?i)(?:mr|mrs|ms|mx|miss|messrs)\.?")  # "Mr Trump": a form of address, not a role
GLUED_WORDS = ("in", "on", "at", "of", "to", "and", "for", "the", "from", "with", "as", "by")


@dataclass
class _Identity:
    forms: Counter[str] = field(default_factory=Counter)  # document-level names and byline names
    aliases: dict[str, None] = field(default_factory=dict)  # every form as written, in order seen
    roles: Counter[str] = field(default_factory=Counter)  # by case-folded role: how often; first spelling kept
    role_spelling: dict[str, str] = field(default_factory=dict)


def _names_of(article: Article) -> list[tuple[str, str, str | None, str]]:
    """(document-level name, text as written, role, display form) for every mention and byline name."""
    found = [(m.name, m.text, m.role, m.name) for m in article.mentions]
    found += [(raw, raw, None, display_case(raw.strip())) for raw in article.byline if raw.strip()]
    return found


def _unglued(key: str, known: set[str]) -> str:
    """ "kim jong unin" -> "kim jong un" when the shorter name is known and the rest is a glued small word."""
    for word in GLUED_WORDS:
        if key.endswith(word) and key[: -len(word)] in known and " " in key[: -len(word)]:
            return key[: -len(word)]
    return key


def resolve(articles: Sequence[Article], overrides: PeopleOverrides | None = None) -> People:
    entries = [(a.source, *entry) for a in articles for entry in _names_of(a)]
    full_keys = {name_key(display) for *_, display in entries if len(display.split()) > 1}
    key_of: dict[tuple[str, str], str] = {}
    for source, name, _text, _role, display in entries:
        key = name_key(display)
        key_of[(source, name)] = _unglued(key, full_keys) if " " in key else key

    middle = _middle_names_dropped(full_keys)
    initials = _Initials(full_keys)
    for pair, key in key_of.items():
        key = initials.expanded(key)
        key_of[pair] = middle.get(key, key)

    # A lone family name joins the one full name whose family name it is, or the one that far outnumbers the
    # others in documents ("Trump": Donald Trump in 20 documents, Melania Trump in 1); otherwise it stays apart.
    by_family: dict[str, Counter[str]] = defaultdict(Counter)
    for key_pair in {(source, initials.expanded(_unglued(name_key(display), full_keys)),
                      name_key(family_name(display)))
                     for source, *_, display in entries if len(display.split()) > 1}:
        _source, key, family = key_pair
        by_family[family][key] += 1
    for pair, key in key_of.items():
        owner = _dominant(by_family.get(key)) if " " not in key else None
        if owner:
            key_of[pair] = owner

    identities: dict[str, _Identity] = defaultdict(_Identity)
    for source, name, text, role, display in entries:
        identity = identities[key_of[(source, name)]]
        identity.forms[display] += 1
        identity.aliases.setdefault(text)
        identity.aliases.setdefault(name)
        if role and not HONORIFIC.fullmatch(role):
            identity.roles[role.casefold()] += 1
            identity.role_spelling.setdefault(role.casefold(), role)

    canonical_of = {key: _canonical(key, identity) for key, identity in identities.items()}
    persons = []
    used_slugs: set[str] = set()
    for key, identity in identities.items():
        name = canonical_of[key]
        slug = _unique_slug(name, used_slugs)
        aliases = tuple(a for a in identity.aliases if a != name)
        roles = tuple(identity.role_spelling[r] for r, _ in identity.roles.most_common())  # most used first
        persons.append(Person(name=name, slug=slug, aliases=aliases, roles=roles))
    canonical = {pair: canonical_of[key] for pair, key in key_of.items()}
    people = People(persons=tuple(persons), canonical=canonical)
    return apply_overrides(people, overrides) if overrides else people


def _middle_names_dropped(full_keys: set[str]) -> dict[str, str]:
    """ "hillary rodham clinton" -> "hillary clinton" when that shorter name is known and no other name runs from
    "hillary" to "clinton": a middle name written out in some articles only."""
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in full_keys:
        tokens = key.split()
        by_ends[(tokens[0], tokens[-1])].append(key)
    out = {}
    for (first, last), keys in by_ends.items():
        longer = [k for k in keys if len(k.split()) == 3]
        if f"{first} {last}" in keys and len(longer) == 1 and len(keys) == 2:
            out[longer[0]] = f"{first} {last}"
    return out


class _Initials:
    """ "j smith" -> "jane smith", "c justin lee" -> "justin lee": a name opening with an initial is the one full
    name it can stand for (same family name, a given name with that initial, or the name after the initial);
    when there are several, it stays as written. Full names are looked up by their initial and the rest."""

    def __init__(self, full_keys: set[str]):
        self.full_keys = full_keys
        self.by_initial: dict[str, set[str]] = defaultdict(set)
        for full in full_keys:
            first, _, rest = full.partition(" ")
            if len(first) > 1:
                self.by_initial[f"{first[0]} {rest}"].add(full)

    def expanded(self, key: str) -> str:
        tokens = key.split()
        if len(tokens) < 2 or len(tokens[0]) != 1:
            return key
        rest = " ".join(tokens[1:])
        found = set(self.by_initial.get(key, ())) | ({rest} if len(tokens) > 2 and rest in self.full_keys else set())
        return found.pop() if len(found) == 1 else key


def _dominant(counts: Counter[str] | None) -> str | None:
    if not counts:
        return None
    (first, n), *rest = counts.most_common(2)
    return first if not rest or n >= 3 * rest[0][1] else None


def _canonical(key: str, identity: _Identity) -> str:
    """The most used form whose key is the identity's own (not a glued or all-capitals variant), with its
    accents when a tie, East Asian given names written the usual way: "Lim Jeong-Won" -> "Lim Jeong-won"."""
    forms = [f for f in identity.forms if name_key(f) == key and not f.isupper()] or list(identity.forms)
    name = max(forms, key=lambda f: (identity.forms[f], len(f), sum(not c.isascii() for c in f)))  # "Dončić"
    tokens = name.split()
    if len(tokens) == 2 and bare(tokens[0]) in EAST_ASIAN_SURNAMES and re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+",
                                                                                     tokens[1]):
        head, tail = tokens[1].split("-")
        name = f"{tokens[0]} {head}-{tail.lower()}"
    return name


def _unique_slug(name: str, used: set[str]) -> str:
    base = slugify(name) or "person"
    slug, n = base, 2
    while slug in used:
        slug, n = f"{base}-{n}", n + 1
    used.add(slug)
    return slug
