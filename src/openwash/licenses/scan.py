"""Every licence file and declaration in a repository, identified.

Contract: `identify_repository(ctx) -> list[LicenseInfo]`, one entry per licence file (several
when one file holds several licences) and one per declaration (front matter, prose, badge,
SPDX line, package metadata). `applies_to` comes from file names (`MODEL_LICENSE`,
`LICENSE-CODE`, `USE_POLICY`, …), from sentences that scope a licence, and from the card's
`license:` (the weights); it stays empty when nothing scopes the licence.
"""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile, regex
from openwash.licenses import declarations, identify
from openwash.licenses.declarations import Declaration, ProseHit
from openwash.licenses.knowledge import LicenseEntry
from openwash.model import FAMILY_RESTRICTIVENESS, LicenseInfo

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.identity import Identity
    from openwash.documents import Document

# Sources, as written into LicenseInfo.source
LICENSE_FILE = "license-file"
USE_POLICY = "use-policy"
NOTICE = "notice"

_NAME_SCOPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("weights", lazy_compile(r"(?:^|[-_.])(?:model|weights?|checkpoints?|params)(?:[-_.]|$)", re.I)),
    ("code", lazy_compile(r"(?:^|[-_.])(?:code|source|software)(?:[-_.]|$)", re.I)),
    ("data", lazy_compile(r"(?:^|[-_.])(?:data|dataset|datasets|corpus)(?:[-_.]|$)", re.I)),
    ("docs", lazy_compile(r"(?:^|[-_.])(?:docs?|documentation)(?:[-_.]|$)", re.I)),
    # "OUTPUT_TERMS_OF_USE.md": terms for what the model produces, not for its code, weights or data
    ("outputs", lazy_compile(r"(?:^|[-_.])outputs?(?:[-_.]|$)", re.I)),
)
_MODEL_CARD_KEYS = ("base_model", "pipeline_tag", "library_name", "model-index", "model_name")


def identify_repository(ctx: CheckContext) -> list[LicenseInfo]:
    """Identify every licence text and declaration among the loaded documents."""
    from openwash import documents as docs
    from openwash import identity

    own = identity.of(ctx)

    files: dict[str, list[LicenseInfo]] = {}
    for doc in ctx.documents_of(docs.LICENSE, docs.USE_POLICY, docs.NOTICE):
        files[doc.path] = _identify_file(doc)
    declared: list[LicenseInfo] = []
    others = identity.other_projects(ctx)
    for doc in ctx.documents:
        if doc.kind in (docs.CARD, docs.README, docs.DATA_CARD) and identity.in_embedded_project(doc.path, others):
            continue  # a bundled project's README states its own terms (LLaMA-Factory's table of supported models)
        declared.extend(_declarations_of(doc, files, own))
    _scope_files_named_for_code(files, declared)
    for path, infos in files.items():
        if identity.in_embedded_project(path, others):
            for info in infos:
                info.applies_to = info.applies_to or ["code"]  # the bundled project's own code
    infos = [info for path in sorted(files) for info in files[path]]
    return _dedupe(infos + declared)


def scope_from_name(path: str) -> list[str]:
    """applies_to implied by a licence file's name: MODEL_LICENSE -> weights, LICENSE-CODE -> code."""
    name = posixpath.basename(path)
    if regex(r"(?:acceptable[_-]?)?use[_-]?policy|aup\b|responsible[_-]use", re.I).match(name):
        return ["weights"]
    scopes = [scope for scope, pattern in _NAME_SCOPES if pattern.search(name)]
    if not scopes and _WEIGHTS_LICENCE_FOLDER.match(posixpath.basename(posixpath.dirname(path))):
        return ["weights"]  # "models_licence/LICENSE-FLUX1-dev", "model_licenses/LICENSE-foo": the models' terms
    return scopes


_WEIGHTS_LICENCE_FOLDER = lazy_compile(r"^(?:models?|weights?|checkpoints?)[-_. ]?licen[cs]es?$", re.I)


# -- licence files ------------------------------------------------------------------------------


def _identify_file(doc: Document) -> list[LicenseInfo]:
    from openwash import documents as docs

    source = {docs.USE_POLICY: USE_POLICY, docs.NOTICE: NOTICE}.get(doc.kind, LICENSE_FILE)
    matches = identify.identify_text(doc.text)
    if source in (NOTICE, USE_POLICY) and all(m.key == "unknown" for m in matches):
        return []  # notices and guides are not licences, unless one is recognised
    scope = scope_from_name(doc.path)
    infos = [_info_from_match(doc.path, match, scope or _preamble_scope(doc, match.line), source) for match in matches]
    if source == LICENSE_FILE and len(infos) == 1 and infos[0].family == "unknown":
        _family_from_title(infos[0], doc)
    for info in infos:
        if info.key is None and info.family == "rail" and not _RAIL_MARK.search(doc.text[:200_000]):
            # An unidentified text with use restrictions that never calls itself a responsible-AI licence is a
            # vendor's own agreement ("DINOv3 License": Meta's terms, trade-control bans): vendor terms, not RAIL
            info.family = "vendor-community"
    return infos


# What RAIL licences (OpenRAIL, BigScience RAIL, CreativeML) and their derivatives call themselves and their restrictions.
_RAIL_MARK = lazy_compile(r"\bresponsible\s+ai\b|\brail\b|\bopenrail|\battachment\s+a\b|\buse[\s-]based\s+restrictions", re.IGNORECASE)


# "Part of this codebase is based on Facebook's XLM, including: … Their license is appended below.": the text that
# follows is the licence of that code, not of the release
_CODE_PREAMBLE = lazy_compile(
    r"\bpart\s+of\s+(?:this|the|our)\s+(?:code\s*base|code|source(?:\s+code)?|software|repository)\b|"
    r"\btheir\s+licen[cs]es?\s+(?:is|are)\s+(?:appended|included|reproduced|copied)\b|"
    r"\b(?:code|files|scripts)\s+(?:in|under|inside)\s+\S+\s+(?:is|are)\s+(?:licen[cs]ed|covered|distributed)\b",
    re.IGNORECASE,
)
_PREAMBLE_WEIGHTS = lazy_compile(r"\bweights?\b|\bcheckpoints?\b|model\s+parameters|\bparameters\b", re.IGNORECASE)


def _preamble_scope(doc: Document, line: int) -> list[str]:
    """The scope a licence file's own preamble gives the licence text that follows it: `["code"]` when the lines
    before the text say it is the licence of part of the code; otherwise none (the name and the documents decide)."""
    if line <= 1:
        return []
    preamble = "\n".join(doc.lines[: min(line - 1, 40)])
    if _CODE_PREAMBLE.search(preamble) and not _PREAMBLE_WEIGHTS.search(preamble):
        return ["code"]
    return []


def _family_from_title(info: LicenseInfo, doc: Document) -> None:
    """An unidentified licence text titled "CodeFuse COMMUNITY LICENSE AGREEMENT": the family its title states
    (community → vendor-community, non-commercial → non-commercial, research licence → research-only), as for a
    licence known only by name in prose; the id stays unknown (OW204 still asks for a known text)."""
    title = next((line.strip(" #*\t") for line in doc.lines[:5] if line.strip(" #*\t")), "")[:200]
    for family, pattern in _NAME_FAMILIES:
        if pattern.search(title):
            info.family = family
            info.properties["family_from_title"] = title
            return


def _info_from_match(path: str, match: identify.TextMatch, scope: list[str], source: str) -> LicenseInfo:
    family = match.family
    if match.key == "unknown" and identify.binding_riders(list(match.riders)):
        # The licence is not identified, but the terms it states (non-commercial, use
        # restrictions, user caps) are evidence of its family: the id stays unknown.
        family = identify.rider_family(list(match.riders), "unknown")
    return LicenseInfo(
        path=path,
        line=match.line,
        id=match.id,
        name=match.name,
        family=family,
        osi_approved=match.osi_approved,
        applies_to=list(scope),
        confidence=match.confidence,
        source=source,
        key=None if match.key == "unknown" else match.key,
        ambiguous=match.ambiguous,
        riders=list(match.riders),
        properties={**match.properties, "method": match.method},
    )


def _scope_files_named_for_code(files: dict[str, list[LicenseInfo]], declared: list[LicenseInfo]) -> None:
    """"The code in this repository is released under the MIT License." (no link) scopes the one
    unscoped licence file beside the document that holds that licence: LICENSE is the code's,
    not the whole release's (Stability-AI/stablediffusion: MIT code, RAIL weights in LICENSE-MODEL).
    Only a statement about the code alone does so, and only when exactly one such file exists."""
    for decl in declared:
        if decl.source != "prose" or decl.applies_to != ["code"] or decl.key is None or decl.properties.get("link"):
            continue
        folder = posixpath.dirname(decl.path)
        for directory in dict.fromkeys((folder, "")):
            same = [
                info
                for path, infos in files.items()
                if posixpath.dirname(path) == directory
                for info in infos
                if info.source == LICENSE_FILE and info.key == decl.key
            ]
            if not same:
                continue
            if len({info.path for info in same}) == 1 and all(not info.applies_to for info in same):
                for info in same:
                    info.applies_to.append("code")
            break


# -- declarations ---------------------------------------------------------------------------------


def _declarations_of(doc: Document, files: dict[str, list[LicenseInfo]], own: Identity | None = None) -> list[LicenseInfo]:
    from openwash import documents as docs

    out: list[LicenseInfo] = []
    if doc.kind in (docs.PACKAGE, docs.CITATION):
        return [_info_from_declaration(d) for d in declarations.from_package(doc.path, doc.text)]
    if doc.kind not in (docs.CARD, docs.README, docs.DATA_CARD):
        return out
    card_scope = _front_matter_scope(doc)
    if card_scope is not None:
        out += [_info_from_declaration(d) for d in declarations.from_front_matter(doc, card_scope)]
    lines = doc.lines
    out += [_info_from_declaration(d) for d in declarations.from_spdx_lines(doc.path, lines)]
    out += [_info_from_declaration(d) for d in declarations.from_badges(doc.path, lines)]
    from openwash.licenses import tables

    out += [_info_from_declaration(d) for d in tables.from_tables(doc, own)]
    from openwash.identity import another_project

    named: list[LicenseInfo] = []
    for hit in declarations.from_prose(doc.path, lines, doc.body_start_line):
        if hit.form == "hub-item" and not _own_hub_model(own, hit.part or ""):
            continue  # a list of other people's Hub models with their licences
        if hit.form == "linked-subject" and another_project(hit.part or "", own):
            continue  # "based on [NeMo](https://github.com/NVIDIA-NeMo/NeMo), licensed under Apache 2.0": that project's terms
        info = _info_from_prose(doc.path, hit, files, own, lines[hit.line - 1] if 0 < hit.line <= len(lines) else "")
        if info is not None:
            named.append(info)
    for terms in declarations.terms_from_prose(doc.path, lines, doc.body_start_line):
        info = _info_from_terms(doc.path, terms, named, lines)
        if info is not None:
            named.append(info)
    if doc.kind == docs.DATA_CARD:
        # a dataset card speaks for its dataset: "使用 Chinese Cosmopedia 数据集需要遵循 OpenCSG 社区许可证 … 如果您计划将 OpenCSG
        # 模型 … 用于商业目的" states the data's terms and its publisher's models', never this release's weights or code
        for info in named:
            info.applies_to = ["data"]
    return out + named


def _front_matter_scope(doc: Document) -> list[str] | None:
    """The card's `license:` speaks for the weights; a dataset card's for the data."""
    from openwash import documents as docs

    if doc.front_matter is None or not any(k in doc.meta for k in ("license", "license_name", "license_link")):
        return None
    if doc.kind == docs.DATA_CARD:
        return ["data"]
    if doc.kind == docs.CARD or any(k in doc.meta for k in _MODEL_CARD_KEYS):
        return ["weights"]
    return []


def _info_from_declaration(decl: Declaration) -> LicenseInfo:
    entry = decl.entry
    properties: dict[str, object] = {"declared": decl.raw}
    if decl.link:
        properties["link"] = decl.link
    if decl.error:
        properties["error"] = decl.error
    if decl.member:
        properties["member"] = decl.member
    if entry is not None:
        properties.update(entry.properties)
        return LicenseInfo(
            path=decl.path, line=decl.line, id=entry.id, name=entry.name, family=entry.family, osi_approved=entry.osi_approved,
            applies_to=list(decl.applies_to), confidence=decl.confidence, source=decl.source, key=entry.key,
            ambiguous=entry.ambiguous, properties=properties,
        )
    if decl.expression and decl.family:
        return LicenseInfo(
            path=decl.path, line=decl.line, id=decl.expression, name=decl.expression, family=decl.family,
            osi_approved=bool(decl.osi_approved), applies_to=list(decl.applies_to), confidence=decl.confidence,
            source=decl.source, key=None, properties=properties,
        )
    family = _family_of_name_key(decl.raw) if decl.source == "front-matter" else None
    if family is not None:
        properties["family_from_name"] = True  # `license_name: katanemo-research`: the name says which terms
    return LicenseInfo(
        path=decl.path, line=decl.line, id="unknown", name=decl.raw or "unknown", family=family or "unknown", osi_approved=False,
        applies_to=list(decl.applies_to), confidence=0.0, source=decl.source, key=None, properties=properties,
    )


# `license_name:` keys the knowledge base does not know, by the words they are made of.
_NAME_KEY_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("non-commercial", lazy_compile(r"(?:^|[-_ .])(?:nc|non-?commercial|noncommercial)(?:$|[-_ .\d])", re.IGNORECASE)),
    ("research-only", lazy_compile(r"(?:^|[-_ .])research(?:$|[-_ .])", re.IGNORECASE)),
    ("vendor-community", lazy_compile(r"(?:^|[-_ .])community(?:$|[-_ .])", re.IGNORECASE)),
)


def _family_of_name_key(name: str) -> str | None:
    for family, pattern in _NAME_KEY_FAMILIES:
        if pattern.search(name):
            return family
    return None


def _own_hub_model(own: Identity | None, model_id: str) -> bool:
    """A Hub model of the release: its name bears the release's own name, or its organisation is the release's owner."""
    if own is None:
        return False
    owner, _, name = model_id.lower().partition("/")
    return own.mentions_own_name(name) or owner in own.owners


def _info_from_prose(
    path: str, hit: ProseHit, files: dict[str, list[LicenseInfo]], own: Identity | None = None, line_text: str = ""
) -> LicenseInfo | None:
    target_infos = _linked_file(path, hit.link, files, own) if hit.link else None
    entry: LicenseEntry | None = hit.entry
    properties: dict[str, object] = {"declared": hit.raw, "form": hit.form}
    if hit.part:
        properties["part"] = hit.part
    if hit.link:
        properties["link"] = hit.link
    if target_infos:
        properties["link_target"] = target_infos[0].path
        for info in target_infos:  # a sentence that scopes a linked licence file scopes the file
            for scope in hit.applies_to:
                if scope not in info.applies_to and (entry is None or entry.key == info.key):
                    info.applies_to.append(scope)
    same_file = [info for info in target_infos or [] if entry is not None and info.key == entry.key]
    if same_file:
        # "[Modified MIT](LICENSE)": the file, read in full, knows more (riders, family) than the name
        return _copy_as_prose(same_file[0], path, hit, properties)
    if entry is not None:
        return _prose_info(path, hit, entry, hit.confidence, properties)
    if hit.link and not target_infos:
        url_entry = declarations.resolve_url(hit.link)
        if url_entry is not None:
            return _prose_info(path, hit, url_entry, 0.7, properties)
        known = _hub_model_terms(hit.link) if _NAMES_A_LICENCE.search(hit.raw) else None
        if known is not None:
            model_id, hub_entry = known
            return _prose_info(path, hit, hub_entry, 0.7, properties, hub_model=model_id)
    if not target_infos and _GENERIC_NAME.match(hit.raw) and "weights" in hit.applies_to:
        named = _named_model_terms(line_text, hit)
        if named is not None:
            model, model_entry = named
            return _prose_info(path, hit, model_entry, 0.6, properties, named_model=model)
    if not target_infos:
        return _family_from_name(path, hit, properties)
    # "[Model License](MODEL_LICENSE)": the linked file says what it is
    return _copy_as_prose(target_infos[0], path, hit, properties, cap=0.75)


# A licence named only generically: "[Model License](MODEL_LICENSE)", "模型许可协议".
_GENERIC_NAME = lazy_compile(
    r"^\W*(?:the\s+)?(?:model|weights?)(?:\s+(?:use|usage))?\s+licen[cs]e(?:\s+agreement)?\W*$|^\W*模型(?:使用)?许可(?:协议|證|证)?\W*$",
    re.IGNORECASE,
)


def _named_model_terms(line_text: str, hit: ProseHit) -> tuple[str, LicenseEntry] | None:
    """"ChatGLM-6B 模型的权重的使用则需要遵循 [Model License](MODEL_LICENSE)" with the file not shipped: the
    sentence names exactly one model the knowledge base knows, and a generic "Model License" for its weights
    is that model's licence (DOMAIN.md §8: knowledge counts as evidence). None when it names none or several."""
    from openwash import lineage
    from openwash.licenses import knowledge

    link_at = line_text.find(hit.raw)
    before = line_text[: link_at if link_at >= 0 else len(line_text)][-200:]
    found: dict[str, tuple[str, LicenseEntry]] = {}
    for match in lineage.ids._MENTION.finditer(before):
        raw = match.group(0).strip(" .:-_")
        resolution = lineage.resolve(raw) if raw else None
        entry = knowledge.lookup(resolution.license_key) if resolution is not None and resolution.license_key else None
        if entry is not None and not entry.is_unknown:
            found.setdefault(entry.key, (raw, entry))
    return next(iter(found.values())) if len(found) == 1 else None


def _prose_info(path: str, hit: ProseHit, entry: LicenseEntry, confidence: float, properties: dict[str, object], **extra: object) -> LicenseInfo:
    """The licence a prose statement names, as the knowledge-base entry describes it."""
    properties.update(entry.properties)
    properties.update(extra)
    return LicenseInfo(
        path=path, line=hit.line, id=entry.id, name=entry.name, family=entry.family, osi_approved=entry.osi_approved,
        applies_to=list(hit.applies_to), confidence=confidence, source="prose", key=entry.key, ambiguous=entry.ambiguous,
        properties=properties,
    )


# What a licence's own name says about its terms, for a weights licence the knowledge base does not know
# ("[Acme-7B Models Community License Agreement](./MODEL_LICENSE)" with the file absent).
_NAME_FAMILIES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("non-commercial", lazy_compile(r"non-?commercial|\bNC\b|非商业", re.IGNORECASE)),
    ("research-only", lazy_compile(r"\bresearch\b[^.]{0,20}\blicen[cs]e|研究[^。]{0,6}(?:许可|协议)", re.IGNORECASE)),
    ("vendor-community", lazy_compile(r"\bcommunity\b[^.]{0,20}\blicen[cs]e|社区[^。]{0,6}(?:许可|协议)", re.IGNORECASE)),
)


def _family_from_name(path: str, hit: ProseHit, properties: dict[str, object]) -> LicenseInfo | None:
    """A weights licence known only by its name: an unknown id whose family the name states (a "Community
    License", a "Non-Commercial License"), so the terms it names are not lost; None when the name says nothing."""
    if hit.applies_to and "weights" not in hit.applies_to:
        return None  # the code's or the data's terms; a statement for no part in particular may be the release's
    for family, pattern in _NAME_FAMILIES:
        if pattern.search(hit.raw):
            properties["family_from_name"] = True
            return LicenseInfo(
                path=path, line=hit.line, id="unknown", name=hit.raw, family=family, osi_approved=False,
                applies_to=list(hit.applies_to), confidence=0.5, source="prose", key=None, properties=properties,
            )
    return None


# The link's text must say it is a licence ("[Model License](…)", "[许可协议](…)"): "我们使用[stable-diffusion-v1-4](…)
# 模型进行继续训练" links a model, not its licence.
_NAMES_A_LICENCE = lazy_compile(r"licen[cs]e|agreement|\bterms\b|许可|协议|授权|條款|条款", re.IGNORECASE)
_HUB_MODEL_URL = lazy_compile(r"^https?://(?:www\.)?(?:huggingface\.co|hf\.co)/(?!datasets/|spaces/)[\w.-]+/[\w.-]+", re.IGNORECASE)


def _hub_model_terms(url: str) -> tuple[str, LicenseEntry] | None:
    """"[Model License](https://huggingface.co/THUDM/glm-4-9b/blob/main/LICENSE)": a licence linked on the
    Hub page of a model the knowledge base knows is that model's licence (DOMAIN.md §8: knowledge counts)."""
    from openwash import lineage
    from openwash.licenses import knowledge

    hub = _HUB_MODEL_URL.match(url)
    if hub is None:
        return None
    resolution = lineage.resolve(hub.group(0))
    entry = knowledge.lookup(resolution.license_key) if resolution is not None and resolution.license_key else None
    if entry is None or entry.is_unknown:
        return None
    model_id = regex(r"^https?://[^/]+/", re.I).sub("", hub.group(0))
    return model_id, entry


def _info_from_terms(path: str, terms: declarations.ProseTerms, named: list[LicenseInfo], lines: list[str]) -> LicenseInfo | None:
    """Restrictions stated in a sentence: the terms of the parts it names.

    When the same sentence names a licence for those parts ("released under CC BY-NC 4.0, for
    research only"), that declaration takes the stricter family. When the line just above, in the
    same paragraph, names a licence for no part in particular ("Proprietary — ACME.  \n Weights are
    published for research. Commercial use requires written permission."), the terms narrow that
    licence for the parts they name: both bind, the stricter family governs. Otherwise the terms
    stand as a licence of their own whose id is unknown and whose family they force.
    """
    riders = [f"{kind}: {identify._clip(terms.sentence)}" for kind in terms.kinds]
    family = identify.rider_family(riders, "unknown")
    above = [
        info
        for info in named
        if not info.applies_to
        and info.id != "unknown"
        and info.line == terms.line - 1
        and 0 < info.line <= len(lines)
        and lines[info.line - 1].strip()
        and FAMILY_RESTRICTIVENESS.get(info.family, -1) > FAMILY_RESTRICTIVENESS.get(family, -1)
    ]
    if above:
        info = above[0]
        return LicenseInfo(
            path=path, line=info.line, id=info.id, name=info.name, family=info.family, osi_approved=False,
            applies_to=list(terms.applies_to), confidence=min(info.confidence, 0.6), source="prose", key=info.key,
            riders=list(dict.fromkeys(info.riders + riders)),
            properties={**info.properties, "declared": terms.sentence, "terms": "prose", "terms_line": terms.line},
        )
    same = [info for info in named if info.line == terms.line and set(info.applies_to) & set(terms.applies_to) and info.id != "unknown"]
    if same:
        for info in same:
            if FAMILY_RESTRICTIVENESS.get(family, -1) > FAMILY_RESTRICTIVENESS.get(info.family, -1):
                info.family = family
                info.osi_approved = False
                info.riders = list(dict.fromkeys(info.riders + riders))
                info.properties["terms"] = "prose"
        return None
    return LicenseInfo(
        path=path, line=terms.line, id="unknown", name="terms stated in the text", family=family, osi_approved=False,
        applies_to=list(terms.applies_to), confidence=0.6, source="prose", key=None, riders=riders,
        properties={"declared": terms.sentence, "terms": "prose", "commercial_use_banned": "non-commercial" in terms.kinds,
                    "research_only": "research-only" in terms.kinds, **({"whole_repository": True} if terms.whole_repository else {})},
    )


def _copy_as_prose(first: LicenseInfo, path: str, hit: ProseHit, properties: dict[str, object], cap: float = 1.0) -> LicenseInfo:
    properties = {**first.properties, **properties, "via": first.path}
    properties.pop("method", None)
    return LicenseInfo(
        path=path, line=hit.line, id=first.id, name=first.name, family=first.family, osi_approved=first.osi_approved,
        applies_to=list(hit.applies_to), confidence=round(min(first.confidence, hit.confidence, cap), 3), source="prose",
        key=first.key, ambiguous=first.ambiguous, riders=list(first.riders), properties=properties,
    )


def _linked_file(doc_path: str, link: str, files: dict[str, list[LicenseInfo]], own: Identity | None = None) -> list[LicenseInfo] | None:
    target = link.split("#", 1)[0].strip()
    if not target:
        return None
    if regex(r"[a-z][a-z0-9+.-]*:", re.I).match(target):
        # https://github.com/<owner>/<repo>/blob/<ref>/<path>: the same path here may be it, unless the
        # link names another repository (DBRX's licence linked from llm-foundry is not llm-foundry's LICENSE)
        blob = regex(r"/(?:blob|raw|resolve)/[^/]+/(.+)$").search(target)
        if not blob or (own is not None and own.is_own_url(target) is False):
            return None
        if _HUB_MODEL_URL.match(target) and (own is None or not own.is_this_hub_repository(target)):
            return None  # another Hub repository's file, even the same organisation's (a sibling model's LICENSE)
        target = blob.group(1)
        candidate = posixpath.normpath(target)
    else:
        from openwash.documents import resolve_link

        resolved = resolve_link(doc_path, target)
        if resolved is None:
            return None
        candidate = resolved
    return files.get(candidate)


def _dedupe(infos: list[LicenseInfo]) -> list[LicenseInfo]:
    """One entry per licence, place and source; the same licence for two parts of the release
    ("代码采用 Apache-2.0，权重采用 Apache-2.0") stays two entries, a repetition covering no more is dropped."""
    groups: dict[tuple[str, int, str, str, str], list[LicenseInfo]] = {}
    for info in infos:
        # the family too: an unidentified licence named in a sentence ("遵循[Mulan - OpenI Model License]") and the terms
        # the same sentence states are both `unknown`, and only the terms say what the weights may be used for
        groups.setdefault((info.path, info.line, info.id, info.family, info.source), []).append(info)
    keep: set[int] = set()
    for group in groups.values():
        kept: list[LicenseInfo] = []
        for info in sorted(group, key=lambda i: -len(i.applies_to)):  # stable: the widest first
            if not any(set(info.applies_to) <= set(other.applies_to) for other in kept):
                kept.append(info)
        keep.update(id(info) for info in kept)
    return [info for info in infos if id(info) in keep]
