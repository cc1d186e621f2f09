"""Load: find the article files under the input folder and decode them into SourceFile records.

Articles are ``.txt`` (a page copied as text) and ``.md`` (Markdown with optional YAML front matter), found
recursively and sorted by their path. A YAML sidecar ``name.yaml``/``name.yml`` beside ``name.txt`` gives
metadata the page lacks. Every failure is a Problem about one file; loading never stops for one bad file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .cache import article_key
from .dates import parse_date
from .encoding import BOMS, NotText, cut_utf8_safely, decode
from .file_index import FileIndex, signature
from .model import Metadata, Problem, SourceFile

ARTICLE_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}
SIDECAR_SUFFIXES = (".yaml", ".yml")
SETTINGS_FILES = {"digest.yaml", "digest.yml", "people.yaml", "people.yml", "stories.yaml", "stories.yml"}
MAX_BYTES = 5_000_000

# Metadata keys as people write them -> the Metadata field they fill.
KEYS = {
    "title": "headline", "headline": "headline",
    "author": "byline", "authors": "byline", "byline": "byline",
    "date": "date", "published": "date", "pubdate": "date",
    "outlet": "outlet", "publication": "outlet", "source": "outlet", "publisher": "outlet", "site": "outlet",
    "url": "url", "link": "url",
}


@dataclass(frozen=True)
class Unchanged:
    """A file the index says is unchanged since the last build: not read, its analysis is in the cache."""

    source: str
    key: str  # its cache key (``cache.article_key`` of what it held)
    path: Path  # to read it after all, should the cache have lost the entry: path, input folder, size limit
    root: Path
    max_bytes: int


def load_folder(input_dir: Path, max_bytes: int = MAX_BYTES,
                index: FileIndex | None = None) -> tuple[list[SourceFile | Unchanged], list[Problem]]:
    """Every article file under ``input_dir``, decoded, with a Problem for each file that could not be.

    With an ``index`` (``file_index``), a file whose stat is as the index remembers it is not read: it comes as
    ``Unchanged``, with the problems loading it reported last time.
    """
    files: list[SourceFile | Unchanged] = []
    problems: list[Problem] = []
    for path in _article_paths(input_dir, problems):
        rel = _relative(path, input_dir)
        sig = signature(path, max_bytes, SIDECAR_SUFFIXES) if index is not None else None
        known = index.known(rel, sig) if index is not None and sig is not None else None
        if known is not None:
            files.append(Unchanged(rel, known[0], path, input_dir, max_bytes))
            problems.extend(known[1])
            continue
        try:
            source, found = load_file(path, input_dir, max_bytes=max_bytes)
        except Exception as exc:  # one strange file must never stop the build
            source, found = None, [Problem(rel, f"cannot load: {type(exc).__name__}: {exc}")]
        problems.extend(found)
        if source is not None:
            files.append(source)
            if index is not None and sig is not None:
                index.remember(rel, sig, article_key(source), tuple(found))
    return files, problems


def load_file(path: Path, root: Path, max_bytes: int = MAX_BYTES) -> tuple[SourceFile | None, list[Problem]]:
    """One article file with its sidecar; None (and the reason) when it cannot be used."""
    rel = _relative(path, root)
    problems: list[Problem] = []
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        return None, [Problem(rel, f"cannot read: {exc.strerror or exc}")]
    if len(data) > max_bytes:
        utf16 = any(data.startswith(bom) for bom, name in BOMS if name != "utf-8-sig")
        data = data[:max_bytes - max_bytes % 4] if utf16 else cut_utf8_safely(data, max_bytes)
        problems.append(Problem(rel, f"larger than {max_bytes} bytes: only the first {max_bytes} bytes are read"))
    if not data.strip():
        return None, [*problems, Problem(rel, "empty file (skipped)")]
    try:
        text, encoding = decode(data)
    except NotText as exc:
        return None, [*problems, Problem(rel, f"{exc} (skipped)")]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return None, [*problems, Problem(rel, "empty file (skipped)")]
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower(), "text")
    front = Metadata()
    if kind == "markdown":
        try:
            front, text = split_front_matter(text)
        except ValueError as exc:
            return None, [*problems, Problem(rel, f"front matter: {exc} (skipped)")]
    sidecar, found = _read_sidecar(path, root)
    problems.extend(found)
    return SourceFile(rel, text, kind, front_matter=front, sidecar=sidecar, encoding=encoding), problems  # type: ignore[arg-type]


def split_front_matter(text: str) -> tuple[Metadata, str]:
    """Split Markdown into (front matter, body). Raises ValueError("line N: ...") for broken YAML."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return Metadata(), text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise ValueError("line 1: '---' opens front matter that is never closed")
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}: " if mark is not None else ""
        reason = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        raise ValueError(f"{where}{reason}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValueError("line 2: expected 'key: value' lines")
    return metadata_from(data), "\n".join(lines[end + 1:])


def metadata_from(data: dict[Any, Any]) -> Metadata:
    """Metadata from a mapping with the usual key names (title/headline, author(s)/byline, ...)."""
    values: dict[str, Any] = {}
    for key, value in data.items():
        target = KEYS.get(str(key).strip().lower())
        if target is None or target in values or value is None:
            continue
        if target == "byline":
            values[target] = _names(value)
        elif target == "date":
            iso = parse_date(value)
            if iso:
                values[target] = iso
        elif isinstance(value, (str, int, float)) and str(value).strip():
            values[target] = " ".join(str(value).split())
    return Metadata(**values)


def _names(value: Any) -> tuple[str, ...]:
    """Authors as a tuple: a YAML list, or one string of names joined by commas, 'and' or '&'."""
    from .bylines import split_names

    if isinstance(value, (list, tuple)):
        return tuple(" ".join(str(v).split()) for v in value if v is not None and str(v).strip())
    return split_names(str(value))


def _read_sidecar(path: Path, root: Path) -> tuple[Metadata, list[Problem]]:
    for suffix in SIDECAR_SUFFIXES:
        side = path.with_suffix(suffix)
        if side.name in SETTINGS_FILES or not side.is_file():
            continue
        rel = _relative(side, root)
        try:
            text, _ = decode(side.read_bytes())
            data = yaml.safe_load(text)
        except (OSError, NotText, yaml.YAMLError) as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"line {mark.line + 1}: " if mark is not None else ""
            reason = getattr(exc, "problem", None) or str(exc).split("\n")[0]
            return Metadata(), [Problem(rel, f"sidecar ignored: {where}{reason}")]
        if data is None:
            return Metadata(), []
        if not isinstance(data, dict):
            return Metadata(), [Problem(rel, "sidecar ignored: expected 'key: value' lines")]
        return metadata_from(data), []
    return Metadata(), []


def _article_paths(root: Path, problems: list[Problem]) -> list[Path]:
    """Article files under ``root``, sorted by relative path; symlinked folders followed once, loops never."""
    found: list[tuple[str, Path]] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, names in os.walk(root, followlinks=True):
        try:
            stat = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        key = (stat.st_dev, stat.st_ino)
        if key in seen:  # a symlink back to a folder already walked: a loop or a duplicate
            problems.append(Problem(_relative(Path(folder), root), "folder already read (symlink loop?): skipped"))
            dirs[:] = []
            continue
        seen.add(key)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(folder) / name
            if name.startswith(".") or path.suffix.lower() not in ARTICLE_SUFFIXES:
                continue
            found.append((_relative(path, root), path))
    return [path for _, path in sorted(found)]


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
