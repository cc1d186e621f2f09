"""Write: put the rendered files in the output folder, atomically, and never lose a user's file.

The whole site is first written to a temporary folder beside the output folder, then swapped in by one
atomic exchange of the two folders (Linux ``renameat2``; elsewhere two renames), so a build that is killed or
fails leaves the previous site whole. A manifest records what the build wrote; the next build deletes only
files listed there, and files a user put in the output folder themselves ("foreign" files) are carried over
by hard links (copies where links fail), never moved: until the swap, the old site is exactly as it was.
A build killed between the two fallback renames leaves the old site in a hidden folder beside the output;
the next build puts it back first, and removes the temporary folders of builds that no longer run.

Rebuilds are incremental where it matters to readers: the manifest records a hash of every page's content,
and a page whose content did not change is carried into the new site by a hard link to the previous file
(same inode, same mtime), so a static server, rsync or a browser cache sees it unchanged; only pages whose
content changed are written anew. A carried file is trusted only when it is still the file digest wrote:
a regular file, of the right size, not modified after the manifest (a user's edit is overwritten).
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .model import Problem

MANIFEST = ".digest-manifest.json"


@dataclass(frozen=True)
class WriteReport:
    written: int  # pages in the new site
    kept_foreign: int
    problems: tuple[Problem, ...] = ()
    unchanged: int = 0  # pages carried from the previous site by hard link (their content did not change)


_UNSAFE_PARTS = frozenset(("", ".", ".."))  # a path whose '/'-parts avoid these is relative and stays inside


def safe_relative(path: str) -> PurePosixPath:
    """A rendered path must stay inside the output folder: no absolute paths, no '..'."""
    pure = PurePosixPath(path)
    if pure.is_absolute() or not pure.parts or any(part in ("..", ".", "") for part in pure.parts):
        raise ValueError(f"unsafe output path: {path!r}")
    return pure


def read_manifest(output: Path) -> set[str]:
    return set(_read_manifest_data(output).get("files", ()))


def _read_manifest_data(output: Path) -> dict:
    """The previous build's manifest: {"files": [path], "hashes": {path: content hash}, "sizes": {path: bytes}};
    empty when unreadable."""
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    files = [p for p in data.get("files", []) if isinstance(p, str)]
    hashes = data.get("hashes")
    hashes = {p: h for p, h in hashes.items() if isinstance(h, str)} if isinstance(hashes, dict) else {}
    sizes = data.get("sizes")
    sizes = {p: n for p, n in sizes.items() if type(n) is int} if isinstance(sizes, dict) else {}
    return {"files": files, "hashes": hashes, "sizes": sizes}


def content_hasher() -> hashlib.blake2b:
    """The hash of the manifest and the render memo, fed piece by piece (``content_hash`` for whole content)."""
    return hashlib.blake2b(digest_size=16)


def content_hash(data: bytes) -> str:
    hasher = content_hasher()
    hasher.update(data)
    return hasher.hexdigest()


class _PreviousSite:
    """The pages the previous build wrote, to carry the unchanged ones over instead of writing them again."""

    def __init__(self, output: Path):
        self.output = output
        self.hashes: dict[str, str] = {}
        self.sizes: dict[str, int] = {}
        self.written_before_ns = 0
        try:
            self.written_before_ns = os.stat(output / MANIFEST).st_mtime_ns
        except OSError:
            return
        data = _read_manifest_data(output)
        self.hashes, self.sizes = data["hashes"], data["sizes"]

    def carry(self, rel: str, digest: str, size: int, target: str) -> bool:
        """Hard-link the previous file for ``rel`` to ``target`` when it holds exactly this content."""
        if self.hashes.get(rel) != digest:
            return False
        old = os.path.join(self.output, rel)
        try:
            info = os.lstat(old)
            if (not stat.S_ISREG(info.st_mode) or info.st_size != size
                    or info.st_mtime_ns > self.written_before_ns):  # not ours any more, or edited since
                return False
            os.link(old, target)
        except OSError:  # gone, or a file system without hard links: write it instead
            return False
        return True


def write_site(files: Mapping[str, str | bytes], output: Path) -> WriteReport:
    """Write ``files`` (relative '/'-paths -> content) as the whole content of ``output``."""
    with SiteWriter(output) as site:
        for rel, content in files.items():
            site.add(rel, content)
        return site.commit()


Placed = tuple[str, bool, int]  # (content hash, carried from the previous site by hard link, size in bytes)


class SiteWriter:
    """The new site, file by file, in a staging folder beside ``output``; ``commit()`` swaps it in whole.

    Files are written as they come, so a build never holds the whole site in memory. Leaving the ``with``
    block without ``commit()`` (an error, a template problem) removes the staging folder: the old site is
    untouched. ``place`` does the file work without recording it, so a forked worker can write its pages
    and send back only (path, ``place``'s result) for the parent to ``record``.
    """

    def __init__(self, output: Path):
        self.output = output.absolute()
        self.staging = Path()
        self.hashes: dict[str, str] = {}  # what was added: path -> content hash
        self.sizes: dict[str, int] = {}
        self.carried: set[str] = set()
        self.report: WriteReport | None = None
        self._folders: set[str] = set()

    def __enter__(self) -> SiteWriter:
        self.output.parent.mkdir(parents=True, exist_ok=True)
        recover_interrupted(self.output)
        self._previous = _PreviousSite(self.output)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.output.name}.building-{os.getpid()}-",
                                             dir=self.output.parent))
        self._folders = {str(self.staging)}
        return self

    def __exit__(self, *exc: object) -> None:
        if self.report is None:  # not committed: the new site is dropped, the old one stays as it was
            shutil.rmtree(self.staging, ignore_errors=True)

    def add(self, rel: str, content: str | bytes) -> None:
        self._forget(rel)
        self.record(rel, self.place(rel, content))

    def place(self, rel: str, content: str | bytes) -> Placed:
        """Put one file in the staging folder: a hard link to the previous file when its content is the same."""
        target = self._staged(rel)
        data = content.encode("utf-8") if isinstance(content, str) else content
        digest = content_hash(data)
        if self._previous.carry(rel, digest, len(data), target):
            return digest, True, len(data)
        with open(target, "wb") as handle:
            handle.write(data)
        return digest, False, len(data)

    def carry_unchanged(self, rel: str, digest: str) -> Placed | None:
        """Put the previous site's file for ``rel`` in the staging folder without its content, when the caller
        knows the content has hash ``digest`` (the render memo): a hard link, if the previous manifest gives
        ``rel`` that hash and a size and the file is still that one (see ``_PreviousSite.carry``). Else None."""
        size = self._previous.sizes.get(rel)
        if size is None or self._previous.hashes.get(rel) != digest:
            return None
        target = self._staged(rel)
        return (digest, True, size) if self._previous.carry(rel, digest, size, target) else None

    def add_pieces(self, rel: str, pieces: Iterable[str]) -> None:
        """Like ``add`` for content given in pieces (a big JSON file): written as they come, never whole in memory."""
        self._forget(rel)
        self.record(rel, self.place_pieces(rel, pieces))

    def _forget(self, rel: str) -> None:
        """A path added twice: the last one wins, and a linked old file is never written through."""
        if rel in self.hashes:
            os.unlink(self._target(rel))
            self.carried.discard(rel)

    def place_pieces(self, rel: str, pieces: Iterable[str]) -> Placed:
        """``place`` for content in pieces: hashed while written, then swapped for a link to the previous file
        when that holds the same content (the hash is known only at the end)."""
        target = self._staged(rel)
        hasher = content_hasher()
        size = 0
        with open(target, "wb") as handle:
            for piece in pieces:
                data = piece.encode("utf-8")
                hasher.update(data)
                handle.write(data)
                size += len(data)
        digest = hasher.hexdigest()
        linked = target + ".previous"
        if self._previous.carry(rel, digest, size, linked):
            os.replace(linked, target)
            return digest, True, size
        return digest, False, size

    def record(self, rel: str, placed: Placed) -> None:
        self.hashes[rel], carried, self.sizes[rel] = placed
        if carried:
            self.carried.add(rel)

    def _target(self, rel: str) -> str:
        parts = rel.split("/")
        if not _UNSAFE_PARTS.isdisjoint(parts):  # rare: safe_relative judges it (and refuses '..', '/x')
            parts = list(safe_relative(rel).parts)
        return os.path.join(self.staging, *parts)

    def _staged(self, rel: str) -> str:
        """Where ``rel`` goes in the staging folder, its folder made."""
        target = self._target(rel)
        folder = os.path.dirname(target)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        return target

    def commit(self) -> WriteReport:
        """Keep the user's files, write the manifest, swap the new site in."""
        problems: list[Problem] = []
        try:
            kept, blocked = _carry_foreign_files(self.output, self.staging, set(self.hashes), problems)
            written = sorted(set(self.hashes) - blocked)
            manifest = {"files": written, "hashes": {rel: self.hashes[rel] for rel in written},
                        "sizes": {rel: self.sizes[rel] for rel in written}}
            (self.staging / MANIFEST).write_text(json.dumps(manifest, indent=0) + "\n", encoding="utf-8")
            _swap(self.staging, self.output)
        except BaseException:
            shutil.rmtree(self.staging, ignore_errors=True)
            raise
        self.report = WriteReport(written=len(written), kept_foreign=kept, problems=tuple(problems),
                                  unchanged=len(self.carried - blocked))
        return self.report


def _carry_foreign_files(output: Path, staging: Path, new: set[str],
                         problems: list[Problem]) -> tuple[int, set[str]]:
    """Link files the user put in the output folder into the staging folder, so the swap keeps them.

    Returns how many were kept and which new pages they blocked.
    """
    if not output.is_dir():
        return 0, set()
    ours = read_manifest(output) | {MANIFEST}
    kept, blocked = 0, set()
    for rel in _foreign_files(output, ours):
        path, target = output / rel, staging / rel
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


def _foreign_files(output: Path, ours: set[str]) -> list[str]:
    """Files (and symlinks, even to folders) under ``output`` that digest did not write, sorted, as '/'-paths."""
    found = []
    for folder, dirs, names in os.walk(output):
        prefix = os.path.relpath(folder, output).replace(os.sep, "/") + "/"
        prefix = "" if prefix == "./" else prefix
        found += [prefix + n for n in names if prefix + n not in ours]
        found += [prefix + d for d in dirs if os.path.islink(os.path.join(folder, d)) and prefix + d not in ours]
    return sorted(found)


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
