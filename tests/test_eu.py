"""The EU AI Act Art. 53(2) exemption condition by condition (openwash.eu), the OW6xx rules, the inherited
duties (OW7xx) on real corpus releases, and the figures of docs/eu-ai-act.md."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import CORPUS, PROJECT, SHARED, needs_shared
from openwash import engine
from test_rules_each import APACHE, EU_CLAIM, EU_USAGE, LFS_WEIGHTS, eu_card

CORPUS2 = SHARED / "corpus2" / "cases"
needs_corpus2 = pytest.mark.skipif(not CORPUS2.is_dir(), reason="../shared/corpus2 not beside the checkout")


def conditions(root: Path) -> dict[str, dict[str, Any]]:
    report = engine.check(root)
    return {c["id"]: c for c in report.profiles["eu-ai-act"].details["conditions"]}


def eu_findings(root: Path) -> list[tuple[str, str, int]]:
    return [(f.rule, f.severity, f.line) for f in engine.check(root).findings if f.rule.startswith("OW6")]


# -- small fixtures ---------------------------------------------------------------------------------


OPEN_SOURCE_UNDER_THE_ACT = "M qualifies for the open-source exemption of the EU AI Act (Art. 53(2))."


def test_release_meeting_every_condition_is_exempt_and_its_claim_backed(make_repo: Any) -> None:
    report = engine.check(make_repo(eu_card(claim=OPEN_SOURCE_UNDER_THE_ACT)))
    assert report.verdict.eu_ai_act_oss_exemption is True
    assert all(c["status"] == "met" for c in report.profiles["eu-ai-act"].details["conditions"])
    (claim,) = [c for c in report.claims if c.profile == "eu-ai-act"]
    assert claim.status == "backed" and claim.line == 7
    # Only the reminder of what stays owed (pt 75); no OSAID error for 'open-source exemption' wording.
    assert [(f.rule, f.severity) for f in report.findings if f.severity != "note" or f.rule.startswith("OW6")] == [("OW609", "note")]


def test_release_without_a_claim_gets_no_eu_finding_even_when_not_exempt(make_repo: Any) -> None:
    root = make_repo(eu_card("license: llama3.1\npipeline_tag: text-generation", claim="M is a chat model.", LICENSE=None))
    report = engine.check(root)
    assert report.verdict.eu_ai_act_oss_exemption is False
    assert [f for f in report.findings if f.rule.startswith("OW6")] == []


def test_failing_claim_overreaches_and_names_the_point(make_repo: Any) -> None:
    report = engine.check(make_repo(eu_card("license: llama3.1\npipeline_tag: text-generation", claim=OPEN_SOURCE_UNDER_THE_ACT, LICENSE=None)))
    (claim,) = [c for c in report.claims if c.profile == "eu-ai-act"]
    assert claim.status == "overreach" and "pt 83" in (claim.reason or "")
    assert report.verdict.overreach is True
    (finding,) = [f for f in report.findings if f.rule == "OW602"]
    assert "700,000,000" in finding.message and finding.claim == claim.id
    assert not any(f.rule in ("OW101", "OW110") for f in report.findings)


@pytest.mark.parametrize(
    "key,status",
    [
        ("creativeml-openrail-m", "met"),
        ("bigscience-bloom-rail-1.0", "met"),
        ("llama3.1", "met"),
        ("llama2", "not-met"),
        ("llama3.2", "not-met"),
        ("gemma", "unknown"),
        ("apache-2.0", "met"),
    ],
)
def test_use_restrictions_are_decided_per_licence_family(make_repo: Any, key: str, status: str) -> None:
    root = make_repo(eu_card(f"license: {key}\npipeline_tag: text-generation", LICENSE=None))
    assert conditions(root)["use-restrictions"]["status"] == status


def test_gated_hub_form_is_personal_data_for_access(make_repo: Any) -> None:
    front = "license: apache-2.0\npipeline_tag: text-generation\nextra_gated_fields:\n  Name: text\n  Affiliation: text"
    found = conditions(make_repo(eu_card(front)))["personal-data"]
    assert found["status"] == "not-met" and found["evidence"] == [{"path": "README.md", "line": 4}]


def test_request_form_in_the_readme_is_personal_data_for_access(make_repo: Any) -> None:
    body = "## Download\n\nFill in the request form, then download the weights from https://huggingface.co/acme/m\n\n" + EU_USAGE
    found = conditions(make_repo({"README.md": f"# M\n\n{body}\n", "LICENSE": APACHE}))["personal-data"]
    assert found["status"] == "not-met" and "request" in found["reason"]


def test_usage_information_names_what_is_missing(make_repo: Any) -> None:
    found = conditions(make_repo(eu_card(usage="## How to use\n\n```bash\npip install acme-m\n```")))["usage-information"]
    assert found["status"] == "not-met"
    assert "capabilities" in found["reason"] and "limitations" in found["reason"] and "integrate" not in found["reason"]


@pytest.mark.parametrize(
    "sentence,systemic",
    [
        ("M was trained with 3.8 × 10^25 FLOPs.", True),
        ("Training compute: 1.2 x 10²⁶ FLOP.", True),
        ("Total training compute 5e25 FLOPs.", True),
        ("Training used 2.1E+24 FLOPs.", False),
        ("The model stays below the 10^25 FLOPs threshold of the AI Act.", False),
    ],
)
def test_systemic_risk_compute_is_read_from_the_card(make_repo: Any, sentence: str, systemic: bool) -> None:
    found = conditions(make_repo(eu_card(usage=EU_USAGE + "\n\n" + sentence)))["systemic-risk"]
    assert (found["status"] == "not-met") is systemic


def test_still_owed_present_linked_missing(make_repo: Any) -> None:
    owed = engine.check(make_repo(eu_card())).profiles["eu-ai-act"].details["still_owed"]
    assert {k: v["status"] for k, v in owed.items()} == {"copyright-policy": "missing", "training-content-summary": "missing"}
    usage = EU_USAGE + "\n\nThe [public summary of the training content](https://acme.example/summary) follows the template."
    root = make_repo(eu_card(usage=usage, **{"COPYRIGHT_POLICY.md": "# Copyright policy\n"}))
    owed = engine.check(root).profiles["eu-ai-act"].details["still_owed"]
    assert owed["copyright-policy"]["status"] == "present"
    assert owed["training-content-summary"]["status"] == "linked"


def test_api_only_release_is_monetised_and_not_public(make_repo: Any) -> None:
    body = "M is available only through our API. M is open source under the EU AI Act.\n\n" + EU_USAGE.replace("pip install acme-m", "curl https://api.acme.example/v1/chat")
    found = conditions(make_repo({"README.md": f"# M\n\n{body}\n", "LICENSE": APACHE}))
    assert found["monetisation"]["status"] == found["public-parameters"]["status"] == "not-met"


def test_undecided_conditions_are_not_reported_when_one_fails(make_repo: Any) -> None:
    body = EU_CLAIM + "\n\n" + EU_USAGE
    findings = eu_findings(make_repo({"README.md": f"# M\n\n{body}\n"}))  # no weights, no licence
    assert ("OW606", "error", 3) in findings
    assert not any(severity == "warning" for _, severity, _ in findings)


def test_llama_notice_is_satisfied_by_a_copy_of_the_licence(make_repo: Any) -> None:
    front = "license: llama2\nbase_model: meta-llama/Llama-2-7b-hf"
    files = {"README.md": f"---\n{front}\n---\n# Llama-2-M\n\nA fine-tune.\n", **LFS_WEIGHTS}
    assert [f.line for f in engine.check(make_repo(files)).findings if f.rule == "OW702"] == [3]
    licence = "LLAMA 2 COMMUNITY LICENSE AGREEMENT\n\nLlama 2 is licensed under the LLAMA 2 Community License, Copyright (c) Meta Platforms, Inc.\n"
    assert [f for f in engine.check(make_repo({**files, "LICENSE": licence})).findings if f.rule == "OW702"] == []


# -- real releases ------------------------------------------------------------------------------------


@needs_shared
def test_llama2_release_fails_on_mau_cap_output_ban_and_request_form() -> None:
    found = conditions(CORPUS / "cases" / "meta-llama__llama")
    assert found["disqualifying-terms"]["status"] == "not-met" and "700,000,000" in found["disqualifying-terms"]["reason"]
    assert found["use-restrictions"]["status"] == "not-met" and "improve other large language models" in found["use-restrictions"]["reason"]
    assert found["personal-data"]["status"] == "not-met"
    assert all(e["path"] == "README.md" for e in found["personal-data"]["evidence"])


@needs_shared
def test_rail_release_with_usage_information_is_exempt() -> None:
    report = engine.check(CORPUS / "cases" / "CompVis__stable-diffusion")
    found = {c["id"]: c for c in report.profiles["eu-ai-act"].details["conditions"]}
    assert found["use-restrictions"]["status"] == "met" and "Attachment A" in found["use-restrictions"]["reason"]
    assert report.verdict.eu_ai_act_oss_exemption is True


@needs_shared
@pytest.mark.parametrize("case", ["openai__whisper", "openai__gpt-2", "allenai__OLMo"])
def test_permissive_releases_with_usage_information_are_exempt(case: str) -> None:
    assert engine.check(CORPUS / "cases" / case).verdict.eu_ai_act_oss_exemption is True


@needs_shared
def test_no_corpus_release_gets_an_eu_error() -> None:
    """No release of the corpus claims the exemption, so none gets an OW6xx error (honest releases stay quiet)."""
    for folder in (CORPUS / "cases", CORPUS / "cards"):
        for case in sorted(p for p in folder.iterdir() if p.is_dir()):
            assert [f for f in engine.check(case).findings if f.rule.startswith("OW6") and f.severity == "error"] == [], case.name


@needs_corpus2
def test_cogvideox_licence_fails_on_user_cap_registration_and_vague_bans() -> None:
    found = conditions(CORPUS2 / "THUDM__CogVideo")
    reason = found["disqualifying-terms"]["reason"]
    assert "1,000,000 users" in reason and "registration" in reason
    assert found["use-restrictions"]["status"] == "not-met"
    assert found["disqualifying-terms"]["evidence"] == [{"path": "MODEL_LICENSE", "line": 1}]


@needs_corpus2
def test_deepseek_r1_distills_do_not_display_built_with_llama() -> None:
    findings = [(f.rule, f.path, f.line) for f in engine.check(CORPUS2 / "deepseek-ai__DeepSeek-R1").findings]
    assert ("OW704", "README.md", 89) in findings
    assert not any(rule == "OW705" for rule, _, _ in findings)  # a README of many models names no single derivative


@needs_shared
def test_gemma_derivative_card_passes_no_terms_on() -> None:
    report = engine.check(CORPUS / "cards" / "Weidows__embeddinggemma2-zh__hf_upload-README")
    assert [(f.rule, f.severity) for f in report.findings if f.rule == "OW706"] == [("OW706", "warning")]


@needs_shared
def test_llama2_card_ships_neither_licence_text_nor_notice() -> None:
    report = engine.check(CORPUS / "cards" / "onurkanbakirci__Llama-2-7b-oasst-sft__HF_MODEL_CARD")
    rules = {f.rule for f in report.findings}
    assert {"OW701", "OW702"} <= rules


# -- the figures of docs/eu-ai-act.md -----------------------------------------------------------------


def _figures_module() -> Any:
    spec = importlib.util.spec_from_file_location("openwash_eu_figures", PROJECT / "benchmarks" / "eu_figures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@needs_shared
@needs_corpus2
def test_docs_figures_are_current() -> None:
    """Regenerate with: python benchmarks/eu_figures.py --write docs/eu-ai-act.md"""
    figures = _figures_module()
    text = (PROJECT / "docs" / "eu-ai-act.md").read_text(encoding="utf-8")
    assert figures.replace_block(text, figures.markdown(SHARED)) == text


def test_figures_script_refuses_a_file_without_the_block(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    target.write_text("# nothing here\n", encoding="utf-8")
    assert _figures_module().main(["--shared", str(tmp_path), "--write", str(target)]) == 2


def test_every_overreaching_exemption_claim_has_an_error_on_its_line(make_repo: Any) -> None:
    usage = EU_USAGE + "\n\n## License\n\nM is open source under the EU AI Act: see the Llama 3.1 licence."
    root = make_repo(eu_card("license: llama3.1\npipeline_tag: text-generation", claim=OPEN_SOURCE_UNDER_THE_ACT, usage=usage, LICENSE=None))
    report = engine.check(root)
    overreaching = {c.line for c in report.claims if c.status == "overreach"}
    assert len(overreaching) == 2
    assert overreaching <= {f.line for f in report.findings if f.severity == "error"}
    assert sum(f.rule == "OW602" for f in report.findings) == 2  # the first condition missed, once per claim
