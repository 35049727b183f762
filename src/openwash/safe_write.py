"""Where openwash may write a file, and how: never through a symlink, always atomically.

The files openwash writes on request (`-o FILE`, the action's `sarif-file` and its JSON
report) may sit in a tree a pull request controls. A PR can add `results -> /home/runner`
or `openwash.sarif -> ~/.bashrc`; writing there must not touch what the link points at.
So every write here:

- refuses a target that is, or lies under, a symbolic link (each folder from the trusted
  anchor down is checked with `lstat`, and missing folders are created one by one, which
  never follows a link);
- when anchors are given (the action: the workspace and `RUNNER_TEMP`), refuses a target
  outside all of them, `..` included;
- writes a new file created with `O_CREAT | O_EXCL | O_NOFOLLOW` beside the target and
  renames it over the target, so a reader never sees half a file and a link planted at the
  target name is replaced, not followed.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Sequence
from pathlib import Path

from openwash.errors import OpenwashError


class UnsafeOutput(OpenwashError):
    """An output path that openwash refuses to write."""


def _lexical(path: Path) -> Path:
    return Path(os.path.normpath(os.path.abspath(path)))


def _anchor_for(target: Path, anchors: Sequence[Path]) -> Path | None:
    for anchor in anchors:
        base = _lexical(anchor)
        if target == base or base in target.parents:
            return base
    return None


def _check_and_make_folders(folder: Path, anchor: Path, shown: str) -> None:
    """Every folder from `anchor` (exclusive) down to `folder`: a real folder, or created."""
    relative = folder.relative_to(anchor)
    current = anchor
    for part in relative.parts:
        current = current / part
        try:
            info = os.lstat(current)
        except FileNotFoundError:
            try:
                os.mkdir(current)
            except FileExistsError:
                info = os.lstat(current)
            else:
                continue
        except OSError as exc:
            raise UnsafeOutput(f"cannot write {shown}: {exc.strerror or exc}") from None
        if stat.S_ISLNK(info.st_mode):
            raise UnsafeOutput(f"refusing to write {shown}: {current} is a symbolic link")
        if not stat.S_ISDIR(info.st_mode):
            raise UnsafeOutput(f"cannot write {shown}: {current} is not a folder")


def write_text(
    target: Path,
    text: str,
    *,
    anchors: Sequence[Path] = (),
    checked_root: Path | None = None,
    shown: str | None = None,
) -> Path:
    """Write `text` (UTF-8) to `target` atomically, never through a link; return the path.

    `anchors`: when given, the target must lie inside one of them and every folder below
    that anchor is checked. Otherwise (the CLI's `-o`) the folders below `checked_root` are
    checked when the target lies inside the checked tree, and the target name always is.
    """
    return write_bytes(target, text.encode("utf-8"), anchors=anchors, checked_root=checked_root, shown=shown)


def write_bytes(
    target: Path,
    data: bytes,
    *,
    anchors: Sequence[Path] = (),
    checked_root: Path | None = None,
    shown: str | None = None,
    keep_mode: bool = False,
) -> Path:
    """`write_text` for bytes as they are (`openwash fix` keeps a file's encoding, BOM and line endings).

    `keep_mode`: the new file gets the permission bits of the file it replaces.
    """
    shown = shown or str(target)
    path = _lexical(target)
    if anchors:
        anchor = _anchor_for(path, anchors)
        if anchor is None:
            places = " or ".join(str(a) for a in anchors)
            raise UnsafeOutput(f"refusing to write {shown}: outside {places}")
    elif checked_root is not None and _anchor_for(path, [checked_root]) is not None:
        anchor = _lexical(checked_root)
    else:
        anchor = path.parent
        if not anchor.is_dir():
            # Folders outside any checked tree: the user's own; create them as asked.
            try:
                anchor.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UnsafeOutput(f"cannot write {shown}: {exc.strerror or exc}") from None
    if path == anchor:
        raise UnsafeOutput(f"cannot write {shown}: it is a folder")
    _check_and_make_folders(path.parent, anchor, shown)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UnsafeOutput(f"cannot write {shown}: {exc.strerror or exc}") from None
    if info is not None:
        if stat.S_ISLNK(info.st_mode):
            raise UnsafeOutput(f"refusing to write {shown}: it is a symbolic link")
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeOutput(f"cannot write {shown}: it exists and is not a regular file")
    temporary = path.parent / f".{path.name[:64]}.{secrets.token_hex(6)}.openwash-tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(temporary, flags, 0o666)
    except OSError as exc:
        raise UnsafeOutput(f"cannot write {shown}: {exc.strerror or exc}") from None
    try:
        if keep_mode and info is not None:
            os.fchmod(fd, stat.S_IMODE(info.st_mode))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException as exc:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise UnsafeOutput(f"cannot write {shown}: {exc.strerror or exc}") from None
        raise
    return path
