"""Hostile repositories: nothing is imported, executed, unpickled or evaluated; the token is
never printed; terminal escape sequences from the repository never reach the terminal.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from openwash import cli
from openwash.errors import redact_secrets
from openwash.model import Claim, Finding, Report, ToolError

PROJECT = Path(__file__).resolve().parents[1]
CONSOLE_SCRIPT = Path(sys.executable).parent / "openwash"
TOKEN = "ghs_OpenwashTestToken1234567890abcdefXYZ"
INPUT_TOKEN = "input-token-5f1e2d3c4b5a69788796"


class _Payload:
    """Unpickling this runs code that writes the marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (exec, (f"open({str(self.marker)!r}, 'w').write('unpickled')",))


def hostile_repo(root: Path, marker: Path) -> Path:
    """A release whose every executable-looking file writes `marker` when run, imported or unpickled."""
    touch = f"open({str(marker)!r}, 'a').write(__file__ + '\\n')\n"
    files: dict[str, str | bytes] = {
        "README.md": (
            "---\nlicense: apache-2.0\n"
            f"x: !!python/object/apply:os.system ['touch {marker}']\n---\n"
            "# Model\n\nAn open-source model. Run `python setup.py install`.\n"
        ),
        "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
        "setup.py": touch,
        "conftest.py": touch,
        "__init__.py": touch,
        "sitecustomize.py": touch,
        "usercustomize.py": touch,
        "json.py": touch,  # shadows the standard library if the repo were on sys.path
        "re.py": touch,
        "pathspec.py": touch,
        "openwash/__init__.py": touch,  # shadows openwash itself
        "openwash/__main__.py": touch,
        "ruamel/__init__.py": touch,
        "src/model/__init__.py": touch,
        "src/model/modeling.py": touch,
        "evil.pth": f"import os; {touch}",
        "train.py": touch,
        ".openwash.yml": "profiles: [osaid, open-weights]\n",
        "pyproject.toml": f'[build-system]\nrequires = ["setuptools"]\n[tool.setuptools]\n# {touch}',
        "model.pkl": pickle.dumps(_Payload(marker)),
        "pytorch_model.bin": pickle.dumps(_Payload(marker)),
        "optimizer.pt": pickle.dumps(_Payload(marker)),
        "notebook.ipynb": '{"cells": [{"cell_type": "code", "source": ["' + touch.strip().replace('"', '\\"') + '"]}]}',
    }
    for rel, content in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content)
    return root


def test_hostile_files_are_never_executed_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    marker = tmp_path / "MARKER"
    root = hostile_repo(tmp_path / "repo", marker)
    monkeypatch.chdir(root)
    for fmt in ("text", "json"):
        code = cli.main(["check", ".", "--format", fmt])
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), err
        assert "Traceback" not in out + err
    assert not marker.exists(), f"repository code ran: {marker.read_text()}"


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="openwash console script not installed in this environment")
def test_hostile_files_are_never_executed_by_the_console_script(tmp_path: Path) -> None:
    """The hook and action run the console script with the repository as the working directory."""
    marker = tmp_path / "MARKER"
    root = hostile_repo(tmp_path / "repo", marker)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    for args in (["check", "."], ["check", ".", "--format", "sarif"], ["licenses", "."]):
        proc = subprocess.run(
            [str(CONSOLE_SCRIPT), *args], cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
        assert proc.returncode in (0, 1, 2)
    assert not marker.exists(), f"repository code ran: {marker.read_text()}"


def test_safe_path_module_run_does_not_import_the_repository(tmp_path: Path) -> None:
    """`python -P -m openwash` (3.11+) keeps the checkout off sys.path; see docs/hardening.md."""
    if sys.version_info < (3, 11):
        pytest.skip("-P needs Python 3.11")
    marker = tmp_path / "MARKER"
    root = hostile_repo(tmp_path / "repo", marker)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run(
        [sys.executable, "-P", "-m", "openwash", "check", "."], cwd=root, env=env, capture_output=True, text=True,
        timeout=300, check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert not marker.exists(), f"repository code ran: {marker.read_text()}"


# --- the token is never printed -----------------------------------------------------------

_FAULT_DRIVER = """
import os, sys
from openwash import cli, engine

def broken_check(root, config=None):
    # An exception that carries the credentials, as a library error about a URL might.
    raise RuntimeError(
        "GET https://x-access-token:" + os.environ["GITHUB_TOKEN"] + "@api.github.com/repos failed; "
        "Authorization: token " + os.environ["INPUT_TOKEN"]
    )

engine.check = broken_check
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "OPENWASH_DEBUG"])
def test_token_never_printed_on_internal_error(tmp_path: Path, debug: bool) -> None:
    (tmp_path / "README.md").write_text("# M\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(GITHUB_TOKEN=TOKEN, INPUT_TOKEN=INPUT_TOKEN, PYTHONPATH=str(PROJECT / "src"))
    if debug:
        env["OPENWASH_DEBUG"] = "1"
    proc = subprocess.run(
        [sys.executable, "-c", _FAULT_DRIVER, "check", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 2
    assert "RuntimeError" in output  # the fault really happened
    assert TOKEN not in output and INPUT_TOKEN not in output
    assert TOKEN[:12] not in output
    if debug:
        assert "Traceback" in output  # debug output is still useful, only redacted
    else:
        assert "Traceback" not in output and len(proc.stderr.strip().splitlines()) == 1


def test_token_never_printed_on_a_normal_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "README.md").write_text(f"---\nlicense: mit\n---\n# M\nAn open-source model. {TOKEN}\n")
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.setenv("INPUT_TOKEN", INPUT_TOKEN)
    monkeypatch.setenv("OPENWASH_DEBUG", "1")
    for fmt in ("text", "json", "sarif", "markdown", "github"):
        cli.main(["check", str(tmp_path), "--format", fmt, "--fail-on", "never"])
        out, err = capsys.readouterr()
        assert INPUT_TOKEN not in out + err


def test_action_never_prints_the_token(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    action = pytest.importorskip("openwash.action")
    from openwash import engine

    def broken_check(root: Path, config: object = None) -> Report:
        raise RuntimeError(f"request to https://x-access-token:{TOKEN}@github.com failed ({INPUT_TOKEN})")

    (tmp_path / "README.md").write_text("# M\n")
    monkeypatch.setattr(engine, "check", broken_check)
    for name, value in {
        "GITHUB_TOKEN": TOKEN,
        "INPUT_TOKEN": INPUT_TOKEN,
        "OPENWASH_TOKEN": TOKEN,
        "GITHUB_WORKSPACE": str(tmp_path),
        "RUNNER_TEMP": str(tmp_path / "tmp"),
        "GITHUB_EVENT_NAME": "push",
        "OPENWASH_COMMENT": "never",
    }.items():
        monkeypatch.setenv(name, value)
    code = action.main([str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2 and "RuntimeError" in out + err
    assert TOKEN not in out + err and INPUT_TOKEN not in out + err


def test_redact_secrets() -> None:
    env = {"GITHUB_TOKEN": TOKEN, "MY_API_KEY": "k3y-value-long", "PATH": "/usr/bin:/bin", "SHORT_TOKEN": "abc"}
    text = f"a {TOKEN} b k3y-value-long c /usr/bin:/bin abc https://user:pa55word@example.com ghp_{'x' * 36}"
    redacted = redact_secrets(text, env)
    assert TOKEN not in redacted and "k3y-value-long" not in redacted and "pa55word" not in redacted
    assert "ghp_" not in redacted
    assert "/usr/bin:/bin" in redacted and " abc " in redacted  # not secrets, or too short to matter


# --- terminal escape sequences --------------------------------------------------------------

HOSTILE_TEXT = "open-source \x1b]0;pwned\x07\x1b[2J\x1b[31mred\x9b31m \u202egnirts\u202c\rOVERWRITE\nsecond"


def _report_with_hostile_text() -> Report:
    claim = Claim(
        id="C1", kind="open-source", text=HOSTILE_TEXT, path="README\x1b[5m.md", line=3, column=1,
        subject="model", language="en", profile="osaid", backed=False, context=HOSTILE_TEXT,
    )
    finding = Finding(
        rule="OW101", severity="error", path="README\x1b[5m.md", line=3, column=1,
        message=f"claim {HOSTILE_TEXT!s}", remediation=HOSTILE_TEXT, claim="C1", name="x",
    )
    return Report(
        root="/repo", tool_version="0", claims=[claim], findings=[finding],
        errors=[ToolError("bad\x1b[2J\nfile", None, HOSTILE_TEXT)], notes=[HOSTILE_TEXT],
    )


def test_text_renderer_removes_terminal_escapes() -> None:
    from openwash.render import render

    text = render(_report_with_hostile_text(), "text")
    for control in ("\x1b", "\x07", "\x9b", "\r", "\u202e"):
        assert control not in text
    assert not any(line.startswith(("OVERWRITE", "second", "file")) for line in text.splitlines())


def test_escapes_in_file_names_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text("# M\nAn open-source model \x1b]0;pwned\x07\x1b[2J here.\n")
    (root / "LICENSE.\x1b[2J\x1b]0;x\x07md").write_bytes(b"\x00binary")
    code = cli.main(["check", str(root), "--format", "text", "--fail-on", "never"])
    out, err = capsys.readouterr()
    assert code == 0
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "LICENSE." in out  # the file is still named
    quotes = [line for line in out.splitlines() if line.startswith("    > ")]
    assert any("open-source model" in line and "here." in line for line in quotes), out


def test_python_tags_in_the_configuration_never_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    marker = tmp_path / "MARKER"
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text("# M\n")
    (root / ".openwash.yml").write_text(f"profiles: !!python/object/apply:os.system ['touch {marker}']\n")
    code = cli.main(["check", str(root)])
    err = capsys.readouterr().err
    assert code == 2 and ".openwash.yml:1:" in err
    assert not marker.exists()


def test_the_hostile_fixture_really_fires(tmp_path: Path) -> None:
    """Guards the tests above: the payloads do write the marker when loaded the unsafe way."""
    marker = tmp_path / "MARKER"
    root = hostile_repo(tmp_path / "repo", marker)
    pickle.loads((root / "model.pkl").read_bytes())  # noqa: S301 - our own payload, on purpose
    assert marker.read_text() == "unpickled"
    marker.unlink()
    # Plain `python -m openwash` puts the working directory first on sys.path: inside an
    # untrusted checkout it imports the checkout's `openwash/`. Hence the console script or -P.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    subprocess.run([sys.executable, "-m", "openwash", "check", "."], cwd=root, env=env, capture_output=True, timeout=120, check=False)
    assert marker.exists() and "openwash" in marker.read_text()


def test_isolated_module_run_of_the_action_does_not_import_the_checkout(tmp_path: Path) -> None:
    """`python -I -m openwash.action` with the PR checkout as working directory (pull_request_target)."""
    marker = tmp_path / "MARKER"
    root = hostile_repo(tmp_path / "repo", marker)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "GITHUB_", "OPENWASH_", "INPUT_"))}
    env.update(GITHUB_WORKSPACE=str(root), RUNNER_TEMP=str(tmp_path / "tmp"), OPENWASH_COMMENT="never", GITHUB_EVENT_NAME="push")
    subprocess.run([sys.executable, "-I", "-m", "openwash.action"], cwd=root, env=env, capture_output=True, timeout=300, check=False)
    assert not marker.exists(), f"repository code ran: {marker.read_text()}"


def test_action_yml_runs_python_isolated() -> None:
    action_yml = PROJECT / "action.yml"
    if not action_yml.exists():
        pytest.skip("no action.yml")
    import re

    calls = [line for line in action_yml.read_text().splitlines() if re.search(r"-m\s+openwash", line)]
    assert calls
    for line in calls:
        assert re.search(r"\s-[IP]\s+(-\w+\s+)*-m\s+openwash", line), line
