"""`profiles:` / `--profiles` chooses the definitions claims are judged against; licence and code claims always are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from openwash import cli

CARD = (
    "---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Acme\n\n"
    "Acme is a fully open-source model.\n\nAcme is an open-weights model.\n"
)


def _report(root: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict[str, Any]]:
    code = cli.main(["check", str(root), "--format", "json", *extra])
    return code, json.loads(capsys.readouterr().out)


def test_every_definition_is_judged_by_default(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _report(make_repo({"README.md": CARD}), capsys)
    assert code == 1
    assert {"OW101", "OW102"} <= {f["rule"] for f in report["findings"]}


def test_a_profile_left_out_leaves_its_claims_unjudged(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _report(make_repo({"README.md": CARD}), capsys, "--profiles", "open-weights")
    rules = {f["rule"] for f in report["findings"]}
    assert "OW101" not in rules and "OW102" in rules
    osaid_claims = [c for c in report["claims"] if c["profile"] == "osaid"]
    assert osaid_claims and all(c["status"] is None and "not selected" in c["reason"] for c in osaid_claims)
    assert report["verdict"]["overreach"] is True and code == 1  # the open-weights claim still overreaches


def test_with_only_unrelated_profiles_no_openness_claim_fails_but_the_licence_still_does(
    make_repo: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_repo({"README.md": CARD})
    code, report = _report(root, capsys, "--profiles", "mof")
    rules = {f["rule"] for f in report["findings"]}
    assert not rules & {"OW101", "OW102"}
    assert "OW301" in rules  # the licence declaration against its base model is judged whatever the profiles
    assert code == 1
