"""The real-corpus test: `openwash check --format json` on every case of ../shared/corpus and
../shared/corpus2 (20 more release repositories, labelled before openwash ever ran on them).

Compares verdict.overreach, verdict.osaid, verdict.open_weights and
verdict.weights_license_family with EXPECTED.json (each field lists the acceptable values;
null = not scored). Prints the agreement table; `python -m pytest tests/test_corpus.py -s`
shows it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, SHARED, VERDICT_FIELDS, check_json, needs_shared, verdict_agreement

CORPUS2 = SHARED / "corpus2"


def _cases() -> list[tuple[str, Path, dict[str, Any]]]:
    out: list[tuple[str, Path, dict[str, Any]]] = []
    sets = (
        ("", CORPUS / "EXPECTED.json", CORPUS / "cases"),
        ("", CORPUS / "cards" / "EXPECTED.json", CORPUS / "cards"),
        ("corpus2/", CORPUS2 / "EXPECTED.json", CORPUS2 / "cases"),
    )
    for prefix, expected_file, folder in sets:
        if not expected_file.is_file():
            continue
        for name, expected in json.loads(expected_file.read_text(encoding="utf-8"))["cases"].items():
            out.append((prefix + name, folder / name, expected))
    return out


CASES = _cases()
_RESULTS: dict[str, dict[str, bool]] = {}


@needs_shared
@pytest.mark.parametrize("name,path,expected", CASES, ids=[c[0] for c in CASES])
def test_corpus_case(name: str, path: Path, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    report = check_json(path, capsys)
    agreement = verdict_agreement(report, expected)
    _RESULTS[name] = agreement
    wrong = {f: (report["verdict"][f], expected[f]) for f, ok in agreement.items() if not ok}
    assert not wrong, f"{name}: got vs expected {wrong}; why: {expected.get('why')}"


@needs_shared
def test_corpus_agreement_table(capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the agreement per field (recomputed here so it does not depend on test order)."""
    totals = {f: [0, 0] for f in VERDICT_FIELDS}
    for name, path, expected in CASES:
        report = check_json(path, capsys)
        for field, ok in verdict_agreement(report, expected).items():
            totals[field][0] += int(ok)
            totals[field][1] += 1
    lines = ["field                    agree / scored"]
    for field, (ok, scored) in totals.items():
        lines.append(f"{field:<24} {ok:>5} / {scored}")
    all_ok = sum(v[0] for v in totals.values())
    all_scored = sum(v[1] for v in totals.values())
    lines.append(f"{'all':<24} {all_ok:>5} / {all_scored}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert all_scored > 0


@needs_shared
@pytest.mark.parametrize("name,path,expected", CASES, ids=[c[0] for c in CASES])
def test_every_overreaching_claim_is_reported_by_a_finding(name: str, path: Path, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    """OVERREACH in the headline always comes with a finding on the overreaching claim's line."""
    report = check_json(path, capsys)
    reported = {(f["path"], f["line"]) for f in report["findings"] if f["severity"] == "error"}
    silent = [(c["path"], c["line"], c["text"]) for c in report["claims"] if c.get("status") == "overreach" and (c["path"], c["line"]) not in reported]
    assert not silent, f"{name}: overreaching claims no error reports: {silent}"
