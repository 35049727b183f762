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
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from conftest import VERDICT_FIELDS, check_json, verdict_agreement


FIXTURES = Path(__file__).parent / "fixtures" / "generalisation"


# case -> diagnosis (module, function, what it does, what it should do)
KNOWN_MISSES: dict[str, str] = {}


# --- helpers shared with tests/test_generalisation_2.py (the second held-out set) ---------------------


def load_cases(fixtures: Path) -> list[tuple[str, dict[str, Any]]]:
    """The cases of a held-out set's EXPECTED.json, sorted by name."""
    data = json.loads((fixtures / "EXPECTED.json").read_text(encoding="utf-8"))
    return sorted(data["cases"].items())


def case_params(cases: list[tuple[str, dict[str, Any]]], known_misses: Mapping[str, str]) -> list[Any]:
    """One pytest param per case; a known miss is a strict xfail whose reason is its diagnosis."""
    params = []
    for name, expected in cases:
        marks = [pytest.mark.xfail(strict=True, reason=known_misses[name])] if name in known_misses else []
        params.append(pytest.param(name, expected, id=name, marks=marks))
    return params


def check_set_layout(fixtures: Path, cases: list[tuple[str, dict[str, Any]]], known: set[str]) -> None:
    """Every case has a folder with a README and a reason; every folder has a case."""
    folders = {p.name for p in fixtures.iterdir() if p.is_dir()}
    assert folders == {name for name, _ in cases}
    for name, expected in cases:
        assert (fixtures / name / "README.md").is_file(), name
        assert expected["why"].strip(), name
        assert any(expected.get(f) is not None for f in VERDICT_FIELDS), name
    assert known <= folders


def assert_case_agrees(fixtures: Path, name: str, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    report = check_json(fixtures / name, capsys)
    wrong = {f: (report["verdict"][f], expected[f]) for f, ok in verdict_agreement(report, expected).items() if not ok}
    assert not wrong, f"{name}: got vs expected {wrong}; why: {expected['why']}"


def agreement_table(fixtures: Path, cases: list[tuple[str, dict[str, Any]]], capsys: pytest.CaptureFixture[str]) -> dict[str, set[str]]:
    """Prints the agreement per field; returns the fields each missed case gets wrong."""
    totals = {f: [0, 0] for f in VERDICT_FIELDS}
    missed: dict[str, set[str]] = {}
    for name, expected in cases:
        agreement = verdict_agreement(check_json(fixtures / name, capsys), expected)
        for field, ok in agreement.items():
            totals[field][0] += int(ok)
            totals[field][1] += 1
        wrong = {field for field, ok in agreement.items() if not ok}
        if wrong:
            missed[name] = wrong
    lines = [f"{fixtures.name}", "field                    agree / scored"]
    for field, (agreed, scored) in totals.items():
        lines.append(f"{field:<24} {agreed:>5} / {scored}")
    all_ok = sum(v[0] for v in totals.values())
    all_scored = sum(v[1] for v in totals.values())
    lines.append(f"{'all':<24} {all_ok:>5} / {all_scored}")
    lines.append(f"cases fully right        {len(cases) - len(missed):>5} / {len(cases)}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    return missed


# --- the first held-out set ----------------------------------------------------------------------------

CASES = load_cases(FIXTURES)


def test_every_case_has_a_folder_with_a_readme_and_a_reason() -> None:
    check_set_layout(FIXTURES, CASES, set(KNOWN_MISSES))
    assert 20 <= len(CASES) <= 30


@pytest.mark.parametrize("name,expected", case_params(CASES, KNOWN_MISSES))
def test_generalisation_case(name: str, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    assert_case_agrees(FIXTURES, name, expected, capsys)


def test_generalisation_agreement_table(capsys: pytest.CaptureFixture[str]) -> None:
    """Prints the agreement per field, and checks that exactly the known misses miss."""
    missed = set(agreement_table(FIXTURES, CASES, capsys))
    # A case that newly misses is a regression; one that newly passes needs its KNOWN_MISSES entry removed.
    assert missed == set(KNOWN_MISSES), f"unexpected misses {missed - set(KNOWN_MISSES)}, fixed {set(KNOWN_MISSES) - missed}"
