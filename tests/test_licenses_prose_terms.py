"""Terms stated in prose: restrictions a README writes without naming a licence.

"The weights are for research purposes only and may not be used commercially", "仅供学术研究使用，不可商用",
"严禁用于商业用途" are terms of the release (DOMAIN §5). `declarations.terms_from_prose` finds them with the
parts they cover; `scan` turns them into a `LicenseInfo` (source `prose`, id `unknown`, family forced by the
terms) or raises the family of a licence named in the same sentence; the profiles then judge claims against them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, needs_shared
from openwash import engine
from openwash.licenses.declarations import terms_from_prose
from openwash.model import LicenseInfo
from test_licenses_declarations import scan_repo

HF_LINK = "https://huggingface.co/acme/m"


def terms(text: str) -> list[tuple[list[str], list[str]]]:
    """(kinds, applies_to) per statement in a README body."""
    return [(t.kinds, t.applies_to) for t in terms_from_prose("README.md", text.split("\n"))]


def prose_terms(infos: list[LicenseInfo]) -> list[LicenseInfo]:
    return [i for i in infos if i.source == "prose" and i.properties.get("terms") == "prose"]


# -- what counts as a stated restriction ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence,kinds",
    [
        ("The weights are for research purposes only and may not be used commercially.", ["research-only", "non-commercial"]),
        ("The model may not be used for commercial purposes.", ["non-commercial"]),
        ("Our checkpoints are released for non-commercial use only.", ["non-commercial"]),
        ("The model weights are restricted to academic research.", ["research-only"]),
        ("Commercial use of the model is prohibited.", ["non-commercial"]),
        ("本模型权重仅供学术研究使用，不可商用。", ["research-only", "non-commercial"]),
        ("模型权重严禁用于商业用途。", ["non-commercial"]),
        ("本模型請勿用於商業用途。", ["non-commercial"]),
        ("本模型仅限非商业用途。", ["non-commercial"]),
        ("本模型仅供研究，不得用于其他用途。", ["research-only"]),  # 'other uses', not other models
        # the purposes listed beside research
        ("The checkpoints can be freely used for research and education only.", ["research-only"]),
        # personal use is wider than research: the list is non-commercial use
        ("The model weights should only be used for research/academic/personal purposes only.", ["non-commercial"]),
        ("The checkpoint is licensed for research and non-commercial use only.", ["non-commercial"]),
        ("The weights can only be used for personal/research/non-commercial purposes.", ["non-commercial"]),
        # Korean and Japanese
        ("본 모델은 연구 목적으로만 사용할 수 있으며, 상업적 이용은 금지됩니다.", ["research-only", "non-commercial"]),
        ("이 모델은 비상업적 용도로만 사용할 수 있습니다.", ["non-commercial"]),
        ("本モデルは研究目的に限り利用できます。", ["research-only"]),
        ("本モデルの商用利用は禁止します。", ["non-commercial"]),
        ("本モデルは非商用目的の利用が可能です。", ["non-commercial"]),  # use for a non-commercial purpose
        ("이 모델은 비상업적 목적으로 사용할 수 있습니다.", ["non-commercial"]),
    ],
)
def test_restrictions_on_the_weights(sentence: str, kinds: list[str]) -> None:
    assert terms(sentence) == [(kinds, ["weights"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "- Jailbreak prompts from the jailbreak_llms collection, which states it is for research purposes only: 1,604 rows.",
        "- HellaSwag, whose card says it is for non-commercial use only.",
    ],
)
def test_terms_another_source_states_of_itself_are_reported_not_the_release_s(sentence: str) -> None:
    section = "## Training data and licences\n\n- **Datasets with restrictive or unclear terms**:\n  "
    assert terms(section + sentence) == []
    assert terms(section + "- The model weights are for research purposes only.") == [(["research-only"], ["weights"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The model is intended for research purposes only.",  # intended use (a card's 'Uses'), not a term
        "Unlike other models, which are for research only, M is free for commercial use.",
        "Other non-commercial models may not be used commercially; M may.",
        "与其他不可商用的模型不同，本模型可免费商用。",
        "M is not for research only; it can be used commercially.",
        "Due to the original non-commercial license of LLaMA, we can only release the weights as deltas.",
        "We ask that the model be used for research purposes only.",  # a wish, not a term
        "Facebook官方发布的[LLaMA模型禁止商用](https://github.com/facebookresearch/llama)，这里发布的是LoRA权重。",
        # the text of a link to elsewhere describes the linked thing
        "The model builds on [LLaMA, which may not be used commercially](https://github.com/facebookresearch/llama).",
        "The model can be used for research and commercial purposes.",
        "本模型权重对学术研究完全开放，登记后亦允许免费商业使用。",
        "For research use only.",  # no subject, outside a licence or disclaimer section
    ],
)
def test_mentions_wishes_and_intended_uses_are_no_terms(sentence: str) -> None:
    assert terms(sentence) == []


def test_the_subject_of_an_earlier_clause_carries_over() -> None:
    # '不可商用' names no part; it speaks of the weights named before the comma
    assert terms("本模型权重仅供学术研究使用，不可商用。") == [(["research-only", "non-commercial"], ["weights"])]
    assert terms("The code is MIT-licensed, but the weights may not be used commercially.") == [(["non-commercial"], ["weights"])]


def test_a_named_subject_means_the_model() -> None:
    sentence = "We emphasize that ChatDoctor is for academic research only and any commercial use is prohibited."
    assert terms(f"# ChatDoctor\n\n{sentence}") == [(["research-only", "non-commercial"], ["weights"])]
    # a lower-case subject is no name
    assert terms("# ChatDoctor\n\nit is for academic research only and any commercial use is prohibited.") == []


def test_release_wide_subjects_mean_the_model_and_its_data() -> None:
    # the project's resources are the model and the data it releases; its code keeps the licence file that covers it
    assert terms("**本项目相关资源仅供学术研究之用，严禁用于商业用途。**") == [(["research-only", "non-commercial"], ["weights", "data"])]
    assert terms("The resources related to this project are for academic research purposes only.") == [(["research-only"], ["weights", "data"])]


def test_a_subjectless_restriction_counts_only_in_a_licence_or_disclaimer_section() -> None:
    assert terms("## Disclaimer\n\n仅供学术研究使用，不可商用。") == [(["research-only", "non-commercial"], ["weights"])]
    assert terms("## License\n\n- Non-commercial use only.") == [(["non-commercial"], ["weights"])]
    assert terms("## Usage\n\n仅供学术研究使用，不可商用。") == []
    # a copyright section states terms too
    assert terms("## Copyright\n\nMonkey project is intended for non-commercial use only.") == [(["non-commercial"], ["weights"])]


def test_a_disclaimer_that_only_names_a_purpose_is_no_term() -> None:
    """"The content provided above is for research purposes only" under "## Disclaimer": no subject, no ban. The
    same words with the model as subject, in a licence section, or with a ban on commercial use are terms."""
    assert terms("## Disclaimer\n\nThe content provided above is for research purposes only.") == []
    assert terms("## Disclaimer\n\n以上内容仅供研究使用。") == []
    assert terms("## Disclaimer\n\nThe model is for research purposes only.") == [(["research-only"], ["weights"])]
    assert terms("## License\n\nFor research purposes only.") == [(["research-only"], ["weights"])]
    assert terms("## Disclaimer\n\nFor research purposes only, not for commercial use.") == [(["research-only", "non-commercial"], ["weights"])]


def test_a_sentence_end_inside_bold_text_still_ends_the_sentence() -> None:
    # the scope of the next sentence ('third-party code') must not leak into the restriction
    text = "**The resources of this project are for research purposes only.** When using third-party code, follow its license."
    assert terms(text) == [(["research-only"], ["weights", "data"])]


def test_each_statement_keeps_its_line() -> None:
    found = terms_from_prose("README.md", ["# M", "", "Intro text.", "", "The weights are for", "research use only."])
    assert [(t.line, t.kinds) for t in found] == [(5, ["research-only"])]


# -- from statement to LicenseInfo ----------------------------------------------------------------------


def test_unnamed_terms_become_a_licence_of_their_own(make_repo) -> None:
    root = make_repo({"README.md": f"# M\n\nWeights: {HF_LINK}\n\nThe weights are for research purposes only and may not be used commercially.\n"})
    (info,) = prose_terms(scan_repo(root))
    assert (info.path, info.line, info.id, info.family, info.applies_to) == ("README.md", 5, "unknown", "research-only", ["weights"])
    assert info.key is None and not info.osi_approved
    assert [r.split(":", 1)[0] for r in info.riders] == ["research-only", "non-commercial"]


def test_terms_in_the_sentence_that_names_a_licence_raise_its_family(make_repo) -> None:
    root = make_repo({"README.md": "# M\n\nThe weights are released under CC BY-NC 4.0 and are for research purposes only.\n"})
    infos = scan_repo(root)
    (named,) = [i for i in infos if i.source == "prose"]
    assert (named.key, named.family, named.line) == ("cc-by-nc-4.0", "research-only", 3)
    assert named.riders and named.properties["terms"] == "prose"


def test_terms_about_another_part_stand_beside_the_named_licence(make_repo) -> None:
    root = make_repo({"README.md": "# M\n\nThe code is released under the MIT License, but the weights may not be used commercially.\n"})
    infos = [i for i in scan_repo(root) if i.source == "prose"]
    assert sorted((i.id, i.family, tuple(i.applies_to)) for i in infos) == [
        ("MIT", "osi-approved", ("code",)),
        ("unknown", "non-commercial", ("weights",)),
    ]


def test_terms_beside_an_unidentified_licence_named_in_the_same_sentence_are_kept(make_repo) -> None:
    """"遵循[Acme Model License](./LICENSE_MODEL)协议. 对Acme模型进行商用, 请…发送邮件": the named licence is unknown, and the
    commercial-use permission the same sentence asks for is what says the weights are not open."""
    readme = (
        "# Acme\n\nAcme模型对于学术研究完全开放, 但需要遵循[Acme Model License V1](./LICENSE_MODEL)协议. "
        "对Acme模型进行商用, 请通过组织主页邮箱发送邮件进行细节咨询.\n"
    )
    root = make_repo({"README.md": readme, "LICENSE_MODEL": "Acme Model License V1\n\nTerms we wrote ourselves.\n"})
    infos = [i for i in scan_repo(root) if i.source == "prose" and i.line == 3]
    assert sorted(i.family for i in infos) == ["unknown", "vendor-community"]


# -- through the check: claims judged against the stated terms ---------------------------------------------


def _rules(root: Path) -> dict[str, list[tuple[str, int]]]:
    report = engine.check(root)
    out: dict[str, list[tuple[str, int]]] = {}
    for f in report.findings:
        out.setdefault(f.rule, []).append((f.path, f.line))
    return out


def test_open_weights_claim_against_terms_stated_in_prose(make_repo) -> None:
    root = make_repo({"README.md": f"# M\n\nM 是一个开放权重模型：{HF_LINK}\n\n本模型权重仅供学术研究使用，不可商用。\n"})
    report = engine.check(root)
    assert report.verdict.weights_license_family == "research-only"
    assert [(f.path, f.line) for f in report.findings if f.rule == "OW102"] == [("README.md", 3)]


def test_no_stated_terms_leaves_the_claim_unproven(make_repo) -> None:
    root = make_repo({"README.md": f"# M\n\nM 是一个开放权重模型：{HF_LINK}\n\n本模型权重可用于学术研究和商业用途。\n"})
    report = engine.check(root)
    assert report.verdict.weights_license_family is None
    assert "OW102" not in {f.rule for f in report.findings}


def test_stated_terms_are_not_a_licence_called_open_source(make_repo) -> None:
    # ymcui's line: the restriction and '开源协议' (third-party code's licences) share the line
    line = "**本项目相关资源仅供学术研究之用，严禁用于商业用途。** 使用涉及第三方代码的部分时，请严格遵循相应的开源协议。"
    assert "OW205" not in _rules(make_repo({"README.md": f"# M\n\n{line}\n"}))


@needs_shared
def test_chinese_llama_alpaca_disclaimer() -> None:
    root = CORPUS / "cases/ymcui__Chinese-LLaMA-Alpaca"
    report = engine.check(root)
    stated = {(i.path, i.line): i for i in prose_terms(report.licenses)}
    assert stated[("README.md", 307)].family == "research-only"
    assert stated[("README_EN.md", 319)].applies_to == ["weights", "data"]
    # the mention of LLaMA's own terms in a link text (README.md:81) is not this release's statement
    assert ("README.md", 81) not in stated
    assert report.verdict.weights_license_family in ("research-only", "non-commercial")
    assert "OW205" not in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    "sentence",
    [
        "If you wish to use our models for commercial purpose or public serving, please sign [this agreement](https://example.org/a.pdf) and fill [the form](https://example.org/f) to get authorized.",
        "For commercial use, please fill in the application form at https://example.org/apply.",
        "Commercial use requires a separate licence from Acme.",
        "如需申请商业许可证，请填写【[申请表](https://example.org/apply)】。",
        "商业用途需申请授权，请联系 business@example.org。",
        "对Acme模型进行商用, 请通过邮箱acme@example.org发送邮件进行细节咨询。",
    ],
)
def test_commercial_use_that_needs_the_licensors_say_so_is_a_vendor_term(sentence: str) -> None:
    from openwash.licenses import declarations
    from openwash.licenses.identify import rider_family

    (terms,) = declarations.terms_from_prose("README.md", ["# M", "", "## License", "", sentence], 1)
    assert "commercial-authorisation" in terms.kinds and "weights" in terms.applies_to
    assert rider_family([f"{k}: x" for k in terms.kinds], "osi-approved") == "vendor-community"


@pytest.mark.parametrize(
    "sentence",
    ["For commercial support, please contact us.", "Commercial use is permitted.", "本模型支持免费商用。", "Free for commercial use; no registration needed."],
)
def test_commercial_use_without_a_condition_is_no_term(sentence: str) -> None:
    from openwash.licenses import declarations

    assert all("commercial-authorisation" not in t.kinds for t in declarations.terms_from_prose("README.md", ["# M", "", sentence], 1))


@pytest.mark.parametrize(
    "sentence",
    [
        "The licence can be found at [LICENSE](https://github.com/acme/acme-llm/blob/main/LICENSE), and our Acceptable Use Policy can be found [here](https://acme.example/aup).",
        "Use of the model weights is subject to the [Acceptable Use Policy](https://acme.example/aup).",
        "模型权重的使用须遵守[可接受使用政策](https://acme.example/aup)。",
    ],
)
def test_an_acceptable_use_policy_for_the_release_is_a_vendor_term(sentence: str) -> None:
    (terms,) = terms_from_prose("README.md", ["# M", "", sentence], 1)
    assert "acceptable-use-policy" in terms.kinds and terms.applies_to == ["weights"]


def test_a_licence_link_into_another_repository_is_not_the_local_licence_file(make_repo) -> None:
    """llm-foundry's README links DBRX's LICENSE (github.com/databricks/dbrx): not llm-foundry's own LICENSE."""
    from conftest import MIT_TEXT

    card = "# Foundry\n\nThe DBRX weights are released under the [licence](https://github.com/other-org/dbrx/blob/main/LICENSE).\n"
    root = make_repo({"README.md": card, "LICENSE": MIT_TEXT, ".git/config": '[remote "origin"]\n\turl = https://github.com/acme/foundry.git\n'})
    prose = [info for info in engine.check(root).licenses if info.source == "prose"]
    assert all(info.properties.get("link_target") != "LICENSE" for info in prose)


def test_two_declarations_on_one_line_are_judged_each_by_its_own_name(make_repo) -> None:
    """Janus: "This code repository is licensed under [the MIT License](…LICENSE-CODE). The use of Janus models is
    subject to [DeepSeek Model License](…LICENSE-MODEL)." The second claim is the DeepSeek licence, not the MIT one."""
    from conftest import MIT_TEXT

    line = (
        "This code repository is licensed under [the MIT License](https://github.com/deepseek-ai/Janus/blob/HEAD/LICENSE-CODE). "
        "The use of Janus models is subject to [DeepSeek Model License](https://github.com/deepseek-ai/Janus/blob/HEAD/LICENSE-MODEL)."
    )
    deepseek = "DEEPSEEK LICENSE AGREEMENT\n\nVersion 1.0, 23 October 2023\n\nCopyright (c) 2023 DeepSeek\n\nSection I: PREAMBLE\n"
    root = make_repo({"README.md": f"# Janus\n\n## 5. License\n\n{line}\n", "LICENSE-CODE": MIT_TEXT, "LICENSE-MODEL": deepseek})
    report = engine.check(root)
    assert any(c.kind == "license-declaration" and "DeepSeek" in (c.value or "") for c in report.claims)
    assert [f.message for f in report.findings if f.rule == "OW104"] == []


def test_a_medical_safety_disclaimer_is_not_a_research_only_licence() -> None:
    lines = ["# M", "", "## Disclaimer", "", "This model is for research purposes only and should not be used as a substitute for professional medical advice."]
    assert terms_from_prose("README.md", lines, 1) == []
    lines[-1] = "This model is for research purposes only."
    assert [t.kinds for t in terms_from_prose("README.md", lines, 1)] == [["research-only"]]


def test_chinese_ban_on_derivatives_written_as_a_list_item() -> None:
    lines = ["# M", "", "## 许可证", "", "本模型采用**自定义限制性许可证**：", "", "- ❌ **禁止** — 二次开发、转售售卖、再许可"]
    assert any("no-derivatives" in t.kinds for t in terms_from_prose("README.md", lines, 1))


def test_license_other_without_a_name_states_no_terms(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense: other\n---\n# M\n\nA model.\n"})
    assert engine.check(root).verdict.weights_license_family is None


def test_a_commercial_licence_granted_after_review_is_commercial_authorisation() -> None:
    text = "## License\n\n您需要通过电子邮件提交申请材料。经审核通过后，将授予您一个全球的、非排他的商业版权许可。"
    assert terms(text) == [(["commercial-authorisation"], ["weights"])]


def test_test_data_written_as_one_word_is_data() -> None:
    # MuseTalk: the restriction is on the test clips, not on the model (whose terms are stated on the line before)
    line = "1. The testdata are collected from internet, which are available for non-commercial research purposes only."
    assert terms(line) == [(["research-only"], ["data"])]


@pytest.mark.parametrize("noun", ["toolkit", "library", "SDK", "toolbox"])
def test_terms_for_a_toolkit_bind_its_code_not_the_weights(noun: str) -> None:
    sentence = f"If you plan to use this {noun} commercially, you must exclude the ImageBind-based metric or obtain a separate license for ImageBind."
    assert terms(sentence) == [(["commercial-authorisation"], ["code"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The LimiX weights are fully available for academic research and may be used commercially upon obtaining proper authorization.",
        "Commercial use is permitted only after written approval from Acme.",
        "LimiX 权重对学术研究完全开放，在进行授权后允许商业使用。",
    ],
)
def test_commercial_use_after_a_grant_is_a_commercial_authorisation(sentence: str) -> None:
    assert terms(sentence) == [(["commercial-authorisation"], ["weights"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Okapi is licensed for research use only.",
        "**Usage and License Notices**: Okapi is intended and licensed for research use only.",
        "Okapi models are released only for research use only.",
    ],
)
def test_the_release_named_as_licensed_for_research_only_states_its_weights_terms(sentence: str) -> None:
    assert terms(f"# Okapi\n\n{sentence}") == [(["research-only"], ["weights"])]
