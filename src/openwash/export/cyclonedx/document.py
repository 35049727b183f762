"""The CycloneDX document: the library's BOM around the components (the model as `metadata.component`,
the tool, the lifecycle, the dependencies), serialised, with `modelCard` and `data` added to its JSON,
checked with the library's JSON schema validator for CycloneDX 1.6, and rendered; and whether the
library is installed at all.
"""

from __future__ import annotations

import json
import warnings
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openwash.errors import OpenwashError
from openwash.export.cyclonedx.card import card_facts
from openwash.export.cyclonedx.components import _Components, _properties, bom_ref
from openwash.export.cyclonedx.model_card import _component_data, _model_card
from openwash.export.release import release_info
from openwash.model import Report

if TYPE_CHECKING:
    from cyclonedx.model.bom import Bom
    from cyclonedx.model.component import Component as CdxComponent

SPEC_VERSION = "1.6"
INSTALL_HINT = "the CycloneDX export needs cyclonedx-python-lib: pip install 'openwash[cyclonedx]'"


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


# --------------------------------------------------------------------------- the builder


class _Builder(_Components):
    """One document: the state the component methods share (`_Components`), and the assembly."""

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
        model["modelCard"] = _model_card(self.report, self.info, self.card, self.dataset_refs)
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
