"""What the CycloneDX export reads from the model card beyond `ReleaseInfo`: its description (the first
paragraph of prose), its limitations and intended uses (the first paragraph under matching headings),
the training datasets it names, its `model-index` results, a version, and the architecture from
config.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openwash.export.release import ReleaseInfo
from openwash.lazyre import lazy_compile

if TYPE_CHECKING:
    from openwash.documents import Document
    from openwash.evidence.training_data import TrainingDataset

MAX_METRICS = 50
MAX_TEXT = 500
_LIMITATIONS = lazy_compile(r"limitation|\bbias|\brisks?\b|out-of-scope|局限|限制|风险", re.I)
_USES = lazy_compile(r"intended\s+use|^uses$|use\s+cases?|direct\s+use|用途|使用场景", re.I)
_MARKUP = lazy_compile(r"!\[[^\]]*\]\([^)]*\)|<[^>]*>|\[([^\]]*)\]\([^)]*\)|[*_`#>|]")


# --------------------------------------------------------------------------- card facts


@dataclass
class CardFacts:
    """What the exports read from the model card beyond ReleaseInfo."""

    description: str | None = None
    limitations: list[str] = field(default_factory=list)
    uses: list[str] = field(default_factory=list)
    datasets: list[TrainingDataset] = field(default_factory=list)
    metrics: list[dict[str, str]] = field(default_factory=list)
    architecture: str | None = None  # config.json `architectures[0]`
    architecture_family: str | None = None  # config.json `model_type`
    version: str | None = None


def card_facts(root: Path, info: ReleaseInfo) -> CardFacts:
    from openwash import documents
    from openwash.evidence import training_data

    facts = CardFacts()
    facts.metrics = _metrics(info.meta)
    version = info.meta.get("version") or info.meta.get("model_version")
    if isinstance(version, (str, int, float)) and str(version).strip():
        facts.version = str(version).strip()[:60]
    _config(root, facts)
    if info.card_path is None:
        return facts
    doc = documents.load(root, info.card_path, documents.CARD)
    if not isinstance(doc, documents.Document):
        return facts
    facts.datasets = training_data.from_document(doc)
    facts.description = _first_paragraph(doc.lines[max(0, doc.body_start_line - 1) :])
    facts.limitations = _section_text(doc, _LIMITATIONS)
    facts.uses = _section_text(doc, _USES)
    return facts


def _metrics(meta: dict[str, Any]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    index = meta.get("model-index")
    if not isinstance(index, list):
        return out
    for model in index:
        results = model.get("results") if isinstance(model, dict) else None
        for result in results if isinstance(results, list) else []:
            if not isinstance(result, dict):
                continue
            dataset = result.get("dataset")
            slice_name = dataset.get("name") or dataset.get("type") if isinstance(dataset, dict) else None
            metrics = result.get("metrics")
            for metric in metrics if isinstance(metrics, list) else []:
                if not isinstance(metric, dict) or metric.get("value") is None:
                    continue
                kind = metric.get("type") or metric.get("name")
                entry = {"type": str(kind)[:100] if kind else "metric", "value": str(metric["value"])[:100]}
                if slice_name:
                    entry["slice"] = str(slice_name)[:200]
                out.append(entry)
                if len(out) >= MAX_METRICS:
                    return out
    return out


def _config(root: Path, facts: CardFacts) -> None:
    from openwash import textio

    try:
        data, _size = textio.read_repository_file(root / "config.json", 256 * 1024, inside=root)
        config = json.loads(data.decode("utf-8"))
    except (OSError, textio.NotText, ValueError):
        return
    if not isinstance(config, dict):
        return
    architectures = config.get("architectures")
    if isinstance(architectures, list) and architectures and isinstance(architectures[0], str):
        facts.architecture = architectures[0][:100]
    if isinstance(config.get("model_type"), str):
        facts.architecture_family = config["model_type"][:100]


def _plain(line: str) -> str:
    text = _MARKUP.sub(lambda m: m.group(1) or " ", line)
    return " ".join(text.split())


def _first_paragraph(lines: list[str]) -> str | None:
    in_code = False
    for raw in lines[:300]:
        stripped = raw.strip()
        if stripped.startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code or not stripped or stripped.startswith(("#", "|", "<", "![", "[![", "---", "===")):
            continue
        text = _plain(stripped)
        if len(text.split()) >= 8 or (not text.isascii() and len(text) >= 20):
            return text[:MAX_TEXT]
    return None


def _section_text(doc: Document, heading: re.Pattern[str]) -> list[str]:
    """The first paragraph under each heading that matches (at most three)."""
    from openwash.evidence.lines import _heading

    out: list[str] = []
    lines = doc.lines
    number = max(1, doc.body_start_line)
    while number <= len(lines) and len(out) < 3:
        match = _heading(lines[number - 1])
        number += 1
        if not match or not heading.search(_plain(match[1])):
            continue
        for follow in range(number, min(len(lines), number + 40) + 1):
            text = lines[follow - 1].strip()
            if _heading(lines[follow - 1]):
                break
            plain = _plain(text.lstrip("-*+ "))
            if len(plain.split()) >= 5 or (not plain.isascii() and len(plain) >= 12):
                out.append(plain[:MAX_TEXT])
                break
    return out
