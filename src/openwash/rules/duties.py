"""Rules OW7xx: the duties a release inherits from its licence and from its base model's licence.

A licence is a set of conditions on redistribution: the licence text and the copyright notice
travel with the weights, an upstream NOTICE is passed on, and derivatives of Llama 3.x, Gemma
and RAIL-licensed models carry the notices and use restrictions their base licence asks for.
These rules read what the licence, lineage and evidence stages recorded (`ctx.licenses`,
`profiles.current_bases`, `ctx.components`, the documents already loaded); they never read
files themselves. Each duty has one rule id, with the licence text it comes from quoted in
its documentation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile
from openwash.rules import rule

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.model import BaseModelRef, Finding, LicenseInfo

# Licences whose recipients may be pointed to the text by a URI instead of a copy (CC 4.0 §3(a)(1)(C)),
# and dedications that impose nothing.
_URI_SUFFICES = lazy_compile(r"^(?:cc[-_]|cc0|pddl|unlicense|wtfpl|0bsd|odc|odbl|cdla|etalab)", re.I)
_LICENCE_FILE = lazy_compile(r"licen[cs]e|copying|许可|協議|协议|notice", re.I)
_NOTICE_FILE = lazy_compile(r"^notice(?:[._-].*)?$", re.I)
_CODE_SUFFIX = lazy_compile(r"\.(?:py|js|ts|go|rs|java|c|cc|cpp|h|sh|ipynb)$", re.I)


def _distributes_model(ctx: CheckContext) -> bool:
    """The release puts a model out: weights found (in the tree, by link or behind a gate), or a model card with `base_model:`."""
    weights = ctx.components.get("model-parameters-final")
    if weights is not None and weights.present:
        return True
    from openwash import lineage

    return any(b.signal in lineage.METADATA_SIGNALS for b in ctx.base_models)


def _bases(ctx: CheckContext) -> list[BaseModelRef]:
    from openwash.profiles import current_bases

    return [b for b in current_bases(ctx) if b.license_key]


def _licence_files(ctx: CheckContext) -> list[str]:
    """Paths of licence texts (and NOTICE files) in the tree, readable or not."""
    out = []
    for entry in ctx.inventory.files:
        name = entry.path.rsplit("/", 1)[-1]
        if _LICENCE_FILE.search(name) and not _CODE_SUFFIX.search(name):
            out.append(entry.path)
    return out


def _folder(path: str) -> str:
    return path.rpartition("/")[0]


def _covers(licence_path: str, card_path: str) -> bool:
    """A licence file in the card's folder or a folder above it (or in a LICENSES/ folder there)."""
    folder = _folder(licence_path)
    if folder.lower().rsplit("/", 1)[-1] in ("licenses", "licences"):
        folder = _folder(folder)
    card_folder = _folder(card_path)
    return folder == "" or card_folder == folder or card_folder.startswith(folder + "/")


@rule(
    "OW701",
    "license-text-not-shipped",
    severity="warning",
    summary="A model card declares a licence for the model but no licence text ships with it.",
    why="Most licences are conditions on redistribution, and the first condition is that recipients get the licence. "
    "Apache-2.0 §4(a): \"You must give any other recipients of the Work or Derivative Works a copy of this License\"; "
    "MIT: \"The above copyright notice and this permission notice shall be included in all copies or substantial "
    "portions of the Software\"; Llama 3.1 Community License §1.b.i: \"provide a copy of this Agreement with any such "
    "Llama Materials\"; OpenRAIL-M §4(b): \"give any third party recipients of the Model or its Derivatives a copy of "
    "this License\". A `license:` key in the front matter names the licence; it is not its text. Licences that "
    "accept a link to their text "
    "(Creative Commons 4.0 §3(a)(1)(C)) and public-domain dedications are not reported.",
    source="Apache License 2.0 §4(a) (https://www.apache.org/licenses/LICENSE-2.0); MIT License "
    "(https://opensource.org/license/mit); Llama 3.1 Community License §1.b.i (https://www.llama.com/llama3_1/license/); "
    "BigScience OpenRAIL-M §4(b)",
    example="license: apache-2.0 in README.md of a model repository with no LICENSE file",
    fix="Add the licence text beside the card (LICENSE, or LICENSE-MODEL for the weights).",
)
def license_text_not_shipped(ctx: CheckContext) -> Iterator[Finding]:
    if not _distributes_model(ctx):
        return
    files = _licence_files(ctx)
    seen: set[str] = set()
    for lic in _declared(ctx):
        if lic.path in seen or any(_covers(f, lic.path) for f in files):
            continue
        seen.add(lic.path)
        yield ctx.finding(
            "OW701",
            lic.path,
            lic.line,
            f"declares {lic.name} for the model but ships no licence text; the licence must travel with the weights",
            f"Add the text of {lic.name} as LICENSE (or LICENSE-MODEL) beside {lic.path}.",
        )


def _declared(ctx: CheckContext) -> list[LicenseInfo]:
    """Front-matter licence declarations of known licences that need their text passed on."""
    out = []
    for lic in ctx.licenses:
        if lic.source != "front-matter" or lic.family == "unknown" or lic.ambiguous:
            continue
        key = (lic.key or lic.id or "").lower()
        if not key or key == "other" or _URI_SUFFICES.match(key) or _URI_SUFFICES.match(lic.id.lower()):
            continue
        out.append(lic)
    return out


# "see the NOTICE file", "[NOTICE](NOTICE)": the release says a NOTICE exists.
_NOTICE_MENTION = lazy_compile(r"\bNOTICE\s+file\b|\]\((?:\./)?NOTICE(?:\.(?:md|txt))?\)|\bsee\s+(?:the\s+)?`?NOTICE\b", re.I)
_NOTICE_DUTY = lazy_compile(r"\bnotice\b[^;]{0,20}\bfile\b|\"notice\" file", re.I)


@rule(
    "OW702",
    "upstream-notice-dropped",
    severity="warning",
    summary="The release refers to a NOTICE file, or derives from a model whose licence requires a Notice file, "
    "but ships no NOTICE.",
    why="Apache-2.0 §4(d): \"If the Work includes a 'NOTICE' text file as part of its distribution, then any "
    "Derivative Works that You distribute must include a readable copy of the attribution notices contained within "
    "such NOTICE file\". Several model licences make the same demand of derivatives (Llama 2 §1.b.iii: \"You must "
    "retain in all copies of the Llama Materials that you distribute the following attribution notice within a "
    "'Notice' text file distributed as a part of such copies: 'Llama 2 is licensed under the LLAMA 2 Community "
    "License, Copyright (c) Meta Platforms, Inc. All Rights Reserved.'\"; Llama 3.x the same; Stability AI Community "
    "License: keep the attribution notice in a \"Notice\" file; Tencent Hunyuan Community License: a \"Notice\" "
    "text file). openwash detects the drop when a card or README mentions a NOTICE file the tree lacks, or when the "
    "base model's licence requires one; an upstream NOTICE it cannot see (an Apache-2.0 base whose NOTICE lives on "
    "the Hub) is not detected.",
    source="Apache License 2.0 §4(d) (https://www.apache.org/licenses/LICENSE-2.0); Llama 2 Community License §1.b.iii (and Llama 3.x §1.b.iii); Stability AI Community "
    "License and Tencent Hunyuan Community License (their Notice file clauses)",
    example="README.md: 'attribution notices are in the NOTICE file' and no NOTICE in the repository",
    fix="Copy the upstream NOTICE (with its attribution notices) into the release.",
)
def upstream_notice_dropped(ctx: CheckContext) -> Iterator[Finding]:
    if any(_NOTICE_FILE.match(e.path.rsplit("/", 1)[-1]) for e in ctx.inventory.files):
        return
    from openwash.documents import CARD, README

    for doc in ctx.documents:
        if doc.kind not in (CARD, README):
            continue
        for number, text, in_code in doc.body_lines()[:5000]:
            if not in_code and _NOTICE_MENTION.search(text[:4000]):
                yield ctx.finding(
                    "OW702",
                    doc.path,
                    number,
                    "refers to a NOTICE file that is not in the repository",
                    "Add the NOTICE file (with the upstream attribution notices) to the release.",
                )
                return
    if not _distributes_model(ctx):
        return
    from openwash.licenses import knowledge

    for base in _bases(ctx):
        if base.license_key in _GEMMA_KEYS:
            continue  # OW706 covers the Gemma notice
        entry = knowledge.lookup(base.license_key)
        if entry is None or entry.family == "osi-approved":
            continue  # Apache-2.0 §4(d) binds only when the base ships a NOTICE, which openwash cannot see
        attribution = str(entry.properties.get("attribution_duty") or "")
        duties = " ".join(str(d) for d in (entry.properties.get("redistribution_conditions") or [])) + " " + attribution
        if not (_NOTICE_DUTY.search(duties) or _NOTICE_LABEL.match(attribution)):
            continue
        sentence = _QUOTED.search(attribution)
        if sentence is not None and _mentions(ctx, sentence.group(1)):
            continue  # the notice travels in the text (a copy of the base licence carries it too)
        said = f": {sentence.group(1)!r}" if sentence is not None else ""
        yield ctx.finding(
            "OW702",
            base.path,
            base.line,
            f"derives from {base.raw}, whose licence ({entry.name}) requires its attribution notice in a Notice file{said}; "
            "the release ships neither",
            f"Add a NOTICE file with the attribution notice {entry.name} asks for.",
        )
        return


_NOTICE_LABEL = lazy_compile(r"^\W*notice\W*(?:file\W*)?:", re.I)
_QUOTED = lazy_compile(r'"([^"]{20,300})"')


def _mentions(ctx: CheckContext, sentence: str) -> bool:
    """Whether any document carries the sentence (its first words, spacing and case aside)."""
    words = sentence.split()[:8]
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.I)
    return _search_documents(ctx, pattern) is not None


_COPYRIGHT_LICENCES = frozenset({"mit", "bsd-2-clause", "bsd-3-clause", "isc", "bsd-3-clause-clear", "x11"})
_COPYRIGHT_LINE = lazy_compile(r"(?:copyright|\(c\)|©)", re.I)
_PLACEHOLDER = lazy_compile(r"[<\[{]\s*(?:yyyy|year|name|fullname|copyright|owner|author|holder|organization)", re.I)


@rule(
    "OW703",
    "copyright-notice-missing",
    severity="warning",
    summary="A licence text that is kept by keeping its copyright notice (MIT, BSD, ISC) has none, or only the template placeholder.",
    why="MIT: \"The above copyright notice and this permission notice shall be included in all copies or substantial "
    "portions of the Software.\" BSD-3-Clause: \"Redistributions of source code must retain the above copyright "
    "notice\". A text whose copyright line is missing, or still reads \"Copyright (c) [year] [fullname]\", gives "
    "recipients no notice to keep and does not say who licenses the release.",
    source="MIT License (https://opensource.org/license/mit); BSD-2-Clause and BSD-3-Clause clause 1 "
    "(https://opensource.org/license/bsd-3-clause); ISC License",
    example="LICENSE: 'MIT License\\n\\nCopyright (c) <year> <copyright holders>'",
    fix="Fill in the copyright line: the year and the name of the copyright holder.",
)
def copyright_notice_missing(ctx: CheckContext) -> Iterator[Finding]:
    for lic in ctx.licenses:
        if lic.source != "license-file" or (lic.key or "").lower() not in _COPYRIGHT_LICENCES or lic.riders:
            continue
        doc = ctx.document(lic.path)
        if doc is None:
            continue
        lines = [(n, t) for n, t in enumerate(doc.lines[:400], 1) if _COPYRIGHT_LINE.search(t)]
        # The MIT/BSD texts name "the above copyright notice" themselves: only a line that starts a notice counts.
        notices = [(n, t) for n, t in lines if re.match(r"\s*(?:copyright|\(c\)|©)", t, re.I)]
        filled = [(n, t) for n, t in notices if not _PLACEHOLDER.search(t)]
        if filled:
            continue
        if notices:
            line, why = notices[0][0], f"the copyright line of {lic.name} is still the template placeholder"
        else:
            line, why = lic.line, f"the {lic.name} text has no copyright notice"
        yield ctx.finding(
            "OW703",
            lic.path,
            line,
            f"{why}; recipients have no notice to keep",
            "Write the year and the copyright holder's name in the copyright line.",
        )


_LLAMA_NAMING_KEYS = ("llama3", "llama3.1", "llama3.2", "llama3.3", "llama4")
_GEMMA_KEYS = ("gemma",)
_BUILT_WITH = lazy_compile(r"built\s+with\s+(?:meta\s+)?llama", re.I)


def _llama_bases(ctx: CheckContext) -> list[BaseModelRef]:
    if not _distributes_model(ctx):
        return []
    return [b for b in _bases(ctx) if b.license_key in _LLAMA_NAMING_KEYS]


def _search_documents(ctx: CheckContext, pattern: re.Pattern[str]) -> tuple[str, int] | None:
    for doc in ctx.documents:
        match = pattern.search(doc.text)
        if match:
            return doc.path, doc.text.count("\n", 0, match.start()) + 1
    return None


def _naming_duty(key: str) -> tuple[str, str]:
    """(required name prefix, required display phrase) from the knowledge base's naming duty of a Llama licence."""
    from openwash.licenses import knowledge

    entry = knowledge.lookup(key)
    duty = str(entry.properties.get("naming_duty") or "") if entry is not None else ""
    prefix = re.search(r'begin with "([^"]+)"', duty)
    display = re.search(r'display "([^"]+)"', duty)
    return (prefix.group(1) if prefix else "Llama", display.group(1) if display else "Built with Llama")


@rule(
    "OW704",
    "llama-built-with-notice-missing",
    severity="warning",
    summary="A derivative of a Llama 3.x (or Llama 4) model does not display \"Built with Llama\".",
    why="Llama 3.1 Community License §1.b.i: \"If you distribute or make available the Llama Materials (or any "
    "derivative works thereof), or a product or service (including another AI model) that contains any of them, you "
    "shall (A) provide a copy of this Agreement with any such Llama Materials; and (B) prominently display “Built "
    "with Llama” on a related website, user interface, blogpost, about page, or product documentation.\" The Llama "
    "3.2, 3.3 and 4 licences say the same; Llama 3 asks for \"Built with Meta Llama 3\".",
    source="Llama 3.1 Community License Agreement §1.b.i (https://www.llama.com/llama3_1/license/; also Llama 3, 3.2, 3.3, 4)",
    example="base_model: meta-llama/Llama-3.1-8B-Instruct, and the card never says 'Built with Llama'",
    fix="Display \"Built with Llama\" (Llama 3: \"Built with Meta Llama 3\") prominently in the model card.",
)
def llama_built_with_notice_missing(ctx: CheckContext) -> Iterator[Finding]:
    bases = _llama_bases(ctx)
    if not bases or _search_documents(ctx, _BUILT_WITH) is not None:
        return
    base = bases[0]
    _, display = _naming_duty(base.license_key or "")
    yield ctx.finding(
        "OW704",
        base.path,
        base.line,
        f"derives from {base.raw} ({base.license_key}) but does not display \"{display}\", which its licence requires",
        f"Add \"{display}\" to the model card.",
    )


def _model_names(ctx: CheckContext) -> list[tuple[str, str, int]]:
    """The release's own model names from its root card: (name, path, line)."""
    from openwash.documents import CARD
    from openwash.identity import card_names

    out: list[tuple[str, str, int]] = []
    for doc in ctx.documents:
        if doc.kind != CARD or "/" in doc.path:
            continue
        title = doc.structure.title()
        for name in card_names(doc):
            out.append((name, doc.path, title.line if title is not None and name in title.text else 1))
    return out


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.lower())


def _begins_with(name: str, prefix: str) -> bool:
    return _squash(name).startswith(_squash(prefix))


@rule(
    "OW705",
    "llama-name-prefix-missing",
    severity="warning",
    summary="A model derived from Llama 3.x (or Llama 4) is distributed under a name that does not begin with \"Llama\".",
    why="Llama 3.1 Community License §1.b.i: \"If you use the Llama Materials or any outputs or results of the Llama "
    "Materials to create, train, fine tune, or otherwise improve an AI model, which is distributed or made "
    "available, you shall also include “Llama” at the beginning of any such AI model name.\" Llama 3 asks for "
    "\"Llama 3\" at the beginning. openwash reads the name from the card's `model_name`, `model-index` and title.",
    source="Llama 3.1 Community License Agreement §1.b.i (https://www.llama.com/llama3_1/license/; also Llama 3, 3.2, 3.3, 4)",
    example="# Acme-Chat-8B (base_model: meta-llama/Llama-3.1-8B-Instruct)",
    fix="Rename the model so that its name begins with \"Llama\" (e.g. Llama-3.1-Acme-Chat-8B).",
)
def llama_name_prefix_missing(ctx: CheckContext) -> Iterator[Finding]:
    from openwash import lineage

    # Only a card about one model (its base in metadata) names the derivative; a README of many models does not.
    bases = [b for b in _llama_bases(ctx) if b.signal in lineage.METADATA_SIGNALS]
    if not bases:
        return
    names = _model_names(ctx)
    if not names:
        return  # no name to judge
    base = bases[0]
    prefix, _ = _naming_duty(base.license_key or "")
    if any(_begins_with(name, prefix) for name, _, _ in names):
        return
    name, path, line = names[0]
    yield ctx.finding(
        "OW705",
        path,
        line,
        f"the model is named {name!r}, but as a derivative of {base.raw} ({base.license_key}) its name must begin with \"{prefix}\"",
        f"Rename the model so that its name begins with \"{prefix}\".",
    )


_GEMMA_NOTICE = lazy_compile(r"provided under and subject to the gemma terms of use", re.I)
_GEMMA_TERMS = lazy_compile(r"ai\.google\.dev/gemma/terms|gemma terms of use|gemma/terms|gemma prohibited use policy", re.I)


@rule(
    "OW706",
    "gemma-terms-not-passed-on",
    severity="warning",
    summary="A Gemma derivative does not pass on the Gemma Terms of Use (with their use restrictions) and the required Notice.",
    why="Gemma Terms of Use §3.1: whoever distributes Gemma or a Model Derivative must \"include the use "
    "restrictions referenced in Section 3.2 as an enforceable provision in any agreement ... governing the use and/or "
    "distribution\", \"provide all third-party recipients ... with a copy of this Agreement\", and accompany it with "
    "a \"Notice\" text file containing: \"Gemma is provided under and subject to the Gemma Terms of Use found at "
    "ai.google.dev/gemma/terms\". A release that names neither the terms nor the restrictions gets a warning; one "
    "that names the terms but lacks the Notice sentence gets a note. (Gemma 4 is under Apache-2.0 and is not concerned.)",
    source="Gemma Terms of Use §3.1 (https://ai.google.dev/gemma/terms)",
    example="base_model: google/gemma-2-9b, license: apache-2.0, no Notice file",
    fix="Ship the Gemma Terms of Use (or link them as the model's licence), state that the Gemma use restrictions "
    "apply, and add a NOTICE with the sentence the terms prescribe.",
)
def gemma_terms_not_passed_on(ctx: CheckContext) -> Iterator[Finding]:
    if not _distributes_model(ctx):
        return
    bases = [b for b in _bases(ctx) if b.license_key in _GEMMA_KEYS]
    if not bases or _search_documents(ctx, _GEMMA_NOTICE) is not None:
        return
    base = bases[0]
    named = _search_documents(ctx, _GEMMA_TERMS) is not None or any(
        (lic.key or "") in _GEMMA_KEYS and lic.source != "lineage" for lic in ctx.licenses
    )
    if named:
        yield ctx.finding(
            "OW706",
            base.path,
            base.line,
            f"derives from {base.raw} and names the Gemma Terms of Use, but ships no Notice: \"Gemma is provided under "
            "and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms\"",
            "Add a NOTICE file with that sentence.",
            severity="note",
        )
        return
    yield ctx.finding(
        "OW706",
        base.path,
        base.line,
        f"derives from {base.raw} (Gemma Terms of Use) but passes on neither the terms with their use restrictions "
        "nor the Notice they require",
        "Ship or link the Gemma Terms of Use as the model's licence, state the use restrictions, and add the NOTICE.",
    )


_RAIL_RESTRICTIONS = lazy_compile(r"attachment\s+a\b|use[- ]based restrictions|\buse restrictions\b|restrictions on use", re.I)


@rule(
    "OW707",
    "rail-use-restrictions-not-passed-on",
    severity="warning",
    summary="A derivative of a RAIL-licensed model does not carry the use-based restrictions to its users.",
    why="OpenRAIL-M licences (BigScience, CreativeML, BigCode) §4(a): \"Use-based restrictions as referenced in "
    "paragraph 5 MUST be included as an enforceable provision by You in any type of legal agreement (e.g. a license) "
    "governing the use and/or distribution of the Model or its Derivatives, and You shall give notice to subsequent "
    "users You Distribute to, that the Model or its Derivatives are subject to paragraph 5.\" Paragraph 5 points to "
    "the restrictions of Attachment A. A derivative relabelled MIT or Apache-2.0, whose texts say nothing of the "
    "restrictions, drops them.",
    source="BigScience OpenRAIL-M §4(a) and §5, Attachment A; CreativeML OpenRAIL-M §4(a), §5; BigCode OpenRAIL-M §4(a)",
    example="base_model: runwayml/stable-diffusion-v1-5, license: mit, no mention of the use restrictions",
    fix="License the derivative under the same RAIL licence (or one that includes Attachment A's restrictions) and say so in the card.",
)
def rail_restrictions_not_passed_on(ctx: CheckContext) -> Iterator[Finding]:
    if not _distributes_model(ctx):
        return
    bases = [b for b in _bases(ctx) if b.family == "rail"]
    if not bases:
        return
    if any(lic.family == "rail" and lic.source != "lineage" for lic in ctx.licenses):
        return
    if _search_documents(ctx, _RAIL_RESTRICTIONS) is not None:
        return
    base = bases[0]
    yield ctx.finding(
        "OW707",
        base.path,
        base.line,
        f"derives from {base.raw} ({base.license_key}), whose use-based restrictions must bind every downstream user, "
        "but neither the release's licence nor its card carries them",
        "License the derivative under the base model's RAIL licence, or include its use restrictions (Attachment A) in your licence.",
    )
