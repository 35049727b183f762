"""EU AI Act Art. 53(2): the open-source exemption, one verdict per condition of the Commission's guidelines.

The Commission's guidelines on the scope of the obligations for providers of general-purpose
AI models (C(2025) 7719, §4.2, points 75–91) say when a model released under a free and
open-source licence is exempt from the documentation duties of Art. 53(1)(a)–(b). Each
condition below gets a verdict (`met`, `not-met`, `unknown`) with the point it comes from, the
reason and the evidence (path:line). The exemption holds only when every condition is met.
What stays owed even when exempt (pt 75: a copyright policy and the public summary of the
training content) is reported beside the conditions, and does not decide the exemption.

Per-licence decisions for the safety-oriented use restrictions of pt 84 are in `_PT84`; the
reasoning behind each is in docs/eu-ai-act.md. Nothing here reads files: it reads the
documents, licences, components and facts the earlier stages recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from openwash.lazyre import lazy_compile
from openwash.model import Component, ProfileResult

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.documents import Document
    from openwash.profiles import TermPart, WeightsTerms

GUIDELINES = "Commission guidelines on the scope of the obligations for providers of general-purpose AI models, C(2025) 7719, §4.2"
MET, NOT_MET, UNKNOWN = "met", "not-met", "unknown"
_RANK = {MET: 0, UNKNOWN: 1, NOT_MET: 2}

# (id, rule, point, what the condition asks)
CONDITIONS: tuple[tuple[str, str, str, str], ...] = (
    ("licence-freedoms", "OW601", "pts 78-82",
     "the licence grants access, use, modification and redistribution (derivatives included), on no conditions but attribution and passing the same or comparable terms on"),
    ("disqualifying-terms", "OW602", "pt 83",
     "no non-commercial or research-only terms, no ban on distribution, no user-count threshold, no separate licence for commercial use"),
    ("use-restrictions", "OW603", "pt 84",
     "use restrictions, if any, are specific, proportionate and safety-oriented, on objective and non-discriminatory criteria"),
    ("monetisation", "OW604", "pt 86",
     "no payment for commercial use or above a scale, no paid support or paid platform as the only way to access or use the model"),
    ("personal-data", "OW605", "pt 87",
     "access does not require personal data (a request form collecting name, e-mail or affiliation), unless strictly for security"),
    ("public-parameters", "OW606", "Art. 53(2); pts 78-82",
     "the parameters, including the weights, and information on the model architecture are publicly available"),
    ("usage-information", "OW607", "pt 91",
     "usage information is public: input and output modalities, capabilities, limitations, and how to integrate the model"),
    ("systemic-risk", "OW608", "Art. 53(2); Art. 51(2)",
     "not a model with systemic risk (presumed at 10^25 FLOP of training compute or more)"),
)
STILL_OWED: tuple[tuple[str, str], ...] = (
    ("copyright-policy", "a policy to comply with Union copyright law (Art. 53(1)(c))"),
    ("training-content-summary", "the public summary of the training content, on the Commission's template (Art. 53(1)(d))"),
)


@dataclass
class Condition:
    id: str
    rule: str
    point: str
    requirement: str
    status: str = UNKNOWN
    reason: str = ""
    evidence: list[tuple[str, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "rule": self.rule,
            "point": self.point,
            "requirement": self.requirement,
            "status": self.status,
            "reason": self.reason,
            "evidence": [{"path": p, "line": n} for p, n in self.evidence],
        }


# pt 84, decided per licence family (knowledge-base key): status and the reason, in a few words.
# The reasoning is in docs/eu-ai-act.md ("Use restrictions, licence by licence").
_RAIL_OK = (MET, "behavioural use restrictions (Attachment A) that name specific harmful uses and bind every user alike: "
            "safety-oriented restrictions on objective criteria, which pt 84 allows")
_PT84: dict[str, tuple[str, str]] = {
    **{k: _RAIL_OK for k in ("openrail", "bigscience-openrail-m", "creativeml-openrail-m", "bigcode-openrail-m",
                             "openrail++", "bigscience-bloom-rail-1.0")},
    "deepseek": (UNKNOWN, "Attachment A adds a blanket ban on military use to the safety restrictions; whether a field-of-use "
                 "ban is a specific, safety-oriented restriction under pt 84 is not settled"),
    "llama2": (NOT_MET, "bans using the model or its outputs to improve other large language models: a restriction that "
               "protects the licensor, not safety"),
    "llama3": (MET, "the Acceptable Use Policy lists specific harmful uses (safety-oriented)"),
    "llama3.1": (MET, "the Acceptable Use Policy lists specific harmful uses (safety-oriented)"),
    "llama3.3": (MET, "the Acceptable Use Policy lists specific harmful uses (safety-oriented)"),
    "llama3.2": (NOT_MET, "the Acceptable Use Policy withholds the multimodal models from people and companies in the EU: "
                 "not a non-discriminatory criterion"),
    "llama4": (NOT_MET, "the Acceptable Use Policy withholds the multimodal models from people and companies in the EU: "
               "not a non-discriminatory criterion"),
    "gemma": (UNKNOWN, "the Prohibited Use Policy is safety-oriented, but Google may update it and restrict use remotely, so "
              "the restrictions are not fixed by the licence (pt 84 asks for specific ones)"),
    "hai-def": (UNKNOWN, "the restrictions mix safety (clinical use) with the licensor's regulatory position, and the policy "
                "may be updated by Google"),
    "grok2-community": (NOT_MET, "bans training or improving other foundation models: not a safety restriction"),
    "qwen": (NOT_MET, "bans using the materials or outputs to improve other large language models: not a safety restriction"),
    "chatglm-6b": (NOT_MET, "bans acts 'harming national security or public interest': not specific, objective criteria"),
    "cogvideox": (NOT_MET, "bans acts that may 'undermine China's national security and national unity': not specific, "
                  "objective criteria"),
    "glm-4": (UNKNOWN, "bans military or illegal use: a field-of-use ban whose place under pt 84 is not settled"),
    "baichuan": (UNKNOWN, "bans military use: a field-of-use ban whose place under pt 84 is not settled"),
    "skywork": (UNKNOWN, "bans military and unlawful use: a field-of-use ban whose place under pt 84 is not settled"),
    "stabilityai-community": (NOT_MET, "bans using the model or its outputs to build other foundation models: not a safety "
                              "restriction"),
    "nvidia-open-model": (MET, "rights end only when safety guardrails are bypassed without a substitute: safety-oriented"),
    "kolors": (NOT_MET, "bans using the model or its outputs to improve other large models: not a safety restriction"),
    "tencent-hunyuan": (NOT_MET, "the licence does not apply in the EU, the UK and South Korea: not non-discriminatory"),
    "tencent-hunyuan-3d": (NOT_MET, "the licence does not apply in the EU, the UK and South Korea: not non-discriminatory"),
    "falcon-1.0": (MET, "the acceptable use policy lists specific harmful uses (safety-oriented)"),
    "falcon-180b": (NOT_MET, "hosting the model as a service needs a separate licence: not a safety restriction"),
}
_JUDGED_BY_PT83 = frozenset({"non-commercial", "research-only", "no-derivatives", "proprietary"})
_USE_RIDERS = frozenset({"acceptable-use-policy", "use-restriction"})
_SEPARATE_LICENCE = lazy_compile(r"registration|register|approv|authori[sz]|appl(?:y|ication)|licen[cs]e from|further licen|separate licen|written", re.I)
_PAID = lazy_compile(r"revenue|\busd\b|\brmb\b|\$|\bpaid\b|\bfees?\b|enterprise licen|\bprice", re.I)
# Gates that collect personal data: a form, an application, a registration, the Hub's contact-sharing gate.
_DATA_GATE = lazy_compile(r"request|form\b|apply|application|approv|regist|contact|申请|问卷|表单|审核|注册|实名", re.I)


def evaluate(ctx: CheckContext, terms: WeightsTerms, weights: Component, api_only: dict[str, Any] | None) -> ProfileResult:
    """The eu-ai-act profile: every condition with its verdict, what remains owed, and the exemption."""
    conditions = [Condition(cid, rule, point, requirement) for cid, rule, point, requirement in CONDITIONS]
    by_id = {c.id: c for c in conditions}
    parts = list(terms.parts)
    _licence_freedoms(by_id["licence-freedoms"], parts)
    _disqualifying_terms(by_id["disqualifying-terms"], parts)
    _use_restrictions(by_id["use-restrictions"], parts)
    _monetisation(by_id["monetisation"], parts, api_only)
    _personal_data(ctx, by_id["personal-data"], weights)
    _public_parameters(ctx, by_id["public-parameters"], weights, api_only)
    _usage_information(ctx, by_id["usage-information"])
    _systemic_risk(ctx, by_id["systemic-risk"])
    exempt = all(c.status == MET for c in conditions)
    missing = [f"{c.point}: {c.reason}" for c in conditions if c.status != MET]
    details = {
        "exempt": exempt,
        "guidelines": GUIDELINES,
        "conditions": [c.to_dict() for c in conditions],
        "still_owed": still_owed(ctx),
        "claims": [{"path": p, "line": n, "text": t} for p, n, t in exemption_claims(ctx)],
    }
    return ProfileResult("eu-ai-act", "pass" if exempt else "fail", missing, details)


# -- the licence (pts 78-84, 86) --------------------------------------------------------------------


def _known(parts: list[TermPart]) -> list[TermPart]:
    return [p for p in parts if p.family and p.family != "unknown"]


def _where(part: TermPart) -> tuple[str, int]:
    return (part.path, part.line)


def _name(part: TermPart) -> str:
    return part.name


def _none_known(cond: Condition, parts: list[TermPart]) -> bool:
    if _known(parts):
        return False
    cond.status = UNKNOWN
    cond.reason = (
        "no licence identifies the weights' terms" if not parts else "the weights' licence is not identified, so its terms cannot be read"
    )
    cond.evidence = [_where(p) for p in parts[:3]]
    return True


def _settle(cond: Condition, parts: list[TermPart], problems: list[tuple[str, TermPart]], doubts: list[tuple[str, TermPart]], fine: str) -> None:
    """Not met when a known part fails; unknown when one is in doubt or unidentified; else met."""
    if problems:
        cond.status = NOT_MET
        cond.reason = "; ".join(dict.fromkeys(f"{_name(p)}: {why}" for why, p in problems))
        cond.evidence = list(dict.fromkeys(_where(p) for _, p in problems))
        return
    # a vendor or RAIL licence known only by its name ("MiniMax H3 Community License Agreement", text not shipped): its
    # family says it has conditions, but not which, so the conditions of pts 83-86 cannot be read
    unidentified = [p for p in parts if p not in _known(parts) or (p.key is None and p.family in ("rail", "vendor-community"))]
    if doubts or unidentified:
        cond.status = UNKNOWN
        said = [f"{_name(p)}: {why}" for why, p in doubts] + [f"{_name(p)}: not identified" for p in unidentified]
        cond.reason = "; ".join(dict.fromkeys(said))
        cond.evidence = list(dict.fromkeys([_where(p) for _, p in doubts] + [_where(p) for p in unidentified]))
        return
    cond.status = MET
    cond.reason = fine
    cond.evidence = list(dict.fromkeys(_where(p) for p in parts))


def _licence_freedoms(cond: Condition, parts: list[TermPart]) -> None:
    if _none_known(cond, parts):
        return
    problems: list[tuple[str, TermPart]] = []
    for part in _known(parts):
        if part.family in ("non-commercial", "research-only"):
            problems.append((f"use is granted only for {part.family.replace('-', ' ')} purposes", part))
        elif part.family == "no-derivatives":
            problems.append(("modified versions may not be shared", part))
        elif part.family == "proprietary":
            problems.append(("no licence to use, modify and redistribute", part))
    fine = "the terms grant access, use, modification and redistribution"
    if any(p.family in ("rail", "vendor-community") for p in _known(parts)):
        fine += " (their further conditions are judged under pts 83, 84 and 86)"
    _settle(cond, parts, problems, [], fine)


def _kinds(part: TermPart) -> set[str]:
    return {r.split(":", 1)[0] for r in part.riders}


def _disqualifying_terms(cond: Condition, parts: list[TermPart]) -> None:
    if _none_known(cond, parts):
        return
    problems: list[tuple[str, TermPart]] = []
    for part in _known(parts):
        props, kinds = part.properties, _kinds(part)
        if part.family == "non-commercial" or props.get("commercial_use_banned") or "non-commercial" in kinds:
            problems.append(("non-commercial use only", part))
        if part.family == "research-only" or props.get("research_only") or "research-only" in kinds:
            problems.append(("research use only", part))
        redistribution = " ".join(str(c) for c in props.get("redistribution_conditions") or [])
        if part.family == "no-derivatives" or "no-derivatives" in kinds or "no adapted material" in redistribution:
            problems.append(("a ban on distributing modified versions", part))
        if part.family == "proprietary":
            problems.append(("no right to distribute", part))
        threshold = props.get("user_threshold")
        if isinstance(threshold, int) and threshold > 0:
            problems.append((f"a user-count threshold ({threshold:,} users), above which a licence must be requested", part))
        elif "user-threshold" in kinds:
            problems.append(("a user-count or revenue threshold added to the licence", part))
        revenue = str(props.get("revenue_threshold") or "")
        if revenue and _SEPARATE_LICENCE.search(revenue):
            problems.append((f"a separate licence or registration for commercial use ({revenue})", part))
        elif "commercial-authorisation" in kinds:
            problems.append(("commercial use needs a separate agreement or registration", part))
        bans = " ".join(str(b) for b in props.get("field_of_use_bans") or [])
        if "separate licen" in bans:
            problems.append((bans, part))
    _settle(cond, parts, problems, [], "none of the disqualifying terms of pt 83 is found in the weights' terms")


def _use_restrictions(cond: Condition, parts: list[TermPart]) -> None:
    if _none_known(cond, parts):
        return
    problems: list[tuple[str, TermPart]] = []
    doubts: list[tuple[str, TermPart]] = []
    allowed: list[str] = []
    for part in _known(parts):
        props, kinds = part.properties, _kinds(part)
        decided = _PT84.get(part.key or "")
        territories = props.get("territory_exclusions") or []
        if decided is None and part.family in _JUDGED_BY_PT83:
            continue  # non-commercial, research-only, no-derivatives, proprietary: pt 83 already rules them out
        if decided is not None:
            status, why = decided
            if status == NOT_MET:
                problems.append((why, part))
            elif status == UNKNOWN:
                doubts.append((why, part))
            else:
                allowed.append(f"{_name(part)}: {why}")
        elif territories:
            problems.append((f"excludes {', '.join(str(t) for t in territories)}: not a non-discriminatory criterion", part))
        elif kinds & _USE_RIDERS:
            doubts.append(("use restrictions added to the licence text; openwash cannot tell whether they are specific and safety-oriented", part))
        elif props.get("use_restrictions") or props.get("field_of_use_bans") or props.get("aup"):
            doubts.append(("use restrictions that openwash has no reading of (see docs/eu-ai-act.md)", part))
    fine = "; ".join(allowed) if allowed else "the weights' terms restrict no use"
    _settle(cond, parts, problems, doubts, fine)


def _monetisation(cond: Condition, parts: list[TermPart], api_only: dict[str, Any] | None) -> None:
    if api_only is not None:
        cond.status = NOT_MET
        cond.reason = "the model is offered only through the provider's API"
        cond.evidence = [(str(api_only.get("path")), int(api_only.get("line") or 1))]
        return
    if _none_known(cond, parts):
        return
    problems: list[tuple[str, TermPart]] = []
    for part in _known(parts):
        revenue = str(part.properties.get("revenue_threshold") or "")
        if revenue and _PAID.search(revenue):
            problems.append((f"free below a scale, paid above it ({revenue})", part))
    _settle(cond, parts, problems, [], "the weights' terms ask no payment for any use or scale")


# -- access (pt 87) and what must be public (Art. 53(2), pt 91) ---------------------------------------


def _personal_data(ctx: CheckContext, cond: Condition, weights: Component) -> None:
    if not weights.present:
        cond.status, cond.reason = UNKNOWN, "no route to the weights was found"
        return
    if weights.availability != "gated":
        cond.status, cond.reason = MET, "the weights can be downloaded without a request form or login"
        cond.evidence = [(e.path, e.line) for e in weights.evidence[:2]]
        return
    hub = ctx.facts.get("hub_gate")
    gates = [g for g in ctx.facts.get("gated") or [] if isinstance(g, dict)]
    if isinstance(hub, dict) and hub.get("root"):
        cond.status = NOT_MET
        cond.reason = (
            f"the weights sit behind a gated Hugging Face repository (`{hub.get('key')}`), which shares the user's "
            "contact details (username, e-mail, and any fields the form asks) with the provider"
        )
        cond.evidence = [(str(hub.get("path")), int(hub.get("line") or 1))]
        return
    collecting = [g for g in gates if _DATA_GATE.search(str(g.get("phrase") or ""))]
    if collecting:
        first = collecting[0]
        cond.status = NOT_MET
        cond.reason = f"the weights are given out on request ({str(first.get('phrase'))!r}), which collects the requester's details"
        cond.evidence = [(str(g.get("path")), int(g.get("line") or 1)) for g in collecting[:3]]
        return
    cond.status = UNKNOWN
    cond.reason = "a login or licence click-through gates the weights; whether it asks for more than non-discriminatory user verification is not stated"
    cond.evidence = [(str(g.get("path")), int(g.get("line") or 1)) for g in gates[:3]]


def _present(ctx: CheckContext, key: str) -> Component | None:
    comp = ctx.components.get(key)
    return comp if comp is not None and comp.present else None


def _public_parameters(ctx: CheckContext, cond: Condition, weights: Component, api_only: dict[str, Any] | None) -> None:
    problems: list[str] = []
    evidence: list[tuple[str, int]] = []
    if api_only is not None:
        problems.append("no weights are released: the model is offered only through an API")
    elif not weights.present:
        problems.append("the weights are not released or linked")
    else:
        evidence += [(e.path, e.line) for e in weights.evidence[:2]]
    architecture = next((c for c in (_present(ctx, k) for k in ("model-architecture", "technical-report", "research-paper")) if c), None)
    config = next((e.path for e in ctx.inventory.files if e.path.rsplit("/", 1)[-1] == "config.json"), None)
    if architecture is not None:
        evidence += [(e.path, e.line) for e in architecture.evidence[:1]]
    elif config is not None:
        evidence.append((config, 1))  # a Transformers config names the architecture and its sizes
    else:
        problems.append("no information on the model architecture (code, config.json, technical report or paper)")
    cond.status = NOT_MET if problems else MET
    cond.reason = "; ".join(problems) if problems else "the weights and information on the architecture are public"
    cond.evidence = evidence


def speaking_documents(ctx: CheckContext) -> list[Document]:
    """The model cards and READMEs, root ones first."""
    from openwash.documents import CARD, README

    docs = [d for d in ctx.documents if d.kind in (CARD, README)]
    return sorted(docs, key=lambda d: (d.path.count("/"), d.kind != CARD, d.path))


# pt 91's four elements: a heading or a line that gives each.
_USAGE_HEADINGS: dict[str, re.Pattern[str]] = {
    "modalities": lazy_compile(r"modalit|\binputs?\b|\boutputs?\b|model (?:details|description|summary|overview|architecture|type)|输入|输出|模态", re.I),
    "capabilities": lazy_compile(r"intended use|\buses\b|\busage\b|capabilit|features|highlights|model (?:description|details|summary|overview)|"
                                 r"overview|introduction|\babout\b|what (?:it|this model) (?:can|does)|简介|介绍|能力|用途|概述|特点|特性", re.I),
    "limitations": lazy_compile(r"limitation|\bbias|\brisks?\b|out[- ]of[- ]scope|caveat|known issues|misuse|局限|限制|风险|偏见", re.I),
    "integration": lazy_compile(r"usage|how to use|quick ?start|getting started|\binference\b|installation|\binstall\b|use with|"
                                r"\bexamples?\b|\brun(?:ning)?\b|\bdemo\b|使用|快速开始|推理|部署|安装", re.I),
}
_USAGE_LINES: dict[str, re.Pattern[str]] = {
    "modalities": lazy_compile(
        r"\bmodalit(?:y|ies)\b|\b(?:text|image|audio|speech|video)[- ]to[- ](?:text|image|audio|speech|video)\b|"
        r"\b(?:large )?language model\b|\bLLMs?\b|\btext generation\b|speech recognition|text[- ]to[- ]speech|"
        r"\b(?:vision|video|audio)[- ]language\b|\b(?:takes|accepts|generates|outputs|produces)\s+(?:text|images?|audio|speech|video)\b|"
        r"\binput (?:prompts?|images?|text|audio|video)\b|\b(?:image|text|audio|video|speech) (?:inputs?|outputs?)\b|"
        r"\boutput (?:masks?|images?|text|audio|video|speech)\b|\bpipeline_tag\b|语言模型|多模态|文生图|语音",
        re.I,
    ),
    "capabilities": lazy_compile(r"\bcan be used (?:for|to)\b|\bis capable of\b|\bdesigned (?:for|to)\b|\bintended (?:for|to)\b|\bsupports?\b|可用于|能够|支持", re.I),
    "limitations": lazy_compile(r"\blimitations?\b|\bmay (?:generate|produce|hallucinate|output)\b|\bhallucinat|\bnot (?:suitable|intended) for\b|局限|可能会?(?:生成|产生)", re.I),
    "integration": lazy_compile(r"from_pretrained\(|\bpip install\b|\bimport \w+|\bpython [\w/.-]+\.py\b|\bcurl\b|\bdocker run\b|\bollama run\b|\bllama\.cpp\b|\bvllm\b", re.I),
}


def _usage_information(ctx: CheckContext, cond: Condition) -> None:
    found: dict[str, tuple[str, int]] = {}
    for doc in speaking_documents(ctx):
        if len(found) == len(_USAGE_HEADINGS):
            break
        fm = doc.front_matter
        if fm is not None and "modalities" not in found and isinstance(fm.data.get("pipeline_tag"), str):
            found["modalities"] = (doc.path, fm.locate("pipeline_tag")[0])
        for heading in doc.structure.headings:
            for element, pattern in _USAGE_HEADINGS.items():
                if element not in found and pattern.search(heading.text):
                    found[element] = (doc.path, heading.line)
        for element, pattern in _USAGE_LINES.items():
            if element not in found:
                for number, _, _ in _matches(doc, pattern, code=element == "integration"):
                    found[element] = (doc.path, number)
                    break
    inference = _present(ctx, "inference-code")
    if "integration" not in found and inference is not None and inference.evidence:
        found["integration"] = (inference.evidence[0].path, inference.evidence[0].line)
    missing = [e for e in _USAGE_HEADINGS if e not in found]
    cond.evidence = [found[e] for e in _USAGE_HEADINGS if e in found]
    if missing:
        cond.status = NOT_MET
        cond.reason = "the model card does not say: " + ", ".join(missing)
    else:
        cond.status = MET
        cond.reason = "the card gives modalities, capabilities, limitations and how to integrate the model"


_MAX_MATCHES = 200  # matches of one pattern looked at per document


def _matches(doc: Document, pattern: re.Pattern[str], *, code: bool = False) -> Iterator[tuple[int, str, re.Match[str]]]:
    """(line, line text, match) for each match of `pattern` in the document's body, in one pass over the whole
    text (no per-line loop), leaving out fenced code unless `code` and HTML comments."""
    text = doc.text
    line, position = 1, 0
    for count, match in enumerate(pattern.finditer(text)):
        if count >= _MAX_MATCHES:
            return
        line += text.count("\n", position, match.start())
        position = match.start()
        if line < doc.body_start_line:
            continue
        structure = doc.structure
        if (not code and structure.in_code(line)) or structure.in_comment(line):
            continue
        yield line, doc.line_text(line), match


# Training compute: "3.8 × 10^25 FLOPs", "3.8e25 FLOP", "10²⁵ FLOPs", "1.2E+24 floating point operations".
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺", "0123456789+")
_SUPERSCRIPT_POWER = lazy_compile(r"10\s*([⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_COMPUTE = lazy_compile(
    r"(?<![\w.,])(?P<mantissa>\d{1,6}(?:[.,]\d{1,6})?)?\s*(?:(?:[x×*·]\s*)?10\s*(?:\^|\*\*)\s*\{?\+?(?P<exp>\d{1,3})\}?|[eE]\+?(?P<e>\d{1,3}))\s*"
    r"(?:training\s+)?(?:FLOPs?\b|FLOP/s\b|floating[- ]point operations)",
    re.I,
)
_FLOP_WORD = lazy_compile(r"flop|floating[- ]point", re.I)
_BELOW = lazy_compile(r"(?:below|under|less than|fewer than|lower than|<|threshold|at least|presum|\bif|\bwhen|systemic)(?:\W+\w+){0,3}\W*$", re.I)
SYSTEMIC_RISK_FLOP = 1e25


def training_compute(ctx: CheckContext) -> tuple[float, str, int, str] | None:
    """The largest training compute a card or README states for the model: (FLOP, path, line, text)."""
    best: tuple[float, str, int, str] | None = None
    for doc in speaking_documents(ctx):
        seen: set[int] = set()
        for number, text, _ in _matches(doc, _FLOP_WORD):
            if number in seen:
                continue
            seen.add(number)
            plain = _SUPERSCRIPT_POWER.sub(lambda m: "10^" + m.group(1).translate(_SUPERSCRIPT), text[:4000])
            for match in _COMPUTE.finditer(plain):
                if _BELOW.search(plain[max(0, match.start() - 120) : match.start()]):
                    continue  # "below the 10^25 FLOP threshold": a threshold, not the model's compute
                exponent = int(match.group("exp") or match.group("e") or 0)
                try:
                    value = float((match.group("mantissa") or "1").replace(",", ".")) * 10.0**exponent
                except (OverflowError, ValueError):
                    continue
                if best is None or value > best[0]:
                    best = (value, doc.path, number, match.group(0).strip())
    return best


def _systemic_risk(ctx: CheckContext, cond: Condition) -> None:
    stated = training_compute(ctx)
    if stated is not None and stated[0] >= SYSTEMIC_RISK_FLOP:
        cond.status = NOT_MET
        cond.reason = f"the card states training compute of {stated[3]} (at or above 10^25 FLOP): a model with systemic risk is never exempt"
        cond.evidence = [(stated[1], stated[2])]
    elif stated is not None:
        cond.status = MET
        cond.reason = f"the card states training compute of {stated[3]}, below 10^25 FLOP"
        cond.evidence = [(stated[1], stated[2])]
    else:
        cond.status = MET
        cond.reason = "no training compute of 10^25 FLOP or more is stated"


# -- what stays owed (pt 75) and who claims the exemption ---------------------------------------------

_OWED_TEXT = {
    "copyright-policy": lazy_compile(r"copyright[- ](?:compliance[- ])?policy|policy (?:on|to comply with) (?:union |eu )?copyright|版权(?:合规)?政策", re.I),
    "training-content-summary": lazy_compile(
        r"summary of (?:the )?(?:content used for (?:the )?training|training (?:content|data))|training[- ]content summary|"
        r"public summary of (?:the )?training|sufficiently detailed summary|训练内容摘要|训练数据公开摘要",
        re.I,
    ),
}
_OWED_FILE = {
    "copyright-policy": lazy_compile(r"copyright[_ -]?policy", re.I),
    "training-content-summary": lazy_compile(r"training[_ -]?(?:content|data)[_ -]?summary|public[_ -]?summary", re.I),
}
_LINK = lazy_compile(r"https?://|\]\(")


def still_owed(ctx: CheckContext) -> dict[str, dict[str, Any]]:
    """pt 75: a copyright policy and the public training-content summary, each present, linked or missing."""
    out: dict[str, dict[str, Any]] = {}
    for key, what in STILL_OWED:
        status, evidence = "missing", None
        for entry in ctx.inventory.files:
            if _OWED_FILE[key].search(entry.path.rsplit("/", 1)[-1]):
                status, evidence = "present", (entry.path, 1)
                break
        if evidence is None:
            status, evidence = _owed_in_documents(ctx, key)
        out[key] = {
            "requirement": what,
            "status": status,
            "evidence": [{"path": evidence[0], "line": evidence[1]}] if evidence else [],
        }
    return out


def _owed_in_documents(ctx: CheckContext, key: str) -> tuple[str, tuple[str, int] | None]:
    linked: tuple[str, int] | None = None
    for doc in speaking_documents(ctx):
        for heading in doc.structure.headings:
            if _OWED_TEXT[key].search(heading.text):
                return "present", (doc.path, heading.line)
        if linked is None:
            for number, text, _ in _matches(doc, _OWED_TEXT[key]):
                if _LINK.search(text):
                    linked = (doc.path, number)
                    break
    return ("linked", linked) if linked else ("missing", None)


_EU_ACT = lazy_compile(
    r"\b(?:EU\s+)?AI[- ]Act\b|\bArt(?:icle|\.)?\s*53\s*\(\s*2\s*\)|\b2024/1689\b|KI-Verordnung|人工智能法案|open[- ]source exemption",
    re.I,
)
_EXEMPT_WORDS = lazy_compile(r"exempt|exemption|open[- ]source|free and open|FOSS|开源|豁免", re.I)
_NEGATED = lazy_compile(
    r"\b(?:not|n't|no|never|neither|nor|cannot|without)\b[^.;]{0,40}(?:exempt|exemption|qualif|eligible|benefit|open[- ]source)|不(?:适用|符合|享有)",
    re.I,
)


def mentions_act(text: str) -> bool:
    """A line that speaks of the AI Act's open-source exemption (or of open source under the AI Act), not negated."""
    return bool(_EU_ACT.search(text) and _EXEMPT_WORDS.search(text) and not _NEGATED.search(text))


def exemption_claims(ctx: CheckContext) -> list[tuple[str, int, str]]:
    """Lines of the cards and READMEs that claim the Art. 53(2) exemption or call the model open source under the AI Act."""
    out: list[tuple[str, int, str]] = []
    for doc in speaking_documents(ctx):
        lines: set[int] = set()
        for number, text, _ in _matches(doc, _EU_ACT):
            if number in lines or not mentions_act(text[:4000]):
                continue
            lines.add(number)
            out.append((doc.path, number, " ".join(text.split())[:200]))
            if len(out) >= 5:
                return out
    return out
