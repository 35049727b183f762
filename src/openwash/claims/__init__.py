"""Openness claims in prose (English and Chinese), front matter and badges.

`extract(doc)` returns the claims one document makes about the release, each with its
file, line and column, the words as written, what they are about (`subject`) and which
definition the wording implies (`profile`). `extract_all(docs)` numbers them C1, C2, …
in document order. Whether a claim is backed is decided later, by `profiles`.

The scanner works line by line on precompiled patterns and is deliberately conservative:
a phrase is a claim only when it puts *this* release inside the category. Negations,
quotations (code, block quotes, system prompts), comparisons ("outperforms open-source
models"), mentions of other projects ("built on open-source libraries") and licence
names that contain "open" are not claims. `docs/claims.md` documents every kind.

This module says what a claim is (its kinds, subjects and profiles, the bounds on work) and
holds the API; the modules beside it decide one thing each, in the order a document is read:

- `frontmatter`: the claims front-matter keys make (`license:`, `license_name`, tags);
- `markdown`: which lines are prose (fences, comments, quotes, licence sections, paraphrases);
- `masks`: which spans of a line hold no words (code, tags, link targets, URLs, addresses);
- `scan`: a document line by line, a line's phrases, links and overlaps, into `Claim`s;
- `phrases`: whether an openness phrase is this release's claim, and of which kind;
- `licence_terms`: licences called open, licences declared in prose, licence badges;
- `subject`: what a phrase is about, in which clause, and whether it describes another model;
- `lexicon`: the words, cues and patterns all of these read (English, Chinese, Japanese).

They are imported on first use (`extract`): importing this module for its tables costs nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openwash.documents import (
    ADAPTER_CONFIG,
    LICENSE,
    NOTICE,
    PACKAGE,
    USE_POLICY,
    Document,
)

if TYPE_CHECKING:
    from openwash.identity import Identity
from openwash.model import Claim

# --------------------------------------------------------------------------- kinds

CLAIM_KINDS: dict[str, str] = {
    "open-source": (
        '"open source", "open-source model/LLM/AI", "we open-sourced …", "开源(了)…": the release '
        "(or, with subject `code`, its code) is open source. Profile `osaid` for a model, "
        "`code-license` for code, `data-license` for data."
    ),
    "fully-open": (
        '"fully open", "truly open", "completely open(-source)", "完全开源", "全面开源", "全部开源": '
        "every part is open. Profile `osaid` (the strongest reading)."
    ),
    "open-weights": (
        '"open weights", "open-weight(s) model", "开放权重", "权重开放": the weights are '
        "downloadable and usable by anyone. Profile `open-weights`."
    ),
    "open-model": (
        '"open model", "open language model", "open LLM", "开放模型": open *access* to a model '
        "usable by anyone. Profile `open-weights`."
    ),
    "openly-released": (
        '"openly releasing", "open release", "principles of openness": the model is released for '
        "anyone to use, study and build on. Profile `open-weights`."
    ),
    "open-access": (
        '"open access and available to all", "freely available", "openly available", "checkpoints … '
        'included for transparency": anyone can get the artifacts. Says nothing about the licence '
        "terms. Profile `open-access` (obtainable without a gate)."
    ),
    "open-science": '"open science", "开放科学": everything needed to reproduce is public. Profile `osaid`.',
    "commercial-use": (
        '"free for commercial use", "licensed for commercial use", "commercially usable", '
        '"开源可商用", "免费商用", "允许商用": the terms allow commercial use. Profile `commercial-use`.'
    ),
    "open-license-term": (
        'a licence called open: "open-source licence", "permissive licence", "开源协议", '
        '"开源许可". Profile `license` (the named licence must be open).'
    ),
    "license-declaration": (
        "a declared licence: front matter `license:`/`license_name`/`license_link`, a licence "
        'badge, or prose such as "released under the MIT License", "本项目采用 Apache 2.0 许可证". '
        "`value` holds the licence as written. Profile `license` (the licence files must agree)."
    ),
}

# Which definition a kind implies; `open-source`/`fully-open` depend on the subject.
KIND_PROFILE: dict[str, str] = {
    "open-source": "osaid",
    "fully-open": "osaid",
    "open-weights": "open-weights",
    "open-model": "open-weights",
    "openly-released": "open-weights",
    "open-access": "open-access",
    "open-science": "osaid",
    "commercial-use": "commercial-use",
    "open-license-term": "license",
    "license-declaration": "license",
}
SUBJECT_PROFILE = {"code": "code-license", "data": "data-license"}
# A licence text calling itself open ("This Agreement is an open-source license") is the
# licensor's wording, not the release's claim: reported, judged as a note on the licence.
LICENSE_SELF_PROFILE = "license-self"

SUBJECTS = ("model", "weights", "code", "data", "unclear")

# Bounds on work per document: claims live in prose lines, not in megabyte-long ones.
MAX_LINE_CHARS = 4000
MAX_CLAIMS_PER_DOC = 1000
# Characters of the lines holding a claim word that are scanned, per document (shared corpus maximum:
# 21 KB); past it, a report note names the line reading stopped at.
MAX_SCANNED_CHARS = 256 * 1024
MAX_SCANNED_LINES = 2_000  # lines scanned for claims, per document (shared corpus maximum: 92)

# Documents whose words are not statements about the release.
_SKIP_KINDS = frozenset({PACKAGE, ADAPTER_CONFIG})
# Licence texts describe a licence: only "this licence is open source" counts there.
_LICENSE_TEXT_KINDS = frozenset({LICENSE, USE_POLICY, NOTICE})


# A phrase found on a line, before it becomes a `Claim` (positions are offsets in the line).
@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    language: str
    subject: str
    value: str | None = None


# --------------------------------------------------------------------------- API


def extract(doc: Document, notes: list[str] | None = None, identity: Identity | None = None) -> list[Claim]:
    """Claims in one document, in line/column order. Never raises. What a size limit left unread is
    added to `notes`. `identity` (who publishes the release, `openwash.identity`) tells its own
    names and links from other parties'."""
    if doc.kind in _SKIP_KINDS:
        return []
    from openwash.claims.frontmatter import _front_matter_claims
    from openwash.claims.scan import _body_claims

    try:
        claims = _front_matter_claims(doc) + _body_claims(doc, notes, identity)
    except (RecursionError, MemoryError, ValueError, TypeError, IndexError, KeyError, AttributeError):
        # A bug must not take the whole check down; the document just yields no claims.
        return []
    if doc.column_maps:  # the text was normalised (rendered.normalise): point at the file's column
        for claim in claims:
            claim.column = doc.original_column(claim.line, claim.column)
    claims.sort(key=lambda c: (c.line, c.column))
    return claims[:MAX_CLAIMS_PER_DOC]


def extract_all(docs: Iterable[Document], notes: list[str] | None = None, identity: Identity | None = None) -> list[Claim]:
    claims: list[Claim] = []
    for doc in docs:
        claims.extend(extract(doc, notes, identity))
    for number, claim in enumerate(claims, 1):
        claim.id = f"C{number}"
    return claims


def profile_for(kind: str, subject: str, *, in_license_text: bool = False) -> str:
    """The definition a claim of this kind about this subject is checked against."""
    if in_license_text:
        return LICENSE_SELF_PROFILE
    if kind in ("open-source", "fully-open") and subject in SUBJECT_PROFILE:
        return SUBJECT_PROFILE[subject]
    return KIND_PROFILE.get(kind, "osaid")
