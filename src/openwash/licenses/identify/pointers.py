"""Pointer and notice files: a LICENSE that holds no licence text but points at one by URL, or names a licence
and links its legal code with a summary of its terms."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile
from openwash.licenses.identify.matches import TextMatch, _line_of, _line_starts, _match_from_entry

if TYPE_CHECKING:
    from openwash.licenses.knowledge import LicenseEntry


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


# -- notice files ------------------------------------------------------------------------------

# "The AI models in this repository are licensed under the Creative Commons Attribution 4.0 International License (CC
# BY 4.0). … Full License: https://creativecommons.org/licenses/by/4.0/legalcode": a notice that names a licence and
# links its legal code, with a summary of its terms, but not the text itself
NOTICE_MAX_CHARS = 3000
_NOTICE_NAME = lazy_compile(
    r"\b(?:licen[cs]ed|released|distributed|(?:made\s+)?available)\s+under\s+(?:the\s+)?(?P<name>(?:[^\n.;:]|\.(?=\d)){3,120}?)\s*(?:\((?P<short>[^)\n]{2,40})\))?(?:[.;:,](?!\d)|\s*$)",
    re.IGNORECASE | re.MULTILINE,
)


_LINK_TEXT = lazy_compile(r"\[([^\]\n]{1,160})\]\([^()\s]{1,400}\)")


def _notice_match(text: str) -> TextMatch | None:
    """A short notice that says what it is licensed under and links that licence's text: the same licence both ways."""
    if len(text.strip()) > NOTICE_MAX_CHARS:
        return None
    from openwash.licenses import declarations

    linked: dict[str, tuple[LicenseEntry, str]] = {}
    for found in _URL.finditer(text):
        entry = declarations.resolve_url(found.group(0).rstrip(".,;:"))
        if entry is not None:
            linked.setdefault(entry.key, (entry, found.group(0)))
    if not linked:
        return None
    # "available under the [Creative Commons Attribution 4.0 International licence](https://…)": the link's text names it
    for named in _NOTICE_NAME.finditer(_LINK_TEXT.sub(r"\1", text)):
        for candidate in (named.group("short"), named.group("name")):
            entry = declarations.resolve(candidate) if candidate else None
            if entry is not None and entry.key in linked:
                starts = _line_starts(text)
                match = _match_from_entry(entry, POINTER_CONFIDENCE, _line_of(starts, named.start()), "notice")
                match.properties["pointer"] = linked[entry.key][1]
                return match
    return None


# -- a named licence with added conditions ------------------------------------------------------

# "The ten-turn-detection is licensed pursuant to the Apache License v2.0 (provided for your convenience below), with the
# following additional conditions. … 1. You may not …": the file names a standard licence and adds its own terms
# without carrying that licence's text. It is that licence modified by the terms (the caller applies them as riders);
# naming the licence alone, without the added conditions, is a notice and needs the link (above).
_WITH_CONDITIONS = lazy_compile(
    r"\b(?:licen[cs]ed|released|distributed|made\s+available)\s+(?:under|pursuant\s+to)\s+(?:the\s+)?"
    r"(?P<name>[^\n(),;:]{3,80}?)\s*(?:\([^)\n]{0,80}\))?\s*,?\s*(?:with|subject\s+to)\s+(?:the\s+following\s+|certain\s+|some\s+)?"
    r"(?:additional|extra|further)\s+(?:conditions|restrictions|terms)\b",
    re.IGNORECASE,
)


def _with_conditions_match(text: str) -> TextMatch | None:
    """A short file that names a known licence "with the following additional conditions": that licence, to be modified."""
    if len(text.strip()) > NOTICE_MAX_CHARS * 2:
        return None
    from openwash.licenses import declarations

    flat = " ".join(text.split())
    found = _WITH_CONDITIONS.search(flat)
    if found is None:
        return None
    entry = declarations.resolve(found.group("name"))
    if entry is None:
        return None
    line = _line_of(_line_starts(text), text.find(found.group(0).split()[0])) if found.group(0).split() else 1
    match = _match_from_entry(entry, POINTER_CONFIDENCE, line, "notice")
    match.properties["with_conditions"] = True
    return match


# "License Terms of Youtu-Embedding: Permission is hereby granted, free of charge, to any person obtaining a copy of this
# software … subject to the following conditions: 1. Youtu-Embedding IS NOT INTENDED FOR USE WITHIN THE EUROPEAN UNION.
# 2. The above copyright notice …": the MIT grant, word for word, with a condition of the vendor's put among its own
_MIT_GRANT = lazy_compile(
    r"permission\s+is\s+hereby\s+granted,\s+free\s+of\s+charge,\s+to\s+any\s+person\s+obtaining\s+a\s+copy\s+of\s+this\s+software",
    re.IGNORECASE,
)


def _standard_grant_match(text: str) -> TextMatch | None:
    """A text that carries the MIT grant verbatim but is not the MIT licence as a whole: MIT, to be modified."""
    from openwash.licenses import knowledge

    found = _MIT_GRANT.search(text)
    entry = knowledge.entry("mit") if found is not None else None
    if found is None or entry is None:
        return None
    match = _match_from_entry(entry, POINTER_CONFIDENCE, _line_of(_line_starts(text), found.start()), "notice")
    match.properties["standard_grant"] = True
    return match
