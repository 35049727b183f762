"""Rules OW6xx: the EU AI Act Art. 53(2) open-source exemption, condition by condition.

The eu-ai-act profile (`openwash.eu`) decides every condition of the Commission's guidelines
(C(2025) 7719, §4.2) for every release; these rules speak only where the release claims the
exemption, or calls itself open source under the AI Act: a condition it does not meet is an
error there, one the evidence cannot decide a warning (only when no condition is plainly missed,
to keep the report short). A release that claims nothing about the
AI Act gets no OW6xx finding, except the informative note of OW608 (a model that states
systemic-risk training compute and calls itself open source).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from openwash.rules import rule

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.model import Finding

_SOURCE = (
    "Regulation (EU) 2024/1689 (AI Act) Art. 53(2), https://eur-lex.europa.eu/eli/reg/2024/1689/oj; Commission guidelines "
    "on the scope of the obligations for providers of general-purpose AI models, C(2025) 7719, §4.2 "
    "(https://digital-strategy.ec.europa.eu/en/library/guidelines-scope-obligations-providers-general-purpose-ai-models-under-ai-act), "
)


def _profile(ctx: CheckContext) -> dict[str, Any]:
    result = ctx.profiles.get("eu-ai-act")
    return result.details if result is not None else {}


def _condition_findings(ctx: CheckContext, rule_id: str) -> Iterator[Finding]:
    """A finding at the first exemption claim when the condition is not met (error) or undecided (warning); the first
    condition missed is reported on every overreaching exemption claim too."""
    details = _profile(ctx)
    claims = details.get("claims") or []
    if not claims:
        return
    conditions = details.get("conditions") or []
    condition = next((c for c in conditions if c.get("rule") == rule_id), None)
    if condition is None or condition["status"] == "met":
        return
    if condition["status"] == "unknown" and any(c["status"] == "not-met" for c in conditions):
        return  # the claim already fails on a condition the evidence decides: no warnings about the undecided ones
    first = claims[0]
    where = ", ".join(f"{e['path']}:{e['line']}" for e in condition["evidence"][:3])
    evidence = f" (evidence: {where})" if where else ""
    if condition["status"] == "not-met":
        message = f"claims the EU AI Act open-source exemption, but {condition['point']} is not met: {condition['reason']}{evidence}"
        severity = "error"
    else:
        message = (
            f"claims the EU AI Act open-source exemption, but the evidence does not show that {condition['point']} is met: "
            f"{condition['reason']}{evidence}"
        )
        severity = "warning"
    targets = [(first["path"], first["line"])]
    failing = [c["rule"] for c in conditions if c["status"] == "not-met"]
    if failing and failing[0] == rule_id:
        # The first condition missed is also reported on every other overreaching exemption claim: each has its error.
        targets += [(c.path, c.line) for c in ctx.claims if c.profile == "eu-ai-act" and c.status == "overreach"]
    for path, line in dict.fromkeys(targets):
        claim = next((c for c in ctx.claims if c.profile == "eu-ai-act" and c.path == path and c.line == line), None)
        yield ctx.finding(
            rule_id,
            path,
            line,
            message,
            f"Meet the condition ({condition['requirement']}), or stop claiming the exemption.",
            severity=severity,
            column=claim.column if claim is not None else 1,
            claim=claim,
        )


@rule(
    "OW601",
    "eu-exemption-licence-freedoms",
    severity="error",
    summary="Claims the EU AI Act open-source exemption, but the licence does not grant access, use, modification and "
    "redistribution with only attribution and same-terms conditions.",
    why="The exemption of Art. 53(2) is for models under a free and open-source licence. The Commission reads that as a "
    "licence granting all four rights, derivatives included, whose only conditions are crediting the author and passing "
    "the same or comparable terms on (pts 78-82). Non-commercial, research-only and no-derivatives licences grant less.",
    source=_SOURCE + "points 78-82",
    example="This model is released under CC BY-NC 4.0 and is exempt under Article 53(2) of the EU AI Act.",
    fix="Release the weights under a licence that grants the four rights (e.g. Apache-2.0, MIT, CC-BY-4.0), or stop claiming the exemption.",
)
def eu_licence_freedoms(ctx: CheckContext) -> Iterator[Finding]:
    yield from _condition_findings(ctx, "OW601")


@rule(
    "OW602",
    "eu-exemption-disqualifying-terms",
    severity="error",
    summary="Claims the EU AI Act open-source exemption under terms the Commission names as disqualifying: "
    "non-commercial or research-only use, a distribution ban, a user-count threshold, a separate commercial licence.",
    why="Point 83 of the guidelines lists terms that take a licence out of the exemption: use limited to non-commercial "
    "or research purposes, a prohibition on distributing the model, usage thresholds by number of users (such as a "
    "monthly-active-user cap), and a separate licence needed for commercial use. Llama's 700 million MAU cap, "
    "registration for commercial use and CC BY-NC are all such terms.",
    source=_SOURCE + "point 83",
    example="Open-source under the EU AI Act (Llama 3.1 Community License)",
    fix="Remove the disqualifying terms from the weights' licence, or stop claiming the exemption.",
)
def eu_disqualifying_terms(ctx: CheckContext) -> Iterator[Finding]:
    yield from _condition_findings(ctx, "OW602")


@rule(
    "OW603",
    "eu-exemption-use-restrictions",
    severity="error",
    summary="Claims the EU AI Act open-source exemption, but the licence restricts use beyond specific, proportionate, "
    "safety-oriented restrictions on objective, non-discriminatory criteria.",
    why="Point 84 allows use restrictions that are specific, proportionate and safety-oriented, applied on objective and "
    "non-discriminatory criteria. A ban on improving competing models, a territory that excludes the EU, or vague "
    "national-security clauses are not such restrictions. openwash decides this per licence family; the reasoning for "
    "each family is in docs/eu-ai-act.md. Undecided families are reported as a warning.",
    source=_SOURCE + "point 84",
    example="Exempt from the AI Act as an open-source model (Llama 2 Community License: no use to improve other LLMs)",
    fix="Keep only safety-oriented, specific use restrictions in the licence, or stop claiming the exemption.",
)
def eu_use_restrictions(ctx: CheckContext) -> Iterator[Finding]:
    yield from _condition_findings(ctx, "OW603")


@rule(
    "OW604",
    "eu-exemption-monetised",
    severity="error",
    summary="Claims the EU AI Act open-source exemption for a model that is monetised: paid above a scale, or "
    "available only through the provider's paid platform or API.",
    why="Point 86: the exemption does not cover a model made available against a price or otherwise monetised, e.g. "
    "free for research but paid for commercial use or above a scale, or accessible only through paid support or the "
    "provider's own paid platform. Optional paid services beside a free release do not count (pt 88).",
    source=_SOURCE + "points 86 and 88",
    example="Free under USD 1M annual revenue, enterprise licence above; 'open source under the AI Act'",
    fix="Make the model available without payment at any scale, or stop claiming the exemption.",
)
def eu_monetised(ctx: CheckContext) -> Iterator[Finding]:
    yield from _condition_findings(ctx, "OW604")


@rule(
    "OW605",
    "eu-exemption-personal-data-for-access",
    severity="error",
    summary="Claims the EU AI Act open-source exemption, but the weights are given out only against personal data "
    "(a request form or gated repository collecting name, e-mail or affiliation).",
    why="Point 87: requiring personal data in exchange for access counts as monetisation unless the data is "
    "processed strictly for security; non-discriminatory user verification stays allowed (pt 78). A gated Hugging "
    "Face repository shares the requester's contact details with the provider; a request form collects them.",
    source=_SOURCE + "points 78 and 87",
    example="extra_gated_fields: {Name: text, Affiliation: text, Email: text} in a card that claims the exemption",
    fix="Offer the weights without a form, or collect only what security requires and say so, or stop claiming the exemption.",
)
def eu_personal_data(ctx: CheckContext) -> Iterator[Finding]:
    yield from _condition_findings(ctx, "OW605")


@rule(
    "OW606",
    "eu-exemption-parameters-not-public",
    severity="error",
    summary="Claims the EU AI Act open-source exemption, but the weights or the information on the architecture are not public.",
    why="Art. 53(2) exempts models whose parameters, including the weights, and information on the model "
    "architecture are made publicly available. A model offered only through an API, or weights nobody can find, do not qualify.",
    source=_SOURCE + "points 78-82 (access)",
    example="The model is available through our API and is exempt as open source under the AI Act.",
    fix="Publish the weights and the architecture (configuration, model code or a technical report).",
)
def eu_parameters_public(ctx: CheckContext) -> Iterator[Finding]:
    yield from _condition_findings(ctx, "OW606")


@rule(
    "OW607",
    "eu-exemption-usage-information-missing",
    severity="error",
    summary="Claims the EU AI Act open-source exemption, but the card lacks usage information: input and output "
    "modalities, capabilities, limitations, how to integrate the model.",
    why="Art. 53(2) also requires the information on model usage to be public. Point 91 says it includes at least the "
    "input and output modalities, the capabilities and limitations, and the technical means needed to integrate the model.",
    source=_SOURCE + "point 91",
    example="A card that claims the exemption and has no 'Limitations' section",
    fix="Add the missing parts to the model card (a 'Uses' and a 'Limitations' section, an input/output description, a usage example).",
)
def eu_usage_information(ctx: CheckContext) -> Iterator[Finding]:
    yield from _condition_findings(ctx, "OW607")


@rule(
    "OW608",
    "eu-exemption-systemic-risk",
    severity="error",
    summary="Claims the EU AI Act open-source exemption (or, as a note, calls itself open source) while the card states "
    "training compute of 10^25 FLOP or more.",
    why="The exemption of Art. 53(2) does not apply to general-purpose AI models with systemic risk; a model trained with "
    "more than 10^25 floating-point operations is presumed to have high-impact capabilities (Art. 51(2)). Such a model "
    "owes the full Art. 53 and Art. 55 duties whatever its licence.",
    source=_SOURCE + "and Art. 51(2)",
    example="Trained with 3.8 × 10^25 FLOPs. ... open-source and exempt under the EU AI Act.",
    fix="Drop the exemption claim; a systemic-risk model is never exempt.",
)
def eu_systemic_risk(ctx: CheckContext) -> Iterator[Finding]:
    details = _profile(ctx)
    if details.get("claims"):
        yield from _condition_findings(ctx, "OW608")
        return
    condition = next((c for c in details.get("conditions") or [] if c.get("rule") == "OW608"), None)
    if condition is None or condition["status"] != "not-met" or not condition["evidence"]:
        return
    if not any(c.profile in ("osaid", "open-weights") for c in ctx.claims):
        return
    where = condition["evidence"][0]
    yield ctx.finding(
        "OW608",
        where["path"],
        where["line"],
        f"{condition['reason']}; whatever its licence, the AI Act's open-source exemption does not apply to it",
        "Do not present the release as exempt from the AI Act; a systemic-risk model owes the Art. 53 and 55 duties.",
        severity="note",
    )


@rule(
    "OW609",
    "eu-obligations-still-owed",
    severity="note",
    summary="Claims the EU AI Act open-source exemption without a copyright policy or the public training-content summary, "
    "which stay owed even when the exemption applies.",
    why="Point 75 of the guidelines: the exemption lifts only the technical-documentation duties of Art. 53(1)(a) and "
    "(b). Every provider of a general-purpose AI model still owes a policy to comply with Union copyright law "
    "(Art. 53(1)(c)) and a sufficiently detailed public summary of the content used for training, on the Commission's "
    "template of 24 July 2025 (Art. 53(1)(d)).",
    source=_SOURCE + "point 75; Commission template for the public summary of training content (2025-07-24)",
    example="A card that claims the exemption and neither links a copyright policy nor a training-content summary",
    fix="Publish the copyright policy and the training-content summary (or link them from the card).",
)
def eu_still_owed(ctx: CheckContext) -> Iterator[Finding]:
    details = _profile(ctx)
    claims = details.get("claims") or []
    if not claims:
        return
    owed = details.get("still_owed") or {}
    missing = [item["requirement"] for item in owed.values() if item.get("status") == "missing"]
    if missing:
        yield ctx.finding(
            "OW609",
            claims[0]["path"],
            claims[0]["line"],
            "even an exempt model owes " + " and ".join(missing) + "; the repository neither has nor links them",
            "Publish them in the repository or link them from the model card.",
        )
