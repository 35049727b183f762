"""Rules OW1xx: openness claims judged against the profile their wording implies.

The profiles stage has already set each claim's `status` (backed / overreach /
unproven) and `reason`; these rules turn that judgement into findings with a fix.
"""

from __future__ import annotations

from collections.abc import Iterator

from openwash.context import CheckContext
from openwash.model import Claim, Finding
from openwash.rules import rule

OSAID_SOURCE = (
    "OSI Open Source AI Definition 1.0 (https://opensource.org/ai/open-source-ai-definition) and its FAQ (https://opensource.org/ai/faq)"
)


def _claims(ctx: CheckContext, profile: str, status: str) -> Iterator[Claim]:
    for claim in ctx.claims:
        if claim.status == status and claim.profile == profile and claim.subject != "code":
            yield claim


def _replacement(ctx: CheckContext, claim: Claim) -> str | None:
    """The exact rewrite `openwash fix` would make ("Replace 'an open-source model' with '…'"), if it has one."""
    from openwash import fix

    terms = ctx.facts.get("fix_terms")
    if not isinstance(terms, fix.Terms):
        terms = ctx.facts["fix_terms"] = fix.terms_of(ctx)
    edit = fix.edit_for(claim, terms)
    return edit.remediation if edit is not None else None


def _with_replacement(ctx: CheckContext, claim: Claim, advice: str) -> str:
    replacement = _replacement(ctx, claim)
    return f"{replacement} (`openwash fix` does it); or {advice}" if replacement else advice


def _osaid_fix(ctx: CheckContext, claim: Claim | None = None) -> str:
    missing = ctx.profiles["osaid"].missing if "osaid" in ctx.profiles else []
    open_weights = "open-weights" in ctx.profiles and ctx.profiles["open-weights"].status == "pass"
    member_missing = (ctx.facts.get("member_osaid") or {}).get(claim.id) if claim is not None and claim.member else None
    if member_missing is not None and claim is not None:
        # A claim naming one model of a multi-model release: what that model misses (profiles.members)
        missing, open_weights = member_missing, bool(getattr(claim.member_terms, "open_weights", False))
    honest = (
        "say 'open weights' (or 'open-weight model') instead"
        if open_weights
        else "name the terms instead (e.g. 'weights available under <licence>')"
    )
    needs = []
    terms = ctx.facts.get("weights_terms")
    inherited = bool(terms is not None and any("inherited from" in n for n in getattr(terms, "names", [])))
    if any("terms are" in m for m in missing):
        needs.append(
            "start from a base model under OSI-approved terms (a derivative keeps its base model's terms)"
            if inherited
            else "release the weights under an OSI-approved licence"
        )
    if any("request form" in m for m in missing):
        needs.append("let anyone download the weights without a request form")
    if any(m.startswith(("code: no training", "code: only")) for m in missing):
        needs.append("publish the training code (or declare where it lives under `external:` in .openwash.yml)")
    if any(m.startswith("data information") for m in missing):
        needs.append("add a Training Data section that lists the data sources, how they were obtained and filtered")
    replacement = _replacement(ctx, claim) if claim is not None else None
    if replacement:
        honest = f"{replacement} (`openwash fix` does it)"
    return honest + ("; or, to make the claim true: " + "; ".join(needs) if needs else "")


@rule(
    "OW101",
    "open-source-claim-not-osaid",
    severity="error",
    summary="A claim that the model is open source (or fully open, 开源模型) while the release does not meet OSAID 1.0.",
    why="Open source AI means the weights, the complete code used to train and run the model and the data "
    "information, all under OSI-approved terms. Restrictive terms, a gate, or missing training code or data "
    "information contradict the claim.",
    source=OSAID_SOURCE,
    example="ChatGLM-6B 是一个开源的、支持中英双语的对话语言模型  (weights under a custom licence with use restrictions)",
    fix="Say 'open weights' (if the weights are downloadable under a permissive licence) or name the licence; "
    "or publish what is missing: training code, data information, OSI-approved terms.",
)
def open_source_claim_not_osaid(ctx: CheckContext) -> Iterator[Finding]:
    for claim in _claims(ctx, "osaid", "overreach"):
        yield ctx.finding(
            "OW101",
            claim.path,
            claim.line,
            f"'{claim.text}' claims open source AI, but {claim.reason}",
            _osaid_fix(ctx, claim),
            column=claim.column,
            claim=claim,
        )


@rule(
    "OW102",
    "open-weights-claim-contradicted",
    severity="error",
    summary="A claim of open weights / an open model while the weights are gated or under use-restricting terms.",
    why="Open weights means the weights can be downloaded without asking and used, modified and shared for any purpose. "
    "A request form, a login, an acceptable-use policy or a non-commercial clause contradicts it.",
    source="Open Weight Definition (https://openweight.org); OSAID 1.0 (https://opensource.org/ai/open-source-ai-definition: use for any purpose without asking permission)",
    example="Gemma is a family of open-weights Large Language Model  (checkpoints need a Kaggle login)",
    fix="Call the model 'available under <licence name>' or 'weights available on request', or drop the gate and use "
    "a licence without use restrictions.",
)
def open_weights_claim_contradicted(ctx: CheckContext) -> Iterator[Finding]:
    for claim in _claims(ctx, "open-weights", "overreach"):
        yield ctx.finding(
            "OW102",
            claim.path,
            claim.line,
            f"'{claim.text}' claims open weights, but {claim.reason}",
            _with_replacement(
                ctx,
                claim,
                "name the terms instead (e.g. 'weights available under the <licence>, with its use restrictions'), "
                "or remove the gate and the use restrictions",
            ),
            column=claim.column,
            claim=claim,
        )


@rule(
    "OW103",
    "commercial-use-claim-contradicted",
    severity="error",
    summary="A claim that the model is free for commercial use (开源可商用, 免费商用) under terms that forbid it.",
    why="Non-commercial, research-only and proprietary terms forbid what the sentence promises; users who rely on it are "
    "exposed.",
    source="The licence texts (e.g. CC BY-NC 4.0, https://creativecommons.org/licenses/by-nc/4.0/legalcode); "
    "EU AI Act guidelines on the open-source exemption, C(2025) 7719 §4.2 point 83: non-commercial terms are not free and open-source",
    example="you can use, modify, and redistribute this adapter, including commercially  (base: Qwen Research License)",
    fix="State the real terms ('research use only', 'commercial use needs a separate licence from …').",
)
def commercial_use_claim_contradicted(ctx: CheckContext) -> Iterator[Finding]:
    for claim in _claims(ctx, "commercial-use", "overreach"):
        yield ctx.finding(
            "OW103",
            claim.path,
            claim.line,
            f"'{claim.text}' promises commercial use, but {claim.reason}",
            _with_replacement(
                ctx, claim, "state the real terms, e.g. 'research use only; commercial use requires a licence from the base model's owner'"
            ),
            column=claim.column,
            claim=claim,
        )


@rule(
    "OW104",
    "license-declaration-contradicted",
    severity="error",
    summary="A declared licence (card `license:`, badge, 'open-source licence') that the repository's own evidence contradicts.",
    why="The card's `license:` speaks for the weights; when a licence file, the base model, or the card's own text "
    "(\"use of the model remains subject to the Gemma Terms of Use\") says otherwise, the label misleads. "
    "Reported only when no more specific licence (OW2xx) or lineage (OW3xx) finding already explains it.",
    source="Hugging Face model card metadata (https://huggingface.co/docs/hub/model-cards); Hugging Face licence keys (https://huggingface.co/docs/hub/repositories-licenses); SPDX License List (https://spdx.org/licenses/)",
    example="license: apache-2.0   (LICENSE: Llama 3.1 Community License Agreement)",
    fix="Declare the licence that actually governs the weights (e.g. `license: llama3.1`, or `license: other` with "
    "`license_name` and `license_link`).",
)
def license_declaration_contradicted(ctx: CheckContext) -> Iterator[Finding]:
    for claim in _claims(ctx, "license", "overreach"):
        yield ctx.finding(
            "OW104",
            claim.path,
            claim.line,
            f"'{claim.text}': {claim.reason}",
            "declare the licence that governs the weights, or change the licence files so that they agree",
            column=claim.column,
            claim=claim,
        )


@rule(
    "OW105",
    "code-claim-contradicted",
    severity="error",
    summary="A claim that the code is open source (代码开源, 'our training code is open source') while the code's licence is not OSI-approved.",
    why="A claim about the code is judged as a claim about the code (not the weights): it holds when the licence "
    "that covers the code is an open-source licence. A code licence with use restrictions, a non-commercial or "
    "research-only clause, or vendor terms is not one.",
    source="Open Source Definition (https://opensource.org/osd) and the OSI-approved licence list (https://opensource.org/licenses)",
    example="Our training code is open source.   (the only licence, LICENSE, is CC BY-NC 4.0)",
    fix="Put the code under an OSI-approved licence (and say which), or say 'source available under <licence>'.",
)
def code_claim_contradicted(ctx: CheckContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        if claim.status == "overreach" and (claim.subject == "code" or claim.profile == "code-license"):
            yield ctx.finding(
                "OW105",
                claim.path,
                claim.line,
                f"'{claim.text}' says the code is open source, but {claim.reason}",
                "license the code under an OSI-approved licence, or name its actual terms ('source available under <licence>')",
                column=claim.column,
                claim=claim,
            )


@rule(
    "OW106",
    "data-claim-contradicted",
    severity="error",
    summary="A claim that the data is open source or open (数据开源, 'we open-source the dataset') while the data's licence forbids some uses.",
    why="A claim about the data is judged as a claim about the data: it holds when the licence that covers the data "
    "lets anyone use, modify and share it for any purpose. A non-commercial, research-only or no-derivatives "
    "licence, or vendor terms, is not an open data licence.",
    source="Open Definition 2.1 (https://opendefinition.org/od/2.1/en/): open data may be used by anyone for any purpose; "
    "OSAID 1.0 (https://opensource.org/ai/open-source-ai-definition) on data information",
    example="We have open-sourced all textual sources and YouTube IDs.   (DATASET_LICENSE is CC BY-NC 4.0)",
    fix="Say 'the data is available under <licence>' (naming it), or release the data under an open data licence (CC-BY-4.0, CC0, ODC-By).",
)
def data_claim_contradicted(ctx: CheckContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        if claim.status == "overreach" and claim.profile == "data-license":
            yield ctx.finding(
                "OW106",
                claim.path,
                claim.line,
                f"'{claim.text}' says the data is open, but {claim.reason}",
                "name the data's actual terms ('the data is available under <licence>'), or release it under an open data licence",
                column=claim.column,
                claim=claim,
            )


@rule(
    "OW110",
    "claim-insufficient-evidence",
    severity="warning",
    summary="An openness claim the repository neither backs nor contradicts (e.g. weights' licence not restated).",
    why="A claim should be checkable from the release itself; when the evidence lives elsewhere, say where.",
    source="OSI Open Source AI Definition 1.0 (https://opensource.org/ai/open-source-ai-definition) and its FAQ (https://opensource.org/ai/faq): what the definition requires must be available from the release; "
    "a claim the release neither backs nor contradicts is reported as insufficient evidence, not as overreach",
    example="OLMo: Open Language Model   (weights on the Hub, their licence not restated in the repository)",
    fix="State the weights' licence in the README (or add LICENSE-MODEL), and declare what lives elsewhere under "
    "`external:` in .openwash.yml.",
)
def claim_insufficient_evidence(ctx: CheckContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        if claim.status != "unproven" or claim.profile == "eu-ai-act":
            continue  # an AI Act exemption claim: OW601-OW608 say which condition the evidence leaves open
        yield ctx.finding(
            "OW110",
            claim.path,
            claim.line,
            f"'{claim.text}' cannot be verified: {claim.reason}",
            _unproven_fix(claim),
            column=claim.column,
            claim=claim,
        )


def _unproven_fix(claim: Claim) -> str:
    reason = claim.reason or ""
    if claim.subject == "data" or claim.profile == "data-license":
        return "state the data's licence (e.g. 'The dataset is released under CC-BY-4.0', or a DATA_LICENSE file)"
    if claim.subject == "code" or claim.profile == "code-license":
        return "state the code's licence (a LICENSE file, or 'The code is released under Apache-2.0')"
    if "licence is not stated" in reason or "licence" in reason:
        return "state the weights' licence in the README (e.g. 'The weights are released under Apache-2.0') or add LICENSE-MODEL"
    if "not released or linked" in reason:
        return "link the weights, or declare them under `external: weights:` in .openwash.yml"
    if "training code is not in this repository" in reason:
        return "say where the training code is (a link naming it, or `external: training-code:` in .openwash.yml)"
    if "inference" in reason:
        return "add or link the inference code and the model architecture"
    return "add the missing evidence to the repository, or declare where it lives under `external:` in .openwash.yml"


@rule(
    "OW111",
    "weights-license-assumed",
    severity="note",
    summary="The weights' terms are not stated; the repository's only licence is taken to cover them.",
    why="A single repository licence with no statement limiting it to code may be taken to cover the release, "
    "but a reader of the model card should not have to infer the weights' terms.",
    source="Hugging Face model card metadata (https://huggingface.co/docs/hub/model-cards): the card's `license:` states the weights' terms; "
    "openwash takes a lone repository licence to cover the weights only with this note",
    example="LICENSE: Apache License 2.0; README links the weights on the Hub without naming their licence",
    fix="Say it in the README: 'The code and the model weights are released under the Apache 2.0 licence.'",
)
def weights_license_assumed(ctx: CheckContext) -> Iterator[Finding]:
    from openwash.profiles import WeightsTerms

    terms = ctx.facts.get("weights_terms")
    if isinstance(terms, WeightsTerms) and terms.assumed is not None:
        lic = terms.assumed
        yield ctx.finding(
            "OW111",
            lic.path,
            lic.line,
            f"the weights' licence is not stated; {lic.path} ({lic.name}) is taken to cover them",
            f"state it in the README, e.g. 'The model weights are released under {lic.name}.'",
        )
