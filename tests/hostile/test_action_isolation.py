"""A pull request that plants Python modules at its root must not run them inside the action.

`python - <<PY`, `python -c`, `python -m venv` and `python -m pip` put the working directory
first on `sys.path` unless isolated. The action's steps run from `RUNNER_TEMP` with `-I`, so
none of the planted `hashlib.py`, `pip/`, `openwash/`, … is ever imported. Each planted
module appends its name to a marker file outside the workspace when imported; the tests run
the real `action.yml` steps (and, once, the real venv + pip install) with them present.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fake_github import FakeGitHub
from test_action import github, make_workspace, pr_payload, report_of, run_action, tag_push_payload  # noqa: F401

# Modules a Python process may import while the action runs (stdlib used by the prepare
# script, pip, venv, ensurepip, setuptools, openwash itself) and the startup hooks.
PLANTED_MODULES = (
    "hashlib", "platform", "string", "token", "json", "re", "typing", "tempfile", "subprocess",
    "shutil", "uuid", "secrets", "sitecustomize", "usercustomize", "argparse", "dataclasses",
)
PLANTED_PACKAGES = ("pip", "venv", "ensurepip", "setuptools", "wheel", "openwash", "ruamel", "packaging")


def plant(root: Path, marker: Path) -> None:
    """Hostile modules at the workspace root: each records that it ran, then sabotages."""

    def body(name: str) -> str:
        return (
            "import os as _os\n"
            f"with open({str(marker)!r}, 'a') as _f: _f.write({name!r} + '\\n')\n"
            # What a real attacker does: fake the gate's outputs.
            "_out = _os.environ.get('GITHUB_OUTPUT')\n"
            "if _out:\n"
            "    with open(_out, 'a') as _f: _f.write('overreach=false\\n')\n"
        )

    for name in PLANTED_MODULES:
        (root / f"{name}.py").write_text(body(name), encoding="utf-8")
    for name in PLANTED_PACKAGES:
        package = root / name
        package.mkdir(exist_ok=True)
        (package / "__init__.py").write_text(body(name), encoding="utf-8")
        (package / "__main__.py").write_text(body(f"{name}.__main__"), encoding="utf-8")
    (root / "openwash" / "action.py").write_text(body("openwash.action") + "raise SystemExit(0)\n", encoding="utf-8")


def test_planted_modules_are_never_imported_by_prepare_and_check(tmp_path: Path, github: FakeGitHub) -> None:  # noqa: F811
    ws = make_workspace(tmp_path, "overreaching-model")
    marker = tmp_path / "ran.txt"
    plant(ws.root, marker)
    ws.write_event(tag_push_payload())

    run = run_action(ws, github, "push")

    assert not marker.exists(), f"workspace code ran inside the action: {marker.read_text()}"
    assert run.steps_run == ["prepare", "install", "check"]
    assert run.outputs["overreach"] == "true", "the overreaching example must stay an overreach"
    assert run.exit_code == 1, "the release gate must still block"
    assert report_of(run)["verdict"]["overreach"] is True


def test_planted_modules_are_never_imported_by_a_real_venv_and_pip_install(tmp_path: Path, github: FakeGitHub) -> None:  # noqa: F811
    """The install step for real: `python -I -m venv` and `pip -I install` of the action's own checkout.

    PIP_NO_DEPS keeps it to openwash itself (its build backend still comes from the package
    index, as on a runner); the check step is covered by the test above.
    """
    ws = make_workspace(tmp_path, "overreaching-model")
    marker = tmp_path / "ran.txt"
    plant(ws.root, marker)
    ws.write_event(pr_payload())

    run = run_action(
        ws,
        github,
        "pull_request",
        extra_env={"PIP_NO_DEPS": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
        drop_env=("OPENWASH_USE_VENV",),
        stop_after="install",
    )

    assert not marker.exists(), f"workspace code ran inside the action: {marker.read_text()}"
    assert run.exit_code == 0, run.stderr[-2000:]
    venv = ws.temp / "openwash-venv"
    python = venv / "bin" / "python"
    assert python.exists()
    # The venv's openwash is the action's own, not the planted package.
    where = subprocess.run(
        [str(python), "-I", "-c", "import importlib.util as u; print(u.find_spec('openwash').origin)"],
        cwd=ws.temp,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert str(ws.root) not in where and "site-packages" in where
    assert not marker.exists()


def test_the_action_starts_no_python_without_isolation() -> None:
    """Every `python` / `$py` / `"$OPENWASH_PY"` invocation in action.yml carries -I."""
    import re

    from conftest import PROJECT

    text = (PROJECT / "action.yml").read_text(encoding="utf-8")
    invocations = re.findall(r'(?<!=)"\$(?:python|py|OPENWASH_PY|\{OPENWASH_PYTHON_BIN:-python3\})"\s+(\S+)', text)
    assert invocations, "no Python invocation found: the pattern is stale"
    assert all(flag == "-I" for flag in invocations), invocations
    assert sys.version_info >= (3, 10)
