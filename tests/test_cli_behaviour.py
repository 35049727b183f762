"""The command line behaves like the linters people know (issue 14): paths relative to where
you ran, configuration found by walking up, one card file, nothing to check is not a pass,
unknown rule ids, `rules OW101`, `-V`, did-you-mean, options a command would ignore refused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import MIT_TEXT
from openwash import __version__, cli

# Vendor terms in the front matter, "fully open source" on line 7.
OVERREACHING = """---
license: llama3.1
base_model: meta-llama/Llama-3.1-8B
---
# Example-8B

Example-8B is a fully open source model: use it for anything.
"""
HONEST = """---
license: mit
---
# tiny-sentiment

A small sentiment classifier. The weights and the code are under the MIT License (see LICENSE).
"""


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _finding_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if ": error OW" in line or ": warning OW" in line or ": note OW" in line]


# --- paths relative to the working directory -------------------------------------------------


def test_paths_are_relative_to_the_directory_you_ran_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tree(tmp_path / "models" / "example", {"README.md": OVERREACHING, "LICENSE": MIT_TEXT})
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(["check", "models/example"], capsys)
    assert code == 1
    lines = _finding_lines(out)
    assert lines and all(line.startswith("models/example/") for line in lines), lines
    assert any(line.startswith("models/example/README.md:7:") for line in lines)

    # From inside the model folder, the same findings read README.md:7.
    monkeypatch.chdir(tmp_path / "models" / "example")
    code, inside, _ = _run(["check"], capsys)
    assert [line.split(":", 1)[1] for line in _finding_lines(inside)] == [line.split(":", 1)[1] for line in lines]
    assert any(line.startswith("README.md:7:") for line in _finding_lines(inside))

    # From a sibling folder, a relative argument is shown the way it was typed.
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    code, sibling, _ = _run(["check", "../models/example"], capsys)
    assert any(line.startswith("../models/example/README.md:7:") for line in _finding_lines(sibling))


def test_github_and_markdown_formats_use_the_same_relative_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tree(tmp_path / "sub", {"README.md": OVERREACHING})
    monkeypatch.chdir(tmp_path)
    _, github, _ = _run(["check", "sub", "--format", "github"], capsys)
    assert "::error file=sub/README.md,line=7" in github
    _, markdown, _ = _run(["check", "sub", "--format", "markdown"], capsys)
    assert "sub/README.md" in markdown


def test_json_keeps_paths_relative_to_its_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tree(tmp_path / "sub", {"README.md": OVERREACHING})
    monkeypatch.chdir(tmp_path)
    _, out, _ = _run(["check", "sub", "--format", "json"], capsys)
    report = json.loads(out)
    assert report["root"] == "sub"
    assert {f["path"] for f in report["findings"]} == {"README.md"}


def test_sarif_uris_are_relative_to_srcroot_which_is_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from test_render_sarif import validate

    _tree(tmp_path / "sub", {"README.md": OVERREACHING})
    monkeypatch.chdir(tmp_path)
    _, out, _ = _run(["check", "sub", "--format", "sarif"], capsys)
    sarif = json.loads(out)
    validate(sarif)
    run = sarif["runs"][0]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "sub/README.md", "uriBaseId": "%SRCROOT%"}


# --- configuration found by walking up -------------------------------------------------------


def test_configuration_is_found_by_walking_up_to_the_repository_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _tree(tmp_path / "repo", {"models/example/README.md": OVERREACHING, ".openwash.yml": "fail-on: never\n"})
    (repo / ".git").mkdir()
    code, out, _ = _run(["check", str(repo / "models" / "example")], capsys)
    assert code == 0 and "OW101" in out  # reported, but fail-on: never from the root's configuration

    # pyproject.toml without [tool.openwash] is skipped on the way up (like ruff).
    _tree(repo / "models", {"pyproject.toml": "[project]\nname = 'x'\n"})
    assert _run(["check", str(repo / "models" / "example")], capsys)[0] == 0
    # The nearest configuration wins.
    _tree(repo / "models", {"pyproject.toml": "[tool.openwash]\nfail-on = 'error'\n"})
    assert _run(["check", str(repo / "models" / "example")], capsys)[0] == 1


def test_configuration_outside_the_repository_is_never_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tree(tmp_path, {".openwash.yml": "fail-on: never\n"})
    repo = _tree(tmp_path / "repo", {"README.md": OVERREACHING})
    (repo / ".git").mkdir()
    assert _run(["check", str(repo)], capsys)[0] == 1
    # Outside any Git repository only the checked folder itself is looked at.
    plain = _tree(tmp_path / "plain" / "model", {"README.md": OVERREACHING})
    _tree(tmp_path / "plain", {".openwash.yml": "fail-on: never\n"})
    assert _run(["check", str(plain)], capsys)[0] == 1


# --- one card file ---------------------------------------------------------------------------


def test_check_one_card_file_limits_findings_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    usage = "# Example-8B usage\n\nLoad it with `transformers` and ask it a question.\n"
    repo = _tree(tmp_path / "repo", {"README.md": OVERREACHING, "docs/MODEL_CARD.md": usage, "LICENSE": MIT_TEXT})
    (repo / ".git").mkdir()
    monkeypatch.chdir(repo)
    code, whole, _ = _run(["check", "--format", "json"], capsys)
    assert code == 1
    assert "README.md" in {f["path"] for f in json.loads(whole)["findings"]}

    code, out, _ = _run(["check", "docs/MODEL_CARD.md", "--format", "json"], capsys)
    report = json.loads(out)
    assert {f["path"] for f in report["findings"]} <= {"docs/MODEL_CARD.md"}
    assert all(c["path"] == "docs/MODEL_CARD.md" for c in report["claims"])
    assert code == 0 and report["verdict"]["overreach"] is False

    code, out, _ = _run(["check", "README.md"], capsys)
    assert code == 1 and all(line.startswith("README.md:") for line in _finding_lines(out))

    # From a sub-folder: the repository around the card is the evidence; paths read from here.
    _tree(repo, {"docs/README.md": OVERREACHING})
    monkeypatch.chdir(repo / "docs")
    code, out, _ = _run(["check", "README.md"], capsys)
    lines = _finding_lines(out)
    assert code == 1 and lines and all(line.startswith("README.md:") for line in lines), lines
    code, out, _ = _run(["check", "MODEL_CARD.md"], capsys)
    assert code == 0 and _finding_lines(out) == []


def test_several_card_files_and_an_evidence_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _tree(tmp_path / "repo", {"README.md": OVERREACHING, "MODEL_CARD.md": HONEST, "LICENSE": MIT_TEXT})
    (repo / ".git").mkdir()
    monkeypatch.chdir(repo)
    code, out, _ = _run(["check", "MODEL_CARD.md", "README.md", "--format", "json"], capsys)
    assert code == 1 and {f["path"] for f in json.loads(out)["findings"]} >= {"README.md"}
    # A licence file changed can change every verdict: the whole repository is reported.
    code, out, _ = _run(["check", "LICENSE", "MODEL_CARD.md", "--format", "json"], capsys)
    report = json.loads(out)
    assert code == 1 and "README.md" in {f["path"] for f in report["findings"]}
    assert any("evidence, not a model card" in n for n in report["notes"])


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["check", "missing.md"], "no such file or directory"),
        (["check", "README.md", "."], "give one folder"),
    ],
)
def test_bad_targets_are_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    _tree(tmp_path, {"README.md": HONEST})
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(args, capsys)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1


# --- nothing to check ------------------------------------------------------------------------


def test_no_model_card_is_a_warning_not_a_silent_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _tree(tmp_path / "weights-only", {"LICENSE": MIT_TEXT, "config.json": "{}\n"})
    code, out, _ = _run(["check", str(root), "--format", "json"], capsys)
    report = json.loads(out)
    assert [f["rule"] for f in report["findings"] if f["rule"] == "OW510"] == ["OW510"]
    assert code == 0  # a warning: fails only with --fail-on warning
    assert _run(["check", str(root), "--fail-on", "warning"], capsys)[0] == 1
    assert _run(["check", str(root), "--fail-on", "warning", "--ignore", "OW510"], capsys)[0] == 0
    # With a card there is no OW510.
    _tree(root, {"README.md": HONEST})
    _, out, _ = _run(["check", str(root), "--format", "json"], capsys)
    assert "OW510" not in {f["rule"] for f in json.loads(out)["findings"]}


def test_an_excluded_card_leaves_nothing_to_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _tree(tmp_path / "m", {"README.md": OVERREACHING, ".openwash.yml": "exclude: ['README.md']\n"})
    _, out, _ = _run(["check", str(root), "--format", "json"], capsys)
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["OW510"]


# --- rule ids --------------------------------------------------------------------------------


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_ids_on_the_command_line_are_an_error_naming_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    _tree(tmp_path, {"README.md": HONEST})
    code, _, err = _run(["check", str(tmp_path), option, "OW1,OW999,OW77"], capsys)
    assert code == 2
    assert "OW999" in err and "OW77" in err and "OW1," not in err
    assert len(err.strip().splitlines()) == 1
    assert _run(["check", str(tmp_path), option, "OW1,OW50,OW101"], capsys)[0] in (0, 1)  # prefixes that match


def test_unknown_rule_id_in_the_configuration_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tree(tmp_path, {"README.md": HONEST, ".openwash.yml": "fail-on: error\nignore: [OW503, OW1O1]\n"})
    code, _, err = _run(["check", str(tmp_path)], capsys)
    assert code == 2 and ".openwash.yml:2" in err and "OW1O1" in err


def test_rules_explains_one_rule(capsys: pytest.CaptureFixture[str]) -> None:
    from openwash.rules import get_rule

    rule = get_rule("OW101")
    code, out, _ = _run(["rules", "OW101"], capsys)
    assert code == 0
    assert out.startswith(f"OW101 {rule.name} (error)")
    assert rule.why in out and rule.fix in out and rule.help_uri in out
    assert _run(["rules", "ow101"], capsys)[1] == out  # any case
    assert _run(["rules", rule.name], capsys)[1] == out  # or by name
    code, out, _ = _run(["rules", "OW510", "--format", "markdown"], capsys)
    assert out.startswith("## OW510 no-model-card")


@pytest.mark.parametrize(("query", "words"), [("OW999", "did you mean"), ("OW10", "OW101, OW102"), ("nonsense", "openwash rules")])
def test_rules_unknown_id(query: str, words: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["rules", query], capsys)
    assert code == 2 and words in err


# --- version, did-you-mean, refused options --------------------------------------------------


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run([flag], capsys)
    assert code == 0 and out.strip() == f"openwash {__version__}"


def test_mistyped_subcommand_suggests_the_closest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(["chek"], capsys)
    assert code == 2 and "did you mean 'check'" in err
    code, _, err = _run(["licences"], capsys)
    assert code == 2 and "did you mean 'licenses'" in err
    # A folder of that name is a path to check, not a typo.
    _tree(tmp_path / "chek", {"README.md": HONEST})
    assert _run(["chek"], capsys)[0] in (0, 1)


def test_mistyped_option_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["check", ".", "--fromat", "json"], capsys)
    assert code == 2 and "did you mean --format?" in err and "usage: openwash check" in err


@pytest.mark.parametrize(
    "args",
    [
        ["licenses", ".", "--fail-on", "warning"],
        ["licenses", ".", "--select", "OW1"],
        ["badge", ".", "--ignore", "OW1"],
        ["export", "spdx", ".", "--fail-on", "error"],
        ["baseline", ".", "--fail-on", "error"],
        ["check", ".", "--diff"],  # an option of another command (`fix`), which a run of `check` does not build
    ],
)
def test_options_that_change_nothing_for_a_command_are_refused(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(args, capsys)
    assert code == 2 and "changes nothing for `openwash" in err


def test_quiet_with_a_format_that_ignores_it_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["check", ".", "--format", "json", "--quiet"], capsys)
    assert code == 2 and "--quiet applies to --format text only" in err


def test_console_script_reports_version_and_did_you_mean(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "openwash"
    done = subprocess.run([str(exe), "-V"], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"openwash {__version__}"
    done = subprocess.run([str(exe), "rule", "OW101"], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 2 and "did you mean 'rules'" in done.stderr and "Traceback" not in done.stderr


def test_licenses_text_paths_are_relative_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _tree(tmp_path / "m", {"README.md": HONEST, "LICENSE": MIT_TEXT})
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(["licenses", "m"], capsys)
    assert code == 0 and any(line.startswith("m/LICENSE:") for line in out.splitlines()), out
    code, out, _ = _run(["licenses", "m", "--format", "json"], capsys)
    assert "LICENSE" in {row["path"] for row in json.loads(out)["licenses"]}
