"""A content-hash cache of per-article analysis, so a rebuild redoes only the files that changed.

The key is a hash of the file's decoded text and metadata together with a hash of digest's own source code:
any change to the article or to the code that analyses it misses the cache. A cached article is the same
record a cold analysis would produce, so the cache never changes the output. The cache is a table of pickle
files, each read once and written once per build (atomically), and only when it changed. A table is split into
SHARDS files by key, so a one-file edit rewrites one sixteenth of it.

The corpus-level stages (dedup, stories) keep their own ``Memo`` tables in the same folder: results of pure
functions of article content (an article's fingerprints, the alignment of two articles' texts), keyed by a
hash of exactly the content they read, so a rebuild after one edit recomputes only what that edit touches.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from .model import SourceFile

CACHE_NAME = "articles"


@cache
def code_version() -> str:
    """A hash of every module of the package: a new version of the code starts a new cache."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def article_key(source: SourceFile) -> str:
    digest = hashlib.sha256(code_version().encode())
    digest.update(repr((source.source, source.format, source.front_matter, source.sidecar)).encode())
    digest.update(source.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def content_key(*parts: object) -> bytes:
    """A 16-byte hash of ``parts`` (strings, numbers, records, and tuples, lists or dicts of them): the key of a
    Memo entry, the same in every process for equal parts (see ``value_bytes``)."""
    return hashlib.blake2b(value_bytes(parts), digest_size=16).digest()


def value_bytes(value: object) -> bytes:
    """``value`` pickled without pickle's memo, so the bytes follow the value only.

    Pickle writes values unambiguously (lengths, not separators) and fast; equal bytes mean equal values. Its
    memo would write a string met twice as a back-reference when it is the same object both times, and
    which strings share one object differs between a fresh analysis and one read back from the cache, so the
    same value would pickle to different bytes from build to build (a miss every time). ``fast`` turns the
    memo off (fine for values without cycles, which these are).
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    pickler.dump(value)
    return buffer.getvalue()


def write_table(folder: Path, name: str, entries: dict) -> None:
    """Write one table, tagged with this version of the code, atomically: a build killed half-way leaves the old
    file, never half a file."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cache-", dir=folder)
    with os.fdopen(fd, "wb") as handle:
        pickle.dump({"version": code_version(), "entries": entries}, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / name)


def read_table(path: Path) -> dict | None:
    """The table in ``path`` when it was written by this version of the code, else None."""
    try:
        with open(path, "rb") as handle:
            loaded = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError,
            ImportError, IndexError, MemoryError):
        return None  # a missing or unreadable cache is an empty cache
    if isinstance(loaded, dict) and loaded.get("version") == code_version() and isinstance(loaded.get("entries"),
                                                                                             dict):
        return loaded["entries"]
    return None


SHARDS = 16  # files per table: a rebuild after one edit rewrites one of them, not the whole table


def _shard(key: str | bytes) -> int:
    return (key[-1] if isinstance(key, bytes) else int(key[-2:], 16)) % SHARDS  # hash bytes, not a prefix


class Memo:
    """One table of results by content key, in SHARDS files read on first use and written back by ``save``.

    ``folder=None`` remembers nothing (--no-cache). Only entries used by this build are written back, so the
    table follows the corpus instead of growing; a shard file is rewritten only when it gained or lost an
    entry. Values must be plain data (tuples, arrays, ints, strings, floats) or model records, never None.
    """

    def __init__(self, folder: Path | None, name: str):
        self.folder = folder
        self.name = name
        self._shards: dict[int, dict[Any, Any]] = {}
        self._used: dict[int, set[Any]] = {}
        self._dirty: set[int] = set()

    def _entries(self, shard: int) -> dict[Any, Any]:
        entries = self._shards.get(shard)
        if entries is None:
            entries = self._shards[shard] = read_table(self._path(shard)) or {}
            self._used[shard] = set()
        return entries

    def _path(self, shard: int) -> Path:
        assert self.folder is not None
        return self.folder / f"{self.name}-{shard:x}.pickle"

    def get(self, key: Any) -> Any | None:
        if self.folder is None:
            return None
        shard = _shard(key)
        value = self._entries(shard).get(key)
        if value is not None:
            self._used[shard].add(key)
        return value

    def put(self, key: Any, value: Any) -> None:
        if self.folder is not None:
            shard = _shard(key)
            self._entries(shard)[key] = value
            self._used[shard].add(key)
            self._dirty.add(shard)

    def remembered(self, key: Any, compute: Callable[..., Any], *args: Any) -> Any:
        """The value under ``key``; else ``compute(*args)``, put under it for the next build."""
        value = self.get(key)
        if value is None:
            value = compute(*args)
            self.put(key, value)
        return value

    @property
    def entries(self) -> dict[Any, Any]:
        """Every entry on disk or put so far (for inspection; a build uses ``get``)."""
        if self.folder is None:
            return {}
        return {k: v for shard in range(SHARDS) for k, v in self._entries(shard).items()}

    def save(self) -> None:
        if self.folder is None:
            return
        for shard, entries in self._shards.items():
            used = self._used[shard]
            if shard in self._dirty or len(used) != len(entries):
                write_table(self.folder, self._path(shard).name, {k: entries[k] for k in used})
        self._dirty.clear()
        for shard in set(range(SHARDS)) - set(self._shards):  # this build needed nothing from it
            self._path(shard).unlink(missing_ok=True)


class ArticleCache(Memo):
    """Articles by content key (``article_key``); ``folder=None`` is a cache that remembers nothing (--no-cache)."""

    def __init__(self, folder: Path | None):
        super().__init__(folder, CACHE_NAME)

    def memo(self, name: str) -> Memo:
        """A corpus-level stage's table, kept in this cache's folder (nothing when the cache is off)."""
        return Memo(self.folder, name)
