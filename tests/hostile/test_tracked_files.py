"""Inside a git work tree, what git tracks is what is checked: a PR's `.gitignore` hides nothing tracked.

Real repositories with a real history (the `git` binary), checked by the real CLI with the
configuration read from outside the checkout, as the `pull_request_target` recipe does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs the git binary")

OVERREACHING = "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Acme\n\nAcme is a fully open-source model.\n"


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent)}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


def _cli(repo: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-I", "-m", "openwash", "check", str(repo), *args], capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})}, cwd=repo.parent)


def _pr_repo(tmp_path: Path) -> tuple[Path, Path]:
    """main: an overreaching card; the PR's commit adds a .gitignore naming it. Base config outside."""
    repo = tmp_path / "pr"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    (repo / "README.md").write_text(OVERREACHING, encoding="utf-8")
    (repo / "docs").mkdir()
    (repo / "docs" / "MODEL_CARD.md").write_text(OVERREACHING, encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "release")
    git(repo, "checkout", "-q", "-b", "hide")
    (repo / ".gitignore").write_text("README.md\ndocs/\n*.md\n", encoding="utf-8")
    (repo / ".openwash.yml").write_text('fail-on: never\nexclude: ["*"]\nselect: [OW9]\n', encoding="utf-8")
    git(repo, "add", ".gitignore", ".openwash.yml")
    git(repo, "commit", "-q", "-m", "tidy")
    base = tmp_path / "base.openwash.yml"  # the base branch's configuration, checked out elsewhere
    base.write_text("fail-on: error\n", encoding="utf-8")
    return repo, base


def test_a_gitignore_from_the_pr_cannot_hide_tracked_cards(tmp_path: Path) -> None:
    repo, base = _pr_repo(tmp_path)
    (repo / "notes.md").write_text("Untracked and ignored: fully open-source!\n", encoding="utf-8")

    proc = _cli(repo, "--config", str(base), "--format", "json")

    report = json.loads(proc.stdout)
    assert sorted(report["documents"]) == ["README.md", "docs/MODEL_CARD.md"], "tracked cards are checked; untracked ignored files are not"
    assert report["verdict"]["overreach"] is True and proc.returncode == 1
    assert any("tracked" in note for note in report["notes"])


def test_the_trusted_configurations_exclude_still_applies_to_tracked_files(tmp_path: Path) -> None:
    repo, _base = _pr_repo(tmp_path)
    trusted = tmp_path / "trusted.yml"
    trusted.write_text('exclude: ["docs/**"]\n', encoding="utf-8")

    report = json.loads(_cli(repo, "--config", str(trusted), "--format", "json").stdout)

    assert report["documents"] == ["README.md"]


def test_git_runs_no_repository_command_and_writes_nothing(tmp_path: Path) -> None:
    repo, base = _pr_repo(tmp_path)
    marker = tmp_path / "fsmonitor-ran"
    hook = tmp_path / "fsmonitor.sh"
    hook.write_text(f"#!/bin/sh\ntouch {marker}\nexit 1\n", encoding="utf-8")
    hook.chmod(0o755)
    git(repo, "config", "core.fsmonitor", str(hook))
    index = repo / ".git" / "index"
    before = (index.stat().st_mtime_ns, index.read_bytes())

    proc = _cli(repo, "--config", str(base), "--format", "json")

    assert json.loads(proc.stdout)["documents"], proc.stderr
    assert not marker.exists(), "a repository-configured fsmonitor command ran"
    assert (index.stat().st_mtime_ns, index.read_bytes()) == before
    assert not (repo / ".git" / "index.lock").exists()


def test_without_git_a_work_tree_says_that_gitignore_may_have_hidden_tracked_files(tmp_path: Path) -> None:
    repo, base = _pr_repo(tmp_path)
    nogit = tmp_path / "bin"
    nogit.mkdir()  # a PATH with no git on it

    proc = _cli(repo, "--config", str(base), "--format", "json", env={"PATH": str(nogit)})

    report = json.loads(proc.stdout)
    assert report["documents"] == [], "without git, .gitignore applies as outside a work tree"
    assert any("git could not list the files it tracks" in note for note in report["notes"])


def test_outside_a_work_tree_gitignore_still_applies(tmp_path: Path) -> None:
    tree = tmp_path / "export"
    tree.mkdir()
    (tree / "README.md").write_text(OVERREACHING, encoding="utf-8")
    (tree / "build").mkdir()
    (tree / "build" / "README.md").write_text(OVERREACHING, encoding="utf-8")
    (tree / ".gitignore").write_text("build/\n", encoding="utf-8")

    report = json.loads(_cli(tree, "--format", "json").stdout)

    assert report["documents"] == ["README.md"]


@pytest.mark.parametrize("hide", ["marker", "folder-name"])
def test_an_environment_marker_or_folder_name_from_the_pr_cannot_hide_a_tracked_card(tmp_path: Path, hide: str) -> None:
    repo = tmp_path / "pr"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    folder = repo / ("models/acme" if hide == "marker" else "venv")
    folder.mkdir(parents=True)
    (folder / "README.md").write_text(OVERREACHING, encoding="utf-8")
    if hide == "marker":
        (folder / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")  # the PR's addition
    (repo / "env").mkdir()
    (repo / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    (repo / "env" / "README.md").write_text(OVERREACHING, encoding="utf-8")  # untracked: a real environment
    git(repo, "add", str(folder.relative_to(repo)))
    git(repo, "commit", "-q", "-m", "release")

    report = json.loads(_cli(repo, "--format", "json", "--fail-on", "never").stdout)

    checked = {c["path"] for c in report["claims"]}
    assert f"{folder.relative_to(repo).as_posix()}/README.md" in checked
    assert not any(p.startswith("env/") for p in checked)
    assert report["verdict"]["overreach"] is True
