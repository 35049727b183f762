"""The action in a pull request compares with the base commit: what the PR introduced is new,
what the base branch already had is preexisting, and `fail-on-new-only` gates on the new.

A real Git repository with a base commit and a head commit; the action's steps run as in
tests/test_action.py (bash, `env:` substituted, the fake GitHub API for the comment).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_github import FakeGitHub
from test_render_sarif import validate as validate_sarif
from test_action import (
    FORK_TOKEN,
    PR,
    REPO,
    WORKFLOW_TOKEN,
    Workspace,
    pr_payload,
    release_payload,
    report_of,
    run_action,
)

from openwash import basebranch

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

CARD_HEAD = """---
license: llama3.1
base_model: meta-llama/Llama-3.1-8B
---
# Acme-Chat-8B

"""
# Forty places that call the model open source (the same cause), on the base branch already.
BASE_LINES = [f"Section {n}: Acme-Chat-8B is an open-source model." for n in range(40)]
NEW_LINE = "Acme-Chat-8B is fully open source and free for anything."


def _git(cwd: Path, *args: str) -> str:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="openwash tests",
        GIT_AUTHOR_EMAIL="tests@openwash.invalid",
        GIT_COMMITTER_NAME="openwash tests",
        GIT_COMMITTER_EMAIL="tests@openwash.invalid",
        GIT_CONFIG_NOSYSTEM="1",
    )
    return subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True).stdout.strip()


def _write_card(root: Path, lines: list[str]) -> None:
    (root / "README.md").write_text(CARD_HEAD + "\n\n".join(lines) + "\n", encoding="utf-8")


def _commit(root: Path, message: str) -> str:
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", message)
    return _git(root, "rev-parse", "HEAD")


@pytest.fixture
def github() -> Iterator[FakeGitHub]:
    fake = FakeGitHub(page_size=2).start()
    fake.add_account(WORKFLOW_TOKEN, "github-actions[bot]")
    fake.add_account(FORK_TOKEN, "github-actions[bot]", can_write=False)
    fake.add_pull(REPO, PR, "5f3c2a1b" * 5)
    try:
        yield fake
    finally:
        fake.stop()


def _repo(tmp_path: Path, head_lines: list[str]) -> tuple[Workspace, str, str]:
    """A repository whose base commit has BASE_LINES and whose head commit has `head_lines`."""
    root = tmp_path / "workspace"
    root.mkdir()
    _git(root, "init", "-q")
    _write_card(root, BASE_LINES)
    base = _commit(root, "base")
    _write_card(root, head_lines)
    head = _commit(root, "head") if head_lines != BASE_LINES else base
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    return Workspace(root, temp, tmp_path / "event.json"), base, head


def _pr_event(ws: Workspace, base: str, head: str) -> None:
    payload = pr_payload()
    payload["pull_request"]["base"]["sha"] = base
    payload["pull_request"]["head"]["sha"] = head
    ws.write_event(payload)


def _with_new_line() -> list[str]:
    # The new line goes in the middle, and two lines above it move everything down: line
    # numbers change for most of the 40 known findings.
    return ["## Overview", "Intro words.", *BASE_LINES[:20], NEW_LINE, *BASE_LINES[20:]]


def test_pr_findings_are_split_into_new_and_preexisting(tmp_path: Path, github: FakeGitHub) -> None:
    ws, base, head = _repo(tmp_path, _with_new_line())
    _pr_event(ws, base, head)
    run = run_action(ws, github, "pull_request", {"comment": "never", "sarif-file": "out.sarif"})
    report = report_of(run)

    new = [f for f in report["findings"] if not f["preexisting"]]
    old = [f for f in report["findings"] if f["preexisting"]]
    assert len(old) >= 40
    assert len(new) == 1, new
    lines = (ws.root / "README.md").read_text(encoding="utf-8").split("\n")
    assert lines[new[0]["line"] - 1] == NEW_LINE
    assert report["baseline"] == {"compared_with": f"base branch {base[:12]}", "new": 1, "preexisting": len(old), "skipped": 0, "fixed": 0}
    assert run.outputs["new-findings"] == "1"
    assert run.outputs["preexisting-findings"] == str(len(old))
    assert "1 new" in run.stdout and "already on the base branch" in run.stdout
    # Default (fail-on-new-only false): every finding counts.
    assert run.exit_code == 1
    # SARIF says the same with baselineState.
    sarif = json.loads((ws.root / "out.sarif").read_text(encoding="utf-8"))
    validate_sarif(sarif)
    states = [r["baselineState"] for r in sarif["runs"][0]["results"]]
    assert states.count("new") == 1 and states.count("unchanged") == len(old)


def test_fail_on_new_only_fails_on_the_new_line_and_passes_once_it_is_fixed(tmp_path: Path, github: FakeGitHub) -> None:
    ws, base, head = _repo(tmp_path, _with_new_line())
    _pr_event(ws, base, head)
    run = run_action(ws, github, "pull_request", {"fail-on-new-only": "true"})
    assert run.exit_code == 1
    assert run.outputs["new-findings"] == "1"
    ours = [c for c in github.comments_on(REPO, PR) if c["user"]["login"] == "github-actions[bot]"]
    assert len(ours) == 1 and "new: **1**" in ours[0]["body"]

    # The author drops the new line (and keeps the moved lines): nothing new, the gate passes.
    _write_card(ws.root, ["## Overview", "Intro words.", *BASE_LINES])
    fixed = _commit(ws.root, "fix")
    _pr_event(ws, base, fixed)
    again = run_action(ws, github, "pull_request", {"fail-on-new-only": "true"})
    assert again.exit_code == 0, again.stdout
    assert again.outputs["new-findings"] == "0"
    assert int(again.outputs["preexisting-findings"]) >= 40
    assert report_of(again)["verdict"]["overreach"] is True  # the verdict itself is unchanged
    ours = [c for c in github.comments_on(REPO, PR) if c["user"]["login"] == "github-actions[bot]"]
    assert len(ours) == 1 and "new: **0**" in ours[0]["body"]


def test_release_gate_ignores_fail_on_new_only(tmp_path: Path, github: FakeGitHub) -> None:
    ws, _base, _head = _repo(tmp_path, _with_new_line())
    ws.write_event(release_payload())
    run = run_action(ws, github, "release", {"fail-on-new-only": "true"})
    assert run.exit_code == 1
    assert "release gate for v1.0.0: BLOCKED" in run.stdout
    assert "fail-on-new-only does not apply to a release" in run.stdout
    report = report_of(run)
    assert report["baseline"] is None and not any(f["preexisting"] for f in report["findings"])
    assert run.outputs["new-findings"] == str(len(report["findings"])) and run.outputs["preexisting-findings"] == "0"


def test_missing_base_commit_counts_everything_as_new(tmp_path: Path, github: FakeGitHub) -> None:
    ws, _base, head = _repo(tmp_path, _with_new_line())
    _pr_event(ws, "0123456789abcdef" * 2 + "01234567", head)  # not in the clone, and no origin
    run = run_action(ws, github, "pull_request", {"fail-on-new-only": "true", "comment": "never"})
    assert run.exit_code == 1
    assert "::warning title=openwash::no comparison with the base branch" in run.stdout
    report = report_of(run)
    assert report["baseline"] is None
    assert run.outputs["new-findings"] == str(len(report["findings"])) and run.outputs["preexisting-findings"] == "0"


def test_bad_fail_on_new_only_is_a_usage_error(tmp_path: Path, github: FakeGitHub) -> None:
    ws, base, head = _repo(tmp_path, BASE_LINES)
    _pr_event(ws, base, head)
    run = run_action(ws, github, "pull_request", {"fail-on-new-only": "yes"})
    assert run.exit_code == 2 and "fail-on-new-only must be true or false" in run.stdout


def test_the_base_tree_runs_nothing(tmp_path: Path, github: FakeGitHub) -> None:
    """A base tree with a filter driver in .gitattributes and a hook: copying it out of Git runs neither."""
    ws, base, head = _repo(tmp_path, BASE_LINES)
    marker = tmp_path / "ran"
    (ws.root / ".gitattributes").write_text("* filter=evil\n", encoding="utf-8")
    (ws.root / "link").symlink_to("/etc/passwd")
    base = _commit(ws.root, "base with attributes and a link")
    _write_card(ws.root, _with_new_line())
    head = _commit(ws.root, "head")
    _git(ws.root, "config", "filter.evil.smudge", f"touch {marker}; cat")
    _git(ws.root, "config", "filter.evil.clean", f"touch {marker}; cat")
    hooks = ws.root / ".git" / "hooks"
    for name in ("post-checkout", "reference-transaction", "post-index-change"):
        (hooks / name).write_text(f"#!/bin/sh\ntouch {marker}\n", encoding="utf-8")
        (hooks / name).chmod(0o755)
    _pr_event(ws, base, head)
    run = run_action(ws, github, "pull_request", {"comment": "never"})
    assert not marker.exists()
    assert run.outputs["new-findings"] == "1", run.stdout
    assert not any((ws.temp / "openwash").glob("base-*")), "the base copy is removed"


def test_extract_copies_the_tree_of_a_commit(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    (root / "models" / "x").mkdir(parents=True)
    _git(root, "init", "-q")
    (root / "models" / "x" / "README.md").write_text("old card\n", encoding="utf-8")
    (root / "models" / "x" / "big.bin").write_bytes(b"HEADER" + b"\0" * 100)
    (root / "other.md").write_text("elsewhere\n", encoding="utf-8")
    base = _commit(root, "base")
    (root / "models" / "x" / "README.md").write_text("new card\n", encoding="utf-8")
    _commit(root, "head")

    limit = basebranch.FULL_BLOB_LIMIT
    basebranch.FULL_BLOB_LIMIT = 16  # a large blob keeps its first bytes and its size
    try:
        out = basebranch.extract(root, base, "models/x", tmp_path / "base")
    finally:
        basebranch.FULL_BLOB_LIMIT = limit
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["README.md", "big.bin"]
    assert (out / "README.md").read_text(encoding="utf-8") == "old card\n"
    big = (out / "big.bin").read_bytes()
    assert len(big) == 106 and big.startswith(b"HEADER")
    assert (root / "models" / "x" / "README.md").read_text(encoding="utf-8") == "new card\n"  # the checkout untouched
    with pytest.raises(basebranch.BaseUnavailable):
        basebranch.extract(root, "f" * 40, "", tmp_path / "none")
    with pytest.raises(basebranch.BaseUnavailable):
        basebranch.extract(root, "--upload-pack=x", "", tmp_path / "none2")


def test_subfolder_path_compares_the_same_subfolder(tmp_path: Path, github: FakeGitHub) -> None:
    root = tmp_path / "workspace"
    model = root / "models" / "acme"
    model.mkdir(parents=True)
    _git(root, "init", "-q")
    _write_card(model, BASE_LINES)
    (root / "README.md").write_text("# A monorepo\n\nNothing to claim here.\n", encoding="utf-8")
    base = _commit(root, "base")
    _write_card(model, _with_new_line())
    head = _commit(root, "head")
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    ws = Workspace(root, temp, tmp_path / "event.json")
    _pr_event(ws, base, head)
    run = run_action(ws, github, "pull_request", {"path": "models/acme", "fail-on-new-only": "true", "comment": "never"})
    assert run.outputs["new-findings"] == "1", run.stdout
    assert int(run.outputs["preexisting-findings"]) >= 40
    assert run.exit_code == 1


def test_pull_request_target_reads_the_base_from_the_workspace(tmp_path: Path, github: FakeGitHub) -> None:
    """The workspace holds the base branch; the PR head is checked out (as data) into pr/, a
    clone that does not have the base commit."""
    ws, base, _head = _repo(tmp_path, BASE_LINES)
    pr = ws.root / "pr"
    pr.mkdir()
    _git(pr, "init", "-q")
    _write_card(pr, _with_new_line())
    head = _commit(pr, "the PR head, on its own")
    _pr_event(ws, base, head)
    run = run_action(ws, github, "pull_request_target", {"path": "pr", "fail-on-new-only": "true", "comment": "never"})
    assert run.outputs["new-findings"] == "1", run.stdout
    assert run.exit_code == 1
