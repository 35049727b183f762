"""The decisions: each component's presence and availability from what the scans found, the
licence that speaks for it, and the facts the profiles stage and the rules read (docs/evidence.md)."""

from __future__ import annotations

import functools
import os
import re
from typing import TYPE_CHECKING, Any

from openwash.evidence.files import _only_finetuning
from openwash.evidence.findings import MAX_EVIDENCE, _Site
from openwash.evidence.gates import _WEIGHTS_TOPIC, share_repository_gates
from openwash.evidence.weights import _HOSTED_API_KINDS, _api_signals
from openwash.lazyre import compile_pattern, lazy_compile
from openwash.model import FAMILY_RESTRICTIVENESS, OPEN_FAMILIES

if TYPE_CHECKING:
    from openwash.context import CheckContext
    from openwash.evidence.findings import _Builder, _Findings
    from openwash.model import BaseModelRef

# Which licence scope (LicenseInfo.applies_to) speaks for each component.
COMPONENT_SCOPE: dict[str, str] = {
    "model-architecture": "code",
    "training-code": "code",
    "inference-code": "code",
    "evaluation-code": "code",
    "data-preprocessing-code": "code",
    "supporting-libraries-and-tools": "code",
    "model-parameters-final": "weights",
    "model-parameters-intermediate": "weights",
    "model-metadata": "weights",
    "datasets": "data",
    "evaluation-data": "data",
    "data-information": "docs",
    "technical-report": "docs",
    "research-paper": "docs",
    "evaluation-results": "docs",
    "model-card": "docs",
    "data-card": "docs",
    "sample-model-outputs": "docs",
}


def _decide_weights(found: _Findings, builder: _Builder) -> None:
    # A root card with Hub gating keys is the card of a gated Hub repository: the files of this tree
    # are downloadable there only through the access request, so they are gated, not in-repo/lfs.
    tree_gated = _add_hub_gate(found, builder)
    for entry in found.weight_files:
        builder.add("model-parameters-final", "gated" if tree_gated else "in-repo", entry.path)
    for entry in found.lfs_weights:
        builder.add("model-parameters-final", "gated" if tree_gated else "lfs", entry.path)
    for entry in found.intermediate_files:
        tree_availability = "lfs" if entry.lfs is not None else "in-repo"
        builder.add("model-parameters-intermediate", "gated" if tree_gated else tree_availability, entry.path)
    if found.optimizer_files:
        builder.note("model-parameters-intermediate", "optimizer state files present")
        for entry in found.optimizer_files:
            builder.add("model-metadata", "lfs" if entry.lfs is not None else "in-repo", entry.path)
    if found.lfs_weights and not found.weight_files and not tree_gated:
        builder.note("model-parameters-final", "weights are Git LFS pointers: run `git lfs pull` to fetch them")
    sites = found.sites
    if found.weights_withdrawn and not (found.weight_files or found.lfs_weights):
        # the release's own card says its weights were deleted from the hub: what still links there fetches nothing
        said = found.weights_withdrawn[0]
        builder.note("model-parameters-final", f"{said.path}:{said.line} says the weights were withdrawn; the links to them are not a route")
        return
    if not sites:
        _decide_intermediate_mentions(found, builder)
        return
    share_repository_gates(sites)
    open_sites = [s for s in sites if not s.gated]
    chosen = open_sites or sites
    availability = "external" if open_sites else "gated"
    for site in chosen:
        builder.add("model-parameters-final", availability, site.path, site.line)
    if not open_sites and not (tree_gated and len(sites) == 1):  # a lone Hub gate is noted already
        gate = sites[0]
        builder.note("model-parameters-final", f"every download route found is gated ({gate.gate!r} at {gate.path}:{gate.gate_line})")
    elif len(open_sites) < len(sites):
        builder.note("model-parameters-final", "some download routes are gated, others are not")
    _decide_intermediate_mentions(found, builder)


def _add_hub_gate(found: _Findings, builder: _Builder) -> bool:
    """Record a card's Hub gate as a gated route to the weights; true when it gates this tree's files."""
    gate = found.hub_gate
    if gate is None:
        return False
    path, line, key = gate["path"], gate["line"], gate["key"]
    found.sites.insert(0, _Site(path, line, "hub", "gated Hugging Face repository", gated=True, gate=key, gate_line=line))
    builder.add("model-parameters-final", "gated", path, line)
    builder.note("model-parameters-final", f"the card's front matter gates its Hugging Face repository ({key} at {path}:{line})")
    return bool(gate["root"])


def _decide_intermediate_mentions(found: _Findings, builder: _Builder) -> None:
    if len(found.step_revisions) >= 2:
        found.intermediate_mentions.extend(list(found.step_revisions.values())[:MAX_EVIDENCE])
    if not found.intermediate_mentions:
        return
    availability = "external"
    comp = builder.components["model-parameters-final"]
    if comp.availability == "gated":
        availability = "gated"
    for location in found.intermediate_mentions:
        builder.add("model-parameters-intermediate", availability, location.path, location.line)


def _decide_api_only(ctx: CheckContext, found: _Findings, builder: _Builder) -> None:
    """`facts["api_only"]`: the release offers the model only through a hosted API (None otherwise).

    Never a guess: only when nothing anywhere points at weights (files, LFS pointers, links, download
    code or scripts, gates on the weights, Hub gating, `external:` weights) and the documents say so
    plainly: "available only through our API", or two kinds of signal of which one is an API key or
    a per-token price (an SDK plus a key, a price table plus "through the X API", 按token计费 …).
    """
    ctx.facts["api_only"] = None
    if _has_weights_evidence(found, builder):
        return
    signals = _api_signals(found.primary_docs)
    kinds = {signal["kind"] for signal in signals}
    if not ("api-only" in kinds or (len(kinds) >= 2 and kinds & _HOSTED_API_KINDS)):
        return
    first = signals[0]
    ctx.facts["api_only"] = {"path": first["path"], "line": first["line"], "signals": signals[:MAX_EVIDENCE]}
    builder.note(
        "model-parameters-final",
        f"the model is offered only through an API ({first['path']}:{first['line']}: {first['text']!r}); no weights are published",
    )


def _has_weights_evidence(found: _Findings, builder: _Builder) -> bool:
    if builder.components["model-parameters-final"].present or builder.components["model-parameters-intermediate"].present:
        return True
    if found.sites or found.hub_gate or found.empty_weights or found.download_scripts or found.optimizer_files:
        return True
    from openwash.licenses.declarations import MAX_LINE_CHARS

    lines = {doc.path: doc.lines for doc in found.primary_docs}
    for gate in found.gates:  # a gate on the weights, even one with no route, speaks of weights
        doc_lines = lines.get(gate["path"])
        if doc_lines is not None and _WEIGHTS_TOPIC.search(doc_lines[gate["line"] - 1][:MAX_LINE_CHARS]):
            return True
    return False


def _decide_data(ctx: CheckContext, found: _Findings, builder: _Builder) -> None:
    for location in found.dataset_links:
        builder.add("datasets", "external", location.path, location.line)
    for location in found.data_files:
        builder.add("datasets", "in-repo", location.path, location.line)
    for location in found.eval_data_links:
        builder.add("evaluation-data", "external", location.path, location.line)
    for location in found.data_cards:
        builder.add("data-card", "in-repo", location.path, location.line)
    described = found.data_sections + found.data_prose + found.data_cards
    public = [location for _key, location in found.public_datasets]
    for location in found.dataset_links + found.data_files + public + described:
        builder.add("data-information", "in-repo", location.path, location.line)
    # released: datasets shipped, linked, or public ones named (where to get them is known); described: prose only.
    level = "released" if found.data_files or found.dataset_links or public else ("described" if described else "none")
    if level == "described":
        builder.note("data-information", "training data is described in prose only; no dataset is linked or shipped")
    if level == "none" and found.data_pointers:
        # "training data (see code repo) released": the documents say where the data is, not what it is
        for location in found.data_pointers:
            builder.add("data-information", "external", location.path, location.line)
        builder.note("data-information", "the documents say the training data is released elsewhere and link to it; openwash cannot check it")
    if found.data_withheld and level == "none":
        builder.note("data-information", "the documents say the training data is not released or leave the section empty")
    ctx.facts["data_information"] = {
        "level": level,
        "datasets": sorted(set(found.dataset_names) | {key for key, _ in found.public_datasets}),
        "sections": [loc.to_dict() for loc in found.data_sections[:MAX_EVIDENCE]],
        "prose": [loc.to_dict() for loc in found.data_prose[:MAX_EVIDENCE]],
        "withheld": [loc.to_dict() for loc in found.data_withheld[:MAX_EVIDENCE]],
        "pointers": [loc.to_dict() for loc in found.data_pointers[:MAX_EVIDENCE]] if level == "none" else [],
    }


def _decide_trainer_configs(ctx: CheckContext, builder: _Builder) -> None:
    """No training code in the tree, but a run configuration that launches a trainer from elsewhere: the training
    code is declared to live elsewhere (external)."""
    if builder.components["training-code"].present:
        return
    from openwash.evidence.files import training_configs_elsewhere

    configs = training_configs_elsewhere(ctx)
    for location in configs:
        builder.add("training-code", "external", location.path, location.line)
    if configs:
        first = configs[0]
        builder.note("training-code", f"{first.path}:{first.line} launches a trainer that is not in the tree: the training code lives elsewhere")


def _decide_code_links(found: _Findings, builder: _Builder) -> None:
    for key, location in found.code_links:
        before = builder.components[key].present
        builder.add(key, "external", location.path, location.line)
        if not before:
            builder.note(key, "lives in another repository linked from the documents")


def _decide_documents(found: _Findings, builder: _Builder) -> None:
    for location in found.paper_links:
        builder.add("research-paper", "in-repo", location.path, location.line)
    for location in found.report_links:
        builder.add("technical-report", "in-repo", location.path, location.line)
    if found.paper_links and not found.report_links:
        builder.add("technical-report", "in-repo", found.paper_links[0].path, found.paper_links[0].line)
        builder.note("technical-report", "a research paper stands in for the technical report (MOF)")
    for location in found.eval_tables:
        builder.add("evaluation-results", "in-repo", location.path, location.line)
    for location in found.model_cards:
        builder.add("model-card", "in-repo", location.path, location.line)


def _apply_external(ctx: CheckContext, builder: _Builder) -> None:
    """`external:` entries in the configuration declare components that live elsewhere."""
    from openwash.config import EXTERNAL_KEYS

    external = getattr(ctx.config, "external", {}) or {}
    if not external:
        return
    source = _config_relpath(ctx)
    for key, value in external.items():
        for component in EXTERNAL_KEYS.get(key, ()):
            line = _config_line(ctx, key)
            builder.add(component, "external", source, line)
            builder.note(component, f"declared external in the configuration: {value}")


@functools.lru_cache(maxsize=1)
def _open_families() -> dict[str, dict[str, Any]]:
    from openwash import datafiles

    return {entry["key"]: entry for entry in datafiles.load("open_families.json")["families"]}


_KNOWN_COMPONENTS = ("training-code", "model-architecture", "data-information")


def _apply_known_openness(ctx: CheckContext, builder: _Builder) -> None:
    """A release by the publisher of a well-known fully open family (Pythia, GPT-NeoX, OLMo, Amber), or a
    quantisation of one of its models (a conversion that trains nothing), brings the family's known training
    code and data information along when the repository does not ship them: `external`, with the link that
    shows the release is the family's and a note naming where they live."""
    # the family's own publisher: a model of another organisation named after the family's architecture
    # ("Langboat/mengzi-gpt-neo-base", trained from scratch on a GPT-Neo design) has its own, unknown recipe
    candidates = [(ref, "whose publisher this release is") for ref in ctx.facts.get("own_family_models", []) if _by_family_publisher(ref)]
    candidates += [(ref, "of which this release is a quantisation") for ref in ctx.base_models if _quantisation_of(ctx, ref)]
    for ref, how in candidates:
        family = _open_families().get(ref.resolved or "")
        if family is None:
            continue
        for component in _KNOWN_COMPONENTS:
            if component == "training-code":
                # the family's pre-training code is known, so fine-tuning code in the repository is not all there is
                builder.pretraining_known = True
            if builder.components[component].present:
                continue
            builder.add(component, "external", ref.path, ref.line)
            builder.note(component, f"known for {family['name']}, {how}: {family[component]}")
        return


def _by_family_publisher(ref: BaseModelRef) -> bool:
    from openwash.lineage.families import normalize, resolve

    resolution = resolve(ref.raw)
    owner = normalize(ref.raw).partition("/")[0]
    return resolution is not None and owner in resolution.entry.publishers


_FINETUNE_WORD = lazy_compile(r"fine-?tun|微调|微調", re.IGNORECASE)
_GUIDE_LINES = 20


def _finetuning_guide_for_own_models(ctx: CheckContext, paths: list[str]) -> dict[str, Any] | None:
    """The guide beside the fine-tuning scripts says they fine-tune the release's own models ("scripts for easy
    finetuning of the pretrained MiniCPM-V 4.0 … on downstream tasks"): they are for users, so they cannot be the
    code that derived those models from a base. The guide's line, or None."""
    from openwash import identity

    own = identity.of(ctx)
    folders = {path.rpartition("/")[0] for path in paths if "/" in path}
    for doc in ctx.documents:
        if doc.path.rpartition("/")[0] not in folders:
            continue
        for number, line in enumerate(doc.lines[:_GUIDE_LINES], start=1):
            if _FINETUNE_WORD.search(line) and own.mentions_own_name(line):
                return {"path": doc.path, "line": number}
    return None


_QUANTISED_TAGS = frozenset({"gguf", "ggml", "awq", "gptq", "exl2", "quantized", "quantised"})


def _quantisation_of(ctx: CheckContext, ref: BaseModelRef) -> bool:
    """The release is `ref` quantised: `base_model_relation: quantized`, or the card that names it is a
    quantiser's (`quantized_by:`, or a gguf/awq/gptq tag)."""
    if ref.relation == "quantized":
        return True
    if ref.signal != "front-matter":
        return False
    doc = ctx.document(ref.path)
    meta = doc.meta if doc is not None and isinstance(doc.meta, dict) else {}
    tags = meta.get("tags")
    tag_set = {str(t).lower() for t in tags} if isinstance(tags, list) else set()
    return "quantized_by" in meta or bool(tag_set & _QUANTISED_TAGS)


def _config_relpath(ctx: CheckContext) -> str:
    source = getattr(ctx.config, "source", None)
    if not source:
        return ".openwash.yml"
    try:
        return os.path.relpath(source, ctx.root).replace(os.sep, "/")
    except ValueError:
        return str(source)


def _config_line(ctx: CheckContext, key: str) -> int:
    source = getattr(ctx.config, "source", None)
    if not source:
        return 1
    try:
        with open(source, "rb") as handle:
            text = handle.read(256 * 1024).decode("utf-8", "replace")
    except OSError:
        return 1
    pattern = compile_pattern(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[:=]")
    for number, line in enumerate(text.split("\n"), 1):
        if pattern.match(line):
            return number
    return 1


def _apply_licenses(ctx: CheckContext, builder: _Builder) -> None:
    """Attach the licence that speaks for each component's scope.

    A licence scoped to `code`/`weights`/`data`/`docs` covers the components of that
    content type. With no scoped licence for code or docs, a lone unscoped repository
    licence (one licence id at the root) is taken to cover them, with a note; weights and
    data are never covered by implication here (the profiles stage judges that).
    When several licences speak for a scope, the most restrictive family is reported.
    """
    licenses = list(getattr(ctx, "licenses", []) or [])
    if not licenses:
        return
    by_scope: dict[str, list[Any]] = {}
    for info in licenses:
        for scope in info.applies_to or []:
            by_scope.setdefault(scope, []).append(info)
    unscoped = [i for i in licenses if not i.applies_to and "/" not in i.path and i.id and i.id != "unknown"]
    lone = unscoped if len({i.id for i in unscoped}) == 1 else []
    for key, comp in builder.components.items():
        if not comp.present:
            continue
        scope = COMPONENT_SCOPE[key]
        governing = by_scope.get(scope, [])
        implied = False
        if not governing and scope in ("code", "docs") and lone:
            governing, implied = lone, True
        if not governing:
            continue
        worst = max(governing, key=lambda i: FAMILY_RESTRICTIVENESS.get(i.family, -1))
        comp.license = worst.id
        families = {i.family for i in governing}
        comp.open_license = None if "unknown" in families else families <= OPEN_FAMILIES
        if implied:
            builder.note(key, f"licence taken from the repository licence {worst.path} (not limited to any part)")


def _store_facts(ctx: CheckContext, found: _Findings, builder: _Builder) -> None:
    ctx.facts["weights_files"] = [e.path for e in found.weight_files]
    ctx.facts["lfs_weights"] = [e.path for e in found.lfs_weights]
    ctx.facts["weights_links"] = [s.to_fact() for s in found.sites]
    ctx.facts["gated"] = [
        {"path": s.path, "line": s.gate_line or s.line, "phrase": s.gate, "site": f"{s.path}:{s.line}"} for s in found.sites if s.gated
    ]
    ctx.facts["gating_phrases"] = found.gates
    ctx.facts["hub_gate"] = found.hub_gate
    ctx.facts["intermediate_checkpoints"] = [loc.to_dict() for loc in found.intermediate_mentions[:MAX_EVIDENCE]] + [
        {"path": e.path, "line": 1} for e in found.intermediate_files[:MAX_EVIDENCE]
    ]
    ctx.facts["weight_indexes"] = found.indexes
    ctx.facts["safetensors_problems"] = found.safetensors_problems
    ctx.facts["training_configs"] = found.training_configs
    ctx.facts["training_code_withheld"] = [loc.to_dict() for loc in found.training_code_withheld[:MAX_EVIDENCE]]
    withdrawn = not builder.components["model-parameters-final"].present and found.weights_withdrawn
    ctx.facts["weights_withdrawn"] = found.weights_withdrawn[0].to_dict() if withdrawn else None
    training = builder.components["training-code"]
    ctx.facts["training_code_kind"] = (
        None
        if not training.present
        else (
            "fine-tuning"
            if builder.training_paths and _only_finetuning(builder.training_paths) and not builder.pretraining_known
            else "full"
        )
    )
    if ctx.facts["training_code_kind"] == "fine-tuning":
        ctx.facts["finetunes_own_models"] = _finetuning_guide_for_own_models(ctx, builder.training_paths)
    ctx.facts["paper_links"] = [loc.to_dict() for loc in found.paper_links[:MAX_EVIDENCE]]
    ctx.facts["download_scripts"] = found.download_scripts
    ctx.facts["empty_weight_files"] = found.empty_weights
    ctx.facts["code_links"] = [{"component": key, **loc.to_dict()} for key, loc in found.code_links]
    notes = ctx.facts.setdefault("notes", [])
    for note in found.notes + _prose_cut_notes(ctx):
        if note not in notes:
            notes.append(note)


def _prose_cut_notes(ctx: CheckContext) -> list[str]:
    """What the licence stage's prose scanners left unread in large documents (see `declarations`)."""
    from openwash.licenses.declarations import prose_cuts

    out: list[str] = []
    for doc in ctx.documents:
        if doc._lines is not None:  # never split a document just to ask
            out += prose_cuts(doc.lines)
    return out
