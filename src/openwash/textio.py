"""Reading text from an untrusted repository: bounded, encoding-aware, never raising.

Files are read as bytes up to a limit, then decoded: BOMs (UTF-8/16/32) first, then
strict UTF-8, then GB18030 (a superset of GBK, common in Chinese READMEs) when it decodes
cleanly, then Latin-1 as the lossless last resort. Line endings are normalised to "\n"
(CRLF and lone CR) so line numbers agree with what editors and GitHub show.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path

# A model card or licence larger than this is read in part and reported as truncated.
DEFAULT_LIMIT = 2 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class TextFile:
    text: str  # decoded, "\n" line endings, no BOM
    encoding: str
    truncated: bool  # only the first `limit` bytes were read
    size: int  # size on disk in bytes


class NotText(Exception):
    """The file is binary (NUL bytes in a BOM-less prefix) or cannot be decoded."""


def looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown encoding; returns (text, encoding). Raises NotText."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if encoding.startswith(("utf-16", "utf-32")):
                unit = 2 if encoding.startswith("utf-16") else 4
                body = body[: len(body) - len(body) % unit]
            return body.decode(encoding, errors="replace"), encoding
    if looks_binary(data):
        # BOM-less UTF-16: every other byte NUL in ASCII-heavy text.
        sample = data[:4096]
        if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4 and sample[0::2].count(0) == 0:
            return data[: len(data) // 2 * 2].decode("utf-16-le", errors="replace"), "utf-16-le"
        if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4 and sample[1::2].count(0) == 0:
            return data[: len(data) // 2 * 2].decode("utf-16-be", errors="replace"), "utf-16-be"
        raise NotText("binary content (NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # A multi-byte character cut by the read limit is not an encoding problem.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8"), "utf-8"
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(path: Path, limit: int = DEFAULT_LIMIT) -> TextFile:
    """Read a text file safely. Raises NotText for binary files, OSError for I/O errors."""
    size = os.stat(path).st_size
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    truncated = len(data) > limit
    if truncated:
        data = data[:limit]
    text, encoding = decode(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    return TextFile(normalise_newlines(text), encoding, truncated, size)


def read_prefix(path: Path, length: int) -> bytes:
    """The first `length` bytes of a file (for LFS pointers and weight headers)."""
    with open(path, "rb") as handle:
        return handle.read(length)
