"""Settings are validated into errors and warnings, and unsafe folder layouts are refused."""

from __future__ import annotations

from pathlib import Path

from digest.config import Config, check_paths, make_config, option_doc, read_settings_file


def test_defaults_resolve_against_the_settings_folder(tmp_path: Path) -> None:
    config, problems = make_config({}, tmp_path)
    assert problems == []
    assert config.input == tmp_path / "seeds"
    assert config.output == tmp_path / "site"


def test_unknown_key_is_a_warning_and_a_bad_type_an_error(tmp_path: Path) -> None:
    config, problems = make_config({"titel": "x", "per_page": "ten", "title": "World news"}, tmp_path)
    assert config.title == "World news"
    assert config.per_page == Config().per_page
    kinds = {p.severity: p.message for p in problems}
    assert "unknown setting 'titel'" in kinds["warning"]
    assert "per_page" in kinds["error"]


def test_digest_yaml_is_read_and_a_broken_one_is_reported(tmp_path: Path) -> None:
    (tmp_path / "digest.yaml").write_text("title: Korea watch\nbase-url: https://example.org/k/\n")
    settings, path, problems = read_settings_file(tmp_path)
    config, more = make_config(settings, tmp_path)
    assert path == tmp_path / "digest.yaml"
    assert (config.title, config.base_url) == ("Korea watch", "https://example.org/k/")
    assert problems == more == []
    (tmp_path / "digest.yaml").write_text("title: [unclosed\n")
    _, _, problems = read_settings_file(tmp_path)
    assert problems and problems[0].severity == "error" and "digest.yaml" in problems[0].path


def test_pyproject_tool_section_is_a_settings_source(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.digest]\ntitle = "From pyproject"\n')
    settings, _, _ = read_settings_file(tmp_path)
    assert settings == {"title": "From pyproject"}


def test_output_inside_or_equal_to_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    for output in (tmp_path / "articles", tmp_path / "articles" / "site", tmp_path):
        config = Config(input=tmp_path / "articles", output=output)
        assert any(p.severity == "error" for p in check_paths(config)), output
    fine = Config(input=tmp_path / "articles", output=tmp_path / "site")
    assert check_paths(fine) == []


def test_every_option_is_documented() -> None:
    from dataclasses import fields

    for f in fields(Config):
        assert len(option_doc(f.name)) > 20, f.name
