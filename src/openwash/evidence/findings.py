"""What the scans gather before anything is decided, and how evidence accumulates per component.

`_Findings` holds every signal of the stage (files, routes to the weights, gates, links, data
descriptions, …); `_Site` is one place where weights can be had from outside the tree; `_Builder`
keeps, per component, the best availability seen and the places that show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from openwash.model import COMPONENT_KEYS, Component, Location

if TYPE_CHECKING:
    from openwash.discover import FileEntry
    from openwash.documents import Document

AVAILABILITY_RANK = {"absent": 0, "gated": 1, "external": 2, "lfs": 3, "in-repo": 4}
MAX_EVIDENCE = 12  # locations kept per component; enough to point at, small enough to read


@dataclass
class _Site:
    """One place where weights can be obtained from outside the tree."""

    path: str
    line: int
    kind: str  # "hub", "model-hub", "torrent", "direct-url", "cloud-drive", "download-code", "download-script", "page"
    target: str  # the URL, script name or code fragment
    gated: bool = False
    gate: str | None = None  # the gating phrase found nearby
    gate_line: int | None = None

    def to_fact(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "kind": self.kind, "target": self.target, "gated": self.gated, "gate": self.gate}


@dataclass
class _Findings:
    """Everything gathered before deciding components."""

    weight_files: list[FileEntry] = field(default_factory=list)
    lfs_weights: list[FileEntry] = field(default_factory=list)
    intermediate_files: list[FileEntry] = field(default_factory=list)
    optimizer_files: list[FileEntry] = field(default_factory=list)
    sites: list[_Site] = field(default_factory=list)
    gates: list[dict[str, Any]] = field(default_factory=list)
    intermediate_mentions: list[Location] = field(default_factory=list)
    dataset_links: list[Location] = field(default_factory=list)
    dataset_names: list[str] = field(default_factory=list)
    public_datasets: list[tuple[str, Location]] = field(default_factory=list)  # (data/datasets.json key, where named)
    eval_data_links: list[Location] = field(default_factory=list)
    data_sections: list[Location] = field(default_factory=list)
    data_prose: list[Location] = field(default_factory=list)
    data_withheld: list[Location] = field(default_factory=list)
    data_pointers: list[Location] = field(default_factory=list)  # "training data (see code repo) released" with a link
    training_code_withheld: list[Location] = field(default_factory=list)
    data_files: list[Location] = field(default_factory=list)
    paper_links: list[Location] = field(default_factory=list)
    report_links: list[Location] = field(default_factory=list)
    eval_tables: list[Location] = field(default_factory=list)
    model_cards: list[Location] = field(default_factory=list)
    data_cards: list[Location] = field(default_factory=list)
    training_configs: list[str] = field(default_factory=list)
    indexes: list[dict[str, Any]] = field(default_factory=list)
    safetensors_problems: list[dict[str, Any]] = field(default_factory=list)
    download_scripts: list[str] = field(default_factory=list)
    empty_weights: list[str] = field(default_factory=list)
    weights_withdrawn: list[Location] = field(default_factory=list)  # "the weights have been deleted from my HuggingFace repos"
    code_links: list[tuple[str, Location]] = field(default_factory=list)
    step_revisions: dict[str, Location] = field(default_factory=dict)  # (component, where a linked repository holds it)
    hub_gate: dict[str, Any] | None = None  # Hub gating keys in a card's front matter: {path, line, key, root, terms}
    notes: list[str] = field(default_factory=list)  # what a size limit left unread (report notes)
    primary_docs: list[Document] = field(default_factory=list)  # the documents that speak for the release


class _Builder:
    """Accumulates evidence per component; the best availability wins."""

    def __init__(self) -> None:
        self.components = {key: Component(key) for key in COMPONENT_KEYS}
        self.notes: dict[str, list[str]] = {key: [] for key in COMPONENT_KEYS}
        self.training_paths: list[str] = []  # every in-tree training file (evidence keeps only a few)
        self.pretraining_known = False  # the release's own fully open family's training code is known

    def add(self, key: str, availability: str, path: str, line: int = 1) -> None:
        comp = self.components[key]
        comp.present = True
        if AVAILABILITY_RANK[availability] > AVAILABILITY_RANK[comp.availability]:
            comp.availability = availability
        location = Location(path, max(1, line))
        if len(comp.evidence) < MAX_EVIDENCE and location not in comp.evidence:
            comp.evidence.append(location)

    def note(self, key: str, text: str) -> None:
        if text not in self.notes[key]:
            self.notes[key].append(text)

    def finish(self) -> dict[str, Component]:
        for key, comp in self.components.items():
            if self.notes[key]:
                comp.note = "; ".join(self.notes[key])
        return self.components
