"""`openwash badge`: a shields.io endpoint JSON with the verdict.

Publish the JSON anywhere and point shields.io at it:
`https://img.shields.io/endpoint?url=<where the JSON is>`.
"""

from __future__ import annotations

import json
from typing import Any

from openwash.model import OPEN_FAMILIES, Report

LABEL = "openness"
# Colours by verdict, strongest claim first.
RED, BRIGHTGREEN, GREEN, YELLOWGREEN, ORANGE, YELLOW, LIGHTGREY = (
    "red", "brightgreen", "green", "yellowgreen", "orange", "yellow", "lightgrey",
)


def badge(report: Report) -> dict[str, Any]:
    """The endpoint document: schemaVersion 1, label, message, color."""
    message, color = _message(report)
    return {"schemaVersion": 1, "label": LABEL, "message": message, "color": color}


def render(report: Report) -> str:
    return json.dumps(badge(report), ensure_ascii=False) + "\n"


def _message(report: Report) -> tuple[str, str]:
    verdict = report.verdict
    mof = f"MOF {verdict.mof_class}" if verdict.mof_class else None
    if verdict.overreach:
        return "overreach", RED
    if verdict.osaid == "conformant":
        return _join("OSAID ✓", mof), BRIGHTGREEN
    if verdict.open_weights:
        return _join("open weights", mof), GREEN
    if mof:
        return mof, YELLOWGREEN
    family = verdict.weights_license_family
    if family and family != "unknown" and family not in OPEN_FAMILIES:
        return f"{family} weights", ORANGE
    if verdict.osaid == "insufficient-evidence":
        return "insufficient evidence", YELLOW
    return "not open", LIGHTGREY


def _join(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)
