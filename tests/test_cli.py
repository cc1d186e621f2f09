"""The command line is a thin, documented layer: every command has --help and a README entry."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import SHARED_OPTIONS, main, make_parser

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = """Storm closes port for second day

By Ana Ruiz

The port of Valencia stayed closed on Tuesday as the storm moved north, officials said.

"We will reopen when the wind drops," said harbour master Luis Gomez.
"""


def commands() -> list[str]:
    parser = make_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)  # type: ignore[union-attr]


@pytest.mark.parametrize("command", commands())
def test_every_command_has_help_and_is_in_the_readme(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert "usage: digest " + command in capsys.readouterr().out
    assert f"digest {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_build_help_explains_every_shared_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    out = capsys.readouterr().out
    for name, _ in SHARED_OPTIONS:
        assert f"--{name}" in out


def test_build_py_is_the_same_command(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "storm.txt").write_text(ARTICLE, encoding="utf-8")
    run = subprocess.run([sys.executable, str(ROOT / "build.py"), "--input", "in", "--output", "out"],
                         cwd=tmp_path, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert "built 1 articles" in run.stdout
    articles = json.loads((tmp_path / "out" / "data" / "articles.json").read_text(encoding="utf-8"))
    assert [a["source"] for a in articles] == ["storm.txt"]
    assert (tmp_path / "out" / "index.html").is_file()


def test_missing_input_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--input", "nowhere", "--output", "out"]) == 2
    err = capsys.readouterr().err
    assert "nowhere" in err and "input folder not found" in err
    assert not (tmp_path / "out").exists()


def test_output_inside_input_is_refused_and_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "storm.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["build", "--input", "in", "--output", "in/site"]) == 2
    assert "must not be the input folder or inside it" in capsys.readouterr().err
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["storm.txt"]


def test_explain_prints_what_was_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "storm.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Storm closes port for second day" in out
    assert "dropped:" in out
