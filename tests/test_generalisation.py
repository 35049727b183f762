"""The held-out generalisation set: `openwash check --format json` on small releases written for this test.

`tests/fixtures/generalisation/<case>/` are model-release repositories in the styles real
releases use (Hugging Face cards, GitHub READMEs, bilingual READMEs, LoRA adapters, GGUF
quantisations, merges, gated and RAIL-licensed releases, …), none copied from the corpus.
`EXPECTED.json` (same format as ../shared/corpus/EXPECTED.json) holds the verdicts set from
DOMAIN.md §8 *before* openwash was run on them. Cases openwash gets wrong are kept and marked
xfail(strict=True) with a diagnosis; when a fix lands, the xfail turns into a failure that
asks for the marker to be removed. `python -m pytest tests/test_generalisation.py -s` prints
the agreement table. docs/generalisation.md describes the set and the misses.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import VERDICT_FIELDS, check_json, verdict_agreement


FIXTURES = Path(__file__).parent / "fixtures" / "generalisation"


# case -> diagnosis (module, function, what it does, what it should do)
KNOWN_MISSES: dict[str, str] = {}


def _cases() -> list[tuple[str, dict[str, Any]]]:
    data = json.loads((FIXTURES / "EXPECTED.json").read_text(encoding="utf-8"))
    return sorted(data["cases"].items())


CASES = _cases()


def _params() -> list[Any]:
    params = []
    for name, expected in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name])] if name in KNOWN_MISSES else []
        params.append(pytest.param(name, expected, id=name, marks=marks))
    return params


def test_every_case_has_a_folder_with_a_readme_and_a_reason() -> None:
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert folders == {name for name, _ in CASES}
    for name, expected in CASES:
        assert (FIXTURES / name / "README.md").is_file(), name
        assert expected["why"].strip(), name
        assert any(expected.get(f) is not None for f in VERDICT_FIELDS), name
    assert set(KNOWN_MISSES) <= folders
    assert 20 <= len(CASES) <= 30


@pytest.mark.parametrize("name,expected", _params())
def test_generalisation_case(name: str, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    report = check_json(FIXTURES / name, capsys)
    wrong = {f: (report["verdict"][f], expected[f]) for f, ok in verdict_agreement(report, expected).items() if not ok}
    assert not wrong, f"{name}: got vs expected {wrong}; why: {expected['why']}"


def test_generalisation_agreement_table(capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the agreement per field, and checks that exactly the known misses miss."""
    totals = {f: [0, 0] for f in VERDICT_FIELDS}
    missed: set[str] = set()
    for name, expected in CASES:
        agreement = verdict_agreement(check_json(FIXTURES / name, capsys), expected)
        for field, ok in agreement.items():
            totals[field][0] += int(ok)
            totals[field][1] += 1
        if not all(agreement.values()):
            missed.add(name)
    lines = ["field                    agree / scored"]
    for field, (ok, scored) in totals.items():
        lines.append(f"{field:<24} {ok:>5} / {scored}")
    all_ok = sum(v[0] for v in totals.values())
    all_scored = sum(v[1] for v in totals.values())
    lines.append(f"{'all':<24} {all_ok:>5} / {all_scored}")
    lines.append(f"cases fully right        {len(CASES) - len(missed):>5} / {len(CASES)}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    # A case that newly misses is a regression; one that newly passes needs its KNOWN_MISSES entry removed.
    assert missed == set(KNOWN_MISSES), f"unexpected misses {missed - set(KNOWN_MISSES)}, fixed {set(KNOWN_MISSES) - missed}"
