"""Exports: the MOT model file, the SPDX 2.3 AI-BOM and the shields.io badge."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from conftest import CORPUS, OPENNESS_DATA, needs_shared
from openwash import engine, mof
from openwash.export import badge, mot, release, spdx
from openwash.model import COMPONENT_KEYS, BaseModelRef, Component, LicenseInfo, Location, Report, Verdict

MOT_SCHEMA = OPENNESS_DATA / "mof-test-data" / "schema" / "mof_schema.json"
LFS_POINTER = (
    "version https://git-lfs.github.com/spec/v1\n"
    "oid sha256:" + "ab" * 32 + "\n"
    "size 4942000000\n"
)
CARD = """---
license: other
license_name: llama3.1
datasets:
- HuggingFaceFW/fineweb
- our private crawl
base_model: meta-llama/Llama-3.1-8B
pipeline_tag: text-generation
---
# Tiny Llama Finetune

Weights on https://huggingface.co/acme/tiny-llama-ft.

```bash
# not a title
```
"""


def _cases() -> list[Path]:
    cases = CORPUS / "cases"
    return sorted(p for p in cases.iterdir() if p.is_dir()) if cases.is_dir() else []


def _yaml(text: str) -> dict:
    return YAML(typ="safe", pure=True).load(text)


def _validate_mot(data: dict) -> list[str]:
    import jsonschema

    schema = json.loads(MOT_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    return [e.message for e in validator.iter_errors(data)]


@pytest.fixture
def release_repo(make_repo):
    """A small release: card, Apache LICENSE, code, an LFS pointer and a real weight body."""
    return make_repo(
        {
            "README.md": CARD,
            "LICENSE": "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n",
            "modeling.py": "class TinyLlama:\n    pass\n",
            "train.py": "print('train')\n",
            "model.safetensors": LFS_POINTER,
            "pytorch_model.bin": b"\x00\x01" * 4096,  # a weight body: never hashed
            "weird name (1).md": "# notes\n",
        }
    )


def _report(root: Path, *, weights_license: str | None = "LicenseRef-llama-3.1") -> Report:
    components = {key: Component(key) for key in COMPONENT_KEYS}

    def present(key: str, *paths: str, license: str | None = None) -> None:
        components[key] = Component(key, True, "in-repo", [Location(p, 1) for p in paths], license, None)

    present("model-architecture", "modeling.py", license="Apache-2.0")
    present("training-code", "train.py", license="Apache-2.0")
    present("model-parameters-final", "model.safetensors", "pytorch_model.bin", license=weights_license)
    present("model-card", "README.md", "weird name (1).md", license="CC-BY-4.0")
    present("datasets", "README.md")
    report = Report(root=str(root), tool_version="0.1.0", components=components, documents=["README.md", "LICENSE"])
    report.licenses = [
        LicenseInfo("LICENSE", 1, "Apache-2.0", "Apache License 2.0", "osi-approved", True, [], 0.99, "license-file"),
        LicenseInfo(
            "README.md", 3, "LicenseRef-llama-3.1", "Llama 3.1 Community License", "vendor-community", False,
            ["weights"], 0.9, "front-matter", key="llama3.1",
            properties={"url": "https://www.llama.com/llama3_1/license/"},
        ),
    ]
    report.base_models = [BaseModelRef("meta-llama/Llama-3.1-8B", "README.md", 7, "front-matter", "llama-3.1", "llama3.1", "vendor-community")]
    report.verdict = Verdict(mof_class=mof.classify_components(components, {}).report_class)
    return report


# ------------------------------------------------------------------ MOT


@needs_shared
def test_mot_export_validates_and_reclassifies(release_repo: Path) -> None:
    report = _report(release_repo)
    data = _yaml(mot.render(report, release_repo))
    assert _validate_mot(data) == []
    release_section = data["release"]
    assert release_section["name"] == "Tiny Llama Finetune"
    assert release_section["type"] == "language"
    assert release_section["origin"] == "meta-llama/Llama-3.1-8B"
    assert release_section["huggingface"] == "https://huggingface.co/acme/tiny-llama-ft"
    assert release_section["license"]["distribution"] == {"name": "Apache-2.0", "path": "LICENSE"}
    by_name = {c["name"]: c for c in release_section["components"]}
    assert by_name["Model architecture"] == {
        "name": "Model architecture", "license": "Apache-2.0", "license_path": "LICENSE", "component_path": "modeling.py"
    }
    assert by_name["Datasets"]["license"] == "unlicensed"  # present, no licence found: not the global one
    assert "Data card" not in by_name
    assert mof.classify(data).report_class == report.verdict.mof_class


def test_mot_round_trip_reaches_class_iii(release_repo: Path) -> None:
    report = _report(release_repo, weights_license="Apache-2.0")
    for key in ("technical-report", "evaluation-results", "data-card"):
        report.components[key] = Component(key, True, "in-repo", [Location("README.md", 1)], "CC-BY-4.0")
    report.verdict.mof_class = mof.classify_components(report.components, {}).report_class
    assert report.verdict.mof_class == "III"
    assert mof.classify(_yaml(mot.render(report, release_repo))).report_class == "III"


def test_mot_export_writes_canonical_ids(release_repo: Path) -> None:
    report = _report(release_repo, weights_license="apache-2.0")
    data = _yaml(mot.render(report, release_repo))
    weights = next(c for c in data["release"]["components"] if c["name"] == "Model parameters (Final)")
    assert weights["license"] == "Apache-2.0"
    assert mof.classify(data).report_class == mof.classify_components(report.components, {}).report_class


def test_mot_export_of_vendor_weights_is_unclassified(release_repo: Path) -> None:
    report = _report(release_repo)  # Llama 3.1 terms on the weights
    assert mof.classify(_yaml(mot.render(report, release_repo))).mof_class == 0


@needs_shared
@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_corpus_mot_round_trip(case: Path) -> None:
    report = engine.check(case)
    data = _yaml(mot.render(report, case))
    assert _validate_mot(data) == []
    assert mof.classify(data).report_class == report.verdict.mof_class


# ------------------------------------------------------------------ SPDX


def _packages(document) -> dict[str, object]:
    return {p.spdx_id: p for p in document.packages}


def test_spdx_document_is_valid_and_complete(release_repo: Path) -> None:
    report = _report(release_repo)
    document = spdx.build_document(report, release_repo)
    assert spdx.validate(document) == []
    packages = _packages(document)
    model = packages[spdx.MODEL_ID]
    assert model.name == "Tiny Llama Finetune"
    assert str(model.license_concluded) == "LicenseRef-llama-3.1"
    assert "LicenseRef-llama-3.1" in str(model.license_declared) and "Apache-2.0" in str(model.license_declared)
    assert model.external_references[0].locator == "pkg:huggingface/acme/tiny-llama-ft"
    # Every dataset the card names is a package the model was generated from (trainedOn).
    fineweb = packages["SPDXRef-Dataset-HuggingFaceFW-fineweb"]
    assert fineweb.download_location == "https://huggingface.co/datasets/HuggingFaceFW/fineweb"
    assert "SPDXRef-Dataset-our-private-crawl" in packages
    relations = {(r.spdx_element_id, r.relationship_type.name, r.related_spdx_element_id) for r in document.relationships}
    assert (spdx.MODEL_ID, "GENERATED_FROM", "SPDXRef-Dataset-HuggingFaceFW-fineweb") in relations
    assert (spdx.MODEL_ID, "DESCENDANT_OF", "SPDXRef-BaseModel-meta-llama-Llama-3.1-8B") in relations
    assert ("SPDXRef-DOCUMENT", "DESCRIBES", spdx.MODEL_ID) in relations
    assert ("SPDXRef-File-model.safetensors", "DATA_FILE_OF", spdx.MODEL_ID) in relations
    assert ("SPDXRef-File-README.md", "DOCUMENTATION_OF", spdx.MODEL_ID) in relations
    assert ("SPDXRef-File-train.py", "BUILD_TOOL_OF", spdx.MODEL_ID) in relations
    readme = next(r for r in document.relationships if r.spdx_element_id == "SPDXRef-File-README.md")
    assert "Model card" in readme.comment and "Datasets" in readme.comment
    # The model licence outside the SPDX list is defined, with its URL.
    extracted = {e.license_id: e for e in document.extracted_licensing_info}
    assert extracted["LicenseRef-llama-3.1"].cross_references == ["https://www.llama.com/llama3_1/license/"]
    assert extracted["LicenseRef-llama-3.1"].license_name == "Llama 3.1 Community License"


def test_spdx_hashes_small_files_never_weight_bodies(release_repo: Path) -> None:
    document = spdx.build_document(_report(release_repo), release_repo)
    files = {f.name: f for f in document.files}
    assert "./pytorch_model.bin" not in files
    pointer = files["./model.safetensors"]
    assert "sha256:" + "ab" * 32 in (pointer.comment or "")
    import hashlib

    expected = hashlib.sha1(LFS_POINTER.encode()).hexdigest()
    assert {c.algorithm.name: c.value for c in pointer.checksums}["SHA1"] == expected
    licence_file = files["./LICENSE"]
    assert [str(e) for e in licence_file.license_info_in_file] == ["Apache-2.0"]
    assert "./weird name (1).md" in files
    notes = [a.annotation_comment for a in document.annotations if a.annotation_comment.startswith("openwash.files-not-hashed")]
    assert notes and "pytorch_model.bin" in notes[0] and "never read" in notes[0]


def test_spdx_facts_are_annotations(release_repo: Path) -> None:
    document = spdx.build_document(_report(release_repo), release_repo)
    comments = {a.annotation_comment.split(":", 1)[0]: a.annotation_comment.split(": ", 1)[1] for a in document.annotations}
    verdict = json.loads(comments["openwash.verdict"])
    assert verdict["mof_class"] is None and "osaid" in verdict
    components = json.loads(comments["openwash.components"])
    assert components["Model parameters (Final)"]["evidence"] == ["model.safetensors:1", "pytorch_model.bin:1"]


def test_spdx_json_parses_back_and_validates(release_repo: Path, tmp_path: Path) -> None:
    from spdx_tools.spdx.parser.parse_anything import parse_file

    out = tmp_path / "release.spdx.json"
    out.write_text(spdx.render(_report(release_repo), release_repo), encoding="utf-8")
    parsed = parse_file(str(out))
    assert spdx.validate(parsed) == []
    assert {p.spdx_id for p in parsed.packages} >= {spdx.MODEL_ID, "SPDXRef-Dataset-HuggingFaceFW-fineweb"}


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Apache-2.0", "Apache-2.0"),
        ("apache-2.0", "Apache-2.0"),
        ("MIT OR Apache-2.0", "MIT OR Apache-2.0"),
        ("llama3.1", "LicenseRef-llama3.1"),
        ("Llama 3 Community", "LicenseRef-Llama-3-Community"),
        ("Apache-2.0 AND gemma", "Apache-2.0 AND LicenseRef-gemma"),
        ("MIT OR (", "LicenseRef-MIT-OR"),
    ],
)
def test_licence_ids_become_valid_expressions(raw: str, expected: str, tmp_path: Path) -> None:
    refs = spdx._LicenseRefs(tmp_path, [])
    assert str(refs.expression(raw)) == expected
    for ref in refs.extracted.values():
        assert ref.extracted_text  # SPDX 2.3 requires the text (or where to find it)


def test_scancode_refs_are_defined_with_licensedb_url(tmp_path: Path) -> None:
    refs = spdx._LicenseRefs(tmp_path, [])
    assert str(refs.expression("LicenseRef-scancode-llama-2-license-2023")) == "LicenseRef-scancode-llama-2-license-2023"
    definition = refs.extracted["LicenseRef-scancode-llama-2-license-2023"]
    assert definition.cross_references == ["https://scancode-licensedb.aboutcode.org/llama-2-license-2023.html"]


def test_unknown_licence_is_noassertion(tmp_path: Path) -> None:
    refs = spdx._LicenseRefs(tmp_path, [])
    assert refs.expression("unknown") is None and refs.expression(None) is None and refs.extracted == {}


def test_licence_text_comes_from_the_licence_file(make_repo) -> None:
    root = make_repo({"LICENSE-MODEL": "ACME MODEL LICENCE\nYou may not use this for evil.\n"})
    info = LicenseInfo("LICENSE-MODEL", 1, "LicenseRef-acme-model", "ACME Model Licence", "proprietary", False, ["weights"], 0.8, "license-file")
    refs = spdx._LicenseRefs(root, [info])
    refs.expression("LicenseRef-acme-model")
    assert refs.extracted["LicenseRef-acme-model"].extracted_text.startswith("ACME MODEL LICENCE")


@needs_shared
@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_corpus_spdx_validates(case: Path) -> None:
    report = engine.check(case)
    document = spdx.build_document(report, case)
    assert spdx.validate(document) == []
    assert document.packages[0].spdx_id == spdx.MODEL_ID


# ------------------------------------------------------------------ badge


@pytest.mark.parametrize(
    "verdict, message, color",
    [
        (Verdict(overreach=True, osaid="conformant", mof_class="I"), "overreach", "red"),
        (Verdict(osaid="conformant", mof_class="I", open_weights=True), "OSAID ✓ · MOF I", "brightgreen"),
        (Verdict(osaid="non-conformant", open_weights=True), "open weights", "green"),
        (Verdict(osaid="non-conformant", open_weights=True, mof_class="III"), "open weights · MOF III", "green"),
        (Verdict(osaid="non-conformant", mof_class="III"), "MOF III", "yellowgreen"),
        (Verdict(osaid="non-conformant", weights_license_family="rail"), "rail weights", "orange"),
        (Verdict(osaid="insufficient-evidence"), "insufficient evidence", "yellow"),
        (Verdict(osaid="non-conformant"), "not open", "lightgrey"),
    ],
)
def test_badge_message_and_colour(verdict: Verdict, message: str, color: str) -> None:
    document = badge.badge(Report(root=".", tool_version="0", verdict=verdict))
    assert document == {"schemaVersion": 1, "label": "openness", "message": message, "color": color}


# ------------------------------------------------------------------ commands


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "openwash", *args], capture_output=True, text=True, timeout=120)


def test_cli_exports(release_repo: Path, tmp_path: Path) -> None:
    out = _run("badge", str(release_repo))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["schemaVersion"] == 1
    mot_file = tmp_path / "model.yml"
    out = _run("export", "mot", str(release_repo), "-o", str(mot_file))
    assert out.returncode == 0, out.stderr
    check = json.loads(_run("check", str(release_repo), "--format", "json").stdout)
    reclass = json.loads(_run("mof-class", str(mot_file), "--format", "json").stdout)
    assert mof.REPORT_CLASS[reclass["class"]] == check["verdict"]["mof_class"]
    out = _run("export", "spdx", str(release_repo))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["spdxVersion"] == "SPDX-2.3"


def test_cli_export_missing_path_exits_2(tmp_path: Path) -> None:
    out = _run("export", "spdx", str(tmp_path / "nope"))
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_check_path_does_not_import_export_libraries(release_repo: Path) -> None:
    code = (
        "import sys\nfrom openwash import cli\n"
        f"cli.main(['check', {str(release_repo)!r}, '--format', 'json', '-o', {str(release_repo / 'out.json')!r}])\n"
        "print(sorted(m for m in ('spdx_tools', 'jsonschema') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


# ------------------------------------------------------------------ release metadata


def test_release_info_reads_the_card(release_repo: Path) -> None:
    report = Report(root=str(release_repo), tool_version="0", documents=["README.md", "LICENSE"])
    info = release.release_info(report, release_repo)
    assert info.name == "Tiny Llama Finetune"
    assert info.datasets == ["HuggingFaceFW/fineweb", "our private crawl"]
    assert info.pipeline_tag == "text-generation"


def test_file_facts_refuses_paths_outside_root(make_repo) -> None:
    root = make_repo({"a.txt": "x"})
    assert release.file_facts(root, "../outside.txt") is None
    assert release.file_facts(root, "missing.txt") is None
    facts = release.file_facts(root, "a.txt")
    assert facts is not None and facts.sha1 == "11f6ad8ec52a2984abaafd7c3b516503785c2072"
