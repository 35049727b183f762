"""The edit of one claim: where the claim's words are on its line, which rewrite applies (a tag is
removed, a citation title is left as published, prose goes to the wording of its language) and the
remediation sentence a finding's fix says ("Replace 'X' with 'Y'").

What English wording becomes is decided in `english`, Chinese, Japanese and Korean in `cjk`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from openwash.fix.cjk import _rewrite_ja, _rewrite_ko, _rewrite_zh
from openwash.fix.english import _rewrite_commercial_en, _rewrite_open_en, _rewrite_openly_en
from openwash.fix.terms import ReportLike, Terms, terms_of
from openwash.lazyre import lazy_compile
from openwash.model import Claim

# Rules whose findings `openwash fix` rewrites.
FIXABLE_RULES = ("OW101", "OW102", "OW103", "OW301")


@dataclass(frozen=True)
class Edit:
    """Replace `old` (characters `start`..`end` of the claim's line, 0-based) with `new`."""

    line: int
    start: int
    end: int
    old: str
    new: str

    tag: str | None = None  # the edit removes this front-matter tag
    lead: str = ""  # words around the span, shown in the remediation when the span alone is too short to find
    trail: str = ""

    @property
    def whole_line(self) -> bool:
        """The edit removes its whole line (a block-style tag such as `  - open-source`)."""
        return self.tag is not None and self.start == 0 and not self.new and bool(_TAG_ITEM.match(self.old))

    @property
    def remediation(self) -> str:
        if self.tag is not None:
            return f"Remove the tag '{self.tag}' from the front matter"
        if not self.new:
            return f"Remove '{self.old}'"
        return f"Replace '{self.lead}{self.old}{self.trail}' with '{self.lead}{self.new}{self.trail}'"


_FLOW_TAGS = lazy_compile(r"^\s*tags\s*:\s*\[")
_TAG_ITEM = lazy_compile(r"^\s*-\s*(['\"]?)(?P<tag>[^'\"#\s][^'\"#]*?)\1\s*(?:#.*)?$")


# --------------------------------------------------------------------------- the edit of one claim


def suggest(claim: Claim, report: ReportLike) -> str | None:
    """The fix of a claim as one sentence ("Replace 'X' with 'Y'"), or None when openwash has no safe rewrite."""
    edit = edit_for(claim, terms_of(report))
    return edit.remediation if edit is not None else None


def edit_for(claim: Claim, terms: Terms, line_text: str | None = None) -> Edit | None:
    """The edit that makes an overreaching claim honest, on `line_text` (default: the claim's context line)."""
    if isinstance(claim.member_terms, Terms):
        terms = claim.member_terms  # a claim naming one model of a multi-model release: that model's terms
    text = line_text if line_text is not None else claim.context
    start = _locate(text, claim.text, claim.column - 1)
    if start is None:
        return None
    end = start + len(claim.text)
    span = _rewrite(claim, text, start, end, terms)
    if span is None:
        return None
    s, e, new = span
    if text[s:e] == new:
        return None
    tag = claim.text if _TAG_ITEM.match(text) or _FLOW_TAGS.match(text) else None
    lead = trail = ""
    if claim.language in ("zh", "ja") and tag is None:  # "开源" alone could be anywhere on the line
        lead = re.split(r"[\s，。；！？、,.;!?()（）\[\]*`]", text[max(0, s - 3) : s])[-1]
        trail = re.split(r"[\s，。；！？、,.;!?()（）\[\]*`]", text[e : e + 3])[0]
    return Edit(claim.line, s, e, text[s:e], new, tag, lead, trail)


def _locate(line: str, phrase: str, column: int) -> int | None:
    if not phrase:
        return None
    if line[column : column + len(phrase)] == phrase:
        return column
    # The context is the line as rendered; the column the file's: take the nearest occurrence.
    found = [m.start() for m in re.finditer(re.escape(phrase), line)]
    return min(found, key=lambda i: abs(i - column)) if found else None


Span = tuple[int, int, str]


def _rewrite(claim: Claim, line: str, start: int, end: int, terms: Terms) -> Span | None:
    if _is_citation(line):
        return None  # the title of a paper stays as published
    if claim.kind == "license-declaration":
        return None  # front matter: see frontmatter_edit
    tag = _TAG_ITEM.match(line)
    if tag is not None and tag.group("tag") == claim.text:
        return 0, len(line), ""  # a tag says nothing the card cannot say honestly in words: remove it
    flow = re.search(r"(?:(?<=\[)|,\s*)(['\"]?)" + re.escape(claim.text) + r"\1(?:\s*,\s*|(?=\s*\]))", line)
    if flow is not None and _FLOW_TAGS.match(line):
        piece = flow.group(0)
        keep = "" if piece.startswith(",") and not piece.rstrip().endswith(",") else ("" if not piece.startswith(",") else ", ")
        return flow.start(), flow.end(), keep
    if claim.language in ("zh",):
        return _rewrite_zh(claim, line, start, end, terms)
    if claim.language == "ja":
        return _rewrite_ja(claim, line, start, end, terms)
    if claim.language == "ko":
        return _rewrite_ko(claim, line, start, end, terms)
    if claim.kind == "commercial-use":
        return _rewrite_commercial_en(line, start, end, terms)
    if claim.kind == "openly-released":
        return _rewrite_openly_en(line, start, end)
    if claim.kind in ("open-source", "fully-open", "open-weights", "open-model"):
        return _rewrite_open_en(claim.kind, line, start, end, terms)
    return None


_CITATION = lazy_compile(r"^\s*(?:title|booktitle|journal)\s*=|@\w+\{", re.IGNORECASE)


def _is_citation(line: str) -> bool:
    return bool(_CITATION.search(line))
