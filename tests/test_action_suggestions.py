"""Review suggestions: `openwash fix`'s rewrite posted as a GitHub suggestion block on the lines a pull request changed.

Runs the action's steps (`tests/test_action.py`'s runner) against the local GitHub stand-in
(`tests/fake_github.py`), which accepts a review comment only on a line the diff adds, on the head commit.
"""

from __future__ import annotations

from pathlib import Path

from fake_github import FakeGitHub
from test_action import FORK_TOKEN, HEAD_SHA, PR, REPO, github, make_workspace, pr_payload, run_action  # noqa: F401

from openwash.github_api import Suggestion, changed_lines

# The PR changed lines 14-15 of the example card (line 15: "a fully open-source LLM"), not line 19 (完全开源).
PATCH = "@@ -12,3 +12,4 @@ pipeline_tag: text-generation\n \n-# Acme\n+# Acme-Chat-8B\n \n+Acme-Chat-8B is a fully open-source LLM for customer support, fine-tuned from"


def test_changed_lines_reads_the_head_side_of_each_hunk() -> None:
    patch = "@@ -1,3 +1,4 @@\n a\n-b\n+B\n+C\n c\n@@ -10,2 +11,2 @@ x\n-y\n+Y\n z\n\\ No newline at end of file"
    assert changed_lines(patch) == {2, 3, 11}
    assert changed_lines(None) == set()


def test_suggestion_body_is_a_suggestion_block_with_an_escaped_reason() -> None:
    body = Suggestion("README.md", 3, "uses ``` fences", "OW101: Replace '<b>open</b>' with '@team'").body
    assert body.startswith("<!-- openwash:suggestion -->\n")
    assert "\n````suggestion\nuses ``` fences\n````\n" in body
    assert "<b>" not in body and "@team" not in body  # HTML and mentions defused


def test_a_changed_overreaching_line_gets_one_suggestion_and_a_rerun_adds_none(tmp_path: Path, github: FakeGitHub) -> None:  # noqa: F811
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    github.add_pull_file(REPO, PR, "README.md", PATCH, added={13, 15})
    run_action(ws, github, "pull_request")
    posted = github.review_comments_on(REPO, PR)
    assert [(c["path"], c["line"], c["commit_id"]) for c in posted] == [("README.md", 15, HEAD_SHA)]
    body = posted[0]["body"]
    assert (
        "```suggestion\nAcme-Chat-8B is an LLM available under the Llama 3.1 Community License Agreement for customer support, "
        "fine-tuned from\n```" in body
    )
    assert "OW101" in body
    run_action(ws, github, "pull_request")
    assert len(github.review_comments_on(REPO, PR)) == 1  # the same suggestion is not posted twice


def test_no_suggestion_off_the_diff_and_a_read_only_token_is_no_failure(tmp_path: Path, github: FakeGitHub) -> None:  # noqa: F811
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    github.add_pull_file(REPO, PR, "README.md", "@@ -1,1 +1,1 @@\n-x\n+y", added={1})
    first = run_action(ws, github, "pull_request")
    assert github.review_comments_on(REPO, PR) == []
    ws2 = make_workspace(tmp_path / "fork", "overreaching-model")
    ws2.write_event(pr_payload())
    github.add_pull_file(REPO, PR, "README.md", PATCH, added={13, 15})
    fork = run_action(ws2, github, "pull_request", workflow_token=FORK_TOKEN)
    assert github.review_comments_on(REPO, PR) == []
    assert fork.exit_code == first.exit_code == 1  # the overreach fails the check; the suggestions never change that
