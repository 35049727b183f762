"""Rules OW3xx: lineage, the terms a derived model inherits from its base model.

A fine-tune, adapter, merge or quantisation of a base model is a derivative of the base
weights; it cannot carry more permissive terms than the base allows.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass

from openwash import lineage, profiles
from openwash.context import CheckContext
from openwash.model import FAMILY_RESTRICTIVENESS, BaseModelRef, Claim, Finding
from openwash.rules import rule

LINEAGE_SOURCE = (
    "The base model's licence (e.g. Llama 2/3 Community Licences §1.b, Gemma Terms of Use §3, Qwen Research "
    "License §3): derivatives stay under the base terms; Hugging Face model card metadata (https://huggingface.co/docs/hub/model-cards), `base_model`"
)

# Hugging Face `license:` keys and knowledge-base keys → family, used when the licence
# knowledge base (openwash.licenses.knowledge) has no answer. Mirrors hf-license-ids.csv.
_FALLBACK_FAMILIES: dict[str, str] = {
    **{k: "osi-approved" for k in (
        "apache-2.0", "mit", "bsd-2-clause", "bsd-3-clause", "isc", "mpl-2.0", "gpl-2.0", "gpl-3.0", "lgpl-2.1", "lgpl-3.0",
        "agpl-3.0", "unlicense", "artistic-2.0", "afl-3.0", "bsl-1.0", "ecl-2.0", "epl-1.0", "epl-2.0", "eupl-1.1",
        "eupl-1.2", "ms-pl", "osl-3.0", "postgresql", "ncsa", "zlib", "ofl-1.1", "lppl-1.3c", "gpl", "lgpl", "bsd",
    )},
    **{k: "open-data" for k in (
        "cc0-1.0", "cc-by-2.0", "cc-by-2.5", "cc-by-3.0", "cc-by-4.0", "cc-by-sa-3.0", "cc-by-sa-4.0", "cdla-sharing-1.0",
        "cdla-permissive-1.0", "cdla-permissive-2.0", "odc-by", "odbl", "pddl", "openmdw-1.0", "openmdw-1.1", "c-uda", "etalab-2.0",
    )},
    **{k: "rail" for k in (
        "openrail", "openrail++", "bigscience-openrail-m", "creativeml-openrail-m", "bigscience-bloom-rail-1.0", "bigcode-openrail-m",
    )},
    **{k: "non-commercial" for k in (
        "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-4.0", "cc-by-nc-nd-3.0", "cc-by-nc-nd-4.0", "cc-by-nc-sa-2.0",
        "cc-by-nc-sa-3.0", "cc-by-nc-sa-4.0",
    )},
    "cc-by-nd-4.0": "no-derivatives",
    **{k: "vendor-community" for k in (
        "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "gemma", "grok2-community",
    )},
    **{k: "research-only" for k in (
        "deepfloyd-if-license", "fair-noncommercial-research-license", "h-research", "intel-research", "apple-amlr",
    )},
}


def license_family(key: str) -> str | None:
    """Family of a licence key: the knowledge base first, then the Hub-key table, then lineage's own keys."""
    key = key.strip().lower()
    if not key:
        return None
    family = _knowledge_family(key)
    if family:
        return family
    if key in _FALLBACK_FAMILIES:
        return _FALLBACK_FAMILIES[key]
    for entry in lineage.entries():
        if entry.license_key == key:
            return entry.family
    return None


def _knowledge_family(key: str) -> str | None:
    """Family from openwash.licenses.knowledge; None when it does not know the key (or is not there)."""
    try:
        from openwash.licenses import knowledge
    except ImportError:
        return None
    lookup = getattr(knowledge, "family_of", None)
    if not callable(lookup):
        return None
    try:
        family = lookup(key)
    except Exception:  # a knowledge base being rewritten must not break a check
        return None
    if isinstance(family, str) and family in FAMILY_RESTRICTIVENESS and family != "unknown":
        return family
    return None


@dataclass
class Declaration:
    """A licence the repository declares for its model."""

    key: str  # as declared ("openrail", "apache-2.0", "Apache License 2.0")
    family: str
    path: str
    line: int
    column: int = 1
    source: str = "front-matter"  # or the LicenseInfo source: "prose", "badge", "license-file"


def _declarations(ctx: CheckContext) -> list[Declaration]:
    """Front matter `license:` keys of model cards, and prose/badge/weights licences the licence stage found."""
    out: list[Declaration] = []
    seen: set[tuple[str, int]] = set()
    for doc in ctx.documents:
        fm = doc.front_matter
        if fm is None:
            continue
        value = fm.data.get("license")
        values = value if isinstance(value, list) else [value]
        for index, item in enumerate(values):
            if not isinstance(item, str):
                continue
            key = item.strip().lower()
            if key == "other" and isinstance(fm.data.get("license_name"), str):
                key = fm.data["license_name"].strip().lower()
            family = license_family(key)
            if not family or family == "unknown":
                continue
            line, column = fm.locate("license", index) if isinstance(value, list) else fm.locate("license")
            out.append(Declaration(item.strip(), family, doc.path, line, column))
            seen.add((doc.path, line))
    for info in ctx.licenses:
        declared_for_model = info.source in ("front-matter", "prose", "badge") and (not info.applies_to or "weights" in info.applies_to)
        if not (declared_for_model or "weights" in info.applies_to):
            continue
        if (info.path, info.line) in seen or info.family in (None, "unknown"):
            continue
        out.append(Declaration(info.key or info.id, info.family, info.path, info.line, source=info.source))
        seen.add((info.path, info.line))
    return out


def _refs_governing(ctx: CheckContext, path: str) -> list[BaseModelRef]:
    """Base-model references that speak for the document at `path`: its own, and adapter/merge configs beside or above it."""
    folder = posixpath.dirname(path)
    refs = []
    for ref in ctx.base_models:
        if ref.path == path:
            refs.append(ref)
        elif ref.signal in ("adapter-config", "mergekit"):
            ref_folder = posixpath.dirname(ref.path)
            if ref_folder == folder or ref_folder == "" or folder.startswith(ref_folder + "/"):
                refs.append(ref)
    return refs


def _claim_at(ctx: CheckContext, path: str, line: int) -> Claim | None:
    for claim in ctx.claims:
        if claim.path == path and claim.line == line and claim.kind == "license-declaration":
            return claim
    return None


def _front_matter_fix(source: str, license_key: str | None) -> str | None:
    """The exact front matter `openwash fix` writes for the base model's terms."""
    from openwash.licenses import knowledge

    entry = knowledge.lookup(license_key) if source == "front-matter" and license_key else None
    if entry is None or entry.is_unknown or not entry.source:
        return None
    return (
        f"Replace the `license:` line with `license: other`, `license_name: {entry.key}` and `license_link: {entry.source}` "
        "(`openwash fix` does it), and limit any permissive licence to your own code or data."
    )


def _where(ref: BaseModelRef) -> str:
    return f"{ref.path}:{ref.line}"


@rule(
    "OW301",
    "license-more-permissive-than-base-model",
    severity="error",
    summary="The declared licence is more permissive than the terms the base model's weights carry.",
    why="A fine-tune, adapter, merge or quantisation is a derivative of its base model's weights. The base "
    "licence (Llama, Gemma, Qwen Research, LLaMA-1's research licence, RAIL) keeps governing them, so a "
    "permissive label (apache-2.0, mit, cc-by-sa-4.0) misleads users into uses the base forbids.",
    source=LINEAGE_SOURCE,
    example="license: apache-2.0  with  base_model: google/embeddinggemma-300m  (Gemma Terms of Use)",
    fix="Declare the base model's terms (e.g. `license: llama2`, or `license: other` with `license_name`/`license_link` "
    "of the base licence), or start from a base whose terms allow the licence you want.",
)
def license_more_permissive_than_base(ctx: CheckContext) -> Iterator[Finding]:
    for decl in _declarations(ctx):
        governing = _refs_governing(ctx, decl.path)
        if decl.source != "front-matter":
            # a licence named in prose may speak for one of several models in a README; only a base
            # named in metadata is sure to be this model's
            governing = [r for r in governing if profiles.governs_prose_licence(ctx, r, decl.path, decl.line)]
        inherited = lineage.inherited_terms(governing, floors=True)
        if not inherited:
            continue
        base = inherited[0]
        base_family = lineage.family_floor(base) or "unknown"
        base_rank = FAMILY_RESTRICTIVENESS.get(base_family, -1)
        declared_rank = FAMILY_RESTRICTIVENESS.get(decl.family, -1)
        if declared_rank < 0 or base_rank <= declared_rank:
            continue
        entry = lineage.entry(base.resolved or "")
        uncertain = entry is not None and entry.uncertain
        if base.license_key:
            terms, under = base.license_key, f"is under {base.license_key} ({base_family})"
        else:  # a version-less name: every version is at least this restrictive
            terms = f"the {entry.name.split(' (')[0] if entry else base.resolved} terms"
            under = f"is, whatever its version, under terms at least as restrictive as {base_family}"
        message = (
            f"declares `{decl.key}` ({decl.family}) but the base model `{base.raw}` ({_where(base)}, {base.resolved}) "
            f"{under}; a derived model cannot relax its base model's terms"
        )
        if uncertain:
            message += " (the base's terms are from openwash's lineage table, marked uncertain: check them)"
        if entry is not None and entry.source:
            message += f". Source: {entry.source}"
        yield ctx.finding(
            "OW301",
            decl.path,
            decl.line,
            message,
            _front_matter_fix(decl.source, base.license_key)
            or f"Declare {terms} for the weights (e.g. `license: other` with `license_name` and `license_link` of the base "
            f"licence), keep `base_model: {base.raw}`, and limit any permissive licence to your own code or data.",
            column=decl.column,
            claim=_claim_at(ctx, decl.path, decl.line),
            severity="warning" if uncertain else None,
        )


@rule(
    "OW302",
    "base-model-not-declared",
    severity="warning",
    summary="The card says the model is derived from a base model but its front matter names no `base_model:`.",
    why="Tools and readers find a model's lineage (and the terms it inherits) through `base_model:`; a base "
    "named only in prose or code is easily missed, and the Hub cannot link the model to its base.",
    source="Hugging Face model card metadata (https://huggingface.co/docs/hub/model-cards): base_model, base_model_relation",
    example='tokenizer = LLaMATokenizer.from_pretrained("decapoda-research/llama-7b-hf")  in a LoRA card with no base_model',
    fix="Add `base_model: <owner/name>` (and `base_model_relation: adapter|finetune|merge|quantized`) to the front matter.",
)
def base_model_not_declared(ctx: CheckContext) -> Iterator[Finding]:
    has_adapter = any(r.signal in ("adapter-config", "mergekit") for r in ctx.base_models)
    for doc in ctx.documents:
        if doc.front_matter is None and not (has_adapter and doc.path.count("/") == 0 and doc.kind == "card"):
            continue
        if doc.front_matter is not None and doc.front_matter.data.get("base_model"):
            continue
        named = [r for r in ctx.base_models if r.path == doc.path and r.signal != "front-matter" and r.resolved]
        if not named and has_adapter and doc.path.count("/") == 0:
            named = [r for r in ctx.base_models if r.signal in ("adapter-config", "mergekit") and r.resolved]
        if not named:
            continue
        first = min(named, key=lambda r: (r.path != doc.path, r.line))
        line = first.line if first.path == doc.path else (doc.front_matter.start_line if doc.front_matter else 1)
        yield ctx.finding(
            "OW302",
            doc.path,
            line,
            f"the model is derived from `{first.raw}` ({_where(first)}, {first.resolved}) but the card's front matter "
            "names no `base_model:`",
            f"Add `base_model: {first.raw if '/' in first.raw else '<owner/name of the base model>'}` to the front matter"
            + (f" (the base's terms: {first.license_key})." if first.license_key else "."),
        )


@rule(
    "OW303",
    "base-model-unresolvable",
    severity="note",
    summary="A base-model reference openwash could not resolve to a known model family and its terms.",
    why="The inherited terms of a derived model come from its base; a local path, a placeholder or an unknown "
    "id leaves them unchecked.",
    source="Hugging Face model card metadata (https://huggingface.co/docs/hub/model-cards): base_model must be a Hub model id",
    example="base_model: /root/autodl-tmp/models/qwen  (a local path)",
    fix="Name the base model by its Hub id (owner/name) and state its licence in the card.",
)
def base_model_unresolvable(ctx: CheckContext) -> Iterator[Finding]:
    seen: set[str] = set()
    for ref in ctx.base_models:
        if not ref.unresolvable:
            continue
        key = lineage.normalize(ref.raw)
        if key in seen:
            continue  # once per model id, however many documents name it
        seen.add(key)
        if ref.unresolvable.startswith("not a model family openwash knows"):
            yield ctx.finding(
                "OW303",
                ref.path,
                ref.line,
                f"base model `{ref.raw}` is a well-formed Hub id that openwash's knowledge base does not list: "
                "its terms were not looked up",
                "State the base model's licence in the card (e.g. 'fine-tuned from X, released under <licence>').",
            )
            continue
        if ref.resolved is not None and ref.unresolvable.startswith("local path"):
            yield ctx.finding(
                "OW303",
                ref.path,
                ref.line,
                f"base model `{ref.raw}` ({ref.signal}) is a {ref.unresolvable}",
                "Name the base model by its Hub id (owner/name) instead of a path on your machine, and state its "
                "licence in the card.",
            )
            continue
        yield ctx.finding(
            "OW303",
            ref.path,
            ref.line,
            f"base model `{ref.raw}` ({ref.signal}) could not be resolved: {ref.unresolvable}",
            "Name the base model by its Hub id (owner/name, e.g. `meta-llama/Llama-2-7b-hf`) and state the base "
            "model's licence in the card.",
        )


@rule(
    "OW304",
    "base-models-disagree",
    severity="warning",
    summary="The card's metadata names one base model and its text another.",
    why="The inherited terms follow the real base. When `base_model:` and the card's own text (a table, a "
    "'fine-tuned from' sentence) name different models, readers cannot tell which terms govern the weights.",
    source="Hugging Face model card metadata (https://huggingface.co/docs/hub/model-cards): base_model",
    example="base_model: Qwen/Qwen2.5-3B  but the model table says: | LegalOne-4B | Qwen3-4B-Base |",
    fix="Make `base_model:` list the model(s) the weights were actually trained from, and the text agree with it.",
)
def base_models_disagree(ctx: CheckContext) -> Iterator[Finding]:
    for doc in ctx.documents:
        declared = [r for r in ctx.base_models if r.path == doc.path and r.signal == "front-matter" and r.resolved]
        if not declared:
            continue
        declared_keys = {r.resolved for r in declared}
        for ref in ctx.base_models:
            if ref.path != doc.path or ref.signal in lineage.METADATA_SIGNALS or not ref.resolved:
                continue
            if ref.resolved in declared_keys or lineage.family_floor(ref) is None:
                continue
            names = ", ".join(f"`{r.raw}`" for r in declared)
            yield ctx.finding(
                "OW304",
                ref.path,
                ref.line,
                f"the text names `{ref.raw}` ({ref.resolved}, {ref.license_key or lineage.family_floor(ref)}) as the base "
                f"while the front matter says {names} ({_where(declared[0])})",
                "Correct `base_model:` or the text so that both name the model the weights were trained from.",
            )
