"""`openwash fix [PATH] [--diff]`: rewrite overreaching claims to the wording openwash accepts.

The report decides what is overreach (OW101, OW102, OW103, OW301); `openwash.fix` decides the
wording; this module applies it. Each file is read as bytes and only the claim's characters
change: encoding, byte order mark and line endings stay as they were. Files are written
atomically and never through a symbolic link (`openwash.safe_write`), and only files git
tracks inside the checked repository are written. `--diff` prints a unified diff instead.

Exit codes: 0 nothing to fix or fixed; 1 with `--diff` when there is a change; 2 tool error.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from openwash.errors import OpenwashError

if TYPE_CHECKING:
    from openwash.model import Report

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_MAX_BYTES = 8 * 1024 * 1024


@dataclass
class FileFix:
    path: str  # relative to the checked root
    original: str  # decoded text, BOM removed
    prefix: bytes  # the BOM, if any
    encoding: str
    lines: list[str]  # with their endings
    changed: set[int] = field(default_factory=set)  # 0-based line numbers
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # (0-based line, start, end) of each new wording
    rewritten: dict[int, str] = field(default_factory=dict)  # 0-based line (as it was) -> the line after its in-place edits
    fixed: int = 0  # claims rewritten
    front_matter_end: int = 0  # 1-based line of the closing fence of a rewritten front matter (0: not rewritten)

    @property
    def text(self) -> str:
        return "".join(self.lines)


MAX_PASSES = 4  # a rewrite can uncover a claim the scanner had merged with the one rewritten ("… open-source model. It is an open-source LLM")


@dataclass
class Outcome:
    original: dict[str, FileFix]  # path -> the file as it was (changed files only)
    final: dict[str, str]  # path -> the new text
    fixed: int  # claims rewritten
    manual: int  # overreach findings left for a person
    notes: list[str]


def run(args: argparse.Namespace) -> int:
    from openwash.cli import load_config

    root, config = load_config(args)
    only: str | None = None
    if root.is_file():
        # One card: check the repository it belongs to (the nearest folder holding .git), fix only that file.
        card = root.resolve()
        root = next((p for p in card.parents if (p / ".git").exists()), card.parent)
        only = card.relative_to(root).as_posix()
    elif not root.is_dir():
        raise OpenwashError("no such file or directory", str(root))
    tracked = _tracked(root)
    if tracked is None and not args.diff:
        raise OpenwashError(
            "not inside a git work tree: `openwash fix` rewrites only files git tracks (use --diff to see the changes)",
            str(root),
        )
    outcome = fix_repository(root, config, only=only, tracked=tracked)
    if args.diff:
        for path, f in outcome.original.items():
            sys.stdout.writelines(
                difflib.unified_diff(
                    f.original.splitlines(keepends=True), outcome.final[path].splitlines(keepends=True), f"a/{path}", f"b/{path}"
                )
            )
    else:
        from openwash import safe_write

        for path, f in outcome.original.items():
            data = f.prefix + outcome.final[path].encode(f.encoding)
            safe_write.write_bytes(root / path, data, checked_root=root, shown=path, keep_mode=True)
    count = len(outcome.original)
    verb = "Would fix" if args.diff else "Fixed"
    summary = f"{verb} {outcome.fixed} claim{'s' if outcome.fixed != 1 else ''} in {count} file{'s' if count != 1 else ''}"
    if outcome.manual:
        summary += f"; {outcome.manual} need{'s' if outcome.manual == 1 else ''} a rewrite by hand (openwash check lists them)"
    print(summary + ".", file=sys.stderr if args.diff else sys.stdout)
    for note in outcome.notes:
        print(f"openwash fix: {note}", file=sys.stderr)
    return 1 if args.diff and outcome.original else 0


def fix_repository(root: Path, config: object, *, only: str | None = None, tracked: set[str] | None = None) -> Outcome:
    """Rewrite until nothing fixable is left (at most MAX_PASSES checks), on a scratch copy; `root` is not touched."""
    import shutil
    import tempfile

    from openwash import engine

    report = engine.check(root, config)  # type: ignore[arg-type]
    files, manual, notes = plan(root, report, only=only, tracked=tracked)
    changed = {p: f for p, f in files.items() if f.text != f.original}
    fixed = sum(f.fixed for f in changed.values())
    if not changed:
        return Outcome({}, {}, 0, manual, notes)
    original = dict(changed)
    final = {p: f.text for p, f in changed.items()}
    scratch = Path(tempfile.mkdtemp(prefix="openwash-fix-"))
    try:
        work = scratch / "repo"
        _mirror(root, work)
        for _ in range(MAX_PASSES - 1):
            for path, f in changed.items():
                _write(work, path, f)
            report = engine.check(work, config)  # type: ignore[arg-type]
            files, manual, more = plan(work, report, only=only, tracked=tracked)
            changed = {p: f for p, f in files.items() if f.text != f.original}
            if not changed:
                break
            for path, f in changed.items():
                if path not in original:
                    original[path] = f
                final[path] = f.text
            fixed += sum(f.fixed for f in changed.values())
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return Outcome(original, final, fixed, manual, notes)


def _write(work: Path, path: str, f: FileFix) -> None:
    from openwash import safe_write

    safe_write.write_bytes(work / path, f.prefix + f.text.encode(f.encoding), checked_root=work, shown=path)


def _mirror(root: Path, work: Path) -> None:
    """The tree under `root` (without `.git`) at `work`: hard links where the file system allows, copies elsewhere.

    Symbolic links are copied as links (the check never follows them); rewritten files are replaced, never
    written through a link, so the originals stay as they are.
    """
    import os
    import shutil

    def link_or_copy(source: str, target: str) -> str:
        import stat

        if not stat.S_ISREG(os.lstat(source).st_mode):
            return target  # a FIFO, socket or device: nothing the check reads
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError:
            shutil.copy2(source, target, follow_symlinks=False)
        return target

    shutil.copytree(root, work, symlinks=True, ignore=shutil.ignore_patterns(".git"), copy_function=link_or_copy)


def plan(
    root: Path, report: Report, *, only: str | None = None, tracked: set[str] | None = None
) -> tuple[dict[str, FileFix], int, list[str]]:
    """The rewritten files (path -> FileFix), how many fixable findings have no automatic rewrite, and notes."""
    from openwash import fix

    terms = fix.terms_of(report)
    files: dict[str, FileFix] = {}
    unreadable: dict[str, str] = {}
    notes: list[str] = []
    manual = 0
    seen: set[tuple[str, int, int]] = set()
    pending: dict[str, list[tuple[int, int, int, str]]] = {}
    deletions: dict[str, set[int]] = {}  # path -> 0-based lines to remove (front-matter tags)
    frontmatter: dict[str, int] = {}  # path -> line of the OW301 finding
    for finding in report.findings:
        if finding.rule not in fix.FIXABLE_RULES:
            continue
        if only is not None and finding.path != only:
            continue
        if tracked is not None and finding.path not in tracked:
            if finding.path not in unreadable:
                notes.append(f"{finding.path}: not tracked by git; left as it is")
                unreadable[finding.path] = "untracked"
            manual += 1
            continue
        loaded = files.get(finding.path) or _load(root, finding.path, unreadable, notes)
        if loaded is None:
            manual += 1
            continue
        files[finding.path] = loaded
        if finding.rule == "OW301":
            frontmatter[finding.path] = min(finding.line, frontmatter.get(finding.path, finding.line))
            continue
        claim = report.claim(finding.claim)
        if claim is None:
            manual += 1
            continue
        key = (claim.path, claim.line, claim.column)
        if key in seen:
            continue
        seen.add(key)
        index = claim.line - 1
        if not 0 <= index < len(loaded.lines):
            manual += 1
            continue
        line = loaded.lines[index]
        body = line.rstrip("\r\n")
        edit = fix.edit_for(claim, terms, body)
        if edit is None or body[claim.column - 1 : claim.column - 1 + len(claim.text)] != claim.text:
            manual += 1
            continue
        if edit.whole_line:
            block = _front_matter_range(loaded.lines)
            if block is None or not block[0] < index < block[1]:
                manual += 1  # "- open-source" in the body is a list item of prose: a person decides
                continue
            deletions.setdefault(claim.path, set()).add(index)
            continue
        pending.setdefault(claim.path, []).append((index, edit.start, edit.end, edit.new))
    for path, edits in pending.items():
        f = files[path]
        taken: dict[int, list[tuple[int, int]]] = {}
        for index, start, end, new in sorted(edits, key=lambda e: (e[0], -e[1])):
            if any(start < e and s < end for s, e in taken.get(index, [])):
                manual += 1
                continue  # two claims whose rewrites overlap: the second is left for a person
            line = f.lines[index]
            body = line.rstrip("\r\n")
            f.lines[index] = body[:start] + new + body[end:] + line[len(body) :]
            taken.setdefault(index, []).append((start, end))
            f.changed.add(index)
            f.fixed += 1
        for index, spans in taken.items():
            f.rewritten[index] = f.lines[index]
            for start, end in spans:
                edit_new = next(n for i, s, e, n in edits if i == index and s == start and e == end)
                shift = sum(len(n) - (e - s) for i, s, e, n in edits if i == index and (s, e) in spans and s < start)
                f.spans.append((index, start + shift, start + shift + len(edit_new)))
    # Then the tags, then the front matter's licence keys: both move every line below them.
    for path, indexes in deletions.items():
        f = files[path]
        for index in sorted(indexes, reverse=True):
            del f.lines[index]
        f.fixed += len(indexes)
        block = _front_matter_range(f.lines)
        f.front_matter_end = block[1] + 1 if block else 0
    # Last: the front matter may gain lines (license_name, license_link), which moves every line below it.
    for path, number in frontmatter.items():
        if _fix_front_matter(files[path], report, number):
            files[path].fixed += 1
        else:
            manual += 1
    for f in files.values():
        if f.text != f.original and not _encodable(f):
            notes.append(f"{f.path}: the new wording cannot be written in {f.encoding}; left as it is")
            f.lines = _split(f.original)
            manual += f.fixed
            f.fixed = 0
    return files, manual, notes


def _load(root: Path, path: str, unreadable: dict[str, str], notes: list[str]) -> FileFix | None:
    from openwash import textio

    if path in unreadable:
        return None
    try:
        data, size = textio.read_repository_file(root / path, _MAX_BYTES + 1, inside=root)
        if size > _MAX_BYTES or len(data) > _MAX_BYTES:
            raise textio.NotText("larger than 8 MiB")
        text, encoding = textio.decode(data)
    except (textio.NotText, OSError) as exc:
        unreadable[path] = str(exc)
        notes.append(f"{path}: not rewritten ({exc})")
        return None
    prefix = b""
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"\xff\xfe", b"\xfe\xff"):
        if data.startswith(bom):
            prefix = bom
            break
    try:
        round_trip = prefix + text.encode(encoding)
    except (UnicodeError, LookupError):
        round_trip = b""
    if round_trip != data:
        # Decoding dropped or replaced something (NUL bytes, invalid sequences): writing it back would change more.
        unreadable[path] = "does not decode and encode back to the same bytes"
        notes.append(f"{path}: not rewritten (its bytes do not decode and encode back unchanged)")
        return None
    return FileFix(path, text, prefix, encoding, _split(text))


def _split(text: str) -> list[str]:
    lines = [m.group(0) for m in _LINE.finditer(text)]
    return [ln for ln in lines if ln] or [""]


def _encodable(f: FileFix) -> bool:
    try:
        f.text.encode(f.encoding)
    except UnicodeError:
        return False
    return True


def _front_matter_range(lines: list[str]) -> tuple[int, int] | None:
    """0-based lines of the opening and closing fences of the front matter, if the file has one."""
    first = 0
    while first < len(lines) and first < 3 and not lines[first].strip():
        first += 1
    if first >= len(lines) or lines[first].rstrip("\r\n").rstrip(" \t") != "---":
        return None
    end = next((i for i in range(first + 1, len(lines)) if lines[i].rstrip("\r\n").rstrip(" \t") in ("---", "...")), None)
    return (first, end) if end is not None else None


def _fix_front_matter(f: FileFix, report: Report, line: int) -> bool:
    """Rewrite the licence keys of the front matter; `line` (1-based, in the file as it was) must lie in it."""
    from openwash import fix

    lines = f.lines
    block_range = _front_matter_range(lines)
    if block_range is None:
        return False
    first, end = block_range
    as_it_was = _front_matter_range(_split(f.original))
    if as_it_was is None or not as_it_was[0] < line - 1 < as_it_was[1]:
        return False
    terms = fix.base_terms(report, f.path)
    if terms is None:
        return False
    block = "".join(lines[first + 1 : end])
    new = fix.frontmatter_edit(block, terms)
    if new is None or new == block:
        return False
    if lines[first + 1 : end] and not new.endswith(("\n", "\r")):
        new += "\n"
    new_lines = _split(new)
    f.lines[first + 1 : end] = new_lines
    f.changed.update(range(first + 1, first + 1 + len(new_lines)))
    f.front_matter_end = first + 2 + len(new_lines)
    return True


def _tracked(root: Path) -> set[str] | None:
    """Paths (relative to `root`) git tracks under it; None when `root` is not in a git work tree."""
    command = ["git", "-c", "core.fsmonitor=false", "-c", "core.quotePath=false", "ls-files", "-z", "--full-name", "--", "."]
    try:
        top = subprocess.run(
            ["git", "-c", "core.fsmonitor=false", "rev-parse", "--show-toplevel"],
            cwd=root, capture_output=True, text=True, timeout=60, check=False,
        )
        if top.returncode != 0:
            return None
        listed = subprocess.run(command, cwd=root, capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if listed.returncode != 0:
        return None
    toplevel = Path(top.stdout.strip()).resolve()
    base = root.resolve()
    out: set[str] = set()
    for raw in listed.stdout.split(b"\0"):
        if not raw:
            continue
        full = toplevel / raw.decode("utf-8", "surrogateescape")
        try:
            out.add(full.relative_to(base).as_posix())
        except ValueError:
            continue
    return out


def line_rewrites(root: Path, report: Report) -> list[tuple[str, int, str, str]]:
    """(path, 1-based line, the whole new line, why) for each line `fix` rewrites in place, on the tree as it is.

    Only in-place rewrites of the first pass (not removed tags, not the front matter's licence keys):
    what a review suggestion on that very line can carry.
    """
    files, _manual, _notes = plan(root, report)
    out: list[tuple[str, int, str, str]] = []
    for path, f in sorted(files.items()):
        for index in sorted(f.rewritten):
            why = [
                finding
                for finding in report.findings
                if finding.path == path and finding.line == index + 1 and finding.rule in ("OW101", "OW102", "OW103")
            ]
            if not why:
                continue
            reason = "; ".join(dict.fromkeys(f"{x.rule}: {x.remediation.split(' (`openwash fix`')[0]}" for x in why))
            out.append((path, index + 1, f.rewritten[index].rstrip("\r\n"), reason))
    return out
