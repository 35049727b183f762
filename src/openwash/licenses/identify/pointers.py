"""Pointer files: a LICENSE that holds no licence text but points at one by URL."""

from __future__ import annotations

from openwash.lazyre import lazy_compile
from openwash.licenses.identify.matches import TextMatch, _line_of, _line_starts, _match_from_entry


# -- pointer files ---------------------------------------------------------------------------

# "Please refer to license: https://github.com/facebookresearch/llama/blob/main/LICENSE": a file
# that holds no licence text but points at one (Code Llama's LICENSE and USE_POLICY.md).
POINTER_MAX_CHARS = 400
POINTER_CONFIDENCE = 0.7
_URL = lazy_compile(r"https?://[^\s<>()\[\]\"']+")


def _pointer_match(text: str) -> TextMatch | None:
    """A short text whose only substance is the address of a known licence text."""
    if len(text.strip()) > POINTER_MAX_CHARS:
        return None
    from openwash.licenses import declarations

    for found in _URL.finditer(text):
        entry = declarations.resolve_url(found.group(0).rstrip(".,;:"))
        if entry is not None:
            starts = _line_starts(text)
            match = _match_from_entry(entry, POINTER_CONFIDENCE, _line_of(starts, found.start()), "pointer")
            match.properties["pointer"] = found.group(0)
            return match
    return None
