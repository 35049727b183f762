"""Human text: findings grouped by file with the line quoted, then the verdict.

One line per finding starts with `path:line:col:` so editors and pre-commit users can
jump to it. Text quoted from the repository has control characters removed so that a
hostile README cannot send terminal escape sequences.
"""

from __future__ import annotations

from typing import Any

from openwash.lazyre import lazy_compile
from openwash.model import Report, yes_no

# C0 and C1 controls (\x9b is a one-byte CSI on some terminals), bidi overrides.
_CONTROL = lazy_compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A newline in a file name or quote must not start a line that looks like a finding.
_LINE_BREAK = lazy_compile(r"[\t\n\r\u2028\u2029]")


def clean(text: str, limit: int = 160) -> str:
    text = _CONTROL.sub("", _LINE_BREAK.sub(" ", text)).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def excerpt(line: str, column: int, width: int = 150) -> str:
    """The part of a long line around `column` (1-based), with ellipses where it was cut."""
    if len(line) <= width:
        return line
    start = max(0, min(column - 1 - width // 3, len(line) - width))
    piece = line[start : start + width]
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(line) else "")


def _safe_start(text: str) -> str:
    # In a CI log a line starting with "::" is a workflow command: a file named
    # "::error::x" must not forge one (or "::stop-commands::" hide the rest).
    return "./" + text if text.startswith("::") else text


def render(report: Report, quiet: bool = False, **_options: Any) -> str:
    from openwash.render.escape import log_safe

    # Text output often lands in a CI log: no line may carry a legacy `##[command]`.
    return log_safe(_render(report, quiet))


def _render(report: Report, quiet: bool) -> str:
    out: list[str] = []
    for error in report.errors:
        out.append(f"{_safe_start(clean(str(error), 400))}  [tool]")
    by_path: dict[str, list[Any]] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    for path, findings in by_path.items():
        for f in findings:
            out.append(_safe_start(f"{clean(path, 300)}:{f.line}:{f.column}: {f.severity} {f.rule} {clean(f.message, 400)}"))
            claim = report.claim(f.claim)
            quote = excerpt(claim.context, claim.column) if claim is not None and claim.context else ""
            if quote and not quiet:
                out.append(f"    > {clean(quote)}")
            if f.remediation and not quiet:
                out.append(f"    fix: {clean(f.remediation, 400)}")
    silenced = [
        _safe_start(f"suppressed: {clean(x.finding.path, 300)}:{x.finding.line}:{x.finding.column}: {x.finding.rule} "
                    f"by {clean(x.path, 300)}:{x.line}: {clean(x.finding.message, 200)}")
        for x in report.suppressed
    ]
    if quiet:
        out.extend(silenced)
        return "\n".join(out) + ("\n" if out else "")
    if out:
        out.append("")
    v = report.verdict
    s = report.summary()
    verdict = "OVERREACH" if v.overreach else "no overreach"
    out.append(
        f"openwash: {verdict} · OSAID {v.osaid} · open weights {yes_no(v.open_weights)} · "
        f"MOF class {v.mof_class or '–'} · weights licence {v.weights_license_family or 'not identified'}"
    )
    out.append(
        f"{s['errors']} error(s), {s['warnings']} warning(s), {s['notes']} note(s); "
        f"{len(report.claims)} claim(s) in {len(report.documents)} document(s), "
        f"{report.stats.get('files', 0)} file(s) scanned"
        + (f"; {len(report.suppressed)} suppressed inline" if report.suppressed else "")
        + (f"; {report.known_skipped} known finding(s) skipped (baseline)" if report.baseline is not None else "")
    )
    if silenced:
        out.append(f"suppressed: {len(silenced)} finding(s) silenced by inline comments:")
        out.extend(silenced)
    for note in report.notes:
        out.append(f"note: {clean(note, 300)}")
    return "\n".join(out) + "\n"
