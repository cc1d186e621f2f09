"""Skip rendering a page whose inputs did not change: the previous site's file is used instead.

A page's text is a function of the templates, the code, the settings and what its template is given (path,
title, the view records). So each page gets a key: a hash of a fingerprint of the code and every template file,
and of what the template is given, pickled (views are frozen dataclasses of strings, numbers and tuples; equal
bytes mean equal values). For article and story pages the key hashes instead what their views are made from
(``page_inputs``), so that a reused page's view is not even built. The memo, kept in the cache folder, maps
each key to the hash of the text it rendered to. On the next build, a page whose key is known is taken from
the previous output folder: by the site writer, which hard-links the old file only when its manifest gives
that path exactly that hash and the file is still the one it wrote (regular, same size, not modified since);
for any other sink, by reading it back and checking its hash. Anything else (no cache, a changed template, a
file edited or gone) renders the page. So the memo can only save time, never change a page.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import sys
from collections.abc import Iterable, Mapping
from dataclasses import is_dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from .cache import value_bytes
from .write import content_hash

MEMO_FILE = "rendered-pages.json"
RECENT = 32  # records whose repr is remembered for the next pages
CODE = Path(__file__).resolve().parent


def fingerprint(template_folders: Iterable[Path], settings: object) -> str:
    """Everything every page depends on besides its own inputs: versions, this package's code, every template
    file (a page can extend or import any of them) and the settings."""
    digest = hashlib.blake2b(_code_fingerprint().encode(), digest_size=16)
    digest.update(repr(settings).encode())
    for folder in template_folders:
        _hash_files(digest, folder)
    return digest.hexdigest()


@functools.cache
def _code_fingerprint() -> str:
    """The code this process runs: read once, when this module is imported with the rest of the package (a
    module edited on disk later does not change what this process renders)."""
    digest = hashlib.blake2b(digest_size=16)
    libraries = "|".join(_version(name) for name in ("jinja2", "markupsafe"))
    digest.update(f"{sys.version}|{libraries}".encode())
    _hash_files(digest, CODE)
    return digest.hexdigest()


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:  # not installed as a distribution (rare): its location stands in
        module = __import__(name)
        return str(getattr(module, "__file__", name))


def _hash_files(digest: Any, folder: Path) -> None:
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(f"\0{path.relative_to(folder).as_posix()}\0".encode())
        digest.update(path.read_bytes())


def _pickled(value: Any) -> bytes:
    try:
        return b"p" + value_bytes(value)
    except (pickle.PicklingError, TypeError, AttributeError, ValueError):  # one pickle cannot write: spelled out
        return b"r" + repr(value).encode()


def text_hash(text: str) -> str:
    """The hash the writer records in its manifest, of the UTF-8 text."""
    return content_hash(text.encode("utf-8"))


class PageMemo:
    """Keys of the pages the last build rendered, with the hashes of their texts; and where those texts are."""

    def __init__(self, cache: Path | None, output: Path, base: str):
        self.file = cache / MEMO_FILE if cache else None
        self.output = output
        self.base = base
        self.known: dict[str, str] = {}
        self._reprs: dict[int, tuple[Any, bytes]] = {}
        if self.file is None:
            return
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if isinstance(data, dict) and data.get("fingerprint") == base and isinstance(data.get("pages"), dict):
            self.known = {k: v for k, v in data["pages"].items() if isinstance(v, str)}

    @property
    def enabled(self) -> bool:
        return self.file is not None

    def key(self, path: str, template: str, title: str, context: Mapping[str, Any]) -> str:
        digest = hashlib.blake2b(f"{self.base}\0{path!r}\0{template!r}\0{title!r}".encode(), digest_size=16)
        for name, value in sorted(context.items()):
            digest.update(f"\0{name}=".encode())
            digest.update(self._spelled(value))
        return digest.hexdigest()

    def _spelled(self, value: Any) -> bytes:
        """``value`` as bytes that differ whenever it does: pickled (fast; equal bytes mean an equal value),
        or its repr when it cannot be pickled. Remembered for records that several pages are given (a person's
        page and feed)."""
        if isinstance(value, bytes):  # already a key (page_inputs)
            return b"k" + value
        if not is_dataclass(value):
            return _pickled(value)
        known = self._reprs.get(id(value))
        if known is None or known[0] is not value:
            if len(self._reprs) >= RECENT:  # only the last few: pages that share a record are rendered together
                self._reprs.clear()
            known = self._reprs[id(value)] = (value, _pickled(value))  # holding it keeps its id unique
        return known[1]

    def expected(self, key: str) -> str | None:
        """The hash of the text this key rendered to last build, when it did."""
        return self.known.get(key)

    def recall(self, path: str, key: str) -> str | None:
        """The page's text from the previous site, when that is exactly what this key rendered to."""
        expected = self.known.get(key)
        if expected is None:
            return None
        try:
            with open(os.path.join(self.output, path), "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        if content_hash(data) != expected:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def save(self, pages: Mapping[str, str]) -> None:
        """Keep this build's keys (only these: the memo never grows beyond one site)."""
        if self.file is None:
            return
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.file.with_name(f".{self.file.name}.{os.getpid()}")
            temporary.write_text(json.dumps({"fingerprint": self.base, "pages": dict(pages)}), encoding="utf-8")
            os.replace(temporary, self.file)
        except OSError:  # a cache that cannot be written only costs time next build
            pass


_code_fingerprint()
