"""Renderers only format a `Report`; they never re-derive a verdict."""

from __future__ import annotations

from typing import Any

from openwash.model import Report

_RENDERERS = {
    "text": "openwash.render.text",
    "json": "openwash.render.json_report",
    "markdown": "openwash.render.markdown",
    "sarif": "openwash.render.sarif",
    "github": "openwash.render.github",
}


def render(report: Report, fmt: str, **options: Any) -> str:
    import importlib

    module = importlib.import_module(_RENDERERS[fmt])
    return str(module.render(report, **options))
