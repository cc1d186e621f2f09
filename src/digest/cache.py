"""A content-hash cache of per-article analysis, so a rebuild redoes only the files that changed.

The key is a hash of the file's decoded text and metadata together with a hash of digest's own source code:
any change to the article or to the code that analyses it misses the cache. A cached article is the same
record a cold analysis would produce, so the cache never changes the output. The cache is one pickle file,
read once and written once per build (atomically), and only when something changed.

The corpus-level stages (dedup, stories) keep their own ``Memo`` tables in the same folder: results of pure
functions of article content (an article's fingerprints, the alignment of two articles' texts), keyed by a
hash of exactly the content they read, so a rebuild after one edit recomputes only what that edit touches.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from .model import Article, SourceFile

CACHE_FILE = "articles.pickle"


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
    """A 16-byte hash of ``parts`` (strings, numbers, and tuples or lists of them): the key of a Memo entry.

    Pickle writes them unambiguously (lengths, not separators) and fast; equal bytes mean equal parts, which
    is all a key needs (the same parts pickled another way would only miss the memo).
    """
    return hashlib.blake2b(pickle.dumps(parts, protocol=5), digest_size=16).digest()


def _dump(folder: Path, name: str, payload: object) -> None:
    """Write one pickle atomically: a build killed half-way leaves the old file, never half a file."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cache-", dir=folder)
    with os.fdopen(fd, "wb") as handle:
        pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, folder / name)


def _load(path: Path) -> dict | None:
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


class Memo:
    """One table of a stage's results by content key, read on first use and written back by ``save``.

    ``folder=None`` remembers nothing (--no-cache). Only entries used by this build are written back, so the
    table follows the corpus instead of growing. Values must be plain data (tuples, ints, strings, floats).
    """

    def __init__(self, folder: Path | None, name: str):
        self.folder = folder
        self.name = name
        self._entries: dict[bytes, Any] | None = None if folder is not None else {}
        self.used: dict[bytes, Any] = {}
        self.changed = False

    @property
    def entries(self) -> dict[bytes, Any]:
        if self._entries is None:
            self._entries = (_load(self.folder / f"{self.name}.pickle") if self.folder else None) or {}
        return self._entries

    def get(self, key: bytes) -> Any | None:
        if self.folder is None:
            return None
        value = self.used.get(key)
        if value is None:
            value = self.entries.get(key)
            if value is not None:
                self.used[key] = value
        return value

    def put(self, key: bytes, value: Any) -> None:
        if self.folder is not None:
            self.used[key] = value
            self.changed = True

    def save(self) -> None:
        if self.folder is None or (self._entries is None and not self.changed):
            return
        if self.changed or len(self.used) != len(self.entries):
            _dump(self.folder, f"{self.name}.pickle", {"version": code_version(), "entries": self.used})


class ArticleCache:
    """Articles by content key; ``folder=None`` is a cache that remembers nothing (--no-cache)."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.entries: dict[str, Article] = {}
        self.used: set[str] = set()
        self.changed = False
        if folder is not None:
            self.entries = _load(folder / CACHE_FILE) or {}

    def get(self, key: str) -> Article | None:
        article = self.entries.get(key)
        if article is not None:
            self.used.add(key)
        return article

    def put(self, key: str, article: Article) -> None:
        self.entries[key] = article
        self.used.add(key)
        self.changed = True

    def save(self) -> None:
        """Keep only the entries this build used, so the cache does not grow without end."""
        if self.folder is None or not (self.changed or set(self.entries) - self.used):
            return
        kept = {k: v for k, v in self.entries.items() if k in self.used}
        _dump(self.folder, CACHE_FILE, {"version": code_version(), "entries": kept})

    def memo(self, name: str) -> Memo:
        """A corpus-level stage's table, kept in this cache's folder (nothing when the cache is off)."""
        return Memo(self.folder, name)
