"""Every format reports the same findings: comment, job summary, text, JSON, SARIF, annotations.

For each corpus case the report is built once and rendered in every format; the set of
(rule, path, line) read back from each output must be the set of the report's findings.
The Markdown claims table may mark a claim ❌/⚠️/ℹ️ only where a finding reports that line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import CORPUS, needs_shared

from openwash.model import Report
from openwash.render import github, json_report, markdown, sarif, text

LINK_BASE = "https://github.com/acme/model/blob/" + "a" * 40 + "/"
Place = tuple[str, str, int]


def _case_dirs() -> list[Path]:
    roots = (CORPUS / "cases", CORPUS / "cards", CORPUS.parent / "corpus2" / "cases")
    return sorted(p for root in roots if root.is_dir() for p in root.iterdir() if p.is_dir())


CASES = _case_dirs()


def from_json(report: Report) -> set[Place]:
    data = json.loads(json_report.render(report))
    return {(f["rule"], f["path"], f["line"]) for f in data["findings"]}


def from_sarif(report: Report) -> set[Place]:
    run = json.loads(sarif.render(report))["runs"][0]
    out = set()
    for result in run["results"]:
        if result.get("suppressions"):
            continue
        location = result["locations"][0]["physicalLocation"]
        out.add((result["ruleId"], unquote(location["artifactLocation"]["uri"]), location["region"]["startLine"]))
    return out


def _unescape_property(value: str) -> str:
    return value.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def from_annotations(report: Report) -> set[Place]:
    """Annotations (capped per type) plus the plain lines that list the rest."""
    out = set()
    for line in github.render(report).splitlines():
        command = re.match(r"::(error|warning|notice) (file=[^:]*)::", line)
        if command:
            props = dict(p.split("=", 1) for p in command.group(2).split(","))
            out.add((_unescape_property(props["title"]).split()[0], _unescape_property(props["file"]), int(props["line"])))
            continue
        plain = re.match(r"openwash:   (.+):(\d+):\d+: (?:error|warning|note) (OW\d+) ", line)
        if plain:
            out.add((plain.group(3), plain.group(1), int(plain.group(2))))
    return out


def from_text(report: Report, quiet: bool = False) -> set[Place]:
    out = set()
    for line in text.render(report, quiet=quiet).splitlines():
        place = re.match(r"(?:\./)?(.+?):(\d+):\d+: (?:error|warning|note) (OW\d+)", line)
        if place:
            out.add((place.group(3), place.group(1), int(place.group(2))))
    return out


def from_markdown(body: str) -> set[Place]:
    """The places of every cause entry (`1. ❌ [OW101 …](…) …` and its indented lines)."""
    out: set[Place] = set()
    rule = None
    link = re.compile(r"\]\(" + re.escape(LINK_BASE) + r"([^)#]*)#L(\d+)\)")
    for line in body.split("\n"):
        item = re.match(r"\d+\. \S+ \[(OW\d+)", line)
        if item:
            rule = item.group(1)
        elif not line.startswith("   "):
            rule = None
        if rule is not None:
            out.update((rule, unquote(path), int(n)) for path, n in link.findall(line))
    return out


def flagged_claim_rows(body: str) -> set[tuple[str, int]]:
    """(path, line) of the claims-table rows marked as reported (❌ ⚠️ ℹ️)."""
    out = set()
    for line in body.split("\n"):
        row = re.match(r"\| (❌|⚠️|ℹ️) \| .*?\]\(" + re.escape(LINK_BASE) + r"([^)#]*)#L(\d+)\)", line)
        if row:
            out.add((unquote(row.group(2)), int(row.group(3))))
    return out


@needs_shared
@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.parent.name}/{p.name}" for p in CASES])
def test_every_format_reports_the_same_findings(case: Path) -> None:
    from openwash import engine

    report = engine.check(case)
    expected = {(f.rule, f.path, f.line) for f in report.findings}
    comment = markdown.render(report, link_base=LINK_BASE, max_chars=markdown.COMMENT_LIMIT - 512)
    summary = markdown.render(report, link_base=LINK_BASE, max_bytes=markdown.SUMMARY_LIMIT_BYTES)
    got = {
        "json": from_json(report),
        "sarif": from_sarif(report),
        "annotations": from_annotations(report),
        "text": from_text(report),
        "text --quiet": from_text(report, quiet=True),
        "comment": from_markdown(comment),
        "summary": from_markdown(summary),
    }
    for fmt, places in got.items():
        assert places == expected, f"{fmt}: missing {sorted(expected - places)[:5]}, extra {sorted(places - expected)[:5]}"
    reported_lines = {(path, line) for _, path, line in expected}
    for body in (comment, summary):
        assert flagged_claim_rows(body) <= reported_lines


def test_the_readers_are_live() -> None:
    """The parsers above find findings when there are some (so agreement on empty sets proves nothing alone)."""
    from openwash.model import Claim, Finding

    claim = Claim("C1", "open-source", "open-source", "docs/a b.md", 4, 2, "model", "en", "osaid", backed=False,
                  status="overreach", context="an open-source model")
    finding = Finding("OW101", "error", "docs/a b.md", 4, 2, "'open-source' claims open source AI", "say open weights",
                      claim="C1", name="open-source-claim-not-osaid")
    report = Report(root=".", tool_version="0", claims=[claim], findings=[finding])
    expected = {("OW101", "docs/a b.md", 4)}
    body = markdown.render(report, link_base=LINK_BASE)
    for places in (from_json(report), from_sarif(report), from_annotations(report), from_text(report), from_markdown(body)):
        assert places == expected
    assert flagged_claim_rows(body) == {("docs/a b.md", 4)}
