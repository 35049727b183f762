"""`--format github`: workflow-command annotations (`::error file=…,line=…::message`).

GitHub shows at most 10 annotations of each type (error, warning, notice) per step, so
findings are printed most severe first and the rest are listed as plain log lines with a
count of how many were not shown as annotations. Properties and data are escaped the way
the runner unescapes them, so repository text can never start a command of its own.
"""

from __future__ import annotations

from typing import Any

from openwash.model import SEVERITY_RANK, Finding, Report
from openwash.render.escape import command_data, command_property, log_safe, one_line

ANNOTATIONS_PER_TYPE = 10
_COMMAND = {"error": "error", "warning": "warning", "note": "notice"}


def render(report: Report, *, path_prefix: str = "", max_per_type: int = ANNOTATIONS_PER_TYPE, **_options: Any) -> str:
    """Annotation lines; `path_prefix` turns report paths into workspace-relative ones."""
    findings = sorted(report.findings, key=lambda f: -SEVERITY_RANK.get(f.severity, 0))
    shown: dict[str, int] = {}
    out: list[str] = []
    hidden: list[Finding] = []
    for finding in findings:
        command = _COMMAND.get(finding.severity, "warning")
        if shown.get(command, 0) >= max_per_type:
            hidden.append(finding)
            continue
        shown[command] = shown.get(command, 0) + 1
        out.append(annotation(command, finding, path_prefix))
    if hidden:
        out.append(
            f"openwash: {len(hidden)} more finding(s) not shown as annotations "
            f"(GitHub shows {max_per_type} per type per step); see the job summary:"
        )
        # Plain lines that start with our own text: never parsed as workflow commands.
        out.extend(f"openwash:   {_plain(f, path_prefix)}" for f in hidden)
    for error in report.errors:
        out.append(f"openwash: could not read {one_line(str(error), 400)}")
    if report.suppressed:
        out.append(f"openwash: {len(report.suppressed)} finding(s) suppressed by inline comments:")
        for silenced in report.suppressed:
            by = one_line(f"{_join(path_prefix, silenced.path)}:{silenced.line}", 300)
            out.append(f"openwash:   suppressed {_plain(silenced.finding, path_prefix)} (by {by})")
    # Plain lines too are read by the runner: no legacy `##[command]` anywhere in one.
    return log_safe("\n".join(out)) + ("\n" if out else "")


def annotation(command: str, finding: Finding, path_prefix: str = "") -> str:
    props = {
        "file": _join(path_prefix, finding.path),
        "line": str(max(1, finding.line)),
        "col": str(max(1, finding.column)),
        "title": f"{finding.rule} {finding.name}".strip(),
    }
    rendered = ",".join(f"{key}={command_property(value)}" for key, value in props.items())
    message = finding.message
    if finding.remediation:
        message += "\nFix: " + finding.remediation
    return f"::{command} {rendered}::{command_data(message)}"


def _plain(finding: Finding, path_prefix: str) -> str:
    where = f"{_join(path_prefix, finding.path)}:{finding.line}:{finding.column}"
    return one_line(f"{where}: {finding.severity} {finding.rule} {finding.message}", 500)


def _join(prefix: str, path: str) -> str:
    prefix = prefix.strip("/")
    if not prefix or prefix == ".":
        return path
    return f"{prefix}/{path}"
