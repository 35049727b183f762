"""Rules: lineage."""

from __future__ import annotations
