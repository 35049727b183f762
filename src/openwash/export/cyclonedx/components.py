"""The components of the ML-BOM and what each says: the model (its declared and concluded licences, purl,
supplier, references, openwash's verdict as properties, its base models as `pedigree.ancestors`),
each training dataset the card names (with the terms recorded for it), and the evidence files
(hashed when small; a Git LFS pointer gives the SHA-256 of the object it stands for).

`_Components` is the half of the builder that makes them; `document._Builder` sets its state and
assembles the document around them.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from openwash.export.cyclonedx.card import CardFacts
from openwash.export.cyclonedx.licences import _knowledge_licence, _licence, _licence_url, _named_licence
from openwash.export.release import WEIGHT_SUFFIXES, ReleaseInfo, file_facts, is_hub_id
from openwash.lazyre import lazy_compile
from openwash.model import MOF_COMPONENT_NAMES, LicenseInfo, Report

if TYPE_CHECKING:
    from cyclonedx.model.component import Component as CdxComponent
    from cyclonedx.model.license import DisjunctiveLicense

    from openwash.evidence.training_data import TrainingDataset

MODEL_REF = "model"
_REF_UNSAFE = lazy_compile(r"[^A-Za-z0-9._/:@-]+")


def bom_ref(prefix: str, text: str) -> str:
    return f"{prefix}:{_REF_UNSAFE.sub('-', text).strip('-') or 'x'}"


class _Components:
    """The components `_Builder` lists, made from the report and the card (the state `_Builder.__init__` sets)."""

    report: Report
    root: Path
    info: ReleaseInfo
    card: CardFacts
    components: list[CdxComponent]
    file_refs: dict[str, str]
    dataset_refs: list[str]

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


# --------------------------------------------------------------------------- helpers


def _properties(values: dict[str, str]) -> list[Any]:
    from cyclonedx.model import Property

    return [Property(name=k, value=v) for k, v in values.items() if v]


def _yes_no(value: bool | None) -> str:
    return "unknown" if value is None else "yes" if value else "no"


def _dataset_url(dataset: TrainingDataset) -> str | None:
    if dataset.how == "front-matter" and is_hub_id(dataset.name) and "/" in dataset.name:
        return f"https://huggingface.co/datasets/{dataset.name}"
    if dataset.known is not None and dataset.known.source.startswith("https://"):
        return dataset.known.source
    return None
