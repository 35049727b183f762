"""The knowledge tables shipped in `openwash/data/` (lineage, datasets, open families, MOF licences), read
in one place: a plain path next to this module (not importlib.resources, whose import alone costs
~4 ms on every commit), parsed as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


def load(name: str) -> dict[str, Any]:
    """The table `openwash/data/<name>` (a JSON object)."""
    data = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"openwash/data/{name}: expected a JSON object")
    return data
