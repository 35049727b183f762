"""Outputs never go through a link a pull request planted, and never outside where they belong.

`openwash check -o FILE`, `export`/`badge -o`, the action's `sarif-file` and its JSON report
are written by `openwash.safe_write`: a new file renamed over the target, folders checked
one by one with `lstat`, a symbolic link anywhere below the trusted anchor refused.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_github import FakeGitHub
from test_action import github, make_workspace, pr_payload, run_action  # noqa: F401

from openwash import safe_write


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-I", "-m", "openwash", *args], cwd=cwd, capture_output=True, text=True)


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README.md").write_text("---\nlicense: mit\n---\n# M\n\nAn open-source model.\n", encoding="utf-8")
    return repo


def test_cli_output_refuses_a_symlink_target_and_leaves_its_target_alone(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    (repo / "report.json").symlink_to(victim)

    proc = _cli("check", ".", "--format", "json", "-o", "report.json", cwd=repo)

    assert proc.returncode == 2
    assert "symbolic link" in proc.stderr and "Traceback" not in proc.stderr
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert (repo / "report.json").is_symlink()


def test_cli_output_refuses_a_symlinked_folder_inside_the_checked_tree(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (repo / "results").symlink_to(outside, target_is_directory=True)

    proc = _cli("check", ".", "--format", "sarif", "-o", "results/openwash.sarif", cwd=repo)

    assert proc.returncode == 2
    assert "symbolic link" in proc.stderr
    assert list(outside.iterdir()) == []


def test_cli_output_is_written_whole_and_replaces_a_regular_file(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / "out").mkdir()
    (repo / "out" / "report.json").write_text("old", encoding="utf-8")

    proc = _cli("check", ".", "--format", "json", "-o", "out/report.json", cwd=repo)

    assert proc.returncode in (0, 1), proc.stderr
    assert (repo / "out" / "report.json").read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in (repo / "out").iterdir()] == ["report.json"], "no temporary file left behind"


def test_safe_write_refuses_outside_the_anchors_and_dotdot(tmp_path: Path) -> None:
    anchor = tmp_path / "temp"
    anchor.mkdir()
    with pytest.raises(safe_write.UnsafeOutput, match="outside"):
        safe_write.write_text(tmp_path / "elsewhere.sarif", "x", anchors=[anchor])
    with pytest.raises(safe_write.UnsafeOutput, match="outside"):
        safe_write.write_text(anchor / ".." / "escape.sarif", "x", anchors=[anchor])
    assert not (tmp_path / "escape.sarif").exists()
    written = safe_write.write_text(anchor / "a" / "b" / "ok.sarif", "x", anchors=[anchor])
    assert written.read_text(encoding="utf-8") == "x"


def test_action_sarif_file_through_a_planted_link_is_refused(tmp_path: Path, github: FakeGitHub) -> None:  # noqa: F811
    ws = make_workspace(tmp_path, "overreaching-model")
    victim = tmp_path / "home-bashrc"
    victim.write_text("# user's shell setup\n", encoding="utf-8")
    (ws.root / "openwash.sarif").symlink_to(victim)
    ws.write_event(pr_payload())

    run = run_action(ws, github, "pull_request", {"sarif-file": "openwash.sarif"})

    assert run.exit_code == 2
    assert "symbolic link" in run.stdout
    assert victim.read_text(encoding="utf-8") == "# user's shell setup\n"


def test_action_sarif_file_outside_workspace_and_temp_is_refused(tmp_path: Path, github: FakeGitHub) -> None:  # noqa: F811
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    target = tmp_path / "elsewhere" / "x.sarif"

    run = run_action(ws, github, "pull_request", {"sarif-file": str(target)})

    assert run.exit_code == 2
    assert not target.exists() and not target.parent.exists()


def test_action_without_runner_temp_never_writes_into_the_checked_tree(tmp_path: Path) -> None:
    ws_root = tmp_path / "ws"
    ws_root.mkdir()
    (ws_root / "README.md").write_text("# M\n\nA model.\n", encoding="utf-8")
    before = sorted(p.relative_to(ws_root) for p in ws_root.rglob("*"))
    env = {k: v for k, v in os.environ.items() if k != "RUNNER_TEMP"}
    env.update({"GITHUB_WORKSPACE": str(ws_root), "GITHUB_EVENT_NAME": "workflow_dispatch", "OPENWASH_COMMENT": "never"})
    proc = subprocess.run([sys.executable, "-I", "-m", "openwash.action"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    assert sorted(p.relative_to(ws_root) for p in ws_root.rglob("*")) == before
