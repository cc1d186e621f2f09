"""The optional ``people.yaml`` in the input folder: the user's corrections to who is who.

Format (every key optional; names are matched to a person's name or any alias, ignoring case and hyphens)::

    merge:                      # one person; the first name is the one shown
      - [Kim Jong Un, Kim Jong-un]
    split:                      # one name, two people: these forms or articles are someone else
      Donald Trump: [Trump]                 # articles naming only "Trump" mean a person of their own
      John Smith: [sport/match-report.txt]  # the John Smith of this article is another "John Smith (2)"
    rename:                     # name found -> name shown
      Meghan Markle: Meghan, Duchess of Sussex
    drop:                       # not persons at all
      - Sunday Diagnosis

A form splits off the articles that give only that form; inside an article that gives the full name, "Trump"
stays that person (split the article off instead).

``resolve_people(articles, overrides=...)`` applies them after its own merging: splits first (undoing the machine's
merges), then merges, renames and drops. A dropped name no longer resolves to anyone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from slugify import slugify

from .fix_files import groups_of_names, read_fix_file
from .model import People, Person, Problem
from .names import name_key

FILE_NAME = "people.yaml"


@dataclass(frozen=True)
class PeopleOverrides:
    merge: tuple[tuple[str, ...], ...] = ()
    rename: tuple[tuple[str, str], ...] = ()
    drop: tuple[str, ...] = ()
    split: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (person, names or article sources that are someone else)


def load_overrides(input_dir: Path) -> tuple[PeopleOverrides | None, list[Problem]]:
    """The folder's overrides, or None when it has no file; a malformed file or entry is a warning, never fatal."""
    data, problems = read_fix_file(input_dir, FILE_NAME, ("merge", "split", "rename", "drop"))
    if data is None:
        return None, problems
    merge = groups_of_names(data, "merge", FILE_NAME, "names", problems)
    rename_data = data.get("rename") or {}
    if not isinstance(rename_data, dict):
        problems.append(Problem(FILE_NAME, "rename: expected a mapping of name -> new name"))
        rename_data = {}
    rename = [(str(old), str(new)) for old, new in rename_data.items() if old and new]
    drop = [str(n) for n in _as_list(data.get("drop")) if isinstance(n, str | int | float)]
    split_data = data.get("split") or {}
    if not isinstance(split_data, dict):
        problems.append(Problem(FILE_NAME, "split: expected a mapping of name -> list of names or articles"))
        split_data = {}
    split = [(str(name), tuple(str(part) for part in _as_list(parts))) for name, parts in split_data.items()
             if name and parts]
    return PeopleOverrides(merge, tuple(rename), tuple(drop), tuple(split)), problems


def _as_list(value: object) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def apply_overrides(people: People, overrides: PeopleOverrides) -> People:
    persons = {p.name: p for p in people.persons}
    canonical = dict(people.canonical)

    def find(name: str) -> str | None:
        key = name_key(name)
        for person in persons.values():
            if key in {name_key(n) for n in (person.name, *person.aliases)}:
                return person.name
        return None

    def move(old: str, new: str) -> None:
        for pair, name in canonical.items():
            if name == old:
                canonical[pair] = new

    for name, parts in overrides.split:
        found = find(name)
        if found is not None:
            _split(persons, canonical, persons[found], parts)
    for group in overrides.merge:
        found = [n for n in dict.fromkeys(find(name) for name in group) if n is not None]
        if not found:
            continue
        members = [persons.pop(n) for n in found]
        persons[group[0]] = Person(
            name=group[0], slug="", aliases=_unique(a for m in members for a in (m.name, *m.aliases, *group[1:])
                                                    if a != group[0]),
            roles=_unique(r for m in members for r in m.roles))
        for name in found:
            move(name, group[0])
    for old, new in overrides.rename:
        name = find(old)
        if name is None or name == new:
            continue
        person = persons.pop(name)
        persons[new] = replace(person, name=new, slug="", aliases=_unique([*person.aliases, name]))
        move(name, new)
    dropped_pairs: set[tuple[str, str]] = set(people.dropped)
    for dropped in overrides.drop:
        name = find(dropped)
        if name is not None:
            del persons[name]
            dropped_pairs.update(pair for pair, n in canonical.items() if n == name)
            canonical = {pair: n for pair, n in canonical.items() if n != name}
    used = {p.slug for p in persons.values() if p.slug}
    final = []
    for person in persons.values():
        if not person.slug:
            base = slugify(person.name) or "person"
            slug, n = base, 2
            while slug in used:
                slug, n = f"{base}-{n}", n + 1
            used.add(slug)
            person = replace(person, slug=slug)
        final.append(person)
    return People(persons=tuple(final), canonical=canonical, dropped=frozenset(dropped_pairs))


def _split(persons: dict[str, Person], canonical: dict[tuple[str, str], str], person: Person,
           parts: tuple[str, ...]) -> None:
    """Move the (article, name) pairs of ``person`` that ``parts`` name, by form or by article, to a new person:
    named by the form when forms are given ("Trump"), else "<name> (2)"."""
    keys = {name_key(part) for part in parts}
    sources = set(parts)
    moved = [pair for pair, name in canonical.items() if name == person.name
             and (pair[0] in sources or name_key(pair[1]) in keys)]
    left = [pair for pair, name in canonical.items() if name == person.name and pair not in moved]
    if not moved or not left:
        return  # nothing to take apart (a rename does the rest)
    forms = [pair[1] for pair in moved if name_key(pair[1]) in keys]
    base = forms[0] if forms else person.name
    new_name, n = base, 2
    while new_name in persons:
        new_name, n = f"{base} ({n})", n + 1
    for pair in moved:
        canonical[pair] = new_name
    kept = {name_key(pair[1]) for pair in left}
    persons[person.name] = replace(person, aliases=tuple(a for a in person.aliases
                                                         if name_key(a) in kept or name_key(a) not in keys))
    persons[new_name] = Person(name=new_name, slug="", aliases=_unique(p[1] for p in moved if p[1] != new_name))


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
