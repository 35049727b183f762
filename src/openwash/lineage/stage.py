"""The lineage stage: every base-model reference of a repository, minus links to its own
checkpoints, and the terms the weights inherit (most restrictive first)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from openwash.lazyre import lazy_compile
from openwash.lineage.families import METADATA_SIGNALS, _SIGNAL_STRENGTH, entry, normalize, resolve
from openwash.lineage.ids import _CODE_ID, _HF_LINK, _MENTION, _make_ref
from openwash.lineage.configs import _adapter_config_refs, _front_matter_refs
from openwash.lineage.signals import _markdown_refs
from openwash.model import FAMILY_RESTRICTIVENESS, BaseModelRef

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.identity import Identity


# ---------------------------------------------------------------------------
# Who publishes this repository (to skip a release's links to its own checkpoints)


def _own_owners(ctx: CheckContext) -> set[str]:
    """Organisations this repository is published under (see `openwash.identity`)."""
    from openwash import identity

    return set(identity.of(ctx).owners)


def _is_self_reference(ref: BaseModelRef, owners: set[str]) -> bool:
    """A reference to the publisher's own organisation, or to a family that organisation publishes."""
    owner, _, name = normalize(ref.raw).partition("/")
    if name and owner in owners:
        return True
    e = entry(ref.resolved) if ref.resolved else None
    return e is not None and bool(e.publishers & owners)


_KAGGLE_LINK = lazy_compile(r"https?://(?:www\.)?kaggle\.com/models/([\w.-]+/[\w.-]+)", re.IGNORECASE)
_MODELSCOPE_LINK = lazy_compile(r"https?://(?:www\.)?modelscope\.cn/models/([\w.-]+/[\w.-]+)", re.IGNORECASE)
_CLI_ID = lazy_compile(r"(?:huggingface-cli|hf)\s+download\s+([A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)")
MAX_OWN_MODELS = 200


def own_family_models(ctx: CheckContext) -> list[BaseModelRef]:
    """Models of a well-known family that this repository's own publisher links to (DOMAIN §8:
    a hub link into a well-known family brings that family's terms along).

    In the repository that publishes family X (the GitHub owner is one of X's publishers, or
    the Hub organisation of the link is the repository's owner), links to X's checkpoints are
    the release's own weights, not a base it derives from: their known terms are the weights'
    terms when the repository itself does not state them. Read from the root model cards only
    (sub-folder documents describe other things), code blocks included (`huggingface-cli
    download google/gemma-3-4b-it`). Signal "family-link"; never inherited as a base.
    """
    from openwash import documents as doc_kinds

    owners = _own_owners(ctx)
    if not owners:
        return []
    refs: list[BaseModelRef] = []
    seen: set[str] = set()
    for doc in ctx.documents:
        if doc.kind != doc_kinds.CARD or "/" in doc.path or not doc.is_markdown:
            continue
        text = doc.text
        if "/" not in text:
            continue
        for pattern in (_HF_LINK, _KAGGLE_LINK, _MODELSCOPE_LINK, _CLI_ID, _CODE_ID):
            for match in pattern.finditer(text):
                raw = match.group(1).rstrip(".")
                key = normalize(raw)
                if key in seen:
                    continue
                seen.add(key)
                owner = key.partition("/")[0]
                resolution = resolve(raw)
                if resolution is None or resolution.license_key is None:
                    continue
                if owner not in owners and not (resolution.entry.publishers & owners):
                    continue
                if owner not in resolution.entry.publishers and owner not in owners:
                    continue  # a third party's upload of the family
                line = text.count("\n", 0, match.start()) + 1
                ref = _make_ref(raw, doc.path, line, "family-link")
                if ref.family:
                    refs.append(ref)
                if len(refs) >= MAX_OWN_MODELS:
                    return _bearing_own_name(ctx, refs)
    return _bearing_own_name(ctx, refs)


def _bearing_own_name(ctx: CheckContext, refs: list[BaseModelRef]) -> list[BaseModelRef]:
    """When some of the publisher's linked models bear the release's own name (Qwen3-VL-8B-Instruct in QwenLM/Qwen3-VL),
    those are the release; the others (Qwen2.5-VL, Qwen2-VL in its news) are the publisher's earlier releases."""
    from openwash import identity

    names = [name for name in identity.of(ctx).names if len(name) >= 4]
    if not names or len(refs) < 2:
        return refs
    bearing = [ref for ref in refs if any(name in identity.normal_name(ref.raw.rpartition("/")[2]) for name in names)]
    return bearing or refs


# ---------------------------------------------------------------------------
# The stage


def find_base_models(ctx: CheckContext) -> list[BaseModelRef]:
    """Every base model the repository names, metadata first, one reference per model and document."""
    from openwash import documents as doc_kinds, identity

    owners = _own_owners(ctx)
    own = identity.of(ctx)
    others = identity.other_projects(ctx)
    refs: list[BaseModelRef] = []
    recipes: list[BaseModelRef] = []
    for doc in ctx.documents:
        if doc.kind != doc_kinds.ADAPTER_CONFIG and identity.in_embedded_project(doc.path, others):
            continue  # LLaMA-Factory's README naming the models it supports is not this release's lineage
        try:
            if doc.kind == doc_kinds.ADAPTER_CONFIG and doc_kinds.training_recipe_name(doc.path):
                if not identity.in_embedded_project(doc.path, others):
                    recipes.extend(r for r in _adapter_config_refs(doc) if not _is_self_reference(r, owners))
            elif doc.kind == doc_kinds.ADAPTER_CONFIG:
                refs.extend(_adapter_config_refs(doc))
            elif doc.kind in (doc_kinds.CARD, doc_kinds.README) and doc.is_markdown:
                refs.extend(_front_matter_refs(doc))
                if _TOKENIZER_FOLDER.search(doc.path):
                    continue  # `tokenizer/README.md` tells where the vocabulary comes from, not the weights
                # metadata is the author's own statement; prose that names the publisher's own models is not lineage
                refs.extend(
                    r
                    for r in _markdown_refs(doc, ctx.facts.setdefault("notes", []), own.is_own_name)
                    if not _is_self_reference(r, owners)
                )
        except (RecursionError, ValueError, TypeError) as exc:  # hostile input must not stop the pipeline
            ctx.facts.setdefault("notes", []).append(f"{doc.path}: base models could not be read completely ({exc})")
    # training recipes that all start from one checkpoint name the release's base; recipes for several are a framework's
    if len({normalize(r.raw) for r in recipes}) == 1:
        refs.extend(recipes)
    if not any(r.family for r in refs):
        refs.extend(_named_after_base(ctx, own, owners))
    return _dedupe(refs)


# A name part that adds nothing of the release's own: sizes, variants, formats ("8b", "instruct", "gguf").
_VARIANT_WORDS = lazy_compile(
    r"^(?:[-_. ]|v?\d+(?:\.\d+)*[bmk]?|e\d+b|a\d+b|instruct|chat|base|hf|it|pt|sft|dpo|gguf|gptq|awq|mlx|fp16|bf16|int[48]|\d+bit)*$",
    re.IGNORECASE,
)


def _named_after_base(ctx: CheckContext, own: Identity, owners: set[str]) -> list[BaseModelRef]:
    """The base a release's own model names start with, when nothing else names one: the repository
    `Gemma-2-Swahili`, the checkpoint `scb10x/llama3.1-typhoon2-audio-8b-instruct` linked from its README.

    A derivative is commonly named after its base, and the Llama 3 licences require it ("include 'Llama'
    at the beginning of any such AI model name"). Only a versioned family with known terms counts, at the
    very start of the name and followed by a word of the release's own (`llama3.1-8b-instruct` is the
    base itself); never a family the release's publisher publishes, and never when a root card says the
    model was trained from scratch. Only families whose terms are not OSI-approved count: the name is read
    for the terms it brings, and the names of permissive families double as architecture names that models
    trained from scratch reuse (`GPT2-Chinese`, `Phi2-mini-Chinese`). Signal "own-name", the weakest: read
    only when no other reference resolves.
    """
    from openwash import documents as doc_kinds, identity
    from openwash.lineage.signals import _says_from_scratch

    roots = [d for d in ctx.documents if d.kind == doc_kinds.CARD and "/" not in d.path and d.is_markdown]
    if any(_says_from_scratch(d.text) for d in roots):
        return []
    candidates: list[tuple[str, str, int]] = []  # (name or id, document, line)
    for slug in sorted(own.repositories):
        candidates.append((slug.rpartition("/")[2].partition("__")[0], "", 0))  # "<owner>__<name>__<card>" test folders
    for doc in roots:
        text = doc.text
        if "huggingface.co" not in text and "hf.co" not in text:
            continue
        for match in _HF_LINK.finditer(text):
            raw = match.group(1).rstrip(".")
            if own.is_own_url(match.group(0)) is True or own.mentions_own_name(raw.partition("/")[2]):
                candidates.append((raw, doc.path, text.count("\n", 0, match.start()) + 1))
    normal_owners = {identity.normal_name(o) for o in owners}
    for raw, path, line in candidates:
        name = raw.rpartition("/")[2]
        mention = _MENTION.match(name)
        if mention is None or _VARIANT_WORDS.match(name[mention.end() :]):
            continue
        family_name = mention.group(0).strip(" .:-_")
        resolution = resolve(family_name)
        if resolution is None or resolution.license_key is None or resolution.family in ("osi-approved", "unknown"):
            continue
        publishers = {identity.normal_name(p) for p in resolution.entry.publishers}
        owner = identity.normal_name(raw.partition("/")[0]) if "/" in raw else ""
        if owner in publishers or any(o.startswith(p) for o in normal_owners for p in publishers if len(p) >= 4):
            continue  # the family's own publisher: Stability-AI's stabilityai/…, xverse-ai's XVERSE-V-13B, bigscience/bloom-…
        if not path:  # the repository's name: cite the root card that bears it, or the tree
            path, line = (roots[0].path, 1) if roots else (".", 0)
        ref = _make_ref(family_name, path, line, "own-name")
        ref.raw = raw
        return [ref]
    return []


_TOKENIZER_FOLDER = lazy_compile(r"(?:^|/)(?:tokenizers?|vocab(?:ulary|s)?|sentencepiece|spm)/", re.IGNORECASE)


def _dedupe(refs: list[BaseModelRef]) -> list[BaseModelRef]:
    """One reference per (document, model), the strongest signal kept; metadata first, then by position."""
    best: dict[tuple[str, str], BaseModelRef] = {}
    order: list[tuple[str, str]] = []
    for ref in refs:
        key = (ref.path, ref.resolved if ref.resolved and ref.signal not in METADATA_SIGNALS else normalize(ref.raw))
        if key not in best:
            best[key] = ref
            order.append(key)
        elif _SIGNAL_STRENGTH.get(ref.signal, 9) < _SIGNAL_STRENGTH.get(best[key].signal, 9):
            best[key] = ref
    out = [best[k] for k in order]
    # weak references that restate a metadata reference (same resolved family) add nothing
    metadata_keys = {(r.path, r.resolved) for r in out if r.signal in METADATA_SIGNALS and r.resolved}
    out = [r for r in out if r.signal in METADATA_SIGNALS or (r.path, r.resolved) not in metadata_keys or not r.resolved]
    # … and so does a weak reference to the family a metadata reference names more precisely ("the Qwen 2.5 base model"
    # beside `base_model: Qwen/Qwen2.5-3B-Instruct`, whose entry qwen-2.5-3b refines qwen-2.5)
    out = [
        r for r in out
        if r.signal in METADATA_SIGNALS or not r.resolved or not any(key.startswith(r.resolved + "-") for _path, key in metadata_keys)
    ]
    out = [r for r in out if not _covered_by_specific(r, out)]
    out.sort(key=lambda r: (r.signal not in METADATA_SIGNALS, r.path, r.line))
    return out


def _covered_by_specific(ref: BaseModelRef, refs: list[BaseModelRef]) -> bool:
    """A version-less "LLaMA" says nothing more where the repository names the version ("LLaMA-7B") elsewhere."""
    e = entry(ref.resolved) if ref.resolved else None
    if e is None or not e.generic:
        return False
    return any(
        other.resolved
        and other.resolved != ref.resolved
        and (other.resolved.startswith(e.key + "-") or any(p.search(normalize(other.raw)) for p in e.patterns))
        for other in refs
    )


def family_floor(ref: BaseModelRef) -> str | None:
    """The family of a reference's terms, or for a version-less name ("LLaMA", "Stable
    Diffusion") the least restrictive family any version of it has."""
    if ref.family:
        return ref.family
    e = entry(ref.resolved) if ref.resolved else None
    return e.family if e is not None and e.generic else None


def inherited_terms(base_models: list[BaseModelRef], *, floors: bool = False) -> list[BaseModelRef]:
    """The references whose terms the weights inherit, most restrictive first.

    Metadata references win; prose references count only when no metadata reference
    resolves to a family. References with no family (unknown models, placeholders,
    version-less names) and `unknown` families are left out; with `floors=True`
    version-less names count with their family's floor (`family_floor`), which is what
    a rule needs to say "whatever version it is, its terms are at least …".
    """

    def rank(ref: BaseModelRef) -> int:
        family = family_floor(ref) if floors else ref.family
        return FAMILY_RESTRICTIVENESS.get(family or "unknown", -1)

    usable = [r for r in base_models if rank(r) >= 0]
    metadata = [r for r in usable if r.signal in METADATA_SIGNALS]
    chosen = metadata or usable
    return sorted(chosen, key=lambda r: -rank(r))


def most_restrictive(base_models: list[BaseModelRef]) -> BaseModelRef | None:
    """The inherited reference with the most restrictive terms, or None."""
    terms = inherited_terms(base_models)
    return terms[0] if terms else None


def describe(ref: BaseModelRef) -> str:
    """A short human description: "Qwen/Qwen2.5-3B-Instruct (qwen-2.5-3b: qwen-research, non-commercial)"."""
    if ref.resolved is None:
        return ref.raw
    terms = ref.license_key or "terms of the family"
    return f"{ref.raw} ({ref.resolved}: {terms}, {ref.family})"
