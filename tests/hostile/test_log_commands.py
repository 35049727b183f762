"""No output the Actions runner reads carries a workflow command the repository wrote.

The runner parses `::command::` at the start of a line and the legacy `##[command]` form
anywhere in a line. Card lines and file names reach the text format, annotations and the
action's own log lines: each of them must arrive inert.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from fake_github import FakeGitHub
from test_action import github, make_workspace, run_action, tag_push_payload  # noqa: F401

FORGED = "##[set-output name=overreach;]false"


def _hostile(root: Path) -> None:
    (root / "README.md").write_text(
        f"---\nlicense: llama3.1\n---\n# Acme\n\nAcme is a fully open-source model {FORGED} ##[error]forged\n", encoding="utf-8"
    )
    (root / "notes ##[warning]named.md").write_text("Acme is a fully open-source model.\n", encoding="utf-8")
    (root / "::error::named.md").write_text("Acme is a fully open-source model.\n", encoding="utf-8")


def _live_commands(stdout: str) -> list[str]:
    bad = []
    for line in stdout.splitlines():
        if "##[" in line:
            bad.append(line)
        elif line.lstrip().startswith("::") and not re.match(r"::(error|warning|notice|debug) ", line.lstrip()) and not line.startswith("::debug::"):
            bad.append(line)
    return bad


def test_text_and_annotation_output_carry_no_workflow_command(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    _hostile(repo)
    for fmt in ("text", "github"):
        proc = subprocess.run([sys.executable, "-I", "-m", "openwash", "check", ".", "--format", fmt], cwd=repo,
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1, proc.stderr
        assert "fully open-source" in proc.stdout or "OW1" in proc.stdout
        assert _live_commands(proc.stdout) == [], fmt


def test_the_actions_own_log_lines_carry_no_workflow_command(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    _hostile(ws.root)
    payload = tag_push_payload()
    payload["ref"] = f"refs/tags/v1{FORGED}"
    ws.write_event(payload)

    run = run_action(ws, github, "push")

    assert run.exit_code == 1
    assert "release gate for v1" in run.stdout
    assert _live_commands(run.stdout) == []
