"""Markdown renderer: layout, links, limits, and hostile repository text kept inert."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CORPUS, PROJECT, needs_shared

from openwash.model import Claim, Component, Finding, LicenseInfo, Location, ProfileResult, Report, ToolError, Verdict
from openwash.render import render
from openwash.render import markdown as md

HOSTILE = [
    "<script>alert(1)</script>",
    "@org/team please look",
    "cell | breaker | here",
    "``code`` and `tick",
    "](javascript:alert(1))",
    "![x](http://evil.example/x.png)",
    "[click me](https://evil.example)",
    "::error::forged",
    "first line\nsecond line\r\nthird",
    "%0A::warning::encoded",
    "<img src=x onerror=alert(1)>",
    "</details><details open>",
    "<!-- hidden -->",
    "see #123 and https://evil.example/x",
    "\u202eevil bidi",
    "|---|---|",
]
LINK_BASE = "https://github.com/acme/model/blob/" + "c" * 40 + "/"
ALLOWED_TAGS = {"<details>", "</details>", "<summary>", "</summary>", "<sub>", "</sub>"}


def build_report(texts: list[str] | None = None, n_claims: int = 3, path: str = "README.md") -> Report:
    """A report shaped like the engine's, with `texts` quoted wherever the repository speaks."""
    texts = texts or ["an open-source model"]
    claims, findings = [], []
    for n in range(n_claims):
        text = texts[n % len(texts)]
        claim = Claim(
            id=f"C{n + 1}",
            kind="open-source",
            text=text,
            path=path,
            line=n + 3,
            column=5,
            subject="model",
            language="en",
            profile="osaid",
            backed=n % 3 != 2,
            context=f"line with {text}",
            reason=f"weights under terms that restrict use: {text}",
            requirement="OSAID: training code",
        )
        if claim.backed is False or n % 2 == 0:
            claim.backed = False
            findings.append(
                Finding(
                    rule="OW101",
                    severity="error" if n % 2 == 0 else "warning",
                    path=path,
                    line=n + 3,
                    column=5,
                    message=f"'{text}' claims open source AI",
                    remediation=f"say 'open weights' instead of {text}",
                    claim=claim.id,
                    name="open-source-claim-not-osaid",
                )
            )
        claims.append(claim)
    hostile = texts[0]
    return Report(
        root="/tmp/repo",
        tool_version="0.1.0",
        verdict=Verdict(overreach=True, osaid="non-conformant", mof_class=None, weights_license_family="vendor-community"),
        claims=claims,
        components={
            "model-parameters-final": Component("model-parameters-final", True, "gated", [Location(path, 9)], hostile, False),
            "training-code": Component("training-code", False),
            "data-information": Component("data-information", False, note=hostile),
        },
        licenses=[LicenseInfo(path, 1, "LicenseRef-x", hostile, "vendor-community", False, ["weights"], 0.9, "license-file")],
        findings=findings,
        profiles={"osaid": ProfileResult("osaid", "non-conformant", [f"training code ({hostile})"])},
        documents=[path],
        errors=[ToolError(path, 2, f"cannot decode {hostile}")],
        notes=[f"note about {hostile}"],
    )


# -- structural checks that stand in for a GFM parser ------------------------------------
def strip_code_spans(text: str) -> str:
    """Remove CommonMark code spans (a backtick run closed by a run of the same length)."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append(text[i : i + 2])
            i += 2
            continue
        if text[i] == "`":
            run = re.match(r"`+", text[i:]).group(0)  # type: ignore[union-attr]
            close = re.search(rf"(?<!`){run}(?!`)", text[i + len(run) :])
            if close:
                i += len(run) + close.end()
                out.append("CODE")
                continue
            out.append(run)
            i += len(run)
            continue
        out.append(text[i])
        i += 1
    return "".join(out)


def cell_count(row: str) -> int:
    """Unescaped pipes in a table row (GFM splits cells before it parses code spans)."""
    count, i = 0, 0
    while i < len(row):
        if row[i] == "\\":
            i += 2
            continue
        count += row[i] == "|"
        i += 1
    return count


def tables(body: str) -> list[list[str]]:
    found, current = [], []
    for line in body.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def assert_inert(body: str, link_base: str | None = LINK_BASE) -> None:
    prose = strip_code_spans(body)
    for tag in re.findall(r"<[^>]*>", prose):
        assert tag in ALLOWED_TAGS or tag.startswith("<!-- openwash:comment"), tag
    assert "<" not in re.sub(r"<[^>]*>", "", prose) or "&lt;" in body
    assert not re.search(r"(?<![\\&])@[A-Za-z0-9]", prose), "unescaped mention"
    assert not re.search(r"(?<!\\)!\[", prose), "image"
    for target in re.findall(r"(?<!\\)\]\(([^)]*)", prose):
        assert target.startswith(("https://github.com/openwash/", link_base or "\0")), target
    assert not re.search(r"(?i)(?<![\w&])(https?|javascript):(?!//github\.com/)", prose.replace("&#8203;", "\u200b")), "autolink"
    # At most two folded blocks (findings already on the base branch; the inventory), balanced.
    assert prose.count("<details>") == prose.count("</details>") <= 2
    assert "\u202e" not in body
    for table in tables(body):
        widths = {cell_count(row) for row in table}
        assert len(widths) == 1, table


def test_layout_verdict_causes_and_inventory() -> None:
    body = render(build_report(), "markdown", link_base=LINK_BASE, revision="c" * 40)
    lines = body.split("\n")
    assert lines[0].startswith("### ❌ openwash: overreach")
    assert "#### What to change — 1 cause(s) in 2 place(s)" in body
    assert "<details>\n<summary>Claims and component inventory" in body and body.rstrip().endswith("</sub>")
    # Places link to file#Lline at the given revision.
    assert f"[L3]({LINK_BASE}README.md#L3)" in body
    # A cause names the rule, the places, the reason and the fix.
    entry = next(line for line in lines if line.startswith("1. ❌"))
    assert "OW101 open-source-claim-not-osaid" in entry and "**2 places**" in entry and "claims open source AI" in entry
    assert "**Fix:** say 'open weights'" in body and "**Where:**" in body
    # The claims table (in the inventory) keeps the requirement each claim misses.
    row = next(line for line in lines if "L3)" in line and line.startswith("| ❌"))
    assert "OSAID: training code" in row
    assert_inert(body)


def _many_places(n: int, wordings: tuple[str, ...] = ("open-source", "开源")) -> Report:
    report = build_report(n_claims=0)
    for k in range(n):
        text = wordings[k % len(wordings)]
        report.claims.append(
            Claim(f"C{k}", "open-source", text, "README.md" if k % 4 else "docs/zh.md", 10 + k, 3, "model", "en", "osaid",
                  backed=False, status="overreach", context=f"we are {text}", reason="weights under a vendor licence")
        )
        report.findings.append(
            Finding("OW101", "error", report.claims[-1].path, 10 + k, 3, f"'{text}' claims open source AI, but the weights are vendor-community",
                    "say 'open weights' instead", claim=f"C{k}", name="open-source-claim-not-osaid")
        )
    return report


def test_one_entry_per_cause_with_every_place() -> None:
    body = md.render(_many_places(40), link_base=LINK_BASE)
    entries = [line for line in body.split("\n") if re.match(r"\d+\. ", line)]
    assert len(entries) == 1, entries
    assert "**40 places**: claims open source AI, but the weights are vendor-community" in entries[0]
    assert "Wording: “open-source”, “开源”" in body
    assert body.count("say 'open weights' instead") == 1  # the fix once, not 40 times
    for k in range(40):
        path = "README.md" if k % 4 else "docs/zh.md"
        assert f"[L{10 + k}]({LINK_BASE}{path}#L{10 + k})" in body
    assert_inert(body)


def test_same_wording_everywhere_keeps_it_in_the_message() -> None:
    body = md.render(_many_places(3, ("open-source",)))
    assert "**3 places**: 'open-source' claims open source AI" in body and "Wording:" not in body


def test_claims_table_marks_only_claims_a_finding_reports() -> None:
    report = build_report(n_claims=3)
    claim = report.claims[0]
    claim.backed, claim.status = False, "overreach"
    report.findings = [f for f in report.findings if f.claim != claim.id]
    body = md.render(report)
    row = next(line for line in body.split("\n") if line.startswith("|") and ":3`" in line)
    assert row.startswith("| – |"), row
    icons = [line.split("|")[1].strip() for line in body.split("\n") if line.startswith("| ") and "“" in line]
    reported = {f.claim for f in report.findings}
    assert sum(icon in ("❌", "⚠️") for icon in icons) == len(reported)


def test_unbacked_claims_come_first() -> None:
    report = build_report(n_claims=6)
    body = md.render(report)
    rows = [line for line in body.split("\n") if line.startswith(("| ✅", "| ❌", "| ⚠️", "| –"))]
    statuses = [row.split("|")[1].strip() for row in rows]
    assert statuses == sorted(statuses, key=lambda s: ["❌", "⚠️", "–", "✅"].index(s))


def test_pull_request_findings_lead_and_preexisting_ones_are_folded() -> None:
    report = _many_places(40)
    report.findings[7].preexisting = False
    for n, finding in enumerate(report.findings):
        finding.preexisting = n != 7
    body = md.render(report, link_base=LINK_BASE)
    first, rest = body.split("<details>", 1)
    assert "#### Introduced by this pull request — 1 cause(s) in 1 place(s)" in first
    assert first.count("[L") == 1 and f"#L{10 + 7})" in first
    assert "this pull request introduces 1 new finding(s)" in first.split("\n")[0]
    assert rest.startswith("\n<summary>Already on the base branch — 1 cause(s) in 39 place(s)</summary>")
    assert "**39 places**" in rest
    assert_inert(body)


def test_nothing_new_says_so() -> None:
    report = _many_places(3)
    for finding in report.findings:
        finding.preexisting = True
    body = md.render(report)
    assert "nothing new in this pull request; 3 finding(s) already on the base branch" in body.split("\n")[0]
    assert "_No new finding" in body.split("<details>")[0]


def test_without_preexisting_findings_there_is_no_pull_request_section() -> None:
    body = md.render(_many_places(3))
    assert "Introduced by this pull request" not in body and "Already on the base branch" not in body


def test_rule_links_point_at_the_docs_of_the_version_that_ran() -> None:
    from openwash import __version__

    body = md.render(build_report())
    assert f"https://github.com/openwash/openwash/blob/v{__version__}/docs/rules.md#ow101-open-source-claim-not-osaid" in body
    assert "/blob/main/" not in body
    pinned = "https://github.com/acme/openwash-fork/blob/v2.0.1/docs/rules.md"
    assert f"]({pinned}#ow101-open-source-claim-not-osaid)" in md.render(build_report(), docs_base=pinned)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_inert(hostile: str) -> None:
    report = build_report([hostile], path=f"docs/{hostile.splitlines()[0][:20]}.md")
    for link_base in (LINK_BASE, None):
        body = md.render(report, link_base=link_base, marker="<!-- openwash:comment key=. -->")
        assert_inert(body, link_base)


def test_hostile_text_is_still_readable() -> None:
    body = md.render(build_report(["<b>open</b> @me"]))
    assert "&lt;b&gt;open&lt;/b&gt; @&#8203;me" in body


def test_paths_with_spaces_and_brackets_are_encoded_in_links() -> None:
    body = md.render(build_report(path="my docs/READ (me).md"), link_base=LINK_BASE)
    assert f"({LINK_BASE}my%20docs/READ%20%28me%29.md#L3)" in body
    assert_inert(body)


def test_no_findings_says_so() -> None:
    report = Report(root=".", tool_version="0.1.0", verdict=Verdict(osaid="conformant"))
    body = md.render(report)
    assert body.startswith("### ✅ openwash: no findings")
    backed = build_report(n_claims=1)
    backed.findings, backed.verdict.overreach, backed.claims[0].backed = [], False, True
    assert md.render(backed).startswith("### ✅ openwash: no findings — every openness claim is backed")


def test_comment_limit_truncates_deliberately() -> None:
    report = build_report(["x" * 150 + " @team <b>"], n_claims=900)
    body = md.render(report, link_base=LINK_BASE, max_chars=md.COMMENT_LIMIT)
    assert len(body) <= md.COMMENT_LIMIT
    assert "more claim(s) not shown" in body and "GitHub's size limit" in body
    assert_inert(body)
    full = md.render(report, link_base=LINK_BASE)
    assert len(full) > md.COMMENT_LIMIT  # the test really exercised the limit


def test_summary_limit_in_bytes() -> None:
    report = build_report(["开源" * 60], n_claims=4000)
    body = md.render(report, max_bytes=md.SUMMARY_LIMIT_BYTES)
    assert len(body.encode("utf-8")) <= md.SUMMARY_LIMIT_BYTES
    assert "not shown" in body


def test_footer_lines_and_marker() -> None:
    body = md.render(build_report(), marker="<!-- openwash:comment key=. -->", footer_lines=["> [!WARNING]\n> read-only"])
    assert body.startswith("<!-- openwash:comment key=. -->\n")
    assert "> [!WARNING]\n> read-only" in body


@needs_shared
@pytest.mark.parametrize("case", sorted(p.name for p in CORPUS.joinpath("cases").iterdir() if p.is_dir()) if CORPUS.is_dir() else [])
def test_corpus_renders_inert(case: str) -> None:
    from openwash import engine

    report = engine.check(CORPUS / "cases" / case)
    body = md.render(report, link_base=LINK_BASE, max_chars=md.COMMENT_LIMIT)
    assert len(body) <= md.COMMENT_LIMIT
    assert_inert(body)


EXAMPLE_CASE = "THUDM__ChatGLM-6B"
EXAMPLE_FILE = PROJECT / "examples" / "comment-chatglm-6b.md"
EXAMPLE_LINK_BASE = "https://github.com/THUDM/ChatGLM-6B/blob/{commit}/"


def render_example() -> str:
    import json

    from openwash import engine

    source = json.loads((CORPUS / "cases" / f"{EXAMPLE_CASE}.source.json").read_text(encoding="utf-8"))
    commit = str(source.get("commit") or source.get("sha") or "main")
    report = engine.check(CORPUS / "cases" / EXAMPLE_CASE)
    report.stats = {}
    body = md.render(
        report,
        link_base=EXAMPLE_LINK_BASE.format(commit=commit),
        marker="<!-- openwash:comment key=. -->",
        revision=commit if re.fullmatch(r"[0-9a-f]{7,64}", commit) else None,
        max_chars=md.COMMENT_LIMIT,
    )
    return body


@needs_shared
def test_example_comment_is_in_sync() -> None:
    """examples/comment-chatglm-6b.md is what the action posts for a real overreaching release.

    Regenerate with: OPENWASH_UPDATE_EXAMPLES=1 pytest tests/test_render_markdown.py -k example
    """
    import os

    body = render_example()
    if os.environ.get("OPENWASH_UPDATE_EXAMPLES"):
        EXAMPLE_FILE.parent.mkdir(parents=True, exist_ok=True)
        EXAMPLE_FILE.write_text(body, encoding="utf-8")
    assert EXAMPLE_FILE.is_file(), "run with OPENWASH_UPDATE_EXAMPLES=1 to create it"
    assert Path(EXAMPLE_FILE).read_text(encoding="utf-8") == body, (
        "examples/comment-chatglm-6b.md is stale: regenerate with OPENWASH_UPDATE_EXAMPLES=1"
    )
