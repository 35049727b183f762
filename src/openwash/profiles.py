"""Profiles (OSAID, MOF, open weights, EU AI Act), the verdict, and the judgement of every claim.

The policy is DOMAIN.md §8: a claim is *backed* when the evidence meets the definition its
wording implies, *overreach* when the repository's own evidence contradicts it (restrictive
terms, gated weights, a required component plainly missing), and *unproven* when the
evidence is merely insufficient (reported as a warning, never as overreach).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import re

from openwash.lazyre import lazy_compile, regex
from openwash.context import CheckContext
from openwash.model import (
    FAMILY_RESTRICTIVENESS,
    BaseModelRef,
    OPEN_FAMILIES,
    Claim,
    Component,
    LicenseInfo,
    ProfileResult,
    Verdict,
)

BACKED, OVERREACH, UNPROVEN = "backed", "overreach", "unproven"
# Families that forbid commercial use outright (vendor licences allow it with conditions).
NO_COMMERCIAL_FAMILIES = frozenset({"non-commercial", "research-only", "proprietary"})
# Weights reachable without asking anyone.
OBTAINABLE = frozenset({"in-repo", "lfs", "external"})
_MOF_LABELS = {1: "I", 2: "II", 3: "III"}


@dataclass
class WeightsTerms:
    """The terms that govern the final weights, and where each came from."""

    family: str | None = None  # most restrictive family, None when nothing identifies them
    sources: list[str] = field(default_factory=list)  # "LICENSE-MODEL:1 (llama3.1)", "base model …"
    assumed: LicenseInfo | None = None  # a lone repository licence taken to cover the weights
    names: list[str] = field(default_factory=list)
    governing_id: str | None = None  # licence id of the most restrictive terms (for the components)
    parts: list[TermPart] = field(default_factory=list)  # each of the terms above, with its facts (openwash.eu reads them)


@dataclass
class TermPart:
    """One set of terms that governs the weights: a licence statement, a base model's or the family's terms."""

    key: str | None  # knowledge-base key (None when the statement names no known licence)
    family: str
    path: str
    line: int
    label: str  # as in `WeightsTerms.sources`
    name: str  # as in `WeightsTerms.names`
    origin: str  # "stated" | "base" | "family" | "assumed"
    properties: dict[str, Any] = field(default_factory=dict)
    riders: list[str] = field(default_factory=list)


def most_restrictive(families: list[str]) -> str | None:
    known = [f for f in families if f and f != "unknown"]
    if known:
        return max(known, key=lambda f: FAMILY_RESTRICTIVENESS.get(f, -1))
    return "unknown" if families else None


def weights_terms(ctx: CheckContext) -> WeightsTerms:
    """The terms that govern the weights, each traced to the line it comes from.

    In order: what the repository states for the weights (by precedence, `_weights_licenses`),
    the terms of a base model they derive from (lineage: a derivative cannot relax them),
    then, when the repository states nothing, the known terms of its own well-known family
    (`lineage.own_family_models`), and last a lone repository licence taken to cover them.
    """
    terms = WeightsTerms()
    families: list[str] = []
    ids: list[tuple[str, str]] = []  # (family, licence id)
    stated = _weights_licenses(ctx)
    bases = current_bases(ctx)
    if stated and statement_tier(ctx, stated[0]) == TIER_OTHER and any(_base_tier(ctx, b) < TIER_OTHER for b in bases):
        # A `docs/` page about older versions does not outweigh what the root card says the model is built on.
        stated = []
    for lic in stated:
        families.append(lic.family)
        ids.append((lic.family, lic.id))
        terms.sources.append(f"{lic.path}:{lic.line} ({lic.name})")
        terms.names.append(lic.name)
        terms.parts.append(TermPart(lic.key, lic.family, lic.path, lic.line, terms.sources[-1], terms.names[-1], "stated", lic.properties, lic.riders))
    for base in bases:
        if base.family:
            families.append(base.family)
            ids.append((base.family, _license_id(base.license_key)))
            terms.sources.append(f"base model {base.raw} ({base.license_key or base.family})")
            terms.names.append(f"{base.license_key or base.family} (inherited from {base.raw})")
            terms.parts.append(TermPart(base.license_key, base.family, base.path, base.line, terms.sources[-1], terms.names[-1], "base", _known_properties(base.license_key)))
    if not families:
        for own in ctx.facts.get("own_family_models", []):
            families.append(own.family)
            ids.append((own.family, _license_id(own.license_key)))
            terms.sources.append(f"{own.path}:{own.line} ({own.raw}: {own.license_key}, the family's known terms)")
            terms.names.append(f"{own.license_key} (the known terms of {own.raw})")
            terms.parts.append(TermPart(own.license_key, own.family or "unknown", own.path, own.line, terms.sources[-1], terms.names[-1], "family", _known_properties(own.license_key)))
    if not families and not any("weights" in lic.applies_to for lic in ctx.licenses):
        lone = _lone_repository_license(ctx)
        if lone is not None:
            terms.assumed = lone
            families.append(lone.family)
            ids.append((lone.family, lone.id))
            terms.sources.append(f"{lone.path}:{lone.line} ({lone.name}, assumed to cover the weights)")
            terms.names.append(lone.name)
            terms.parts.append(TermPart(lone.key, lone.family, lone.path, lone.line, terms.sources[-1], terms.names[-1], "assumed", lone.properties, lone.riders))
    terms.family = most_restrictive(families)
    known = [pair for pair in ids if pair[0] != "unknown"]
    if known:
        terms.governing_id = max(known, key=lambda pair: FAMILY_RESTRICTIVENESS.get(pair[0], -1))[1]
    terms.names = list(dict.fromkeys(terms.names))  # one licence file may be scoped by several sentences
    return terms


# Which statement of the weights' licence is current (docs/licenses.md, "Precedence"):
# a licence text shipped in the repository, then a declaration in the root model card or
# README, then any other document. Lines in a news or changelog section, or dated lines,
# are history: what the terms were, not what they are.
TIER_LICENSE_TEXT, TIER_MAIN_CARD, TIER_OTHER = 0, 1, 2
_TEXT_SOURCES = frozenset({"license-file", "use-policy", "notice"})
_DATED_LINE = lazy_compile(
    r"^\s*(?:[-*+]\s*)?(?:\*\*|__)?\s*[\[【(（]?\s*(?:\d{4}[-./年]\d{1,2}(?:[-./月]\d{1,2}日?)?|\d{1,2}[-./]\d{1,2}[-./]\d{4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s*\d{4})|"
    r"^\s*(?:[-*+]\s*)?(?:🔥|📢|🚀|🎉|🆕|✨|⚡)",
    re.IGNORECASE,
)


def statement_tier(ctx: CheckContext, lic: LicenseInfo) -> int:
    """How current a licence statement is taken to be: 0 shipped text, 1 root card, 2 elsewhere."""
    if lic.source in _TEXT_SOURCES:
        return TIER_LICENSE_TEXT
    from openwash.documents import CARD

    doc = ctx.document(lic.path)
    if doc is not None and doc.kind == CARD and "/" not in lic.path:
        return TIER_MAIN_CARD
    return TIER_OTHER


def is_history(ctx: CheckContext, path: str, line: int) -> bool:
    """A line in a news/updates/changelog section, or a dated news line: history, not current terms."""
    from openwash.rendered import is_history_heading

    doc = ctx.document(path)
    if doc is None or not doc.is_markdown or line < doc.body_start_line:
        return False
    if any(is_history_heading(h.text) for h in doc.structure.section(line)):
        return True
    return bool(_DATED_LINE.match(doc.line_text(line)))


def current_bases(ctx: CheckContext) -> list[BaseModelRef]:
    """The base models whose terms the weights inherit, by the same precedence as licence statements.

    Metadata (front matter, adapter and merge configs, the card template's line) wins, as
    `lineage.inherited_terms` decides. Of bases named only in prose, those named in the root
    model card win over other documents: a `docs/` page about older versions does not
    override what the README says the current model is built on. (A dated news line naming a
    base still counts: "we released X, fine-tuned from Llama 2" stays true.)
    """
    from openwash.documents import CARD
    from openwash.lineage import METADATA_SIGNALS, inherited_terms

    bases = inherited_terms(ctx.base_models)
    if not bases or bases[0].signal in METADATA_SIGNALS:
        return bases

    best = min(_base_tier(ctx, b) for b in bases)
    return [b for b in bases if _base_tier(ctx, b) == best]


def _base_tier(ctx: CheckContext, base: BaseModelRef) -> int:
    """Metadata and the root card speak for the release; other documents come after them."""
    from openwash.documents import CARD
    from openwash.lineage import METADATA_SIGNALS

    if base.signal in METADATA_SIGNALS:
        return TIER_MAIN_CARD
    doc = ctx.document(base.path)
    return TIER_MAIN_CARD if doc is not None and doc.kind == CARD and "/" not in base.path else TIER_OTHER


def _weights_licenses(ctx: CheckContext) -> list[LicenseInfo]:
    """The current statements of the weights' licence (see `statement_tier`).

    Candidates are those scoped to the weights (LICENSE-MODEL, "the weights are released
    under …", the card's `license:`), plus any restrictive licence file at the root that
    nothing limits to the code: its terms cannot be assumed away. History lines are left
    out; of the rest, the statements of the most current tier count, and the most
    restrictive of them governs. A weights licence that is present but not identified
    counts as `unknown` (it is not replaced by some other licence). A family known only
    from the terms a text states (riders) counts, even when the licence itself is not
    identified.
    """
    candidates = []
    for lic in ctx.licenses:
        if lic.source == "front-matter" and (lic.key == "other" or lic.name.strip().lower() == "other"):
            continue  # `license: other` with nothing naming the licence states no terms (OW501 says so)
        if "weights" in lic.applies_to:
            pass
        elif not (
            lic.source == "license-file"
            and not lic.applies_to
            and "/" not in lic.path
            and lic.family not in OPEN_FAMILIES
            and lic.family != "unknown"
        ):
            continue
        if lic.source not in _TEXT_SOURCES and is_history(ctx, lic.path, lic.line):
            continue
        candidates.append(lic)
    if not candidates:
        return []
    best = min(statement_tier(ctx, lic) for lic in candidates)
    current = [lic for lic in candidates if statement_tier(ctx, lic) == best]
    # Terms the root card adds in prose ("for commercial use, please sign this agreement") bind on top
    # of whatever licence text ships: they narrow it, they do not replace it.
    current += [
        lic
        for lic in candidates
        if lic not in current and lic.properties.get("terms") == "prose" and statement_tier(ctx, lic) <= TIER_MAIN_CARD
    ]
    known = [lic for lic in current if lic.family != "unknown"]
    return known or current


def _known_properties(key: str | None) -> dict[str, Any]:
    from openwash.licenses import knowledge

    entry = knowledge.lookup(key) if key else None
    return dict(entry.properties) if entry is not None else {}


def _license_id(key: str | None) -> str:
    from openwash.licenses import knowledge

    entry = knowledge.lookup(key) if key else None
    return entry.id if entry is not None else f"LicenseRef-openwash-{key or 'unknown'}"


def _license_weights(ctx: CheckContext, terms: WeightsTerms) -> None:
    """The evidence stage leaves the weights' licence to this stage: record the governing terms."""
    if terms.governing_id is None:
        return
    for key in ("model-parameters-final", "model-parameters-intermediate"):
        comp = ctx.components.get(key)
        if comp is not None and comp.present and comp.license is None:
            comp.license = terms.governing_id
            comp.open_license = terms.family in OPEN_FAMILIES if terms.family != "unknown" else None


def _lone_repository_license(ctx: CheckContext) -> LicenseInfo | None:
    """A single repository licence, not limited to code, may be taken to cover the release (DOMAIN §8).

    Not when the weights sit behind a gate (the gate carries its own terms) or when
    nothing is released; the assumption is reported as a note (OW111) asking to restate it.
    """
    weights = ctx.components.get("model-parameters-final")
    if weights is None or not weights.present or weights.availability not in OBTAINABLE:
        return None
    top = [lic for lic in ctx.licenses if lic.source == "license-file" and lic.family != "unknown" and "/" not in lic.path]
    if len({lic.id for lic in top}) != 1:
        return None
    lic = top[0]
    if lic.applies_to and "weights" not in lic.applies_to:
        return None
    return lic


def _present(components: dict[str, Component], key: str) -> bool:
    comp = components.get(key)
    return comp is not None and comp.present


def _code_family(ctx: CheckContext) -> str | None:
    families = [lic.family for lic in ctx.licenses if "code" in lic.applies_to and lic.family != "unknown"]
    if not families:
        families = [
            lic.family
            for lic in ctx.licenses
            if lic.source == "license-file" and not lic.applies_to and lic.family != "unknown" and "/" not in lic.path
        ]
    return most_restrictive(families)


def evaluate(ctx: CheckContext) -> None:
    comps = ctx.components
    terms = weights_terms(ctx)
    ctx.facts["weights_terms"] = terms
    _license_weights(ctx, terms)
    weights = comps.get("model-parameters-final") or Component("model-parameters-final")
    gated = weights.availability == "gated"
    obtainable = weights.present and weights.availability in OBTAINABLE
    weights_open = terms.family in OPEN_FAMILIES
    code_family = _code_family(ctx)
    # A release that offers the model only through an API plainly lacks the weights (DOMAIN §8).
    api_only = _api_only(ctx, weights)

    # OSAID 1.0: data information + complete code + parameters, all under OSI-approved terms.
    missing: list[str] = []
    contradicted: list[str] = []
    if api_only is not None:
        contradicted.append(f"parameters: {_api_only_reason(api_only)}")
    elif not weights.present:
        missing.append("parameters: the weights are not released or linked")
    elif gated:
        contradicted.append("parameters: the weights sit behind a request form or login")
    if terms.family is not None and terms.family != "unknown" and not weights_open:
        contradicted.append(f"parameters: the weights' terms are {terms.family}, not OSI-approved")
    elif terms.family == "open-data":
        # CC-BY-SA, ODC-BY, OpenMDW: open, but not OSI-approved; OSAID asks for OSI-approved terms
        missing.append("parameters: the weights' terms are an open data licence, not an OSI-approved one")
    elif terms.family in (None, "unknown") and weights.present:
        missing.append("parameters: the weights' licence is not stated in the repository")
    if not _present(comps, "training-code"):
        contradicted.append("code: no training code")
    elif ctx.facts.get("training_code_kind") == "fine-tuning" and not ctx.base_models:
        # A base model's weights come from pre-training; fine-tuning scripts do not derive them.
        contradicted.append("code: only fine-tuning code; the code that trained the released weights is not published")
    elif ctx.facts.get("training_code_kind") == "fine-tuning" and ctx.facts.get("finetunes_own_models"):
        # Scripts to fine-tune the released models further cannot be the code that made them.
        guide = ctx.facts["finetunes_own_models"]
        contradicted.append(
            f"code: only scripts to fine-tune the released models ({guide['path']}:{guide['line']}); the code that trained them is not published"
        )
    if not (_present(comps, "data-information") or _present(comps, "datasets")):
        contradicted.append("data information: nothing describes the training data")
    elif (ctx.facts.get("data_information") or {}).get("withheld"):
        # "… and internal datasets": part of the data is neither listed nor described well enough to rebuild
        withheld = ctx.facts["data_information"]["withheld"][0]
        missing.append(f"data information: part of the training data is said to be internal or unreleased ({withheld['path']}:{withheld['line']})")
    if not (_present(comps, "inference-code") or _present(comps, "model-architecture")):
        missing.append("code: no inference or model architecture code")
    if not _present(comps, "data-preprocessing-code"):
        missing.append("code: no data-processing code")
    if code_family is not None and code_family not in OPEN_FAMILIES and code_family != "unknown":
        contradicted.append(f"code: the code licence is {code_family}, not OSI-approved")
    if contradicted:
        osaid = "non-conformant"
    elif any(m.startswith(("parameters", "code: no inference", "data information")) for m in missing):
        osaid = "insufficient-evidence"
    else:
        osaid = "conformant"
    ctx.profiles["osaid"] = ProfileResult("osaid", osaid, contradicted + missing)

    # Open weights: obtainable without a gate, licence allows any use, modification, redistribution.
    ow_missing = []
    if gated:
        ow_missing.append("weights behind a gate")
    elif api_only is not None:
        ow_missing.append("weights not released: the model is offered only through an API")
    elif not obtainable:
        ow_missing.append("weights not released or linked")
    if not weights_open:
        ow_missing.append(
            "the weights' licence is not stated" if terms.family in (None, "unknown") else f"the weights' terms are {terms.family}"
        )
    open_weights = obtainable and weights_open
    # Downloadable weights whose terms nothing states: neither open nor closed (DOMAIN §8).
    undetermined = obtainable and api_only is None and terms.family in (None, "unknown")
    ow_status = "pass" if open_weights else "insufficient-evidence" if undetermined else "fail"
    ctx.profiles["open-weights"] = ProfileResult("open-weights", ow_status, ow_missing)

    # EU AI Act Art. 53(2), condition by condition as the Commission's guidelines read it (openwash.eu).
    from openwash import eu as eu_act

    ctx.profiles["eu-ai-act"] = eu_act.evaluate(ctx, terms, weights, api_only)
    eu = ctx.profiles["eu-ai-act"].status == "pass"

    mof_class = _mof(ctx)

    selected = set(getattr(ctx.config, "profiles", ()) or ())
    for claim in ctx.claims:
        if claim.profile in _SELECTABLE and claim.profile not in selected and claim.subject != "code":
            # `profiles:` leaves this definition out: the claim is listed, not judged (no finding, no overreach)
            claim.status, claim.backed = None, None
            claim.reason = f"not judged: the {claim.profile} profile is not selected (`profiles:`)"
            continue
        _judge(ctx, claim, terms, osaid, open_weights, gated, obtainable, code_family, api_only)

    ctx.verdict = Verdict(
        overreach=any(c.status == OVERREACH for c in ctx.claims),
        osaid=osaid,
        mof_class=mof_class,
        open_weights=None if ow_status == "insufficient-evidence" else open_weights,
        eu_ai_act_oss_exemption=eu,
        weights_license_family=terms.family,
    )


# The definitions `profiles:` (`--profiles`) can leave out; claims about licences and code are always judged.
_SELECTABLE = frozenset({"osaid", "open-weights", "eu-ai-act"})


def _api_only(ctx: CheckContext, weights: Component) -> dict[str, Any] | None:
    """The evidence stage's API-only finding, when no weights were found at all."""
    fact = ctx.facts.get("api_only")
    return fact if isinstance(fact, dict) and not weights.present else None


def _api_only_reason(api_only: dict[str, Any]) -> str:
    """What the release lacks, where it says so, and what would make an 'open' claim true."""
    signal = (api_only.get("signals") or [{}])[0]
    where = f"{api_only.get('path')}:{api_only.get('line')}"
    said = f": {signal['text']!r}" if signal.get("text") else ""
    return (
        f"the model is offered only through an API ({where}{said}) and no weights are released; "
        "publish the weights under open terms, or stop calling the model open"
    )


def _mof(ctx: CheckContext) -> str | None:
    """MOF class by the Model Openness Tool's algorithm over the components found.

    Each component's own licence (set by the evidence stage) is the single source of
    truth, so no global licences are passed; `openwash export mot` writes the same.
    """
    from openwash import mof

    result = mof.classify_components(ctx.components, {})
    ctx.profiles["mof"] = ProfileResult(
        "mof", result.report_class or "none", [], {"progress": dict(result.progress), "label": result.label}
    )
    return result.report_class


def _set(claim: Claim, status: str, reason: str, requirement: str | None = None) -> None:
    claim.status = status
    claim.backed = status == BACKED
    claim.reason = reason
    claim.requirement = requirement


def _judge(
    ctx: CheckContext,
    claim: Claim,
    terms: WeightsTerms,
    osaid: str,
    open_weights: bool,
    gated: bool,
    obtainable: bool,
    code_family: str | None,
    api_only: dict[str, Any] | None = None,
) -> None:
    profile = claim.profile
    if profile in ("osaid", "open-weights") and claim.subject != "code" and _judge_eu_claim(ctx, claim):
        return
    if claim.subject == "code" or profile == "code-license":
        _judge_by_licence(claim, code_family, "code", "OSI: an OSI-approved licence for the code")
        return
    if profile == "osaid":
        details = ctx.profiles["osaid"].missing
        if osaid == "conformant":
            _set(claim, BACKED, "weights, code and data information are released under open terms")
        elif osaid == "non-conformant":
            _set(claim, OVERREACH, "; ".join(m for m in details if not m.startswith("code: no data-processing")) or "not OSAID-conformant", "OSAID 1.0: " + ", ".join(sorted({m.split(":")[0] for m in details})))
        else:
            _set(claim, UNPROVEN, "; ".join(details), "OSAID 1.0: " + ", ".join(sorted({m.split(":")[0] for m in details})))
        return
    if profile == "open-weights":
        if open_weights:
            _set(claim, BACKED, "the weights can be downloaded and their licence allows any use")
        elif gated:
            _set(claim, OVERREACH, "the weights sit behind a request form or login", "Open weights: downloadable without a gate")
        elif api_only is not None:
            _set(claim, OVERREACH, _api_only_reason(api_only), "Open weights: the weights themselves, downloadable under open terms")
        elif terms.family not in (None, "unknown") and terms.family not in OPEN_FAMILIES:
            _set(claim, OVERREACH, f"the weights' terms are {terms.family} ({'; '.join(terms.names)})", "Open weights: a licence allowing any use, modification and redistribution")
        elif not obtainable:
            _set(claim, UNPROVEN, "no weights are released or linked from the repository", "Open weights: the weights themselves")
        else:
            _set(claim, UNPROVEN, "the weights' licence is not stated in the repository", "Open weights: the weights' licence")
        return
    if profile == "commercial-use":
        if terms.family in NO_COMMERCIAL_FAMILIES:
            _set(claim, OVERREACH, f"the weights' terms are {terms.family} ({'; '.join(terms.names)})", "commercial use permitted by the weights' licence")
        elif terms.family in (None, "unknown"):
            _set(claim, UNPROVEN, "the weights' licence is not stated in the repository", "a licence that permits commercial use")
        else:
            _set(claim, BACKED, f"the weights' terms ({terms.family}) permit commercial use")
        return
    if profile == "open-access":
        # "open access", "freely available": a statement about access, not about the terms.
        if obtainable:
            _set(claim, BACKED, "the weights can be downloaded without a gate")
        elif gated:
            _set(claim, OVERREACH, "the weights sit behind a request form or login", "open access: downloadable without a gate")
        else:
            _set(claim, UNPROVEN, "no weights are released or linked from the repository", "open access: the weights themselves")
        return
    if profile == "data-license":
        data_families = [lic.family for lic in ctx.licenses if "data" in lic.applies_to and lic.family != "unknown"]
        _judge_by_licence(claim, most_restrictive(data_families), "data", "an open data licence for the data")
        return
    if profile == "license-self":
        # A licence text calling itself open: the licence's own words, not the release's claim.
        _set(claim, BACKED, "a licence describing itself is not a claim of the release")
        return
    if profile == "license":
        _judge_license_claim(ctx, claim, terms)
        return
    _set(claim, UNPROVEN, "openwash does not judge this kind of claim")


def _judge_eu_claim(ctx: CheckContext, claim: Claim) -> bool:
    """'Open source under the EU AI Act', 'exempt under Art. 53(2)': judged by the eu-ai-act conditions, not by OSAID.

    The claim's profile becomes `eu-ai-act`; rules OW601-OW608 report each condition it misses.
    """
    from openwash import eu as eu_act

    result = ctx.profiles.get("eu-ai-act")
    if result is None or not eu_act.mentions_act(claim.context or claim.text):
        return False
    claim.profile = "eu-ai-act"
    conditions = result.details.get("conditions") or []
    failed = [c for c in conditions if c["status"] == eu_act.NOT_MET]
    requirement = "EU AI Act Art. 53(2), as the Commission's guidelines C(2025) 7719 §4.2 read it"
    if result.status == "pass":
        _set(claim, BACKED, "the release meets every condition of the Art. 53(2) exemption")
    elif failed:
        _set(claim, OVERREACH, "; ".join(f"{c['point']}: {c['reason']}" for c in failed), requirement)
    else:
        undecided = [c for c in conditions if c["status"] != eu_act.MET]
        _set(claim, UNPROVEN, "; ".join(f"{c['point']}: {c['reason']}" for c in undecided), requirement)
    return True


def _judge_by_licence(claim: Claim, family: str | None, part: str, requirement: str) -> None:
    """A claim about the code or the data, judged by the licence that covers that part."""
    if family in OPEN_FAMILIES:
        _set(claim, BACKED, f"the {part} is under an {family} licence")
    elif family in (None, "unknown"):
        _set(claim, UNPROVEN, f"no licence identifies the terms of the {part}", requirement)
    else:
        _set(claim, OVERREACH, f"the {part}'s terms are {family}", requirement)


def governs_prose_licence(ctx: CheckContext, ref: BaseModelRef, path: str, line: int) -> bool:
    """A base model governs a licence named in prose at `path:line` when metadata names it (a prose
    licence may speak for another model of a multi-model README), or when its `base_model:` line sits
    in the same pasted `key: value` block as the licence line (Hub front matter that no longer starts
    the file still describes one model)."""
    from openwash.lineage import METADATA_SIGNALS

    if ref.signal in METADATA_SIGNALS:
        return True
    doc = ctx.document(path)
    return doc is not None and ref.signal == "label" and ref.path == path and doc.in_one_key_value_block(line, ref.line)


def _judge_license_claim(ctx: CheckContext, claim: Claim, terms: WeightsTerms) -> None:
    """A `license:` declaration (or a licence called 'open source') against files and lineage."""
    if claim.kind == "open-license-term":
        # "开源协议" / "open-source licence" naming a licence: the licence must be OSI-approved.
        target = _linked_license(ctx, claim)
        family = target.family if target is not None else terms.family
        permissive = "permissive" in claim.text.lower() or "宽松" in claim.text or "寬鬆" in claim.text
        if family in (None, "unknown"):
            _set(claim, UNPROVEN, "the licence it names could not be identified")
        elif family == "osi-approved":
            _set(claim, BACKED, "the licence it names is OSI-approved")
        elif permissive and family in OPEN_FAMILIES:
            # "a permissive licence (CC-BY-SA)": an open data or content licence is permissive, if not open source
            _set(claim, BACKED, f"the licence it names is {family}, which is permissive")
        else:
            name = target.name if target is not None else "; ".join(terms.names)
            _set(claim, OVERREACH, f"{name} is {family}, not an open-source licence", "OSI: an OSI-approved licence")
        return
    declared = _declared_license(ctx, claim)
    if declared is None or declared.family == "unknown":
        _set(claim, BACKED, "a declaration naming no known licence is checked by the hygiene rules")
        return
    part = declared.properties.get("part")
    if part:
        # "- `audio_encoder/`: … Apache-2.0": the licence of one listed file or folder, not a declaration for the
        # release; its terms still count towards the weights' (the most restrictive part governs)
        _set(claim, BACKED, f"declares {declared.name} for {part} only")
        return
    from openwash.lineage import inherited_terms

    inherited = [b for b in inherited_terms(ctx.base_models) if b.family and b.family != "unknown"]
    if not _in_front_matter(ctx, claim):
        # A licence sentence in prose may speak for another model of a multi-model README:
        # only a base model named in metadata (or in its pasted metadata block) governs it, as for OW301.
        inherited = [b for b in inherited if governs_prose_licence(ctx, b, claim.path, claim.line)]
    stricter = [
        b for b in inherited if FAMILY_RESTRICTIVENESS.get(b.family or "", -1) > FAMILY_RESTRICTIVENESS.get(declared.family, -1)
    ]
    if stricter:
        base = stricter[0]
        _set(
            claim,
            OVERREACH,
            f"declares {declared.name} but the base model {base.raw} is under {base.license_key or base.family} ({base.family})",
            "a derived model keeps its base model's terms",
        )
        return
    # Licence files beside the declaring card (or at the root) that speak for the same weights;
    # two open families (OSI-approved code licence, open-data licence) do not contradict each other.
    folder = claim.path.rpartition("/")[0]
    files = [
        lic
        for lic in ctx.licenses
        if lic.source == "license-file"
        and lic.family != "unknown"
        and ("weights" in lic.applies_to or not lic.applies_to)
        and lic.path.rpartition("/")[0] in ("", folder)
    ]
    conflicting = [
        lic
        for lic in files
        if lic.family not in OPEN_FAMILIES
        and FAMILY_RESTRICTIVENESS.get(lic.family, -1) > FAMILY_RESTRICTIVENESS.get(declared.family, -1)
    ]
    if conflicting and declared.family in OPEN_FAMILIES:
        lic = conflicting[0]
        _set(claim, OVERREACH, f"declares {declared.name} but {lic.path} is {lic.name} ({lic.family})", "the licence files agree with the card")
        return
    _set(claim, BACKED, f"declares {declared.name}; no licence file or base model contradicts it")


def _in_front_matter(ctx: CheckContext, claim: Claim) -> bool:
    doc = ctx.document(claim.path)
    return doc is not None and doc.front_matter is not None and claim.line <= doc.front_matter.end_line


_WRAPPED_LINES = 4  # how far back a wrapped declaration's sentence may start


def _declared_license(ctx: CheckContext, claim: Claim) -> LicenseInfo | None:
    same_line = [lic for lic in ctx.licenses if lic.path == claim.path and lic.line == claim.line and lic.source != "license-file"]
    if len(same_line) > 1 and claim.value:
        # "The code is under [the MIT License](…). The models are subject to [DeepSeek Model License](…)": the
        # declaration this claim names, not the first one of its line.
        from openwash.identity import normal_name

        said = normal_name(claim.value)
        named = [lic for lic in same_line if said and said in normal_name(str(lic.properties.get("declared") or lic.name))]
        named = named or [lic for lic in same_line if said and (normal_name(lic.name) in said or said in normal_name(lic.name))]
        if named:
            return named[0]
    for lic in same_line:
        return lic
    from openwash.licenses import knowledge

    if not claim.value:
        return None
    # A sentence wrapped over lines is declared at the line it starts on ("- `audio_encoder/`: …\n  Apache-2.0 …").
    entry = knowledge.resolve_name(claim.value)
    for lic in ctx.licenses:
        if lic.path == claim.path and lic.source == "prose" and 0 < claim.line - lic.line <= _WRAPPED_LINES and entry is not None and lic.key == entry.key:
            return lic
    if entry is None:
        return None
    return LicenseInfo(
        claim.path, claim.line, getattr(entry, "id", claim.value), getattr(entry, "name", claim.value),
        getattr(entry, "family", "unknown"), bool(getattr(entry, "osi_approved", False)), ["weights"], 1.0, "front-matter",
    )


def _linked_license(ctx: CheckContext, claim: Claim) -> LicenseInfo | None:

    from openwash.documents import resolve_link

    for target in regex(r"\]\(([^)\s]+)\)").findall(claim.context):
        path = resolve_link(claim.path, target)
        for lic in ctx.licenses:
            if lic.source == "license-file" and lic.path == path:
                return lic
    return None
