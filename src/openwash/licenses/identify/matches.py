"""What an identification is (`TextMatch`), the thresholds it must pass, and the text preparation
every method shares."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from openwash.lazyre import lazy_compile, regex
from openwash.licenses.knowledge import LicenseEntry


# Below this confidence an identification is reported as `unknown`.
CONFIDENCE_THRESHOLD = 0.5
# Share of the words that standard licence texts must cover (licensecheck's default is 75 %).
CLASSIFIER_COVERAGE = 0.75
# Texts larger than this are cut before identification (licence files are far smaller).
MAX_CLASSIFY_CHARS = 400_000


@dataclass
class TextMatch:
    """One licence identified in a text."""

    key: str  # knowledge-base key, "unknown" when nothing matched well enough
    id: str
    name: str
    family: str
    osi_approved: bool
    confidence: float
    line: int  # 1-based line where the licence text starts
    method: str  # "classifier", "fingerprint", "none"
    ambiguous: bool = False
    riders: list[str] = field(default_factory=list)
    properties: dict[str, object] = field(default_factory=dict)


# -- text preparation ----------------------------------------------------------------------

_MD_LINK = lazy_compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_LEAD = lazy_compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,3}[.)][ \t]+)+", re.M)
_MD_EMPH = lazy_compile(r"\*{1,3}|_{2,3}|`+|~~|\\")
_HTML_TAG = lazy_compile(r"</?[a-zA-Z][^>\n]{0,200}>")
_RULE_LINE = lazy_compile(r"^[ \t]*(?:[-=*_~#][ \t]*){3,}$", re.M)


def prepare(text: str) -> str:
    """Plain text with the same line count: CRLF, Markdown and HTML markup removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = _RULE_LINE.sub("", text)
    text = _HTML_TAG.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LEAD.sub("", text)
    return _MD_EMPH.sub("", text)


def normalize(text: str) -> str:
    """Lower case, one space, straight quotes, 'licence' spelled 'license': for phrase matching."""
    text = text.lower()
    text = text.translate(_QUOTES)
    text = text.replace("licence", "license")
    return " ".join(text.split())


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "‐": "-", "\u00a0": " "})


def _first_content_line(text: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            return number
    return 1


def _line_starts(text: str) -> list[int]:
    starts = [0]
    for match in regex("\n").finditer(text):
        starts.append(match.end())
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _match_from_entry(entry: LicenseEntry, confidence: float, line: int, method: str) -> TextMatch:
    return TextMatch(
        key=entry.key,
        id=entry.id,
        name=entry.name,
        family=entry.family,
        osi_approved=entry.osi_approved,
        confidence=confidence,
        line=line,
        method=method,
        ambiguous=entry.ambiguous,
        properties=dict(entry.properties),
    )


def _unknown(line: int, why: str) -> TextMatch:
    return TextMatch("unknown", "unknown", "Unidentified licence text", "unknown", False, 0.0, line, "none", properties={"notes": why})
