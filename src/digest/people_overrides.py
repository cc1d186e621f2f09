"""The optional ``people.yaml`` in the input folder: the user's corrections to who is who.

Format (every key optional; names are matched to a person's name or any alias, ignoring case and hyphens)::

    merge:                      # one person; the first name is the one shown
      - [Kim Jong Un, Kim Jong-un]
    rename:                     # name found -> name shown
      Meghan Markle: Meghan, Duchess of Sussex
    drop:                       # not persons at all
      - Sunday Diagnosis

``resolve_people(articles, overrides=...)`` applies them after its own merging: merges first, then renames, then
drops. A dropped name no longer resolves to anyone.
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


def load_overrides(input_dir: Path) -> tuple[PeopleOverrides | None, list[Problem]]:
    """The folder's overrides, or None when it has no file; a malformed file or entry is a warning, never fatal."""
    data, problems = read_fix_file(input_dir, FILE_NAME, ("merge", "rename", "drop"))
    if data is None:
        return None, problems
    merge = groups_of_names(data, "merge", FILE_NAME, "names", problems)
    rename_data = data.get("rename") or {}
    if not isinstance(rename_data, dict):
        problems.append(Problem(FILE_NAME, "rename: expected a mapping of name -> new name"))
        rename_data = {}
    rename = [(str(old), str(new)) for old, new in rename_data.items() if old and new]
    drop = [str(n) for n in _as_list(data.get("drop")) if isinstance(n, str | int | float)]
    return PeopleOverrides(merge, tuple(rename), tuple(drop)), problems


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


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
