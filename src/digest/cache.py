"""A content-hash cache of per-article analysis, so a rebuild redoes only the files that changed.

The key is a hash of the file's decoded text and metadata together with a hash of digest's own source code:
any change to the article or to the code that analyses it misses the cache. A cached article is the same
record a cold analysis would produce, so the cache never changes the output. The cache is one pickle file,
read once and written once per build (atomically), and only when something changed.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path

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


class ArticleCache:
    """Articles by content key; ``folder=None`` is a cache that remembers nothing (--no-cache)."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self.entries: dict[str, Article] = {}
        self.used: set[str] = set()
        self.changed = False
        if folder is not None:
            try:
                with open(folder / CACHE_FILE, "rb") as handle:
                    loaded = pickle.load(handle)
                if isinstance(loaded, dict) and loaded.get("version") == code_version():
                    self.entries = loaded["articles"]
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError, KeyError, TypeError, ValueError):
                self.entries = {}  # a missing or unreadable cache is an empty cache

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
        self.folder.mkdir(parents=True, exist_ok=True)
        kept = {k: v for k, v in self.entries.items() if k in self.used}
        fd, tmp = tempfile.mkstemp(prefix=".cache-", dir=self.folder)
        with os.fdopen(fd, "wb") as handle:
            pickle.dump({"version": code_version(), "articles": kept}, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.folder / CACHE_FILE)
