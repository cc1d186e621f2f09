"""The optional ``stories.yaml`` in the input folder: the user's corrections to the story grouping.

Format (both keys optional; each entry a list of article sources, paths relative to the input folder)::

    merge:                      # always in one story
      - [wire/ap-quake.txt, local/quake-update.txt]
    separate:                   # never two of these in one story
      - [2024-06-01-arrest.txt, 2024-06-09-arrest.txt]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import Problem

FILE_NAME = "stories.yaml"


@dataclass(frozen=True)
class StoryOverrides:
    merge: tuple[tuple[str, ...], ...] = ()
    separate: tuple[tuple[str, ...], ...] = ()


def load_overrides(input_dir: Path) -> tuple[StoryOverrides | None, list[Problem]]:
    """The folder's overrides, or None when it has no file; a malformed file is a warning, never fatal."""
    path = input_dir / FILE_NAME
    if not path.is_file():
        return None, []
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return None, [Problem(FILE_NAME, f"not read: {exc}")]
    if not isinstance(data, dict):
        return None, [Problem(FILE_NAME, "expected a mapping with 'merge' and/or 'separate'")]
    problems = []
    groups: dict[str, tuple[tuple[str, ...], ...]] = {}
    for key in ("merge", "separate"):
        entries = data.get(key) or []
        valid = []
        for entry in entries if isinstance(entries, list) else [entries]:
            if isinstance(entry, list) and len(entry) >= 2 and all(isinstance(s, str) for s in entry):
                valid.append(tuple(entry))
            else:
                problems.append(Problem(FILE_NAME, f"{key}: each entry must be a list of two or more sources"))
        groups[key] = tuple(valid)
    for key in set(data) - {"merge", "separate"}:
        problems.append(Problem(FILE_NAME, f"unknown key {key!r} (expected 'merge' or 'separate')"))
    return StoryOverrides(merge=groups["merge"], separate=groups["separate"]), problems
