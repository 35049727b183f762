"""Whether the last report still holds: a `check` whose inputs have not changed prints it again.

The pre-commit hook runs `openwash check` in a new process on every commit that touches a card,
a licence or other evidence, and pre-commit runs every hook again after any of them failed or
fixed a file. A check of a typical release costs ~0.15 s; printing the report of an unchanged
tree again costs about what starting the command line costs. Like git's index (and ruff's
cache), a file is taken as unchanged when its `lstat` is: type and permissions, size, inode,
device, and the modification and change times in nanoseconds. The change time is set by the
kernel on every write and cannot be set back, so an edit that keeps size and modification time
is still seen.

Compared, all of it, before a stored report is printed again:
- the command line as given, the working directory, the environment variables openwash reads
  (`OPENWASH_*`, `GITHUB_*`), the Python build, and openwash's own code and data (name, size
  and modification time of every file of the installed package);
- every folder the walk listed (adding, removing or renaming an entry changes its folder's
  times), every file it kept and the target of every link among them, `.gitignore` and
  `.gitattributes` in every listed folder, the configuration files the check looked for (there
  or not), whether `.git` is there in each folder from the checked one up to the repository
  root, `.git/config`, and the `--config` and `--baseline` files;
- when the walk asked git which files it tracks: git's answer, asked again.

Never remembered: a run any of whose inputs changed less than `SETTLE_NS` before it started
(file times are only as fine as the file system keeps them; git calls such entries "racy"), a
check of named files, a report written to a file, and any run with the user cache off
(`--no-cache`, `OPENWASH_NO_CACHE=1`), or with `OPENWASH_NO_MEMO=1` (the user cache still
serves compiled patterns and identified licences). Only the command line uses it: the GitHub Action
builds its report afresh on every run (`engine.check`), and a release gate runs without the user cache.
Reports are kept in the user cache
(`openwash.cache`: MAC-protected, outside the checked tree), one file per command line, the
three most recent.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
import time
from typing import Any

from openwash import cache

# Inputs that changed less than this before the run started are not trusted to show a later change.
SETTLE_NS = 2_000_000_000
_CHECK = "openwash.commands.check:run"
_ENV_PREFIXES = ("OPENWASH_", "GITHUB_")
NO_MEMO_ENV = "OPENWASH_NO_MEMO"
# A record: (path, what was seen). What was seen: an lstat tuple, the file type only, or None (absent).
_Seen = Any


class Memo:
    """One `check` command line: replay its stored report, or remember the one it builds."""

    def __init__(self, args: argparse.Namespace, key: str, root: str) -> None:
        self.args = args
        self.key = key
        self.root = root
        self.started = time.time_ns()
        self.store = cache.store("reports", key)

    def replay(self) -> int | None:
        """Print the stored report and return its exit code, or None when any input changed."""
        entry = self.store.get("report")
        if not (isinstance(entry, tuple) and len(entry) == 4):
            return None
        records, git_digest, text, exit_code = entry
        if not (isinstance(records, tuple) and isinstance(text, str) and isinstance(exit_code, int)):
            return None
        for record in records:
            if not (isinstance(record, tuple) and len(record) == 3) or _seen(record[0], record[1]) != record[2]:
                return None
        if git_digest is not None:
            from openwash.discover.walk import git_tracked, listing_digest

            if listing_digest(git_tracked(self.root)) != git_digest:
                return None
        sys.stdout.write(text)
        sys.stdout.flush()
        return exit_code

    def remember(self, inputs: dict[str, Any], text: str, exit_code: int) -> None:
        """Keep the report just printed (`text`, as written to standard output), unless an input is too recent."""
        records = tuple((path, how, _seen(path, how)) for path, how in self._inputs(inputs))
        limit = self.started - SETTLE_NS
        for _path, how, seen in records:
            if how == "stat" and seen is not None and (seen[4] >= limit or seen[5] >= limit):
                return  # racy: a change within the file system's time resolution could go unseen
        self.store.put("report", (records, inputs.get("git"), text, exit_code))

    def _inputs(self, inputs: dict[str, Any]) -> list[tuple[str, str]]:
        from pathlib import Path

        from openwash import config as config_mod

        root = self.root
        paths: list[tuple[str, str]] = []
        for folder in inputs.get("folders", ()):
            full = os.path.join(root, folder) if folder else root
            paths += [(full, "stat"), (os.path.join(full, ".gitignore"), "stat"), (os.path.join(full, ".gitattributes"), "stat")]
        paths += [(os.path.join(root, rel), "stat") for rel in inputs.get("files", ())]
        for folder in config_mod.search_folders(Path(root)):
            paths += [(os.fspath(folder / name), "stat") for name in (*config_mod.CONFIG_FILES, "pyproject.toml")]
        start = Path(os.path.abspath(root))
        for folder in (start, *start.parents):
            marker = os.fspath(folder / ".git")
            paths.append((marker, "kind"))  # git writes inside .git on every commit: only whether it is there
            if os.path.lexists(marker):
                break
        paths.append((os.path.join(root, ".git", "config"), "stat"))  # the remotes name the release (openwash.identity)
        for given in (getattr(self.args, "config", None), getattr(self.args, "baseline", None)):
            if given is not None:
                paths.append((os.path.abspath(given), "stat"))
        return paths


def begin(args: argparse.Namespace, argv: list[str]) -> Memo | None:
    """The memo of this command line, or None when its report is not one to keep."""
    if getattr(args, "func", None) != _CHECK or not cache.vetted():
        return None
    if os.environ.get(NO_MEMO_ENV, "").strip().lower() not in ("", "0", "false", "no"):
        return None
    output = getattr(args, "output", None)
    if output is not None and str(output) != "-":
        return None
    paths = list(getattr(args, "paths", None) or ["."])
    if len(paths) != 1 or not os.path.isdir(paths[0]) or os.path.islink(paths[0]):
        return None
    env = sorted((k, v) for k, v in os.environ.items() if k.startswith(_ENV_PREFIXES))
    key = repr((sys.version, sys.executable, os.getcwd(), tuple(argv), env, _package_signature()))
    return Memo(args, cache.text_digest(key).hex(), paths[0])


def _seen(path: str, how: str) -> _Seen:
    try:
        info = os.lstat(path)
    except OSError:
        return None
    if how == "kind":
        return stat.S_IFMT(info.st_mode)
    return (info.st_mode, info.st_size, info.st_ino, info.st_dev, info.st_mtime_ns, info.st_ctime_ns)


def _package_signature() -> str:
    """Name, size and modification time of every file of the openwash package (code and data)."""
    package = os.path.dirname(os.path.abspath(__file__))
    parts: list[str] = []
    for folder, subfolders, files in os.walk(package):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        for name in sorted(files):
            try:
                info = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            parts.append(f"{os.path.relpath(os.path.join(folder, name), package)}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)
