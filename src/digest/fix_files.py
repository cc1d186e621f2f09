"""Reading the user's fix files in the input folder (people.yaml, stories.yaml) the same way.

A fix file is optional; a malformed one, or a malformed entry, is a warning naming the file, never fatal:
the rest of the file still applies.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .model import Problem


def read_fix_file(input_dir: Path, name: str, keys: tuple[str, ...]) -> tuple[dict | None, list[Problem]]:
    """The file's mapping (None when absent or unreadable) and a warning per problem, unknown keys included."""
    path = input_dir / name
    if not path.is_file():
        return None, []
    expected = " and/or ".join(repr(k) for k in keys)
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return None, [Problem(name, f"not read: {' '.join(str(exc).split())}")]
    if not isinstance(data, dict):
        return None, [Problem(name, f"expected a mapping with {expected}")]
    problems = [Problem(name, f"unknown key {key!r} (expected {expected})") for key in sorted(set(data) - set(keys),
                                                                                            key=str)]
    return data, problems


def groups_of_names(data: dict, key: str, file: str, what: str,
                    problems: list[Problem]) -> tuple[tuple[str, ...], ...]:
    """``key``'s entries that are lists of two or more strings; a warning for each other entry."""
    entries = data.get(key) or []
    valid = []
    for entry in entries if isinstance(entries, list) else [entries]:
        if isinstance(entry, list) and len(entry) >= 2 and all(isinstance(n, str) for n in entry):
            valid.append(tuple(entry))
        else:
            problems.append(Problem(file, f"{key}: each entry must be a list of two or more {what}"))
    return tuple(valid)
