"""config: `.openwash.yml` / `[tool.openwash]` validation; every problem names the file and line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from openwash import cli, config
from openwash.errors import ConfigError


def _write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.write_text(text, encoding="utf-8")
    return path


def _config_error(root: Path) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        config.load(root)
    return info.value


def test_valid_yaml_config(tmp_path: Path) -> None:
    _write(
        tmp_path,
        ".openwash.yml",
        "profiles: [osaid, open-weights]\nfail-on: warning\nselect: OW1, OW2\nignore: [OW503]\n"
        "exclude: ['third_party/**']\nexternal:\n  weights: https://huggingface.co/org/model\n",
    )
    cfg = config.load(tmp_path)
    assert cfg.profiles == ("osaid", "open-weights")
    assert cfg.fail_on == "warning"
    assert cfg.select == ("OW1", "OW2") and cfg.ignore == ("OW503",)
    assert cfg.exclude == ("third_party/**",)
    assert cfg.external == {"weights": "https://huggingface.co/org/model"}
    assert cfg.rule_enabled("OW101") and not cfg.rule_enabled("OW503") and not cfg.rule_enabled("OW401")


def test_no_config_gives_defaults(tmp_path: Path) -> None:
    assert config.load(tmp_path) == config.Config()


def test_unknown_key_names_file_line_and_suggests(tmp_path: Path) -> None:
    _write(tmp_path, ".openwash.yml", "profiles: [osaid]\nfail_on: error\n")
    error = _config_error(tmp_path)
    assert error.path == str(tmp_path / ".openwash.yml") and error.line == 2
    assert "fail_on" in error.message and "did you mean 'fail-on'" in error.message


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("profiles: 3\n", 1, "list of strings"),
        ("profiles: [osaid, gpl]\n", 1, "unknown profile 'gpl'"),
        ("fail-on: [error]\n", 1, "fail-on must be one of"),
        ("fail-on: sometimes\n", 1, "fail-on must be one of"),
        ("select: [OW1, 5]\n", 1, "list of strings"),
        ("x: 1\nignore: [OW1, 'rm -rf']\n", 1, "unknown configuration key"),
        ("ignore: [OW1, 'W101']\n", 1, "not a rule id"),
        ("external: [weights]\n", 1, "must be a mapping"),
        ("external:\n  weights: 3\n", 2, "external.weights must be"),
        ("external:\n  tokenizer: x\n", 2, "unknown artifact 'tokenizer'"),
        ("exclude: {a: b}\n", 1, "list of strings"),
    ],
)
def test_wrong_types_and_values(tmp_path: Path, text: str, line: int, words: str) -> None:
    _write(tmp_path, ".openwash.yml", text)
    error = _config_error(tmp_path)
    assert words in error.message
    assert error.line == line


@pytest.mark.parametrize("pattern", ["\\", "[z-a]", "!"])
def test_bad_exclude_pattern(tmp_path: Path, pattern: str) -> None:
    _write(tmp_path, ".openwash.yml", f"exclude: ['ok/**', '{pattern}']\n")
    error = _config_error(tmp_path)
    assert "bad pattern" in error.message and error.line == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("- osaid\n- mof\n", "is a list"),
        ("profiles: [osaid\n", "not valid YAML"),
        ("fail-on: error\nfail-on: never\n", "duplicate key"),
        ("profiles:\n\t- osaid\n", "not valid YAML"),
    ],
)
def test_bad_yaml(tmp_path: Path, text: str, words: str) -> None:
    _write(tmp_path, ".openwash.yml", text)
    error = _config_error(tmp_path)
    assert words in error.message and "configuration" in error.message
    assert "front matter" not in error.message


def test_alias_bomb_in_config(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 31)]
    _write(tmp_path, ".openwash.yml", "\n".join(lines) + "\n")
    assert "expands" in _config_error(tmp_path).message


def test_control_characters_in_a_key_stay_on_one_line(tmp_path: Path) -> None:
    _write(tmp_path, ".openwash.yml", '"evil\\x1b[31m\\nkey": 1\n')
    error = _config_error(tmp_path)
    assert "\n" not in str(error) and "\x1b" not in str(error)
    assert "\\x1b" in str(error)


def test_oversized_config_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, ".openwash.yml", "# padding\n" * 30_000)
    assert "larger than" in _config_error(tmp_path).message


def test_explicit_missing_or_directory_config(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        config.load(tmp_path, tmp_path / "nope.yml")
    (tmp_path / "dir.yml").mkdir()
    with pytest.raises(ConfigError):
        config.load(tmp_path, tmp_path / "dir.yml")


def test_config_that_is_a_directory_or_symlink_is_not_used(tmp_path: Path) -> None:
    (tmp_path / ".openwash.yml").mkdir()
    assert config.load(tmp_path) == config.Config()
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yml"
    outside.write_text("profiles: 3\n")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / ".openwash.yml").symlink_to(outside)
    assert config.load(repo) == config.Config()


def test_pyproject_section(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", '[project]\nname = "x"\n\n[tool.openwash]\nprofiles = ["osaid"]\nfail-on = "nope"\n')
    error = _config_error(tmp_path)
    assert error.line == 6 and "fail-on" in error.message


def test_broken_pyproject_without_our_section_is_ignored(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", "[project\nname = \n")
    assert config.load(tmp_path) == config.Config()


def test_broken_pyproject_with_our_section_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", '[tool.openwash]\nprofiles = ["osaid"\n')
    error = _config_error(tmp_path)
    assert "invalid TOML" in error.message and error.path is not None


@pytest.mark.parametrize(
    "text",
    ["tool = 1\n", "[tool]\nopenwash = 3\n", '[tool.openwash]\n"fail_on" = "error"\n'],
)
def test_odd_pyproject_shapes(tmp_path: Path, text: str) -> None:
    _write(tmp_path, "pyproject.toml", text)
    try:
        config.load(tmp_path)
    except ConfigError as exc:
        assert exc.path == str(tmp_path / "pyproject.toml")


def test_pyproject_tool_not_a_table_uses_defaults(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", "tool = 1\n")
    assert config.load(tmp_path) == config.Config()


def test_from_mapping_rejects_non_mapping() -> None:
    with pytest.raises(ConfigError):
        config.from_mapping([1, 2], "x.yml", lambda *keys: None)  # type: ignore[arg-type]


def test_cli_bad_config_is_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "README.md").write_text("# A model\n")
    _write(tmp_path, ".openwash.yml", "profiles: [osaid]\nunknown-thing: 1\n")
    code = cli.main(["check", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert f"{tmp_path / '.openwash.yml'}:2:" in lines[0] and "unknown-thing" in lines[0]
    assert "Traceback" not in err


def test_cli_explicit_config_fifo_does_not_block(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes")
    os.mkfifo(tmp_path / "cfg.yml")
    code = cli.main(["check", str(tmp_path), "--config", str(tmp_path / "cfg.yml")])
    err = capsys.readouterr().err
    assert code == 2 and "cfg.yml" in err and "Traceback" not in err


def test_minimum_version(tmp_path: Path) -> None:
    from openwash import __version__, config
    from openwash.errors import ConfigError

    cfg = tmp_path / ".openwash.yml"
    cfg.write_text(f"fail-on: error\nminimum-version: {__version__}\n", encoding="utf-8")
    assert config.load(tmp_path).fail_on == "error"
    cfg.write_text("fail-on: error\nminimum-version: 999.0\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        config.load(tmp_path)
    assert "needs openwash 999.0 or newer" in str(info.value) and info.value.line == 2
    cfg.write_text("minimum-version: not-a-version\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="minimum-version must be a version"):
        config.load(tmp_path)
