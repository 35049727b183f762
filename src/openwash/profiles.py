"""Profiles: osaid, mof, open-weights, eu-ai-act; they set the verdict and judge each claim."""

from __future__ import annotations

from openwash.context import CheckContext


def evaluate(ctx: CheckContext) -> None:
    return None
