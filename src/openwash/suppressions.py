"""Inline suppressions: `<!-- openwash: ignore OW101 OW203 -->` in a Markdown document.

A suppression names the rules it silences, on the finding's line or the line directly
above it; a comment that names none (`ignore`, `ignore ,`) or names something that is not
a rule id suppresses nothing and is itself reported (OW506). Every finding a comment
silences stays in the report as *suppressed* (JSON `suppressed`, text, Markdown, SARIF
`suppressions`), so a reviewer always sees what a pull request chose to silence. The
configuration can refuse inline suppressions altogether (`inline-suppressions: false`, the
`pull_request_target` recipe's setting): then every such comment is reported (OW507) and
suppresses nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile

if TYPE_CHECKING:
    from openwash.documents import Document

# Bounded: a document with thousands of unclosed `<!-- openwash: ignore` costs linear time.
_COMMENT = lazy_compile(r"<!--[ \t]*openwash[ \t]*:[ \t]*ignore\b([^>\n]{0,300}?)-->", re.IGNORECASE)
_RULE_ID = lazy_compile(r"OW\d{3}")
_SEPARATORS = lazy_compile(r"[\s,]+")
# Rules about the suppressions themselves can never be silenced by one.
UNSUPPRESSIBLE = frozenset({"OW506", "OW507"})


@dataclass(frozen=True)
class Comment:
    path: str
    line: int
    column: int
    text: str  # the comment as written
    ids: tuple[str, ...]  # the rule ids it names (empty when malformed)
    problem: str | None  # why it suppresses nothing, None when well formed


def comments(doc: Document) -> list[Comment]:
    """Every `openwash: ignore` comment of a Markdown document, in order."""
    text = doc.text
    if not doc.is_markdown or "<!--" not in text:
        return []
    found: list[Comment] = []
    line, scanned = 1, 0
    for match in _COMMENT.finditer(text):
        line += text.count("\n", scanned, match.start())
        scanned = match.start()
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        tokens = [t for t in _SEPARATORS.split(match.group(1).strip()) if t]
        problem = None
        if not tokens:
            problem = "names no rule: write the ids it suppresses, e.g. `<!-- openwash: ignore OW101 -->`"
        else:
            bad = [t for t in tokens if not _RULE_ID.fullmatch(t)]
            if bad:
                problem = f"{bad[0][:40]!r} is not a rule id such as OW101"
        found.append(Comment(doc.path, line, column, match.group(0)[:200], tuple(tokens) if problem is None else (), problem))
    return found


def index(docs: list[Document]) -> dict[tuple[str, int], list[Comment]]:
    """Well-formed comments by (path, line)."""
    by_line: dict[tuple[str, int], list[Comment]] = {}
    for doc in docs:
        for comment in comments(doc):
            if comment.problem is None:
                by_line.setdefault((comment.path, comment.line), []).append(comment)
    return by_line


def suppressing(by_line: dict[tuple[str, int], list[Comment]], rule: str, path: str, line: int) -> Comment | None:
    """The comment that silences `rule` at `path:line` (on that line or the one above), if any."""
    if rule in UNSUPPRESSIBLE:
        return None
    for at in (line, line - 1):
        for comment in by_line.get((path, at), ()):
            if rule in comment.ids:
                return comment
    return None
