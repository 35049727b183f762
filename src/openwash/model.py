"""The report data model: one object every renderer, the action and the hook consume.

Everything here is plain data (dataclasses) with a `to_dict()` that produces the
JSON contract of `openwash check --format json` (schema_version 1). Renderers
format a `Report`; they never re-derive verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA_VERSION = 1

Family = Literal[
    "osi-approved",
    "open-data",
    "rail",
    "vendor-community",
    "non-commercial",
    "research-only",
    "no-derivatives",
    "proprietary",
    "unknown",
]
FAMILIES: tuple[str, ...] = (
    "osi-approved",
    "open-data",
    "rail",
    "vendor-community",
    "non-commercial",
    "research-only",
    "no-derivatives",
    "proprietary",
    "unknown",
)
# Most permissive first: when several terms govern the same weights, the one with the
# highest index wins ("the most restrictive when several apply"). `unknown` sits apart.
FAMILY_RESTRICTIVENESS: dict[str, int] = {
    "osi-approved": 0,
    "open-data": 1,
    "rail": 2,
    "vendor-community": 3,
    "no-derivatives": 4,
    "non-commercial": 5,
    "research-only": 6,
    "proprietary": 7,
    "unknown": -1,
}
OPEN_FAMILIES = frozenset({"osi-approved", "open-data"})

Availability = Literal["in-repo", "lfs", "external", "gated", "absent"]
Severity = Literal["error", "warning", "note"]
SEVERITY_RANK: dict[str, int] = {"error": 3, "warning": 2, "note": 1}
Subject = Literal["model", "weights", "code", "data", "unclear"]
Osaid = Literal["conformant", "non-conformant", "insufficient-evidence"]

# MOF component keys (kebab case of MOT names) plus OSAID's data information.
COMPONENT_KEYS: tuple[str, ...] = (
    "model-architecture",
    "model-parameters-final",
    "technical-report",
    "evaluation-results",
    "model-card",
    "data-card",
    "sample-model-outputs",
    "training-code",
    "inference-code",
    "evaluation-code",
    "evaluation-data",
    "supporting-libraries-and-tools",
    "datasets",
    "data-preprocessing-code",
    "model-parameters-intermediate",
    "research-paper",
    "model-metadata",
    "data-information",
)
# kebab key -> MOT component name
MOF_COMPONENT_NAMES: dict[str, str] = {
    "model-architecture": "Model architecture",
    "model-parameters-final": "Model parameters (Final)",
    "technical-report": "Technical report",
    "evaluation-results": "Evaluation results",
    "model-card": "Model card",
    "data-card": "Data card",
    "sample-model-outputs": "Sample model outputs",
    "training-code": "Training code",
    "inference-code": "Inference code",
    "evaluation-code": "Evaluation code",
    "evaluation-data": "Evaluation data",
    "supporting-libraries-and-tools": "Supporting libraries and tools",
    "datasets": "Datasets",
    "data-preprocessing-code": "Data preprocessing code",
    "model-parameters-intermediate": "Model parameters (Intermediate)",
    "research-paper": "Research paper",
    "model-metadata": "Model metadata",
}


@dataclass(frozen=True)
class Location:
    path: str  # POSIX path relative to the scanned root
    line: int = 1  # 1-based
    column: int = 1  # 1-based, in characters

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line}


@dataclass
class Claim:
    """One openness statement the repository makes about itself."""

    id: str  # stable within a report: "C1", "C2", … in document order
    kind: str  # see claims.CLAIM_KINDS, e.g. "open-source", "open-weights", "license-declaration"
    text: str  # the phrase as written
    path: str
    line: int
    column: int
    subject: str  # Subject
    language: str  # "en" | "zh" | "ja" | "ko"
    profile: str | None  # which definition the wording implies: "osaid", "open-weights", "license", …
    backed: bool | None = None  # set by the profiles stage; None before evaluation
    status: str | None = None  # "backed" | "overreach" (contradicted) | "unproven" (insufficient evidence)
    context: str = ""  # the whole source line, for renderers that quote it
    value: str | None = None  # for declarations: the declared licence key/id
    reason: str | None = None  # why it is (not) backed, one sentence
    requirement: str | None = None  # the requirement it misses, e.g. "OSAID: training code"
    member: str | None = None  # the one model of a multi-model release it was judged against (profiles.members)
    # The honest wording's terms when they are the member's, not the release's (a `fix.Terms`; not serialised).
    member_terms: Any = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "subject": self.subject,
            "language": self.language,
            "backed": bool(self.backed) if self.backed is not None else False,
            "profile": self.profile,
            "status": self.status,
            "context": self.context,
            "value": self.value,
            "reason": self.reason,
            "requirement": self.requirement,
            "member": self.member,
        }


@dataclass
class Component:
    key: str  # one of COMPONENT_KEYS
    present: bool = False
    availability: str = "absent"  # Availability
    evidence: list[Location] = field(default_factory=list)
    license: str | None = None  # SPDX id or LicenseRef-…
    open_license: bool | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "present": self.present,
            "availability": self.availability,
            "evidence": [e.to_dict() for e in self.evidence],
            "license": self.license,
            "open_license": self.open_license,
            "note": self.note,
        }


@dataclass
class LicenseInfo:
    """What a licence file or declaration is, and what it covers."""

    path: str
    line: int
    id: str  # SPDX id, SPDX expression, LicenseRef-…, or "unknown"
    name: str
    family: str  # Family
    osi_approved: bool
    applies_to: list[str]  # subset of ["code", "weights", "data", "docs"]; empty = unspecified
    confidence: float  # 0.0–1.0
    source: str  # "license-file", "front-matter", "prose", "badge", "spdx-header", "package-metadata", "lineage", …
    key: str | None = None  # knowledge-base key (Hugging Face key where one exists)
    ambiguous: bool = False  # e.g. HF family keys "openrail", "bsd", "cc", "gpl"
    riders: list[str] = field(default_factory=list)  # extra terms found on a permissive text
    properties: dict[str, Any] = field(default_factory=dict)  # knowledge-base facts

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "id": self.id,
            "name": self.name,
            "family": self.family,
            "osi_approved": self.osi_approved,
            "applies_to": list(self.applies_to),
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "key": self.key,
            "ambiguous": self.ambiguous,
            "riders": list(self.riders),
        }


@dataclass
class Finding:
    rule: str  # stable id, e.g. "OW101"
    severity: str  # Severity
    path: str
    line: int
    column: int
    message: str
    remediation: str
    claim: str | None = None  # Claim.id this finding is about
    name: str = ""  # rule slug, e.g. "open-source-claim-without-osaid"
    # True when the finding was already there before this change: in the baseline file
    # (`--baseline`) or, in a pull-request run of the action, on the base branch (see
    # openwash.baseline); renderers lead with the others, what the change introduced.
    preexisting: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "remediation": self.remediation,
            "claim": self.claim,
            "preexisting": self.preexisting,
        }


def yes_no(value: bool | None) -> str:
    """A verdict field for people: yes, no, or unknown (the evidence does not decide)."""
    return "unknown" if value is None else "yes" if value else "no"


@dataclass
class Suppressed:
    """A finding an inline `<!-- openwash: ignore OWnnn -->` comment silenced: kept, and shown."""

    finding: Finding
    path: str  # where the comment is
    line: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.finding.to_dict(), "suppressed_by": {"path": self.path, "line": self.line}}


@dataclass
class Verdict:
    overreach: bool = False
    osaid: str = "insufficient-evidence"  # Osaid
    mof_class: str | None = None  # "I" | "II" | "III" | None
    open_weights: bool | None = False  # None: weights obtainable, their terms not stated
    eu_ai_act_oss_exemption: bool = False
    weights_license_family: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "overreach": self.overreach,
            "osaid": self.osaid,
            "mof_class": self.mof_class,
            "open_weights": self.open_weights,
            "eu_ai_act_oss_exemption": self.eu_ai_act_oss_exemption,
            "weights_license_family": self.weights_license_family,
        }


@dataclass
class BaseModelRef:
    """A base model the release descends from (see lineage)."""

    raw: str  # as written
    path: str
    line: int
    signal: str  # "front-matter", "template-line", "prose", "table", "adapter-config", "mergekit", "code", "own-name", …
    resolved: str | None = None  # canonical family/version key, e.g. "llama-3.1"
    license_key: str | None = None  # knowledge-base licence key governing it
    family: str | None = None  # Family of those terms
    relation: str | None = None  # base_model_relation: adapter, finetune, merge, quantized
    unresolvable: str | None = None  # why it could not be resolved (local path, placeholder, …)

    def to_dict(self) -> dict[str, Any]:
        return {
            "raw": self.raw,
            "path": self.path,
            "line": self.line,
            "signal": self.signal,
            "resolved": self.resolved,
            "license_key": self.license_key,
            "family": self.family,
            "relation": self.relation,
            "unresolvable": self.unresolvable,
        }


@dataclass
class ProfileResult:
    """Outcome of one profile (osaid, mof, open-weights, eu-ai-act)."""

    name: str
    status: str  # profile-specific: "conformant"/"non-conformant"/"insufficient-evidence", "I"/"II"/"III"/None, "pass"/"fail"
    missing: list[str] = field(default_factory=list)  # requirements not met, human words
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "missing": list(self.missing), "details": self.details}


@dataclass
class ToolError:
    """A file openwash could not read or parse; reported, never a traceback."""

    path: str
    line: int | None
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "message": self.message}

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass
class Report:
    root: str
    tool_version: str
    verdict: Verdict = field(default_factory=Verdict)
    claims: list[Claim] = field(default_factory=list)
    components: dict[str, Component] = field(default_factory=dict)
    licenses: list[LicenseInfo] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    profiles: dict[str, ProfileResult] = field(default_factory=dict)
    base_models: list[BaseModelRef] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # paths of the cards/licence docs read
    errors: list[ToolError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # report-level remarks (e.g. "README truncated at 2 MiB")
    stats: dict[str, Any] = field(default_factory=dict)  # files scanned, seconds, …
    fail_on: str = "error"
    suppressed: list[Suppressed] = field(default_factory=list)  # findings silenced inline, still reported
    # Compared with a baseline (`--baseline FILE`, or the base branch in the action): None when not.
    # `known_skipped`: findings the baseline knows that were left out of `findings` (the CLI);
    # findings kept and marked `preexisting` (the action) are counted from `findings`.
    baseline: str | None = None  # what was compared with: a file name or "base branch <sha>"
    known_skipped: int = 0
    new_only: bool = False  # the gate counts only findings that are not preexisting
    # Findings the baseline (or base branch) had that this tree no longer has: {"rule", "path", "text", "count"}.
    fixed: list[dict[str, Any]] = field(default_factory=list)
    # What the report was built from, for openwash.memo: the folders the walk listed, the files it
    # kept (and the targets of links among them), a digest of git's answer. Never rendered.
    inputs: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def summary(self) -> dict[str, int]:
        counts = {"errors": 0, "warnings": 0, "notes": 0}
        for f in self.findings:
            counts[{"error": "errors", "warning": "warnings", "note": "notes"}[f.severity]] += 1
        return counts

    def failed(self, fail_on: str | None = None) -> bool:
        """True when the check fails (exit code 1, the release gate closed).

        One rule for the headline, the exit code, the action's `overreach` output and the
        release gate: the verdict says OVERREACH exactly when an overreaching claim is left
        that no inline suppression accepted, and a check whose verdict says OVERREACH always
        fails (unless `fail-on: never`), even when the rules that report it are switched
        off; otherwise it fails when a finding at or above `fail_on` is left.
        """
        threshold = fail_on or self.fail_on
        if threshold == "never":
            return False
        if self.new_only:
            # Gating on what is new: an overreaching claim fails only through a finding that is
            # not preexisting (a claim the baseline already knows does not).
            live = [f for f in self.findings if not f.preexisting]
            overreaching = {c.id for c in self.claims if c.status == "overreach"}
            if self.verdict.overreach and any(f.claim in overreaching for f in live):
                return True
        else:
            live = self.findings
            if self.verdict.overreach:
                return True
        floor = SEVERITY_RANK[threshold]
        return any(SEVERITY_RANK[f.severity] >= floor for f in live)

    def baseline_counts(self) -> dict[str, int]:
        """Findings new and preexisting (kept and marked, or skipped as known by the baseline)."""
        marked = sum(1 for f in self.findings if f.preexisting)
        return {
            "new": len(self.findings) - marked,
            "preexisting": marked + self.known_skipped,
            "skipped": self.known_skipped,
            "fixed": sum(int(entry["count"]) for entry in self.fixed),
        }

    def claim(self, claim_id: str | None) -> Claim | None:
        for c in self.claims:
            if c.id == claim_id:
                return c
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "openwash", "version": self.tool_version},
            "root": self.root,
            "verdict": self.verdict.to_dict(),
            "claims": [c.to_dict() for c in self.claims],
            "components": {k: c.to_dict() for k, c in self.components.items()},
            "licenses": [lic.to_dict() for lic in self.licenses],
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "profiles": {k: p.to_dict() for k, p in self.profiles.items()},
            "base_models": [b.to_dict() for b in self.base_models],
            "documents": list(self.documents),
            "errors": [e.to_dict() for e in self.errors],
            "notes": list(self.notes),
            "stats": dict(self.stats),
            "fail_on": self.fail_on,
            "suppressed": [s.to_dict() for s in self.suppressed],
            "baseline": None if self.baseline is None else {"compared_with": self.baseline, **self.baseline_counts()},
        }
