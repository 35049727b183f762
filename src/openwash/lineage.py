"""Model lineage: which base model's terms govern these weights.

STUB: replaced by the lineage owner. Contract: `find_base_models(ctx) -> list[BaseModelRef]`.
"""

from __future__ import annotations

from openwash.context import CheckContext
from openwash.model import BaseModelRef


def find_base_models(ctx: CheckContext) -> list[BaseModelRef]:
    return []
