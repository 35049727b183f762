"""Claims about licences: a licence called open ("an open-source licence", "开源协议", "a permissive
licence"), licences declared in prose ("released under the MIT License", "采用 Apache 2.0 许可证",
"License: MIT"), and shields.io licence badges."""

from __future__ import annotations

import re

from openwash.claims import _Hit, masks
from openwash.claims.lexicon import (
    _BADGE,
    _DECL_EN,
    _DECL_LABEL,
    _DECL_ZH,
    _EN_COMPARISON,
    _GENERIC_LICENSE_WORDS,
    _OPEN_LICENSE_ZH,
    _OPEN_SOURCE_LICENSE_EN,
    _PERMISSIVE_EN,
    _SECTION_LEAD,
    _ZH_OPEN_LICENSE_OTHERS,
)
from openwash.claims.subject import _clause_before, _is_zh, _negated_en, _negated_zh, _quoted_term, _subject_before_en, _subject_zh
from openwash.lazyre import lazy_compile, regex


# A request to follow whatever licence applies: "Please (strictly) follow / comply with the …", "请(严格/务必)遵守…".
_INSTRUCTION_EN = lazy_compile(
    r"\b(?:please|kindly|you\s+(?:must|should)|users?\s+(?:must|should))\s+(?:\w+ly\s+)?(?:follow|comply\s+with|abide\s+by|adhere\s+to|observe|respect)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
_INSTRUCTION_ZH = lazy_compile(r"(?:请|請|务必|務必|须|須|应当|應當)[^。；]{0,8}(?:遵守|遵从|遵從|遵循|遵照|依照)[^。；]{0,30}$")


def _section_title(text: str, match: re.Match[str]) -> bool:
    """A heading that is the phrase alone ("## ⚖️ 开源协议", "## Open Source License") names the section where the terms
    follow; it states no terms itself (the declarations under it do)."""
    return bool(_HEADING_LEAD.match(text[: match.start()]) and _NO_WORD.match(text[match.end() :]))


_HEADING_LEAD = lazy_compile(r"^\s{0,3}#{1,6}\s*\W*$")
_NO_WORD = lazy_compile(r"^\W*$")


def _in_link_text(before: str) -> bool:
    """The phrase is inside a link's text ("遵守[开源协议](MODEL_LICENSE)"): it names the linked licence."""
    opening = before.rfind("[")
    return opening != -1 and "]" not in before[opening:]


# A sentence that puts a part of the release (its code, its data) under "an open-source licence" states that
# part's terms; one about the model or nothing named is judged against the weights' terms, as before.
_PART_SUBJECTS = frozenset({"code", "data"})


_PERMISSIVE_NOUN = lazy_compile(
    r"\s+(?:[\w-]+\s+)?(?:(?P<others>repositor(?:y|ies)|repos|projects|sources|software\s+projects)|"
    r"(?P<code>code|source\s+code|software|librar(?:y|ies))|(?P<data>data(?:sets?)?|samples|corpora|corpus|content|text))\b",
    re.IGNORECASE,
)


def _license_term_hits(text: str, *, licence_document: bool) -> list[_Hit]:
    """A licence called open: "an open-source licence", "开源协议", "a permissive license"."""
    hits: list[_Hit] = []
    for match in _OPEN_SOURCE_LICENSE_EN.finditer(text):
        if not licence_document and _section_title(text, match):
            continue
        before = _clause_before(text, match.start())
        if _negated_en(before) or _quoted_term(text, match.start(), match.end()):
            continue
        if not licence_document and (_EN_COMPARISON.search(before) or regex(r"\b(?:respective|other|their|any|each)\s*$", re.IGNORECASE).search(before)):
            continue
        if not licence_document and _INSTRUCTION_EN.search(before) and not _in_link_text(before):
            continue  # "Please strictly follow the open source license": an instruction, not a statement of terms
        # "The use of the source code of this repository follows the open source license": the code's terms
        subject = None if licence_document else _subject_before_en(before)
        hits.append(_Hit(match.start(), match.end(), "open-license-term", "en", subject if subject in _PART_SUBJECTS else "unclear"))
    for match in _OPEN_LICENSE_ZH.finditer(text):
        if not licence_document and _section_title(text, match):
            continue
        before = _clause_before(text, match.start())
        if _negated_zh(text, match.start()) or _ZH_OPEN_LICENSE_OTHERS.search(before):
            continue
        if regex(r"除[^，。；]{0,20}$").search(before) and regex(r"[^，。；]{0,20}外").match(text, match.end()):
            continue  # "除文件中对开源许可证另有约定外": an exception for the open-source licences of some files
        if not licence_document and _INSTRUCTION_ZH.search(before) and not _in_link_text(before):
            continue  # "请严格遵守Llama-2的开源许可协议", "请务必遵从相关的开源许可协议" (a linked "[开源协议](MODEL_LICENSE)" names one)
        subject = None if licence_document else _subject_zh(before, head_last=False)  # "对本仓库源码的使用遵循开源许可协议"
        hits.append(_Hit(match.start(), match.end(), "open-license-term", "zh", subject if subject in _PART_SUBJECTS else "unclear"))
    if licence_document:
        return hits
    for match in _PERMISSIVE_EN.finditer(text):
        before = _clause_before(text, match.start())
        if _negated_en(before) or regex(r"\b(?:other|respective|their|more)\s*$", re.IGNORECASE).search(before):
            continue
        # "permissively licensed repositories / code / datasets": the noun after names what is licensed
        noun = _PERMISSIVE_NOUN.match(text, match.end())
        if noun and noun.group("others"):
            continue  # "All samples stem from permissively licensed repositories": other people's projects
        subject = ("code" if noun.group("code") else "data") if noun else _subject_before_en(before) or "unclear"
        hits.append(_Hit(match.start(), match.end(), "open-license-term", "en", subject))
    return hits


_BOLD_LABEL = lazy_compile(r"\s*(?:[-*+]\s+)?(?:\*\*|__)[^*_\n]{1,80}?[:：]\s*(?:\*\*|__)")


def _declaration_hits(raw: str, in_license_section: bool) -> list[_Hit]:
    """Licences declared in prose: "released under the MIT License", "采用 Apache 2.0 许可证"."""
    hits: list[_Hit] = []
    # Link text counts here: "[Llama 2 Community License Agreement](https://…)" names the licence.
    # `re.sub(r"\]\([^)]{0,1000}\)", "]" + spaces)`, then `masks._MASK_INLINE.sub` keeping the spans that open with "]"
    text = masks._blank(raw, [(start + 1, end) for start, end in masks._mask_spans(raw, (masks._find_link_target,))]) if "](" in raw else raw
    text = masks._blank(text, [(start, end) for start, end in masks._inline_spans(text) if text[start] != "]"])
    seen: set[int] = set()

    def add(match: re.Match[str], group: str, language: str) -> None:
        name = match.group(group)
        if not name:
            return
        value = " ".join(name.split()).strip(" *_`[]\"'")
        if not value or _GENERIC_LICENSE_WORDS.match(value) or match.start(group) in seen:
            return
        seen.add(match.start(group))
        before = text[: match.start()]
        from openwash.licenses.declarations.prose import ANOTHER_VARIANT

        if ANOTHER_VARIANT.search(_clause_before(text, match.start())):
            return  # "You can find a variant of this model published under the Apache 2.0 license at …": that variant's
        subject = _subject_before_en(_clause_before(text, match.start()) + " " + before[-60:]) if language == "en" else None
        if language == "zh":
            subject = _subject_zh(_clause_before(text, match.start()), head_last=False)
        hits.append(_Hit(match.start(group), match.end(group), "license-declaration", language, subject or "unclear", value))

    for match in _DECL_EN.finditer(text):
        if _negated_en(_clause_before(text, match.start())):
            continue
        add(match, "lic" if match.group("lic") else "lic2", "en")
    for match in _DECL_ZH.finditer(text):
        add(match, "lic", "zh")
    lead_blank = len(text) - len(text.lstrip())
    label = _DECL_LABEL.match(text, lead_blank)
    if label and "![" in text[lead_blank : lead_blank + 4]:
        label = None  # "[![License: GPL-3.0](…/badge/Code-GPL--3.0-blue.svg)]": a badge's alt text; the badge itself says what it covers
    if label:
        add(label, "lic", "zh" if _is_zh(label.group(0)) else "en")
    if in_license_section and not hits and not _BOLD_LABEL.match(text):
        # (a bold label that ends in a colon, "**Regarding License Compatibility:** …", heads a paragraph about the terms)
        lead = _SECTION_LEAD.match(text, lead_blank)
        if lead and not regex(r"\s*(?:[-*+]\s+)?(?:the\s+)?(?:model|this|our)\b", re.IGNORECASE).match(text):
            add(lead, "lic", "zh" if _is_zh(text) else "en")
    return hits


def _badge_hits(raw: str) -> list[_Hit]:
    hits: list[_Hit] = []
    for match in _BADGE.finditer(raw):
        label, message = _badge_parts(match.group("body"))
        if label is None or not regex(r"licen[cs]e|许可|协议", re.IGNORECASE).search(label):
            continue
        if not message or message.lower() in ("unknown", "custom", "none"):
            continue
        low = label.lower()
        subject = "code" if "code" in low else "weights" if ("model" in low or "weight" in low) else "data" if "data" in low else "unclear"
        end = raw.find(")", match.end())
        end = end + 1 if end >= 0 and raw[match.start() : match.start() + 2] == "![" else match.end()
        hits.append(_Hit(match.start(), end, "license-declaration", "en", subject, message))
    return hits


def _badge_parts(body: str) -> tuple[str | None, str | None]:
    """shields.io static badge path "<label>-<message>-<colour>" ("--" is a dash, "_" a space)."""
    from urllib.parse import unquote

    pieces = regex(r"(?<!-)-(?!-)").split(body)
    if len(pieces) < 2:
        return None, None
    if len(pieces) == 2:
        label, message = "", pieces[0]
    else:
        label, message = pieces[0], "-".join(pieces[1:-1])

    def clean(part: str) -> str:
        part = unquote(part).replace("--", "-").replace("__", "\0").replace("_", " ").replace("\0", "_")
        return " ".join(part.split())

    return clean(label), clean(message)
