"""Claims written so that a plain regex misses them, while GitHub and the Hub render the words.

Zero-width characters (U+200B, U+2060, the soft hyphen), HTML entities, look-alike letters
(Cyrillic, Greek, all-Cyrillic spellings) and compatibility forms (fullwidth, mathematical
bold, Kangxi radicals) are normalised before matching (`openwash.rendered`), in English and
Chinese; the reported column is still the file's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

LICENCE_NC = (
    "Creative Commons Attribution-NonCommercial 4.0 International\n\n"
    "You may not use the material for commercial purposes.\n"
)

HIDDEN = {
    "zero-width-space": "op\u200ben-source",
    "word-joiner": "open\u2060-source",
    "soft-hyphen": "open-sou\u00adrce",
    "entity-decimal": "op&#101;n-source",
    "entity-hex": "&#x6F;pen-source",
    "entity-named-nbsp": "open&nbsp;source",
    "cyrillic-o-e": "\u043epen-sourc\u0435",
    "all-cyrillic": "\u043e\u0440\u0435\u043f-\u0455\u043eurce",
    "greek-omicron": "\u03bfpen-source",
    "fullwidth": "\uff4f\uff50\uff45\uff4e-source",
    "math-bold": "\U0001d428\U0001d429\U0001d41e\U0001d427-source",
}


def _check(root: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-I", "-m", "openwash", "check", str(root), "--format", "json", "--no-cache"],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def _release(tmp_path: Path, sentence: str) -> Path:
    root = tmp_path / "release"
    root.mkdir()
    (root / "LICENSE").write_text(LICENCE_NC, encoding="utf-8")
    (root / "README.md").write_text(
        "---\nlicense: cc-by-nc-4.0\n---\n# Acme-7B\n\n" + sentence + "\n", encoding="utf-8"
    )
    return root


@pytest.mark.parametrize("spelling", list(HIDDEN.values()), ids=list(HIDDEN))
def test_hidden_english_open_source_claim_is_found_at_the_file_column(tmp_path: Path, spelling: str) -> None:
    sentence = f"Acme-7B is an {spelling} model for everyone."
    report = _check(_release(tmp_path, sentence))
    found = [c for c in report["claims"] if c["kind"] == "open-source"]
    assert found, f"{spelling!r} was not read as 'open-source'"
    assert found[0]["line"] == 6
    assert found[0]["column"] == sentence.index(spelling) + 1, "the column must be the file's, not the normalised text's"
    assert report["verdict"]["overreach"] is True


@pytest.mark.parametrize(
    "spelling",
    ["\u5f00\u200b\u6e90", "\u5f00&#x200B;\u6e90", "\u5f00\u2060\u6e90"],
    ids=["zero-width-space", "entity-zwsp", "word-joiner"],
)
def test_hidden_chinese_kaiyuan_claim_is_found(tmp_path: Path, spelling: str) -> None:
    report = _check(_release(tmp_path, f"我们{spelling}了 Acme-7B 模型。"))
    assert any(c["kind"] == "open-source" and c["language"] == "zh" for c in report["claims"])
    assert report["verdict"]["overreach"] is True


def test_kangxi_radical_lookalikes_in_chinese_are_read_as_the_ideographs(tmp_path: Path) -> None:
    # "完全开源" with 全 spelled normally and the Kangxi radical ⼤ in "⼤模型" (renders as 大).
    report = _check(_release(tmp_path, "Acme-7B \u2f24\u6a21\u578b\u5b8c\u5168\u5f00\u6e90。"))
    assert any(c["kind"] == "fully-open" for c in report["claims"])


def test_entities_that_decode_to_markup_do_not_hide_the_words(tmp_path: Path) -> None:
    # GitHub shows literal backticks and the words between them; a decoder that produced real
    # backticks would make a code span and hide the claim.
    report = _check(_release(tmp_path, "Acme-7B is an &#96;open-source&#96; model &lt;!-- and more."))
    assert any(c["kind"] == "open-source" for c in report["claims"])


def test_russian_prose_is_left_alone(tmp_path: Path) -> None:
    from openwash.rendered import normalise

    line = "Это открытый код: модель и веса доступны всем."
    assert normalise(line) == (line, None)


def test_columns_after_hidden_characters_are_the_files(tmp_path: Path) -> None:
    sentence = "Ac\u200bme-7B (op&#101;n) is an op&#101;n-source model."
    report = _check(_release(tmp_path, sentence))
    found = [c for c in report["claims"] if c["kind"] == "open-source"]
    assert found and found[0]["column"] == sentence.index("op&#101;n-source") + 1
