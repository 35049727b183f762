"""The composite action, run step by step with bash the way the runner does.

Each `run:` step of action.yml gets its `env:` with `${{ … }}` substituted as GitHub would
(inputs, github.token, runner.temp, earlier step outputs), the variables GitHub sets, a
fresh `$GITHUB_OUTPUT`, and the PR comment goes to the local fake GitHub API. The install
step uses this test's own virtual environment through `OPENWASH_USE_VENV` (documented in
docs/action.md) instead of installing from PyPI.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import PROJECT
from fake_github import FakeGitHub
from test_render_sarif import validate as validate_sarif

from openwash.action import write_outputs

REPO = "acme/acme-chat"
PR = 42
HEAD_SHA = "5f3c2a1b" * 5
BASE_SHA = "0a1b2c3d" * 5
WORKFLOW_TOKEN = "ghs_W0rkfl0wT0kenThatMustNeverBePrinted"
FORK_TOKEN = "ghs_F0rkT0kenReadOnly0000000000000000000"
EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
ACTION = PROJECT / "action.yml"


def load_action() -> dict[str, Any]:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load(ACTION.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def parse_outputs(text: str) -> dict[str, str]:
    """`$GITHUB_OUTPUT` as the runner reads it: name=value or name<<DELIMITER … DELIMITER."""
    outputs, lines, i = {}, text.split("\n"), 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, i + 1)
            outputs[name] = "\n".join(lines[i + 1 : end])
            i = end + 1
            continue
        if "=" in line:
            name, value = line.split("=", 1)
            outputs[name] = value
        i += 1
    return outputs


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str
    outputs: dict[str, str]
    summary: str
    steps_run: list[str] = field(default_factory=list)


@dataclass
class Workspace:
    root: Path
    temp: Path
    event_file: Path

    def write_event(self, payload: dict[str, Any]) -> None:
        self.event_file.write_text(json.dumps(payload), encoding="utf-8")


ACTION_REPOSITORY, ACTION_REF = "openwash/openwash", "v1.2.0"


def evaluate(expression: str, context: dict[str, Any]) -> str:
    value: Any = context
    for part in expression.split("."):
        if not isinstance(value, dict):
            raise AssertionError(f"cannot evaluate ${{{{ {expression} }}}} in this test")
        value = value.get(part, "")
    return "" if value is None else str(value)


def substitute(text: str, context: dict[str, Any]) -> str:
    return EXPR.sub(lambda m: evaluate(m.group(1), context), text)


def run_action(
    workspace: Workspace,
    github: FakeGitHub,
    event_name: str,
    inputs: dict[str, str] | None = None,
    extra_env: dict[str, str] | None = None,
    workflow_token: str = WORKFLOW_TOKEN,
    stop_after: str | None = None,
    drop_env: tuple[str, ...] = (),
) -> Run:
    action = load_action()
    base_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", str(workspace.temp)),
        "CI": "true",
        "GITHUB_ACTIONS": "true",
        "GITHUB_EVENT_NAME": event_name,
        "GITHUB_EVENT_PATH": str(workspace.event_file),
        "GITHUB_WORKSPACE": str(workspace.root),
        "GITHUB_REPOSITORY": REPO,
        "GITHUB_SHA": BASE_SHA if event_name.startswith("pull_request") else HEAD_SHA,
        "GITHUB_REF": {"push": "refs/tags/v1.0.0", "release": "refs/tags/v1.0.0"}.get(event_name, f"refs/pull/{PR}/merge"),
        "GITHUB_API_URL": github.url,
        "GITHUB_SERVER_URL": "https://github.com",
        "GITHUB_ACTION_PATH": str(PROJECT),
        "RUNNER_TEMP": str(workspace.temp),
        "RUNNER_OS": "Linux",
        "OPENWASH_USE_VENV": sys.prefix,
        "OPENWASH_PYTHON_BIN": sys.executable,
        "OPENWASH_GITHUB_BACKOFF": "0",
        "OPENWASH_GITHUB_REQUEST_INTERVAL": "0",
    }
    base_env.update(extra_env or {})
    for name in drop_env:
        base_env.pop(name, None)
    given = inputs or {}
    context: dict[str, Any] = {
        "github": {
            "token": workflow_token,
            "action_path": str(PROJECT),
            "workspace": str(workspace.root),
            # As for `uses: openwash/openwash@v1.2.0` (rule links open the docs at that ref).
            "action_repository": ACTION_REPOSITORY,
            "action_ref": ACTION_REF,
        },
        "runner": {"temp": str(workspace.temp), "os": "Linux"},
        "steps": {},
    }
    context["inputs"] = {
        name: given.get(name, substitute(str(spec.get("default", "")), context)) for name, spec in action["inputs"].items()
    }
    summary_parts: list[str] = []
    stdout, stderr, steps_run = [], [], []
    exit_code = 0
    for number, step in enumerate(action["runs"]["steps"]):
        if "uses" in step:
            continue  # actions/cache: a remote action, not part of what is tested here
        assert "${{" not in step["run"], "inputs must reach run: through env:"
        step_dir = workspace.temp / f"step{number}"
        step_dir.mkdir(exist_ok=True)
        output_file, summary_file = step_dir / "output", step_dir / "summary"
        output_file.write_text("")
        summary_file.write_text("")
        env = dict(base_env)
        env.update({k: substitute(str(v), context) for k, v in (step.get("env") or {}).items()})
        env.update({"GITHUB_OUTPUT": str(output_file), "GITHUB_STEP_SUMMARY": str(summary_file)})
        script = step_dir / "script.sh"
        script.write_text(step["run"], encoding="utf-8")
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=workspace.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        steps_run.append(step.get("id", str(number)))
        stdout.append(proc.stdout)
        stderr.append(proc.stderr)
        summary_parts.append(summary_file.read_text(encoding="utf-8"))
        if "id" in step:
            context["steps"][step["id"]] = {"outputs": parse_outputs(output_file.read_text(encoding="utf-8"))}
        if proc.returncode != 0:
            exit_code = proc.returncode
            break
        if stop_after is not None and step.get("id") == stop_after:
            break
    context["steps"].setdefault("check", {"outputs": {}})  # stop_after: outputs of steps not run are empty
    outputs = {name: substitute(spec["value"], context) for name, spec in action["outputs"].items()}
    return Run(exit_code, "".join(stdout), "".join(stderr), outputs, "".join(summary_parts), steps_run)


def pr_payload(action: str = "synchronize") -> dict[str, Any]:
    return {
        "action": action,
        "number": PR,
        "pull_request": {
            "number": PR,
            "state": "open",
            "title": "Release Acme-Chat-8B",
            "user": {"login": "contributor", "type": "User"},
            "head": {"ref": "release", "sha": HEAD_SHA, "repo": {"full_name": REPO}},
            "base": {"ref": "main", "sha": BASE_SHA, "repo": {"full_name": REPO}},
        },
        "repository": {"full_name": REPO, "name": "acme-chat", "owner": {"login": "acme"}},
        "sender": {"login": "contributor", "type": "User"},
    }


def tag_push_payload() -> dict[str, Any]:
    return {
        "ref": "refs/tags/v1.0.0",
        "before": "0" * 40,
        "after": HEAD_SHA,
        "created": True,
        "deleted": False,
        "base_ref": "refs/heads/main",
        "repository": {"full_name": REPO},
        "pusher": {"name": "maintainer"},
        "head_commit": {"id": HEAD_SHA, "message": "Release v1.0.0"},
    }


def release_payload() -> dict[str, Any]:
    return {
        "action": "published",
        "release": {"tag_name": "v1.0.0", "name": "v1.0.0", "draft": False, "prerelease": False, "target_commitish": "main"},
        "repository": {"full_name": REPO},
        "sender": {"login": "maintainer"},
    }


@pytest.fixture
def github() -> Iterator[FakeGitHub]:
    fake = FakeGitHub(page_size=2).start()
    fake.add_account(WORKFLOW_TOKEN, "github-actions[bot]")
    fake.add_account(FORK_TOKEN, "github-actions[bot]", can_write=False)
    fake.add_pull(REPO, PR, HEAD_SHA)
    for n in range(3):  # earlier review comments, so the lookup pages
        fake.add_comment(REPO, PR, f"reviewer{n}", f"looks good {n}")
    try:
        yield fake
    finally:
        fake.stop()


def make_workspace(tmp_path: Path, example: str) -> Workspace:
    root = tmp_path / "workspace"
    shutil.copytree(PROJECT / "examples" / example, root)
    (root / ".git").mkdir()  # the checkout's root, as actions/checkout leaves it
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    return Workspace(root, temp, tmp_path / "event.json")


def report_of(run: Run) -> dict[str, Any]:
    return json.loads(Path(run.outputs["report-json"]).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def annotations(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if re.match(r"::(error|warning|notice) file=", line)]


def test_pull_request_outputs_summary_annotations_comment(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    run = run_action(ws, github, "pull_request", {"sarif-file": "results/openwash.sarif"})
    report = report_of(run)

    assert run.steps_run == ["prepare", "install", "check"]
    assert report["summary"]["errors"] >= 1, "a fully open-source claim on Llama terms must be an error"
    assert run.exit_code == 1
    assert run.outputs["overreach"] == str(report["verdict"]["overreach"]).lower()
    assert run.outputs["osaid"] == report["verdict"]["osaid"]
    assert run.outputs["mof-class"] == (report["verdict"]["mof_class"] or "")
    assert run.outputs["errors"] == str(report["summary"]["errors"])
    assert run.outputs["warnings"] == str(report["summary"]["warnings"])

    # Annotations: one per finding up to GitHub's 10 per type, paths relative to the repo.
    shown = annotations(run.stdout)
    assert len(shown) == min(len(report["findings"]), sum(min(10, n) for n in report["summary"].values()))
    assert any(line.startswith("::error file=README.md,line=") for line in shown)

    # One comment, by the bot, with the marker and links at the PR head commit.
    ours = [c for c in github.comments_on(REPO, PR) if c["user"]["login"] == "github-actions[bot]"]
    assert len(ours) == 1
    body = ours[0]["body"]
    assert body.startswith("<!-- openwash:comment key=. -->")
    assert f"https://github.com/{REPO}/blob/{HEAD_SHA}/README.md#L" in body
    assert run.outputs["comment-url"] == f"https://github.com/{REPO}/pull/{PR}#issuecomment-{ours[0]['id']}"

    # The job summary carries the same report as the comment.
    assert run.summary.split("\n", 1)[0] == body.split("\n\n", 1)[1].split("\n", 1)[0]
    causes = body.split("#### What to change", 1)[1].split("<details>", 1)[0]
    assert causes in run.summary
    # Rule links open the docs of the action's own ref, in the comment and the SARIF alike.
    docs = f"https://github.com/{ACTION_REPOSITORY}/blob/{ACTION_REF}/docs/rules.md#ow1"
    assert docs in body and docs in run.summary

    # SARIF written where asked, valid, with the same results.
    sarif = json.loads((ws.root / "results" / "openwash.sarif").read_text(encoding="utf-8"))
    validate_sarif(sarif)
    assert len(sarif["runs"][0]["results"]) == len(report["findings"])
    help_uris = {r["helpUri"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert all(u.startswith(f"https://github.com/{ACTION_REPOSITORY}/blob/{ACTION_REF}/docs/rules.md#") for u in help_uris)


def test_three_runs_one_comment_edited_in_place_then_resolved(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    first = run_action(ws, github, "pull_request")
    again = run_action(ws, github, "pull_request")  # nothing changed: no write at all
    assert [w.method for w in github.writes()] == ["POST"]
    assert again.outputs["comment-url"] == first.outputs["comment-url"] != ""

    # The author rewrites the README: the same comment is edited to say the claims are gone.
    readme = ws.root / "README.md"
    readme.write_text("---\nlicense: mit\n---\n# Acme-Chat-8B\n\nA chat model for customer support.\n", encoding="utf-8")
    third = run_action(ws, github, "pull_request")
    report = report_of(third)
    assert [w.method for w in github.writes()] == ["POST", "PATCH"]
    ours = [c for c in github.comments_on(REPO, PR) if c["user"]["login"] == "github-actions[bot]"]
    assert len(ours) == 1
    assert github.writes()[1].path.endswith(f"/issues/comments/{ours[0]['id']}")
    assert "#### Openness claims" not in ours[0]["body"] or report["claims"]
    if not report["verdict"]["overreach"]:
        assert "overreach" not in ours[0]["body"].split("\n\n")[1]
    assert third.exit_code == (1 if report["summary"]["errors"] else 0)


def test_fork_token_is_a_warning_not_a_failure(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "honest-model")
    ws.write_event(pr_payload())
    # On a pull request from a fork the workflow token itself is read-only.
    run = run_action(ws, github, "pull_request", workflow_token=FORK_TOKEN)
    report = report_of(run)
    assert run.exit_code == (1 if report["summary"]["errors"] else 0)
    assert "::warning title=openwash%3A PR comment skipped::" in run.stdout
    assert "[!WARNING]" in run.summary and "not written" in run.summary
    assert run.outputs["comment-url"] == ""
    assert [c["user"]["login"] for c in github.comments_on(REPO, PR)] == ["reviewer0", "reviewer1", "reviewer2"]


@pytest.mark.parametrize(("event_name", "payload"), [("push", tag_push_payload()), ("release", release_payload())])
def test_release_gate_blocks_an_overreaching_release(
    tmp_path: Path, github: FakeGitHub, event_name: str, payload: dict[str, Any]
) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(payload)
    run = run_action(ws, github, event_name)
    assert run.exit_code == 1
    assert "openwash: release gate for v1.0.0: BLOCKED" in run.stdout
    assert github.requests == []  # no pull request, no API call
    assert f"/blob/{HEAD_SHA}/README.md#L" in run.summary  # links at the released commit


def test_release_gate_passes_with_fail_on_never_and_still_reports(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(release_payload())
    run = run_action(ws, github, "release", {"fail-on": "never", "annotations": "false"})
    assert run.exit_code == 0
    assert "release gate for v1.0.0: passed" in run.stdout
    assert annotations(run.stdout) == []
    assert report_of(run)["summary"]["errors"] >= 1


def test_honest_release_passes_the_gate(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "honest-model")
    ws.write_event(tag_push_payload())
    run = run_action(ws, github, "push")
    report = report_of(run)
    assert run.exit_code == (1 if report["summary"]["errors"] else 0)
    assert run.outputs["overreach"] == "false"


@pytest.mark.parametrize(("name", "value"), [("fail-on", "sometimes"), ("comment", "loudly"), ("annotations", "yes")])
def test_bad_input_is_a_usage_error(tmp_path: Path, github: FakeGitHub, name: str, value: str) -> None:
    ws = make_workspace(tmp_path, "honest-model")
    ws.write_event(pr_payload())
    run = run_action(ws, github, "pull_request", {name: value})
    assert run.exit_code == 2
    assert re.search(rf"::error title=openwash::{name} must be", run.stdout)
    assert github.writes() == []


def test_comment_never_and_on_failure(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    run_action(ws, github, "pull_request", {"comment": "never"})
    assert github.requests == []
    run = run_action(ws, github, "pull_request", {"comment": "on-failure"})
    assert run.exit_code == 1 and len(github.writes()) == 1


def test_token_is_never_printed_even_in_debug(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    run = run_action(ws, github, "pull_request", extra_env={"RUNNER_DEBUG": "1"})
    assert "::debug::" in run.stdout  # debug output was on
    everything = run.stdout + run.stderr + run.summary + json.dumps(run.outputs)
    everything += Path(run.outputs["report-json"]).read_text(encoding="utf-8")
    assert WORKFLOW_TOKEN not in everything
    # ...while the server did receive it.
    assert all(WORKFLOW_TOKEN in r.authorization for r in github.requests)


def test_api_failure_is_one_clear_line(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "honest-model")
    ws.write_event({**pr_payload(), "number": 404, "pull_request": {**pr_payload()["pull_request"], "number": 404}})
    run = run_action(ws, github, "pull_request", extra_env={"OPENWASH_GITHUB_RETRIES": "1"})
    errors = [line for line in run.stdout.splitlines() if line.startswith("::error title=openwash%3A PR comment failed::")]
    assert len(errors) == 1 and "acme/acme-chat#404 not found" in errors[0]
    assert run.exit_code == 2 or report_of(run)["summary"]["errors"]
    assert "Traceback" not in run.stderr


def test_subdirectory_paths_are_relative_to_the_repository(tmp_path: Path, github: FakeGitHub) -> None:
    root = tmp_path / "workspace"
    shutil.copytree(PROJECT / "examples" / "overreaching-model", root / "models" / "acme")
    (root / ".git").mkdir()
    temp = tmp_path / "runner-temp"
    temp.mkdir()
    ws = Workspace(root, temp, tmp_path / "event.json")
    ws.write_event(pr_payload())
    run = run_action(ws, github, "pull_request", {"path": "models/acme", "sarif-file": "out.sarif"})
    assert any(line.startswith("::error file=models/acme/README.md,") for line in annotations(run.stdout))
    body = github.comments_on(REPO, PR)[-1]["body"]
    assert body.startswith("<!-- openwash:comment key=models/acme -->")
    assert f"/blob/{HEAD_SHA}/models/acme/README.md#L" in body
    sarif = json.loads((root / "out.sarif").read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert uris and all(u.startswith("models/acme/") for u in uris)


# -- static properties of action.yml ---------------------------------------------------------
def test_action_metadata() -> None:
    action = load_action()
    assert action["runs"]["using"] == "composite"
    assert {"icon", "color"} <= set(action["branding"]) and len(action["description"]) <= 125
    expected_inputs = {"path", "profiles", "fail-on", "comment", "sarif-file", "config", "token", "annotations"}
    assert expected_inputs <= set(action["inputs"])
    assert action["inputs"]["token"]["default"] == "${{ github.token }}"
    for name in ("profiles", "fail-on", "comment", "config"):  # empty: the config file decides
        assert action["inputs"][name]["default"] == ""
    steps = {s.get("id"): s for s in action["runs"]["steps"]}
    for name, spec in action["outputs"].items():
        assert spec["value"] == f"${{{{ steps.check.outputs.{name} }}}}"
    assert set(action["outputs"]) == {"overreach", "osaid", "mof-class", "errors", "warnings", "report-json", "comment-url", "suppressed"}
    for step in action["runs"]["steps"]:
        if "run" in step:
            assert "${{" not in step["run"] and step["shell"] == "bash"
    # Every input reaches the check step through env:.
    check_env = " ".join(str(v) for v in steps["check"]["env"].values())
    for name in action["inputs"]:
        assert f"inputs.{name} }}}}" in check_env
    assert any("actions/cache" in s.get("uses", "") for s in action["runs"]["steps"])


def test_multiline_outputs_use_the_delimiter_syntax(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_outputs(str(target), {"one": "a", "many": "line 1\nline 2\r\nx=y", "empty": ""})
    text = target.read_bytes().decode("utf-8")  # no newline translation, like the runner
    assert re.search(r"^many<<ghadelimiter_[0-9a-f]{32}$", text, re.MULTILINE)
    assert parse_outputs(text) == {"one": "a", "many": "line 1\nline 2\r\nx=y", "empty": ""}


@pytest.mark.parametrize("name", ["openwash-pr.yml", "openwash-release.yml", "openwash-pr-target.yml"])
def test_example_workflows(name: str) -> None:
    from ruamel.yaml import YAML

    workflow = YAML(typ="safe").load((PROJECT / "examples" / "workflows" / name).read_text(encoding="utf-8"))
    inputs = set(load_action()["inputs"])
    assert workflow["permissions"] == {}  # least privilege: each job asks for its own
    uses_openwash = 0
    for job in workflow["jobs"].values():
        assert "permissions" in job and "write-all" not in str(job["permissions"])
        for step in job["steps"]:
            assert "${{" not in step.get("run", "")
            if step.get("uses", "").startswith("openwash/openwash@"):
                uses_openwash += 1
                assert set(step.get("with") or {}) <= inputs
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False
    assert uses_openwash == 1
    if name == "openwash-release.yml":
        assert workflow["jobs"]["publish"]["needs"] == "openness"
        assert workflow["jobs"]["openness"]["permissions"] == {"contents": "read"}
    else:
        assert workflow["jobs"]["openness"]["permissions"]["pull-requests"] == "write"


def test_config_file_can_turn_the_comment_off(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    (ws.root / ".openwash.yml").write_text("comment: never\n", encoding="utf-8")
    ws.write_event(pr_payload())
    run = run_action(ws, github, "pull_request")
    assert run.exit_code == 1 and github.requests == []
    run = run_action(ws, github, "pull_request", {"comment": "always"})  # the input overrides the file
    assert len(github.writes()) == 1


def test_missing_path_is_a_one_line_error(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "honest-model")
    ws.write_event(tag_push_payload())
    run = run_action(ws, github, "push", {"path": "no/such/dir"})
    assert run.exit_code == 2
    errors = [line for line in run.stdout.splitlines() if line.startswith("::error title=openwash::")]
    assert len(errors) == 1 and "no/such/dir" in errors[0]
    assert "Traceback" not in run.stderr
