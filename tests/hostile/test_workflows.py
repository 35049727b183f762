"""The action and the example workflows: audited by zizmor, pinned, and a PR gate a PR cannot switch off."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT
from fake_github import FakeGitHub
from test_action import github, make_workspace, pr_payload, report_of, run_action  # noqa: F401

WORKFLOWS = sorted((PROJECT / "examples" / "workflows").glob("*.yml"))
SEVERITY = {"Unknown": 0, "Informational": 0, "Low": 1, "Medium": 2, "High": 3}


def _zizmor() -> str | None:
    beside = Path(sys.executable).parent / "zizmor"
    return str(beside) if beside.exists() else shutil.which("zizmor")


def test_zizmor_reports_nothing_above_low_on_the_action_and_the_examples() -> None:
    zizmor = _zizmor()
    if zizmor is None:
        pytest.fail("zizmor is not installed: pip install -e '.[test]'")
    proc = subprocess.run(
        [zizmor, "--offline", "--persona", "auditor", "--format", "json", "--config", str(PROJECT / "zizmor.yml"),
         str(PROJECT / "action.yml"), *map(str, WORKFLOWS)],
        capture_output=True, text=True, timeout=300, env={**os.environ, "NO_COLOR": "1"},
    )
    findings = json.loads(proc.stdout)
    above_low = [(f["ident"], f["determinations"]["severity"]) for f in findings if SEVERITY.get(f["determinations"]["severity"], 3) > 1]
    assert above_low == [], above_low


@pytest.mark.parametrize("path", [PROJECT / "action.yml", *WORKFLOWS], ids=lambda p: p.name)
def test_every_third_party_action_is_pinned_to_a_commit_with_its_tag(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.search(r"uses:\s*([^\s#]+)(.*)$", line)
        if not match or match.group(1).startswith("openwash/openwash@"):
            continue
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", match.group(1)), line
        assert re.search(r"#\s*v\d+(\.\d+)*", match.group(2)), f"no tag comment: {line}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_example_workflow_has_a_concurrency_group_and_no_default_permissions(path: Path) -> None:
    from ruamel.yaml import YAML

    workflow = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    assert workflow["permissions"] == {}
    assert "group" in workflow["concurrency"]


def test_the_pull_request_example_says_a_pr_can_switch_it_off_and_points_to_the_safe_recipe() -> None:
    text = (PROJECT / "examples" / "workflows" / "openwash-pr.yml").read_text(encoding="utf-8")
    assert "fail-on: never" in text and "openwash-pr-target.yml" in text
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    recipe = readme[readme.index("on: pull_request_target"):]
    assert "setup-python" in recipe[:2500] and "inline-suppressions" in recipe[:2500] and "concurrency" in recipe[:2500]


def _git(repo: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e"}
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs the git binary")
def test_the_pull_request_target_recipe_holds_against_a_hostile_pr(tmp_path: Path, github: FakeGitHub) -> None:
    from ruamel.yaml import YAML

    recipe = YAML(typ="safe").load((PROJECT / "examples" / "workflows" / "openwash-pr-target.yml").read_text(encoding="utf-8"))
    step = next(s for s in recipe["jobs"]["openness"]["steps"] if s.get("uses", "").startswith("openwash/openwash@"))
    ws = make_workspace(tmp_path, "honest-model")  # the base branch, with its configuration
    (ws.root / ".openwash.yml").write_text("fail-on: error\n", encoding="utf-8")
    pr = ws.root / step["with"]["path"]
    pr.mkdir()
    _git(pr, "init", "-q")
    (pr / "README.md").write_text(
        "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Acme\n\n<!-- openwash: ignore -->\n"
        "<!-- openwash: ignore OW101 OW102 OW103 OW104 OW301 OW302 -->\nAcme is a fully open-source model.\n",
        encoding="utf-8",
    )
    _git(pr, "add", "-A")
    _git(pr, "commit", "-q", "-m", "release")
    # The PR's own attempts to switch the check off.
    (pr / ".openwash.yml").write_text('fail-on: never\nexclude: ["*"]\nselect: [OW9]\ninline-suppressions: true\n', encoding="utf-8")
    (pr / ".gitignore").write_text("README.md\n*.md\n", encoding="utf-8")
    _git(pr, "add", "-A")
    _git(pr, "commit", "-q", "-m", "tidy")
    ws.write_event(pr_payload())

    run = run_action(ws, github, "pull_request_target", {k: str(v) for k, v in step["with"].items()})

    report = report_of(run)
    assert report["documents"] == ["README.md"]
    assert report["suppressed"] == [] and {"OW506", "OW507"} <= {f["rule"] for f in report["findings"]}
    assert run.exit_code == 1 and run.outputs["overreach"] == "true"
