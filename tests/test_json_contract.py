"""The `--format json` contract of issue 2 (schema_version 1): names and types never change."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from conftest import PROJECT
from openwash import cli
from openwash.model import COMPONENT_KEYS, FAMILIES

EU_CONDITIONS = (
    "licence-freedoms", "disqualifying-terms", "use-restrictions", "monetisation", "personal-data",
    "public-parameters", "usage-information", "systemic-risk",
)
OSAID = {"conformant", "non-conformant", "insufficient-evidence"}
AVAILABILITY = {"in-repo", "lfs", "external", "gated", "absent"}


@pytest.mark.parametrize("example", ["overreaching-model", "honest-model"])
def test_json_contract(example: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["check", str(PROJECT / "examples" / example), "--format", "json"])
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert code in (0, 1)
    assert report["schema_version"] == 1
    assert report["tool"]["name"] == "openwash" and isinstance(report["tool"]["version"], str)
    assert isinstance(report["root"], str)
    v = report["verdict"]
    assert isinstance(v["overreach"], bool)
    assert v["osaid"] in OSAID
    assert v["mof_class"] in ("I", "II", "III", None)
    assert v["open_weights"] is None or isinstance(v["open_weights"], bool)
    assert isinstance(v["eu_ai_act_oss_exemption"], bool)
    assert v["weights_license_family"] in (*FAMILIES, None)
    for claim in report["claims"]:
        for key in ("id", "kind", "text", "path", "line", "column", "subject", "language", "backed", "profile"):
            assert key in claim
        assert isinstance(claim["backed"], bool) and isinstance(claim["line"], int)
    assert set(COMPONENT_KEYS) <= set(report["components"])
    for comp in report["components"].values():
        assert isinstance(comp["present"], bool)
        assert comp["availability"] in AVAILABILITY
        assert all({"path", "line"} <= set(e) for e in comp["evidence"])
        assert comp["open_license"] in (True, False, None)
    for lic in report["licenses"]:
        for key in ("path", "line", "id", "name", "family", "osi_approved", "applies_to", "confidence", "source"):
            assert key in lic
        assert lic["family"] in FAMILIES
    for finding in report["findings"]:
        for key in ("rule", "severity", "path", "line", "column", "message", "remediation", "claim"):
            assert key in finding
        assert finding["severity"] in ("error", "warning", "note")
    eu = report["profiles"]["eu-ai-act"]
    assert eu["status"] in ("pass", "fail")
    assert eu["details"]["exempt"] is v["eu_ai_act_oss_exemption"] is (eu["status"] == "pass")
    conditions = eu["details"]["conditions"]
    assert [c["id"] for c in conditions] == list(EU_CONDITIONS)
    for condition in conditions:
        assert {"id", "rule", "point", "requirement", "status", "reason", "evidence"} <= set(condition)
        assert condition["status"] in ("met", "not-met", "unknown")
        assert re.fullmatch(r"OW6\d\d", condition["rule"]) and condition["point"] and condition["reason"]
        assert all(isinstance(e["path"], str) and isinstance(e["line"], int) for e in condition["evidence"])
    assert v["eu_ai_act_oss_exemption"] == all(c["status"] == "met" for c in conditions)
    owed = eu["details"]["still_owed"]
    assert set(owed) == {"copyright-policy", "training-content-summary"}
    assert all(item["status"] in ("present", "linked", "missing") for item in owed.values())
    assert all({"path", "line", "text"} <= set(claim) for claim in eu["details"]["claims"])
    assert set(report["summary"]) == {"errors", "warnings", "notes"}
    assert report["summary"]["errors"] == sum(f["severity"] == "error" for f in report["findings"])
    assert (code == 1) == (report["summary"]["errors"] > 0)
