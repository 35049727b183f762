"""The pipeline: discover → documents → licences → lineage → claims → evidence → profiles → findings.

`check(root, config)` is the one entry point the CLI, the hook, the action and every
exporter use. Each stage lives in its own module and only adds to the `CheckContext`.
"""

from __future__ import annotations

import gc
import re
import time
from pathlib import Path

from openwash import __version__
from openwash.config import Config
from openwash.context import CheckContext
from openwash.errors import OpenwashError
from openwash.lazyre import lazy_compile
from openwash.model import SEVERITY_RANK, Finding, Report

# `<!-- openwash: ignore OW101 OW203 -->` (or `ignore` alone for every rule) on the
# finding's line or on the line directly above it.
_SUPPRESS = lazy_compile(r"<!--\s*openwash:\s*ignore\b([^>]*)-->", re.IGNORECASE)


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
    if config is None:
        config = config_mod.load(root)

    inventory = discover.scan(root, config)
    ctx = CheckContext(root=root, config=config, inventory=inventory)
    ctx.errors.extend(inventory.errors)

    for entry in inventory.documents():
        if entry.is_symlink:
            continue  # discover reports symlinks that leave the tree; never follow them
        loaded = documents.load(root, entry.path, entry.doc_kind or documents.README)
        if isinstance(loaded, documents.Document):
            ctx.documents.append(loaded)
        else:
            ctx.errors.append(loaded)

    ctx.licenses = license_scan.identify_repository(ctx)
    ctx.base_models = lineage.find_base_models(ctx)
    ctx.facts["own_family_models"] = lineage.own_family_models(ctx)
    # Claims are what the release says about itself: cards and READMEs, not licence texts.
    prose_kinds = (documents.CARD, documents.README, documents.DATA_CARD)
    ctx.claims = claims.extract_all(
        [d for d in ctx.documents if d.kind in prose_kinds], ctx.facts.setdefault("notes", []), identity.of(ctx)
    )
    ctx.components = evidence.inventory(ctx)
    profiles.evaluate(ctx)

    findings = _run_rules(ctx)
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
    )
    for doc in ctx.documents:
        if doc.truncated:
            report.notes.append(f"{doc.path}: larger than the read limit; only the first part was checked")
    report.stats = {"files": len(inventory.files), "documents": len(ctx.documents), "seconds": round(time.perf_counter() - started, 4)}
    return report


def _run_rules(ctx: CheckContext) -> list[Finding]:
    from openwash.rules import all_rules

    findings: list[Finding] = []
    for rule in all_rules():
        if not ctx.config.rule_enabled(rule.id):
            continue
        findings.extend(rule.func(ctx))
    comments: dict[tuple[str, int], re.Match[str] | None] = {}  # one search per line, not per finding
    findings = [f for f in findings if not _suppressed(ctx, f, comments)]
    findings.sort(key=lambda f: (-SEVERITY_RANK[f.severity], f.path, f.line, f.column, f.rule))
    return _dedupe(findings)


def _suppressed(ctx: CheckContext, finding: Finding, comments: dict[tuple[str, int], re.Match[str] | None] | None = None) -> bool:
    doc = ctx.document(finding.path)
    if doc is None or not doc.is_markdown:
        return False
    comments = {} if comments is None else comments
    for line_no in (finding.line, finding.line - 1):
        key = (finding.path, line_no)
        if key not in comments:
            text = doc.line_text(line_no)
            comments[key] = _SUPPRESS.search(text) if "<!--" in text else None
        match = comments[key]
        if match:
            ids = match.group(1).split()
            if not ids or any(finding.rule.startswith(i.strip(",")) for i in ids):
                return True
    return False


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
