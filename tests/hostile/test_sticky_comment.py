"""The sticky comment is ours alone, and overlapping runs leave one comment.

The action's steps run against the local fake GitHub (real PyGithub underneath). Another
workflow writing as the same `github-actions[bot]` can quote openwash's marker; two pushes
in quick succession run the check twice at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_github import FakeGitHub
from test_action import HEAD_SHA, PR, REPO, WORKFLOW_TOKEN, make_workspace, pr_payload, run_action

MARKER = "<!-- openwash:comment key=. -->"
COMMENTS = rf"/repos/{REPO}/issues/{PR}/comments"


@pytest.fixture
def fake() -> Iterator[FakeGitHub]:
    server = FakeGitHub(page_size=100).start()
    server.add_account(WORKFLOW_TOKEN, "github-actions[bot]")
    server.add_pull(REPO, PR, HEAD_SHA)
    try:
        yield server
    finally:
        server.stop()


def _ours(fake: FakeGitHub) -> list[dict]:  # type: ignore[type-arg]
    return [c for c in fake.comments_on(REPO, PR) if c["body"].startswith(MARKER)]


def test_a_comment_that_quotes_the_marker_is_never_overwritten(tmp_path: Path, fake: FakeGitHub) -> None:
    quoted = f"Release checklist (another workflow, same bot account). Copied from openwash: {MARKER} ✅"
    other = fake.add_comment(REPO, PR, "github-actions[bot]", quoted, user_type="Bot")
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())

    run = run_action(ws, fake, "pull_request")

    assert run.exit_code == 1
    assert other["body"] == quoted, "another workflow's comment was overwritten"
    assert len(_ours(fake)) == 1


def test_a_run_that_overlaps_another_finds_its_comment_before_creating(tmp_path: Path, fake: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())
    # The other run creates its comment right after this run's first look found none.
    fake.interleave.append(("GET", COMMENTS, lambda: fake._create_comment(REPO, PR, "github-actions[bot]", f"{MARKER}\nother run", "Bot")))

    run = run_action(ws, fake, "pull_request")

    assert run.exit_code == 1
    assert len(_ours(fake)) == 1, [c["body"][:60] for c in fake.comments_on(REPO, PR)]


def test_two_runs_that_both_create_end_with_one_comment(tmp_path: Path, fake: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    ws.write_event(pr_payload())

    def rival_created_first() -> None:
        # The other run's create landed just before this run's: an older comment, listed first.
        rival = fake._create_comment(REPO, PR, "github-actions[bot]", f"{MARKER}\nother run", "Bot")
        fake.comments.remove(rival)
        rival["id"] = min(c["id"] for c in fake.comments) - 1
        fake.comments.insert(0, rival)

    fake.interleave.append(("POST", COMMENTS, rival_created_first))

    run = run_action(ws, fake, "pull_request")

    assert run.exit_code == 1
    ours = _ours(fake)
    assert len(ours) == 1, [c["body"][:60] for c in ours]
    assert "other run" not in ours[0]["body"], "the surviving comment carries this run's report"
