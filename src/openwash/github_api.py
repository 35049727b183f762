"""The sticky pull-request comment, through PyGithub. The only module that talks to a network.

One comment per pull request (and per checked path): it starts with a hidden marker and is
found again by that marker **at the very start** of the body **and** by author, then edited
in place; no request is made when the body is unchanged, and a comment is created only when
there is none, looked for once more just before creating it. Two overlapping runs that both
create one resolve it right after: the newer comment is deleted by the run that made it.

Who "we" are: the workflow token (`GITHUB_TOKEN`) is an installation token that cannot
call `GET /user`, and it always writes as `github-actions[bot]`. So the author is, in
order: an explicit `comment_author`; `github-actions[bot]` when the token is the workflow
token; otherwise `GET /user` (personal access tokens). A GitHub App token has no way to
learn its own bot login without the app's private key: pass `comment-author:
<app-slug>[bot]` for it; without that the comment is skipped with a warning rather than
risk a second comment.

Retries: PyGithub's own urllib3 retries are switched off and the whole find/edit/create
step is retried instead. That step is idempotent (it looks for the comment again first),
so a 5xx on a POST that did create the comment cannot lead to a second one. Secondary
rate limits (403/429 with `retry-after` or `x-ratelimit-remaining: 0`) wait as GitHub
asks, up to `max_wait`; 5xx and connection errors back off exponentially.

The token is never printed: it goes to PyGithub's `Auth.Token` and nowhere else, and
error messages are built from the status and GitHub's `message` only.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from openwash.lazyre import regex

if TYPE_CHECKING:
    from github import Github
    from github.IssueComment import IssueComment

WORKFLOW_TOKEN_AUTHOR = "github-actions[bot]"
DEFAULT_API_URL = "https://api.github.com"

Log = Callable[[str], None]


class GitHubAPIError(Exception):
    """A one-line, token-free description of what went wrong."""

    def __init__(self, message: str, *, status: int | None = None, no_permission: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.no_permission = no_permission


class _Retryable(Exception):
    def __init__(self, message: str, wait: float | None) -> None:
        super().__init__(message)
        self.wait = wait  # seconds GitHub asked for; None = use the backoff


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # total tries of the whole step
    backoff: float = 2.0  # first wait after a 5xx; doubles each time
    max_wait: float = 90.0  # longest single wait; a longer rate-limit reset is an error
    request_interval: float | None = None  # PyGithub's pause between requests; None = its default

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> RetryPolicy:
        """`OPENWASH_GITHUB_RETRIES`, `…_BACKOFF`, `…_MAX_WAIT`, `…_REQUEST_INTERVAL` (tests make them tiny)."""
        env = dict(os.environ if env is None else env)
        default = cls()

        def number(name: str, fallback: float | None) -> float | None:
            raw = env.get(name, "").strip()
            if not raw:
                return fallback
            try:
                return max(0.0, float(raw))
            except ValueError:
                return fallback

        return cls(
            attempts=max(1, int(number("OPENWASH_GITHUB_RETRIES", default.attempts) or 1)),
            backoff=number("OPENWASH_GITHUB_BACKOFF", default.backoff) or 0.0,
            max_wait=number("OPENWASH_GITHUB_MAX_WAIT", default.max_wait) or 0.0,
            request_interval=number("OPENWASH_GITHUB_REQUEST_INTERVAL", default.request_interval),
        )


@dataclass
class CommentResult:
    action: str  # "created" | "updated" | "unchanged" | "skipped" | "no-permission"
    url: str | None = None
    message: str = ""
    warning: bool = False  # the caller should tell the user (e.g. unknown comment author)


@dataclass
class CommentRequest:
    api_url: str
    token: str
    repository: str  # "owner/name"
    pr_number: int
    body: str
    marker: str  # must occur in body
    create: bool = True  # False: only update an existing comment (e.g. findings went away)
    comment_author: str | None = None
    workflow_token: str | None = None  # the job's GITHUB_TOKEN, to recognise it

    def __repr__(self) -> str:  # keep the tokens out of any repr/traceback
        return f"CommentRequest(repository={self.repository!r}, pr_number={self.pr_number}, create={self.create})"


def sync_comment(request: CommentRequest, policy: RetryPolicy | None = None, log: Log | None = None) -> CommentResult:
    """Create or update the sticky comment; raise `GitHubAPIError` with one line on failure."""
    policy = policy or RetryPolicy()
    log = log or (lambda _message: None)
    if request.marker not in request.body:
        raise ValueError("the comment body must contain the marker")
    delay = policy.backoff
    for attempt in range(1, policy.attempts + 1):
        try:
            return _sync_once(request, policy, log)
        except _Retryable as exc:
            if attempt == policy.attempts:
                raise GitHubAPIError(f"{exc} (gave up after {attempt} attempts)") from None
            wait = delay if exc.wait is None else exc.wait
            if wait > policy.max_wait:
                raise GitHubAPIError(
                    f"{exc}; GitHub asks to wait {wait:.0f}s, more than the {policy.max_wait:.0f}s allowed"
                ) from None
            log(f"{exc}; retrying in {wait:.2f}s (attempt {attempt + 1} of {policy.attempts})")
            time.sleep(wait)
            delay = min(delay * 2, policy.max_wait) if delay else 0.0
    raise AssertionError("unreachable")


def _sync_once(request: CommentRequest, policy: RetryPolicy, log: Log) -> CommentResult:
    from github import GithubException

    try:
        import requests
    except ImportError:  # pragma: no cover - PyGithub depends on requests
        requests = None  # type: ignore[assignment]
    network_errors: tuple[type[BaseException], ...] = (
        (requests.ConnectionError, requests.Timeout) if requests is not None else (ConnectionError,)
    )

    try:
        gh = _client(request, policy)
        author = _resolve_author(gh, request)
        if author is None:
            return CommentResult(
                "skipped",
                warning=True,
                message="cannot tell which account the token writes as (a GitHub App token?); "
                "set the `comment-author` input, e.g. my-app[bot]",
            )
        repo = gh.get_repo(request.repository)  # lazy client: no request for the repository itself
        pull = repo.get_pull(request.pr_number)
        existing = _find_comment(pull.get_issue_comments(), request.marker, author)
        if existing is None and request.create:
            # Look again just before creating: an overlapping run may have created it meanwhile.
            existing = _find_comment(pull.get_issue_comments(), request.marker, author)
        if existing is not None:
            if _same(existing.body or "", request.body):
                log(f"comment {existing.id} is up to date; no request made")
                return CommentResult("unchanged", existing.html_url)
            existing.edit(request.body)
            log(f"updated comment {existing.id}")
            return CommentResult("updated", existing.html_url)
        if not request.create:
            return CommentResult("skipped", message="no earlier comment to update and nothing to report")
        created = pull.create_issue_comment(request.body)
        log(f"created comment {created.id}")
        # Two runs that both found nothing both create: the newer comment goes, the oldest stays
        # (each run deletes only the comment it just created, so two runs never delete both).
        ours = _our_comments(pull.get_issue_comments(), request.marker, author)
        oldest = min(ours, key=lambda c: c.id, default=None)
        if oldest is not None and oldest.id != created.id:
            created.delete()
            log(f"deleted comment {created.id}: comment {oldest.id} was created first by an overlapping run")
            if not _same(oldest.body or "", request.body):
                oldest.edit(request.body)
            return CommentResult("updated", oldest.html_url)
        return CommentResult("created", created.html_url)
    except GithubException as exc:
        raise _classify(exc, request) from None
    except network_errors as exc:
        raise _Retryable(f"cannot reach {request.api_url}: {type(exc).__name__}", None) from None


def _client(request: CommentRequest, policy: RetryPolicy) -> Github:
    from github import Auth, Github

    options: dict[str, Any] = {}
    if policy.request_interval is not None:
        options["seconds_between_requests"] = policy.request_interval
        options["seconds_between_writes"] = policy.request_interval
    return Github(
        base_url=request.api_url.rstrip("/") or DEFAULT_API_URL,
        auth=Auth.Token(request.token),
        retry=None,  # retried here, around the whole idempotent step
        timeout=30,
        per_page=100,
        user_agent="openwash-action",
        lazy=True,
        **options,
    )


def _resolve_author(gh: Github, request: CommentRequest) -> str | None:
    if request.comment_author:
        return request.comment_author
    if request.workflow_token and request.token == request.workflow_token:
        return WORKFLOW_TOKEN_AUTHOR
    from github import GithubException

    try:
        return str(gh.get_user().login)
    except GithubException as exc:
        if exc.status == 403 and not _is_rate_limit(exc):
            return None  # an installation token: GET /user is not for it
        raise


def _ours(comment: Any, marker: str, wanted: str) -> bool:
    """Written by the same identity, with the marker at the very start of the body: a marker
    quoted inside someone else's comment, or later in any comment, does not make it ours."""
    user = comment.user
    return bool((comment.body or "").startswith(marker) and user is not None and str(user.login).lower() == wanted)


def _our_comments(comments: Any, marker: str, author: str) -> list[IssueComment]:
    wanted = author.lower()
    return [comment for comment in comments if _ours(comment, marker, wanted)]


def _find_comment(comments: Any, marker: str, author: str) -> IssueComment | None:
    wanted = author.lower()
    for comment in comments:
        if _ours(comment, marker, wanted):
            return comment  # type: ignore[no-any-return]
    return None


def _same(old: str, new: str) -> bool:
    # GitHub may hand back CRLF line endings and strip trailing whitespace.
    def norm(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))

    return norm(old) == norm(new)


def _headers(exc: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (getattr(exc, "headers", None) or {}).items()}


def _is_rate_limit(exc: Any) -> bool:
    headers = _headers(exc)
    message = _message(exc).lower()
    return exc.status in (403, 429) and (
        "retry-after" in headers
        or headers.get("x-ratelimit-remaining") == "0"
        or "rate limit" in message
        or exc.status == 429
    )


def _message(exc: Any) -> str:
    data = getattr(exc, "data", None)
    message = data.get("message") if isinstance(data, dict) else None
    text = str(message or "")
    return " ".join(text.split())[:200]


def _rate_limit_wait(exc: Any) -> float | None:
    headers = _headers(exc)
    retry_after = headers.get("retry-after", "")
    if regex(r"\d+(\.\d+)?").fullmatch(retry_after.strip()):
        return float(retry_after)
    reset = headers.get("x-ratelimit-reset", "")
    if headers.get("x-ratelimit-remaining") == "0" and reset.isdigit():
        return max(0.0, int(reset) - time.time() + 1)
    return None


def _classify(exc: Any, request: CommentRequest) -> Exception:
    status = int(getattr(exc, "status", 0) or 0)
    message = _message(exc)
    said = f": {message}" if message else ""
    where = f"{request.repository}#{request.pr_number}"
    if _is_rate_limit(exc):
        return _Retryable(f"GitHub rate limit ({status}{said})", _rate_limit_wait(exc))
    if status >= 500:
        return _Retryable(f"GitHub server error {status}{said}", None)
    if status == 401:
        return GitHubAPIError(f"GitHub rejected the token (401{said})", status=status)
    if status == 403:
        return GitHubAPIError(
            f"the token may not comment on {where} (403{said}); pull requests from forks get a read-only "
            "token: give the job `pull-requests: write`, or see docs/action.md for pull_request_target",
            status=status,
            no_permission=True,
        )
    if status == 404:
        return GitHubAPIError(
            f"{where} not found (404{said}); check the repository, the pull request number and the token's access",
            status=status,
        )
    if status == 422:
        return GitHubAPIError(f"GitHub refused the comment (422{said})", status=status)
    return GitHubAPIError(f"GitHub API error {status}{said}", status=status)


# --------------------------------------------------------------------------- review suggestions

SUGGESTION_MARKER = "<!-- openwash:suggestion -->"


@dataclass(frozen=True)
class Suggestion:
    """A rewrite of one line of the pull request's head, posted as a review comment with a suggestion block."""

    path: str  # repository path
    line: int  # 1-based line on the head side
    new_line: str  # the whole line as `openwash fix` writes it
    why: str  # one line, plain text: the rule and the replacement ("OW101: Replace 'X' with 'Y'")

    @property
    def body(self) -> str:
        from openwash.render.escape import md_text

        longest = max((len(run) for run in regex(r"`+").findall(self.new_line)), default=0)
        fence = "`" * max(3, longest + 1)
        why = md_text(f"openwash {self.why}", limit=600)
        return f"{SUGGESTION_MARKER}\n{why}\n\n{fence}suggestion\n{self.new_line}\n{fence}\n"


@dataclass
class SuggestionRequest:
    api_url: str
    token: str
    repository: str
    pr_number: int
    head_sha: str
    suggestions: list[Suggestion]

    def __repr__(self) -> str:  # keep the token out of any repr/traceback
        return f"SuggestionRequest(repository={self.repository!r}, pr_number={self.pr_number}, n={len(self.suggestions)})"


def changed_lines(patch: str | None) -> set[int]:
    """Head-side line numbers a unified diff hunk adds (the lines a review comment may suggest on)."""
    lines: set[int] = set()
    number = 0
    for row in (patch or "").split("\n"):
        header = regex(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@").match(row)
        if header is not None:
            number = int(header.group(1))
            continue
        if number == 0 or row.startswith("\\"):
            continue
        if row.startswith("+"):
            lines.add(number)
            number += 1
        elif row.startswith("-"):
            continue
        else:
            number += 1
    return lines


def post_suggestions(request: SuggestionRequest, policy: RetryPolicy | None = None, log: Log | None = None) -> int:
    """Post each suggestion whose line the pull request changed and that is not there yet; return how many were posted.

    Raises `GitHubAPIError` (`no_permission` for a read-only token) on failure; a suggestion already
    posted by an earlier run (same path, line and body) is not posted again.
    """
    from github import GithubException

    policy = policy or RetryPolicy()
    log = log or (lambda _message: None)
    if not request.suggestions:
        return 0
    comment_request = CommentRequest(request.api_url, request.token, request.repository, request.pr_number, "", "")
    try:
        gh = _client(comment_request, policy)
        pull = gh.get_repo(request.repository).get_pull(request.pr_number)
        changed = {f.filename: changed_lines(f.patch) for f in pull.get_files()}
        wanted = [s for s in request.suggestions if s.line in changed.get(s.path, set())]
        if not wanted:
            return 0
        posted = {
            (c.path, c.line, _norm_body(c.body or "")) for c in pull.get_review_comments() if (c.body or "").startswith(SUGGESTION_MARKER)
        }
        count = 0
        for suggestion in wanted:
            if (suggestion.path, suggestion.line, _norm_body(suggestion.body)) in posted:
                continue
            pull.create_review_comment(suggestion.body, request.head_sha, suggestion.path, line=suggestion.line, side="RIGHT")
            log(f"suggested a rewrite of {suggestion.path}:{suggestion.line}")
            count += 1
        return count
    except GithubException as exc:
        classified = _classify(exc, comment_request)
        raise classified if isinstance(classified, GitHubAPIError) else GitHubAPIError(str(classified)) from None


def _norm_body(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))
