"""`openwash export g7`: which of the G7 "SBOM for AI – minimum elements" the release provides.

The G7 Cybersecurity Working Group's paper "Software Bill of Materials (SBOM) for Artificial
Intelligence – Minimum Elements" (published by BSI, ACN, ANSSI, CSE, CISA, NCSC and NCO on
2026-05-12, building on the G7 "Shared Vision on SBOM for AI" of June 2025) groups the
elements in seven clusters: Metadata, System Level Properties, Models, Dataset Properties,
Infrastructure, Security Properties and Key Performance Indicators. The elements are not
mandatory; they say what an SBOM for AI should be able to answer.

The report reads the CycloneDX ML-BOM openwash builds from the release (`export cyclonedx`)
and says, per element, whether it is `provided`, `partial`, `missing`, or `out-of-scope` (a
property of a deployed AI system, not of a model release: data flows between services, the
hardware a system runs on). It judges only what a repository can show; it adds nothing the
BOM does not hold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openwash.model import Report

SOURCE = (
    "G7 Cybersecurity Working Group, Software Bill of Materials (SBOM) for Artificial Intelligence – Minimum "
    "Elements (BSI, 2026-05-12; after the G7 Shared Vision on SBOM for AI, 2025)"
)
STATUSES = ("provided", "partial", "missing", "out-of-scope")
_DEPENDENCY_FILES = ("requirements.txt", "requirements-dev.txt", "pyproject.toml", "setup.py", "setup.cfg",
                     "environment.yml", "environment.yaml", "Pipfile", "poetry.lock", "uv.lock", "Dockerfile")
_SECURITY_FILES = ("SECURITY.md", "security.md", ".github/SECURITY.md", "docs/SECURITY.md")


@dataclass(frozen=True)
class Element:
    cluster: str
    id: str
    name: str
    status: str
    detail: str

    def to_dict(self) -> dict[str, str]:
        return {"cluster": self.cluster, "id": self.id, "element": self.name, "status": self.status, "detail": self.detail}


def assess(report: Report, root: Path | None = None, document: dict[str, Any] | None = None) -> list[Element]:
    """Every element of the seven clusters, judged on the release's CycloneDX ML-BOM."""
    from openwash.export import cyclonedx

    base = Path(root if root is not None else report.root)
    bom = document if document is not None else cyclonedx.build(report, base)
    return _Assessor(bom, report, base).elements()


def render(report: Report, root: Path | None = None, *, fmt: str = "text") -> str:
    elements = assess(report, root)
    counts = {s: sum(1 for e in elements if e.status == s) for s in STATUSES}
    if fmt == "json":
        return json.dumps(
            {"source": SOURCE, "summary": counts, "elements": [e.to_dict() for e in elements]}, indent=2, ensure_ascii=False
        ) + "\n"
    lines = [f"G7 SBOM for AI – minimum elements, as the release's CycloneDX ML-BOM provides them", f"({SOURCE})", ""]
    cluster = None
    for e in elements:
        if e.cluster != cluster:
            cluster = e.cluster
            lines.append(cluster)
        lines.append(f"  {e.status:<13}{e.name}: {e.detail}")
    lines.append("")
    lines.append(", ".join(f"{counts[s]} {s}" for s in STATUSES) + f" (of {len(elements)})")
    return "\n".join(lines) + "\n"


class _Assessor:
    def __init__(self, bom: dict[str, Any], report: Report, root: Path) -> None:
        self.bom = bom
        self.report = report
        self.root = root
        self.model: dict[str, Any] = bom.get("metadata", {}).get("component", {})
        self.card: dict[str, Any] = self.model.get("modelCard", {})
        self.components: list[dict[str, Any]] = bom.get("components", [])
        self.out: list[Element] = []

    def add(self, cluster: str, ident: str, name: str, status: str, detail: str) -> None:
        self.out.append(Element(cluster, ident, name, status, detail))

    def elements(self) -> list[Element]:
        self._metadata()
        self._system()
        self._models()
        self._datasets()
        self._infrastructure()
        self._security()
        self._kpi()
        return self.out

    # -- clusters

    def _metadata(self) -> None:
        c = "Metadata"
        meta = self.bom.get("metadata", {})
        tools = [t.get("name", "") + " " + t.get("version", "") for t in meta.get("tools", {}).get("components", [])]
        if meta.get("authors"):
            self.add(c, "MD-author", "SBOM author", "provided", "metadata.authors")
        else:
            self.add(c, "MD-author", "SBOM author", "partial", "written by a tool (" + ", ".join(tools) + "); the producer should add itself as metadata.authors")
        self.add(c, "MD-version", "SBOM version", "provided", f"serialNumber {self.bom.get('serialNumber')}, version {self.bom.get('version')}")
        self.add(c, "MD-format", "data format", "provided", f"{self.bom.get('bomFormat')} {self.bom.get('specVersion')} (JSON)")
        self.add(c, "MD-signature", "author signature", "missing", "openwash does not sign; sign the file (e.g. with cosign or CycloneDX JSF)")
        self.add(c, "MD-tool", "tool name and version", "provided" if tools else "missing", ", ".join(tools) or "no tool named")
        phases = [p.get("phase") for p in meta.get("lifecycles", []) if p.get("phase")]
        self.add(c, "MD-context", "generation context", "provided" if phases else "missing", "lifecycle phase: " + ", ".join(phases) if phases else "no lifecycle")
        self.add(c, "MD-timestamp", "timestamp", "provided" if meta.get("timestamp") else "missing", meta.get("timestamp", "none"))
        depends = [d for d in self.bom.get("dependencies", []) if d.get("dependsOn")]
        ancestors = self.model.get("pedigree", {}).get("ancestors", [])
        if depends or ancestors:
            self.add(c, "MD-dependencies", "dependency relationships", "provided",
                     f"{sum(len(d['dependsOn']) for d in depends)} dependency edge(s) (training data), {len(ancestors)} base model(s) as pedigree")
        else:
            self.add(c, "MD-dependencies", "dependency relationships", "missing", "the card names no training dataset and no base model")

    def _system(self) -> None:
        c = "System Level Properties"
        named = bool(self._property(self.model, "openwash:model-card"))
        self.add(c, "SLP-name", "name", "provided" if named else "partial", self.model.get("name", "") + ("" if named else " (the folder's name: no model card)"))
        self._producer(c, "SLP-producer")
        self._version(c, "SLP-version")
        self.add(c, "SLP-components", "components", "provided" if self.components else "missing", f"{len(self.components)} component(s): files, datasets")
        self.add(c, "SLP-timestamp", "timestamp (of the release)", "missing", "the repository states no release date openwash reads")
        self.add(c, "SLP-data-flow", "data flow and usage", "out-of-scope", "a property of a deployed AI system, not of a model release")
        params = self.card.get("modelParameters", {})
        if params.get("inputs") and params.get("outputs"):
            self.add(c, "SLP-io", "input/output properties", "provided", f"{params['inputs'][0]['format']} -> {params['outputs'][0]['format']} (pipeline_tag)")
        else:
            self.add(c, "SLP-io", "input/output properties", "missing", "no pipeline_tag in the card")
        uses = self.card.get("considerations", {}).get("useCases")
        if uses:
            self.add(c, "SLP-application", "intended application area", "provided", "the card's intended-use section")
        elif params.get("task"):
            self.add(c, "SLP-application", "intended application area", "partial", f"task only: {params['task']}")
        else:
            self.add(c, "SLP-application", "intended application area", "missing", "no intended-use section, no task")

    def _models(self) -> None:
        c = "Models"
        self.add(c, "MOD-name", "name", "provided" if self.model.get("name") else "missing", self.model.get("name", ""))
        purl = self.model.get("purl")
        self.add(c, "MOD-identifier", "identifier", "provided" if purl else "missing", purl or "no Hub link in the card: no purl")
        self._version(c, "MOD-version")
        self._producer(c, "MOD-producer")
        description = self.model.get("description")
        self.add(c, "MOD-description", "description", "provided" if description else "missing", (description or "no descriptive paragraph in the card")[:80])
        self.add(c, "MOD-timestamp", "timestamp", "missing", "the repository states no model date openwash reads")
        weights = [x for x in self.components if self._property(x, "openwash:weights") == "yes"]
        hashed = [x for x in weights if x.get("hashes")]
        if hashed:
            self.add(c, "MOD-hash", "hash value and algorithm", "provided", f"SHA-256 of {len(hashed)} weight file(s) (from Git LFS pointers or the files)")
        elif weights:
            self.add(c, "MOD-hash", "hash value and algorithm", "missing", f"{len(weights)} weight file(s), none hashed (weight bodies are never read)")
        else:
            self.add(c, "MOD-hash", "hash value and algorithm", "missing", "no weight file in the repository")
        params = self.card.get("modelParameters", {})
        arch = [params[k] for k in ("architectureFamily", "modelArchitecture", "task") if params.get(k)]
        self.add(c, "MOD-properties", "properties (architecture, task)", "provided" if len(arch) >= 2 else "partial" if arch else "missing", ", ".join(arch) or "no config.json, no pipeline_tag")
        limits = self.card.get("considerations", {}).get("technicalLimitations")
        self.add(c, "MOD-limitations", "limitations", "provided" if limits else "missing", "the card's limitations section" if limits else "no limitations section")
        licences = self.model.get("licenses", [])
        declared = [x["license"] for x in licences if x.get("license", {}).get("acknowledgement") == "declared"]
        if declared:
            self.add(c, "MOD-license", "license", "provided", ", ".join(x.get("id") or x.get("name", "") for x in declared))
        elif licences:
            self.add(c, "MOD-license", "license", "partial", "concluded by openwash, not declared by the release")
        else:
            self.add(c, "MOD-license", "license", "missing", "no licence found for the model")
        ancestors = self.model.get("pedigree", {}).get("ancestors", [])
        lineage = [a.get("name", "") for a in ancestors]
        self.add(c, "MOD-lineage", "base models (lineage)", "provided" if lineage else "missing", ", ".join(lineage)[:120] or "no base model named (a model trained from scratch has none)")
        refs = self.model.get("externalReferences", [])
        self.add(c, "MOD-references", "external references", "provided" if refs else "missing", f"{len(refs)} reference(s)" if refs else "none")

    def _datasets(self) -> None:
        c = "Dataset Properties"
        data = [x for x in self.components if x.get("type") == "data"]
        info = self.report.components.get("data-information")
        if data:
            self.add(c, "DP-identity", "datasets used", "provided", ", ".join(x["name"] for x in data)[:120])
        elif info is not None and info.present:
            self.add(c, "DP-identity", "datasets used", "partial", "training data described in prose; no dataset named")
        else:
            self.add(c, "DP-identity", "datasets used", "missing", "no training data named or described")
        located = [x for x in data if x.get("externalReferences")]
        self.add(c, "DP-provenance", "provenance (where to obtain)", "provided" if data and len(located) == len(data) else "partial" if located else "missing",
                 f"{len(located)} of {len(data)} dataset(s) with a location")
        licensed = [x for x in data if x.get("licenses")]
        self.add(c, "DP-license", "licence / terms", "provided" if data and len(licensed) == len(data) else "partial" if licensed else "missing",
                 f"{len(licensed)} of {len(data)} dataset(s) with known terms")
        card = self.report.components.get("data-card")
        has_card = card is not None and card.present
        self.add(c, "DP-content", "content, statistics, sensitivity", "partial" if has_card else "missing",
                 "a data card is present (openwash does not read its statistics)" if has_card else "no data card")

    def _infrastructure(self) -> None:
        c = "Infrastructure"
        found = [name for name in _DEPENDENCY_FILES if _regular_file(self.root, name)]
        self.add(c, "INF-software", "software dependencies", "partial" if found else "missing",
                 "declared in " + ", ".join(found) + " (not listed in the BOM)" if found else "no dependency manifest at the top level")
        self.add(c, "INF-hardware", "hardware", "out-of-scope", "a property of a deployed AI system, not of a model release")

    def _security(self) -> None:
        c = "Security Properties"
        policy = next((name for name in _SECURITY_FILES if _regular_file(self.root, name)), None)
        self.add(c, "SEC-policy", "cybersecurity policy information", "provided" if policy else "missing", policy or "no SECURITY.md")
        self.add(c, "SEC-controls", "security controls and compliance", "missing", "not stated in a form openwash reads")
        self.add(c, "SEC-vulnerabilities", "vulnerability referencing", "missing", "no vulnerability data (VEX) in the BOM")

    def _kpi(self) -> None:
        c = "Key Performance Indicators"
        metrics = self.card.get("quantitativeAnalysis", {}).get("performanceMetrics", [])
        evals = self.report.components.get("evaluation-results")
        if metrics:
            self.add(c, "KPI-performance", "operational performance", "provided", f"{len(metrics)} metric(s) from the card's model-index")
        elif evals is not None and evals.present:
            self.add(c, "KPI-performance", "operational performance", "partial", "evaluation results in the documents, not machine-readable (no model-index)")
        else:
            self.add(c, "KPI-performance", "operational performance", "missing", "no evaluation results")
        self.add(c, "KPI-security", "security metrics", "missing", "no security metrics stated")

    # -- helpers

    def _producer(self, cluster: str, ident: str) -> None:
        supplier = self.model.get("supplier", {}).get("name")
        self.add(cluster, ident, "producer", "provided" if supplier else "missing", supplier or "no Hub organisation in the card")

    def _version(self, cluster: str, ident: str) -> None:
        version = self.model.get("version")
        self.add(cluster, ident, "version", "provided" if version else "missing", version or "the card states no version")

    @staticmethod
    def _property(component: dict[str, Any], name: str) -> str | None:
        for prop in component.get("properties", []):
            if prop.get("name") == name:
                value = prop.get("value")
                return value if isinstance(value, str) else None
        return None


def _regular_file(root: Path, relpath: str) -> bool:
    path = root / relpath
    try:
        return path.is_file() and not path.is_symlink() and not path.parent.is_symlink()
    except OSError:
        return False
