"""The base branch of a pull request, as files to check: what was there before the PR.

The action compares a pull request's findings with its base commit's (`pull_request.base.sha`
in the event payload): findings that were already there are `preexisting`, the rest are what
the PR introduced. The base tree is copied out of the Git object database with plumbing only
(`git ls-tree`, `git cat-file`), which runs nothing from either tree: no checkout, so no
smudge or LFS filter, no hook, no attribute-driven conversion; `core.hooksPath` and
`core.fsmonitor` are switched off for every call anyway. The copy goes to a fresh folder in
RUNNER_TEMP; files are created with `O_EXCL | O_NOFOLLOW`, and symbolic links (recreated so
that the base is judged as the head is) only after every file is written. A blob larger than
`FULL_BLOB_LIMIT` (weights committed without LFS) keeps its first bytes (the header openwash
reads) and its size, as a sparse file.

When the base commit is not in the clone (actions/checkout fetches one commit by default),
one `git fetch --depth=1 origin <sha>` is tried; if that fails too, there is no comparison
and every finding counts as new.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path, PurePosixPath

from openwash.lazyre import lazy_compile

FULL_BLOB_LIMIT = 32 * 1024 * 1024  # bytes copied of one blob; the rest is a hole of the right size
BATCH_BYTES = 128 * 1024 * 1024
MAX_ENTRIES = 200_000
GIT_TIMEOUT = 120
_SHA = lazy_compile(r"^[0-9a-f]{7,64}$")
_SAFE = ("-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "protocol.ext.allow=never")


class BaseUnavailable(Exception):
    """The base commit cannot be read; the message says why (one line)."""


def _git(repo: Path, *args: str, input_bytes: bytes | None = None, timeout: int = GIT_TIMEOUT) -> bytes:
    git = shutil.which("git")
    if git is None:
        raise BaseUnavailable("git is not installed")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"})
    try:
        proc = subprocess.run(
            [git, *_SAFE, "-C", str(repo), *args],
            input=input_bytes,
            capture_output=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BaseUnavailable(f"git {args[0]} failed ({type(exc).__name__})") from None
    if proc.returncode != 0:
        message = " ".join(proc.stderr.decode("utf-8", "replace").split())[:200]
        raise BaseUnavailable(f"git {args[0]}: {message or f'exit {proc.returncode}'}")
    return proc.stdout


def has_commit(repo: Path, sha: str) -> bool:
    try:
        _git(repo, "cat-file", "-e", f"{sha}^{{commit}}")
        return True
    except BaseUnavailable:
        return False


def ensure_commit(repo: Path, sha: str, log: Callable[[str], None]) -> None:
    """The commit, fetched (one commit deep) from `origin` when the clone does not have it."""
    if not _SHA.match(sha):
        raise BaseUnavailable(f"{sha!r} is not a commit id")
    if has_commit(repo, sha):
        return
    log(f"fetching the base commit {sha[:12]}")
    try:
        _git(repo, "fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha)
    except BaseUnavailable as exc:
        raise BaseUnavailable(f"the base commit {sha[:12]} is not in the clone and could not be fetched ({exc})") from None
    if not has_commit(repo, sha):
        raise BaseUnavailable(f"the base commit {sha[:12]} is not in the clone")


def extract(repo: Path, sha: str, subdir: str, dest: Path, log: Callable[[str], None] = lambda _m: None) -> Path:
    """Copy the tree of `sha` under `subdir` (POSIX, "" for the whole repository) into `dest`
    (which must not exist); return the folder that corresponds to `subdir`."""
    ensure_commit(repo, sha, log)
    prefix = subdir.strip("/")
    listing = _git(repo, "ls-tree", "-r", "-z", "--full-tree", sha)
    blobs: list[tuple[str, str, str]] = []  # (mode, object id, path inside subdir)
    for record in listing.split(b"\0"):
        if not record:
            continue
        head, _, raw_path = record.partition(b"\t")
        parts = head.decode("ascii", "replace").split()
        if len(parts) != 3 or parts[1] != "blob":
            continue  # a submodule (commit) or anything unexpected
        path = raw_path.decode("utf-8", "surrogateescape")
        if prefix:
            if not path.startswith(prefix + "/"):
                continue
            path = path[len(prefix) + 1 :]
        if not _safe_relative(path):
            continue
        blobs.append((parts[0], parts[2], path))
        if len(blobs) > MAX_ENTRIES:
            raise BaseUnavailable(f"the base tree has more than {MAX_ENTRIES} files")
    dest.mkdir(parents=True, exist_ok=False)
    sizes = _sizes(repo, [oid for _, oid, _ in blobs])
    small = [(m, o, p) for m, o, p in blobs if sizes.get(o, 0) <= FULL_BLOB_LIMIT]
    contents: dict[str, bytes] = {}
    batch: list[str] = []
    batch_bytes = 0
    for oid in sorted({o for _, o, _ in small}):  # in batches of at most BATCH_BYTES held at once
        batch.append(oid)
        batch_bytes += sizes.get(oid, 0)
        if batch_bytes >= BATCH_BYTES:
            contents.update(_contents(repo, batch))
            batch, batch_bytes = [], 0
    contents.update(_contents(repo, batch))
    links: list[tuple[str, bytes]] = []
    for mode, oid, path in blobs:
        if mode == "120000":
            links.append((path, contents.get(oid, b"")))
            continue
        if oid in contents:
            _write(dest, path, contents[oid], sizes.get(oid, 0))
        else:
            _write(dest, path, _prefix_of(repo, oid, FULL_BLOB_LIMIT), sizes.get(oid, 0))
    for path, target in links:
        if b"\0" in target or not target:
            continue
        target_path = dest / path
        try:
            target_path.parent.mkdir(parents=True, exist_ok=True)
            if not os.path.lexists(target_path):
                os.symlink(os.fsdecode(target), target_path)
        except OSError:
            continue
    return dest


def _safe_relative(path: str) -> bool:
    parts = PurePosixPath(path).parts
    if not parts or path.startswith("/") or "\\" in path or "\0" in path:
        return False
    return all(p not in ("", ".", "..") and p.lower() != ".git" for p in parts)


def _sizes(repo: Path, oids: list[str]) -> dict[str, int]:
    if not oids:
        return {}
    out = _git(repo, "cat-file", "--batch-check", input_bytes="\n".join(sorted(set(oids))).encode() + b"\n")
    sizes = {}
    for line in out.decode("ascii", "replace").splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] == "blob" and parts[2].isdigit():
            sizes[parts[0]] = int(parts[2])
    return sizes


def _contents(repo: Path, oids: list[str]) -> dict[str, bytes]:
    """Blobs by object id, read raw (`cat-file --batch`: no filter, no conversion)."""
    if not oids:
        return {}
    out = _git(repo, "cat-file", "--batch", input_bytes="\n".join(oids).encode() + b"\n", timeout=GIT_TIMEOUT * 5)
    contents: dict[str, bytes] = {}
    position = 0
    while position < len(out):
        end = out.index(b"\n", position)
        header = out[position:end].decode("ascii", "replace").split()
        position = end + 1
        if len(header) != 3:
            continue  # "<oid> missing"
        size = int(header[2])
        contents[header[0]] = out[position : position + size]
        position += size + 1
    return contents


def _prefix_of(repo: Path, oid: str, length: int) -> bytes:
    """The first `length` bytes of a large blob, without reading the rest."""
    git = shutil.which("git")
    assert git is not None
    with subprocess.Popen(
        [git, *_SAFE, "-C", str(repo), "cat-file", "blob", oid], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    ) as proc:
        assert proc.stdout is not None
        data = proc.stdout.read(length)
        proc.kill()
    return data


def _write(dest: Path, path: str, data: bytes, size: int) -> None:
    target = dest / path
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a name clash (a file and a folder of the same name on a case-insensitive disk)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(target, flags, 0o644)
    except OSError:
        return
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        if size > len(data):
            handle.truncate(size)  # the size of the real file, without its bytes
