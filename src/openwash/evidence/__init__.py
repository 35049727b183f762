"""Inventory of the artifacts a release ships, against the MOF components and OSAID's data information.

`inventory(ctx)` returns one `Component` per key of `model.COMPONENT_KEYS`, saying whether
the component is present and *how* it is available:

- `in-repo`  the artifact is in the tree (a real file);
- `lfs`      the tree holds Git LFS pointers to it;
- `external` a link, hub page, download script or code that fetches it (or `external:` in
             the configuration);
- `gated`    every route found is behind a request form, login or licence click-through;
- `absent`   nothing found.

Signals come from paths and names (the corpus stubs code bodies to one line), from the
documents already loaded by the pipeline (cards, READMEs: links, sections, phrases), and
from a few small files read bounded (weight indexes, training configs, safetensors headers).
Nothing from the repository is imported or executed.

Intermediate facts for the profiles stage and the rules go to `ctx.facts` (documented in
docs/evidence.md).

`inventory` below is the whole stage, in order; each module beside it decides one thing:

- `files`: what each file of the tree is, from its path (weights, code by role, configs, data);
- `weights`: weight indexes and safetensors headers, download routes, API-only releases;
- `documents`: which documents speak for the release, and what their lines, tables and front
  matter say (`links` classifies each link, `gates` finds what gates a route, `data` what
  describes the training data, `lines` which section a line is in);
- `decide`: each component's availability and licence from all of that, and the facts;
- `findings`: what the scans gather (`_Findings`, `_Site`) and the per-component `_Builder`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from openwash.evidence.data import _data_sections, named_datasets
from openwash.evidence.decide import (
    COMPONENT_SCOPE,
    _apply_external,
    _apply_known_openness,
    _apply_licenses,
    _decide_api_only,
    _decide_code_links,
    _decide_trainer_configs,
    _decide_data,
    _decide_documents,
    _decide_weights,
    _store_facts,
)
from openwash.evidence.documents import MAX_GATES, MAX_URLS, _doc_role, _scan_document, linked_pages
from openwash.evidence.files import _describe_doc_path
from openwash.evidence.links import own_front_matter_models, own_hub_organisation, own_hub_sites, own_organisation_models
from openwash.evidence.files import (
    CODE_SUFFIXES,
    CONFIG_SUFFIXES,
    DATA_SUFFIXES,
    MEDIA_SUFFIXES,
    WEIGHT_SUFFIXES,
    _describe,
    _scan_files,
)
from openwash.evidence.findings import AVAILABILITY_RANK, MAX_EVIDENCE, _Builder, _Findings
from openwash.evidence.gates import HUB_GATE_KEYS
from openwash.evidence.lines import _sections
from openwash.evidence.weights import _link_scripts_to_mentions, _scan_indexes, _scan_safetensors, card_holds_weights, own_package_loads
from openwash.model import Location

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.documents import Document
    from openwash.model import Component

__all__ = [
    "AVAILABILITY_RANK",
    "CODE_SUFFIXES",
    "COMPONENT_SCOPE",
    "CONFIG_SUFFIXES",
    "DATA_SUFFIXES",
    "HUB_GATE_KEYS",
    "MAX_EVIDENCE",
    "MAX_GATES",
    "MAX_URLS",
    "MEDIA_SUFFIXES",
    "WEIGHT_SUFFIXES",
    "inventory",
]


def _own_routes_elsewhere(ctx: CheckContext, found: _Findings, guides: list[Document]) -> None:
    """With no download route in the documents that speak for the release, two routes that only its own
    name can vouch for: its own package loading a checkpoint by name in those documents' code
    (`clip.load("ViT-B/32")`), and a Hub link to a model bearing its name in another README or guide of
    the repository (`guides`: a fine-tuning guide, a recipe)."""
    from openwash import identity

    own = identity.of(ctx)
    if not own.names:
        return
    for doc in found.primary_docs:
        found.sites.extend(own_package_loads(doc, own))
    for doc in guides:
        found.sites.extend(own_hub_sites(doc, own))
    if not found.sites:
        # the release's own documents: a Hub link to a model bearing its name on a line that also names its base
        # ("built on top of X-Base, which can be downloaded from [HF](…/acme/Acme-Math-V2)"), or its own
        # organisation's Hub page as the only link to the Hub (a "🤗 Hugging Face" badge): where its weights are
        for doc in found.primary_docs:
            found.sites.extend(own_hub_sites(doc, own) or own_hub_organisation(doc, own) or own_front_matter_models(doc, own))
    if not found.sites:
        # a root README that is an index of the release's parts ("- [F2LLM](./F2LLM/README.md)"): a Hub link to a model
        # of the release's own organisation on a page it sends its readers to
        linked = linked_pages(ctx)
        for doc in guides:
            if doc.path in linked:
                found.sites.extend(own_organisation_models(doc, own))
    if not found.sites:
        # a root Hugging Face card that says its repository holds the weights ("This repository contains the trained
        # weights", "Pre-trained checkpoint for X"): the card is the Hub repository's, and the files sit beside it there
        for doc in found.primary_docs:
            site = card_holds_weights(doc)
            if site is not None:
                found.sites.append(site)
                break


def inventory(ctx: CheckContext) -> dict[str, Component]:
    """Decide every component's presence and availability; store the facts behind them."""
    found = _Findings()
    builder = _Builder()
    # A generator: 100,000 path descriptions never need to be alive at the same time.
    _scan_files(ctx, (_describe(f) for f in ctx.inventory.files), found, builder)
    _scan_indexes(ctx, found)
    _scan_safetensors(ctx, found)
    guides: list[Document] = []  # READMEs that do not speak for the release (read only for its own Hub links)
    from openwash import identity

    embedded = identity.embedded_in(ctx)
    for doc in ctx.documents:
        # a project of its own copied in (a vendored folder, another repository's documentation site) speaks for that project
        role = None if identity.in_embedded_project(doc.path, embedded) else _doc_role(doc)
        if role == "primary":
            _scan_document(doc, found, builder)
            found.primary_docs.append(doc)
        elif role == "data":
            _data_sections(doc, _sections(doc.lines), found)
            found.data_cards.append(Location(doc.path, 1))
        elif role == "training":
            sections = _sections(doc.lines)
            _data_sections(doc, sections, found)
            named_datasets(doc, sections, found)
        elif doc.kind in ("card", "readme") and not _describe_doc_path(doc.path).vendored:
            guides.append(doc)
    if not found.sites:
        _own_routes_elsewhere(ctx, found, guides)
    _link_scripts_to_mentions(found)
    _decide_weights(found, builder)
    _decide_data(ctx, found, builder)
    _decide_documents(found, builder)
    _decide_code_links(found, builder)
    _decide_trainer_configs(ctx, builder)
    _apply_external(ctx, builder)
    _apply_known_openness(ctx, builder)
    _decide_api_only(ctx, found, builder)
    _apply_licenses(ctx, builder)
    _store_facts(ctx, found, builder)
    return builder.finish()
