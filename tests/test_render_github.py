"""Workflow-command annotations: escaping as the runner unescapes it, and the 10-per-type limit."""

from __future__ import annotations

import re

import pytest
from test_render_markdown import HOSTILE, build_report

from openwash.model import Finding, Report
from openwash.render import render
from openwash.render.escape import command_data, command_property


def unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def unescape_property(text: str) -> str:
    return unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def parse(line: str) -> tuple[str, dict[str, str], str] | None:
    """The runner's reading of one log line (ActionCommand.TryParseV2)."""
    if not line.startswith("::"):
        return None
    end = line.index("::", 2)
    head, data = line[2:end], line[end + 2 :]
    command, _, props_text = head.partition(" ")
    props = {}
    for pair in filter(None, props_text.split(",")):
        key, _, value = pair.partition("=")
        props[key] = unescape_property(value)
    return command, props, unescape_data(data)


def finding(n: int, severity: str, message: str = "m", path: str = "README.md") -> Finding:
    return Finding("OW101", severity, path, n, 2, message, "fix it", name="open-source-claim-not-osaid")


def test_annotation_fields() -> None:
    report = Report(root=".", tool_version="0", findings=[finding(7, "error", "msg")])
    lines = render(report, "github", path_prefix="models/a").splitlines()
    assert parse(lines[0]) == (
        "error",
        {"file": "models/a/README.md", "line": "7", "col": "2", "title": "OW101 open-source-claim-not-osaid"},
        "msg\nFix: fix it",
    )


def test_ten_per_type_most_severe_first_and_the_rest_counted() -> None:
    findings = [finding(n, "note") for n in range(1, 4)] + [finding(n, "warning") for n in range(1, 15)]
    findings += [finding(n, "error") for n in range(1, 13)]
    report = Report(root=".", tool_version="0", findings=findings)
    lines = render(report, "github").splitlines()
    commands = [parse(line)[0] for line in lines if parse(line)]  # type: ignore[index]
    assert commands == ["error"] * 10 + ["warning"] * 10 + ["notice"] * 3
    summary = next(line for line in lines if "not shown" in line)
    assert summary.startswith("openwash: 6 more finding(s) not shown")
    hidden = [line for line in lines if line.startswith("openwash:   ")]
    assert len(hidden) == 6 and sum(" error " in h for h in hidden) == 2


@pytest.mark.parametrize("hostile", HOSTILE + ["a,b:c=d", "100%", "x::error file=y::z", "\r\n::add-mask::s"])
def test_hostile_text_cannot_forge_commands(hostile: str) -> None:
    report = Report(root=".", tool_version="0", findings=[finding(3, "error", hostile, path=f"d/{hostile}.md")])
    report.findings[0].name = hostile
    output = render(report, "github")
    lines = output.splitlines()
    assert len(lines) == 1  # no newline survives, so no second command
    command, props, data = parse(lines[0])  # type: ignore[misc]
    assert command == "error"
    assert set(props) == {"file", "line", "col", "title"}
    # Text survives exactly, except bidi overrides, which become spaces in a log.
    shown = re.sub("[\u202a-\u202e]", " ", hostile)
    assert props["file"] == f"d/{shown}.md" and props["title"] == f"OW101 {shown}"
    assert data == f"{shown}\nFix: fix it"


def test_escape_helpers_round_trip() -> None:
    for text in ["a%0Ab", "x\r\ny", "k:v,w", "%%", ""]:
        assert unescape_data(command_data(text)) == text
        assert unescape_property(command_property(text)) == text
        assert not re.search(r"[\r\n]", command_property(text) + command_data(text))
        assert "," not in command_property(text) and ":" not in command_property(text)


def test_tool_errors_are_plain_lines() -> None:
    report = build_report(["::error::x\nline"], n_claims=1)
    lines = render(report, "github").splitlines()
    plain = [line for line in lines if line.startswith("openwash: could not read")]
    assert len(plain) == 1 and "\n" not in plain[0]
