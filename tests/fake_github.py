"""A small local GitHub REST API for the comment tests: real HTTP on 127.0.0.1, real PyGithub.

Implements what `openwash.github_api` uses: `GET /user`, `GET /repos/{o}/{r}/pulls/{n}`,
`GET/POST /repos/{o}/{r}/issues/{n}/comments` (paginated with `Link` headers) and
`PATCH /repos/{o}/{r}/issues/comments/{id}`, and for review suggestions `GET /repos/{o}/{r}/pulls/{n}/files`
and `GET/POST /repos/{o}/{r}/pulls/{n}/comments` (a review comment must sit on a line the
diff adds, on the head commit, as GitHub requires). Tokens are accounts: a workflow-style
installation token (no `GET /user`), a personal token, a read-only fork token. Faults
(`add_fault`) inject rate limits, 5xx answers and the like, once each, and every request
is recorded so tests assert on what the server received.
"""

from __future__ import annotations

from collections.abc import Callable

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Account:
    login: str
    kind: str = "installation"  # "installation" (GITHUB_TOKEN, apps) or "user" (PAT)
    can_write: bool = True


@dataclass
class Fault:
    method: str
    path: str  # regular expression matched against the path (no query)
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=dict)
    times: int = 1
    after_applying: bool = False  # do the work, then answer with the fault (a lost response)


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    body: Any
    authorization: str
    status: int = 0


class FakeGitHub:
    def __init__(self, page_size: int = 100) -> None:
        self.accounts: dict[str, Account] = {}
        self.pulls: dict[tuple[str, int], dict[str, Any]] = {}
        self.comments: list[dict[str, Any]] = []
        self.pull_files: dict[tuple[str, int], list[dict[str, Any]]] = {}
        self.review_comments: list[dict[str, Any]] = []
        self.page_size = page_size
        self.faults: list[Fault] = []
        self.requests: list[Recorded] = []
        # (method, path regex, action): run once, right after the first matching request is
        # answered; a test's stand-in for another run of the workflow acting in between.
        self.interleave: list[tuple[str, str, Callable[[], None]]] = []
        self._next_id = 1000
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- set-up ------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeGitHub:
        handler = _make_handler(self)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False  # keep-alive connections must not hold up stop()
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def add_account(self, token: str, login: str, kind: str = "installation", can_write: bool = True) -> None:
        self.accounts[token] = Account(login, kind, can_write)

    def add_pull(self, repo: str, number: int, head_sha: str = "a" * 40) -> None:
        self.pulls[(repo, number)] = {"head_sha": head_sha}

    def add_comment(self, repo: str, number: int, login: str, body: str, user_type: str = "User") -> dict[str, Any]:
        with self._lock:
            return self._create_comment(repo, number, login, body, user_type)

    def add_pull_file(self, repo: str, number: int, filename: str, patch: str, added: set[int]) -> None:
        """A file the pull request changes: its unified-diff `patch` as the API returns it, and the head-side
        lines that patch adds (stated by the test, so the server does not share the client's diff parser)."""
        self.pull_files.setdefault((repo, number), []).append(
            {"_added": set(added), "sha": "c" * 40, "filename": filename, "status": "modified", "additions": patch.count("\n+"),
             "deletions": patch.count("\n-"), "changes": 0, "patch": patch,
             "blob_url": f"https://github.com/{repo}/blob/x/{filename}", "raw_url": f"https://github.com/{repo}/raw/x/{filename}",
             "contents_url": f"{self.url}/repos/{repo}/contents/{filename}"}
        )

    def review_comments_on(self, repo: str, number: int) -> list[dict[str, Any]]:
        return [c for c in self.review_comments if c["_repo"] == repo and c["_pull"] == number]

    def add_fault(self, fault: Fault) -> None:
        self.faults.append(fault)

    # -- queries for tests ---------------------------------------------------------
    def comments_on(self, repo: str, number: int) -> list[dict[str, Any]]:
        return [c for c in self.comments if c["_repo"] == repo and c["_issue"] == number]

    def writes(self) -> list[Recorded]:
        return [r for r in self.requests if r.method in ("POST", "PATCH", "DELETE")]

    # -- internals -----------------------------------------------------------------
    def _create_comment(self, repo: str, number: int, login: str, body: str, user_type: str) -> dict[str, Any]:
        self._next_id += 1
        comment = {
            "_repo": repo,
            "_issue": number,
            "id": self._next_id,
            "node_id": f"IC_{self._next_id}",
            "body": body,
            "user": {"login": login, "id": abs(hash(login)) % 10**7, "type": user_type},
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
            "author_association": "NONE",
        }
        self.comments.append(comment)
        return comment

    def _comment_json(self, comment: dict[str, Any]) -> dict[str, Any]:
        repo, number = comment["_repo"], comment["_issue"]
        data = {k: v for k, v in comment.items() if not k.startswith("_")}
        data["url"] = f"{self.url}/repos/{repo}/issues/comments/{comment['id']}"
        data["html_url"] = f"https://github.com/{repo}/pull/{number}#issuecomment-{comment['id']}"
        data["issue_url"] = f"{self.url}/repos/{repo}/issues/{number}"
        return data

    def _pull_json(self, repo: str, number: int) -> dict[str, Any]:
        sha = self.pulls[(repo, number)]["head_sha"]
        return {
            "number": number,
            "state": "open",
            "url": f"{self.url}/repos/{repo}/pulls/{number}",
            "html_url": f"https://github.com/{repo}/pull/{number}",
            "issue_url": f"{self.url}/repos/{repo}/issues/{number}",
            "comments_url": f"{self.url}/repos/{repo}/issues/{number}/comments",
            "head": {"sha": sha, "ref": "feature", "repo": {"full_name": repo}},
            "base": {"sha": "b" * 40, "ref": "main", "repo": {"full_name": repo}},
        }

    def _take_fault(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.method == method and re.fullmatch(fault.path, path) and fault.times > 0:
                fault.times -= 1
                return fault
        return None

    def handle(self, method: str, raw_path: str, headers: dict[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        split = urlsplit(raw_path)
        path, query = split.path, parse_qs(split.query)
        record = Recorded(method, path, query, body, headers.get("authorization", ""))
        with self._lock:
            self.requests.append(record)
            fault = self._take_fault(method, path)
            if fault is not None and not fault.after_applying:
                record.status = fault.status
                return fault.status, dict(fault.headers), fault.body
            status, out_headers, payload = self._route(method, path, query, headers, body)
            if fault is not None:
                status, out_headers, payload = fault.status, dict(fault.headers), fault.body
            record.status = status
            for hook in list(self.interleave):
                if hook[0] == method and re.fullmatch(hook[1], path):
                    self.interleave.remove(hook)
                    hook[2]()
                    break
            return status, out_headers, payload

    def _route(
        self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str], body: Any
    ) -> tuple[int, dict[str, str], Any]:
        token = re.sub(r"^(token|bearer)\s+", "", headers.get("authorization", ""), flags=re.IGNORECASE)
        account = self.accounts.get(token)
        if account is None:
            return 401, {}, {"message": "Bad credentials"}
        no_access = (403, {}, {"message": "Resource not accessible by integration"})
        if method == "GET" and path == "/user":
            if account.kind == "installation":
                return no_access
            return 200, {}, {"login": account.login, "id": 1, "type": "User"}
        match = re.fullmatch(r"/repos/([^/]+/[^/]+)/pulls/(\d+)", path)
        if method == "GET" and match:
            key = (match.group(1), int(match.group(2)))
            if key not in self.pulls:
                return 404, {}, {"message": "Not Found"}
            return 200, {}, self._pull_json(*key)
        match = re.fullmatch(r"/repos/([^/]+/[^/]+)/issues/(\d+)/comments", path)
        if match:
            key = (match.group(1), int(match.group(2)))
            if key not in self.pulls:
                return 404, {}, {"message": "Not Found"}
            if method == "GET":
                return self._list_comments(path, query, *key)
            if method == "POST":
                if not account.can_write:
                    return no_access
                if not isinstance(body, dict) or not isinstance(body.get("body"), str):
                    return 422, {}, {"message": "Invalid request"}
                if len(body["body"]) > 65536:
                    return 422, {}, {"message": "Validation Failed", "errors": [{"message": "Body is too long"}]}
                return 201, {}, self._comment_json(self._create_comment(*key, account.login, body["body"], "Bot"))
        match = re.fullmatch(r"/repos/([^/]+/[^/]+)/issues/comments/(\d+)", path)
        if method == "DELETE" and match:
            found = [c for c in self.comments if c["id"] == int(match.group(2)) and c["_repo"] == match.group(1)]
            if not found:
                return 404, {}, {"message": "Not Found"}
            if not account.can_write or found[0]["user"]["login"] != account.login:
                return no_access
            self.comments.remove(found[0])
            return 204, {}, None
        if method == "PATCH" and match:
            found = [c for c in self.comments if c["id"] == int(match.group(2)) and c["_repo"] == match.group(1)]
            if not found:
                return 404, {}, {"message": "Not Found"}
            if not account.can_write or found[0]["user"]["login"] != account.login:
                return no_access
            if len(str(body.get("body", ""))) > 65536:
                return 422, {}, {"message": "Validation Failed", "errors": [{"message": "Body is too long"}]}
            found[0]["body"] = body["body"]
            found[0]["updated_at"] = "2026-01-02T00:00:00Z"
            return 200, {}, self._comment_json(found[0])
        match = re.fullmatch(r"/repos/([^/]+/[^/]+)/pulls/(\d+)/(files|comments)", path)
        if match:
            key = (match.group(1), int(match.group(2)))
            if key not in self.pulls:
                return 404, {}, {"message": "Not Found"}
            if method == "GET" and match.group(3) == "files":
                return 200, {}, [{k: v for k, v in f.items() if not k.startswith("_")} for f in self.pull_files.get(key, [])]
            if method == "GET":
                return 200, {}, [self._review_json(c) for c in self.review_comments_on(*key)]
            if method == "POST":
                return self._create_review_comment(key, account, body)
        return 404, {}, {"message": "Not Found"}

    def _create_review_comment(self, key: tuple[str, int], account: Account, body: Any) -> tuple[int, dict[str, str], Any]:
        if not account.can_write:
            return 403, {}, {"message": "Resource not accessible by integration"}
        if not isinstance(body, dict) or not all(isinstance(body.get(k), str) for k in ("body", "commit_id", "path")):
            return 422, {}, {"message": "Invalid request"}
        if body["commit_id"] != self.pulls[key]["head_sha"] or body.get("side", "RIGHT") != "RIGHT":
            return 422, {}, {"message": "Validation Failed", "errors": ["commit_id is not part of the pull request"]}
        added = next((f["_added"] for f in self.pull_files.get(key, []) if f["filename"] == body["path"]), set())
        if not isinstance(body.get("line"), int) or body["line"] not in added:
            return 422, {}, {"message": "Validation Failed", "errors": ["pull_request_review_thread.line must be part of the diff"]}
        self._next_id += 1  # handle() holds the lock
        comment = {"_repo": key[0], "_pull": key[1], "id": self._next_id, "body": body["body"], "path": body["path"],
                   "line": body["line"], "side": "RIGHT", "commit_id": body["commit_id"],
                   "user": {"login": account.login, "id": 1, "type": "Bot"}}
        self.review_comments.append(comment)
        return 201, {}, self._review_json(comment)

    def _review_json(self, comment: dict[str, Any]) -> dict[str, Any]:
        data = {k: v for k, v in comment.items() if not k.startswith("_")}
        data["url"] = f"{self.url}/repos/{comment['_repo']}/pulls/comments/{comment['id']}"
        data["html_url"] = f"https://github.com/{comment['_repo']}/pull/{comment['_pull']}#discussion_r{comment['id']}"
        return data

    def _list_comments(self, path: str, query: dict[str, list[str]], repo: str, number: int) -> tuple[int, dict[str, str], Any]:
        per_page = min(int(query.get("per_page", ["30"])[0]), self.page_size)
        page = max(1, int(query.get("page", ["1"])[0]))
        items = self.comments_on(repo, number)
        last = max(1, -(-len(items) // per_page))
        chunk = items[(page - 1) * per_page : page * per_page]
        links = []
        if page < last:
            links.append(f'<{self.url}{path}?per_page={per_page}&page={page + 1}>; rel="next"')
            links.append(f'<{self.url}{path}?per_page={per_page}&page={last}>; rel="last"')
        if page > 1:
            links.append(f'<{self.url}{path}?per_page={per_page}&page=1>; rel="first"')
            links.append(f'<{self.url}{path}?per_page={per_page}&page={page - 1}>; rel="prev"')
        headers = {"Link": ", ".join(links)} if links else {}
        return 200, headers, [self._comment_json(c) for c in chunk]


def _make_handler(fake: FakeGitHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, out_headers, payload = fake.handle(self.command, self.path, headers, body)
            data = b"" if status == 204 else json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in out_headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PATCH = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
            pass

    return Handler
