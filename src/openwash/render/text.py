"""Human text: findings grouped by cause (see `groups`), then the verdict.

A cause is one header line (severity, rule, how many places, the reason), one line per
place that starts with `path:line:col:` so editors and pre-commit users can jump to it
(with the line quoted below it), and one `fix:` line. `--quiet` (the pre-commit hook)
keeps the header, the places and the fix, and drops the quotes and the summary.
`--statistics` prints counts per rule instead (like `ruff --statistics`). Text quoted from
the repository has control characters removed so that a hostile README cannot send
terminal escape sequences.
"""

from __future__ import annotations

from typing import Any

from openwash.lazyre import lazy_compile
from openwash.model import Claim, Report, yes_no
from openwash.render.groups import Cause

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


def render(report: Report, quiet: bool = False, statistics: bool = False, **_options: Any) -> str:
    from openwash.render.escape import log_safe

    # Text output often lands in a CI log: no line may carry a legacy `##[command]`.
    return log_safe(_statistics(report) if statistics else _render(report, quiet))


def _statistics(report: Report) -> str:
    """Counts per rule, most frequent first: `  40  OW101  error    open-source-claim-not-osaid`."""
    from openwash.render.groups import statistics

    rows = statistics(report)
    out = [f"{n:>5}  {clean(rule, 12):<6} {severity:<7}  {clean(name, 80)}" for rule, name, severity, n in rows]
    if report.suppressed:
        out.append(f"{len(report.suppressed):>5}  suppressed inline")
    if report.errors:
        out.append(f"{len(report.errors):>5}  file(s) openwash could not read")
    return "\n".join(out) + ("\n" if out else "")


def _render(report: Report, quiet: bool) -> str:
    from openwash.render.groups import split

    out: list[str] = []
    for error in report.errors:
        out.append(f"{_safe_start(clean(str(error), 400))}  [tool]")
    new, old = split(report)
    claims = {c.id: c for c in report.claims}
    for cause in new:
        out.extend(_cause(claims, cause, quiet))
    if old:
        count = sum(c.count for c in old)
        out.append(f"-- {count} finding(s) were already there before this change (base branch or baseline):")
        for cause in old:
            out.extend(_cause(claims, cause, quiet))
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
    if v.overreach and report.new_only and not report.failed():
        verdict = "OVERREACH, all of it already known (baseline): nothing new"
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
        + (f"; {report.baseline_counts()['fixed']} fixed since the baseline" if report.fixed else "")
    )
    if silenced:
        out.append(f"suppressed: {len(silenced)} finding(s) silenced by inline comments:")
        out.extend(silenced)
    for note in report.notes:
        out.append(f"note: {clean(note, 300)}")
    return "\n".join(out) + "\n"


def _cause(claims: dict[str, Claim], cause: Cause, quiet: bool) -> list[str]:
    """Header, places, fix. The header never starts with a path; each place does."""
    out = [f"{cause.severity} {clean(cause.rule, 12)} {clean(cause.name, 80)} · {cause.places_phrase()}: {clean(cause.message, 400)}"]
    for f in cause.findings:
        claim = claims.get(f.claim) if f.claim else None
        wording = f" “{clean(claim.text, 80)}”" if claim is not None and claim.text else ""
        out.append(_safe_start(f"{clean(f.path, 300)}:{f.line}:{f.column}: {f.severity} {clean(f.rule, 12)}{wording}"))
        quote = excerpt(claim.context, claim.column) if claim is not None and claim.context else ""
        if quote and not quiet:
            out.append(f"    > {clean(quote)}")
    if cause.remediation:
        out.append(f"    fix: {clean(cause.remediation, 400)}")
    return out
