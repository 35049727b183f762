"""Rules: claims."""

from __future__ import annotations
