"""Walk a repository once and list what is in it, without reading file bodies.

FIRST VERSION (to be replaced by the discover/evidence owner): a plain os.walk that skips
.git, virtual environments and node_modules. The public surface (`FileEntry`,
`Inventory`, `scan`) is the contract the rest of openwash uses.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from openwash.config import Config
from openwash.documents import classify_name
from openwash.model import ToolError

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache"})


@dataclass(frozen=True)
class LfsPointer:
    oid: str  # "sha256:…"
    size: int


@dataclass
class FileEntry:
    path: str  # POSIX, relative to root
    size: int  # bytes on disk (for LFS pointers: the pointer's size)
    doc_kind: str | None = None  # documents.classify_name()
    is_symlink: bool = False
    lfs: LfsPointer | None = None


@dataclass
class Inventory:
    root: Path
    files: list[FileEntry] = field(default_factory=list)
    errors: list[ToolError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _index: dict[str, FileEntry] | None = field(default=None, repr=False)

    def get(self, path: str) -> FileEntry | None:
        if self._index is None:
            self._index = {f.path: f for f in self.files}
        return self._index.get(path)

    def documents(self) -> list[FileEntry]:
        return [f for f in self.files if f.doc_kind is not None]


def scan(root: Path, config: Config) -> Inventory:
    inventory = Inventory(root)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
        rel_dir = os.path.relpath(dirpath, root)
        for name in sorted(filenames):
            rel = name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")
            full = os.path.join(dirpath, name)
            try:
                st = os.lstat(full)
            except OSError:
                continue
            inventory.files.append(
                FileEntry(rel, st.st_size, classify_name(rel), is_symlink=os.path.islink(full))
            )
    return inventory
