"""Shared test fixtures: where ../shared lives, and a helper to build small repositories."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("OPENWASH_SHARED", PROJECT.parent / "shared"))
CORPUS = SHARED / "corpus"
OPENNESS_DATA = SHARED / "openness-data"

needs_shared = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared (corpus, openness-data) not beside the checkout")


@pytest.fixture
def make_repo(tmp_path: Path):
    """Write {relative path: text or bytes} into a fresh directory and return it."""

    def _make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "repo"
        root.mkdir(exist_ok=True)
        for rel, content in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return root

    return _make
