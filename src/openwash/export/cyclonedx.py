"""`openwash export cyclonedx`: a CycloneDX 1.6 ML-BOM of the release, built with cyclonedx-python-lib.

The same evidence as the SPDX and MOT exports (the report, plus the card's metadata from
`export.release`), written as CycloneDX:

- the model is `metadata.component` (type `machine-learning-model`, bom-ref `model`) with its
  declared licences (`acknowledgement: declared`: the card's `license:` and licence files for
  the weights) and the licence openwash concludes for the final weights (`concluded`), a
  `pkg:huggingface/…` purl when the card links the Hub, and openwash's verdict as properties;
- its base models as `pedigree.ancestors` (a fine-tune, adapter, merge or quantisation is a
  derivative of them), with the terms openwash's lineage table gives them;
- each training dataset the card names (front-matter `datasets:` and well-known datasets named
  in prose) as a `data` component with the terms recorded in data/datasets.json; the model
  depends on them (`dependencies`), and `modelCard.modelParameters.datasets` refers to them;
- the evidence files as `file` components with SHA-1 and SHA-256 (small files only: a weight
  body is never read; a Git LFS pointer gives the SHA-256 of the object it stands for);
- a `modelCard`: task, architecture (from config.json), inputs and outputs (from
  `pipeline_tag`), the card's `model-index` results as performance metrics, and the card's
  limitations and intended uses as considerations.

cyclonedx-python-lib 11 has no model for `modelCard` or `component.data` (its issues #912 and
#913), so the library builds and serialises everything else, the two fields are added to its
JSON output, and the whole document is then checked with the library's JSON schema validator
for CycloneDX 1.6 before it is written.

The library is an optional dependency (`pip install openwash[cyclonedx]`); without it the
command stops with a one-line error and exit code 2.
"""

from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from openwash.errors import OpenwashError
from openwash.export.release import WEIGHT_SUFFIXES, ReleaseInfo, file_facts, is_hub_id, release_info
from openwash.lazyre import lazy_compile
from openwash.model import MOF_COMPONENT_NAMES, LicenseInfo, Report

if TYPE_CHECKING:
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component as CdxComponent
    from cyclonedx.model.license import DisjunctiveLicense

    from openwash.documents import Document
    from openwash.evidence.training_data import TrainingDataset

SPEC_VERSION = "1.6"
MODEL_REF = "model"
MAX_METRICS = 50
MAX_TEXT = 500
INSTALL_HINT = "the CycloneDX export needs cyclonedx-python-lib: pip install 'openwash[cyclonedx]'"

# Hugging Face pipeline tags -> (inputs, outputs) as CycloneDX `inputOutputMLParameters.format`
_IO_BY_TAG: dict[str, tuple[str, str]] = {
    **{t: ("text", "text") for t in ("text-generation", "text2text-generation", "translation", "summarization",
                                     "question-answering", "conversational", "fill-mask", "table-question-answering")},
    **{t: ("text", "label") for t in ("text-classification", "token-classification", "zero-shot-classification")},
    **{t: ("text", "embedding") for t in ("feature-extraction", "sentence-similarity")},
    "automatic-speech-recognition": ("audio", "text"),
    "text-to-speech": ("text", "audio"),
    "text-to-audio": ("text", "audio"),
    "audio-classification": ("audio", "label"),
    "audio-to-audio": ("audio", "audio"),
    "voice-activity-detection": ("audio", "label"),
    "text-to-image": ("text", "image"),
    "image-to-image": ("image", "image"),
    "unconditional-image-generation": ("noise", "image"),
    "image-classification": ("image", "label"),
    "zero-shot-image-classification": ("image and text", "label"),
    "object-detection": ("image", "bounding boxes"),
    "image-segmentation": ("image", "segmentation mask"),
    "mask-generation": ("image", "segmentation mask"),
    "depth-estimation": ("image", "depth map"),
    "image-to-text": ("image", "text"),
    "image-text-to-text": ("image and text", "text"),
    "visual-question-answering": ("image and text", "text"),
    "document-question-answering": ("document image and text", "text"),
    "video-text-to-text": ("video and text", "text"),
    "text-to-video": ("text", "video"),
    "image-to-video": ("image", "video"),
    "video-classification": ("video", "label"),
    "any-to-any": ("any", "any"),
    "text-to-3d": ("text", "3d"),
    "image-to-3d": ("image", "3d"),
}
_LIMITATIONS = lazy_compile(r"limitation|\bbias|\brisks?\b|out-of-scope|局限|限制|风险", re.I)
_USES = lazy_compile(r"intended\s+use|^uses$|use\s+cases?|direct\s+use|用途|使用场景", re.I)
_MARKUP = lazy_compile(r"!\[[^\]]*\]\([^)]*\)|<[^>]*>|\[([^\]]*)\]\([^)]*\)|[*_`#>|]")
_REF_UNSAFE = lazy_compile(r"[^A-Za-z0-9._/:@-]+")


class CycloneDxExportError(Exception):
    """The BOM failed the library's schema validation (a bug in openwash, reported as such)."""


def available() -> bool:
    try:
        import cyclonedx  # noqa: F401
    except ImportError:
        return False
    return True


def _require() -> None:
    if not available():
        raise OpenwashError(INSTALL_HINT)


# --------------------------------------------------------------------------- public API


def build(report: Report, root: Path | None = None, *, created: datetime | None = None) -> dict[str, Any]:
    """The CycloneDX 1.6 document as a JSON mapping (library output plus `modelCard` and `data`)."""
    _require()
    builder = _Builder(report, Path(root if root is not None else report.root), created)
    return builder.document()


def validate(document: dict[str, Any]) -> list[str]:
    """The library's JSON schema validation messages for CycloneDX 1.6 (empty when valid)."""
    _require()
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    errors = JsonStrictValidator(SchemaVersion.V1_6).validate_str(json.dumps(document), all_errors=True)
    return [str(e) for e in errors] if errors else []


def render(report: Report, root: Path | None = None) -> str:
    """The validated document as CycloneDX 1.6 JSON."""
    document = build(report, root)
    problems = validate(document)
    if problems:
        raise CycloneDxExportError("; ".join(" ".join(p.split())[:300] for p in problems[:3]))
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def bom_ref(prefix: str, text: str) -> str:
    return f"{prefix}:{_REF_UNSAFE.sub('-', text).strip('-') or 'x'}"


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


# --------------------------------------------------------------------------- the builder


class _Builder:
    def __init__(self, report: Report, root: Path, created: datetime | None) -> None:
        self.report = report
        self.root = root
        self.created = (created or datetime.now(timezone.utc)).replace(microsecond=0)
        self.info = release_info(report, root)
        self.card = card_facts(root, self.info)
        self.components: list[CdxComponent] = []
        self.file_refs: dict[str, str] = {}
        self.dataset_refs: list[str] = []

    def document(self) -> dict[str, Any]:
        from cyclonedx.output.json import JsonV1Dot6

        bom = self.bom()
        with warnings.catch_warnings():
            # A release with no training dataset named has no dependency to list; the library warns that
            # the graph is incomplete. The BOM says what the evidence shows: nothing more to add.
            warnings.filterwarnings("ignore", message=".*has no defined dependencies.*", category=UserWarning)
            document: dict[str, Any] = json.loads(JsonV1Dot6(bom).output_as_string())
        model = document["metadata"]["component"]
        model["modelCard"] = self._model_card()
        by_ref = {c.get("bom-ref"): c for c in document.get("components", [])}
        for dataset in self.card.datasets:
            component = by_ref.get(bom_ref("dataset", dataset.name))
            if component is not None:
                component["data"] = [_component_data(dataset)]
        return document

    def bom(self) -> Bom:
        from cyclonedx.model.bom import Bom, BomMetaData
        from cyclonedx.model.component import Component, ComponentType
        from cyclonedx.model.lifecycle import LifecyclePhase, PredefinedLifecycle
        from cyclonedx.model.tool import ToolRepository

        model = self._model()
        self._datasets()
        self._evidence_files()
        tools = ToolRepository(
            components=[Component(type=ComponentType.APPLICATION, name="openwash", version=self.report.tool_version)]
        )
        metadata = BomMetaData(
            tools=tools,
            component=model,
            timestamp=self.created,
            lifecycles=[PredefinedLifecycle(LifecyclePhase.POST_BUILD)],
            properties=_properties({"openwash:generated-from": "the evidence in the repository (openwash check)"}),
        )
        bom = Bom(components=self.components, metadata=metadata)
        bom.register_dependency(model, [c for c in self.components if str(c.bom_ref) in self.dataset_refs])
        for component in self.components:
            bom.register_dependency(component, [])
        return bom

    # -- the model

    def _model(self) -> CdxComponent:
        from cyclonedx.model import ExternalReference, ExternalReferenceType, XsUri
        from cyclonedx.model.component import Component, ComponentType, Pedigree
        from cyclonedx.model.contact import OrganizationalEntity
        from packageurl import PackageURL

        report, info = self.report, self.info
        purl = None
        refs = []
        supplier = None
        if info.huggingface:
            org, name = info.huggingface.split("huggingface.co/", 1)[1].split("/", 1)
            purl = PackageURL(type="huggingface", namespace=org, name=name)
            refs.append(ExternalReference(type=ExternalReferenceType.WEBSITE, url=XsUri(info.huggingface)))
            refs.append(ExternalReference(type=ExternalReferenceType.DISTRIBUTION, url=XsUri(info.huggingface)))
            supplier = OrganizationalEntity(name=org)
        if info.huggingface and info.card_path:
            refs.append(
                ExternalReference(
                    type=ExternalReferenceType.MODEL_CARD,
                    url=XsUri(f"{info.huggingface}/blob/main/{info.card_path}"),
                    comment="the model card openwash read",
                )
            )
        for lic in report.licenses:
            url = _licence_url(lic)
            if url and not any(str(r.url) == url for r in refs):
                refs.append(ExternalReference(type=ExternalReferenceType.LICENSE, url=XsUri(url), comment=lic.name or lic.id))
        ancestors = [self._base_model(ref) for ref in report.base_models if ref.raw and not ref.unresolvable]
        verdict = report.verdict
        props = {
            "openwash:verdict:osaid": verdict.osaid,
            "openwash:verdict:open-weights": _yes_no(verdict.open_weights),
            "openwash:verdict:mof-class": verdict.mof_class or "none",
            "openwash:verdict:overreach": _yes_no(verdict.overreach),
            "openwash:verdict:eu-ai-act-oss-exemption": _yes_no(verdict.eu_ai_act_oss_exemption),
            "openwash:verdict:weights-license-family": verdict.weights_license_family or "unknown",
            "openwash:components-present": ", ".join(
                MOF_COMPONENT_NAMES.get(k, k) for k, c in report.components.items() if c.present
            ) or "none",
            "openwash:claims": str(len(report.claims)),
            "openwash:findings": str(len(report.findings)),
        }
        if info.card_path:
            props["openwash:model-card"] = info.card_path
        return Component(
            type=ComponentType.MACHINE_LEARNING_MODEL,
            name=info.name,
            version=self.card.version,
            bom_ref=MODEL_REF,
            description=self.card.description,
            supplier=supplier,
            purl=purl,
            licenses=self._model_licences(),
            external_references=refs,
            properties=_properties(props),
            pedigree=Pedigree(ancestors=ancestors) if ancestors else None,
        )

    def _model_licences(self) -> list[DisjunctiveLicense]:
        from cyclonedx.model.license import LicenseAcknowledgement

        out: list[DisjunctiveLicense] = []
        seen: set[str] = set()
        for lic in self.report.licenses:
            speaks_for_weights = "weights" in lic.applies_to or lic.source == "front-matter" or not lic.applies_to
            if not speaks_for_weights or lic.source == "lineage" or not lic.id or lic.id == "unknown" or lic.id in seen:
                continue
            seen.add(lic.id)
            made = _licence(lic.id, lic, LicenseAcknowledgement.DECLARED)
            if made is not None:
                out.append(made)
        weights = self.report.components.get("model-parameters-final")
        if weights is not None and weights.present and weights.license:
            info = next((i for i in self.report.licenses if i.id == weights.license), None)
            made = _licence(weights.license, info, LicenseAcknowledgement.CONCLUDED)
            if made is not None:
                out.append(made)
        return out

    def _base_model(self, ref: Any) -> CdxComponent:
        from cyclonedx.model import ExternalReference, ExternalReferenceType, XsUri
        from cyclonedx.model.component import Component, ComponentType
        from packageurl import PackageURL

        purl = None
        refs = []
        if is_hub_id(ref.raw) and "/" in ref.raw:
            org, name = ref.raw.split("/", 1)
            purl = PackageURL(type="huggingface", namespace=org, name=name)
            refs.append(ExternalReference(type=ExternalReferenceType.DISTRIBUTION, url=XsUri(f"https://huggingface.co/{ref.raw}")))
        props = {"openwash:named-at": f"{ref.path}:{ref.line}", "openwash:signal": ref.signal}
        if ref.relation:
            props["openwash:base-model-relation"] = ref.relation
        if ref.family:
            props["openwash:terms-family"] = ref.family
        licences = []
        if ref.license_key:
            made = _knowledge_licence(ref.license_key)
            if made is not None:
                licences.append(made)
        return Component(
            type=ComponentType.MACHINE_LEARNING_MODEL,
            name=ref.raw[:200],
            bom_ref=bom_ref("base-model", ref.raw),
            purl=purl,
            licenses=licences,
            external_references=refs,
            properties=_properties(props),
        )

    # -- datasets

    def _datasets(self) -> None:
        from cyclonedx.model import ExternalReference, ExternalReferenceType, XsUri
        from cyclonedx.model.component import Component, ComponentType

        for dataset in self.card.datasets:
            ref = bom_ref("dataset", dataset.name)
            if ref in self.dataset_refs:
                continue
            known = dataset.known
            refs = []
            url = _dataset_url(dataset)
            if url:
                refs.append(ExternalReference(type=ExternalReferenceType.DISTRIBUTION, url=XsUri(url)))
            licences = []
            props = {"openwash:named-at": f"{dataset.path}:{dataset.line}", "openwash:named-in": dataset.how}
            if known is not None:
                made = _licence(known.terms_spdx, None, None) if known.terms_spdx else None
                licences.append(made if made is not None else _named_licence(known.terms, known.source))
                if known.source != url:
                    refs.append(ExternalReference(type=ExternalReferenceType.LICENSE, url=XsUri(known.source), comment="where the terms are stated"))
                props["openwash:terms"] = known.terms
                props["openwash:terms-checked"] = known.checked
                props["openwash:commercial-use"] = _yes_no(known.commercial_use)
            self.components.append(
                Component(
                    type=ComponentType.DATA,
                    name=dataset.name,
                    bom_ref=ref,
                    description=known.name if known is not None and known.name != dataset.name else None,
                    licenses=licences,
                    external_references=refs,
                    properties=_properties(props),
                )
            )
            self.dataset_refs.append(ref)

    # -- files

    def _evidence_files(self) -> None:
        from openwash import documents

        for key, component in self.report.components.items():
            if not component.present:
                continue
            for location in component.evidence:
                self._file(location.path, MOF_COMPONENT_NAMES.get(key, key))
        for lic in self.report.licenses:
            if documents.classify_name(lic.path) in (documents.LICENSE, documents.USE_POLICY):
                self._file(lic.path, f"licence text: {lic.name or lic.id}", lic)
        if self.info.card_path:
            self._file(self.info.card_path, "model card")

    def _file(self, relpath: str, role: str, lic: LicenseInfo | None = None) -> None:
        from cyclonedx.model import HashAlgorithm, HashType
        from cyclonedx.model.component import Component, ComponentType

        if relpath in self.file_refs:
            component = next(c for c in self.components if str(c.bom_ref) == self.file_refs[relpath])
            roles = next((p for p in component.properties if p.name == "openwash:evidence-of"), None)
            if roles is not None and role not in (roles.value or ""):
                roles.value = f"{roles.value}; {role}"
            return
        facts = file_facts(self.root, relpath)
        if facts is None:
            return
        hashes = []
        props = {"openwash:evidence-of": role, "openwash:size": str(facts.size)}
        if facts.lfs_oid and facts.lfs_oid.startswith("sha256:"):
            hashes.append(HashType(alg=HashAlgorithm.SHA_256, content=facts.lfs_oid.split(":", 1)[1]))
            props["openwash:hash-source"] = "Git LFS pointer: the SHA-256 of the object it stands for"
            props["openwash:lfs-size"] = str(facts.lfs_size)
        elif facts.sha1 and facts.sha256:
            hashes += [HashType(alg=HashAlgorithm.SHA_1, content=facts.sha1), HashType(alg=HashAlgorithm.SHA_256, content=facts.sha256)]
        else:
            props["openwash:not-hashed"] = facts.why_not_hashed or "not hashed"
        licences = []
        if lic is not None and lic.id and lic.id != "unknown":
            made = _licence(lic.id, lic, None)
            if made is not None:
                licences.append(made)
        ref = bom_ref("file", relpath)
        while any(str(c.bom_ref) == ref for c in self.components):
            ref += "-1"
        is_weight = PurePosixPath(relpath).suffix.lower() in WEIGHT_SUFFIXES
        self.components.append(
            Component(
                type=ComponentType.FILE,
                name=relpath,
                bom_ref=ref,
                hashes=hashes,
                licenses=licences,
                properties=_properties({**props, **({"openwash:weights": "yes"} if is_weight else {})}),
            )
        )
        self.file_refs[relpath] = ref

    # -- the model card (added to the library's JSON)

    def _model_card(self) -> dict[str, Any]:
        card = self.card
        params: dict[str, Any] = {}
        tag = self.info.pipeline_tag
        if tag:
            params["task"] = tag
        if card.architecture_family:
            params["architectureFamily"] = card.architecture_family
        if card.architecture:
            params["modelArchitecture"] = card.architecture
        if self.dataset_refs:
            params["datasets"] = [{"ref": ref} for ref in self.dataset_refs]
        if tag in _IO_BY_TAG:
            inputs, outputs = _IO_BY_TAG[tag]
            params["inputs"] = [{"format": inputs}]
            params["outputs"] = [{"format": outputs}]
        out: dict[str, Any] = {"bom-ref": "model-card"}
        if params:
            out["modelParameters"] = params
        if card.metrics:
            out["quantitativeAnalysis"] = {"performanceMetrics": card.metrics}
        considerations: dict[str, Any] = {}
        if card.limitations:
            considerations["technicalLimitations"] = card.limitations
        if card.uses:
            considerations["useCases"] = card.uses
        if considerations:
            out["considerations"] = considerations
        data = self.report.components.get("data-information")
        out["properties"] = [
            {"name": "openwash:data-information", "value": "present" if data is not None and data.present else "absent"},
            {"name": "openwash:source", "value": self.info.card_path or "no model card"},
        ]
        return out


# --------------------------------------------------------------------------- helpers


def _properties(values: dict[str, str]) -> list[Any]:
    from cyclonedx.model import Property

    return [Property(name=k, value=v) for k, v in values.items() if v]


def _yes_no(value: bool | None) -> str:
    return "unknown" if value is None else "yes" if value else "no"


def _licence_url(info: LicenseInfo | None) -> str | None:
    if info is None:
        return None
    for key in ("url", "link", "license_link", "text_url"):
        value = info.properties.get(key)
        if isinstance(value, str) and re.match(r"^https?://\S+$", value.strip()):
            return value.strip()
    return None


def _licence(raw: str, info: LicenseInfo | None, acknowledgement: Any) -> DisjunctiveLicense | None:
    """An SPDX id as `id`, anything else (LicenseRef-…, expressions, vendor terms) by `name`."""
    from cyclonedx import spdx
    from cyclonedx.model import XsUri
    from cyclonedx.model.license import DisjunctiveLicense

    if not raw or raw.strip().lower() in ("unknown", "noassertion", "none", "other"):
        return None
    fixed = spdx.fixup_id(raw.strip())
    url = _licence_url(info)
    if fixed is not None:
        return DisjunctiveLicense(id=fixed, acknowledgement=acknowledgement)
    name = info.name if info is not None and info.name and info.id == raw else raw
    return DisjunctiveLicense(name=name[:200], url=XsUri(url) if url else None, acknowledgement=acknowledgement)


def _knowledge_licence(key: str) -> DisjunctiveLicense | None:
    """A licence of the knowledge base by its key: the SPDX id when it has one, else its name and source."""
    from cyclonedx.model import XsUri
    from cyclonedx.model.license import DisjunctiveLicense

    from openwash.licenses import knowledge

    entry = knowledge.entry(key)
    if entry is None:
        return _licence(key, None, None)
    if entry.spdx:
        made = _licence(entry.spdx, None, None)
        if made is not None:
            return made
    return DisjunctiveLicense(name=entry.name[:200], url=XsUri(entry.source) if entry.source.startswith("https://") else None)


def _named_licence(terms: str, source: str) -> DisjunctiveLicense:
    from cyclonedx.model import XsUri
    from cyclonedx.model.license import DisjunctiveLicense

    return DisjunctiveLicense(name=terms[:200], url=XsUri(source) if source.startswith("https://") else None)


def _dataset_url(dataset: TrainingDataset) -> str | None:
    if dataset.how == "front-matter" and is_hub_id(dataset.name) and "/" in dataset.name:
        return f"https://huggingface.co/datasets/{dataset.name}"
    if dataset.known is not None and dataset.known.source.startswith("https://"):
        return dataset.known.source
    return None


def _component_data(dataset: TrainingDataset) -> dict[str, Any]:
    """CycloneDX 1.6 `componentData` for a training dataset."""
    data: dict[str, Any] = {"type": "dataset", "name": dataset.name}
    url = _dataset_url(dataset)
    if url:
        data["contents"] = {"url": url}
    if dataset.known is not None:
        data["description"] = f"{dataset.known.name}; terms: {dataset.known.terms}"
    return data
