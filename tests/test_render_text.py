"""`--format text`: one entry per cause, every place on its own `path:line:col:` line; --quiet; --statistics."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from openwash import cli
from openwash.model import Claim, Finding, Report
from openwash.render import render

PLACE = re.compile(r"^(.+?):(\d+):(\d+): (error|warning|note) (OW\d+)")


def _report(n: int = 40) -> Report:
    claims, findings = [], []
    for k in range(n):
        text = ("开源", "open-source")[k % 2]
        claims.append(Claim(f"C{k}", "open-source", text, "README.md", 10 + k, 3, "model", "en", "osaid", backed=False,
                            status="overreach", context=f"line {k}: we are {text}"))
        findings.append(Finding("OW101", "error", "README.md", 10 + k, 3, f"'{text}' claims open source AI, but the weights are research-only",
                                "say 'open weights' instead", claim=f"C{k}", name="open-source-claim-not-osaid"))
    findings.append(Finding("OW503", "note", "README.md", 2, 1, "1 template placeholder(s) left", "fill in the sections",
                            name="template-placeholder-left"))
    return Report(root=".", tool_version="0", claims=claims, findings=findings)


def test_one_entry_per_cause_with_a_line_per_place() -> None:
    out = render(_report(), "text")
    lines = out.splitlines()
    headers = [line for line in lines if line.startswith(("error ", "warning ", "note "))]
    assert headers == [
        "error OW101 open-source-claim-not-osaid · 40 places: claims open source AI, but the weights are research-only",
        "note OW503 template-placeholder-left · 1 place: 1 template placeholder(s) left",
    ]
    places = [m.groups() for m in map(PLACE.match, lines) if m]
    assert len(places) == 41 and {int(p[1]) for p in places if p[4] == "OW101"} == set(range(10, 50))
    assert out.count("    fix: say 'open weights' instead") == 1  # once per cause, not per place
    assert "README.md:11:3: error OW101 “open-source”" in lines
    assert "    > line 11: we are open-source" in lines
    assert "openwash: no overreach" in out  # the verdict lines follow


def test_quiet_keeps_one_fix_line_per_cause_and_no_quotes() -> None:
    out = render(_report(), "text", quiet=True)
    lines = out.splitlines()
    assert [line for line in lines if line.startswith("    fix:")] == ["    fix: say 'open weights' instead", "    fix: fill in the sections"]
    assert not any(line.startswith("    > ") for line in lines)
    assert not any(line.startswith("openwash:") for line in lines)
    assert sum(bool(PLACE.match(line)) for line in lines) == 41


def test_preexisting_findings_come_after_the_new_ones() -> None:
    report = _report(4)
    for finding in report.findings[:3]:
        finding.preexisting = True
    lines = render(report, "text", quiet=True).splitlines()
    marker = next(n for n, line in enumerate(lines) if line.startswith("-- 3 finding(s) were already there"))
    assert lines[0].startswith("error OW101") and "1 place" in lines[0]
    assert lines[1].startswith("README.md:13:3:")
    assert all(not PLACE.match(line) or int(PLACE.match(line).group(2)) < 13 for line in lines[marker:])  # type: ignore[union-attr]


def test_statistics_counts_per_rule_most_frequent_first() -> None:
    out = render(_report(), "text", statistics=True)
    assert out.splitlines() == [
        "   40  OW101  error    open-source-claim-not-osaid",
        "    1  OW503  note     template-placeholder-left",
    ]


def test_statistics_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "README.md").write_text("---\nlicense: cc-by-nc-4.0\n---\n# M\nAn open-source model.\n\nA fully open-source LLM.\n")
    code = cli.main(["check", str(tmp_path), "--statistics"])
    out = capsys.readouterr().out
    assert code == 1
    assert re.search(r"^\s+2  OW101  error    open-source-claim-not-osaid$", out, re.M), out
    assert "README.md:" not in out  # counts only
    code = cli.main(["check", str(tmp_path), "--statistics", "--format", "json"])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "--statistics" in err
