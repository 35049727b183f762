"""`--format sarif`: SARIF 2.1.0 for GitHub code scanning (`upload-sarif`).

One run; the driver lists every registered rule (help text, help URI, default level) and
any rule id a finding uses that the registry does not know. Results carry a physical
location relative to `%SRCROOT%` (the repository root; `uri_prefix` maps a scanned
sub-directory onto it) and a partial fingerprint that survives line moves. Files that
could not be read become tool-execution notifications, not results.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from openwash.model import Finding, Report
from openwash.render.escape import url_path

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
_LEVEL = {"error": "error", "warning": "warning", "note": "note"}
_INFORMATION_URI = "https://github.com/openwash/openwash"


def render(report: Report, *, uri_prefix: str = "", docs_base: str | None = None, **_options: Any) -> str:
    return json.dumps(build(report, uri_prefix=uri_prefix, docs_base=docs_base), indent=2, ensure_ascii=False) + "\n"


def build(report: Report, *, uri_prefix: str = "", docs_base: str | None = None) -> dict[str, Any]:
    """`docs_base`: docs/rules.md of the openwash that ran (default: the installed version's tag)."""
    rules = _rule_descriptors(report.findings + [s.finding for s in report.suppressed], docs_base)
    index = {rule["id"]: n for n, rule in enumerate(rules)}
    results = [_result(f, index[f.rule], uri_prefix) for f in report.findings]
    for silenced in report.suppressed:  # still results, marked as suppressed in the source
        result = _result(silenced.finding, index[silenced.finding.rule], uri_prefix)
        result["suppressions"] = [
            {
                "kind": "inSource",
                "justification": f"<!-- openwash: ignore {silenced.finding.rule} --> at {silenced.path}:{silenced.line}",
                "location": _location(silenced.path, silenced.line, None, uri_prefix),
            }
        ]
        results.append(result)
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "openwash",
                "semanticVersion": report.tool_version,
                "version": report.tool_version,
                "informationUri": _INFORMATION_URI,
                "rules": rules,
            }
        },
        "results": results,
        "invocations": [_invocation(report, uri_prefix)],
        "columnKind": "unicodeCodePoints",
        "properties": {"verdict": report.verdict.to_dict(), "summary": report.summary()},
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def _rule_descriptors(findings: list[Finding], docs_base: str | None = None) -> list[dict[str, Any]]:
    from openwash.render.links import rule_url
    from openwash.rules import all_rules

    descriptors = []
    known: set[str] = set()
    for rule in all_rules():
        known.add(rule.id)
        text = f"{rule.summary}\n\nWhy: {rule.why}\n\nFix: {rule.fix}\n\nSource: {rule.source}"
        markdown = (
            f"{rule.summary}\n\n**Why:** {rule.why}\n\n**Fix:** {rule.fix}\n\n**Source:** {rule.source}"
            f"\n\nExample that triggers it: `{rule.example.replace('`', '')}`"
        )
        descriptors.append(
            {
                "id": rule.id,
                "name": _pascal(rule.name),
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.why},
                "help": {"text": text, "markdown": markdown},
                "helpUri": rule.doc_url(docs_base),
                "defaultConfiguration": {"level": _LEVEL.get(rule.severity, "warning")},
                "properties": {"tags": ["openness", rule.id[:3].lower()], "precision": "high"},
            }
        )
    # A finding whose rule is not registered (a plugin, a stale id) still needs a descriptor.
    for finding in findings:
        if finding.rule not in known:
            known.add(finding.rule)
            descriptors.append(
                {
                    "id": finding.rule,
                    "name": _pascal(finding.name or finding.rule),
                    "shortDescription": {"text": finding.name or finding.rule},
                    "helpUri": rule_url(finding.rule, "", docs_base),
                    "defaultConfiguration": {"level": _LEVEL.get(finding.severity, "warning")},
                }
            )
    return descriptors


def _result(finding: Finding, rule_index: int, uri_prefix: str) -> dict[str, Any]:
    message = finding.message
    if finding.remediation:
        message += f" Fix: {finding.remediation}"
    fingerprint = hashlib.sha256(
        "\0".join((finding.rule, finding.path, finding.message)).encode("utf-8", "replace")
    ).hexdigest()
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL.get(finding.severity, "warning"),
        "message": {"text": message},
        "locations": [_location(finding.path, finding.line, finding.column, uri_prefix)],
        "partialFingerprints": {"openwashFinding/v1": fingerprint},
    }
    if finding.claim:
        result["properties"] = {"claim": finding.claim}
    return result


def _location(path: str, line: int | None, column: int | None, uri_prefix: str) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(1, line or 1)}
    if column:
        region["startColumn"] = max(1, column)
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": _uri(path, uri_prefix), "uriBaseId": SRCROOT},
            "region": region,
        }
    }


def _invocation(report: Report, uri_prefix: str) -> dict[str, Any]:
    notifications = []
    for error in report.errors:
        notification: dict[str, Any] = {"level": "warning", "message": {"text": error.message}}
        if error.path:
            notification["locations"] = [_location(error.path, error.line, None, uri_prefix)]
        notifications.append(notification)
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def _uri(path: str, uri_prefix: str) -> str:
    """A relative URI reference (percent-encoded) from the repository root."""
    parts = [p for p in (uri_prefix.strip("/") + "/" + path.replace("\\", "/")).split("/") if p and p != "."]
    return url_path("/".join(parts)) or "."


def _pascal(slug: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in slug.replace("_", "-").split("-") if word) or "Rule"
