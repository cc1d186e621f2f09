"""Write: put the rendered files in the output folder, atomically, and never lose a user's file.

The whole site is first written to a temporary folder beside the output folder, then swapped in by
renames, so a build that is killed or fails leaves the previous site whole. A manifest records what the
build wrote; the next build deletes only files listed there, and files a user put in the output folder
themselves ("foreign" files) are carried over untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .model import Problem

MANIFEST = ".digest-manifest.json"


@dataclass(frozen=True)
class WriteReport:
    written: int
    kept_foreign: int
    problems: tuple[Problem, ...] = ()


def safe_relative(path: str) -> PurePosixPath:
    """A rendered path must stay inside the output folder: no absolute paths, no '..'."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or not pure.parts or any(part in ("..", ".", "") for part in pure.parts):
        raise ValueError(f"unsafe output path: {path!r}")
    return pure


def read_manifest(output: Path) -> set[str]:
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {p for p in data.get("files", []) if isinstance(p, str)} if isinstance(data, dict) else set()


def write_site(files: Mapping[str, str | bytes], output: Path) -> WriteReport:
    """Write ``files`` (relative '/'-paths -> content) as the whole content of ``output``."""
    output = output.absolute()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=output.parent))
    problems: list[Problem] = []
    try:
        for rel, content in sorted(files.items()):
            target = staging.joinpath(*safe_relative(rel).parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                target.write_text(content, encoding="utf-8", newline="\n")
            else:
                target.write_bytes(content)
        kept, blocked = _carry_foreign_files(output, staging, set(files), problems)
        written = sorted(set(files) - blocked)
        (staging / MANIFEST).write_text(json.dumps({"files": written}, indent=0) + "\n", encoding="utf-8")
        _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return WriteReport(written=len(written), kept_foreign=kept, problems=tuple(problems))


def _carry_foreign_files(output: Path, staging: Path, new: set[str],
                         problems: list[Problem]) -> tuple[int, set[str]]:
    """Move files the user put in the output folder into the staging folder, so the swap keeps them.

    Returns how many were kept and which new pages they blocked.
    """
    if not output.is_dir():
        return 0, set()
    ours = read_manifest(output) | {MANIFEST}
    kept, blocked = 0, set()
    for path in sorted(output.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            continue
        rel = path.relative_to(output).as_posix()
        if rel in ours:
            continue
        target = staging / rel
        if rel in new:
            # The user's file stands where the site now wants a page: the user's file wins.
            problems.append(Problem(str(path), "a file not written by digest is in the way of a page; kept it, "
                                    "the page was not written"))
            target.unlink()
            blocked.add(rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        kept += 1
    return kept, blocked


def _swap(staging: Path, output: Path) -> None:
    """Replace ``output`` by ``staging`` with renames; the old site exists until the new one is in place."""
    if not output.exists():
        os.replace(staging, output)
        return
    if not output.is_dir():
        raise NotADirectoryError(f"{output} exists and is not a folder")
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
    try:
        os.replace(output, retired / "site")
        try:
            os.replace(staging, output)
        except BaseException:
            os.replace(retired / "site", output)
            raise
    finally:
        if output.exists():  # never delete the only copy of the old site
            shutil.rmtree(retired, ignore_errors=True)
