"""Lineage against the real corpus: model cards that relabel a restrictive base, and releases that do not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from openwash import lineage
from openwash.model import FAMILY_RESTRICTIVENESS
from openwash.rules import get_rule

from conftest import CORPUS, needs_shared
from test_lineage import build_context, run_rule

CARDS = CORPUS / "cards"

pytestmark = needs_shared

# fine-tunes relabelled with terms their base does not allow (cards/EXPECTED.json: overreach true)
RELABELLED = {
    "teelinsan__camoscio__model_card-README": ("llama-1", "openrail"),
    "Beltran12138__ming-vintage-llm__hf_model_card": ("qwen-2.5-3b", "cc-by-sa-4.0"),
    "Weidows__embeddinggemma2-zh__hf_upload-README": ("gemma-derived", "apache-2.0"),
}
# derived models whose label matches their base
CORRECTLY_LABELLED = {
    "onurkanbakirci__Llama-2-7b-oasst-sft__HF_MODEL_CARD": "llama-2",
    "kuotunyu__tw-med-llm-qlora__model_card-README": "taide-gemma",
    "abdd68__Federated_Generative_Learning__output-README": "sd-1",
    "mohitxshukla__medqa-mistral-qlora__model_card-README": "mistral",
    "toddllm__fine-tune-gpt-oss__HF_MODEL_CARD": "gpt-oss",
    "shreyaskarnik__bol-tts-marathi__hf_model-README": "kokoro",
    "Noth3rn__murasame-index-tts__hf_model_card": "indextts",
}


def _expected(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


def _card_cases() -> list[str]:
    if not CARDS.is_dir():
        return []
    return sorted(_expected(CARDS / "EXPECTED.json"))


@pytest.mark.parametrize("case", sorted(RELABELLED))
def test_relabelled_fine_tunes_are_caught(case: str) -> None:
    base_key, declared = RELABELLED[case]
    ctx = build_context(CARDS / case)
    assert base_key in [r.resolved for r in ctx.base_models]
    findings = run_rule(ctx, "OW301")
    assert [f.severity for f in findings] == ["error"]
    assert f"`{declared}`" in findings[0].message and findings[0].path == "README.md"
    # the finding sits on the declaration line
    assert ctx.document("README.md").line_text(findings[0].line).startswith("license:")


@pytest.mark.parametrize("case", sorted(CORRECTLY_LABELLED))
def test_correctly_labelled_fine_tunes_are_not_flagged(case: str) -> None:
    ctx = build_context(CARDS / case)
    assert CORRECTLY_LABELLED[case] in [r.resolved for r in ctx.base_models]
    assert run_rule(ctx, "OW301") == []


@pytest.mark.parametrize("case", _card_cases())
def test_inherited_family_matches_the_expected_weights_family(case: str) -> None:
    """Where lineage finds inherited terms and the case scores weights_license_family, they agree."""
    expected = _expected(CARDS / "EXPECTED.json")[case]["weights_license_family"]
    base = lineage.most_restrictive(build_context(CARDS / case).base_models)
    if case in RELABELLED or case in CORRECTLY_LABELLED:
        assert base is not None
    if base is None or expected is None:
        return
    assert base.family in expected, (case, base.raw, base.family, expected)


def test_camoscio_base_comes_from_the_code_sample_and_no_base_model_key() -> None:
    ctx = build_context(CARDS / "teelinsan__camoscio__model_card-README")
    [ref] = ctx.base_models
    assert (ref.raw, ref.signal, ref.family) == ("decapoda-research/llama-7b-hf", "code", "research-only")
    [warning] = run_rule(ctx, "OW302")
    assert warning.line == ref.line


def test_unresolvable_bases_in_the_cards_are_notes() -> None:
    ctx = build_context(CARDS / "Anipaleja__iLLuMinator-4.9B__huggingface_model-README")
    [note] = run_rule(ctx, "OW303")
    assert note.severity == "note" and "quantum-illuminator-4b" in note.message


# ---------------------------------------------------------------------------
# The real release repositories


def _repo_cases() -> list[str]:
    cases = CORPUS / "cases"
    return sorted(p.name for p in cases.iterdir() if p.is_dir()) if cases.is_dir() else []


@pytest.mark.parametrize("case", ["google-deepmind__gemma", "meta-llama__llama", "jzhang38__TinyLlama", "allenai__OLMo", "openai__gpt-2"])
def test_original_releases_are_not_their_own_derivatives(case: str) -> None:
    ctx = build_context(CORPUS / "cases" / case)
    assert lineage.inherited_terms(ctx.base_models) == [], [(r.raw, r.path, r.line) for r in ctx.base_models]


@pytest.mark.parametrize("case", _repo_cases())
def test_lineage_never_makes_a_release_more_restrictive_than_expected(case: str) -> None:
    expected = _expected(CORPUS / "EXPECTED.json").get(case, {}).get("weights_license_family")
    base = lineage.most_restrictive(build_context(CORPUS / "cases" / case).base_models)
    if base is None or not expected:
        return
    ceiling = max(FAMILY_RESTRICTIVENESS.get(f, -1) for f in expected if f is not None)
    assert FAMILY_RESTRICTIVENESS[base.family or "unknown"] <= ceiling, (case, base.raw, base.family, expected)


def test_stablevicuna_inherits_llama1_terms() -> None:
    base = lineage.most_restrictive(build_context(CORPUS / "cases" / "Stability-AI__StableLM").base_models)
    assert base is not None and base.family == "research-only"


def test_engine_check_reports_base_models() -> None:
    from openwash.engine import check

    report = check(CARDS / "Beltran12138__ming-vintage-llm__hf_model_card")
    [ref] = report.base_models
    assert ref.to_dict()["resolved"] == "qwen-2.5-3b" and ref.to_dict()["license_key"] == "qwen-research"
    assert any(f.rule == "OW301" for f in report.findings)
    assert get_rule("OW301").severity == "error"
