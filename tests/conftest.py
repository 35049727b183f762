"""Shared test fixtures: where ../shared lives, and a helper to build small repositories."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

# The suite (and every openwash process it starts) uses its own user cache, never ~/.cache.
_TEST_CACHE = tempfile.mkdtemp(prefix="openwash-test-cache-")
os.environ["OPENWASH_CACHE_DIR"] = _TEST_CACHE
os.environ.pop("OPENWASH_NO_CACHE", None)
# Tests patch openwash in-process and check the same fixtures again: a report printed again by
# openwash.memo would hide the patch. tests/test_memo.py turns it back on.
os.environ["OPENWASH_NO_MEMO"] = "1"
atexit.register(shutil.rmtree, _TEST_CACHE, True)

# The real-world evaluation set holds upstream trees (stubbed source files named test_*.py among them): data, not tests.
collect_ignore = ["realworld"]

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("OPENWASH_SHARED", PROJECT.parent / "shared"))
CORPUS = SHARED / "corpus"
OPENNESS_DATA = SHARED / "openness-data"

# The MIT licence text, for fixtures that need a real, identifiable licence file.
MIT_TEXT = """MIT License

Copyright (c) 2026 Example Lab

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

needs_shared = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared (corpus, openness-data) not beside the checkout")


@pytest.fixture
def make_repo(tmp_path: Path):
    """Write {relative path: text or bytes} into a fresh directory and return it."""

    def _make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "repo"
        if root.exists():  # a second repository in the same test starts empty too, not on top of the first
            shutil.rmtree(root)
        root.mkdir()
        for rel, content in files.items():
            target = root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(content, encoding="utf-8")
        return root

    return _make


VERDICT_FIELDS = ("overreach", "osaid", "open_weights", "weights_license_family")


def check_json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    """`openwash check PATH --format json` through main(); the report as a dict."""
    from openwash import cli

    code = cli.main(["check", str(path), "--format", "json", "--fail-on", "never"])
    out = capsys.readouterr().out
    assert code == 0, out
    report: dict[str, Any] = json.loads(out)
    return report


def verdict_agreement(report: dict[str, Any], expected: dict[str, Any]) -> dict[str, bool]:
    """Per scored field of an EXPECTED.json case: is the verdict among the acceptable values?"""
    verdict = report["verdict"]
    return {f: verdict[f] in expected[f] for f in VERDICT_FIELDS if expected.get(f) is not None}
