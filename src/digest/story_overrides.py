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

from .fix_files import groups_of_names, read_fix_file
from .model import Problem

FILE_NAME = "stories.yaml"


@dataclass(frozen=True)
class StoryOverrides:
    merge: tuple[tuple[str, ...], ...] = ()
    separate: tuple[tuple[str, ...], ...] = ()


def load_overrides(input_dir: Path) -> tuple[StoryOverrides | None, list[Problem]]:
    """The folder's overrides, or None when it has no file; a malformed file is a warning, never fatal."""
    data, problems = read_fix_file(input_dir, FILE_NAME, ("merge", "separate"))
    if data is None:
        return None, problems
    groups = {key: groups_of_names(data, key, FILE_NAME, "sources", problems) for key in ("merge", "separate")}
    return StoryOverrides(merge=groups["merge"], separate=groups["separate"]), problems
