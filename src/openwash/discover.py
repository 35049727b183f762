"""Walk a repository once and list what is in it, without reading file bodies.

One iterative `os.scandir` walk (no recursion, so 200-deep trees are fine) that:
- never descends into `.git`, virtual environments (any folder holding `pyvenv.cfg`),
  `node_modules`, `__pycache__` and similar tool folders;
- honours `.gitignore` files (root and nested, gitignore semantics via `pathspec`) and the
  configured `exclude:` patterns;
- records sizes with `lstat`, so a 100 GB sparse weight file costs what an empty one does;
- records symlinks without following them; a link that leaves the repository or loops is
  reported as a `ToolError` naming the file;
- reads only (a) `.gitattributes` files, for their Git LFS patterns, and (b) the first
  bytes of small files that may be Git LFS pointers.

Weight headers (safetensors) are read on demand by `read_safetensors_header`, bounded.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import struct
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openwash import cache
from openwash.documents import LICENSE, README, classify_name
from openwash.licenses.files import sniff_inventory
from openwash.lazyre import compile_pattern, lazy_compile
from openwash.model import ToolError

if TYPE_CHECKING:
    from openwash.config import Config

# Folders never entered: version control, caches, dependency trees.
SKIP_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".venv", "venv"}
)
# A folder holding one of these is an environment, not part of the release.
ENV_MARKERS = ("pyvenv.cfg", "conda-meta")

LFS_SPEC_PREFIX = b"version https://git-lfs.github.com/spec/v1"
LFS_POINTER_MAX = 1024  # git-lfs pointers are well under 1 KiB
# Far above what any LFS host accepts for one object (GitHub 5 GB, Hugging Face 50 GB): a
# pointer claiming more is corrupt, and would otherwise count as a real weights file.
LFS_MAX_SIZE = 1024**4
_LFS_OID = lazy_compile(r"^sha256:[0-9a-f]{64}$")

# Small files with these suffixes are read to see whether they are LFS pointers even when
# no `.gitattributes` pattern names them (weights and other usually-binary artifacts).
POINTER_CANDIDATE_SUFFIXES = frozenset(
    {
        ".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".gguf", ".ggml", ".onnx", ".h5", ".keras", ".msgpack",
        ".tflite", ".npz", ".npy", ".mlmodel", ".pkl", ".pb", ".model", ".params", ".zip", ".tar", ".gz", ".tgz",
        ".parquet", ".arrow", ".png", ".jpg", ".jpeg", ".gif", ".mp4", ".wav", ".mp3", ".pdf", ".tiktoken",
    }
)

SAFETENSORS_MAX_HEADER = 100 * 1024 * 1024  # the format's own limit
SAFETENSORS_READ_LIMIT = 16 * 1024 * 1024  # what openwash is willing to read of a header


@dataclass(frozen=True, slots=True)
class LfsPointer:
    oid: str  # "sha256:…" ("" when missing)
    size: int  # declared object size (-1 when missing or invalid)
    problem: str | None = None  # why the pointer is malformed, None when it is well formed
    problem_line: int = 1


@dataclass(slots=True)
class FileEntry:
    path: str  # POSIX, relative to root
    size: int  # bytes on disk from lstat (for LFS pointers: the pointer's size)
    doc_kind: str | None = None  # documents.classify_name()
    is_symlink: bool = False
    lfs: LfsPointer | None = None
    link_target: str | None = None  # for symlinks inside the tree: the target, relative to root
    lfs_tracked: bool = False  # a .gitattributes `filter=lfs` pattern names this path

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def suffix(self) -> str:
        name = self.name
        dot = name.rfind(".")
        return name[dot:].lower() if dot > 0 else ""


@dataclass(slots=True)
class LfsPattern:
    """One `filter=lfs` line of a .gitattributes file."""

    source: str  # path of the .gitattributes file
    line: int
    pattern: str
    matched: int = 0  # how many files of the tree it names


@dataclass(slots=True)
class ArtifactIssue:
    """A problem discover noticed in an artifact; rules/artifacts.py turns these into findings."""

    kind: str  # "lfs-pointer", "symlink-dangling", …
    path: str
    line: int
    message: str


@dataclass
class Inventory:
    root: Path
    files: list[FileEntry] = field(default_factory=list)
    errors: list[ToolError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    lfs_patterns: list[LfsPattern] = field(default_factory=list)
    issues: list[ArtifactIssue] = field(default_factory=list)
    skipped_dirs: list[str] = field(default_factory=list)  # environments and tool folders not entered
    ignored: int = 0  # files and folders left out by .gitignore or `exclude:`
    _index: dict[str, FileEntry] | None = field(default=None, repr=False)

    def get(self, path: str) -> FileEntry | None:
        if self._index is None:
            self._index = {f.path: f for f in self.files}
        return self._index.get(path)

    def documents(self) -> list[FileEntry]:
        return [f for f in self.files if f.doc_kind is not None]

    def lfs_pointers(self) -> list[FileEntry]:
        return [f for f in self.files if f.lfs is not None]


# --- ignore rules ---------------------------------------------------------------------


class _IgnoreSpec:
    """gitignore patterns anchored at one folder, with a single-regex fast path.

    Most paths match no pattern; one combined regex answers that in C. Only paths the
    combined regex matches go through pathspec's ordered (negation-aware) check.
    """

    __slots__ = ("base", "good", "_spec", "quick", "bad")

    def __init__(self, base: str, lines: list[str]) -> None:
        self.base = base  # "" for the root, else "a/b/"
        self.bad: list[tuple[int, str]] = []  # (line number, pattern) that could not be compiled
        good: list[str] = []
        regexes: list[str] = []
        for number, line in enumerate(lines, 1):
            line = collapse_stars(line)
            compiled = _compile_pattern(line)
            if compiled is False:
                self.bad.append((number, line))
                continue
            good.append(line)
            if isinstance(compiled, str):
                regexes.append(compiled)
        self.good = good
        self._spec: Any = None  # pathspec's ordered check, built the first time a path matches
        # Built from the repository's lines: never kept in the user cache (remember=False).
        self.quick = lazy_compile("|".join(f"(?:{r})" for r in regexes), remember=False) if regexes else None

    def check(self, rel: str) -> bool | None:
        """True: ignored, False: re-included by a negation, None: no opinion."""
        if self.quick is None:
            return None
        local = rel[len(self.base):] if self.base else rel
        if not self.quick.match(local):
            return None
        if self._spec is None:
            self._spec = linear_spec(self.good)
        return bool(self._spec.check_file(local).include)


MAX_CACHED_PATTERN = 200  # characters; real .gitignore lines are far shorter


def _compile_pattern(line: str) -> str | None | bool:
    """The regex of one gitignore-style line; None for blanks/comments, False when invalid.

    Translations are kept in the user cache (openwash.cache): most runs then never import
    pathspec, whose import costs more than the rest of the scan of a small repository."""
    store = _pattern_translations()
    cached = store.get(line)
    if isinstance(cached, tuple) and len(cached) == 1 and isinstance(cached[0], (str, bool, type(None))):
        return cached[0]
    translated = _translate_pattern(line)
    if len(line) <= MAX_CACHED_PATTERN:  # a hostile .gitignore cannot grow the user cache with long lines
        store.put(line, (translated,))
    return translated


def collapse_stars(line: str) -> str:
    """The same gitignore pattern with its runs of `*` shortened, so matching stays linear.

    Git reads a run of two or more stars that is not a whole path component (`a**b`,
    `**********x`) as one `*`, and a whole-component run (`/***/`) as `**`; pathspec
    translates each star into its own `[^/]*`, which backtracks catastrophically (ten
    stars: a minute on one long name). Escaped stars (`\\*`) are literal and kept."""
    if "**" not in line:
        return line
    out: list[str] = []
    i, n = 0, len(line)
    while i < n:
        char = line[i]
        if char == "\\" and i + 1 < n:
            out.append(line[i : i + 2])
            i += 2
            continue
        if char != "*":
            out.append(char)
            i += 1
            continue
        j = i
        while j < n and line[j] == "*":
            j += 1
        start = i == 0 or (i == 1 and line[0] == "!") or line[i - 1] == "/"  # after a negation's "!"
        whole = start and (j == n or line[j] == "/")
        out.append("**" if whole and j - i >= 2 else "*")
        i = j
    return "".join(out)


# One atom of a pathspec regex that matches exactly one character of a path component:
# an escaped character, a character class, or a plain character. `[^/]*` is a star.
_REGEX_TOKEN = lazy_compile(r"(\[\^/\]\*)|(\\.|\[(?:\\.|[^\]])+\]|[^/()|?*+.^$\[\]{}\\])|(.)", re.DOTALL)


def linearise(regex: str) -> str:
    """A pathspec regex rewritten so that it cannot backtrack catastrophically.

    Inside one path component a glob `A*B*C*D` (A…D fixed-length) matches iff A is a
    prefix, D a suffix, and B then C occur in order in between: committing to the leftmost
    B and C is always right. So every star but the last of a component becomes an atomic
    lazy `(?>[^/]*?B)` (Python 3.11+), and only the last star may backtrack: linear in
    the name's length, where `[^/]*a[^/]*a[^/]*a[^/]*b` took 17 s on a 250-letter name.
    Python 3.10 has no atomic groups: there the regex is returned unchanged."""
    if sys.version_info < (3, 11):
        return regex
    regex = _linear_double_stars(regex)
    if regex.count("[^/]*") < 2:
        return regex
    # Tokens: ("star", text), ("one", text) for a one-character atom, ("other", text).
    tokens: list[tuple[str, str]] = []
    for match in _REGEX_TOKEN.finditer(regex):
        if match.group(1):
            tokens.append(("star", match.group(1)))
        elif match.group(2):
            tokens.append(("one", match.group(2)))
        else:
            tokens.append(("other", match.group(3)))
    out: list[str] = []
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        if kind != "star":
            out.append(text)
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j][0] == "one":
            j += 1
        if j < len(tokens) and tokens[j][0] == "star" and j > i + 1:
            # A star followed by fixed atoms and another star of the same component.
            out.append("(?>[^/]*?" + "".join(t for _k, t in tokens[i + 1 : j]) + ")")
            i = j
            continue
        out.append(text)
        i += 1
    return "".join(out)


_LEAD, _MID = "^(?:.+/)?", "(?:/.+)?"


def _linear_double_stars(regex: str) -> str:
    """`**` path components: every one but the last commits to the leftmost place where the
    components after it match (`a/**/b/**/c`: the first `b/` that is followed by anything is
    as good as any later one). Only the last `**` may backtrack."""
    parts = regex.split(_MID)
    lead = regex.startswith(_LEAD)
    if len(parts) + lead <= 2:
        return regex
    out = []
    first = parts[0]
    if lead:
        out.append("^(?>(?:.+?/)??" + first[len(_LEAD):] + "(?=/|$))")
    else:
        out.append(first)
    for middle in parts[1:-1]:
        out.append("(?>(?:/.+?)??" + middle + "(?=/|$))")
    out.append(_MID + parts[-1])
    return "".join(out)


def linear_spec(lines: list[str]) -> Any:
    """pathspec's ordered, negation-aware matcher over `lines`, with linear regexes."""
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines([collapse_stars(line) for line in lines])
    for pattern in spec.patterns:
        compiled = getattr(pattern, "regex", None)
        if compiled is not None:
            rewritten = linearise(str(compiled.pattern))
            if rewritten != compiled.pattern:
                pattern.regex = re.compile(rewritten)
    return spec


def _translate_pattern(line: str) -> str | None | bool:
    import pathspec

    try:
        spec = pathspec.GitIgnoreSpec.from_lines([line])
        for pattern in spec.patterns:
            compiled = getattr(pattern, "regex", None)
            if compiled is not None:
                regex = linearise(str(compiled.pattern)).replace("(?P<ps_d>", "(?:")
                compile_pattern(regex, remember=False)  # a pattern `re` refuses is reported, not met later mid-scan
                return regex
        return None
    except Exception:  # pathspec and re raise several types for hostile patterns
        return False


@lru_cache(maxsize=1)
def _pattern_translations() -> cache.Store:
    import importlib.util

    found = importlib.util.find_spec("pathspec")
    translator = found.origin if found is not None and found.origin else "-"
    return cache.store("gitpatterns", cache.file_signature(translator, __file__))


def _ignored(specs: list[_IgnoreSpec], rel: str) -> bool:
    # Deeper .gitignore files override shallower ones; within one file, the last match wins.
    for spec in reversed(specs):
        verdict = spec.check(rel)
        if verdict is not None:
            return verdict
    return False


def _read_small_text(full: str, limit: int = 256 * 1024) -> str | None:
    """A `.gitignore` / `.gitattributes`: a regular file of the tree, never through a link,
    never a FIFO or device (they would hang or read another file), at most `limit` bytes."""
    from openwash import textio

    try:
        data, _size = textio.read_repository_file(full, limit)
    except (OSError, textio.NotText):
        return None
    return data.decode("utf-8", "replace")


def _gitignore_lines(full: str) -> list[str]:
    text = _read_small_text(full)
    return text.splitlines() if text else []


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


# --- safetensors headers --------------------------------------------------------------


@dataclass(frozen=True)
class SafetensorsHeader:
    ok: bool
    problem: str | None = None
    tensors: int = 0


def read_safetensors_header(path: Path | str, limit: int = SAFETENSORS_READ_LIMIT) -> SafetensorsHeader:
    """Check a .safetensors header without reading tensor data: length, JSON, offsets.

    Reads at most 8 + `limit` bytes. A header longer than the file, invalid JSON, or
    tensor offsets past the end of the file is a problem (truncated file or lying header).
    """
    from openwash import textio

    try:
        # Never through a link, never a FIFO or device: a regular file of the tree only.
        prefix, size = textio.read_repository_file(path, 8)
        if len(prefix) < 8:
            return SafetensorsHeader(False, f"file is {size} bytes, shorter than the 8-byte header length")
        (length,) = struct.unpack("<Q", prefix)
        if length == 0:
            return SafetensorsHeader(False, "header length is 0 (empty or zero-filled file)")
        if length > size - 8:
            return SafetensorsHeader(False, f"header claims {length} bytes but the file has only {size - 8} after the length field (truncated or lying header)")
        if length > SAFETENSORS_MAX_HEADER:
            return SafetensorsHeader(False, f"header claims {length} bytes, above the format's 100 MB limit")
        if length > limit:
            return SafetensorsHeader(True, None)  # plausible but too large to verify cheaply
        raw = textio.read_repository_file(path, 8 + length)[0][8:]
    except textio.NotText as exc:
        return SafetensorsHeader(False, f"cannot read header ({exc})")
    except OSError as exc:
        return SafetensorsHeader(False, f"cannot read header ({exc.strerror or exc})")
    from openwash import safejson

    try:
        header = safejson.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return SafetensorsHeader(False, "header is not valid UTF-8 JSON")
    if not isinstance(header, dict):
        return SafetensorsHeader(False, "header JSON is not an object")
    data_size = size - 8 - length
    count = 0
    for name, info in header.items():
        if name == "__metadata__":
            continue
        count += 1
        offsets = info.get("data_offsets") if isinstance(info, dict) else None
        if (
            not isinstance(offsets, list)
            or len(offsets) != 2
            or not all(isinstance(o, int) and o >= 0 for o in offsets)
            or offsets[0] > offsets[1]
        ):
            return SafetensorsHeader(False, f"tensor {name!r} has no valid data_offsets", count)
        if offsets[1] > data_size:
            return SafetensorsHeader(
                False,
                f"tensor {name!r} ends at byte {offsets[1]} of a {data_size}-byte data section (truncated file or lying header)",
                count,
            )
    return SafetensorsHeader(True, None, count)


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

    __slots__ = ("root", "files", "dirs", "unknown", "overridden", "asked")

    def __init__(self, root: str) -> None:
        self.root = root
        self.files: set[str] = set()
        self.dirs: set[str] = set()
        self.unknown = False  # a work tree git could not list: .gitignore applies to all, with a note
        self.overridden = 0  # tracked files and folders checked although a .gitignore names them
        self.asked = False

    def _ask(self) -> None:
        self.asked = True
        found = git_tracked(self.root)
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
_DOC_NAME_HINTS = lazy_compile(r"licen|copying|polic|aup|responsible|notice|readme|\.md$|\.markdown$|citation|pyproject|setup\.cfg|adapter_config|mergekit|许可|协议")
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
