"""The sticky comment, with real PyGithub against the local fake GitHub API (tests/fake_github.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_github import Fault, FakeGitHub

from openwash.github_api import CommentRequest, GitHubAPIError, RetryPolicy, sync_comment

REPO = "acme/model"
PR = 7
MARKER = "<!-- openwash:comment key=. -->"
WORKFLOW_TOKEN = "ghs_workflowtoken000000000000000000000"
FAST = RetryPolicy(attempts=4, backoff=0.0, max_wait=5.0, request_interval=0.0)


@pytest.fixture
def github() -> Iterator[FakeGitHub]:
    fake = FakeGitHub(page_size=3).start()
    fake.add_account(WORKFLOW_TOKEN, "github-actions[bot]")
    fake.add_account("ghp_personal", "alice", kind="user")
    fake.add_account("ghs_forktoken", "github-actions[bot]", can_write=False)
    fake.add_pull(REPO, PR)
    try:
        yield fake
    finally:
        fake.stop()


def request(github: FakeGitHub, body: str, **overrides: object) -> CommentRequest:
    options: dict[str, object] = {
        "api_url": github.url,
        "token": WORKFLOW_TOKEN,
        "repository": REPO,
        "pr_number": PR,
        "body": f"{MARKER}\n{body}",
        "marker": MARKER,
        "workflow_token": WORKFLOW_TOKEN,
    }
    options.update(overrides)
    return CommentRequest(**options)  # type: ignore[arg-type]


def add_noise(github: FakeGitHub, count: int) -> None:
    """Comments by people (one quoting our marker) spread over several pages."""
    for n in range(count):
        body = f"review comment {n}" if n != 2 else f"{MARKER} copied by a human"
        github.add_comment(REPO, PR, f"user{n}", body)


def test_three_runs_leave_one_comment_edited_in_place(github: FakeGitHub) -> None:
    add_noise(github, 8)  # three pages of three
    first = sync_comment(request(github, "run 1: overreach"), FAST)
    second = sync_comment(request(github, "run 2: overreach, one fixed"), FAST)
    third = sync_comment(request(github, "run 3: all fixed"), FAST)

    ours = [c for c in github.comments_on(REPO, PR) if c["user"]["login"] == "github-actions[bot]"]
    assert len(ours) == 1
    assert ours[0]["body"].endswith("run 3: all fixed")
    assert (first.action, second.action, third.action) == ("created", "updated", "updated")
    assert first.url == second.url == third.url == f"https://github.com/{REPO}/pull/{PR}#issuecomment-{ours[0]['id']}"
    writes = github.writes()
    assert [w.method for w in writes] == ["POST", "PATCH", "PATCH"]
    assert all(w.path.endswith(f"/issues/comments/{ours[0]['id']}") for w in writes[1:])
    # The human's comment with the marker was never touched.
    assert github.comments_on(REPO, PR)[2]["body"].endswith("copied by a human")
    # It had to page through every page to know there was no comment of ours.
    pages = [r.query.get("page", ["1"])[0] for r in github.requests if r.path.endswith(f"/issues/{PR}/comments") and r.method == "GET"]
    assert {"1", "2", "3"} <= set(pages)


def test_found_on_a_later_page(github: FakeGitHub) -> None:
    add_noise(github, 7)
    github.add_comment(REPO, PR, "github-actions[bot]", f"{MARKER}\nold", user_type="Bot")
    result = sync_comment(request(github, "new"), FAST)
    assert result.action == "updated"
    assert [w.method for w in github.writes()] == ["PATCH"]


def test_unchanged_body_makes_no_write(github: FakeGitHub) -> None:
    sync_comment(request(github, "same"), FAST)
    before = len(github.writes())
    result = sync_comment(request(github, "same"), FAST)
    assert result.action == "unchanged"
    assert len(github.writes()) == before == 1


def test_crlf_and_trailing_space_count_as_unchanged(github: FakeGitHub) -> None:
    github.add_comment(REPO, PR, "github-actions[bot]", f"{MARKER}\r\nline one  \r\nline two\r\n", "Bot")
    assert sync_comment(request(github, "line one\nline two"), FAST).action == "unchanged"
    assert github.writes() == []


def test_no_comment_created_when_only_updates_are_wanted(github: FakeGitHub) -> None:
    result = sync_comment(request(github, "all good", create=False), FAST)
    assert result.action == "skipped"
    assert github.writes() == []
    # ... but an existing one is edited to say the findings went away.
    github.add_comment(REPO, PR, "github-actions[bot]", f"{MARKER}\n❌ overreach", "Bot")
    result = sync_comment(request(github, "✅ resolved", create=False), FAST)
    assert result.action == "updated"
    assert github.comments_on(REPO, PR)[0]["body"].endswith("✅ resolved")


def test_body_arrives_byte_for_byte(github: FakeGitHub) -> None:
    body = "| a \\| b | `x` | &lt;script&gt; | @&#8203;org/team | 开源 |"
    sync_comment(request(github, body), FAST)
    assert github.writes()[0].body == {"body": f"{MARKER}\n{body}"}


def test_personal_token_is_identified_through_get_user(github: FakeGitHub) -> None:
    github.add_comment(REPO, PR, "github-actions[bot]", f"{MARKER}\nnot ours for a PAT", "Bot")
    result = sync_comment(request(github, "from alice", token="ghp_personal"), FAST)
    assert result.action == "created"
    assert github.comments_on(REPO, PR)[-1]["user"]["login"] == "alice"
    assert any(r.path == "/user" for r in github.requests)


def test_unknown_installation_identity_is_skipped_not_duplicated(github: FakeGitHub) -> None:
    github.add_account("ghs_apptoken", "my-app[bot]")
    result = sync_comment(request(github, "x", token="ghs_apptoken"), FAST)
    assert result.action == "skipped" and "comment-author" in result.message
    assert github.writes() == []
    result = sync_comment(request(github, "x", token="ghs_apptoken", comment_author="my-app[bot]"), FAST)
    assert result.action == "created"


def test_fork_token_is_a_permission_error(github: FakeGitHub) -> None:
    with pytest.raises(GitHubAPIError) as caught:
        sync_comment(request(github, "x", token="ghs_forktoken", workflow_token="ghs_forktoken"), FAST)
    assert caught.value.no_permission and caught.value.status == 403
    assert "\n" not in str(caught.value) and "ghs_forktoken" not in str(caught.value)
    assert github.comments_on(REPO, PR) == []


def test_missing_pull_request_is_a_clear_error(github: FakeGitHub) -> None:
    with pytest.raises(GitHubAPIError) as caught:
        sync_comment(request(github, "x", pr_number=999), FAST)
    assert caught.value.status == 404 and not caught.value.no_permission
    assert "acme/model#999 not found" in str(caught.value)


def test_bad_token_is_a_clear_error(github: FakeGitHub) -> None:
    with pytest.raises(GitHubAPIError) as caught:
        sync_comment(request(github, "x", token="ghp_nobody", workflow_token=None), FAST)
    assert caught.value.status == 401 and "ghp_nobody" not in str(caught.value)


@pytest.mark.parametrize(
    ("status", "headers", "message"),
    [
        (403, {"Retry-After": "0"}, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."),
        (429, {"Retry-After": "0"}, "Too many requests"),
        (403, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0"}, "API rate limit exceeded for installation."),
    ],
)
def test_rate_limit_then_success(github: FakeGitHub, status: int, headers: dict[str, str], message: str) -> None:
    github.add_fault(Fault("POST", rf"/repos/{REPO}/issues/{PR}/comments", status, headers, {"message": message}))
    result = sync_comment(request(github, "after the limit"), FAST)
    assert result.action == "created"
    assert len(github.comments_on(REPO, PR)) == 1
    assert [w.status for w in github.writes()] == [status, 201]


def test_rate_limit_longer_than_allowed_is_an_error(github: FakeGitHub) -> None:
    github.add_fault(Fault("GET", rf"/repos/{REPO}/pulls/{PR}", 403, {"Retry-After": "3600"}, {"message": "secondary rate limit"}))
    with pytest.raises(GitHubAPIError, match="3600s"):
        sync_comment(request(github, "x"), FAST)


def test_server_error_then_success(github: FakeGitHub) -> None:
    add_noise(github, 5)
    github.add_fault(Fault("GET", rf"/repos/{REPO}/issues/{PR}/comments", 502, {}, {"message": "Server Error"}))
    assert sync_comment(request(github, "x"), FAST).action == "created"


def test_lost_response_after_create_does_not_duplicate(github: FakeGitHub) -> None:
    # The POST succeeds on the server but the client sees a 502: the retry finds the comment.
    github.add_fault(Fault("POST", rf"/repos/{REPO}/issues/{PR}/comments", 502, {}, {"message": "bad gateway"}, after_applying=True))
    result = sync_comment(request(github, "once"), FAST)
    assert result.action == "unchanged"
    assert len(github.comments_on(REPO, PR)) == 1


def test_persistent_server_error_gives_up_with_one_line(github: FakeGitHub) -> None:
    github.add_fault(Fault("GET", rf"/repos/{REPO}/pulls/{PR}", 503, {}, {"message": "unavailable\nsecond line"}, times=10))
    with pytest.raises(GitHubAPIError) as caught:
        sync_comment(request(github, "x"), RetryPolicy(attempts=3, backoff=0.0, max_wait=1.0, request_interval=0.0))
    assert "gave up after 3 attempts" in str(caught.value) and "\n" not in str(caught.value)
    assert sum(r.path == f"/repos/{REPO}/pulls/{PR}" for r in github.requests) == 3


def test_unreachable_server_is_retried_then_reported() -> None:
    fake = FakeGitHub().start()
    url = fake.url
    fake.stop()
    req = CommentRequest(api_url=url, token="t", repository=REPO, pr_number=1, body=MARKER, marker=MARKER, comment_author="x")
    with pytest.raises(GitHubAPIError, match="cannot reach"):
        sync_comment(req, RetryPolicy(attempts=2, backoff=0.0, max_wait=1.0, request_interval=0.0))


def test_policy_from_environment() -> None:
    policy = RetryPolicy.from_env({"OPENWASH_GITHUB_RETRIES": "2", "OPENWASH_GITHUB_BACKOFF": "0.01", "OPENWASH_GITHUB_MAX_WAIT": "bad"})
    assert (policy.attempts, policy.backoff, policy.max_wait) == (2, 0.01, RetryPolicy().max_wait)


def test_request_repr_hides_tokens(github: FakeGitHub) -> None:
    assert WORKFLOW_TOKEN not in repr(request(github, "x"))
