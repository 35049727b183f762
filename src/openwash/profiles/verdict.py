"""The profiles (OSAID, open weights, EU AI Act, MOF) and the release-level verdict."""

from __future__ import annotations

from typing import Any

from openwash.context import CheckContext
from openwash.model import (
    OPEN_FAMILIES,
    BaseModelRef,
    Component,
    ProfileResult,
    Verdict,
)
from openwash.profiles.judge import _SELECTABLE, _api_only_reason, _judge
from openwash.profiles.members import judge_by_member
from openwash.profiles.terms import (
    OBTAINABLE,
    OVERREACH,
    WeightsTerms,
    _code_family,
    _license_weights,
    weights_terms,
)


def _present(components: dict[str, Component], key: str) -> bool:
    comp = components.get(key)
    return comp is not None and comp.present


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

    osaid, osaid_details = osaid_status(ctx, terms, weights, api_only, code_family)
    ctx.profiles["osaid"] = ProfileResult("osaid", osaid, osaid_details)

    # Open weights: obtainable without a gate, licence allows any use, modification, redistribution.
    ow_missing = []
    if gated:
        ow_missing.append("weights behind a gate")
    elif api_only is not None:
        ow_missing.append("weights not released: the model is offered only through an API")
    elif not obtainable and _withdrawn(ctx):
        ow_missing.append(f"weights withdrawn ({_withdrawn(ctx)} says so)")
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
        if judge_by_member(ctx, claim, terms, weights, obtainable, code_family, api_only):
            continue  # the sentence names one model of a multi-model release: judged by that model's terms
        _judge(ctx, claim, terms, osaid, open_weights, gated, obtainable, code_family, api_only)

    ctx.verdict = Verdict(
        overreach=any(c.status == OVERREACH for c in ctx.claims),
        osaid=osaid,
        mof_class=mof_class,
        open_weights=None if ow_status == "insufficient-evidence" else open_weights,
        eu_ai_act_oss_exemption=eu,
        weights_license_family=terms.family,
    )


def osaid_status(
    ctx: CheckContext, terms: WeightsTerms, weights: Component, api_only: dict[str, Any] | None, code_family: str | None
) -> tuple[str, list[str]]:
    """OSAID 1.0 for weights under `terms`: the status and what contradicts or is missing, in that order."""
    comps = ctx.components
    gated = weights.availability == "gated"
    weights_open = terms.family in OPEN_FAMILIES
    # OSAID 1.0: data information + complete code + parameters, all under OSI-approved terms.
    missing: list[str] = []
    contradicted: list[str] = []
    if api_only is not None:
        contradicted.append(f"parameters: {_api_only_reason(api_only)}")
    elif not weights.present and _withdrawn(ctx):
        contradicted.append(f"parameters: {_withdrawn(ctx)} says the weights were withdrawn")
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
        from openwash.evidence.links import own_code_repository

        # a card alone (no code beside it) pointing at its project's code repository: the training code may be there
        alone = not (_present(comps, "inference-code") or _present(comps, "model-architecture"))
        elsewhere = own_code_repository(ctx) if alone else None
        if elsewhere is not None:
            missing.append(
                f"code: the training code is not in this repository; the project's code repository linked at "
                f"{elsewhere['path']}:{elsewhere['line']} ({elsewhere['url']}) may hold it, which openwash cannot check"
            )
        else:
            contradicted.append("code: no training code")
    elif ctx.facts.get("training_code_withheld") and comps["training-code"].availability == "in-repo":
        # the release's own words outweigh what file names in the tree suggest
        said = ctx.facts["training_code_withheld"][0]
        contradicted.append(f"code: {said['path']}:{said['line']} says the training code is not provided")
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
    elif (pointer := (ctx.facts.get("data_information") or {}).get("pointers")) and not _present(comps, "datasets"):
        missing.append(
            f"data information: {pointer[0]['path']}:{pointer[0]['line']} says the training data is released at a linked "
            "place, which openwash cannot check"
        )
    elif (ctx.facts.get("data_information") or {}).get("withheld"):
        # "… and internal datasets": part of the data is neither listed nor described well enough to rebuild
        withheld = ctx.facts["data_information"]["withheld"][0]
        missing.append(f"data information: part of the training data is said to be internal or unreleased ({withheld['path']}:{withheld['line']})")
    elif (closed := _bases_without_data_information(ctx)):
        # A fine-tune publishes its own data; the base's weights came from data the base's publisher describes or
        # not. OSAID 1.0 asks for the data information of the whole system, which this repository cannot show.
        base = closed[0]
        missing.append(
            f"data information: the base model {base.raw} ({base.path}:{base.line}) is not known to be published with "
            "information about its training data, which OSAID asks for the whole system; openwash cannot check it"
        )
    if not (_present(comps, "inference-code") or _present(comps, "model-architecture")):
        missing.append("code: no inference or model architecture code")
    if not _present(comps, "data-preprocessing-code"):
        missing.append("code: no data-processing code")
    if code_family is not None and code_family not in OPEN_FAMILIES and code_family != "unknown":
        contradicted.append(f"code: the code licence is {code_family}, not OSI-approved")
    if contradicted:
        osaid = "non-conformant"
    elif any(m.startswith(("parameters", "code: no inference", "code: the training code is not", "data information")) for m in missing):
        osaid = "insufficient-evidence"
    else:
        osaid = "conformant"
    return osaid, contradicted + missing


def _bases_without_data_information(ctx: CheckContext) -> list[BaseModelRef]:
    """The known base models the weights derive from whose family is not among the well-known fully open
    ones (`data/open_families.json`: Pythia, GPT-NeoX, OLMo, Amber, …, whose training data is documented)."""
    from openwash.evidence.decide import _open_families
    from openwash.profiles.terms import current_bases

    return [base for base in current_bases(ctx) if base.resolved and base.resolved not in _open_families()]


def _withdrawn(ctx: CheckContext) -> str | None:
    """Where the release says its weights were withdrawn (deleted from the hub), when none are found."""
    fact = ctx.facts.get("weights_withdrawn")
    return f"{fact['path']}:{fact['line']}" if isinstance(fact, dict) else None


def _api_only(ctx: CheckContext, weights: Component) -> dict[str, Any] | None:
    """The evidence stage's API-only finding, when no weights were found at all."""
    fact = ctx.facts.get("api_only")
    return fact if isinstance(fact, dict) and not weights.present else None


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
