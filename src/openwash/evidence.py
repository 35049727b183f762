"""Inventory of the artifacts a release ships, against the MOF components and OSAID's data information.

STUB: replaced by the evidence owner. Contract: `inventory(ctx) -> dict[str, Component]`
with one entry per key in model.COMPONENT_KEYS.
"""

from __future__ import annotations

from openwash.context import CheckContext
from openwash.model import COMPONENT_KEYS, Component


def inventory(ctx: CheckContext) -> dict[str, Component]:
    return {key: Component(key) for key in COMPONENT_KEYS}
