"""The GitHub Action entry point: environment → one report → outputs, summary, annotations, SARIF, comment.

`action.yml` passes every input through `env:` as `OPENWASH_<INPUT>` (never `${{ inputs.x }}`
inside `run:`), plus the variables GitHub sets. The report is built once with
`engine.check`; everything else only renders it. Exit codes: 0 passed, 1 a finding at or
above `fail-on` (this is what gates a release job that `needs:` this one), 2 a usage or tool
error (bad configuration, or the comment could not be written for a reason other than a
read-only fork token, which is only a warning).
"""

from __future__ import annotations

import json
import os
import sys
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from openwash.lazyre import lazy_compile, regex
from openwash.render.escape import command_data, command_property

COMMENT_MODES = ("always", "on-failure", "never")
DEFAULT_COMMENT_MODE = "always"
COMMENT_LIMIT_MARGIN = 512  # stay clear of GitHub's 65,536 characters
_SHA = lazy_compile(r"^[0-9a-f]{7,64}$")
_MARKER_KEY = lazy_compile(r"[^A-Za-z0-9._/-]")


class UsageError(Exception):
    pass


@dataclass
class Event:
    name: str
    pr_number: int | None = None
    head_sha: str | None = None
    base_sha: str | None = None  # pull_request.base.sha: the findings there are preexisting
    tag: str | None = None  # set for a tag push or a release: the check gates the release
    problems: list[str] = field(default_factory=list)


@dataclass
class Settings:
    path: str
    profiles: str | None
    fail_on: str | None
    comment: str | None
    sarif_file: str | None
    config: str | None
    token: str | None
    workflow_token: str | None
    comment_author: str | None
    annotations: bool
    inline_suppressions: bool | None  # None: the configuration decides
    cache: bool
    fail_on_new_only: bool
    workspace: Path
    repository: str | None
    api_url: str
    server_url: str
    sha: str | None
    ref: str | None
    event_name: str
    event_path: str | None
    output_file: str | None
    summary_file: str | None
    runner_temp: Path
    debug: bool
    action_repository: str | None = None  # owner/name of this action, as the workflow `uses:` it
    action_ref: str | None = None  # the ref it was used at (a tag or a commit): rule links point there

    def __repr__(self) -> str:  # the tokens stay out of any repr
        return f"Settings(path={self.path!r}, event={self.event_name!r}, repository={self.repository!r})"

    @classmethod
    def from_env(cls, env: dict[str, str]) -> Settings:
        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        fail_on = get("OPENWASH_FAIL_ON")
        if fail_on is not None and fail_on not in ("error", "warning", "note", "never"):
            raise UsageError(f"fail-on must be error, warning, note or never, not {fail_on!r}")
        comment = get("OPENWASH_COMMENT")
        if comment is not None and comment not in COMMENT_MODES:
            raise UsageError(f"comment must be always, on-failure or never, not {comment!r}")
        annotations = (get("OPENWASH_ANNOTATIONS") or "true").lower()
        if annotations not in ("true", "false"):
            raise UsageError(f"annotations must be true or false, not {annotations!r}")
        inline = (get("OPENWASH_INLINE_SUPPRESSIONS") or "").lower()
        if inline not in ("", "true", "false"):
            raise UsageError(f"inline-suppressions must be true or false, not {inline!r}")
        new_only = (get("OPENWASH_FAIL_ON_NEW_ONLY") or "false").lower()
        if new_only not in ("true", "false"):
            raise UsageError(f"fail-on-new-only must be true or false, not {new_only!r}")
        use_cache = (get("OPENWASH_CACHE") or "true").lower()
        if use_cache not in ("true", "false"):
            raise UsageError(f"cache must be true or false, not {use_cache!r}")
        workspace = Path(get("GITHUB_WORKSPACE") or os.getcwd())
        return cls(
            path=get("OPENWASH_PATH") or ".",
            profiles=get("OPENWASH_PROFILES"),
            fail_on=fail_on,
            comment=comment,
            sarif_file=get("OPENWASH_SARIF_FILE"),
            config=get("OPENWASH_CONFIG"),
            token=get("OPENWASH_TOKEN") or get("GITHUB_TOKEN"),
            workflow_token=get("OPENWASH_WORKFLOW_TOKEN"),
            comment_author=get("OPENWASH_COMMENT_AUTHOR"),
            annotations=annotations == "true",
            inline_suppressions=None if not inline else inline == "true",
            cache=use_cache == "true",
            fail_on_new_only=new_only == "true",
            workspace=workspace,
            repository=get("GITHUB_REPOSITORY"),
            api_url=get("GITHUB_API_URL") or "https://api.github.com",
            server_url=get("GITHUB_SERVER_URL") or "https://github.com",
            sha=get("GITHUB_SHA"),
            ref=get("GITHUB_REF"),
            event_name=get("GITHUB_EVENT_NAME") or "",
            event_path=get("GITHUB_EVENT_PATH"),
            output_file=get("GITHUB_OUTPUT"),
            summary_file=get("GITHUB_STEP_SUMMARY"),
            # Without RUNNER_TEMP, a private folder of our own: never the checked tree.
            runner_temp=Path(get("RUNNER_TEMP") or _private_temp()),
            debug=get("RUNNER_DEBUG") == "1" or bool(get("OPENWASH_DEBUG")),
            # action.yml passes github.action_repository / action_ref through env: (the runner leaves
            # GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF empty inside composite actions, actions/runner#2473).
            action_repository=get("OPENWASH_ACTION_REPOSITORY") or get("GITHUB_ACTION_REPOSITORY"),
            action_ref=get("OPENWASH_ACTION_REF") or get("GITHUB_ACTION_REF"),
        )


def _private_temp() -> str:
    import tempfile

    return tempfile.mkdtemp(prefix="openwash-")


class Log:
    """Workflow-command output on stdout; escaping happens here, once."""

    def __init__(self, debug: bool) -> None:
        self.debug_enabled = debug

    @staticmethod
    def _emit(line: str) -> None:
        from openwash.errors import redact_secrets

        from openwash.render.escape import log_safe

        # Every line the action prints goes through here: a token can never reach the log,
        # nor a legacy `##[command]` from a tag name or a path.
        print(log_safe(redact_secrets(line)), flush=True)

    def info(self, message: str) -> None:
        self._emit(f"openwash: {' '.join(message.split())}")

    def debug(self, message: str) -> None:
        if self.debug_enabled:
            self._emit(f"::debug::{command_data(message)}")

    def warning(self, message: str, title: str = "openwash") -> None:
        self._emit(f"::warning title={command_property(title)}::{command_data(message)}")

    def error(self, message: str, title: str = "openwash") -> None:
        self._emit(f"::error title={command_property(title)}::{command_data(message)}")


def main(argv: Sequence[str] | None = None) -> int:
    env = dict(os.environ)
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if args:
        env["OPENWASH_PATH"] = args[0]
    log = Log(debug=bool(env.get("RUNNER_DEBUG") == "1" or env.get("OPENWASH_DEBUG")))
    try:
        settings = Settings.from_env(env)
        return _run(settings, log)
    except UsageError as exc:
        log.error(str(exc))
        return 2
    except Exception as exc:
        from openwash.errors import OpenwashError

        if isinstance(exc, OpenwashError):
            log.error(str(exc))
            return 2
        if env.get("OPENWASH_DEBUG"):
            import traceback

            for line in "".join(traceback.format_exception(exc)).splitlines():
                log.debug(line)
        log.error(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        return 2


def _run(settings: Settings, log: Log) -> int:
    from openwash import engine
    from openwash.render import github as github_render
    from openwash.render import json_report, markdown, sarif

    from openwash import cache

    root = _resolve(settings.workspace, settings.path)
    cache.refuse_inside(settings.workspace)  # before any store is read: never a cache the checkout ships
    cache.refuse_inside(root)
    config = _load_config(settings, root)
    event = read_event(settings)
    for problem in event.problems:
        log.warning(problem)
    if event.tag or not settings.cache:
        cache.disable()  # a release gate trusts nothing it did not compute in this run
    report = engine.check(root, config)  # the one report everything below renders

    repo_prefix = _repository_prefix(root, settings.workspace)
    if event.tag:
        if settings.fail_on_new_only:
            log.info("fail-on-new-only does not apply to a release: the gate counts every finding")
    elif event.base_sha:
        _compare_with_base(settings, event.base_sha, root, repo_prefix, config, report, log)
    from openwash.render.links import action_docs_base

    # Rule links open docs/rules.md of this action at the ref the workflow runs; else the package's tag.
    docs_base = action_docs_base(settings.server_url, settings.action_repository, settings.action_ref)
    failed = report.failed()
    code = 1 if failed else 0

    from openwash import safe_write

    # Outputs stay inside RUNNER_TEMP or the workspace, never through a link the PR planted.
    anchors = [settings.runner_temp, settings.workspace]
    report_json = safe_write.write_text(
        settings.runner_temp / "openwash" / "report.json", json_report.render(report), anchors=[settings.runner_temp]
    )

    if settings.annotations:
        sys.stdout.write(github_render.render(report, path_prefix=repo_prefix or ""))
        sys.stdout.flush()
    if settings.sarif_file:
        target = _resolve(settings.workspace, settings.sarif_file)
        written = safe_write.write_text(
            target,
            # %SRCROOT% is the repository's checkout, as CodeQL writes it (originalUriBaseIds)
            sarif.render(
                report, uri_prefix=repo_prefix or "", docs_base=docs_base, srcroot=_as_text(_repository_top(root, repo_prefix))
            ),
            anchors=anchors,
            shown=f"sarif-file {settings.sarif_file}",
        )
        log.info(f"SARIF written to {written}")

    revision = event.head_sha or (settings.sha if settings.sha and _SHA.match(settings.sha) else None)
    link_base = _link_base(settings, revision, repo_prefix)
    mode = settings.comment or getattr(config, "comment", None) or DEFAULT_COMMENT_MODE
    comment_url, footer, comment_failed = _comment(
        settings, mode, event, report, link_base, revision, repo_prefix, log, docs_base
    )
    if comment_failed and code == 0:
        code = 2
    if mode != "never":
        _suggest(settings, event, report, root, repo_prefix, log)

    if settings.summary_file:
        summary = markdown.render(
            report,
            link_base=link_base,
            revision=revision,
            max_bytes=markdown.SUMMARY_LIMIT_BYTES,
            footer_lines=footer,
            docs_base=docs_base,
        )
        with open(settings.summary_file, "a", encoding="utf-8") as handle:
            handle.write(summary + "\n")

    counts = report.summary()
    changes = report.baseline_counts()
    verdict = report.verdict
    write_outputs(
        settings.output_file,
        {
            "overreach": "true" if verdict.overreach else "false",
            "osaid": verdict.osaid,
            "mof-class": verdict.mof_class or "",
            "errors": str(counts["errors"]),
            "warnings": str(counts["warnings"]),
            "report-json": str(report_json),
            "comment-url": comment_url or "",
            "suppressed": str(len(report.suppressed)),
            "new-findings": str(changes["new"]),
            "preexisting-findings": str(changes["preexisting"]),
        },
    )
    if event.tag:
        log.info(f"release gate for {event.tag}: {'BLOCKED' if failed else 'passed'}")
    silenced = f"; {len(report.suppressed)} suppressed inline" if report.suppressed else ""
    if report.baseline is not None:
        gate = " (the gate counts new findings only)" if report.new_only else ""
        silenced += f"; {changes['new']} new, {changes['preexisting']} already on the base branch{gate}"
    log.info(
        f"{'OVERREACH' if verdict.overreach else 'no overreach'}; OSAID {verdict.osaid}; "
        f"{counts['errors']} error(s), {counts['warnings']} warning(s){silenced}; fail-on {report.fail_on}; exit {code}"
    )
    return code


def _compare_with_base(
    settings: Settings, base_sha: str, root: Path, repo_prefix: str | None, config: Any, report: Any, log: Log
) -> None:
    """Mark the findings the base commit already had `preexisting` (see openwash.basebranch).

    The base tree is copied from the Git object database into RUNNER_TEMP (nothing from
    either tree runs) and checked by the same engine with the same configuration. Without
    the base commit every finding counts as new, and `fail-on-new-only` gates on all of them.
    """
    from openwash import basebranch, baseline, engine

    def unavailable(why: str) -> None:
        message = f"no comparison with the base branch: {why}; every finding counts as new"
        if settings.fail_on_new_only:
            log.warning(message)
        else:
            log.info(message)

    top = _repository_top(root, repo_prefix)
    if top is None:
        unavailable("the checked folder is outside the workspace")
        return
    repositories = [top]
    workspace = settings.workspace.resolve()
    if workspace != top and (workspace / ".git").exists():
        repositories.append(workspace)  # pull_request_target: the base branch is checked out here
    destination = settings.runner_temp / "openwash" / f"base-{uuid.uuid4().hex[:12]}"
    problem = "no Git repository"
    for repository in repositories:
        if not (repository / ".git").exists():
            continue
        try:
            base_root = basebranch.extract(repository, base_sha, repo_prefix or "", destination, log.debug)
            break
        except basebranch.BaseUnavailable as exc:
            problem = str(exc)
            if destination.exists():
                import shutil

                shutil.rmtree(destination, ignore_errors=True)
    else:
        unavailable(problem)
        return
    try:
        known = baseline.keys(engine.check(base_root, config), base_root)  # lines read before the copy goes
    except Exception as exc:  # the base is context: a failure there never fails the head's check
        unavailable(f"the base tree could not be checked ({type(exc).__name__}: {' '.join(str(exc).split())[:200]})")
        return
    finally:
        import shutil

        shutil.rmtree(destination, ignore_errors=True)
    baseline.mark(report, root, known, f"base branch {base_sha[:12]}")
    report.new_only = settings.fail_on_new_only
    counts = report.baseline_counts()
    log.info(f"compared with the base commit {base_sha[:12]}: {counts['new']} new finding(s), {counts['preexisting']} preexisting")


def _repository_top(root: Path, repo_prefix: str | None) -> Path | None:
    """The checkout's root folder: `root` without its `repo_prefix` (None: outside the workspace)."""
    if repo_prefix is None:
        return None
    top = root.resolve()
    for _ in PurePosixPath(repo_prefix).parts:
        top = top.parent
    return top


def _as_text(path: Path | None) -> str | None:
    return None if path is None else str(path)


def _resolve(workspace: Path, path: str) -> Path:
    candidate = Path(path)
    return candidate if candidate.is_absolute() else workspace / candidate


def _load_config(settings: Settings, root: Path) -> Any:
    import argparse

    from openwash.cli import load_config

    args = argparse.Namespace(
        path=str(root),
        config=_resolve(settings.workspace, settings.config) if settings.config else None,
        profiles=settings.profiles,
        fail_on=settings.fail_on,
        select=None,
        ignore=None,
        exclude=[],
        no_inline_suppressions=settings.inline_suppressions is False,
    )
    return load_config(args)[1]


def read_event(settings: Settings) -> Event:
    """What the event payload says: the pull request, its head commit, or the tag being released."""
    event = Event(settings.event_name)
    payload: dict[str, Any] = {}
    if settings.event_path:
        try:
            loaded = json.loads(Path(settings.event_path).read_text(encoding="utf-8"))
            payload = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError) as exc:
            event.problems.append(f"cannot read the event payload ({type(exc).__name__}); no PR comment")
    if event.name in ("pull_request", "pull_request_target"):
        pull = payload.get("pull_request")
        if isinstance(pull, dict):
            number = pull.get("number", payload.get("number"))
            event.pr_number = number if isinstance(number, int) and number > 0 else None
            head = pull.get("head")
            sha = head.get("sha") if isinstance(head, dict) else None
            event.head_sha = sha if isinstance(sha, str) and _SHA.match(sha) else None
            base = pull.get("base")
            base_sha = base.get("sha") if isinstance(base, dict) else None
            event.base_sha = base_sha if isinstance(base_sha, str) and _SHA.match(base_sha) else None
        if event.pr_number is None and not event.problems:
            event.problems.append("the pull_request event payload has no pull request number; no PR comment")
    elif event.name == "push":
        ref = payload.get("ref") if isinstance(payload.get("ref"), str) else settings.ref
        if ref and ref.startswith("refs/tags/"):
            event.tag = ref[len("refs/tags/") :]
    elif event.name == "release":
        release = payload.get("release")
        tag = release.get("tag_name") if isinstance(release, dict) else None
        event.tag = tag if isinstance(tag, str) and tag else (settings.ref or "release")
    return event


def _repository_prefix(root: Path, workspace: Path) -> str | None:
    """Path of the checked directory inside its Git checkout, for links, annotations and SARIF.

    The nearest directory (up to the workspace) holding `.git` is the repository root, so a
    PR head checked out into `pr/` (pull_request_target) maps back to the PR's own paths.
    None when the directory is outside the workspace (nothing to link to).
    """
    root, workspace = root.resolve(), workspace.resolve()
    if root != workspace and workspace not in root.parents:
        return None
    top = workspace
    for candidate in [root, *root.parents]:
        if (candidate / ".git").exists():
            top = candidate
            break
        if candidate == workspace:
            break
    relative = root.relative_to(top).as_posix()
    return "" if relative == "." else relative


def _link_base(settings: Settings, revision: str | None, repo_prefix: str | None) -> str | None:
    if not revision or not settings.repository or repo_prefix is None:
        return None
    if not regex(r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+").fullmatch(settings.repository):
        return None
    from openwash.render.escape import url_path

    sub = url_path(repo_prefix) + "/" if repo_prefix else ""
    return f"{settings.server_url.rstrip('/')}/{settings.repository}/blob/{revision}/{sub}"


def _comment(
    settings: Settings,
    mode: str,
    event: Event,
    report: Any,
    link_base: str | None,
    revision: str | None,
    repo_prefix: str | None,
    log: Log,
    docs_base: str | None = None,
) -> tuple[str | None, list[str], bool]:
    """Create or update the sticky comment. Returns (url, summary lines, failed)."""
    if mode == "never" or event.pr_number is None:
        return None, [], False
    if not settings.token or not settings.repository:
        log.warning("no token or repository: the PR comment is skipped")
        return None, ["> [!WARNING]\n> No token: the pull-request comment was skipped."], False
    from openwash import extras

    extras.require("action", "the pull-request comment")
    from openwash import github_api
    from openwash.render import markdown

    key = _MARKER_KEY.sub("_", repo_prefix or ".") or "."
    marker = f"<!-- openwash:comment key={key} -->"
    body = markdown.render(
        report,
        link_base=link_base,
        marker=marker,
        revision=revision,
        max_chars=markdown.COMMENT_LIMIT - COMMENT_LIMIT_MARGIN,
        docs_base=docs_base,
    )
    request = github_api.CommentRequest(
        api_url=settings.api_url,
        token=settings.token,
        repository=settings.repository,
        pr_number=event.pr_number,
        body=body,
        marker=marker,
        create=mode == "always" or report.failed(),
        comment_author=settings.comment_author,
        workflow_token=settings.workflow_token,
    )
    try:
        result = github_api.sync_comment(request, github_api.RetryPolicy.from_env(), log.debug)
    except github_api.GitHubAPIError as exc:
        if exc.no_permission:
            log.warning(str(exc), title="openwash: PR comment skipped")
            return None, [f"> [!WARNING]\n> The pull-request comment was not written: {_quote(str(exc))}"], False
        log.error(f"could not write the PR comment: {exc}", title="openwash: PR comment failed")
        return None, [f"> [!CAUTION]\n> The pull-request comment could not be written: {_quote(str(exc))}"], True
    if result.warning:
        log.warning(result.message, title="openwash: PR comment skipped")
        return None, [f"> [!WARNING]\n> {_quote(result.message)}"], False
    log.info(f"PR comment {result.action}" + (f": {result.url}" if result.url else ""))
    return result.url, [], False


def _quote(text: str) -> str:
    from openwash.render.escape import md_text

    return md_text(text, 400)


def write_outputs(path: str | None, outputs: dict[str, str]) -> None:
    """Append to `$GITHUB_OUTPUT`; values with line breaks use the heredoc delimiter syntax."""
    if not path:
        return
    lines = []
    for name, value in outputs.items():
        if "\n" in value or "\r" in value:
            delimiter = f"ghadelimiter_{uuid.uuid4().hex}"
            while delimiter in value:
                delimiter = f"ghadelimiter_{uuid.uuid4().hex}"
            lines.append(f"{name}<<{delimiter}\n{value}\n{delimiter}")
        else:
            lines.append(f"{name}={value}")
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")

def _suggest(settings: Settings, event: Event, report: Any, root: Path, repo_prefix: str | None, log: Log) -> None:
    """Review comments with a GitHub suggestion block (`openwash fix`'s rewrite) on the lines this pull request
    changed. Best effort: a read-only token or an API error is a note in the log, never a failed run."""
    if event.pr_number is None or not event.head_sha or not settings.token or not settings.repository or repo_prefix is None:
        return
    from openwash import github_api
    from openwash.commands import fix as fix_command

    prefix = f"{repo_prefix}/" if repo_prefix else ""
    suggestions = [
        github_api.Suggestion(prefix + path, line, new_line, why) for path, line, new_line, why in fix_command.line_rewrites(root, report)
    ]
    if not suggestions:
        return
    request = github_api.SuggestionRequest(
        settings.api_url, settings.token, settings.repository, event.pr_number, event.head_sha, suggestions
    )
    try:
        posted = github_api.post_suggestions(request, github_api.RetryPolicy.from_env(), log.debug)
    except github_api.GitHubAPIError as exc:
        log.info(f"no review suggestions posted: {exc}")
        return
    if posted:
        log.info(f"suggested {posted} rewrite(s) on lines this pull request changed")


if __name__ == "__main__":
    raise SystemExit(main())

