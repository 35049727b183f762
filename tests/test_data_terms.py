"""Training-data terms (issue 13 §3): OW120 warns when a card promises commercial use, or an OSI-approved
licence for the model, while a training dataset it names is under non-commercial terms; the
datasets knowledge base resolves Hub ids and names, and every entry carries its source and check date."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import openwash
from conftest import CORPUS, needs_shared
from openwash import engine
from openwash.evidence.data import known_datasets, resolve_dataset
from openwash.licenses import knowledge

CORPUS2 = CORPUS.parent / "corpus2"
DATA_DIR = Path(openwash.__file__).parent / "data"


def _ow120(report: Any) -> list[Any]:
    return [f for f in report.findings if f.rule == "OW120"]


def _card(front: str, body: str = "") -> str:
    return f"---\n{front}---\n# Acme-7B\n\n{body}"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("tatsu-lab/alpaca", "alpaca"),
        ("yahma/alpaca-cleaned", "alpaca"),
        ("vicgalle/alpaca-gpt4", "gpt4-llm"),
        ("anon8231489123/ShareGPT_Vicuna_unfiltered", "sharegpt"),
        ("HuggingFaceH4/ultrachat_200k", "ultrachat"),
        ("teknium/OpenHermes-2.5", "openhermes"),
        ("allenai/c4", "c4"),
        ("allenai/dolma", "dolma"),
        ("togethercomputer/RedPajama-Data-1T", "redpajama"),
        ("bigcode/the-stack", "the-stack"),
        ("bigcode/the-stack-v2", "the-stack-v2"),
        ("The Stack v2", "the-stack-v2"),
        ("laion/laion2B-en", "laion"),
        ("BelleGroup/train_1M_CN", "belle"),
    ],
)
def test_front_matter_dataset_ids_resolve_to_their_terms(name: str, key: str) -> None:
    found = resolve_dataset(name)
    assert found is not None and found.key == key


@pytest.mark.parametrize("name", ["our-org/private-crawl", "my own data", ""])
def test_unknown_dataset_names_resolve_to_nothing(name: str) -> None:
    assert resolve_dataset(name) is None


@pytest.mark.parametrize(
    ("front", "body", "dataset"),
    [
        ("license: apache-2.0\ndatasets:\n- tatsu-lab/alpaca\n", "", "tatsu-lab/alpaca"),
        ("license: mit\n", "We fine-tuned the model on the Alpaca data (52K instructions).\n", "Stanford Alpaca data"),
        ("license: other\n", "Fine-tuned on ShareGPT conversations. Free for commercial use.\n", "ShareGPT"),
        ("license: apache-2.0\ndatasets:\n- vicgalle/alpaca-gpt4\n", "", "vicgalle/alpaca-gpt4"),
    ],
)
def test_commercial_promise_on_noncommercial_data_warns_naming_the_dataset(make_repo: Any, front: str, body: str, dataset: str) -> None:
    report = engine.check(make_repo({"README.md": _card(front, body)}))
    found = _ow120(report)
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == "warning"
    assert dataset in finding.message
    assert "does not automatically bind the weights" in finding.message
    assert "https://" in finding.message  # where the terms are stated


def test_the_warning_points_at_the_line_that_names_the_dataset(make_repo: Any) -> None:
    body = "Intro.\n\n## Training data\n\nWe fine-tuned on the Alpaca dataset.\n"
    report = engine.check(make_repo({"README.md": _card("license: apache-2.0\n", body)}))
    (finding,) = _ow120(report)
    lines = (report_root := Path(report.root)).joinpath("README.md").read_text().splitlines()
    assert "Alpaca dataset" in lines[finding.line - 1], report_root


def test_one_warning_per_dataset_never_an_error(make_repo: Any) -> None:
    front = "license: apache-2.0\ndatasets:\n- tatsu-lab/alpaca\n- anon8231489123/ShareGPT_Vicuna_unfiltered\n"
    body = "We fine-tuned on the Alpaca data and on ShareGPT conversations.\n\nAgain: trained on the Alpaca data.\n"
    report = engine.check(make_repo({"README.md": _card(front, body)}))
    found = _ow120(report)
    assert len(found) == 2
    assert {("Alpaca" in f.message, "ShareGPT" in f.message) for f in found} == {(True, False), (False, True)}
    assert all(f.severity == "warning" for f in found)


@pytest.mark.parametrize(
    ("front", "body"),
    [
        # non-commercial data, but the card promises nothing commercial and no OSI licence
        ("license: cc-by-nc-4.0\ndatasets:\n- tatsu-lab/alpaca\n", ""),
        ("license: llama2\ndatasets:\n- tatsu-lab/alpaca\n", ""),
        # an OSI licence, but the data allow commercial use
        ("license: apache-2.0\ndatasets:\n- allenai/c4\n- HuggingFaceFW/fineweb\n", "Pre-trained on Dolma.\n"),
        # an OSI licence and an unknown dataset: nothing to say
        ("license: apache-2.0\ndatasets:\n- acme/internal-chat\n", ""),
        # ImageNet named for evaluation, not training
        ("license: mit\n", "Our trained models reach 80% zero-shot ImageNet accuracy.\n"),
    ],
)
def test_no_warning_without_both_a_promise_and_noncommercial_training_data(make_repo: Any, front: str, body: str) -> None:
    assert _ow120(engine.check(make_repo({"README.md": _card(front, body)}))) == []


def test_a_commercial_claim_about_another_model_in_another_document_does_not_count(make_repo: Any) -> None:
    repo = make_repo(
        {
            "README.md": "# Acme\n\nWe fine-tuned the model on the Alpaca data.\n",
            "docs/llama2.md": "# Notes\n\nLlama 2 is commercially usable.\n",
        }
    )
    assert _ow120(engine.check(repo)) == []


def test_the_rule_can_be_switched_off(make_repo: Any) -> None:
    from dataclasses import replace

    from openwash import config

    repo = make_repo({"README.md": _card("license: apache-2.0\ndatasets:\n- tatsu-lab/alpaca\n")})
    cfg = replace(config.load(repo), ignore=("OW120",))
    assert _ow120(engine.check(repo, cfg)) == []


# --------------------------------------------------------------------------- knowledge with provenance


def _data_files() -> list[Path]:
    return sorted(DATA_DIR.glob("*.json")) + [knowledge.KNOWLEDGE_FILE]


def _entries(path: Path) -> list[dict[str, Any]]:
    """The entries of a knowledge file: every list of objects at its top level."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return [item for value in raw.values() if isinstance(value, list) for item in value if isinstance(item, dict)]


def test_every_knowledge_file_entry_has_a_source_and_a_check_date() -> None:
    problems: dict[str, list[str]] = {}
    for path in _data_files():
        entries = _entries(path)
        if not entries:
            # generated lists (mof_licenses.json) name the generator they come from instead
            assert str(json.loads(path.read_text(encoding="utf-8")).get("source", "")).strip(), path.name
            continue
        for item in entries:
            found = [p for p in knowledge.provenance_problems(item) if "verified" not in p]
            if found:
                problems[f"{path.name}: {item.get('key')}"] = found
    assert problems == {}


def test_every_dataset_entry_says_whether_its_terms_were_read() -> None:
    problems = {str(item["key"]): knowledge.provenance_problems(item) for item in _entries(DATA_DIR / "datasets.json")}
    assert {key: found for key, found in problems.items() if found} == {}


@pytest.mark.parametrize(("change", "problem"), [({"checked": None}, "checked"), ({"source": None}, "source")])
def test_a_dataset_entry_without_source_or_date_fails(change: dict[str, Any], problem: str) -> None:
    item = dict(_entries(DATA_DIR / "datasets.json")[0])
    for key, value in change.items():
        item.pop(key) if value is None else item.__setitem__(key, value)
    assert any(problem in p for p in knowledge.provenance_problems(item, today="2026-12-03"))


def test_datasets_the_issue_names_are_known_with_their_terms() -> None:
    known = {d.key: d for d in known_datasets()}
    for key in ("laion", "the-stack", "the-stack-v2", "c4", "dolma", "redpajama", "alpaca", "sharegpt", "ultrachat", "openhermes"):
        assert key in known, key
    assert known["alpaca"].commercial_use is False and "CC BY-NC 4.0" in known["alpaca"].terms
    assert known["sharegpt"].commercial_use is False and "terms of use" in known["sharegpt"].terms
    assert known["c4"].commercial_use is True and "ODC-BY" in known["c4"].terms


# --------------------------------------------------------------------------- the corpus


def _corpus_roots() -> list[Path]:
    roots: list[Path] = []
    for base in (CORPUS / "cases", CORPUS / "cards", CORPUS2 / "cases"):
        if base.is_dir():
            roots.extend(sorted(p for p in base.iterdir() if p.is_dir()))
    return roots


@needs_shared
def test_corpus_releases_naming_noncommercial_data_make_no_commercial_promise() -> None:
    """The figure in docs/evidence.md (Training-data terms): of the corpus releases, those that name non-commercial training data
    (Alpaca in StableLM-Tuned-Alpha and Chinese-LLaMA-Alpaca, ShareGPT in FastChat) promise no commercial use in
    the same place, so OW120 stays silent on all of them."""
    warned = {}
    for root in _corpus_roots():
        found = _ow120(engine.check(root))
        if found:
            warned[root.name] = [f.message for f in found]
    assert warned == {}


@needs_shared
@pytest.mark.parametrize(("case", "dataset"), [("Stability-AI__StableLM", "alpaca"), ("ymcui__Chinese-LLaMA-Alpaca", "alpaca")])
def test_corpus_cases_name_their_noncommercial_training_data(case: str, dataset: str) -> None:
    from openwash import documents
    from openwash.evidence import training_data

    root = CORPUS / "cases" / case
    doc = documents.load(root, "README.md", documents.README)
    assert isinstance(doc, documents.Document)
    assert dataset in {d.key for d in training_data.from_document(doc)}


def test_the_cards_licence_speaks_for_every_document_of_the_release(make_repo: Any) -> None:
    repo = make_repo(
        {
            "README.md": _card("license: apache-2.0\n", "See docs/training.md.\n"),
            "docs/training.md": "# Training\n\nWe fine-tuned the model on the Alpaca data.\n",
        }
    )
    (finding,) = _ow120(engine.check(repo))
    assert finding.path == "docs/training.md" and "README.md" in finding.message
