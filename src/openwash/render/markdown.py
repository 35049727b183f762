"""`--format markdown`: the PR comment and job summary.

Layout: a one-line verdict, then the findings grouped by cause (one entry per rule and
reason, with every place it applies: see `groups`), then a collapsed inventory (the claims
judged, the components for MOF / OSAID, the licences). When some findings were already there
before the pull request (`Finding.preexisting`), the ones it introduced come first, under
their own heading, and the others follow folded. Every finding is shown (or counted, when
the size limit cuts), and nothing else is marked as failing: the claims table marks a claim
❌ only when a finding reports it. Every string that comes from the repository goes through
`escape` first. The body can be bounded (`max_chars` for GitHub's 65,536-character
comments, `max_bytes` for the 1 MiB job summary): entries are dropped from the end of each
list, and the text says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openwash.lazyre import regex
from openwash.model import MOF_COMPONENT_NAMES, SEVERITY_RANK, Claim, Finding, Report, yes_no
from openwash.render.escape import md_code, md_text, url_path
from openwash.render.groups import Cause

COMMENT_LIMIT = 65_536
SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024  # GitHub rejects a step summary of 1 MiB or more

_SEVERITY_ICON = {"error": "❌", "warning": "⚠️", "note": "ℹ️"}
# The lowest MOF class whose definition lists a component (formatting aid: which column to
# show it under; the class itself comes from the report).
_MOF_CLASS_OF = {
    "model-architecture": "III",
    "model-parameters-final": "III",
    "technical-report": "III",
    "evaluation-results": "III",
    "model-card": "III",
    "data-card": "III",
    "sample-model-outputs": "III (optional)",
    "training-code": "II",
    "inference-code": "II",
    "evaluation-code": "II",
    "evaluation-data": "II",
    "supporting-libraries-and-tools": "II (optional)",
    "datasets": "I",
    "data-preprocessing-code": "I",
    "model-parameters-intermediate": "I",
    "research-paper": "I",
    "model-metadata": "I (optional)",
    "data-information": "OSAID",
}
_PROFILE_NAMES = {
    "osaid": "OSI Open Source AI Definition 1.0",
    "mof": "Model Openness Framework",
    "open-weights": "Open weights",
    "eu-ai-act": "EU AI Act Art. 53(2) open-source exemption",
}
# Row caps tried in turn until the body fits the limit; None = every row.
_ROW_CAPS: tuple[int | None, ...] = (None, 500, 200, 100, 50, 25, 10, 5, 0)


def render(
    report: Report,
    *,
    link_base: str | None = None,
    marker: str | None = None,
    revision: str | None = None,
    max_chars: int | None = None,
    max_bytes: int | None = None,
    footer_lines: Sequence[str] = (),
    docs_base: str | None = None,
    **_options: Any,
) -> str:
    """Markdown for `report`.

    link_base: URL prefix (ending in `/`) that a repository-relative path is appended to,
    e.g. `https://github.com/o/r/blob/<sha>/`; without it locations are code spans.
    marker: an HTML comment placed first (the sticky comment's identity).
    revision: the commit checked, shown in the verdict line.
    footer_lines: Markdown lines the caller vouches for (status of the comment, …).
    docs_base: URL of docs/rules.md for the openwash that ran (default: the installed version's tag).
    """
    for cap in _ROW_CAPS:
        body = _Body(report, link_base, cap, docs_base).build(marker, revision, footer_lines)
        if _fits(body, max_chars, max_bytes):
            return body
    return _hard_cut(body, max_chars, max_bytes)


def _version(version: str) -> str:
    return version if regex(r"[\w.+-]{1,40}").fullmatch(version) else md_text(version, 40)


def _fits(body: str, max_chars: int | None, max_bytes: int | None) -> bool:
    if max_chars is not None and len(body) > max_chars:
        return False
    return max_bytes is None or len(body.encode("utf-8")) <= max_bytes


def _hard_cut(body: str, max_chars: int | None, max_bytes: int | None) -> str:
    """Last resort (only a huge verdict block gets here): cut at a line and say so."""
    note = "\n\n_… truncated: the full report is in the job summary and the JSON report._\n"
    budget = min(max_chars or len(body), max_bytes or len(body)) - len(note.encode("utf-8")) - 16
    lines, size = [], 0
    for line in body.split("\n"):
        size += len(line.encode("utf-8")) + 1
        if size > budget:
            break
        lines.append(line)
    return "\n".join(lines) + note


class _Body:
    def __init__(self, report: Report, link_base: str | None, row_cap: int | None, docs_base: str | None = None) -> None:
        from openwash.render import groups

        self.report = report
        self.link_base = link_base
        self.row_cap = row_cap
        self.docs_base = docs_base
        self.truncated = False
        self.new, self.old = groups.split(report)
        self.worst: dict[str, Finding] = {}  # claim id -> its most severe finding
        for f in report.findings:
            current = self.worst.get(f.claim) if f.claim else None
            if f.claim and (current is None or SEVERITY_RANK.get(f.severity, 0) > SEVERITY_RANK.get(current.severity, 0)):
                self.worst[f.claim] = f
        self.silenced = {s.finding.claim for s in report.suppressed if s.finding.claim}

    def build(self, marker: str | None, revision: str | None, footer_lines: Sequence[str]) -> str:
        parts: list[str] = []
        if marker:
            parts.append(marker)
        parts.append(self.verdict_line(revision))
        parts.append(self.counts_line())
        if self.old or self.report.fixed:
            parts.extend(self.causes_section("Introduced by this pull request", self.new))
            parts.extend(self.fixed_section())
            if self.old:
                parts.extend(self.preexisting_section())
        else:
            parts.extend(self.causes_section("What to change", self.new))
        parts.extend(self.suppressed_section())
        parts.extend(self.errors_section())
        parts.extend(self.inventory_section())
        if self.truncated:
            parts.append(
                f"_Some rows are not shown to keep this under GitHub's size limit "
                f"({COMMENT_LIMIT:,} characters for a comment); the job summary and the JSON report have all of them._"
            )
        parts.extend(footer_lines)
        parts.append(
            f"<sub>openwash {_version(self.report.tool_version)} · "
            "checks openness claims against OSAID 1.0, the Model Openness Framework and related definitions</sub>"
        )
        return "\n\n".join(p for p in parts if p) + "\n"

    # -- verdict -------------------------------------------------------------------
    def verdict_line(self, revision: str | None) -> str:
        report, verdict = self.report, self.report.verdict
        claims = report.claims
        at = f" (checked at {md_code(revision[:12], in_table=False)})" if revision else ""
        if self.old or report.fixed:
            return self._pull_request_verdict(at)
        # Counted from the findings, so the headline names no claim that no finding reports.
        overreaching = {f.claim for f in report.findings if f.severity == "error" and f.claim}
        if verdict.overreach and report.new_only and not report.failed():
            return f"### ⚠️ openwash: overreach, all of it already known (baseline {md_code(report.baseline or '', in_table=False)}): nothing new{at}"
        if verdict.overreach:
            count = f"{len(overreaching)} of {len(claims)} openness claims" if overreaching else "openness claims"
            return f"### ❌ openwash: overreach — {count} not backed by the evidence{at}"
        if report.failed():
            return f"### ❌ openwash: check failed — findings at or above `{report.fail_on}`{at}"
        if report.suppressed:
            return (
                f"### ⚠️ openwash: no overreach left — {len(report.suppressed)} finding(s) suppressed by "
                f"inline comments (listed below){at}"
            )
        summary = report.summary()
        if summary["warnings"] or summary["notes"]:
            return f"### ⚠️ openwash: no overreach, but the evidence is incomplete{at}"
        if claims:
            return f"### ✅ openwash: no findings — every openness claim is backed by the evidence{at}"
        return f"### ✅ openwash: no findings — no openness claims to check{at}"

    def _pull_request_verdict(self, at: str) -> str:
        """Some findings were already there: the headline is about what this pull request changed."""
        new = sum(c.count for c in self.new)
        old = sum(c.count for c in self.old)
        fixed = self.report.baseline_counts()["fixed"]
        fixes = f"; it fixes {fixed}" if fixed else ""
        icon = "❌" if self.report.failed() else "⚠️" if new else "✅"
        if new:
            errors = sum(c.count for c in self.new if c.severity == "error")
            what = f"{new} new finding(s)" + (f", {errors} of them error(s)" if errors else "")
            return f"### {icon} openwash: this pull request introduces {what}{fixes}; {old} already on the base branch{at}"
        return f"### {icon} openwash: nothing new in this pull request{fixes}; {old} finding(s) already on the base branch{at}"

    def counts_line(self) -> str:
        v, s = self.report.verdict, self.report.summary()
        parts = [
            f"OSAID: **{md_text(v.osaid, 40)}**",
            f"open weights: **{yes_no(v.open_weights)}**",
            f"MOF class: **{md_text(v.mof_class, 10) if v.mof_class else '–'}**",
            f"weights licence: **{md_text(v.weights_license_family, 40) if v.weights_license_family else 'not identified'}**",
            f"{s['errors']} error(s), {s['warnings']} warning(s), {s['notes']} note(s)",
        ]
        if self.report.suppressed:
            parts.append(f"**suppressed: {len(self.report.suppressed)}** (inline comments; listed below)")
        if self.report.baseline is not None:
            b = self.report.baseline_counts()
            skipped = f", {b['skipped']} known finding(s) skipped" if b["skipped"] else ""
            parts.append(f"new: **{b['new']}**, preexisting: **{b['preexisting']}**{skipped}")
        return " · ".join(parts)

    # -- findings, by cause -----------------------------------------------------------
    def causes_section(self, title: str, causes: list[Cause]) -> list[str]:
        """One numbered entry per cause: the rule, how many places, the reason, the fix, the places."""
        if not causes:
            if self.old:
                return [f"#### {title}", "_No new finding: everything below was already on the base branch._"]
            return []
        return [f"#### {title} — {_causes_phrase(causes)}", *self._cause_list(causes)]

    def fixed_section(self) -> list[str]:
        """What the base branch (or baseline) had and this tree no longer has."""
        fixed = self.report.fixed
        if not fixed:
            return []
        from openwash.render.links import rule_url

        from openwash.rules import all_rules

        names = {r.id: r.name for r in all_rules()}
        cap = self.row_cap or len(fixed)
        rows = []
        for entry in fixed[:cap]:
            rule_id = str(entry["rule"])
            times = f" ×{entry['count']}" if int(entry["count"]) > 1 else ""
            rows.append(
                f"- ✅ [{md_text(rule_id, 12)}]({rule_url(rule_id, names.get(rule_id, ''), self.docs_base)}) "
                f"{md_code(str(entry['path']), in_table=False)}{times}: “{md_text(str(entry['text']), 160)}”"
            )
        if len(fixed) > cap:
            rows.append(f"- _… {len(fixed) - cap} more not shown._")
        return [f"#### Fixed by this pull request ({self.report.baseline_counts()['fixed']})", "\n".join(rows)]

    def preexisting_section(self) -> list[str]:
        causes = self.old
        summary = f"Already on the base branch — {_causes_phrase(causes)}"
        # The blank line after <summary> lets GitHub render the Markdown inside <details>.
        return ["<details>\n<summary>" + summary + "</summary>\n\n" + "\n\n".join(self._cause_list(causes)) + "\n\n</details>"]

    def _cause_list(self, causes: list[Cause]) -> list[str]:
        shown = self._cap(causes)
        out = ["\n".join(self.cause_item(n, cause) for n, cause in enumerate(shown, 1))]
        if len(shown) < len(causes):
            hidden = causes[len(shown) :]
            out.append(f"_… {len(hidden)} more cause(s) in {sum(c.count for c in hidden)} place(s) not shown._")
        return out

    def cause_item(self, number: int, cause: Cause) -> str:
        icon = _SEVERITY_ICON.get(cause.severity, "•")
        from openwash.render.links import rule_url

        label = f"{md_text(cause.rule, 12)} {md_text(cause.name, 60)}".strip()
        rule_link = f"[{label}]({rule_url(cause.rule, cause.name, self.docs_base)})"
        lines = [f"{number}. {icon} {rule_link} · **{cause.places_phrase()}**: {md_text(cause.message, 400)}"]
        if len(cause.wordings) > 1:
            quoted = ", ".join(f"“{md_text(w, 80)}”" for w in cause.wordings[:8])
            more = f" and {len(cause.wordings) - 8} more" if len(cause.wordings) > 8 else ""
            lines.append(f"   Wording: {quoted}{more}")
        if cause.remediation:
            lines.append(f"   **Fix:** {md_text(cause.remediation, 400)}")
        lines.append(f"   **Where:** {self.places(cause.findings)}")
        # Two trailing spaces: a hard line break inside the list item, in comments and summaries alike.
        return "  \n".join(lines)

    def places(self, findings: list[Finding]) -> str:
        """`README.md` L3, L10, L25; `docs/x.md` L4 — every line a link when there is a link base."""
        from openwash.render.groups import by_path

        shown = self._cap(findings)
        parts = []
        for path, here in by_path(shown):
            lines = ", ".join(self.line_link(path, f.line) for f in here)
            parts.append(f"{self.file_label(path)} {lines}")
        text = "; ".join(parts)
        if len(shown) < len(findings):
            more = f"{len(findings) - len(shown)} more place(s)" if shown else f"{len(findings)} place(s), not shown"
            text += f"{'; ' if text else ''}_{'and ' if shown else ''}{more}_"
        return text

    def file_label(self, path: str) -> str:
        if self.link_base:
            return f"[{md_text(path, 120)}]({self.link_base}{url_path(path)})"
        return md_code(path, 120)

    def line_link(self, path: str, line: int | None) -> str:
        line = line or 1
        if self.link_base:
            return f"[L{line}]({self.link_base}{url_path(path)}#L{line})"
        return f"L{line}"

    # -- claims (in the inventory) --------------------------------------------------
    def claims_table(self) -> str:
        """Every claim judged; ❌/⚠️/ℹ️ only where a finding reports it (the same findings as every format)."""
        claims = self.report.claims
        if not claims:
            return ""
        status = {c.id: self.claim_status(c) for c in claims}
        order = {"❌": 0, "⚠️": 1, "ℹ️": 2, "🔇": 3, "–": 4, "✅": 5}
        ordered = sorted(claims, key=lambda c: order.get(status[c.id], 9))
        rows = ["| | Claim | Where | Judged as | Missing |", "|---|---|---|---|---|"]
        shown = self._cap(ordered)
        for c in shown:
            rows.append(
                f"| {status[c.id]} | “{md_text(c.text, 160)}” | {self.location(c.path, c.line)} | "
                f"{md_text(c.profile or c.kind, 40)} | {md_text(c.requirement or '', 160)} |"
            )
        text = f"Openness claims ({len(claims)}; ❌ ⚠️ ℹ️ where a finding above reports one, 🔇 suppressed inline):\n\n" + "\n".join(rows)
        if len(shown) < len(ordered):
            text += f"\n\n_… {len(ordered) - len(shown)} more claim(s) not shown._"
        return text

    def claim_status(self, claim: Claim) -> str:
        finding = self.worst.get(claim.id)
        if finding is not None:
            return _SEVERITY_ICON.get(finding.severity, "•")
        if claim.id in self.silenced:
            return "🔇"
        return "✅" if claim.backed else "–"

    def suppressed_section(self) -> list[str]:
        """Every finding an inline comment silenced: what, where, and which comment."""
        silenced = self.report.suppressed
        if not silenced:
            return []
        shown = self._cap(list(silenced))
        rows = ["| Rule | Where | Suppressed by | Finding |", "|---|---|---|---|"]
        for s in shown:
            f = s.finding
            rows.append(
                f"| {md_text(f.rule, 12)} | {self.location(f.path, f.line)} | {self.location(s.path, s.line)} | {md_text(f.message, 300)} |"
            )
        section = [f"#### Suppressed by inline comments ({len(silenced)})", "\n".join(rows)]
        if len(shown) < len(silenced):
            section.append(f"_… {len(silenced) - len(shown)} more not shown._")
        return section

    def errors_section(self) -> list[str]:
        errors = self.report.errors
        if not errors:
            return []
        shown = self._cap(list(errors))
        items = [f"- {self.location(e.path, e.line or 1)}: {md_text(e.message, 300)}" for e in shown]
        if len(shown) < len(errors):
            items.append(f"- _… {len(errors) - len(shown)} more not shown._")
        return ["#### Files openwash could not read", "\n".join(items)]

    # -- inventory -----------------------------------------------------------------
    def inventory_section(self) -> list[str]:
        report, verdict = self.report, self.report.verdict
        blocks: list[str] = []
        claims = self.claims_table()
        if claims:
            blocks.append(claims)
        if report.components:
            rows = [
                "| Component | Needed for | Present | Availability | Licence | Evidence |",
                "|---|---|---|---|---|---|",
            ]
            for key, comp in report.components.items():
                name = MOF_COMPONENT_NAMES.get(key, "Data information" if key == "data-information" else key)
                evidence = ", ".join(self.location(e.path, e.line) for e in comp.evidence[:3])
                if len(comp.evidence) > 3:
                    evidence += f" +{len(comp.evidence) - 3}"
                licence = md_text(comp.license, 60) if comp.license else "–"
                if comp.open_license is not None:
                    licence += " (open)" if comp.open_license else " (not open)"
                rows.append(
                    f"| {md_text(name, 60)} | {_MOF_CLASS_OF.get(key, '–')} | {'yes' if comp.present else 'no'} | "
                    f"{md_text(comp.availability, 20)} | {licence} | {evidence or '–'} |"
                )
            blocks.append("\n".join(rows))
        if report.profiles:
            rows = ["| Definition | Result | Missing |", "|---|---|---|"]
            for name, result in report.profiles.items():
                missing = "; ".join(md_text(m, 120) for m in result.missing[:8]) or "–"
                if len(result.missing) > 8:
                    missing += f"; +{len(result.missing) - 8} more"
                status = md_text(result.status, 40) if result.status else "–"
                rows.append(f"| {md_text(_PROFILE_NAMES.get(name, name), 80)} | {status} | {missing} |")
            blocks.append("\n".join(rows))
        if report.licenses:
            rows = ["| Licence | Family | Covers | Found in |", "|---|---|---|---|"]
            shown = self._cap(report.licenses)
            for lic in shown:
                covers = ", ".join(lic.applies_to) if lic.applies_to else "unspecified"
                rows.append(
                    f"| {md_text(lic.name or lic.id, 80)} | {md_text(lic.family, 30)} | {md_text(covers, 60)} | "
                    f"{self.location(lic.path, lic.line)} |"
                )
            blocks.append("\n".join(rows))
        if report.base_models:
            items = []
            for base in self._cap(report.base_models):
                terms = f" → {md_text(base.license_key, 40)} ({md_text(base.family or 'unknown', 30)})" if base.license_key else ""
                items.append(f"- {md_text(base.raw, 120)}{terms}, {self.location(base.path, base.line)}")
            blocks.append("Base models:\n\n" + "\n".join(items))
        if report.notes:
            blocks.append("\n".join(f"- {md_text(n, 300)}" for n in self._cap(report.notes)))
        if not blocks:
            return []
        summary = (
            f"Claims and component inventory · MOF class {md_text(verdict.mof_class, 10) if verdict.mof_class else '–'} · "
            f"OSAID {md_text(verdict.osaid, 40)}"
        )
        # The blank line after <summary> lets GitHub render the Markdown inside <details>.
        return ["<details>\n<summary>" + summary + "</summary>\n\n" + "\n\n".join(blocks) + "\n\n</details>"]

    # -- helpers -------------------------------------------------------------------
    def location(self, path: str, line: int | None) -> str:
        line = line or 1
        if self.link_base:
            label = md_text(f"{path}#L{line}", 120)
            return f"[{label}]({self.link_base}{url_path(path)}#L{line})"
        return md_code(f"{path}:{line}", 120)

    def _cap(self, items: Sequence[Any]) -> list[Any]:
        if self.row_cap is None or len(items) <= self.row_cap:
            return list(items)
        self.truncated = True
        return list(items[: self.row_cap])


def _causes_phrase(causes: Sequence[Cause]) -> str:
    places = sum(c.count for c in causes)
    return f"{len(causes)} cause(s) in {places} place(s)"
