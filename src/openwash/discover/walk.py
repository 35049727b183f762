"""The walk: one iterative `os.scandir` pass (`scan`), which files git tracks, symlinks that leave
the repository, and the kinds of documents found."""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from openwash.discover.ignore import _IgnoreSpec, _gitignore_lines, _ignored
from openwash.discover.inventory import ArtifactIssue, ENV_MARKERS, FileEntry, Inventory, LFS_POINTER_MAX, POINTER_CANDIDATE_SUFFIXES, SKIP_DIRS
from openwash.discover.lfs import _LfsMatcher, _parse_gitattributes, _probe_pointer
from openwash.documents import LICENSE, README, classify_name
from openwash.lazyre import lazy_compile
from openwash.licenses.files import sniff_inventory
from openwash.model import ToolError

if TYPE_CHECKING:
    from openwash.config import Config


# --- the walk ------------------------------------------------------------------------


@dataclass
class _Dir:
    rel: str  # "" for root, else "a/b"
    ignores: list[_IgnoreSpec]
    lfs: list[_LfsMatcher]
    ignored: bool = False  # named by a .gitignore: entered only for the files git tracks in it


# Repository configuration can make git run commands (core.fsmonitor) or write (index
# refresh); neither may happen while openwash reads a pull request's checkout.
_GIT_SAFE = ("-c", "core.fsmonitor=false", "-c", "core.untrackedCache=false", "-c", "core.hooksPath=/dev/null", "--no-optional-locks")


def git_tracked(root: str) -> set[str] | None:
    """Paths (relative to `root`, POSIX) that git tracks under `root`; None when git cannot tell.

    One `git ls-files -z --cached`, with no repository-controlled command (fsmonitor), no
    optional locks or index writes, no prompt, and the caller's `GIT_*` variables dropped
    (a hook's GIT_DIR must not point the question at another repository)."""
    import subprocess

    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({"GIT_OPTIONAL_LOCKS": "0", "GIT_TERMINAL_PROMPT": "0", "GIT_NO_REPLACE_OBJECTS": "1", "LC_ALL": "C"})
    try:
        proc = subprocess.run(
            ["git", *_GIT_SAFE, "ls-files", "-z", "--cached", "--", "."],
            cwd=root, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    return {os.fsdecode(raw) for raw in proc.stdout.split(b"\0") if raw}


class _Tracked:
    """What git tracks, asked once per scan and only when a .gitignore pattern first matches.

    Inside a git work tree, what git tracks is what is checked: `.gitignore` only matters for
    untracked files, so a pull request cannot hide its own (tracked) model card by listing
    it there. Where git cannot answer inside a work tree (git missing, a repository git
    refuses as not its user's), `.gitignore` applies to every file as outside a work tree,
    and a note says that a tracked file may have been hidden. Outside a work tree
    `.gitignore` applies as before."""

    __slots__ = ("root", "files", "dirs", "unknown", "overridden", "asked", "digest")

    def __init__(self, root: str) -> None:
        self.root = root
        self.files: set[str] = set()
        self.dirs: set[str] = set()
        self.unknown = False  # a work tree git could not list: .gitignore applies to all, with a note
        self.overridden = 0  # tracked files and folders checked although a .gitignore names them
        self.asked = False
        self.digest: bytes | None = None  # of git's answer (openwash.memo compares it on the next run)

    def _ask(self) -> None:
        self.asked = True
        found = git_tracked(self.root)
        self.digest = listing_digest(found)
        if found is None:
            self.unknown = _inside_work_tree(self.root)
            return
        self.files = found
        for path in found:
            slash = path.rfind("/")
            while slash > 0:
                folder = path[:slash]
                if folder in self.dirs:
                    break
                self.dirs.add(folder)
                slash = path.rfind("/", 0, slash)

    def holds(self, rel_dir: str) -> bool:
        """git tracks a file in folder `rel_dir` (asked without counting an override)."""
        if not self.asked:
            self._ask()
        return rel_dir in self.dirs

    def covers(self, rel: str, is_dir: bool) -> bool:
        if not self.asked:
            self._ask()
        hit = rel in self.dirs if is_dir else rel in self.files
        if hit:
            self.overridden += 1
        return hit


def listing_digest(found: set[str] | None) -> bytes:
    """A digest of one answer of `git_tracked` (None included)."""
    from openwash import cache

    return cache.text_digest("\0".join(sorted(found)) if found is not None else "\1unknown")


def _inside_work_tree(root: str) -> bool:
    current = os.path.realpath(root)
    while True:
        if os.path.lexists(os.path.join(current, ".git")):
            return True
        parent = os.path.dirname(current)
        if parent == current:
            return False
        current = parent


def scan(root: Path, config: Config | None = None) -> Inventory:
    """Walk `root` once; never raises for problems inside the tree."""
    root = Path(root)
    inventory = Inventory(root)
    root_str = os.fspath(root)
    root_real = os.path.realpath(root_str)
    excludes: list[_IgnoreSpec] = []
    patterns = tuple(getattr(config, "exclude", ()) or ())
    if patterns:
        excludes.append(_IgnoreSpec("", list(patterns)))

    tracked = _Tracked(root_str)
    stack = [_Dir("", [], [])]
    while stack:
        current = stack.pop()
        full_dir = os.path.join(root_str, current.rel) if current.rel else root_str
        try:
            with os.scandir(full_dir) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            inventory.errors.append(ToolError(current.rel or ".", None, f"cannot list folder ({exc.strerror or exc}); skipped"))
            continue
        inventory.folders.append(current.rel)
        names = {e.name for e in entries}
        if current.rel and any(marker in names for marker in ENV_MARKERS) and not tracked.holds(current.rel):
            # An environment is skipped, unless git tracks files in it: a pull request must not hide a
            # tracked model card by adding a `pyvenv.cfg` beside it.
            inventory.skipped_dirs.append(current.rel)
            continue
        prefix = f"{current.rel}/" if current.rel else ""
        ignores, lfs = current.ignores, current.lfs
        if ".gitignore" in names:
            lines = _gitignore_lines(os.path.join(full_dir, ".gitignore"))
            if lines:
                spec = _IgnoreSpec(prefix, lines)
                for number, bad in spec.bad:
                    inventory.errors.append(ToolError(prefix + ".gitignore", number, f"invalid pattern {bad!r}; ignored"))
                ignores = ignores + [spec]
        if ".gitattributes" in names:
            found = _parse_gitattributes(os.path.join(full_dir, ".gitattributes"), prefix + ".gitattributes")
            if found:
                matcher = _LfsMatcher(prefix, found)
                for invalid in matcher.bad:
                    inventory.errors.append(ToolError(invalid.source, invalid.line, f"invalid pattern {invalid.pattern!r}; ignored"))
                inventory.lfs_patterns.extend(p for p in found if p not in matcher.bad)
                lfs = lfs + [matcher]
        subdirs: list[_Dir] = []
        for entry in entries:
            rel = prefix + entry.name
            if not entry.name.isascii() and not _utf8_name(entry.name):
                # Git allows any bytes in a name; JSON, SARIF and the PR comment need text.
                shown = os.fsencode(rel).decode("utf-8", "backslashreplace")
                inventory.errors.append(ToolError(shown, None, "file name is not valid UTF-8 (shown with \\x escapes); not checked"))
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                inventory.errors.append(ToolError(rel, None, f"cannot stat ({exc.strerror or exc}); skipped"))
                continue
            is_dir = stat.S_ISDIR(st.st_mode)
            if is_dir and entry.name in SKIP_DIRS and (entry.name == ".git" or not tracked.holds(rel)):
                inventory.skipped_dirs.append(rel)
                continue
            probe = rel + "/" if is_dir else rel
            if excludes and _ignored(excludes, probe):  # the configuration's `exclude:` always applies
                inventory.ignored += 1
                continue
            in_ignored = current.ignored
            if in_ignored or _ignored(ignores, probe):
                # .gitignore only hides what git does not track.
                if not tracked.covers(rel, is_dir):
                    inventory.ignored += 1
                    continue
                in_ignored = True
            if is_dir:
                subdirs.append(_Dir(rel, ignores, lfs, in_ignored))
                continue
            if stat.S_ISLNK(st.st_mode):
                inventory.files.append(_symlink_entry(inventory, root_real, entry.path, rel, st.st_size))
                continue
            if not stat.S_ISREG(st.st_mode):
                continue  # sockets, fifos, devices: nothing to check
            inventory.files.append(_file_entry(entry.path, rel, st.st_size, lfs))
        stack.extend(reversed(subdirs))  # keep a sorted, depth-first order
    # Licence texts whose names do not say so, by their first bytes (openwash.licenses.files).
    sniff_inventory(root, inventory.files, LICENSE, (None, README))
    _note_pointer_problems(inventory)
    inventory.git_listing = tracked.digest
    if tracked.unknown:
        inventory.notes.append(
            "git could not list the files it tracks in this work tree (git missing, or a repository it refuses): "
            ".gitignore was applied to every file, so a tracked file it names was not checked"
        )
    elif tracked.overridden:
        inventory.notes.append(f"{tracked.overridden} tracked file(s) or folder(s) named by a .gitignore were checked: git tracks them")
    return inventory


def _utf8_name(name: str) -> bool:
    try:
        name.encode("utf-8")  # os.fsdecode keeps undecodable bytes as lone surrogates
    except UnicodeEncodeError:
        return False
    return True


# Every name documents.classify_name() can accept contains one of these (lower case); the
# cheap test spares the classifier's path parsing for the thousands of source files.
_DOC_NAME_HINTS = lazy_compile(
    r"licen|copying|polic|aup|responsible|notice|readme|\.md$|\.markdown$|citation|pyproject|setup\.cfg|adapter_config|mergekit|许可|协议"
    r"|\.ya?ml$"  # training recipes (documents.training_recipe_name)
)
_DOC_DIR_HINTS = lazy_compile(r"(?:^|/)licen[cs]es/[^/]+$", re.IGNORECASE)


def _doc_kind(rel: str) -> str | None:
    name = rel.rsplit("/", 1)[-1].lower()
    if _DOC_NAME_HINTS.search(name) or _DOC_DIR_HINTS.search(rel):
        return classify_name(rel)
    return None


def _suffix(rel: str) -> str:
    dot = rel.rfind(".")
    return rel[dot:].lower() if dot > rel.rfind("/") + 1 else ""


def _file_entry(full: str, rel: str, size: int, lfs: list[_LfsMatcher]) -> FileEntry:
    file = FileEntry(rel, size, _doc_kind(rel))
    tracked = False
    for matcher in lfs:
        if matcher.match(rel):
            tracked = True
    file.lfs_tracked = tracked
    if 0 < size < LFS_POINTER_MAX and (tracked or _suffix(rel) in POINTER_CANDIDATE_SUFFIXES):
        file.lfs = _probe_pointer(full)
        if file.lfs is not None:
            file.doc_kind = None  # a pointer is not the document its name suggests
    return file


def _symlink_entry(inventory: Inventory, root_real: str, full: str, rel: str, size: int) -> FileEntry:
    entry = FileEntry(rel, size, _doc_kind(rel), is_symlink=True)
    try:
        target = os.path.realpath(full, strict=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            inventory.errors.append(ToolError(rel, None, "symbolic link loop; not followed"))
        else:
            inventory.issues.append(ArtifactIssue("symlink-dangling", rel, 1, f"symbolic link to {_readlink(full)!r}, which does not exist"))
        return entry
    if target != root_real and not target.startswith(root_real + os.sep):
        inventory.errors.append(ToolError(rel, None, f"symbolic link to {_readlink(full)!r} points outside the repository; not followed"))
        inventory.issues.append(ArtifactIssue("symlink-outside", rel, 1, f"symbolic link to {_readlink(full)!r} leaves the repository"))
        return entry
    entry.link_target = os.path.relpath(target, root_real).replace(os.sep, "/")
    return entry


def _readlink(full: str) -> str:
    try:
        return os.readlink(full)
    except OSError:
        return "?"


def _note_pointer_problems(inventory: Inventory) -> None:
    for file in inventory.files:
        if file.lfs is not None and file.lfs.problem:
            inventory.issues.append(ArtifactIssue("lfs-pointer", file.path, file.lfs.problem_line, f"malformed Git LFS pointer: {file.lfs.problem}"))
