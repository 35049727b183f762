"""What the pipeline knows about one repository, handed to every rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openwash.model import (
    BaseModelRef,
    Claim,
    Component,
    Finding,
    LicenseInfo,
    ProfileResult,
    ToolError,
    Verdict,
)

if TYPE_CHECKING:
    from openwash.config import Config
    from openwash.discover import Inventory
    from openwash.documents import Document


@dataclass
class CheckContext:
    root: Path
    config: Config
    inventory: Inventory
    documents: list[Document] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    licenses: list[LicenseInfo] = field(default_factory=list)
    components: dict[str, Component] = field(default_factory=dict)
    base_models: list[BaseModelRef] = field(default_factory=list)
    profiles: dict[str, ProfileResult] = field(default_factory=dict)
    verdict: Verdict = field(default_factory=Verdict)
    errors: list[ToolError] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # shared intermediate results between stages

    def document(self, path: str) -> Document | None:
        for doc in self.documents:
            if doc.path == path:
                return doc
        return None

    def documents_of(self, *kinds: str) -> list[Document]:
        return [d for d in self.documents if d.kind in kinds]

    def finding(
        self,
        rule_id: str,
        path: str,
        line: int,
        message: str,
        remediation: str,
        *,
        column: int = 1,
        claim: Claim | None = None,
        severity: str | None = None,
    ) -> Finding:
        from openwash.rules import get_rule

        rule = get_rule(rule_id)
        return Finding(
            rule=rule_id,
            severity=severity or rule.severity,
            path=path,
            line=max(1, line),
            column=max(1, column),
            message=message,
            remediation=remediation,
            claim=claim.id if claim is not None else None,
            name=rule.name,
        )
