"""Git LFS: which files `.gitattributes` routes through LFS, and what a pointer file says
(oid and size), read from the first bytes only."""

from __future__ import annotations

import re

from openwash.discover.ignore import _compile_pattern, _read_small_text, collapse_stars
from openwash.discover.inventory import LFS_MAX_SIZE, LFS_POINTER_MAX, LFS_SPEC_PREFIX, LfsPattern, LfsPointer, _LFS_OID
from openwash.lazyre import lazy_compile


# --- .gitattributes ------------------------------------------------------------------


class _LfsMatcher:
    """The `filter=lfs` patterns of one .gitattributes file."""

    __slots__ = ("base", "patterns", "regexes", "quick", "bad")

    def __init__(self, base: str, patterns: list[LfsPattern]) -> None:
        self.base = base
        self.patterns = patterns
        self.regexes: list[re.Pattern[str]] = []
        self.bad: list[LfsPattern] = []
        for pat in patterns:
            # gitattributes: a pattern without "/" matches the name at any depth (as in gitignore).
            compiled = _compile_pattern(collapse_stars(pat.pattern))
            if compiled is False:
                self.bad.append(pat)
            self.regexes.append(lazy_compile(compiled, remember=False) if isinstance(compiled, str) else lazy_compile(r"(?!)"))
        self.quick = lazy_compile("|".join(f"(?:{r.pattern})" for r in self.regexes), remember=False) if self.regexes else None

    def match(self, rel: str) -> bool:
        if self.quick is None:
            return False
        local = rel[len(self.base):] if self.base else rel
        if not self.quick.match(local):
            return False
        for pat, regex in zip(self.patterns, self.regexes):
            if regex.match(local):
                pat.matched += 1
        return True


def _parse_gitattributes(full: str, source: str) -> list[LfsPattern]:
    text = _read_small_text(full)
    if not text:
        return []
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fields = stripped.split()
        if len(fields) > 1 and "filter=lfs" in fields[1:]:
            found.append(LfsPattern(source, number, fields[0]))
    return found


# --- LFS pointers --------------------------------------------------------------------


def parse_lfs_pointer(data: bytes) -> LfsPointer | None:
    """A pointer when `data` starts with the LFS spec line; None when it is not a pointer."""
    if not data.startswith(LFS_SPEC_PREFIX):
        return None
    text = data.decode("utf-8", "replace")
    oid, size, problem, problem_line = "", -1, None, 1
    seen: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        key, _, value = line.partition(" ")
        seen[key] = number
        if key == "oid":
            oid = value.strip()
            if not _LFS_OID.match(oid) and problem is None:
                problem, problem_line = f"oid {oid!r} is not 'sha256:' followed by 64 hex digits", number
        elif key == "size":
            raw = value.strip()
            if raw.isascii() and raw.isdigit() and len(raw) <= 20:  # str.isdigit also accepts '²'
                size = int(raw)
                if size > LFS_MAX_SIZE and problem is None:
                    problem, problem_line = f"size {raw} bytes is larger than any Git LFS server stores ({LFS_MAX_SIZE // 1024**4} TiB)", number
            elif problem is None:
                problem, problem_line = f"size {raw[:40]!r} is not a non-negative integer", number
    if problem is None and "oid" not in seen:
        problem = "no 'oid sha256:…' line"
    if problem is None and "size" not in seen:
        problem = "no 'size N' line"
    return LfsPointer(oid, size, problem, problem_line)


def _probe_pointer(full: str) -> LfsPointer | None:
    from openwash import textio

    try:
        data, _size = textio.read_repository_file(full, LFS_POINTER_MAX)
    except (OSError, textio.NotText):
        return None
    return parse_lfs_pointer(data)
