"""Findings grouped by cause, for the renderers that people read (Markdown, text).

A cause is one rule saying the same thing with the same fix: the messages of a rule's
findings differ only in the wording they quote ("'开源' claims open source AI, but …" and
"'open-source model' claims open source AI, but …" are one cause in two places). Every
finding belongs to exactly one cause, so grouping never hides a finding: the places of a
cause are the findings themselves. Findings already there before the change
(`Finding.preexisting`) never share a cause with new ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from openwash.model import SEVERITY_RANK, Claim, Finding, Report

_QUOTE = "\0"  # stands for the quoted wording while messages are compared


@dataclass
class Cause:
    rule: str
    name: str
    severity: str
    message: str  # the shared message; the quoted wording left out when the places differ in it
    remediation: str
    preexisting: bool
    findings: list[Finding] = field(default_factory=list)
    wordings: list[str] = field(default_factory=list)  # distinct quoted wordings, in order of appearance

    @property
    def count(self) -> int:
        return len(self.findings)

    def places_phrase(self) -> str:
        return f"{self.count} place" if self.count == 1 else f"{self.count} places"


def _template(finding: Finding, claim: Claim | None) -> tuple[str, str | None]:
    """The message with the claim's quoted wording replaced by a mark, and that wording."""
    if claim is not None and claim.text:
        quoted = f"'{claim.text}'"
        if quoted in finding.message:
            return finding.message.replace(quoted, _QUOTE, 1), claim.text
    return finding.message, None


def _shared_message(template: str) -> str:
    """A cause's message when its places quote different wordings: the wording left out."""
    if template.startswith(_QUOTE):
        return template[len(_QUOTE) :].lstrip(" :")
    return template.replace(_QUOTE, "'…'")


def group(findings: Iterable[Finding], claims: Sequence[Claim] = ()) -> list[Cause]:
    """Causes, most severe first, then in the order their first place was reported."""
    by_id = {c.id: c for c in claims}
    causes: dict[tuple[str, str, str, str, bool], Cause] = {}
    templates: dict[tuple[str, str, str, str, bool], str] = {}
    for finding in findings:
        template, wording = _template(finding, by_id.get(finding.claim) if finding.claim else None)
        key = (finding.rule, finding.severity, template, finding.remediation, finding.preexisting)
        cause = causes.get(key)
        if cause is None:
            cause = Cause(
                finding.rule, finding.name, finding.severity, finding.message, finding.remediation, finding.preexisting
            )
            causes[key] = cause
            templates[key] = template
        cause.findings.append(finding)
        if wording is not None and wording not in cause.wordings:
            cause.wordings.append(wording)
    for key, cause in causes.items():
        if len(cause.wordings) > 1:
            cause.message = _shared_message(templates[key])
        cause.findings.sort(key=lambda f: (f.path, f.line, f.column))
    ordered = list(causes.values())
    ordered.sort(key=lambda c: -SEVERITY_RANK.get(c.severity, 0))  # stable: first appearance within a severity
    return ordered


def split(report: Report) -> tuple[list[Cause], list[Cause]]:
    """(causes of findings this change introduced, causes of findings that were already there)."""
    new = [f for f in report.findings if not f.preexisting]
    old = [f for f in report.findings if f.preexisting]
    return group(new, report.claims), group(old, report.claims)


def by_path(findings: Sequence[Finding]) -> list[tuple[str, list[Finding]]]:
    """A cause's places by file, files in order of their first place."""
    out: dict[str, list[Finding]] = {}
    for finding in findings:
        out.setdefault(finding.path, []).append(finding)
    return list(out.items())


def statistics(report: Report) -> list[tuple[str, str, str, int]]:
    """(rule, name, severity, count) per rule with at least one finding, most frequent first."""
    counts: dict[str, int] = {}
    first: dict[str, Finding] = {}
    for finding in report.findings:
        counts[finding.rule] = counts.get(finding.rule, 0) + 1
        first.setdefault(finding.rule, finding)
    rows = [(rule, first[rule].name, first[rule].severity, n) for rule, n in counts.items()]
    rows.sort(key=lambda r: (-r[3], r[0]))
    return rows
