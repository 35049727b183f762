"""The pipeline: discover → documents → licences → lineage → claims → evidence → profiles → findings.

`check(root, config)` is the one entry point the CLI, the hook, the action and every
exporter use. Each stage lives in its own module and only adds to the `CheckContext`.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path

from openwash import __version__
from openwash.config import Config
from openwash.context import CheckContext
from openwash.errors import OpenwashError
from openwash.model import SEVERITY_RANK, Finding, Report, Suppressed



def check(root: Path, config: Config | None = None) -> Report:
    """Scan a repository and build the report."""
    # The scan builds ~10 objects per file and frees almost none until it ends: the cyclic
    # collector would walk them again and again (a third of the CPU at 100,000 files).
    # Reference counting still frees everything acyclic; the collector resumes afterwards.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _check(root, config)
    finally:
        if was_enabled:
            gc.enable()


def _check(root: Path, config: Config | None) -> Report:
    from openwash import claims, config as config_mod, discover, documents, evidence, identity, lineage, profiles
    from openwash.licenses import scan as license_scan

    started = time.perf_counter()
    root = Path(root)
    if not root.exists():
        raise OpenwashError("no such directory", str(root))
    if not root.is_dir():
        raise OpenwashError("not a directory", str(root))
    from openwash import cache, textio

    cache.refuse_inside(root)  # the CLI and the action do this before anything reads a store
    if config is None:
        config = config_mod.load(root)

    inventory = discover.scan(root, config)
    ctx = CheckContext(root=root, config=config, inventory=inventory)
    ctx.errors.extend(inventory.errors)

    textio.begin_run(textio.DEFAULT_BUDGET)  # one budget of text for the whole run
    over_budget: list[str] = []
    for entry in inventory.documents():
        if entry.is_symlink:
            continue  # discover reports symlinks that leave the tree; never follow them
        if textio.budget_left() == 0:
            over_budget.append(entry.path)
            continue
        loaded = documents.load(root, entry.path, entry.doc_kind or documents.README)
        if isinstance(loaded, documents.Document):
            ctx.documents.append(loaded)
        else:
            ctx.errors.append(loaded)

    ctx.licenses = license_scan.identify_repository(ctx)
    ctx.base_models = lineage.find_base_models(ctx)
    ctx.facts["own_family_models"] = lineage.own_family_models(ctx)
    # Claims are what the release says about itself: cards and READMEs, not licence texts.
    # A folder that is a project of its own (its own licence and package manifest) speaks for that project.
    prose_kinds = (documents.CARD, documents.README, documents.DATA_CARD)
    embedded = identity.embedded_in(ctx)
    ctx.claims = claims.extract_all(
        [d for d in ctx.documents if d.kind in prose_kinds and not identity.in_embedded_project(d.path, embedded)],
        ctx.facts.setdefault("notes", []),
        identity.of(ctx),
    )
    ctx.components = evidence.inventory(ctx)
    profiles.evaluate(ctx)

    findings, suppressed = _run_rules(ctx)
    report = Report(
        root=str(root),
        tool_version=__version__,
        verdict=ctx.verdict,
        claims=ctx.claims,
        components=ctx.components,
        licenses=ctx.licenses,
        findings=findings,
        profiles=ctx.profiles,
        base_models=ctx.base_models,
        documents=[d.path for d in ctx.documents],
        errors=ctx.errors,
        notes=inventory.notes + [n for n in ctx.facts.get("notes", [])],
        fail_on=config.fail_on,
        suppressed=suppressed,
    )
    _accept_suppressed_claims(report)
    if cache.refused:
        report.notes.append(cache.refused)
    if over_budget:
        report.notes.append(
            f"the run's budget of {textio.DEFAULT_BUDGET // (1024 * 1024)} MiB of text was used up: "
            f"{len(over_budget)} document(s) were not checked, from {over_budget[0]} on"
        )
    for doc in ctx.documents:
        if doc.truncated:
            report.notes.append(f"{doc.path}: larger than the read limit; only the first part was checked")
    report.inputs = {
        "folders": inventory.folders,
        "files": [f.path for f in inventory.files] + [f.link_target for f in inventory.files if f.link_target],
        "git": inventory.git_listing,
    }
    report.stats = {"files": len(inventory.files), "documents": len(ctx.documents), "seconds": round(time.perf_counter() - started, 4)}
    return report


def _run_rules(ctx: CheckContext) -> tuple[list[Finding], list[Suppressed]]:
    from openwash import suppressions
    from openwash.rules import all_rules

    findings: list[Finding] = []
    for rule in all_rules():
        if not ctx.config.rule_enabled(rule.id):
            continue
        findings.extend(rule.func(ctx))
    kept: list[Finding] = findings
    silenced: list[Suppressed] = []
    # Refused by the configuration (`inline-suppressions: false`): OW507 reports each comment.
    by_line = suppressions.index(ctx.documents) if getattr(ctx.config, "inline_suppressions", True) else {}
    if by_line:
        kept = []
        for finding in findings:
            comment = suppressions.suppressing(by_line, finding.rule, finding.path, finding.line)
            if comment is None:
                kept.append(finding)
            else:
                silenced.append(Suppressed(finding, comment.path, comment.line))
    kept.sort(key=_order)
    silenced.sort(key=lambda s: _order(s.finding))
    return _dedupe(kept), silenced


def _order(f: Finding) -> tuple[int, str, int, int, str]:
    return (-SEVERITY_RANK[f.severity], f.path, f.line, f.column, f.rule)


def _accept_suppressed_claims(report: Report) -> None:
    """An overreaching claim every one of whose findings was suppressed inline no longer makes the
    verdict OVERREACH: the headline, the exit code and the action's outputs then agree."""
    if not report.verdict.overreach or not report.suppressed:
        return
    silenced = {s.finding.claim for s in report.suppressed if s.finding.claim}
    live = {f.claim for f in report.findings if f.claim}
    accepted = silenced - live
    report.verdict.overreach = any(c.status == "overreach" and c.id not in accepted for c in report.claims)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop exact repeats, and OW104 where a licence (OW2xx) or lineage (OW3xx) error explains the same line."""
    specific = {(f.path, f.line) for f in findings if f.severity == "error" and f.rule[:3] in ("OW2", "OW3")}
    seen: set[tuple[str, str, int, int, str]] = set()
    out = []
    for f in findings:
        if f.rule == "OW104" and (f.path, f.line) in specific:
            continue
        key = (f.rule, f.path, f.line, f.column, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
