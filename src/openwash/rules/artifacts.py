"""Rules: artifacts."""

from __future__ import annotations
