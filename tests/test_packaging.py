"""A non-editable install (a wheel) must carry every built-in template, or its builds fail without --templates."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _folder(package: str) -> Path:
    """digest.templates is templates/ (package-dir); digest.templates.assets is templates/assets/."""
    return TEMPLATES.joinpath(*package.split(".")[2:])


def test_templates_folder_is_installed_as_digest_templates() -> None:
    assert _setuptools()["package-dir"]["digest.templates"] == "templates"


def test_every_template_file_is_package_data() -> None:
    settings = _setuptools()
    shipped = {path for package in settings["packages"] if package.startswith("digest.templates")
               for path in _folder(package).iterdir()
               if path.is_file() and any(fnmatch(path.name, g) for g in settings["package-data"].get(package, []))}
    every_file = {p for p in TEMPLATES.rglob("*") if p.is_file()}
    assert every_file - shipped == set()
