"""Which terms the honest wording names: whether the weights are open, and the display name of the
licence that governs them (a base model's terms first, then what the repository states for the weights).

`terms_of` reads them from a report (or the rules' `CheckContext`: anything `ReportLike`); the
wording modules only read the `Terms` it returns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from openwash.model import BaseModelRef, Component, LicenseInfo, Verdict


class ReportLike(Protocol):
    """A `Report`, or the `CheckContext` the rules see: both carry these."""

    verdict: Verdict
    licenses: list[LicenseInfo]
    base_models: list[BaseModelRef]
    components: dict[str, Component]


@dataclass(frozen=True)
class Terms:
    """What the honest wording may say about the weights."""

    open_weights: bool  # the verdict says the weights are open
    licence: str | None  # display name of the terms that govern them ("the Gemma Terms of Use"), None when unknown
    licence_zh: str | None = None  # the same, for Chinese text ("Gemma Terms of Use")


# --------------------------------------------------------------------------- the terms


def terms_of(report: ReportLike) -> Terms:
    """The terms the honest wording names, from the verdict (the most restrictive terms of the weights)."""
    verdict = report.verdict
    name = _governing_name(report)
    return Terms(
        open_weights=verdict.open_weights is True,
        licence=with_article(name) if name else None,
        licence_zh=name,
    )


def _governing_name(report: ReportLike) -> str | None:
    from openwash.licenses import knowledge

    family = report.verdict.weights_license_family
    if not family or family == "unknown":
        return None
    # A base model's terms keep governing a derivative; then what the repository states for the weights.
    for base in sorted(report.base_models, key=lambda b: b.signal != "front-matter"):
        if base.family == family and base.license_key:
            entry = knowledge.lookup(base.license_key)
            if entry is not None and not entry.is_unknown and not entry.ambiguous:
                return _clean_name(entry.name)
    name = name_among(report.licenses, family)
    if name is not None:
        return name
    weights = report.components.get("model-parameters-final")
    if weights is not None and weights.license:
        entry = knowledge.lookup(weights.license)
        if entry is not None and entry.family == family and not entry.is_unknown:
            return _clean_name(entry.name)
    return None


def name_among(licences: list[LicenseInfo], family: str) -> str | None:
    """The display name of the statement of `family` that best names the weights' terms (a licence file first)."""
    candidates = [
        lic
        for lic in licences
        if lic.family == family
        and lic.id != "unknown"
        and (not lic.applies_to or "weights" in lic.applies_to)
        and not lic.ambiguous
        and lic.source != "use-policy"  # an acceptable-use policy rides on the licence; it does not name it
    ]
    candidates.sort(key=lambda lic: ("weights" not in lic.applies_to, lic.source != "license-file", -lic.confidence))
    return _clean_name(candidates[0].name) if candidates else None


def _clean_name(name: str) -> str:
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name.strip())  # "LLaMA License (non-commercial research)"
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)


def with_article(name: str) -> str:
    return name if re.match(r"(?:CC|GPL|AGPL|LGPL|MIT|BSD|MPL)\b", name) and " " not in name else f"the {name}"

