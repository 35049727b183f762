"""The terms that govern the weights, each traced to the line it comes from, and which statement is current."""

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
    LicenseInfo,
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
        add_statement(terms, families, ids, lic, "stated", f"{lic.path}:{lic.line} ({lic.name})")
    for base in bases:
        if base.family:
            label = f"base model {base.raw} ({base.license_key or base.family})"
            name = f"{base.license_key or base.family} (inherited from {base.raw})"
            part = TermPart(base.license_key, base.family, base.path, base.line, label, name, "base", _known_properties(base.license_key))
            add_part(terms, families, ids, base.family, _license_id(base.license_key), part)
    if not families:
        for own in ctx.facts.get("own_family_models", []):
            label = f"{own.path}:{own.line} ({own.raw}: {own.license_key}, the family's known terms)"
            name = f"{own.license_key} (the known terms of {own.raw})"
            part = TermPart(own.license_key, own.family or "unknown", own.path, own.line, label, name, "family", _known_properties(own.license_key))
            add_part(terms, families, ids, own.family, _license_id(own.license_key), part)
    if not families and not any("weights" in lic.applies_to for lic in ctx.licenses):
        lone = _lone_repository_license(ctx)
        if lone is not None:
            terms.assumed = lone
            add_statement(terms, families, ids, lone, "assumed", f"{lone.path}:{lone.line} ({lone.name}, assumed to cover the weights)")
        # "This repository can only be used for personal/research/non-commercial purposes" in the root card: terms
        # said of the whole repository bind the weights it publishes too when nothing else states theirs (DOMAIN §8)
        for wide in _whole_repository_terms(ctx):
            terms.assumed = terms.assumed or wide
            add_statement(terms, families, ids, wide, "assumed", f"{wide.path}:{wide.line} (terms stated for the whole repository)")
    return settle(terms, families, ids)


def add_part(terms: WeightsTerms, families: list[str], ids: list[tuple[str, str]], family: str, licence_id: str | None, part: TermPart) -> None:
    """Record one set of terms: its family (and licence id, when it may govern), its label, name and part."""
    families.append(family)
    if licence_id is not None:
        ids.append((family, licence_id))
    terms.sources.append(part.label)
    terms.names.append(part.name)
    terms.parts.append(part)


def add_statement(terms: WeightsTerms, families: list[str], ids: list[tuple[str, str]], lic: LicenseInfo, origin: str, label: str) -> None:
    """Record a licence statement of the repository as one set of terms."""
    part = TermPart(lic.key, lic.family, lic.path, lic.line, label, lic.name, origin, lic.properties, lic.riders)
    add_part(terms, families, ids, lic.family, lic.id, part)


def settle(terms: WeightsTerms, families: list[str], ids: list[tuple[str, str]]) -> WeightsTerms:
    """The most restrictive family and the licence id that governs, once every set of terms is recorded."""
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


def _family_keys_refined(licenses: list[LicenseInfo]) -> list[LicenseInfo]:
    """A card whose `license:` is a family key (`cc`, `openrail`, `bsd`) and whose text names one licence of that
    family without limiting it to the code or the data ("- **License:** [CC-BY-NC](…)"): the named licence is the one
    the key stands for."""
    families = [(lic.path, lic.key) for lic in licenses if lic.source == "front-matter" and lic.ambiguous and lic.key]
    if not families:
        return []
    found = []
    for lic in licenses:
        if lic.source != "prose" or lic.family == "unknown" or not lic.key or set(lic.applies_to) & {"code", "data", "docs"}:
            continue
        tokens = set(regex(r"[-_.+ ]").split(lic.key.lower()))
        if any(path == lic.path and key.lower() in tokens for path, key in families):
            found.append(lic)
    return found


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
    changes: list[LicenseInfo] = []  # history lines that announce a change of the terms ("we have updated our license to MIT")
    refined = _family_keys_refined(ctx.licenses)
    # "… despite this codebase being licensed for non-commercial use only": the root card gives the code the terms
    # of the root licence file, so the file is the code's, not an unlimited restriction on the weights too
    code_families = {
        lic.family
        for lic in ctx.licenses
        if lic.source == "prose" and lic.applies_to == ["code"] and "/" not in lic.path and _NAMES_THE_CODEBASE.search(_line(ctx, lic))
    }
    if not {lic.family for lic in ctx.licenses if "weights" in lic.applies_to} - code_families:
        code_families = set()  # only when the weights are given other terms: the file is then the code's alone
    for lic in ctx.licenses:
        if lic in refined:
            candidates.append(lic)  # "- **License:** [CC-BY-NC](…)" under `license: cc`: the card's own licence, named
            continue
        if lic.source == "front-matter" and (lic.key == "other" or lic.name.strip().lower() == "other"):
            continue  # `license: other` with nothing naming the licence states no terms (OW501 says so)
        if "weights" in lic.applies_to or _names_the_release(ctx, lic):
            pass
        elif not (
            lic.source == "license-file"
            and not lic.applies_to
            and "/" not in lic.path
            and lic.family not in OPEN_FAMILIES
            and lic.family != "unknown"
            and lic.family not in code_families
        ):
            continue
        if lic.source not in _TEXT_SOURCES and is_history(ctx, lic.path, lic.line):
            if lic.source == "prose" and _ANNOUNCES_CHANGE.search(_line(ctx, lic)):
                changes.append(lic)
            continue
        if lic.source == "prose" and _in_other_package(ctx, lic.path):
            continue  # "All models available for download are licensed under …" in a copied toolkit's docs: its models
        candidates.append(lic)
    if not candidates and changes:
        # Nothing current states the weights' terms, but the news says what they were changed to: the latest
        # announcement (news lists the newest first) is the best statement there is of the terms today.
        candidates = [min(changes, key=lambda lic: (statement_tier(ctx, lic), lic.path, lic.line))]
    if not candidates:
        return []
    best = min(statement_tier(ctx, lic) for lic in candidates)
    current = [lic for lic in candidates if statement_tier(ctx, lic) == best]
    # Terms the root card adds in prose ("for commercial use, please sign this agreement"), and a licence it names as
    # binding together with another ("must comply with the [Apache 2.0](…) and [Yi-34B Model Community License
    # Agreement](…)"), bind on top of whatever licence text ships: they narrow it, they do not replace it.
    current += [
        lic
        for lic in candidates
        if lic not in current
        and (lic.properties.get("terms") == "prose" or lic.properties.get("form") == "conjoined")
        and statement_tier(ctx, lic) <= TIER_MAIN_CARD
    ]
    known = [lic for lic in current if lic.family != "unknown"]
    return known or current


_NAMES_THE_CODEBASE = lazy_compile(r"\bcode\s*base\b|\bsource\s+code\b|\b(?:this|the|our)\s+code\b|代码", re.IGNORECASE)
_ANNOUNCES_CHANGE = lazy_compile(
    r"\b(?:updated|changed|switched|moved|relicensed|re-licensed)\b[^.!]{0,60}\blicen[cs]e|\blicen[cs]e\b[^.!]{0,40}\b(?:updated|changed|switched)\s+to\b|"
    r"(?:许可|协议|授权).{0,10}(?:更新|变更|修改|调整)为|(?:更新|变更|修改|调整)(?:了)?.{0,6}(?:许可|协议)",
    re.IGNORECASE,
)


def _line(ctx: CheckContext, lic: LicenseInfo) -> str:
    doc = ctx.document(lic.path)
    return doc.line_text(lic.line) if doc is not None and 0 < lic.line <= len(doc.lines) else ""


# "Hy3 is released under the **Apache License 2.0**": a sentence whose subject is the release's own name
_RELEASE_SUBJECT = lazy_compile(
    r"^[\s>*_-]*(?:the\s+)?[*_]{0,2}(?P<name>[A-Za-z][\w.+-]*(?:[ -][A-Za-z0-9][\w.+-]*){0,3}?)[*_]{0,2}\s+"
    r"(?:(?:model|models|series|family|weights)\s+)?(?:is|are)\s+(?:(?:also|now|fully)\s+)?"
    r"(?:released|licensed|distributed|published|made\s+available|available|open[- ]?sourced)\s+under\b",
    re.IGNORECASE,
)


def _names_the_release(ctx: CheckContext, lic: LicenseInfo) -> bool:
    """A root-card statement for no part in particular whose subject is the release's own name ("Hy3 is released
    under the Apache License 2.0"): the model's terms, stated, not a repository licence assumed to cover it."""
    if lic.source != "prose" or lic.applies_to or "/" in lic.path or lic.family == "unknown":
        return False
    if any(other.path == lic.path and other.line == lic.line and other.family not in (lic.family, "unknown") for other in ctx.licenses):
        return False  # "… is licensed under the OPT-175B License Agreement, Copyright (c) Meta. All Rights Reserved": one of two
    found = _RELEASE_SUBJECT.match(_line(ctx, lic))
    if found is None:
        return False
    from openwash import identity

    own = identity.of(ctx)
    # the release's name itself, not a longer member's ("Foo-Small is released under …" is that member's terms)
    return identity.normal_name(found.group("name")) in own.names


def _in_other_package(ctx: CheckContext, path: str) -> bool:
    """A document (not a model card) inside a package folder of another name (`identity.packages_of_others`)."""
    from openwash import identity
    from openwash.documents import CARD, DATA_CARD

    doc = ctx.document(path)
    if doc is None or doc.kind in (CARD, DATA_CARD):
        return False
    return identity.in_embedded_project(path, identity.packages_of_others(ctx))


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


def _in_licence_section(ctx: CheckContext, lic: LicenseInfo) -> bool:
    """A statement under a heading that names the licence ("## 📝 License"), or on a line labelled as the licence
    ("**License:** Apache 2.0"): the repository's own licence, not a sentence about one model of a family ("Foo-Small
    is released under …" is that member's terms)."""
    from openwash.licenses.declarations.blocks import _LICENSE_HEADING  # the heading the prose reader takes as one

    doc = ctx.document(lic.path)
    if doc is None or not doc.is_markdown:
        return False
    headings = doc.structure.section(lic.line)
    if headings and _LICENSE_HEADING.search(headings[-1].text):
        return True
    # "**License:** [Apache 2.0](…)" beside "**Release Date**:" in a card's header: the card's licence field
    return 0 < lic.line <= len(doc.lines) and bool(_LICENCE_FIELD.match(doc.lines[lic.line - 1]))


_LICENCE_FIELD = lazy_compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*licen[cs]e\s*(?:\*\*|__)?\s*[:：]", re.IGNORECASE)


_LICENCE_FILE_SUFFIX = lazy_compile(r"^(?:licen[cs]e|copying)[-_](?P<part>[A-Za-z][\w-]*?)(?:\.(?:txt|md|rst))?$", re.IGNORECASE)
_LICENCE_OR_PART_WORD = lazy_compile(
    r"^(?:apache|mit|bsd|gpl|lgpl|agpl|mpl|cc|creative|openrail|rail|llama|gemma|qwen|model|models|weights?|code|source|"
    r"data|dataset|docs?|documentation|third|3rd|thirdparty|notice|en|zh|cn|v?\d)",
    re.IGNORECASE,
)


def _names_another_part(ctx: CheckContext, path: str) -> bool:
    """A root licence file named for something that is neither a licence, a part of a release, nor the release
    itself ("LICENSE-IFMTBench.txt": a benchmark shipped beside the model)."""
    found = _LICENCE_FILE_SUFFIX.match(path)
    if found is None or _LICENCE_OR_PART_WORD.match(found.group("part")):
        return False
    from openwash import identity

    own = identity.of(ctx)
    return bool(own.names) and not own.is_own_name(found.group("part"))


def _lone_repository_license(ctx: CheckContext) -> LicenseInfo | None:
    """A single repository licence, not limited to code, may be taken to cover the release (DOMAIN §8).

    Not when the weights sit behind a gate (the gate carries its own terms) or when
    nothing is released; the assumption is reported as a note (OW111) asking to restate it.
    """
    weights = ctx.components.get("model-parameters-final")
    if weights is None or not weights.present or weights.availability not in OBTAINABLE:
        return None
    top = [lic for lic in ctx.licenses if lic.source == "license-file" and lic.family != "unknown" and "/" not in lic.path]
    # "LICENSE-IFMTBench.txt" beside "LICENSE.txt": the licence of a named part (a benchmark), not the repository's
    named = [lic for lic in top if _names_another_part(ctx, lic.path)]
    if named and len(named) < len(top):
        top = [lic for lic in top if lic not in named]
    if not top:
        top = _root_card_repository_licences(ctx)
    # the GPL family's "how to apply" appendix ("version 3 of the License, or (at your option) any later version")
    # reads as "-or-later" beside the text's "-only": one licence
    if len({regex(r"-(?:only|or-later)$").sub("", lic.id or "") for lic in top}) != 1:
        return None
    lic = top[0]
    if lic.applies_to and "weights" not in lic.applies_to:
        return None
    if _licence_said_code_only(ctx):
        return None  # "The license in this repository applies only to the code not the models": nothing to assume
    return lic


# "The license in this repository applies *only to the code not the models*", "This license does not apply to the model
# weights", "本仓库的许可证仅适用于代码": the repository licence is said not to cover the weights
_CODE_ONLY_LICENCE = lazy_compile(
    r"\blicen[cs]e\b[^.;\n]{0,80}?\bappl(?:y|ies)\s+(?:[*_]+\s*)?only\s+to\s+(?:the\s+)?(?:source\s+)?code\b"
    r"|\blicen[cs]e\b[^.;\n]{0,80}?\b(?:does\s+not|doesn't|do\s+not)\s+(?:apply\s+to|cover)\s+(?:the\s+)?(?:models?|(?:model\s+)?weights|checkpoints)\b"
    r"|(?:许可证|许可|协议)[^。；\n]{0,30}?(?:仅|只)(?:适用于|适用|针对|覆盖)[^。；\n]{0,6}?代码"
    # "Please refer to the individual model pages on Hugging Face for specific licensing information": the models'
    # terms are stated elsewhere, per model, so the repository licence is not theirs
    r"|\b(?:refer\s+to|see|check)\s+(?:the\s+)?(?:individual|respective|corresponding)\s+model\s+(?:pages?|cards?)\b[^.;\n]{0,60}?\blicen[cs]",
    re.IGNORECASE,
)


def _root_card_repository_licences(ctx: CheckContext) -> list[LicenseInfo]:
    """With no licence file at the root, the root card's own licence section ("## License\n\nCreativeML OpenRAIL-M",
    "all elements of CT-CLIP are released under a [CC BY-NC-SA licence](…)"), unscoped and current, states the
    repository licence."""
    if any(lic.source == "license-file" and "/" not in lic.path for lic in ctx.licenses):
        return []
    return [
        lic
        for lic in ctx.licenses
        if lic.source == "prose"
        and lic.family != "unknown"
        and not lic.applies_to
        and statement_tier(ctx, lic) == TIER_MAIN_CARD
        and not is_history(ctx, lic.path, lic.line)
        and _in_licence_section(ctx, lic)
    ]


def _root_card_code_family(ctx: CheckContext) -> list[str]:
    """The family of the one licence a root README's licence section states for the repository (no licence file at the
    root): the code's terms too. Not a Hub model card's licence section (front matter `license:`), which is the
    model's, and not when the section names several licences (one per model variant). "Copyright … All Rights
    Reserved." heads open licence notices too (Apache's header): the section's copyright line alone states no terms."""
    stated = [
        lic
        for lic in _root_card_repository_licences(ctx)
        if not _has_licence_metadata(ctx, lic.path) and lic.family != "proprietary"
    ]
    if len({lic.id for lic in stated}) != 1:
        return []
    return [stated[0].family]


def _has_licence_metadata(ctx: CheckContext, path: str) -> bool:
    return any(doc.path == path and doc.front_matter is not None and "license" in doc.front_matter.data for doc in ctx.documents)


def _licence_said_code_only(ctx: CheckContext) -> bool:
    from openwash.documents import CARD

    cached = ctx.facts.get("licence_code_only")
    if isinstance(cached, bool):
        return cached
    found = any(
        _CODE_ONLY_LICENCE.search(line)
        for doc in ctx.documents
        if doc.kind == CARD and "/" not in doc.path
        for line in doc.lines
        if "icen" in line or "许可" in line or "协议" in line
    )
    ctx.facts["licence_code_only"] = found
    return found


def _whole_repository_terms(ctx: CheckContext) -> list[LicenseInfo]:
    """Terms the root card states for the whole repository ("This repository can only be used for …"), current ones."""
    return [
        lic
        for lic in ctx.licenses
        if lic.properties.get("whole_repository") and statement_tier(ctx, lic) == TIER_MAIN_CARD and not is_history(ctx, lic.path, lic.line)
    ]


def bundled_component_folders(ctx: CheckContext) -> list[str]:
    """Folders below the root that carry a licence file of their own: bundled components (a copied model's code under
    `code/model/ImageBind/` with its LICENSE), whose terms bind the files in them."""
    return sorted({lic.path.rsplit("/", 1)[0] for lic in ctx.licenses if lic.source == "license-file" and "/" in lic.path})


def own_code_family(ctx: CheckContext) -> str | None:
    """`_code_family` without the terms stated inside bundled components' folders: the terms of the project's own code."""
    return _code_family(ctx, bundled_too=False)


def _code_family(ctx: CheckContext, bundled_too: bool = True) -> str | None:
    """The most restrictive terms on the code: the licences stated for the project's own code (a root licence file
    that names no scope covers it when nothing else is stated for it), and those of bundled components' folders."""
    folders = bundled_component_folders(ctx)
    own: list[str] = []
    bundled: list[str] = []
    for lic in ctx.licenses:
        if "code" in lic.applies_to and lic.family != "unknown":
            (bundled if any(lic.path.startswith(folder + "/") for folder in folders) else own).append(lic.family)
    if not own:
        # "3rdparty/wget/COPYING" (GPL, scoped to its code) does not make the project's own code GPL: the root
        # LICENSE that names no scope is the terms of everything else, the project's code included
        own = [
            lic.family
            for lic in ctx.licenses
            if lic.source == "license-file" and not lic.applies_to and lic.family != "unknown" and "/" not in lic.path
        ] or _root_card_code_family(ctx)
    return most_restrictive(own + bundled if bundled_too else own)
