"""Which input files did not change since the last build, from ``stat`` alone, as git's index does.

A rebuild would otherwise read and hash every article file to find its cache key. The index, kept in the cache
folder, maps each file's path to the signature it had (size, modification and change times, inode, and the
same for its sidecars) and the cache key its content gave. A file whose signature is the same is not read:
its cached article is used by that key. The change time (ctime) moves on every write and cannot be set back,
so an edit that keeps the size and restores the modification time still shows. A file changed in the same
instant as the build started could keep its times (coarse file system clocks), so entries that recent are
not remembered ("racily clean" in git's terms): such a file is read again next build.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .cache import read_table, write_table
from .model import Problem

INDEX_NAME = "files.pickle"
RACY_NS = 2_000_000_000  # files changed less than this before the build started are read again next time

Stat = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
Signature = tuple[Stat, int, tuple[Stat | None, ...]]  # the file, the size limit, its possible sidecars
Entry = tuple[Signature, str, tuple[Problem, ...]]  # (signature, cache key, problems loading it reported)


def _stat(path: str) -> Stat | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


def signature(path: Path, max_bytes: int, sidecars: tuple[str, ...]) -> Signature | None:
    """What must stay the same for the file to be unchanged: its stat, the size limit and the stats of its
    sidecars (the metadata files with these suffixes beside it: a sidecar's change changes the article)."""
    own = _stat(str(path))
    if own is None:
        return None
    stem = os.path.splitext(str(path))[0]
    return own, max_bytes, tuple(_stat(stem + suffix) for suffix in sidecars)


class FileIndex:
    """Signatures and cache keys of the input files; ``folder=None`` knows nothing (--no-cache)."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.started_ns = time.time_ns()
        self.entries: dict[str, Entry] = (read_table(folder / INDEX_NAME) or {}) if folder else {}
        self.seen: dict[str, Entry] = {}
        self.changed = False

    def known(self, rel: str, sig: Signature) -> tuple[str, tuple[Problem, ...]] | None:
        """(cache key, problems) of a file whose signature is the one remembered."""
        entry = self.entries.get(rel)
        if entry is None or entry[0] != sig:
            return None
        self.seen[rel] = entry
        return entry[1], entry[2]

    def remember(self, rel: str, sig: Signature, key: str, problems: tuple[Problem, ...]) -> None:
        if self.folder is None:
            return
        times = [t for stat in (sig[0], *sig[2]) if stat is not None for t in stat[1:3]]
        if max(times) < self.started_ns - RACY_NS:
            self.seen[rel] = (sig, key, problems)
            self.changed = True

    def save(self) -> None:
        """Keep the entries of this build's files (a file gone is forgotten); written only when they changed."""
        if self.folder is not None and (self.changed or self.seen.keys() != self.entries.keys()):
            write_table(self.folder, INDEX_NAME, self.seen)
