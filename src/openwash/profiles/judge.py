"""The judgement of every claim against the definition its wording implies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from openwash.lazyre import lazy_compile, regex
from openwash.context import CheckContext
from openwash.model import (
    FAMILY_RESTRICTIVENESS,
    BaseModelRef,
    OPEN_FAMILIES,
    Claim,
    LicenseInfo,
)
from openwash.profiles.terms import (
    BACKED,
    NO_COMMERCIAL_FAMILIES,
    OVERREACH,
    UNPROVEN,
    WeightsTerms,
    bundled_component_folders,
    most_restrictive,
    own_code_family,
)

if TYPE_CHECKING:
    from openwash.licenses.knowledge import LicenseEntry


# The definitions `profiles:` (`--profiles`) can leave out; claims about licences and code are always judged.
_SELECTABLE = frozenset({"osaid", "open-weights", "eu-ai-act"})


def _api_only_reason(api_only: dict[str, Any]) -> str:
    """What the release lacks, where it says so, and what would make an 'open' claim true."""
    signal = (api_only.get("signals") or [{}])[0]
    where = f"{api_only.get('path')}:{api_only.get('line')}"
    said = f": {signal['text']!r}" if signal.get("text") else ""
    return (
        f"the model is offered only through an API ({where}{said}) and no weights are released; "
        "publish the weights under open terms, or stop calling the model open"
    )


# "suitable for commercial use cases", "ready for commercial deployment": what the model is fit for, not what its terms allow
_FITNESS = lazy_compile(r"^(?:suitable|ready|ideal|well[\s-]suited)\b", re.IGNORECASE)


def _commercial_licence_offered(ctx: CheckContext, claim: Claim) -> str | None:
    """Where the release says commercial use is licensed separately by its publisher ("Commercial use is subject to a
    commercial agreement with BRIA"), when the claim only says the model is fit for commercial use."""
    if claim.kind != "commercial-use" or not _FITNESS.match(claim.text):
        return None
    for lic in ctx.licenses:
        if "weights" in lic.applies_to and any(r.startswith("commercial-authorisation:") for r in lic.riders):
            return f"{lic.path}:{lic.line}"
    return None


def _licence_described(ctx: CheckContext, claim: Claim) -> LicenseEntry | None:
    """The licence a commercial-use phrase describes, when the phrase is a relative clause of a licence's name
    ("X License, which allows commercial use"), and openwash knows that licence."""
    doc = ctx.document(claim.path)
    if doc is None or claim.line < 1 or claim.line > len(doc.lines):
        return None
    line = doc.line_text(claim.line)
    before = line[: max(0, claim.column - 1)]
    before = regex(r"!?\[([^\]]*)\]\([^)]*\)").sub(r"\1", before)  # a link's text stands for the link
    match = regex(r"(?P<name>(?:[\w.+-]+\s+){1,8}?(?:licen[cs]e|agreement))\s*,?\s*(?:which|that)\s+(?:[a-z]+\s+){0,2}$", re.I).search(before)
    if match is None:
        return None
    from openwash.licenses.declarations import resolve

    words = match.group("name").split()
    for first in range(len(words)):
        entry = resolve(" ".join(words[first:]))
        if entry is not None and entry.key is not None and entry.family != "unknown":
            return entry
    return None


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
    osaid_details: list[str] | None = None,
) -> None:
    """Judge `claim` by `terms` and the profile results given (a member's, when the claim names one)."""
    profile = claim.profile
    if profile in ("osaid", "open-weights") and claim.subject != "code" and _judge_eu_claim(ctx, claim):
        return
    if claim.subject == "code" or profile == "code-license":
        declared = _declared_license(ctx, claim) if claim.kind == "license-declaration" else None
        if declared is not None and declared.family not in ("osi-approved", "unknown"):
            # "The code is distributed under the CC BY-NC-SA 4.0 License": it states restrictive terms, it does
            # not call the code open source (hygiene rules compare a declaration with the files)
            _set(claim, BACKED, f"declares {declared.name} ({declared.family}) for the code: its terms, not a claim that the code is open source")
            return
        if claim.kind == "license-declaration" and declared is None and code_family not in OPEN_FAMILIES | {None, "unknown"}:
            # "![Code License](…/badge/Code%20License-Microsoft%20Research-red)" over a non-commercial LICENSE: a licence
            # openwash does not know, named for the code, states terms; it does not say the code is open source
            _set(claim, BACKED, f"names {claim.value or claim.text} for the code, a licence openwash does not identify: its terms, "
                 "not a claim that the code is open source")
            return
        if declared is not None and declared.family in OPEN_FAMILIES and code_family not in OPEN_FAMILIES:
            own = own_code_family(ctx)
            if own in OPEN_FAMILIES:
                # "Code License: Apache-2.0" over a root LICENSE that is Apache-2.0: the declaration is true of the
                # project's own code; a bundled component's folder keeps its own licence (and OSAID still weighs it)
                folders = ", ".join(f"{folder}/" for folder in bundled_component_folders(ctx))
                _set(claim, BACKED, f"the project's own code is under an {own} licence; bundled components keep their own terms ({folders})")
                return
        _judge_by_licence(claim, code_family, "code", "OSI: an OSI-approved licence for the code")
        return
    if profile == "osaid":
        details = ctx.profiles["osaid"].missing if osaid_details is None else osaid_details
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
        elif not obtainable and isinstance(ctx.facts.get("weights_withdrawn"), dict):
            said = ctx.facts["weights_withdrawn"]
            _set(claim, OVERREACH, f"{said['path']}:{said['line']} says the weights were withdrawn: there is nothing to download", "Open weights: the weights themselves")
        elif not obtainable:
            _set(claim, UNPROVEN, "no weights are released or linked from the repository", "Open weights: the weights themselves")
        else:
            _set(claim, UNPROVEN, "the weights' licence is not stated in the repository", "Open weights: the weights' licence")
        return
    if profile == "commercial-use":
        described = _licence_described(ctx, claim)
        if described is not None:
            # "… the NVIDIA Open Model License, which allows for commercial use": what a named licence permits
            if described.family in NO_COMMERCIAL_FAMILIES:
                _set(claim, OVERREACH, f"it describes {described.name}, whose terms are {described.family}", "commercial use permitted by the licence named")
            else:
                _set(claim, BACKED, f"it describes {described.name} ({described.family}), whose terms permit commercial use")
            return
        offer = _commercial_licence_offered(ctx, claim) if terms.family in NO_COMMERCIAL_FAMILIES else None
        if offer is not None:
            # "suitable for commercial use cases" beside "Commercial use is subject to a commercial agreement with BRIA"
            _set(claim, BACKED, f"it says the model suits commercial uses, which its publisher licenses separately ({offer})")
        elif terms.family in NO_COMMERCIAL_FAMILIES:
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
        # a data licence speaks for the data of its own folder and below: one stated in a sub-folder (a dataset's
        # README) does not decide a claim made above it about other data
        data_licences = [
            lic for lic in ctx.licenses if "data" in lic.applies_to and lic.family != "unknown" and _covers(lic.path, claim.path)
        ]
        family = most_restrictive([lic.family for lic in data_licences])
        # the licence that decides is named with its place, so the finding can be traced to it
        deciding = next((f" ({lic.name}, {lic.path}:{lic.line})" for lic in data_licences if lic.family == family), "")
        _judge_by_licence(claim, family, "data", "an open data licence for the data", deciding)
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


def _covers(licence_path: str, path: str) -> bool:
    """A statement in `licence_path` speaks for `path` when `path` is in its folder or below."""
    folder = licence_path.rpartition("/")[0]
    return not folder or path.startswith(folder + "/")


def _judge_by_licence(claim: Claim, family: str | None, part: str, requirement: str, deciding: str = "") -> None:
    """A claim about the code or the data, judged by the licence that covers that part (`deciding` names it)."""
    if family in OPEN_FAMILIES:
        _set(claim, BACKED, f"the {part} is under an {family} licence{deciding}")
    elif family in (None, "unknown"):
        _set(claim, UNPROVEN, f"no licence identifies the terms of the {part}", requirement)
    else:
        _set(claim, OVERREACH, f"the {part}'s terms are {family}{deciding}", requirement)


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
        # the linked licence file, else the licence named right after a label ("- **Open Source**: GPLv3 License"),
        # else the weights' terms
        target: LicenseInfo | LicenseEntry | None = _linked_license(ctx, claim) or _labelled_licence(claim)
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
    if declared.applies_to and "weights" not in declared.applies_to:
        # "The `source codes` are licensed under [Apache 2.0](LICENSE.apache-2.0)": a declaration for the code (or
        # data, docs) that the licence file it links agrees with says nothing about the weights' file
        linked = _linked_license(ctx, claim)
        if linked is not None and linked.key == declared.key:
            _set(claim, BACKED, f"declares {declared.name} for the {' and '.join(declared.applies_to)}, as {linked.path} says")
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
    if (
        conflicting
        and not declared.applies_to
        and not _in_front_matter(ctx, claim)
        and all(lic.applies_to == ["weights"] or any(o.key == lic.key and o.applies_to == ["weights"] for o in ctx.licenses) for lic in conflicting)
        and any("code" in other.applies_to and other.key == declared.key for other in ctx.licenses)
    ):
        # a "License: Apache 2.0" badge beside a licence file that puts the weights under other terms and gives the
        # code this licence (a dual-licence LICENSE, a "Source code: Apache 2.0" line): the badge is the code's
        _set(claim, BACKED, f"declares {declared.name}, which the repository gives the code; the weights' terms are stated apart")
        return
    if conflicting and declared.family in OPEN_FAMILIES:
        lic = conflicting[0]
        _set(claim, OVERREACH, f"declares {declared.name} but {lic.path} is {lic.name} ({lic.family})", "the licence files agree with the card")
        return
    stated = _card_states_stricter(ctx, claim, declared) if declared.family in OPEN_FAMILIES and "weights" in declared.applies_to else None
    if stated is not None:
        _set(
            claim,
            OVERREACH,
            f"declares {declared.name} but {stated.path}:{stated.line} puts the model under {stated.name} ({stated.family})",
            "the card's metadata agrees with what the card says about the model's terms",
        )
        return
    _set(claim, BACKED, f"declares {declared.name}; no licence file or base model contradicts it")


def _card_states_stricter(ctx: CheckContext, claim: Claim, declared: LicenseInfo) -> LicenseInfo | None:
    """`license: apache-2.0` over "Use of the model itself remains subject to the Gemma Terms of Use": the same
    card says elsewhere that the whole model is under stricter, non-open terms (not one member's or part's).
    Only a declaration for the weights is held to this; "the majority of this project is released under
    Apache 2.0" beside "the model is for non-commercial use only" says two things about two parts. A statement of one
    member's terms ("Instruct-tuned checkpoints (`Foo-Instruct`) are licensed under …") is that member's."""
    from openwash.licenses import members as members_mod

    of_members = {id(lic) for member in members_mod.of(ctx) for lic in member.terms}
    for lic in ctx.licenses:
        if (
            lic.path == claim.path
            and lic.line != claim.line
            and lic.source == "prose"
            and lic.applies_to == ["weights"]
            and lic.family not in OPEN_FAMILIES
            and lic.family != "unknown"
            and not lic.properties.get("part")
            and not lic.properties.get("member")
            and id(lic) not in of_members
            and FAMILY_RESTRICTIVENESS.get(lic.family, -1) > FAMILY_RESTRICTIVENESS.get(declared.family, -1)
        ):
            return lic
    return None


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


def _labelled_licence(claim: Claim) -> LicenseEntry | None:
    """The licence named after a label such as "**Open Source**: GPLv3 License", or None."""
    from openwash.licenses import knowledge

    context = claim.context or ""
    at = context.find(claim.text)
    if at < 0:
        return None
    named = regex(r"^\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?:the\s+)?([^,;()\[\]*_]{2,60}?)\s*(?:\*\*|__)?\s*(?:[,;(/]|$)", re.I).match(
        context[at + len(claim.text) :]
    )
    entry = knowledge.resolve_name(named.group(1).strip()) if named else None
    return entry if entry is not None and not entry.is_unknown else None


def _linked_license(ctx: CheckContext, claim: Claim) -> LicenseInfo | None:

    from openwash.documents import resolve_link

    for target in regex(r"\]\(([^)\s]+)\)").findall(claim.context):
        path = resolve_link(claim.path, target)
        for lic in ctx.licenses:
            if lic.source == "license-file" and lic.path == path:
                return lic
    return None
