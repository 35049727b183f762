"""Which files hold licence texts: by name, and by their first bytes when the name does not say.

Names: `documents.classify_name` knows LICENSE, COPYING, MODEL_LICENSE, LICENSE-*, *_LICENSE…;
`licence_file_name` adds names that hold the word with spaces or in the middle
("Tongyi Qianwen LICENSE AGREEMENT", "Model License Agreement.txt", "模型许可协议.md").

Content: a `.txt`, `.md`, `.rst` or extension-less file in the root or one folder down whose
name decides nothing is opened and its first `SNIFF_BYTES` bytes read; when one of its first
three non-empty lines is a licence title ("… LICENSE AGREEMENT", "… Community License",
"…许可协议"), it is a licence document. At most `SNIFF_LIMIT` files are opened per check, so a
folder of ten thousand notes costs what two hundred cost (the pre-commit hook stays fast).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile

if TYPE_CHECKING:
    from openwash.discover import FileEntry

SNIFF_BYTES = 512
SNIFF_LIMIT = 200  # files opened per check at most
SNIFF_MAX_DEPTH = 2  # the root (1) and the folders in it (2): where licence texts live
SNIFF_MIN_SIZE = 16
SNIFF_MAX_SIZE = 4 * 1024 * 1024
SNIFF_SUFFIXES = frozenset({"", ".txt", ".md", ".markdown", ".rst"})

# The word, not the plural ("licenses.md" lists licences) and not inside another word.
_LICENCE_WORD = lazy_compile(r"(?:^|[\s_.-])licen[cs]e(?:[\s_.-]|$)|许可协议|许可证|授权协议", re.I)
_NOT_LICENCE = lazy_compile(r"^(?:readme|changelog|changes|history|contributing|code[_-]of[_-]conduct)\b", re.I)
# Names that are never licence texts, whatever their first line (and would cost a read each).
_SKIP_NAMES = lazy_compile(
    r"^(?:readme|changelog|changes|history|contributing|code[_-]of[_-]conduct|security|authors|contributors|"
    r"requirements|constraints|cmakelists|vocab|merges|dockerfile|makefile|procfile|gemfile|pipfile|"
    r"\.[^.]+)(?:[._-][^/]*)?$",
    re.I,
)
_REAL_SUFFIX = lazy_compile(r"\.[a-z][a-z0-9]{0,7}$", re.I)


def suffix_of(name: str) -> str:
    """The extension of a file name, lower case; '' when it has none ("LICENSE-SDXL0.9" has none)."""
    found = _REAL_SUFFIX.search(name)
    return found.group(0).lower() if found and found.start() > 0 else ""


def licence_file_name(name: str) -> bool:
    """A text file whose name holds the word licence: "Tongyi Qianwen LICENSE AGREEMENT"."""
    return (
        suffix_of(name) in SNIFF_SUFFIXES
        and bool(_LICENCE_WORD.search(name))
        and not _NOT_LICENCE.match(name)
    )


def sniff_candidate(path: str, size: int) -> bool:
    """Whether a file whose name decides nothing is worth reading the first bytes of."""
    if path.count("/") >= SNIFF_MAX_DEPTH or not SNIFF_MIN_SIZE <= size <= SNIFF_MAX_SIZE:
        return False
    name = path.rsplit("/", 1)[-1]
    return suffix_of(name) in SNIFF_SUFFIXES and not _SKIP_NAMES.match(name)


def looks_like_licence(head: bytes) -> bool:
    """Whether the first bytes of a file open with a licence title."""
    from openwash import textio
    from openwash.licenses.identify import _looks_like_title, normalize, prepare

    try:
        text, _encoding = textio.decode(head, truncated=True)
    except textio.NotText:
        return False
    seen = 0
    for line in prepare(text).split("\n"):
        flat = normalize(line)
        if not flat:
            continue
        seen += 1
        if seen > 3:
            return False
        if _looks_like_title(flat) and _TITLE_HAS_LICENCE.search(flat):
            return True
    return False


# A licence title names a licence (or terms of use): "Model License Agreement", "Gemma Terms of Use".
_TITLE_HAS_LICENCE = lazy_compile(r"licen[cs]e|terms of use|许可|协议")


def sniff_inventory(root: Path, files: Sequence[FileEntry], licence_kind: str, undecided: Sequence[str | None]) -> int:
    """Mark as `licence_kind` the files of the walk whose first bytes open with a licence title.

    Only files whose kind is in `undecided` (not read at all, or read as plain Markdown) are
    candidates, and at most `SNIFF_LIMIT` of them are opened. Returns how many were opened.
    """
    opened = 0
    root_str = os.fspath(root)
    for entry in files:
        if entry.doc_kind not in undecided or entry.is_symlink or entry.lfs is not None:
            continue
        if not sniff_candidate(entry.path, entry.size):
            continue
        if opened >= SNIFF_LIMIT:
            break
        opened += 1
        head = _read_head(os.path.join(root_str, entry.path))
        if head and _may_name_a_licence(head) and looks_like_licence(head):
            entry.doc_kind = licence_kind
    return opened


_NOFOLLOW = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read_head(full: str) -> bytes:
    """The first bytes of a regular file, never through a symbolic link ('' on any problem).

    The walk found the file without following links; O_NOFOLLOW keeps a link swapped in since
    from being followed, and the document itself is read later with the usual checks."""
    try:
        fd = os.open(full, _NOFOLLOW)
    except (OSError, ValueError):
        return b""
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.read(fd, SNIFF_BYTES)
    except OSError:
        return b""
    finally:
        os.close(fd)


# What a licence title needs somewhere in the first bytes (ASCII case-folded; 许可/协议 in UTF-8
# and GB18030): most files fail this test and are never decoded.
_HEAD_WORDS = (b"licen", b"terms of use", "许可".encode(), "协议".encode(), "许可".encode("gb18030"), "协议".encode("gb18030"))


def _may_name_a_licence(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head:
        return True  # UTF-16/32: let the decoder look
    lowered = head.lower()
    return any(word in lowered for word in _HEAD_WORDS)
