"""The training datasets a release names, resolved against the known datasets' terms (data/datasets.json).

Two ways a card names its training data: the Hugging Face `datasets:` list in the front matter
(Hub ids such as `tatsu-lab/alpaca`) and prose on a line that speaks of training ("fine-tuned
on the Alpaca data"). Both are resolved against `data/datasets.json`, which records each
dataset's terms, where they are stated, and whether they allow commercial use. Rule OW120 and
the CycloneDX export read the result; neither re-judges the weights' licence: the terms of
the training data do not automatically bind the weights.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openwash.evidence.data import KnownDataset, named_datasets, resolve_dataset

if TYPE_CHECKING:
    from openwash.documents import Document

MAX_FRONT_MATTER_DATASETS = 200


@dataclass(frozen=True)
class TrainingDataset:
    """One dataset a document names as training data."""

    name: str  # as written in `datasets:`, or the known dataset's name for prose
    path: str
    line: int
    how: str  # "front-matter" | "prose"
    known: KnownDataset | None  # None: not in data/datasets.json (terms unknown to openwash)

    @property
    def key(self) -> str:
        return self.known.key if self.known is not None else self.name.lower()


def from_document(doc: Document) -> list[TrainingDataset]:
    """The datasets `doc` names as training data, each once, front matter first."""
    from openwash.evidence.findings import _Findings
    from openwash.evidence.lines import _sections

    out: list[TrainingDataset] = []
    fm = doc.front_matter
    if fm is not None:
        raw = fm.data.get("datasets")
        if isinstance(raw, str):
            raw = [raw]
        if isinstance(raw, list):
            line, _ = fm.locate("datasets")
            for name in raw[:MAX_FRONT_MATTER_DATASETS]:
                if isinstance(name, str) and name.strip():
                    out.append(TrainingDataset(name.strip()[:200], doc.path, line, "front-matter", resolve_dataset(name)))
    found = _Findings()
    named_datasets(doc, _sections(doc.lines), found)
    by_key = {d.key: d for d in _known()}
    for key, location in found.public_datasets:
        known = by_key.get(key)
        if known is not None:
            out.append(TrainingDataset(known.name, location.path, location.line, "prose", known))
    return unique(out)


def from_documents(docs: Iterable[Document]) -> list[TrainingDataset]:
    out: list[TrainingDataset] = []
    for doc in docs:
        out.extend(from_document(doc))
    return unique(out)


def unique(datasets: list[TrainingDataset]) -> list[TrainingDataset]:
    """One entry per dataset (the first place that names it)."""
    seen: set[str] = set()
    out = []
    for dataset in datasets:
        if dataset.key not in seen:
            seen.add(dataset.key)
            out.append(dataset)
    return out


def _known() -> tuple[KnownDataset, ...]:
    from openwash.evidence.data import known_datasets

    return known_datasets()
