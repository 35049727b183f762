"""Rules: licenses."""

from __future__ import annotations
