"""Inline suppressions are explicit and visible, and the headline, exit code, outputs and gate agree.

A pull request used to add `<!-- openwash: ignore -->` (no ids, or `ignore ,`) above its claim:
every rule on that line went quiet, nothing said so, and the verdict still read OVERREACH
while the exit code was 0.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_github import FakeGitHub
from test_action import PR, REPO, github, make_workspace, pr_payload, report_of, run_action, tag_push_payload  # noqa: F401

POINTER = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "4d7a" * 16 + "\nsize 4200000000\n"


def _repo(tmp_path: Path, comment: str | None, config: str | None = None) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir(parents=True, exist_ok=True)
    above = f"{comment}\n" if comment is not None else ""
    (repo / "README.md").write_text(f"---\nlicense: apache-2.0\n---\n# M\n\n{above}M is an open-source model for chat.\n", encoding="utf-8")
    (repo / "model.safetensors").write_text(POINTER, encoding="utf-8")
    (repo / ".gitattributes").write_text("*.safetensors filter=lfs diff=lfs merge=lfs -text\n", encoding="utf-8")
    if config is not None:
        (repo / ".openwash.yml").write_text(config, encoding="utf-8")
    return repo


def _cli(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-I", "-m", "openwash", "check", str(repo), *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ))


def _agree(repo: Path, *args: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    """Run text and JSON; the text headline, the JSON verdict and the exit code must agree."""
    text = _cli(repo, *args)
    data = _cli(repo, *args, "--format", "json")
    report = json.loads(data.stdout)
    assert text.returncode == data.returncode
    headline = next(line for line in text.stdout.splitlines() if line.startswith("openwash: "))
    overreach = report["verdict"]["overreach"]
    assert headline.startswith("openwash: OVERREACH") == overreach
    if overreach and report["fail_on"] != "never":
        assert data.returncode == 1, "a headline saying OVERREACH never comes with exit 0"
    return data.returncode, report


@pytest.mark.parametrize("comment", ["<!-- openwash: ignore -->", "<!-- openwash: ignore , -->", "<!-- openwash:ignore all -->"])
def test_a_bare_or_malformed_ignore_suppresses_nothing_and_is_reported(tmp_path: Path, comment: str) -> None:
    repo = _repo(tmp_path, comment)

    code, report = _agree(repo)

    rules = {f["rule"] for f in report["findings"]}
    assert "OW101" in rules and "OW506" in rules
    assert report["suppressed"] == [] and code == 1 and report["verdict"]["overreach"] is True


def test_a_suppression_by_id_is_listed_in_every_output_and_the_verdict_agrees(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "<!-- openwash: ignore OW101 -->")

    code, report = _agree(repo)

    assert code == 0 and report["verdict"]["overreach"] is False
    assert [(s["rule"], s["line"], s["suppressed_by"]) for s in report["suppressed"]] == [("OW101", 7, {"path": "README.md", "line": 6})]
    text = _cli(repo).stdout
    assert "suppressed: README.md:7:" in text and "OW101 by README.md:6" in text
    markdown = _cli(repo, "--format", "markdown").stdout
    assert "Suppressed by inline comments (1)" in markdown and "suppressed: 1" in markdown
    sarif = json.loads(_cli(repo, "--format", "sarif").stdout)
    silenced = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert [r["ruleId"] for r in silenced] == ["OW101"] and silenced[0]["suppressions"][0]["kind"] == "inSource"
    annotations = _cli(repo, "--format", "github").stdout
    assert "suppressed README.md:7:" in annotations


def test_the_base_configuration_refuses_inline_suppressions(tmp_path: Path) -> None:
    repo = _repo(tmp_path, "<!-- openwash: ignore OW101 -->")
    base = tmp_path / "base.yml"
    base.write_text("inline-suppressions: false\n", encoding="utf-8")

    code, report = _agree(repo, "--config", str(base))

    assert code == 1 and report["suppressed"] == []
    assert {"OW101", "OW507"} <= {f["rule"] for f in report["findings"]}
    assert _agree(repo, "--no-inline-suppressions")[0] == 1


def test_switched_off_rules_cannot_pass_a_headline_that_says_overreach(tmp_path: Path) -> None:
    repo = _repo(tmp_path, None)
    base = tmp_path / "base.yml"
    base.write_text("select: [OW9]\n", encoding="utf-8")

    code, report = _agree(repo, "--config", str(base))

    assert report["verdict"]["overreach"] is True and code == 1


def test_action_outputs_gate_and_comment_agree_with_suppressions(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    for path in ws.root.iterdir():  # the workspace holds only the release below (and .git)
        if path.is_file():
            path.unlink()
    _repo(tmp_path / "x", "<!-- openwash: ignore OW101 -->")
    for path in (tmp_path / "x" / "repo").iterdir():
        (ws.root / path.name).write_bytes(path.read_bytes())
    ws.write_event(pr_payload())

    run = run_action(ws, github, "pull_request")
    report = report_of(run)
    assert (run.exit_code == 0) == (run.outputs["overreach"] == "false") == (report["verdict"]["overreach"] is False)
    assert run.outputs["suppressed"] == str(len(report["suppressed"])) and report["suppressed"], report["findings"]
    assert run.exit_code == 0 and "Suppressed by inline comments" in github.comments_on(REPO, PR)[-1]["body"]

    refused = run_action(ws, github, "pull_request", {"inline-suppressions": "false"})
    assert report_of(refused)["suppressed"] == [] and refused.outputs["suppressed"] == "0"
    assert refused.exit_code == 1 and refused.outputs["overreach"] == "true"

    bare = ws.root / "README.md"
    bare.write_text(bare.read_text(encoding="utf-8").replace("ignore OW101", "ignore"), encoding="utf-8")
    ws.write_event(tag_push_payload())
    gate = run_action(ws, github, "push")
    gated = report_of(gate)
    assert "OW506" in {f["rule"] for f in gated["findings"]}
    assert (gate.exit_code == 1) == (gate.outputs["overreach"] == "true") == gated["verdict"]["overreach"]
    assert ("BLOCKED" in gate.stdout) == (gate.exit_code == 1)
