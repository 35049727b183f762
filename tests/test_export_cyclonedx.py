"""`openwash export cyclonedx`: a CycloneDX 1.6 ML-BOM validated with cyclonedx-python-lib's own JSON schema
validator; and `openwash export g7`: which of the G7 SBOM-for-AI minimum elements the release provides."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS
from openwash import engine

pytest.importorskip("cyclonedx")

from openwash.export import cyclonedx, g7  # noqa: E402

CORPUS2 = CORPUS.parent / "corpus2"
LFS_OID = "ab" * 32
LFS_POINTER = f"version https://git-lfs.github.com/spec/v1\noid sha256:{LFS_OID}\nsize 4942000000\n"
CARD = """---
license: apache-2.0
datasets:
- tatsu-lab/alpaca
- HuggingFaceFW/fineweb
- our-org/private-crawl
base_model: meta-llama/Llama-3.1-8B
pipeline_tag: text-generation
model-index:
- name: Tiny Llama Finetune
  results:
  - task: {type: text-generation}
    dataset: {name: MMLU, type: cais/mmlu}
    metrics:
    - {type: accuracy, value: 61.2}
---
# Tiny Llama Finetune

Tiny Llama Finetune is a small instruction-following model fine-tuned from Llama 3.1 8B for tests.

Weights on https://huggingface.co/acme/tiny-llama-ft.

## Intended uses

Answering short questions in English for research prototypes and demos.

## Limitations

The model hallucinates facts and was not evaluated for safety in any deployment.
"""
CONFIG = '{"architectures": ["LlamaForCausalLM"], "model_type": "llama"}\n'


@pytest.fixture
def release_repo(make_repo: Any) -> Path:
    return make_repo(
        {
            "README.md": CARD,
            "config.json": CONFIG,
            "LICENSE": "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n",
            "train.py": "print('train')\n",
            "model.safetensors": LFS_POINTER,
            "pytorch_model.bin": b"\x00\x01" * 4096,
        }
    )


def _bom(root: Path) -> dict[str, Any]:
    return cyclonedx.build(engine.check(root), root)


def _components(bom: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["bom-ref"]: c for c in bom.get("components", [])}


def _prop(component: dict[str, Any], name: str) -> str | None:
    return next((p["value"] for p in component.get("properties", []) if p["name"] == name), None)


# --------------------------------------------------------------------------- the BOM


def test_the_bom_passes_the_librarys_cyclonedx_16_schema_validation(release_repo: Path) -> None:
    bom = _bom(release_repo)
    assert bom["specVersion"] == "1.6" and bom["bomFormat"] == "CycloneDX"
    assert cyclonedx.validate(bom) == []


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b["metadata"]["component"]["modelCard"]["modelParameters"].__setitem__("approach", {"type": "guessing"}),
        lambda b: b["metadata"]["component"]["modelCard"].__setitem__("unknownField", 1),
        lambda b: b["components"][0]["data"][0].__setitem__("type", "spreadsheet"),
        lambda b: b.__setitem__("specVersion", 1.6),
    ],
)
def test_the_validator_rejects_a_damaged_bom(release_repo: Path, damage: Any) -> None:
    bom = _bom(release_repo)
    bom["components"].sort(key=lambda c: c["type"] != "data")  # a data component first
    damage(bom)
    assert cyclonedx.validate(bom) != []


def test_the_model_is_the_described_component_with_its_licences(release_repo: Path) -> None:
    model = _bom(release_repo)["metadata"]["component"]
    assert model["type"] == "machine-learning-model" and model["bom-ref"] == "model"
    assert model["name"] == "Tiny Llama Finetune"
    assert model["purl"] == "pkg:huggingface/acme/tiny-llama-ft"
    assert model["supplier"]["name"] == "acme"
    assert model["description"].startswith("Tiny Llama Finetune is a small")
    declared = [x["license"] for x in model["licenses"] if x["license"].get("acknowledgement") == "declared"]
    assert {"id": "Apache-2.0", "acknowledgement": "declared"} in declared
    assert _prop(model, "openwash:verdict:osaid") is not None


def test_the_base_model_is_the_pedigree_ancestor_with_its_terms(release_repo: Path) -> None:
    model = _bom(release_repo)["metadata"]["component"]
    (ancestor,) = model["pedigree"]["ancestors"]
    assert ancestor["name"] == "meta-llama/Llama-3.1-8B"
    assert ancestor["type"] == "machine-learning-model"
    assert ancestor["purl"] == "pkg:huggingface/meta-llama/Llama-3.1-8B"
    (licence,) = ancestor["licenses"]
    assert "Llama 3.1" in licence["license"]["name"] and licence["license"]["url"].startswith("https://")
    assert _prop(ancestor, "openwash:terms-family") == "vendor-community"


def test_training_datasets_are_data_components_the_model_depends_on(release_repo: Path) -> None:
    bom = _bom(release_repo)
    components = _components(bom)
    alpaca = components["dataset:tatsu-lab/alpaca"]
    assert alpaca["type"] == "data"
    assert alpaca["licenses"] == [{"license": {"id": "CC-BY-NC-4.0"}}]
    assert _prop(alpaca, "openwash:commercial-use") == "no"
    assert alpaca["data"][0]["type"] == "dataset"
    assert alpaca["data"][0]["contents"]["url"] == "https://huggingface.co/datasets/tatsu-lab/alpaca"
    unknown = components["dataset:our-org/private-crawl"]
    assert "licenses" not in unknown and _prop(unknown, "openwash:terms") is None  # terms unknown: nothing invented
    refs = [d["ref"] for d in bom["metadata"]["component"]["modelCard"]["modelParameters"]["datasets"]]
    assert refs == ["dataset:tatsu-lab/alpaca", "dataset:HuggingFaceFW/fineweb", "dataset:our-org/private-crawl"]
    assert all(r in components for r in refs)
    (model_deps,) = [d for d in bom["dependencies"] if d["ref"] == "model"]
    assert sorted(model_deps["dependsOn"]) == sorted(refs)


def test_the_model_card_carries_task_architecture_metrics_and_considerations(release_repo: Path) -> None:
    card = _bom(release_repo)["metadata"]["component"]["modelCard"]
    params = card["modelParameters"]
    assert params["task"] == "text-generation"
    assert params["modelArchitecture"] == "LlamaForCausalLM" and params["architectureFamily"] == "llama"
    assert params["inputs"] == [{"format": "text"}] and params["outputs"] == [{"format": "text"}]
    assert card["quantitativeAnalysis"]["performanceMetrics"] == [{"type": "accuracy", "value": "61.2", "slice": "MMLU"}]
    assert card["considerations"]["technicalLimitations"] == ["The model hallucinates facts and was not evaluated for safety in any deployment."]
    assert card["considerations"]["useCases"][0].startswith("Answering short questions")


def test_files_are_hashed_but_weight_bodies_never_read(release_repo: Path) -> None:
    files = {c["name"]: c for c in _bom(release_repo)["components"] if c["type"] == "file"}
    pointer = files["model.safetensors"]
    assert pointer["hashes"] == [{"alg": "SHA-256", "content": LFS_OID}]  # the object's hash, from the pointer
    assert _prop(pointer, "openwash:weights") == "yes"
    licence = files["LICENSE"]
    text = (release_repo / "LICENSE").read_bytes()
    assert {"alg": "SHA-256", "content": hashlib.sha256(text).hexdigest()} in licence["hashes"]
    assert {"alg": "SHA-1", "content": hashlib.sha1(text).hexdigest()} in licence["hashes"]  # noqa: S324
    body = files.get("pytorch_model.bin")
    if body is not None:
        assert "hashes" not in body and _prop(body, "openwash:not-hashed")


def test_bom_refs_are_unique(release_repo: Path) -> None:
    bom = _bom(release_repo)
    refs = [c["bom-ref"] for c in bom["components"]] + ["model"]
    assert len(refs) == len(set(refs))


def _corpus_roots() -> list[Path]:
    roots: list[Path] = []
    for base in (CORPUS / "cases", CORPUS / "cards", CORPUS2 / "cases"):
        if base.is_dir():
            roots.extend(sorted(p for p in base.iterdir() if p.is_dir()))
    return roots


@pytest.mark.skipif(not _corpus_roots(), reason="../shared/corpus not beside the checkout")
@pytest.mark.parametrize("case", _corpus_roots(), ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_corpus_boms_validate(case: Path) -> None:
    report = engine.check(case)
    bom = cyclonedx.build(report, case)
    assert cyclonedx.validate(bom) == []
    model = bom["metadata"]["component"]
    # the lineage and the datasets of the report are all there
    ancestors = {a["name"] for a in model.get("pedigree", {}).get("ancestors", [])}
    assert ancestors == {b.raw[:200] for b in report.base_models if b.raw and not b.unresolvable}
    data = [c for c in bom.get("components", []) if c["type"] == "data"]
    assert len(data) == len(model["modelCard"].get("modelParameters", {}).get("datasets", []))


# --------------------------------------------------------------------------- G7


def test_g7_report_says_what_the_release_provides(release_repo: Path) -> None:
    elements = {e.id: e for e in g7.assess(engine.check(release_repo), release_repo)}
    assert {e.cluster for e in elements.values()} == {
        "Metadata", "System Level Properties", "Models", "Dataset Properties", "Infrastructure",
        "Security Properties", "Key Performance Indicators",
    }
    assert elements["MD-signature"].status == "missing"  # openwash never signs
    assert elements["MOD-hash"].status == "provided"  # the LFS pointer's SHA-256
    assert elements["MOD-lineage"].status == "provided"
    assert elements["DP-identity"].status == "provided"
    assert elements["DP-license"].status == "partial"  # the private crawl's terms are unknown
    assert elements["KPI-performance"].status == "provided"
    assert elements["SLP-io"].status == "provided"
    assert elements["SLP-data-flow"].status == "out-of-scope"


def test_g7_report_of_a_bare_repository_is_mostly_missing(make_repo: Any) -> None:
    root = make_repo({"README.md": "# x\n\nhello\n"})
    elements = {e.id: e for e in g7.assess(engine.check(root), root)}
    for ident in ("MOD-identifier", "MOD-hash", "MOD-license", "DP-identity", "KPI-performance", "MD-dependencies"):
        assert elements[ident].status == "missing", ident


def test_g7_json_counts_every_element(release_repo: Path) -> None:
    data = json.loads(g7.render(engine.check(release_repo), release_repo, fmt="json"))
    assert sum(data["summary"].values()) == len(data["elements"])
    assert all(e["status"] in g7.STATUSES for e in data["elements"])
    assert "G7" in data["source"]


# --------------------------------------------------------------------------- the command


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "openwash", *args], capture_output=True, text=True, timeout=120)


def test_cli_writes_a_valid_bom_and_the_g7_report(release_repo: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "bom.cdx.json"
    out = _run("export", "cyclonedx", str(release_repo), "-o", str(out_file))
    assert out.returncode == 0, out.stderr
    assert cyclonedx.validate(json.loads(out_file.read_text(encoding="utf-8"))) == []
    out = _run("export", "g7", str(release_repo), "--format", "json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["summary"]["provided"] > 0
    out = _run("export", "g7", str(release_repo))
    assert out.returncode == 0 and "Dataset Properties" in out.stdout


def test_cli_format_is_refused_for_other_exports(release_repo: Path) -> None:
    out = _run("export", "spdx", str(release_repo), "--format", "json")
    assert out.returncode == 2 and "g7" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize("kind", ["cyclonedx", "g7"])
def test_cli_without_the_library_exits_2_with_the_install_hint(release_repo: Path, kind: str) -> None:
    code = (
        "import sys\nsys.modules['cyclonedx'] = None  # as if the extra were not installed\n"
        "from openwash import cli\n"
        f"raise SystemExit(cli.main(['export', {kind!r}, {str(release_repo)!r}]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert "openwash[cyclonedx]" in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == ""


def test_check_path_does_not_import_cyclonedx(release_repo: Path) -> None:
    code = (
        "import sys\nfrom openwash import cli\n"
        f"cli.main(['check', {str(release_repo)!r}, '--format', 'json', '-o', {str(release_repo / 'out.json')!r}])\n"
        "print('cyclonedx' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr


@pytest.mark.parametrize(
    "front",
    [
        "model-index: 5\ndatasets: 7\n",
        "model-index:\n- results: 3\n- results:\n  - metrics: 9\n  - metrics: [1, {value: null}, {type: {a: 1}, value: [1, 2]}]\n",
        "datasets:\n- 12\n- {name: x}\n- ''\n- '../../etc/passwd'\n- 'a b c <script>'\nversion: [1]\n",
        "pipeline_tag: [text-generation]\nbase_model: 12\n",
    ],
)
def test_odd_card_metadata_still_gives_a_valid_bom(make_repo: Any, front: str) -> None:
    root = make_repo({"README.md": f"---\n{front}---\n# M\n\nA model card with odd metadata types in its front matter.\n",
                      "config.json": "[1, 2"})
    bom = _bom(root)
    assert cyclonedx.validate(bom) == []


def test_a_config_json_symlink_is_not_followed(make_repo: Any, tmp_path: Path) -> None:
    outside = tmp_path / "outside.json"
    outside.write_text('{"architectures": ["Secret"], "model_type": "secret"}', encoding="utf-8")
    root = make_repo({"README.md": "# M\n\nA model card that has a config.json link pointing outside the tree.\n"})
    (root / "config.json").symlink_to(outside)
    params = _bom(root)["metadata"]["component"]["modelCard"].get("modelParameters", {})
    assert "modelArchitecture" not in params and "architectureFamily" not in params
