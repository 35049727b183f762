"""Human text: findings grouped by file with the line quoted, then the verdict.

One line per finding starts with `path:line:col:` so editors and pre-commit users can
jump to it. Text quoted from the repository has control characters removed so that a
hostile README cannot send terminal escape sequences.
"""

from __future__ import annotations

import re
from typing import Any

from openwash.model import Report

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def clean(text: str, limit: int = 160) -> str:
    text = _CONTROL.sub("", text.replace("\t", " ")).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(report: Report, quiet: bool = False, **_options: Any) -> str:
    out: list[str] = []
    for error in report.errors:
        out.append(f"{clean(str(error), 400)}  [tool]")
    by_path: dict[str, list[Any]] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    for path, findings in by_path.items():
        for f in findings:
            out.append(f"{clean(path, 300)}:{f.line}:{f.column}: {f.severity} {f.rule} {clean(f.message, 400)}")
            claim = report.claim(f.claim)
            quote = claim.context if claim is not None and claim.context else ""
            if quote and not quiet:
                out.append(f"    > {clean(quote)}")
            if f.remediation and not quiet:
                out.append(f"    fix: {clean(f.remediation, 400)}")
    if quiet:
        return "\n".join(out) + ("\n" if out else "")
    if out:
        out.append("")
    v = report.verdict
    s = report.summary()
    verdict = "OVERREACH" if v.overreach else "no overreach"
    out.append(
        f"openwash: {verdict} · OSAID {v.osaid} · open weights {'yes' if v.open_weights else 'no'} · "
        f"MOF class {v.mof_class or '–'} · weights licence {v.weights_license_family or 'not identified'}"
    )
    out.append(
        f"{s['errors']} error(s), {s['warnings']} warning(s), {s['notes']} note(s); "
        f"{len(report.claims)} claim(s) in {len(report.documents)} document(s), "
        f"{report.stats.get('files', 0)} file(s) scanned"
    )
    for note in report.notes:
        out.append(f"note: {clean(note, 300)}")
    return "\n".join(out) + "\n"
