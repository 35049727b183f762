"""OW506–OW507: inline suppressions that are malformed, or that the configuration refuses."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from openwash.rules import rule

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.model import Finding

SOURCE = "openwash: docs/hardening.md (a hostile pull request)"


@rule(
    "OW506",
    "malformed-suppression",
    severity="warning",
    summary="An `<!-- openwash: ignore -->` comment that names no rule id, or something that is not one.",
    why="A suppression must say what it silences: a bare `ignore` used to silence every rule, invisibly. It now silences nothing.",
    source=SOURCE,
    example="<!-- openwash: ignore -->",
    fix="Name the rules: `<!-- openwash: ignore OW101 -->` on the finding's line or the line above (or remove the comment).",
)
def malformed_suppression(ctx: CheckContext) -> Iterator[Finding]:
    from openwash import suppressions

    for doc in ctx.documents:
        for comment in suppressions.comments(doc):
            if comment.problem is not None:
                yield ctx.finding(
                    "OW506",
                    comment.path,
                    comment.line,
                    f"inline suppression {comment.text!r} {comment.problem}; it suppresses nothing",
                    "Name the rule ids it suppresses, e.g. `<!-- openwash: ignore OW101 -->`, or remove it.",
                    column=comment.column,
                )


@rule(
    "OW507",
    "inline-suppression-refused",
    severity="note",
    summary="An inline suppression in a repository whose configuration refuses them (`inline-suppressions: false`).",
    why="A release gate that reads a pull request's files must not let that pull request silence the check.",
    source=SOURCE,
    example="<!-- openwash: ignore OW101 -->   (with inline-suppressions: false)",
    fix="Fix what the finding reports, or accept it in the trusted configuration (`ignore:`) instead.",
)
def inline_suppression_refused(ctx: CheckContext) -> Iterator[Finding]:
    from openwash import suppressions

    if getattr(ctx.config, "inline_suppressions", True):
        return
    for doc in ctx.documents:
        for comment in suppressions.comments(doc):
            if comment.problem is None:
                yield ctx.finding(
                    "OW507",
                    comment.path,
                    comment.line,
                    f"inline suppression of {', '.join(comment.ids)} refused: the configuration sets inline-suppressions: false",
                    "Fix what the finding reports, or accept it in the trusted configuration (`ignore:`).",
                    column=comment.column,
                )
