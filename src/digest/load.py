"""Load: find the input files and decode them into SourceFile records (placeholder, to be replaced)."""

from __future__ import annotations

from pathlib import Path

from .model import Problem, SourceFile


def load_folder(input_dir: Path) -> tuple[list[SourceFile], list[Problem]]:
    files = []
    for path in sorted(input_dir.rglob("*.txt")):
        files.append(SourceFile(path.relative_to(input_dir).as_posix(), path.read_text("utf-8"), "text"))
    return files, []


def load_file(path: Path, root: Path) -> tuple[SourceFile | None, list[Problem]]:
    rel = path.relative_to(root).as_posix()
    return SourceFile(rel, path.read_text("utf-8"), "text"), []
