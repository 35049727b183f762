"""The base models that structured files name: front matter `base_model:`, an adapter config's
`base_model_name_or_path`, a training recipe's one starting checkpoint, a mergekit config's models."""

from __future__ import annotations

import json
import re
from typing import Any

from openwash.documents import Document, training_recipe_name
from openwash.lazyre import lazy_compile
from openwash.lineage.ids import _make_ref
from openwash.model import BaseModelRef


def _front_matter_refs(doc: Document) -> list[BaseModelRef]:
    fm = doc.front_matter
    if fm is None:
        return []
    value = fm.data.get("base_model")
    relation = fm.data.get("base_model_relation")
    relation = relation if isinstance(relation, str) else None
    refs: list[BaseModelRef] = []
    if isinstance(value, str):
        refs.append(_make_ref(value, doc.path, fm.locate("base_model")[0], "front-matter", relation))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                refs.append(_make_ref(item, doc.path, fm.locate("base_model", index)[0], "front-matter", relation))
    return refs


def _line_of(doc: Document, needle: str, default: int = 1) -> int:
    for number, text in enumerate(doc.lines, 1):
        if needle in text:
            return number
    return default


def _adapter_config_refs(doc: Document) -> list[BaseModelRef]:
    name = doc.path.rsplit("/", 1)[-1].lower()
    if name.endswith(".json"):
        try:
            data = json.loads(doc.text)
        except (ValueError, RecursionError):
            return []
        if not isinstance(data, dict):
            return []
        value = data.get("base_model_name_or_path")
        if not isinstance(value, str):
            return []
        return [_make_ref(value, doc.path, _line_of(doc, "base_model_name_or_path"), "adapter-config", "adapter")]
    return _recipe_refs(doc) if training_recipe_name(doc.path) else _mergekit_refs(doc)


# `model_name_or_path: deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B` at the top level of a training recipe: the checkpoint
# training started from. A Hub id only (a local path says nothing); read as text, so no YAML parse of a large file.
_RECIPE_START = lazy_compile(
    r"^(?:model_name_or_path|base_model|pretrained_model_name_or_path|model_name|model_id)\s*:\s*[\"']?"
    r"(?P<id>[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*)[\"']?\s*(?:#.*)?$",
    re.MULTILINE,
)


MAX_RECIPE_CHARS = 64 * 1024


def _recipe_refs(doc: Document) -> list[BaseModelRef]:
    """The starting checkpoint a training recipe names (signal "code": a recipe is code, not the author's metadata).
    `stage.find_base_models` keeps these only when every recipe names the same one: a framework's recipes for many
    models are examples, not where this release started from."""
    text = doc.text[:MAX_RECIPE_CHARS]
    m = _RECIPE_START.search(text)
    return [_make_ref(m.group("id"), doc.path, text.count("\n", 0, m.start()) + 1, "code")] if m else []


def _mergekit_refs(doc: Document) -> list[BaseModelRef]:
    from openwash.frontmatter import MAX_FRONT_MATTER, FrontMatterError, parse_yaml

    if len(doc.text) > MAX_FRONT_MATTER:
        return []  # merge recipes are a few lines; a huge YAML file is not one
    parsed = parse_yaml(doc.text)
    if isinstance(parsed, FrontMatterError):
        return []
    data, positions = parsed
    found: list[tuple[str, tuple[Any, ...]]] = []
    if isinstance(data.get("base_model"), str):
        found.append((data["base_model"], ("base_model",)))
    for i, item in enumerate(data.get("models") or []):
        if isinstance(item, dict) and isinstance(item.get("model"), str):
            found.append((item["model"], ("models", i, "model")))
    for i, piece in enumerate(data.get("slices") or []):
        if not isinstance(piece, dict):
            continue
        for j, source in enumerate(piece.get("sources") or []):
            if isinstance(source, dict) and isinstance(source.get("model"), str):
                found.append((source["model"], ("slices", i, "sources", j, "model")))
    refs = []
    for value, key_path in found:
        line = positions.get(key_path, positions.get(key_path[:1], (1, 1)))[0]
        refs.append(_make_ref(value, doc.path, line, "mergekit", "merge"))
    return refs
