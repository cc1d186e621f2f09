"""Write: put the rendered files in the output folder, atomically, and never lose a user's file.

The whole site is first written to a temporary folder beside the output folder, then swapped in by one
atomic exchange of the two folders (Linux ``renameat2``; elsewhere two renames), so a build that is killed or
fails leaves the previous site whole. A manifest records what the build wrote; the next build deletes only
files listed there, and files a user put in the output folder themselves ("foreign" files) are carried over
by hard links (copies where links fail), never moved: until the swap, the old site is exactly as it was.
A build killed between the two fallback renames leaves the old site in a hidden folder beside the output;
the next build puts it back first, and removes the temporary folders of builds that no longer run.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import re
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
    recover_interrupted(output)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-{os.getpid()}-", dir=output.parent))
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
    """Link files the user put in the output folder into the staging folder, so the swap keeps them.

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
        for folder in PurePosixPath(rel).parents:  # a user's folder where the site has a page: theirs wins
            page = staging / folder
            if str(folder) != "." and page.is_file():
                problems.append(Problem(str(output / folder), "a folder not written by digest is in the way of "
                                        "a page; kept it, the page was not written"))
                page.unlink()
                blocked.add(folder.as_posix())
        if target.is_dir() and not target.is_symlink():  # a page folder where the user has a file: theirs wins
            problems.append(Problem(str(path), "a file not written by digest is in the way of a folder of pages; "
                                    "kept it, the pages in that folder were not written"))
            blocked |= {p for p in new if p.startswith(rel + "/")}
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        _link_or_copy(path, target)
        kept += 1
    return kept, blocked


def _link_or_copy(path: Path, target: Path) -> None:
    """Put the user's file at ``target`` without touching the original (a symlink stays a symlink)."""
    if path.is_symlink():
        os.symlink(os.readlink(path), target)
        return
    try:
        os.link(path, target)
    except OSError:  # another file system, or links not allowed: a copy keeps the content and times
        shutil.copy2(path, target)


def _swap(staging: Path, output: Path) -> None:
    """Replace ``output`` by ``staging``; the old site stays whole until the new one is in place."""
    if not output.exists():
        os.replace(staging, output)
        return
    if not output.is_dir() or output.is_symlink():
        raise NotADirectoryError(f"{output} exists and is not a folder")
    if exchange_folders(staging, output):  # one atomic step: readers see the old site or the new, never none
        shutil.rmtree(staging, ignore_errors=True)  # now holds the old site
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-{os.getpid()}-", dir=output.parent))
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


RENAME_EXCHANGE = 2  # linux/fs.h
AT_FDCWD = -100


def exchange_folders(a: Path, b: Path) -> bool:
    """Swap two folders atomically (Linux renameat2 RENAME_EXCHANGE). False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):  # not Linux, or a C library without renameat2
        return False
    if renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):  # file system without exchange
        return False
    raise OSError(code, os.strerror(code), str(a), None, str(b))


def recover_interrupted(output: Path) -> None:
    """Undo what a killed build left beside ``output``: put a retired old site back, drop dead staging folders."""
    leftover = re.compile(re.escape(f".{output.name}.") + r"(building|old)-(\d+)-")
    for path in sorted(output.parent.iterdir()):
        match = leftover.match(path.name)
        if not match or not path.is_dir() or _running(int(match.group(2))):
            continue
        if match.group(1) == "old" and (path / "site").is_dir() and not output.exists():
            os.replace(path / "site", output)  # killed between the two renames: the old site comes back
        shutil.rmtree(path, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process with that id
        return True
    return True
