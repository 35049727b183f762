"""What one walk of a repository records: files with their sizes and kinds, Git LFS pointers and
patterns, and artifact issues (the `Inventory`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openwash.lazyre import lazy_compile
from openwash.model import ToolError


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
    folders: list[str] = field(default_factory=list)  # every folder listed ("" the root), skipped ones included
    git_listing: bytes | None = None  # digest of what `git ls-files` answered, when the walk asked it
    _index: dict[str, FileEntry] | None = field(default=None, repr=False)

    def get(self, path: str) -> FileEntry | None:
        if self._index is None:
            self._index = {f.path: f for f in self.files}
        return self._index.get(path)

    def documents(self) -> list[FileEntry]:
        return [f for f in self.files if f.doc_kind is not None]

    def lfs_pointers(self) -> list[FileEntry]:
        return [f for f in self.files if f.lfs is not None]
