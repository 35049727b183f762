"""profiles.evaluate on hand-built evidence: each claim profile, backed / overreach / unproven."""

from __future__ import annotations

from pathlib import Path

import pytest

from openwash import profiles
from openwash.config import Config
from openwash.context import CheckContext
from openwash.discover import Inventory
from openwash.model import COMPONENT_KEYS, BaseModelRef, Claim, Component, LicenseInfo


def make_ctx(
    *,
    weights: str = "absent",
    present: tuple[str, ...] = (),
    licenses: list[LicenseInfo] | None = None,
    bases: list[BaseModelRef] | None = None,
    claims: list[Claim] | None = None,
) -> CheckContext:
    ctx = CheckContext(root=Path("."), config=Config(), inventory=Inventory(Path(".")))
    ctx.components = {k: Component(k) for k in COMPONENT_KEYS}
    for key in present:
        ctx.components[key] = Component(key, present=True, availability="in-repo")
    if weights != "absent":
        ctx.components["model-parameters-final"] = Component("model-parameters-final", True, weights)
    ctx.licenses = licenses or []
    ctx.base_models = bases or []
    ctx.claims = claims or []
    return ctx


def lic(family: str, applies_to: list[str], *, name: str = "X", path: str = "LICENSE", source: str = "license-file") -> LicenseInfo:
    return LicenseInfo(path, 1, f"id-{name}", name, family, family == "osi-approved", applies_to, 0.99, source)


def claim(profile: str, kind: str = "open-source", subject: str = "model", value: str | None = None) -> Claim:
    return Claim("C1", kind, "open source", "README.md", 3, 1, subject, "en", profile, value=value)


FULL = ("training-code", "data-information", "inference-code", "model-architecture", "data-preprocessing-code", "model-card")


def test_open_source_claim_backed_when_everything_is_open() -> None:
    c = claim("osaid")
    ctx = make_ctx(weights="lfs", present=FULL, licenses=[lic("osi-approved", ["code", "weights"])], claims=[c])
    profiles.evaluate(ctx)
    assert ctx.verdict.osaid == "conformant"
    assert c.status == "backed" and c.backed is True
    assert ctx.verdict.overreach is False
    assert ctx.verdict.open_weights is True


def test_open_source_claim_overreaches_without_training_code() -> None:
    c = claim("osaid")
    present = tuple(k for k in FULL if k != "training-code")
    ctx = make_ctx(weights="external", present=present, licenses=[lic("osi-approved", ["code", "weights"])], claims=[c])
    profiles.evaluate(ctx)
    assert ctx.verdict.osaid == "non-conformant"
    assert c.status == "overreach"
    assert "training code" in (c.reason or "")
    assert ctx.verdict.overreach is True
    # weights-only Apache release: open weights, not open source AI
    assert ctx.verdict.open_weights is True


def test_open_weights_claim_overreaches_when_gated() -> None:
    c = claim("open-weights", kind="open-weights")
    ctx = make_ctx(weights="gated", licenses=[lic("osi-approved", ["code"])], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == "overreach"
    assert ctx.verdict.open_weights is False


def test_open_weights_claim_unproven_when_terms_unknown() -> None:
    c = claim("open-weights", kind="open-weights")
    ctx = make_ctx(weights="external", licenses=[lic("osi-approved", ["code"])], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == "unproven"
    assert ctx.verdict.overreach is False
    assert ctx.verdict.weights_license_family is None


@pytest.mark.parametrize("availability", ["lfs", "in-repo", "external"])
def test_lone_repository_licence_covers_obtainable_weights(availability: str) -> None:
    ctx = make_ctx(weights=availability, licenses=[lic("osi-approved", [])])
    profiles.evaluate(ctx)
    assert ctx.verdict.weights_license_family == "osi-approved"
    assert ctx.facts["weights_terms"].assumed is not None


def test_lone_licence_not_assumed_for_gated_weights_or_code_only_licence() -> None:
    gated = make_ctx(weights="gated", licenses=[lic("osi-approved", [])])
    profiles.evaluate(gated)
    assert gated.verdict.weights_license_family is None
    code_only = make_ctx(weights="external", licenses=[lic("osi-approved", ["code"])])
    profiles.evaluate(code_only)
    assert code_only.verdict.weights_license_family is None
    two = make_ctx(weights="external", licenses=[lic("osi-approved", [], name="A"), lic("osi-approved", [], name="B", path="COPYING")])
    profiles.evaluate(two)
    assert two.verdict.weights_license_family is None


def test_inherited_terms_win_when_more_restrictive() -> None:
    base = BaseModelRef("meta-llama/Llama-3.1-8B", "README.md", 4, "front-matter", "llama-3.1", "llama3.1", "vendor-community")
    ctx = make_ctx(weights="lfs", licenses=[lic("osi-approved", ["weights"], source="front-matter")], bases=[base])
    profiles.evaluate(ctx)
    assert ctx.verdict.weights_license_family == "vendor-community"
    assert ctx.verdict.open_weights is False
    assert ctx.verdict.eu_ai_act_oss_exemption is False


@pytest.mark.parametrize("family,status", [("non-commercial", "overreach"), ("research-only", "overreach"), ("vendor-community", "backed"), ("osi-approved", "backed")])
def test_commercial_use_claim(family: str, status: str) -> None:
    c = claim("commercial-use", kind="commercial-use")
    ctx = make_ctx(weights="external", licenses=[lic(family, ["weights"])], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == status


def test_code_claim_judged_as_code() -> None:
    c = claim("osaid", subject="code")
    ctx = make_ctx(weights="gated", licenses=[lic("osi-approved", ["code"])], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == "backed"
    assert ctx.verdict.overreach is False


def test_license_declaration_more_permissive_than_base_overreaches() -> None:
    c = claim("license", kind="license-declaration", value="apache-2.0")
    declared = LicenseInfo("README.md", 3, "Apache-2.0", "Apache License 2.0", "osi-approved", True, ["weights"], 1.0, "front-matter")
    base = BaseModelRef("google/gemma-2b", "README.md", 4, "front-matter", "gemma-1", "gemma", "vendor-community")
    ctx = make_ctx(weights="lfs", licenses=[declared], bases=[base], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == "overreach"
    assert "gemma" in (c.reason or "")
    assert ctx.verdict.overreach is True


def test_eu_exemption_is_decided_condition_by_condition() -> None:
    """Open terms and public weights meet the licence conditions; with no card, pt 91 (usage information) is not met."""
    ctx = make_ctx(weights="lfs", present=("model-card", "model-architecture"), licenses=[lic("osi-approved", ["weights"])])
    profiles.evaluate(ctx)
    status = {c["id"]: c["status"] for c in ctx.profiles["eu-ai-act"].details["conditions"]}
    assert status["licence-freedoms"] == status["disqualifying-terms"] == status["public-parameters"] == "met"
    assert status["usage-information"] == "not-met"
    assert ctx.verdict.eu_ai_act_oss_exemption is False
    ctx2 = make_ctx(weights="lfs", present=(), licenses=[lic("non-commercial", ["weights"])])
    profiles.evaluate(ctx2)
    status2 = {c["id"]: c["status"] for c in ctx2.profiles["eu-ai-act"].details["conditions"]}
    assert status2["disqualifying-terms"] == status2["public-parameters"] == "not-met"
    assert ctx2.verdict.eu_ai_act_oss_exemption is False


@pytest.mark.parametrize("weights,status", [("external", "backed"), ("gated", "overreach"), ("absent", "unproven")])
def test_open_access_claim_is_about_access_not_terms(weights: str, status: str) -> None:
    c = claim("open-access", kind="open-access")
    rail = lic("rail", ["weights"], name="CreativeML OpenRAIL-M")
    ctx = make_ctx(weights=weights, licenses=[rail], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == status


@pytest.mark.parametrize("family,status", [("open-data", "backed"), ("non-commercial", "overreach")])
def test_data_claim_judged_by_data_licence(family: str, status: str) -> None:
    c = claim("data-license", subject="data")
    ctx = make_ctx(weights="external", licenses=[lic(family, ["data"])], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == status


def test_licence_text_describing_itself_never_overreaches() -> None:
    c = claim("license-self", kind="open-license-term")
    ctx = make_ctx(weights="external", licenses=[lic("proprietary", ["weights"])], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == "backed"
    assert ctx.verdict.overreach is False


def test_fine_tuning_code_does_not_make_a_base_model_open_source() -> None:
    c = claim("osaid")
    ctx = make_ctx(weights="lfs", present=FULL, licenses=[lic("osi-approved", ["code", "weights"])], claims=[c])
    ctx.facts["training_code_kind"] = "fine-tuning"
    profiles.evaluate(ctx)
    assert c.status == "overreach" and "fine-tuning" in (c.reason or "")
    # …but for a fine-tune, the fine-tuning code is the training code
    base = BaseModelRef("EleutherAI/pythia-1b", "README.md", 2, "front-matter", "pythia", "apache-2.0", "osi-approved")
    c2 = claim("osaid")
    ctx2 = make_ctx(weights="lfs", present=FULL, licenses=[lic("osi-approved", ["code", "weights"])], bases=[base], claims=[c2])
    ctx2.facts["training_code_kind"] = "fine-tuning"
    profiles.evaluate(ctx2)
    assert c2.status == "backed"


def test_prose_licence_sentence_is_not_held_to_a_base_named_only_in_prose() -> None:
    # Multi-model READMEs: "Base models are released under CC BY-SA-4.0" next to a
    # delta model "built on LLaMA" must not be judged against LLaMA's terms.
    c = claim("license", kind="license-declaration", value="cc-by-sa-4.0")
    declared = LicenseInfo("README.md", 3, "CC-BY-SA-4.0", "CC BY-SA 4.0", "open-data", False, ["weights"], 1.0, "prose")
    prose_base = BaseModelRef("LLaMA-13B", "README.md", 40, "prose", "llama-1", "llama1", "research-only")
    ctx = make_ctx(weights="external", licenses=[declared], bases=[prose_base], claims=[c])
    profiles.evaluate(ctx)
    assert c.status == "backed"
    meta_base = BaseModelRef("huggyllama/llama-13b", "README.md", 2, "front-matter", "llama-1", "llama1", "research-only")
    c2 = claim("license", kind="license-declaration", value="cc-by-sa-4.0")
    ctx2 = make_ctx(weights="external", licenses=[declared], bases=[meta_base], claims=[c2])
    profiles.evaluate(ctx2)
    assert c2.status == "overreach"


_CARD_ALONE = (
    "---\nlicense: mit\n---\n# Calbert: a Catalan Language Model\n\n"
    "Calbert is an open-source language model for Catalan, pretrained on the [OSCAR dataset](https://oscar-project.org) "
    "(4.3 GB of Catalan web text, deduplicated).\n\n```python\nmodel = AutoModel.from_pretrained(\"acme/calbert-base\")\n```\n\n"
    "For further information, see the [GitHub repository]({url}).\n"
)


@pytest.mark.parametrize(
    ("url", "extra", "osaid", "status"),
    [
        # a card alone that links its project's own code repository: the training code may be there
        ("https://github.com/acme/calbert", {}, "insufficient-evidence", "unproven"),
        # another project's repository is no such pointer
        ("https://github.com/acme/tokenizers", {}, "non-conformant", "overreach"),
        # code beside the card that holds no training code: nothing points elsewhere
        ("https://github.com/acme/calbert", {"infer.py": "import torch\n\ndef generate(model, prompt):\n    return model(prompt)\n"}, "non-conformant", "overreach"),
    ],
)
def test_a_card_alone_that_links_its_own_code_repository_leaves_the_training_code_undecided(
    make_repo, url: str, extra: dict[str, str], osaid: str, status: str
) -> None:
    from openwash import config, engine

    root = make_repo({"README.md": _CARD_ALONE.format(url=url), **extra})
    report = engine.check(root, config.load(root))
    assert report.verdict.osaid == osaid
    assert [c.status for c in report.claims if c.kind == "open-source"] == [status]


def test_the_card_template_s_repository_field_names_the_model_s_code_repository_whatever_it_is_called(make_repo) -> None:
    from openwash import config, engine

    card = _CARD_ALONE.format(url="https://github.com/acme/tokenizers") + (
        "\n### Model Sources\n\n- **Repository:** https://github.com/acme/tsfm/tree/main/models/calbert\n"
    )
    root = make_repo({"README.md": card})
    report = engine.check(root, config.load(root))
    assert report.verdict.osaid == "insufficient-evidence"
    assert any("acme/tsfm/tree/main/models/calbert" in m for m in report.profiles["osaid"].missing)


@pytest.mark.parametrize(
    "statement",
    [
        "We will not provide the training framework and data.",
        "预训练代码暂不开源。",
        "However, the code in this repo is not the same code that was used to train the model.",
        "**Q. 能否开源 Training 代码？**\nA:  由于和内部基础设施耦合的比较紧，目前没有计划。",
        "Will you release the training code?\n\nNo plans for now.",
    ],
)
def test_a_release_that_says_it_withholds_its_training_code_is_not_outweighed_by_file_names(make_repo, statement: str) -> None:
    from openwash import config, engine

    files = {
        "README.md": f"# Acme-7B\n\nWe open-sourced Acme-7B under the MIT license; the weights are on the Hub.\n\n## Training\n\n{statement}\n",
        "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
        "tools/summarizer_pretrain.py": "def summarize(rows):\n    return rows\n",
    }
    report = engine.check(make_repo(files), config.load(make_repo(files)))
    assert report.verdict.osaid == "non-conformant"
    assert any("says the training code is not provided" in m for m in report.profiles["osaid"].missing)


@pytest.mark.parametrize("answer", ["Yes, it is in `train/`.", "请见 train/ 目录。"])
def test_a_faq_answer_that_gives_the_training_code_does_not_withhold_it(make_repo, answer: str) -> None:
    from openwash import config, engine

    files = {
        "README.md": f"# Acme-7B\n\nWe open-sourced Acme-7B under the MIT license; the weights are on the Hub.\n\n"
        f"**Q. 能否开源 Training 代码？**\n{answer}\n",
        "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
        "tools/summarizer_pretrain.py": "def summarize(rows):\n    return rows\n",
    }
    report = engine.check(make_repo(files), config.load(make_repo(files)))
    assert not any("says the training code is not provided" in m for m in report.profiles["osaid"].missing)


def test_an_unchecked_training_code_item_in_the_release_plan_outweighs_a_vendored_trainer(make_repo) -> None:
    """"- [ ] Training Code" in the release's own Open-source Plan: the training code is not out yet, whatever
    training-looking files a vendored toolkit (`funasr_detach/bin/train.py`) brings into the tree."""
    from openwash import config, engine

    plan = "## Open-source Plan\n- [x] Inference Code\n- [x] Model Checkpoints\n- [ ] Training Code\n  - [ ] SFT training\n"
    files = {
        "README.md": f"# Acme-3B\n\nWe are open-sourcing Acme-3B, an audio model; the weights are on the Hub.\n\n{plan}",
        "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
        "toolkit_detach/bin/train.py": "def main():\n    pass\n",
    }
    root = make_repo(files)
    report = engine.check(root, config.load(root))
    assert any("README.md:8 says the training code is not provided" in m for m in report.profiles["osaid"].missing)
    done = dict(files, **{"README.md": files["README.md"].replace("- [ ] Training Code", "- [x] Training Code")})
    root = make_repo(done)
    report = engine.check(root, config.load(root))
    assert not any("says the training code is not provided" in m for m in report.profiles["osaid"].missing)


def test_weights_the_release_says_were_deleted_from_the_hub_are_not_released(make_repo) -> None:
    from openwash import config, engine

    files = {
        "README.md": "# Acme 7B: A Large Open Dutch Language Model\n\n> [!CAUTION]\n> Acme is no longer available.\n"
        "> All model files (the _weights_) and checkpoints have been deleted from my HuggingFace repos.\n\n"
        "Acme is an open language model. Weights: [acme-7b](https://huggingface.co/acme/acme-7b).\n",
        "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
    }
    root = make_repo(files)
    report = engine.check(root, config.load(root))
    assert report.verdict.open_weights is False and report.verdict.overreach
    assert any("README.md:5 says the weights were withdrawn" in (c.reason or "") for c in report.claims)
    kept = {"README.md": files["README.md"].replace("have been deleted from my HuggingFace repos", "are on my HuggingFace repos"),
            "LICENSE": files["LICENSE"]}
    root = make_repo(kept)
    report = engine.check(root, config.load(root))
    assert report.components["model-parameters-final"].present and not report.verdict.overreach


def test_a_bundled_components_code_licence_does_not_license_the_projects_own_code() -> None:
    """`3rdparty/wget/COPYING` (GPL, for its code) beside a root LICENSE that is non-commercial research-only: the
    project's own code is under the root LICENSE, so "our library is open source" is contradicted."""
    from openwash.profiles.terms import _code_family, own_code_family

    root = lic("research-only", [], name="custom")
    bundled = lic("osi-approved", ["code"], name="GPL-3.0", path="3rdparty/wget/COPYING")
    ctx = make_ctx(licenses=[root, bundled])
    assert own_code_family(ctx) == "research-only"
    assert _code_family(ctx) == "research-only"
    # code terms stated for the project's own code (a root prose declaration) are its terms
    declared = lic("osi-approved", ["code"], name="MIT", path="README.md", source="prose")
    assert own_code_family(make_ctx(licenses=[root, bundled, declared])) == "osi-approved"


@pytest.mark.parametrize("item", ["- [ ] Complete pretraining scripts and documentation", "- [ ] Release the training code"])
def test_an_unchecked_item_that_completes_or_releases_the_training_code_says_it_is_not_provided(make_repo, item: str) -> None:
    from openwash import config, engine

    files = {
        "README.md": f"# Acme-3B\n\nWe are open-sourcing Acme-3B; the weights are on the Hub.\n\n## TODO\n{item}\n- [x] Evaluation scripts\n",
        "LICENSE": "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
        "acme/train/train.py": "def main():\n    pass\n",
    }
    root = make_repo(files)
    report = engine.check(root, config.load(root))
    assert any("README.md:6 says the training code is not provided" in m for m in report.profiles["osaid"].missing)
