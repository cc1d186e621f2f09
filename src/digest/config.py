"""Config: the build's settings as a typed schema, validated into errors and warnings.

Settings come from three places, later ones winning: the defaults below, a ``digest.yaml`` file (or
``[tool.digest]`` in ``pyproject.toml``) in the working folder, and command-line options. Each option is
documented where it is declared, so ``digest build --help`` and the README can be generated from one place.
Unknown keys are warnings (a typo should not silently do nothing); wrong types are errors.
"""

from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import yaml

from .model import Problem

CONFIG_FILE = "digest.yaml"


@dataclass(frozen=True)
class Config:
    """Everything a build needs to know. Paths are resolved against the folder of the config file."""

    input: Path = Path("seeds")
    """Folder of article files (.txt copied pages, .md with front matter), read recursively."""

    output: Path = Path("site")
    """Folder the site is written to. Never the input folder or inside it."""

    templates: Path | None = None
    """Folder of Jinja templates that override the built-in ones, file by file."""

    title: str = "News digest"
    """Site title, shown in every page header and the feed."""

    description: str = "Each story once: who said what, and where."
    """One-line description for the index page, feed and metadata."""

    base_url: str = ""
    """Public address of the site (https://example.org/digest/). Used only for canonical URLs, the
    sitemap and the feed; pages always link relatively so the site works from any sub-path."""

    language: str = "en"
    """Language of the site, as an HTML lang code."""

    per_page: int = 50
    """Stories per index page before the index is split into pages."""

    strict: bool = False
    """Treat warnings (a skipped file, an unknown setting) as errors: the build fails."""

    quiet: bool = False
    """Print only warnings, errors and the closing summary."""

    cache: Path | None = Path(".digest-cache")
    """Folder for the cache of per-article analysis, so a rebuild redoes only the files that changed. The
    cache never changes the output. --no-cache builds cold and leaves the cache alone."""

    max_file_bytes: int = 5_000_000
    """Files larger than this are cut to this size, with a warning."""


OPTION_DOCS: dict[str, str] = {}


def _collect_option_docs() -> dict[str, str]:
    """Read each option's docstring (the string literal after it) from this module's source."""
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(Config))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs = {}
    for node, after in itertools.pairwise(body):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant)):
            docs[node.target.id] = " ".join(str(after.value.value).split())
    return docs


def option_doc(name: str) -> str:
    """The documentation of one option, for --help."""
    if not OPTION_DOCS:
        OPTION_DOCS.update(_collect_option_docs())
    return OPTION_DOCS.get(name, "")


def _coerce(name: str, value: Any, base: Path) -> tuple[Any, str | None]:
    """Check and convert one setting; returns (value, error message or None)."""
    kind = {f.name: f.type for f in fields(Config)}[name]
    if "Path" in str(kind):
        if value is None and "None" in str(kind):
            return None, None
        if not isinstance(value, str) or not value:
            return None, f"{name}: expected a folder path, got {value!r}"
        path = Path(value).expanduser()
        return (path if path.is_absolute() else base / path), None
    if kind == "bool" or kind is bool:
        if not isinstance(value, bool):
            return None, f"{name}: expected true or false, got {value!r}"
        return value, None
    if kind == "int" or kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            return None, f"{name}: expected a positive whole number, got {value!r}"
        return value, None
    if not isinstance(value, str):
        return None, f"{name}: expected text, got {value!r}"
    if name == "base_url" and value and not value.strip().lower().startswith(("http://", "https://")):
        return None, f"base_url: expected an http:// or https:// address, got {value!r}"  # no javascript: links
    return value.strip() if name == "base_url" else value, None


def read_settings_file(folder: Path, explicit: Path | None = None) -> tuple[dict[str, Any], Path | None, list[Problem]]:
    """Find and parse the settings: an explicit file, else digest.yaml, else [tool.digest] in pyproject."""
    candidates = [explicit] if explicit else [folder / CONFIG_FILE, folder / "pyproject.toml"]
    for path in candidates:
        if path is None or not path.is_file():
            if explicit:
                return {}, None, [Problem(str(explicit), "config file not found", "error")]
            continue
        try:
            text = path.read_text(encoding="utf-8")
            if path.suffix == ".toml":
                data = tomllib.loads(text).get("tool", {}).get("digest")
                if data is None:
                    continue
            else:
                data = yaml.safe_load(text) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
            return {}, path, [Problem(str(path), f"cannot read settings: {_one_line(exc)}", "error")]
        if not isinstance(data, dict):
            return {}, path, [Problem(str(path), "settings must be a mapping of option: value", "error")]
        return data, path, []
    return {}, None, []


def make_config(settings: dict[str, Any], base: Path, source: str = "settings") -> tuple[Config, list[Problem]]:
    """Validate a mapping of settings into a Config, with a Problem per unknown key or bad value."""
    known = {f.name for f in fields(Config)}
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for key, value in settings.items():
        name = str(key).replace("-", "_")
        if name not in known:
            problems.append(Problem(source, f"unknown setting {key!r} (ignored)"))
            continue
        coerced, error = _coerce(name, value, base)
        if error:
            problems.append(Problem(source, error, "error"))
        else:
            values[name] = coerced
    config = replace(Config(), **values)
    if "input" not in values:
        config = replace(config, input=base / config.input)
    if "output" not in values:
        config = replace(config, output=base / config.output)
    if "cache" not in values and config.cache is not None:
        config = replace(config, cache=base / config.cache)
    return config, problems


def check_paths(config: Config) -> list[Problem]:
    """Refuse layouts that could destroy the user's files: output equal to or inside the input."""
    problems = []
    inp, out = config.input.resolve(), config.output.resolve()
    if not config.input.is_dir():
        problems.append(Problem(str(config.input), "input folder not found", "error"))
    if out == inp or inp in out.parents:
        problems.append(Problem(str(config.output), f"the output folder must not be the input folder or inside "
                                f"it ({config.input}); choose another --output", "error"))
    if out in inp.parents:
        problems.append(Problem(str(config.output), f"the output folder must not contain the input folder "
                                f"({config.input}); a build replaces the output folder's contents", "error"))
    if config.templates is not None and not config.templates.is_dir():
        problems.append(Problem(str(config.templates), "templates folder not found", "error"))
    return problems


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
