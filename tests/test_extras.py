"""The light core and the extras: `openwash[action]` (PyGithub), `openwash[spdx]` (spdx-tools).

The pre-commit hook installs the core, so the core must not pull either library; a command
that needs a missing extra stops with one line naming the install command (exit 2). A missing
library is simulated the way Python itself reports one: `sys.modules[name] = None` makes
`import name` fail and `importlib.util.find_spec(name)` answer None.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT
from test_action import HEAD_SHA, PR, REPO, WORKFLOW_TOKEN, github, load_action, make_workspace, pr_payload  # noqa: F401

from fake_github import FakeGitHub


def _requirements() -> list[str]:
    return importlib.metadata.requires("openwash") or []


def _name(requirement: str) -> str:
    for stop in "<>=!~;[ ":
        requirement = requirement.split(stop, 1)[0]
    return requirement.strip().lower()


def test_core_install_pulls_neither_pygithub_nor_spdx_tools() -> None:
    core = {_name(r) for r in _requirements() if "extra ==" not in r}
    assert core, "the installed metadata lists the core dependencies"
    assert "pygithub" not in core and "spdx-tools" not in core


def test_extras_pull_their_library_and_test_pulls_both() -> None:
    by_extra: dict[str, set[str]] = {}
    for requirement in _requirements():
        if "extra ==" in requirement:
            extra = requirement.split("extra ==", 1)[1].strip().strip("\"'")
            by_extra.setdefault(extra, set()).add(requirement.split(";", 1)[0].strip())
    assert {_name(r) for r in by_extra["action"]} == {"pygithub"}
    assert {_name(r) for r in by_extra["spdx"]} == {"spdx-tools"}
    self_refs = [r.replace(" ", "").lower() for r in by_extra["test"] if r.lower().startswith("openwash[")]
    assert self_refs and {"action", "spdx"} <= set(self_refs[0].split("[", 1)[1].split("]", 1)[0].split(","))


def _without(module: str, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run `python -m <args>` in a process where `module` cannot be imported."""
    code = f"import runpy, sys; sys.modules[{module!r}] = None; sys.argv = {list(args)!r}; runpy.run_module(sys.argv[0], run_name='__main__')"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, cwd=cwd)


def test_spdx_export_without_spdx_tools_is_one_line_exit_2() -> None:
    done = _without("spdx_tools", "openwash", "export", "spdx", str(PROJECT / "examples" / "overreaching-model"))
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr
    assert "spdx-tools" in lines[0] and "pip install 'openwash[spdx]'" in lines[0]


def test_check_and_mot_export_work_without_either_extra(tmp_path: Path) -> None:
    release = PROJECT / "examples" / "overreaching-model"
    for module in ("github", "spdx_tools"):
        done = _without(module, "openwash", "check", "--format", "json", str(release))
        assert done.returncode == 1 and '"findings"' in done.stdout, done.stderr
        done = _without(module, "openwash", "export", "mot", str(release), "-o", str(tmp_path / f"{module}.yml"))
        assert done.returncode == 0, done.stderr


def test_action_comment_without_pygithub_is_one_line_exit_2(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(ws.temp),
        "GITHUB_ACTIONS": "true",
        "GITHUB_EVENT_NAME": "pull_request",
        "GITHUB_EVENT_PATH": str(ws.event_file),
        "GITHUB_WORKSPACE": str(ws.root),
        "GITHUB_REPOSITORY": REPO,
        "GITHUB_SHA": HEAD_SHA,
        "GITHUB_REF": f"refs/pull/{PR}/merge",
        "GITHUB_API_URL": github.url,
        "GITHUB_SERVER_URL": "https://github.com",
        "RUNNER_TEMP": str(ws.temp),
        "OPENWASH_TOKEN": WORKFLOW_TOKEN,
        "OPENWASH_WORKFLOW_TOKEN": WORKFLOW_TOKEN,
        "OPENWASH_COMMENT": "always",
        "OPENWASH_GITHUB_BACKOFF": "0",
    }
    done = _without("github", "openwash.action", env=env, cwd=ws.temp)
    assert done.returncode == 2, done.stdout + done.stderr
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error title=openwash::")]
    assert len(errors) == 1 and "PyGithub" in errors[0] and "pip install 'openwash[action]'" in errors[0]
    assert "Traceback" not in done.stdout + done.stderr
    assert WORKFLOW_TOKEN not in done.stdout + done.stderr
    assert github.comments_on(REPO, PR) and all(c["user"]["login"] != "github-actions[bot]" for c in github.comments_on(REPO, PR))


def test_action_installs_the_action_extra() -> None:
    install = next(step for step in load_action()["runs"]["steps"] if step.get("id") == "install")
    pip_lines = [line for line in install["run"].splitlines() if "pip install" in line and not line.strip().startswith("#")]
    assert pip_lines and all('"${GITHUB_ACTION_PATH}[action]"' in line for line in pip_lines)
