"""`openwash export spdx`: an SPDX 2.3 JSON document of the release (an AI-BOM).

Why 2.3 and not 3.0.1: spdx-tools 0.8 writes SPDX 3 from a pre-release model (its
JSON-LD context uses the draft namespaces `https://spdx.org/rdf/AI/…`, not
`https://spdx.org/rdf/3.0.1/terms/…`; `energyConsumption` is a string, `autonomyType` and
`sensitivePersonalInformation` are booleans where 3.0.1 has PresenceType, and licences are
package properties instead of `hasDeclaredLicense` relationships) and it has no validator
for it. Its SPDX 2.3 model and validator are complete, so openwash writes 2.3 and carries
the AI facts (verdict, MOF components, availability, claims) as annotations. See
docs/exports.md.

What is in the document: the model as a package, each dataset the card names as a
package (the model GENERATED_FROM it: SPDX 3's `trainedOn`), base models (the model
DESCENDANT_OF them), the evidence files with SHA1/SHA256 of small files (weight bodies are
never read; an LFS pointer is hashed as the pointer and its object's sha256 is given in
the file comment), declared and concluded licences as SPDX expressions, and a
`LicenseRef-…` with the licence text or its URL for every licence outside the SPDX list.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from openwash.export.release import WEIGHT_SUFFIXES, FileFacts, ReleaseInfo, file_facts, is_hub_id, release_info
from openwash.lazyre import lazy_compile
from openwash.model import MOF_COMPONENT_NAMES, LicenseInfo, Report

if TYPE_CHECKING:
    from license_expression import LicenseExpression  # type: ignore[import-untyped]
    from spdx_tools.spdx.model.document import Document
    from spdx_tools.spdx.model.extracted_licensing_info import ExtractedLicensingInfo

MODEL_ID = "SPDXRef-Model"
DOCUMENT_ID = "SPDXRef-DOCUMENT"
LICENSE_TEXT_LIMIT = 256 * 1024
SCANCODE_LICENSEDB = "https://scancode-licensedb.aboutcode.org/"
_ID_UNSAFE = lazy_compile(r"[^A-Za-z0-9.-]+")
_URL = lazy_compile(r"^https?://\S+$")

# MOF component -> how an evidence file relates to the model (SPDX 2.3 relationship types)
_FILE_RELATION: dict[str, str] = {
    "model-card": "DOCUMENTATION_OF",
    "data-card": "DOCUMENTATION_OF",
    "technical-report": "DOCUMENTATION_OF",
    "research-paper": "DOCUMENTATION_OF",
    "evaluation-results": "DOCUMENTATION_OF",
    "sample-model-outputs": "EXAMPLE_OF",
    "training-code": "BUILD_TOOL_OF",
    "data-preprocessing-code": "BUILD_TOOL_OF",
    "evaluation-code": "TEST_OF",
    "evaluation-data": "TEST_OF",
    "model-parameters-final": "DATA_FILE_OF",
    "model-parameters-intermediate": "DATA_FILE_OF",
    "model-metadata": "METAFILE_OF",
}


class SpdxExportError(Exception):
    """The document failed spdx-tools' validation (a bug in openwash, reported as such)."""


def build_document(report: Report, root: Path | None = None, *, created: datetime | None = None) -> Document:
    """The SPDX 2.3 document for the release."""
    return _Builder(report, Path(root if root is not None else report.root), created).build()


def validate(document: Document) -> list[str]:
    """spdx-tools' own validation messages (empty when valid)."""
    from spdx_tools.spdx.validation.document_validator import validate_full_spdx_document

    return [m.validation_message for m in validate_full_spdx_document(document, "SPDX-2.3")]


def render(report: Report, root: Path | None = None) -> str:
    """The validated document as SPDX 2.3 JSON."""
    import io

    from spdx_tools.spdx.writer.json.json_writer import write_document_to_stream

    document = build_document(report, root)
    problems = validate(document)
    if problems:
        raise SpdxExportError("; ".join(problems[:5]))
    buffer = io.StringIO()
    write_document_to_stream(document, buffer, validate=False)
    return buffer.getvalue()


def spdx_id(prefix: str, text: str) -> str:
    slug = _ID_UNSAFE.sub("-", text).strip("-.") or "x"
    return f"SPDXRef-{prefix}-{slug}"


# --------------------------------------------------------------------------- licences


@dataclass
class _LicenseRefs:
    """Turns openwash licence ids into SPDX expressions, collecting LicenseRef definitions."""

    root: Path
    infos: list[LicenseInfo]
    extracted: dict[str, ExtractedLicensingInfo] = field(default_factory=dict)

    def expression(self, raw: str | None) -> LicenseExpression | None:
        """A valid SPDX expression for `raw`, or None when nothing is known."""
        from license_expression import ExpressionError, LicenseSymbol
        from spdx_tools.common.spdx_licensing import spdx_licensing  # type: ignore[import-untyped]

        if not raw or raw.strip().lower() in ("unknown", "noassertion", "none", "other"):
            return None
        try:
            parsed = spdx_licensing.parse(raw, validate=False)
        except ExpressionError:
            parsed = None
        if parsed is None:
            return spdx_licensing.parse(self._ref(raw, raw))
        replacements = {}
        for symbol in spdx_licensing.license_symbols(parsed):
            key = str(symbol.key)
            # ScanCode's LicenseRef-scancode-* ids are "known" to the library but SPDX still
            # wants every LicenseRef defined in the document: define them too.
            if key in spdx_licensing.known_symbols and not key.startswith("LicenseRef-"):
                continue
            replacements[symbol] = LicenseSymbol(self._ref(key, raw))
        if replacements:
            parsed = parsed.subs(replacements)
        return spdx_licensing.parse(str(parsed))

    def _ref(self, key: str, raw: str) -> str:
        ref = key if key.startswith("LicenseRef-") else "LicenseRef-" + key
        ref = "LicenseRef-" + (_ID_UNSAFE.sub("-", ref[len("LicenseRef-") :]).strip("-.") or "unknown")
        if ref not in self.extracted:
            self.extracted[ref] = self._definition(ref, key, raw)
        return ref

    def _definition(self, ref: str, key: str, raw: str) -> ExtractedLicensingInfo:
        from spdx_tools.spdx.model.extracted_licensing_info import ExtractedLicensingInfo

        info = next((i for i in self.infos if i.id in (key, raw, ref) or i.key == key), None)
        name = info.name if info is not None and info.name else key
        url = _licence_url(info)
        text = _licence_text(self.root, info)
        if url is None and key.startswith("LicenseRef-scancode-"):
            url = SCANCODE_LICENSEDB + key[len("LicenseRef-scancode-") :].lower() + ".html"
        if text is None:
            if url:
                text = f"{name}. The licence text is published at {url}."
            elif info is not None:
                text = f"{name}. Identified by openwash from {info.source} at {info.path}:{info.line}; the text is not in the repository."
            else:
                text = f"{name}. The licence text is not in the repository."
        return ExtractedLicensingInfo(
            license_id=ref,
            extracted_text=text,
            license_name=name,
            cross_references=[url] if url else [],
            comment=f"openwash family: {info.family}" if info is not None else None,
        )


def _licence_url(info: LicenseInfo | None) -> str | None:
    if info is None:
        return None
    for key in ("url", "link", "license_link", "text_url"):
        value = info.properties.get(key)
        if isinstance(value, str) and _URL.match(value.strip()):
            return value.strip()
    return None


def _licence_text(root: Path, info: LicenseInfo | None) -> str | None:
    from openwash import documents, textio

    if info is None or documents.classify_name(info.path) not in (documents.LICENSE, documents.USE_POLICY):
        return None  # a declaration in a card or prose: no licence text to extract
    facts = file_facts(root, info.path)
    if facts is None:
        return None
    try:
        text = textio.read_text(root / info.path, LICENSE_TEXT_LIMIT)
    except Exception:  # unreadable: fall back to the URL or a description
        return None
    return text.text.strip() or None


# --------------------------------------------------------------------------- the builder


class _Builder:
    def __init__(self, report: Report, root: Path, created: datetime | None) -> None:
        self.report = report
        self.root = root
        self.created = (created or datetime.now(timezone.utc)).replace(microsecond=0)
        self.info: ReleaseInfo = release_info(report, root)
        self.licenses = _LicenseRefs(root, report.licenses)
        self.packages: list[Any] = []
        self.files: dict[str, Any] = {}  # SPDX id -> File
        self.file_ids: dict[str, str] = {}  # path -> SPDX id
        self.relationships: list[Any] = []
        self.annotations: list[Any] = []
        self.not_hashed: list[str] = []

    def build(self) -> Document:
        from spdx_tools.spdx.model.actor import Actor, ActorType
        from spdx_tools.spdx.model.document import CreationInfo, Document
        from spdx_tools.spdx.model.relationship import Relationship, RelationshipType

        self.packages.append(self._model_package())
        self.relationships.append(Relationship(DOCUMENT_ID, RelationshipType.DESCRIBES, MODEL_ID))
        self._datasets()
        self._base_models()
        self._evidence_files()
        self._annotations()
        tool = Actor(ActorType.TOOL, f"openwash-{self.report.tool_version}")
        creation = CreationInfo(
            spdx_version="SPDX-2.3",
            spdx_id=DOCUMENT_ID,
            name=f"openwash AI-BOM of {self.info.name}",
            document_namespace=f"https://spdx.org/spdxdocs/openwash-{_ID_UNSAFE.sub('-', self.info.name).strip('-.')}-{uuid.uuid4()}",
            creators=[tool],
            created=self.created.replace(tzinfo=None) if self.created.tzinfo else self.created,
            creator_comment="Written by openwash from the evidence in the repository. AI facts are annotations "
            "on the model package (SPDX 2.3 has no AI profile).",
        )
        return Document(
            creation_info=creation,
            packages=self.packages,
            files=list(self.files.values()),
            annotations=self.annotations,
            relationships=self.relationships,
            extracted_licensing_info=list(self.licenses.extracted.values()),
        )

    # -- packages

    def _model_package(self) -> Any:
        from spdx_tools.spdx.model.package import ExternalPackageRef, ExternalPackageRefCategory, Package, PackagePurpose
        from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion

        weights = self.report.components.get("model-parameters-final")
        declared = self._declared_weights_expression()
        concluded = self.licenses.expression(weights.license) if weights is not None and weights.present else None
        refs = []
        if self.info.huggingface:
            refs.append(
                ExternalPackageRef(
                    ExternalPackageRefCategory.PACKAGE_MANAGER, "purl", "pkg:huggingface/" + self.info.huggingface.split("huggingface.co/", 1)[1]
                )
            )
        return Package(
            spdx_id=MODEL_ID,
            name=self.info.name,
            download_location=self.info.huggingface or SpdxNoAssertion(),
            files_analyzed=False,
            homepage=self.info.huggingface or SpdxNoAssertion(),
            license_declared=_or_noassertion(declared),
            license_concluded=_or_noassertion(concluded),
            license_comment=self._license_comment(),
            copyright_text=SpdxNoAssertion(),
            supplier=SpdxNoAssertion(),
            primary_package_purpose=PackagePurpose.OTHER,
            summary="AI model (SPDX 3: ai:AIPackage)",
            comment=f"openwash verdict: {json.dumps(self.report.verdict.to_dict(), sort_keys=True)}",
            external_references=refs,
        )

    def _declared_weights_expression(self) -> LicenseExpression | None:
        """The terms the release declares for its weights: card `license:` and weights licence files."""
        from spdx_tools.common.spdx_licensing import spdx_licensing

        ids: list[str] = []
        for lic in self.report.licenses:
            speaks_for_weights = "weights" in lic.applies_to or lic.source == "front-matter" or not lic.applies_to
            if speaks_for_weights and lic.id and lic.id != "unknown" and lic.source != "lineage" and lic.id not in ids:
                ids.append(lic.id)
        parts = [e for e in (self.licenses.expression(i) for i in ids) if e is not None]
        if not parts:
            return None
        text = " AND ".join(f"({p})" if " " in str(p) else str(p) for p in parts)
        return spdx_licensing.parse(text)

    def _license_comment(self) -> str | None:
        lines = [
            f"{lic.path}:{lic.line} {lic.id} ({lic.family}; {lic.source}; applies to {', '.join(lic.applies_to) or 'unspecified'})"
            for lic in self.report.licenses
        ]
        return "Licences openwash found: " + "; ".join(lines) if lines else None

    def _datasets(self) -> None:
        from spdx_tools.spdx.model.package import Package, PackagePurpose
        from spdx_tools.spdx.model.relationship import Relationship, RelationshipType
        from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion

        component = self.report.components.get("datasets")
        declared = self.licenses.expression(component.license) if component is not None and component.present else None
        for name in self.info.datasets:
            ident = spdx_id("Dataset", name)
            if any(p.spdx_id == ident for p in self.packages):
                continue
            location = f"https://huggingface.co/datasets/{name}" if is_hub_id(name) else SpdxNoAssertion()
            self.packages.append(
                Package(
                    spdx_id=ident,
                    name=name,
                    download_location=location,
                    files_analyzed=False,
                    license_declared=_or_noassertion(declared),
                    license_concluded=SpdxNoAssertion(),
                    copyright_text=SpdxNoAssertion(),
                    primary_package_purpose=PackagePurpose.OTHER,
                    summary="dataset (SPDX 3: dataset:DatasetPackage)",
                    comment=f"Named in the card's datasets: ({self.info.card_path}).",
                )
            )
            self.relationships.append(
                Relationship(MODEL_ID, RelationshipType.GENERATED_FROM, ident, comment="SPDX 3 ai: trainedOn")
            )

    def _base_models(self) -> None:
        from spdx_tools.spdx.model.package import Package, PackagePurpose
        from spdx_tools.spdx.model.relationship import Relationship, RelationshipType
        from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion

        for ref in self.report.base_models:
            if not ref.raw or ref.unresolvable:
                continue
            ident = spdx_id("BaseModel", ref.raw)
            if any(p.spdx_id == ident for p in self.packages):
                continue
            location = f"https://huggingface.co/{ref.raw}" if is_hub_id(ref.raw) and "/" in ref.raw else SpdxNoAssertion()
            terms = f"terms: {ref.license_key} ({ref.family})" if ref.license_key else "terms not identified"
            self.packages.append(
                Package(
                    spdx_id=ident,
                    name=ref.raw,
                    download_location=location,
                    files_analyzed=False,
                    license_declared=SpdxNoAssertion(),
                    license_concluded=SpdxNoAssertion(),
                    copyright_text=SpdxNoAssertion(),
                    primary_package_purpose=PackagePurpose.OTHER,
                    summary="base model (SPDX 3: ai:AIPackage)",
                    comment=f"Base model named at {ref.path}:{ref.line} ({ref.signal}); {terms}.",
                )
            )
            relation = f"base_model_relation: {ref.relation}" if ref.relation else None
            self.relationships.append(Relationship(MODEL_ID, RelationshipType.DESCENDANT_OF, ident, comment=relation))

    # -- files

    def _evidence_files(self) -> None:
        from spdx_tools.spdx.model.relationship import Relationship, RelationshipType

        from openwash import documents

        for key, component in self.report.components.items():
            if not component.present:
                continue
            for location in component.evidence:
                file_id = self._file(location.path)
                if file_id is None:
                    continue
                relation = _relation_for(key, location.path, self.files[file_id])
                self.relationships.append(Relationship(file_id, RelationshipType[relation], MODEL_ID, comment=_component_label(key)))
        for lic in self.report.licenses:
            if documents.classify_name(lic.path) not in (documents.LICENSE, documents.USE_POLICY):
                continue
            file_id = self._file(lic.path, licence=lic.id)
            if file_id is not None:
                self.relationships.append(
                    Relationship(file_id, RelationshipType.OTHER, MODEL_ID, comment=f"licence text: {lic.name or lic.id}")
                )
        if self.info.card_path:
            file_id = self._file(self.info.card_path)
            if file_id is not None:
                self.relationships.append(
                    Relationship(file_id, RelationshipType.DOCUMENTATION_OF, MODEL_ID, comment="model card")
                )
        self.relationships = _unique_relationships(self.relationships)

    def _file(self, relpath: str, licence: str | None = None) -> str | None:
        from spdx_tools.spdx.model.checksum import Checksum, ChecksumAlgorithm
        from spdx_tools.spdx.model.file import File
        from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion

        if relpath in self.file_ids:
            return self.file_ids[relpath]
        ident = spdx_id("File", relpath)
        while ident in self.files:  # two paths that differ only in characters an id cannot hold
            ident += "-1"
        facts = file_facts(self.root, relpath)
        if facts is None:
            return None
        if facts.sha1 is None:
            self.not_hashed.append(f"{relpath} ({facts.size} bytes; {facts.why_not_hashed})")
            return None
        expression = self.licenses.expression(licence) if licence else None
        self.files[ident] = File(
            name=f"./{relpath}",
            spdx_id=ident,
            checksums=[Checksum(ChecksumAlgorithm.SHA1, facts.sha1), Checksum(ChecksumAlgorithm.SHA256, facts.sha256 or "")],
            license_concluded=SpdxNoAssertion(),
            license_info_in_file=[expression] if expression is not None else [SpdxNoAssertion()],
            copyright_text=SpdxNoAssertion(),
            comment=_file_comment(facts),
        )
        self.file_ids[relpath] = ident
        return ident

    # -- annotations (the AI facts)

    def _annotations(self) -> None:
        report = self.report
        components = {
            MOF_COMPONENT_NAMES.get(key, key): {
                "present": c.present,
                "availability": c.availability,
                "license": c.license,
                "open_license": c.open_license,
                "evidence": [f"{e.path}:{e.line}" for e in c.evidence],
            }
            for key, c in report.components.items()
            if c.present
        }
        claims = [
            {"text": c.text, "where": f"{c.path}:{c.line}", "kind": c.kind, "backed": bool(c.backed), "profile": c.profile}
            for c in report.claims
        ]
        facts: list[tuple[str, Any]] = [
            ("verdict", report.verdict.to_dict()),
            ("profiles", {k: p.to_dict() for k, p in report.profiles.items()}),
            ("components", components),
            ("claims", claims),
        ]
        if self.not_hashed:
            facts.append(("files-not-hashed", self.not_hashed))
        for name, value in facts:
            self._annotate(f"openwash.{name}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}")

    def _annotate(self, comment: str) -> None:
        from spdx_tools.spdx.model.actor import Actor, ActorType
        from spdx_tools.spdx.model.annotation import Annotation, AnnotationType

        tool = Actor(ActorType.TOOL, f"openwash-{self.report.tool_version}")
        self.annotations.append(Annotation(MODEL_ID, AnnotationType.REVIEW, tool, self.created.replace(tzinfo=None), comment))


def _relation_for(key: str, relpath: str, file: Any) -> str:
    """How an evidence file relates to the model: documents document it, weights are its data."""
    from openwash import documents

    if documents.classify_name(relpath) is not None or relpath.lower().endswith((".pdf", ".rst", ".txt", ".tex")):
        return "DOCUMENTATION_OF"
    relation = _FILE_RELATION.get(key, "OTHER")
    if relation == "DATA_FILE_OF":
        is_weights = PurePosixPath(relpath).suffix.lower() in WEIGHT_SUFFIXES or "LFS pointer" in (file.comment or "")
        return relation if is_weights else "OTHER"
    return "OTHER" if relation == "DOCUMENTATION_OF" else relation


def _component_label(key: str) -> str:
    if key in MOF_COMPONENT_NAMES:
        return f"MOF component: {MOF_COMPONENT_NAMES[key]}"
    return "OSAID data information" if key == "data-information" else key


def _or_noassertion(expression: LicenseExpression | None) -> Any:
    # A licence expression has no truth value (boolean.py raises), hence no `or` here.
    from spdx_tools.spdx.model.spdx_no_assertion import SpdxNoAssertion

    return SpdxNoAssertion() if expression is None else expression


def _file_comment(facts: FileFacts) -> str | None:
    if facts.lfs_oid:
        return f"Git LFS pointer; the object it stands for: {facts.lfs_oid}, {facts.lfs_size} bytes."
    return None


def _unique_relationships(relationships: list[Any]) -> list[Any]:
    """One relationship per (from, type, to); the comments of duplicates are joined."""
    merged: dict[tuple[str, str, str], Any] = {}
    for r in relationships:
        key = (r.spdx_element_id, r.relationship_type.name, str(r.related_spdx_element_id))
        if key not in merged:
            merged[key] = r
        elif r.comment and r.comment not in (merged[key].comment or ""):
            merged[key].comment = f"{merged[key].comment}; {r.comment}" if merged[key].comment else r.comment
    return list(merged.values())
