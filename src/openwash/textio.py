"""Reading text from an untrusted repository: bounded, encoding-aware, never raising.

Files are read as bytes up to a limit, then decoded: BOMs (UTF-8/16/32) first, then
strict UTF-8, then GB18030 (a superset of GBK, common in Chinese READMEs) when it decodes
cleanly, then Latin-1 as the lossless last resort. Line endings are normalised to "\n"
(CRLF and lone CR) so line numbers agree with what editors and GitHub show.

Only regular files are read: a FIFO, socket or device named `README.md` would block or
never end, so it is opened non-blocking and refused (`fstat` after `open`) before any byte
is read. With `inside=` a path whose real location is outside that directory (a symlink, or
a symlinked parent) is refused too; with `follow_links=False` a symbolic link is never
opened at all (`O_NOFOLLOW`), even one that stays inside.

Every run has a total budget of bytes read as text (`begin_run`): one repository can hold
many large cards (or one 2 MiB card in 100 folders, stored once by git), and each costs
time and memory to analyse. Past the budget `read_text` raises `BudgetExhausted`; the
engine reports that in the notes, never silently.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

# A model card or licence larger than this is read in part and reported as truncated.
DEFAULT_LIMIT = 2 * 1024 * 1024
# Bytes of text read per run (cards, licences, policies, adapter configs). The largest
# release in the shared corpora (ymcui/Chinese-LLaMA-Alpaca, 54 documents) reads 1.1 MB in
# all; 16 MiB is fifteen times that, and eight full-size (2 MiB) claim-dense cards.
DEFAULT_BUDGET = 16 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Longest incomplete multi-byte sequence a read limit can cut (GB18030 and UTF-8 use 4).
_MAX_CUT = 3


@dataclass(frozen=True)
class TextFile:
    text: str  # decoded, "\n" line endings, no BOM
    encoding: str
    truncated: bool  # only the first `limit` bytes were read
    size: int  # size on disk in bytes


class NotText(Exception):
    """The file is binary (NUL bytes in a BOM-less prefix), not a regular file, or outside the root."""


class BudgetExhausted(NotText):
    """The run's total budget of text was used up before this file."""


class _Budget:
    __slots__ = ("total", "used", "refused")

    def __init__(self, total: int | None) -> None:
        self.total = total  # None: no budget (library use outside a check run)
        self.used = 0
        self.refused: list[str] = []  # files not read because the budget was used up

    def left(self) -> int | None:
        return None if self.total is None else max(0, self.total - self.used)


_budget = _Budget(None)


def begin_run(total: int | None = DEFAULT_BUDGET) -> None:
    """Start a run's budget of text bytes (`None`: unlimited)."""
    global _budget
    _budget = _Budget(total)


def budget_refused() -> list[str]:
    """Paths `read_text` refused since `begin_run` because the budget was used up."""
    return list(_budget.refused)


def budget_total() -> int | None:
    return _budget.total


def budget_left() -> int | None:
    """Bytes of text the run may still read (None: no budget)."""
    return _budget.left()


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def decode(data: bytes, truncated: bool = False) -> tuple[str, str]:
    """Decode bytes of unknown encoding; returns (text, encoding). Raises NotText.

    `truncated` says the bytes are a prefix: a multi-byte character cut at the end is
    then dropped instead of changing the guess of the encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data[len(bom) :], encoding), encoding
    if looks_binary(data):
        guessed = _bomless_utf16(data)
        if guessed is None:
            raise NotText("binary content (NUL bytes)")
        return _decode_unicode(data, guessed), guessed
    for encoding in ("utf-8", "gb18030"):
        text = _strict(data, encoding, truncated)
        if text is not None:
            return _drop_nuls(text), encoding
    return _drop_nuls(data.decode("latin-1")), "latin-1"


def _decode_unicode(body: bytes, encoding: str) -> str:
    unit = 4 if encoding.startswith("utf-32") else 2 if encoding.startswith("utf-16") else 1
    body = body[: len(body) - len(body) % unit]
    return _drop_nuls(body.decode(encoding, errors="replace"))


def _bomless_utf16(data: bytes) -> str | None:
    # BOM-less UTF-16: in ASCII-heavy text the high byte of most units is NUL. CJK
    # characters can have a NUL low byte too (开 is U+5F00), so compare, don't demand zero.
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    guess = None
    if odd_nuls > len(sample) // 4 and even_nuls * 8 < odd_nuls:
        guess = "utf-16-le"
    elif even_nuls > len(sample) // 4 and odd_nuls * 8 < even_nuls:
        guess = "utf-16-be"
    if guess is None:
        return None
    decoded = sample[: len(sample) // 2 * 2].decode(guess, errors="replace")
    controls = sum(1 for char in decoded if char < " " and char not in "\t\n\r\f")
    return guess if controls * 50 <= len(decoded) else None  # binary data with many NULs


def _strict(data: bytes, encoding: str, truncated: bool) -> str | None:
    """Strict decoding; a sequence cut by the read limit at the very end is dropped."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - _MAX_CUT:
            return None
    # The failure is in the last bytes: either a character cut by the limit (always
    # possible for a prefix) or an incomplete final sequence ("unexpected end of data").
    for cut in range(1, _MAX_CUT + 1):
        try:
            text = data[:-cut].decode(encoding)
        except UnicodeDecodeError:
            continue
        return text if truncated else _only_if_incomplete(data, encoding, text)
    return None


def _only_if_incomplete(data: bytes, encoding: str, text: str) -> str | None:
    # An untruncated file may still end in a cut character (a tool wrote it that way);
    # accept it only when the decoder itself calls it incomplete, not invalid.
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return None
    return text


def _drop_nuls(text: str) -> str:
    # NUL never belongs in a card or licence text; a sparse or padded tail is all NULs.
    return text.replace("\x00", "") if "\x00" in text else text


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(
    path: Path, limit: int = DEFAULT_LIMIT, *, inside: Path | None = None, follow_links: bool = True, budget: bool = True
) -> TextFile:
    """Read a text file safely.

    Raises NotText for binary files, non-regular files and (with `inside`) files whose
    real path lies outside that directory; BudgetExhausted (a NotText) when the run's
    budget is used up (`budget=False`: not counted, for openwash's own configuration);
    OSError (IsADirectoryError, PermissionError, …) for I/O errors. Never reads more than
    `limit + 1` bytes.
    """
    if budget:
        left = _budget.left()
        if left is not None:
            if left <= 0:
                _budget.refused.append(str(path))
                raise BudgetExhausted(f"not read: the run's budget of {_mib(_budget.total or 0)} of text was used up")
            limit = min(limit, left)
    data, size = _read_bounded(Path(path), limit + 1, inside, follow_links)
    if budget:
        _budget.used += min(len(data), limit)
    truncated = len(data) > limit
    if truncated:
        data = data[:limit]
    text, encoding = decode(data, truncated)
    if text.startswith("\ufeff"):
        text = text[1:]
    return TextFile(normalise_newlines(text), encoding, truncated, size)


def read_prefix(path: Path | str, length: int, *, inside: Path | None = None, follow_links: bool = True) -> bytes:
    """The first `length` bytes of a regular file (for LFS pointers and weight headers)."""
    data, _size = _read_bounded(Path(path), length, inside, follow_links)
    return data


def read_repository_file(path: Path | str, length: int, *, inside: Path | None = None) -> tuple[bytes, int]:
    """At most `length` bytes of a regular file of the checked tree, and its size.

    Never through a symbolic link (`O_NOFOLLOW`), never from a FIFO, socket or device
    (non-blocking open, `fstat` after it), and with `inside` never outside that folder.
    Raises NotText or OSError.
    """
    return _read_bounded(Path(path), length, inside, False)


def _mib(count: int) -> str:
    return f"{count / (1024 * 1024):g} MiB"


def is_inside(path: Path, root: Path) -> bool:
    """True when the real location of `path` (all symlinks resolved) is within `root`."""
    try:
        real = os.path.realpath(path)
        real_root = os.path.realpath(root)
    except (OSError, ValueError):
        return False
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def _read_bounded(path: Path, length: int, inside: Path | None, follow_links: bool = True) -> tuple[bytes, int]:
    if inside is not None and not is_inside(path, inside):
        raise NotText("symbolic link to a location outside the repository; not followed")
    if os.path.isdir(path):
        raise IsADirectoryError(21, "Is a directory", str(path))
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except ValueError as exc:  # a NUL in the name: no such file can exist
        raise NotText(f"invalid file name ({exc})") from None
    except OSError as exc:
        if not follow_links and (exc.errno == errno.ELOOP or os.path.islink(path)):
            raise NotText("symbolic link; not followed") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotText(f"not a regular file ({_kind(info.st_mode)})")
        chunks: list[bytes] = []
        remaining = length
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks), info.st_size
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"
