"""textio: bounded, encoding-aware reading of files from an untrusted repository."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from openwash import textio

CHINESE = "本模型完全开源，可商用。\n第二行"
ENGLISH = "An open-source model.\nSecond line"


@pytest.mark.parametrize(
    ("raw", "encoding", "expected"),
    [
        (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8", ENGLISH),
        (codecs.BOM_UTF16_LE + CHINESE.encode("utf-16-le"), "utf-16-le", CHINESE),
        (codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be"), "utf-16-be", CHINESE),
        (ENGLISH.encode("utf-16-le"), "utf-16-le", ENGLISH),  # no BOM
        (ENGLISH.encode("utf-16-be"), "utf-16-be", ENGLISH),  # no BOM
        (codecs.BOM_UTF32_LE + CHINESE.encode("utf-32-le"), "utf-32-le", CHINESE),
        (CHINESE.encode("gbk"), "gb18030", CHINESE),
        (CHINESE.encode("gb18030"), "gb18030", CHINESE),
        ("Licence: café, naïve, Straße.".encode("latin-1"), "latin-1", "Licence: café, naïve, Straße."),
        (CHINESE.encode("utf-8"), "utf-8", CHINESE),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32le-bom", "gbk", "gb18030", "latin1", "utf8"],
)
def test_encodings_are_detected(tmp_path: Path, raw: bytes, encoding: str, expected: str) -> None:
    path = tmp_path / "README.md"
    path.write_bytes(raw)
    read = textio.read_text(path)
    assert read.encoding == encoding
    assert read.text == expected
    assert not read.truncated
    assert read.size == len(raw)


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_line_endings_are_normalised(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "README.md"
    path.write_bytes(newline.join(["one", "two", "three"]).encode())
    assert textio.read_text(path).text.split("\n") == ["one", "two", "three"]


def test_binary_file_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "LICENSE"
    path.write_bytes(b"PK\x03\x04\x00\x00\x14\x00" + bytes(range(256)) * 4)
    with pytest.raises(textio.NotText):
        textio.read_text(path)


@pytest.mark.parametrize("raw", [b"\x00binary", b"\x00\x01\x02\x03", b"ab\x00\x00cd\x00\x00" * 3])
def test_short_binary_is_not_mistaken_for_utf16(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "LICENSE"
    path.write_bytes(raw)
    with pytest.raises(textio.NotText):
        textio.read_text(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_bytes(b"")
    read = textio.read_text(path)
    assert (read.text, read.truncated, read.size) == ("", False, 0)


def test_sparse_gigabyte_file_reads_a_bounded_prefix(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    head = ("An open-source model. " * 50 + "\n").encode() * 400  # ~440 KB of real text
    with open(path, "wb") as handle:
        handle.write(head)
        handle.truncate(1024**3)  # the rest is a hole: no disk used
    read = textio.read_text(path, limit=64 * 1024)
    assert read.truncated
    assert read.size == 1024**3
    assert len(read.text.encode()) <= 64 * 1024
    assert read.text.startswith("An open-source model.")


def test_sparse_tail_of_nuls_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    with open(path, "wb") as handle:
        handle.write(b"x" * 9000)  # longer than the binary sniffing window
        handle.truncate(20000)
    read = textio.read_text(path)
    assert read.text == "x" * 9000


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_character_cut_by_the_limit_keeps_the_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "README.md"
    path.write_bytes(("开源" * 1000).encode(encoding))
    limit = len("开源".encode(encoding)) * 10 + 1  # ends inside a character
    read = textio.read_text(path, limit=limit)
    assert read.truncated
    assert read.encoding == encoding
    assert read.text == "开源" * 10


def test_directory_raises_is_a_directory(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").mkdir()
    with pytest.raises(IsADirectoryError):
        textio.read_text(tmp_path / "LICENSE")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "README.md"
    os.mkfifo(fifo)
    with pytest.raises(textio.NotText, match="named pipe"):
        textio.read_text(fifo)


def test_device_is_refused(tmp_path: Path) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero")
    link = tmp_path / "README.md"
    link.symlink_to("/dev/zero")
    with pytest.raises(textio.NotText):
        textio.read_text(link)


def test_symlink_out_of_the_root_is_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "LICENSE").symlink_to(secret)
    with pytest.raises(textio.NotText, match="outside the repository"):
        textio.read_text(repo / "LICENSE", inside=repo)
    (repo / "docs").symlink_to(tmp_path, target_is_directory=True)  # a linked parent folder
    with pytest.raises(textio.NotText, match="outside the repository"):
        textio.read_text(repo / "docs" / "secret.txt", inside=repo)


def test_symlink_inside_the_root_is_read(tmp_path: Path) -> None:
    (tmp_path / "LICENSE.txt").write_text("MIT License")
    (tmp_path / "LICENSE").symlink_to("LICENSE.txt")
    assert textio.read_text(tmp_path / "LICENSE", inside=tmp_path).text == "MIT License"


def test_symlink_loop_is_an_os_error(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    with pytest.raises((OSError, textio.NotText)):
        textio.read_text(tmp_path / "a", inside=tmp_path)


def test_read_prefix_is_bounded(tmp_path: Path) -> None:
    path = tmp_path / "model.safetensors"
    with open(path, "wb") as handle:
        handle.write(b"\x10" + b"\x00" * 7)
        handle.truncate(10 * 1024**3)
    assert textio.read_prefix(path, 8) == b"\x10" + b"\x00" * 7
