"""The header of a safetensors weight file, read on demand and bounded; the body is never read."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from openwash.discover.inventory import SAFETENSORS_MAX_HEADER, SAFETENSORS_READ_LIMIT


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
