"""Rules: hygiene."""

from __future__ import annotations
