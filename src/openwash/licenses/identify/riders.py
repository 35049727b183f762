"""Riders: extra terms added to a permissive licence text (a use policy, a user threshold,
non-commercial or research-only clauses), and the family each one forces."""

from __future__ import annotations

import re

from openwash.lazyre import lazy_compile, regex
from openwash.licenses import knowledge
from openwash.licenses.identify.matches import TextMatch, normalize


RIDER_FAMILY: dict[str, str | None] = {
    # kind of extra term -> family it forces (None: informative only, family unchanged)
    "acceptable-use-policy": "vendor-community",
    "use-restriction": "rail",
    "user-threshold": "vendor-community",
    "naming-duty": "vendor-community",
    "no-derivatives": "no-derivatives",
    "non-commercial": "non-commercial",
    "research-only": "research-only",
    # "for commercial use, please sign this agreement / fill in the form": use is not free of asking
    "commercial-authorisation": "vendor-community",
    # "You may not Deploy the ten-vad in a way that competes with Agora's offerings": a vendor's field-of-use term
    "non-compete": "vendor-community",
    # "Youtu-Embedding IS NOT INTENDED FOR USE WITHIN THE EUROPEAN UNION", "THIS LICENSE AGREEMENT DOES NOT APPLY IN THE
    # EUROPEAN UNION": a territory the grant leaves out (the Hunyuan licences' territory exclusion)
    "territory": "vendor-community",
    "request": None,
}

_RIDER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("acceptable-use-policy", lazy_compile(r"acceptable[- ]uses? polic|prohibited uses? polic|\buses? polic(?:y|ies)\b|使用政策|可接受使用|使用规范")),
    (
        "use-restriction",
        lazy_compile(
            r"\b(?:you|licensee|user|users|recipient)s? (?:will|shall|may|must|agree(?: not)? to) not use\b"
            r"|\b(?:shall|may|must|will) not be used (?:for|to|in|by)\b"
            r"|\bnot (?:to )?use (?:the )?(?:software|model|materials?|weights)[^.]{0,40}\bfor\b"
            r"|\bprohibited uses?\b|\buse restrictions?\b|\buse-based restrictions?\b"
            r"|\bmilitary\b|\bsurveillance\b"
            r"|不得[^。]{0,30}用于|禁止[^。]{0,20}用于"
        ),
    ),
    ("user-threshold", lazy_compile(r"monthly active users|daily active users|\bmaus?\b|月活|日活|annual revenue|monthly revenue|年收入")),
    ("naming-duty", lazy_compile(r"prominently display|must (?:begin|start) with|\bbuilt with [a-z]|name of (?:any|the) (?:derivative|model)")),
    ("no-derivatives", lazy_compile(r"no derivative works|may not (?:modify|create derivative)|shall not (?:modify|create derivative)|不得修改")),
    (
        "non-commercial",
        lazy_compile(
            r"non-?commercial|not for commercial|no commercial use|commercial use is (?:not permitted|prohibited|forbidden|not allowed)"
            r"|may not (?:be )?used? [^.]{0,30}commercial|refrain from using [^.]{0,40}for any commercial"
            # "You may not use code in this repository or any derivations for commercial purposes"
            r"|(?:may|shall|must|will) not use (?:(?!,\s*(?:and|but)\b|\bbut\b)[^.;]){0,80}?\bfor (?:any )?commercial (?:purposes?|use)"
            r"|禁止商用|不得[^。]{0,10}商业|严禁[^。]{0,10}商业|非商业"
        ),
    ),
    (
        "research-only",
        lazy_compile(
            r"research (?:use |purposes? )?only|for (?:academic |non-commercial )?research (?:purposes )?only|solely for (?:your )?(?:academic |non-commercial )?research"
            # "You agree to use the VITA1.5 only for academic, research and education purposes"
            # "… only for research or evaluation purposes, and shall not use it for any commercial … purposes" (POINTS-Reader)
            r"|only for (?:academic|research)(?:,? (?:and |or )?(?:academic|research|education|educational|non-commercial|evaluation))* (?:purposes|use)"
            r"|academic use only|仅供[^。]{0,6}研究|仅限[^。]{0,6}研究|仅用于[^。]{0,6}研究"
            # an evaluation licence, narrower still: "a … license to use and modify the Data only for the purposes of
            # testing, analyzing, and evaluating the methods …", "for evaluation purposes only" (not "for research or
            # evaluation purposes only", NVIDIA's definition of non-commercial use)
            r"|only for (?:the )?purposes? of (?:testing|analy[sz]ing|evaluating)\b|(?<!\bor )(?<!\band )\bevaluation (?:purposes? |use )?only\b"
            r"|solely for (?:the )?(?:purposes? of )?evaluat(?:ing|ion)\b"
        ),
    ),
    (
        "non-compete",
        # "You may not (i) host … on any End User devices … or (ii) Deploy the ten-turn-detection in a way that competes
        # with Agora's offerings": a prohibition distributes over its enumerated items, so the window restarts at "(ii)"
        lazy_compile(
            r"\b(?:may|shall|must|will) not (?:[^.;]{0,300}?\((?:i{1,3}|iv|v|[a-e]|[1-5])\) )?[^.;]{0,80}?\bcompet(?:e|es|ing|itive)\b"
            r"|\bagrees? not to [^.;]{0,60}?\bcompet(?:e|es|ing|itive)\b"
        ),
    ),
    (
        "territory",
        lazy_compile(
            r"\b(?:not\s+intended\s+for\s+use|(?:does|shall|will)\s+not\s+apply|not\s+(?:licensed|permitted|granted)\s+for\s+use)\s+"
            r"(?:with)?in\s+the\s+(?:european\s+union|united\s+kingdom)\b"
        ),
    ),
    ("request", lazy_compile(r"\bwe (?:only |kindly )?(?:ask|request|encourage)\b|\bplease use\b")),
)
# A sentence that opens a list of prohibitions: "You may not:", "É EXPRESSAMENTE PROIBIDO ao Licenciado:", "Il est
# interdit de :", "Es ist untersagt:", "禁止以下行为：" (text normalised: lower case)
_PROHIBITION_LEAD = lazy_compile(
    r"\b(?:may|shall|must|will|can)\s+not\b|\b(?:agrees?|undertakes?)\s+not\s+to\b|\bprohibited\b|\bforbidden\b|"
    r"\bproibid[oa]s?\b|\bé\s+vedado\b|\bnão\s+(?:é\s+permitido|poderá|pode)\b|\bprohibid[oa]s?\b|\bno\s+(?:podrá|puede|está\s+permitido)\b|"
    r"\binterdit[es]?\b|\bne\s+(?:peut|pourra|doit)\s+pas\b|\buntersagt\b|\bverboten\b|\b(?:darf|dürfen)\s+nicht\b|不得|禁止"
)
# What an item of such a list forbids: the act it opens with (each item is a sentence of its own once the list markers
# are gone; "8) For fully automated decision making that … modifies a binding obligation" forbids a use, not changes)
_ITEM_OPENING = r"^[\W_]*(?:[a-z0-9]{1,3}[.)]\s*)?(?:to\s+)?"
_PROHIBITED_ITEMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "no-derivatives",
        lazy_compile(
            _ITEM_OPENING + r"(?:fine-?tun\w*|modif\w*|creat\w*\s+(?:(?:any|new)\s+)?derivat\w*|"
            r"cria\w*\s+(?:de\s+)?(?:novos\s+)?(?:modelos|obras)\s+derivad\w*|crea\w*\s+(?:de\s+)?(?:modelos|obras)\s+derivad\w*|"
            r"re-?train\w*|re-?treina\w*|re-?entrena\w*|ajuste\s+fino|merg(?:e|ing)\b|修改|微调)"
        ),
    ),
    (
        "non-commercial",
        lazy_compile(_ITEM_OPENING + r"(?:(?:use|using|usar|utilizar|uso)\s+(?:\w+\s+){0,4}?)?(?:for\s+|em\s+|en\s+|para\s+)?(?:any\s+)?(?:commercial|comercia)\w*|商用|商业"),
    ),
)
_LIST_ITEMS_READ = 12

# "… to improve any AI model (except … non-commercial AI models)": other people's non-commercial models, not a ban.
_NON_COMMERCIAL_MODELS = lazy_compile(r"non-?commercial\s+(?:ai\s+)?models?|非商业用途的\s*ai\s*模型|非商业(?:性)?(?:的)?\s*ai\s*模型", re.IGNORECASE)
# "for commercial or non-commercial purposes": every purpose, no ban
_BOTH_PURPOSES = lazy_compile(r"\bcommercial\s+(?:or|and|and/or|&)\s+non-?commercial\b|\bnon-?commercial\s+(?:or|and|and/or|&)\s+commercial\b")
# Boilerplate of standard texts that looks like a rider but is not one.
_NOT_RIDERS = lazy_compile(
    r"you may not use this file except in compliance|may not be used to endorse or promote|shall not be used in advertising"
    r"|without specific prior written permission|trademarks?|service marks?"
    # GPL-3.0 / AGPL-3.0 section 6c and GPL-2.0 section 3c: the written-offer route for object code
    r"|allowed only occasionally and noncommercially|allowed only for noncommercial distribution"
)


# "The models of InsightFace …", "InsightFace's models …": a named component is the subject.
_NAMED_COMPONENT_SUBJECT = lazy_compile(
    r"^(?i:(?:the\s+)?(?:code|models?|weights|checkpoints?|datasets?|data|files?|components?)\s+(?:of|from)\s+)"
    r"(?!(?i:this|the|our|its|these)\b)[A-Z][\w.+-]*"
    r"|^[A-Z][\w.+-]*['’]s\s+(?i:code|models?|weights|checkpoints?|datasets?|data|files?)\b"
)


# -- riders ------------------------------------------------------------------------------------

_SENTENCE_SPLIT = lazy_compile(r"(?<=[.!?;。；！？])\s+|\n\s*\n")


def find_riders(text: str, components: list[str] | None = None) -> list[str]:
    """Extra terms in text that is not part of a standard licence: 'kind: sentence'.

    A sentence whose subject is a named third-party component ("The models of InsightFace are for
    non-commercial research purposes only") states that component's terms, not the licence's: it goes to
    `components` as "named component: <sentence>" when a list is given (the caller keeps it as
    `component_terms`), and is never a rider.
    """
    riders: list[str] = []
    seen: set[str] = set()
    items_left = 0  # sentences still read as items of a list of prohibitions ("You may not: 1. modify the weights")
    for sentence in _SENTENCE_SPLIT.split(_without_trademark_sections(text)):
        flat = normalize(sentence)
        if not flat or _NOT_RIDERS.search(flat):
            continue
        if items_left and not flat.endswith(":"):
            items_left -= 1
            for kind, pattern in _PROHIBITED_ITEMS:
                if kind not in seen and pattern.search(flat):
                    seen.add(kind)
                    riders.append(f"{kind}: {_clip(' '.join(sentence.split()))}")
        if flat.endswith(":"):
            items_left = _LIST_ITEMS_READ if _PROHIBITION_LEAD.search(flat) else 0
        if _NAMED_COMPONENT_SUBJECT.match(sentence.strip()):
            if components is not None and any(pattern.search(flat) for _, pattern in _RIDER_PATTERNS):
                components.append(f"named component: {_clip(' '.join(sentence.split()))}")
            continue
        for kind, pattern in _RIDER_PATTERNS:
            text = _BOTH_PURPOSES.sub(" ", _NON_COMMERCIAL_MODELS.sub(" ", flat)) if kind == "non-commercial" else flat
            if pattern.search(text) and kind not in seen:
                seen.add(kind)
                riders.append(f"{kind}: {_clip(' '.join(sentence.split()))}")
        if "commercial-authorisation" not in seen and _needs_commercial_authorisation(sentence):
            seen.add("commercial-authorisation")
            riders.append(f"commercial-authorisation: {_clip(' '.join(sentence.split()))}")
    return riders


# "### Trademark Notice" (its `###` removed by `prepare`): a short line standing alone as a heading.
_TRADEMARK_HEADING = lazy_compile(r"(?i)^(?:[\w&'’-]+\s+){0,3}?(?:trade\s*marks?|brand(?:ing|s)?|logos?|商标)(?:\s+[\w&'’-]+){0,3}$")
_HEADING_END = (".", ",", ";", ":", "!", "?", "。", "，", "；", "：")


def _without_trademark_sections(text: str) -> str:
    """The text without the sections headed as trademark notices.

    "### Trademark Notice … The frontend code, project name and logo are trademarks … They may not be used for
    commercial purposes": the terms of a trademark notice govern the owner's names and marks, which a copyright
    licence does not grant in the first place (Apache-2.0 §6, the Open Source Definition's licence covers the
    work); they are not extra terms on the licensed work. A section runs to the next heading-like line.
    """
    low = text.lower()
    if "trade" not in low and "brand" not in low and "logo" not in low and "商标" not in text:
        return text
    blocks = regex(r"\n[ \t]*\n").split(text)
    kept: list[str] = []
    skipping = False
    for block in blocks:
        lines = [line for line in block.split("\n") if line.strip()]
        heading = len(lines) == 1 and len(lines[0].split()) <= 8 and not lines[0].strip().endswith(_HEADING_END)
        if heading:
            skipping = bool(_TRADEMARK_HEADING.match(lines[0].strip()))
        if skipping:
            # a sentence under the heading that names the work itself ("the model may not be used commercially")
            # is a term on the work wherever it is put: a heading does not hide it
            block = "\n".join(part for part in _SENTENCE_SPLIT.split(block) if _NAMES_THE_WORK.search(part))
        kept.append(block)
    return "\n\n".join(kept)


_NAMES_THE_WORK = lazy_compile(
    r"(?i)\b(?:models?|weights|checkpoints?|parameters|software|licensed\s+(?:work|materials?)|this\s+work)\b|模型|权重|软件"
)


def _needs_commercial_authorisation(sentence: str) -> bool:
    """"如果您计划将…用作商业用途…应当事先向许可方登记": commercial use after registration or a licence."""
    if not ("commercial" in sentence.lower() or "商" in sentence):
        return False
    from openwash.licenses.declarations.terms import _COMMERCIAL_AUTHORISATION

    return any(pattern.search(sentence) for pattern in _COMMERCIAL_AUTHORISATION)


def _clip(sentence: str, limit: int = 160) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def rider_kinds(riders: list[str]) -> list[str]:
    return [r.split(":", 1)[0] for r in riders]


def rider_family(riders: list[str], base_family: str) -> str:
    """The most restrictive family among the base licence and its binding riders."""
    from openwash.model import FAMILY_RESTRICTIVENESS

    family = base_family
    kinds = rider_kinds(riders)
    # "non-commercial use is free; commercial use after registering with us": vendor terms, not a ban. A separate
    # commercial licence ("Any Commercial use … requires a separate license from Fish Audio") is another licence,
    # so this one stays non-commercial.
    registered = any(
        r.startswith("commercial-authorisation:") and not _SEPARATE_LICENCE.search(r) for r in riders
    )
    # "conditioned upon You … not exceeding the Threshold" (annual revenue, monthly active users): commercial use is
    # licensed below the threshold, so the text's "Non-Commercial or Research Purposes" (a definition, a non-profit
    # carve-out) bans nothing: vendor terms
    thresholded = "user-threshold" in kinds
    for kind in kinds:
        if kind == "non-commercial" and (registered or thresholded):
            continue
        forced = RIDER_FAMILY.get(kind)
        if forced and FAMILY_RESTRICTIVENESS[forced] > FAMILY_RESTRICTIVENESS.get(family, -1):
            family = forced
    return family


_SEPARATE_LICENCE = lazy_compile(r"\bseparate\s+(?:commercial\s+)?(?:licen[cs]e|agreement)|另行|单独(?:的)?(?:商业)?(?:许可|协议|授权)|單獨", re.IGNORECASE)


def binding_riders(riders: list[str]) -> list[str]:
    return [r for r in riders if RIDER_FAMILY.get(r.split(":", 1)[0]) is not None]


def apply_riders(match: TextMatch, riders: list[str]) -> TextMatch:
    """A permissive text plus extra terms is not that licence: re-label and re-classify it."""
    if not riders:
        return match
    base_family = match.family if match.family != "unknown" else "osi-approved"
    modified = knowledge.entry(f"modified-{match.key}")
    match.riders = list(riders)
    match.properties = dict(match.properties)
    match.properties["base_license"] = match.id
    kinds = rider_kinds(riders)
    match.properties["use_restrictions"] = bool({"acceptable-use-policy", "use-restriction"} & set(kinds))
    match.properties["commercial_use_banned"] = "non-commercial" in kinds or bool(match.properties.get("commercial_use_banned"))
    match.properties["research_only"] = "research-only" in kinds or bool(match.properties.get("research_only"))
    if modified is not None:
        match.key, match.id = modified.key, modified.id
    else:
        match.key, match.id = f"modified-{match.key}", f"LicenseRef-openwash-modified-{match.key}"
    match.name = f"{_base_name(match.name)} with additional terms"
    match.family = rider_family(riders, base_family)
    match.osi_approved = False
    match.confidence = round(match.confidence * 0.9, 3)
    return match


def _base_name(name: str) -> str:
    return name[: -len(" with additional terms")] if name.endswith(" with additional terms") else name
