"""Which statement of the weights' terms is current (profiles.weights_terms), end to end on small repositories.

Shipped licence text > root model card > other documents; news and dated lines are history;
a base model named in the root card outweighs a `docs/` page about older versions; a release's
own well-known family brings its known terms when the repository states none.
"""

from __future__ import annotations

from typing import Any

from conftest import MIT_TEXT

from openwash import engine


def family(root: Any) -> str | None:
    return engine.check(root).verdict.weights_license_family


def test_a_news_line_about_an_old_licence_is_history(make_repo: Any) -> None:
    card = (
        "# Acme-7B\n\n## News\n\n- [2023/06/01] The weights were released under CC-BY-NC-4.0.\n\n"
        "## License\n\nThe model weights are released under the Apache License 2.0.\n"
    )
    assert family(make_repo({"README.md": card})) == "osi-approved"


def test_a_news_line_announcing_new_terms_is_the_statement_when_nothing_current_states_them(make_repo: Any) -> None:
    news = "- 2024-04-02: We have updated our license to full MIT license (including the license for the model weights)!\n"
    card = f"# Acme-7B\n\n## News\n\n{news}\n## License\n\nThe code is licensed under the MIT license.\n"
    assert family(make_repo({"README.md": card})) == "osi-approved"
    # a current statement of the weights' terms outweighs the announcement
    current = card + "\nThe model weights are released under CC-BY-NC-4.0.\n"
    assert family(make_repo({"README.md": current})) == "non-commercial"


def test_the_same_sentence_outside_a_news_section_counts(make_repo: Any) -> None:
    card = "# Acme-7B\n\n## License\n\nThe weights are released under CC-BY-NC-4.0.\nThe code is released under the Apache License 2.0.\n"
    assert family(make_repo({"README.md": card})) == "non-commercial"


def test_a_shipped_weights_licence_outweighs_a_sub_folder_card(make_repo: Any) -> None:
    files = {
        "README.md": "# Acme-7B\n\nSee LICENSE-MODEL.\n",
        "LICENSE-MODEL": MIT_TEXT,
        "old/HUGGINGFACE_README.md": "# Acme-7B v0\n\nThe weights are released under CC-BY-NC-4.0.\n",
    }
    assert family(make_repo(files)) == "osi-approved"


def test_a_base_named_in_the_root_card_outweighs_a_docs_page_about_old_versions(make_repo: Any) -> None:
    files = {
        "README.md": "# Vicuna\n\nVicuna is fine-tuned from Llama-2-7b and should be used under Llama's model license.\n",
        "docs/weights_version.md": "# Old versions\n\nThe v0 weights are released under the LLaMA License (non-commercial research).\n",
    }
    assert family(make_repo(files)) == "vendor-community"


def test_an_unidentified_weights_licence_stays_unknown_and_is_not_replaced_by_the_code_licence(make_repo: Any) -> None:
    files = {
        "README.md": "# Acme-7B\n\nThe code follows [Apache-2.0](LICENSE); the model weights follow the [Model License](MODEL_LICENSE.pdf).\n",
        "LICENSE": "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n",
        "MODEL_LICENSE.pdf": "%PDF-1.4 stub\n",
    }
    assert family(make_repo(files)) in ("unknown", None)
    assert family(make_repo(files)) != "osi-approved"


def test_a_generic_model_license_for_a_named_known_model_is_that_model_s_licence(make_repo: Any) -> None:
    """"ChatGLM-6B 模型的权重的使用则需要遵循 [Model License](MODEL_LICENSE)" with the file not shipped: the
    sentence names one model the knowledge base knows, so its licence is the one meant."""
    text = "# ChatGLM-6B\n\n## 协议\n\n本仓库的代码依照 [Apache-2.0](LICENSE) 协议开源，ChatGLM-6B 模型的权重的使用则需要遵循 [Model License](MODEL_LICENSE)。\n"
    assert family(make_repo({"README.md": text})) == "vendor-community"


def test_a_generic_model_license_naming_no_model_or_two_stays_unknown(make_repo: Any) -> None:
    none = "# Foo\n\nThe weights follow the [Model License](MODEL_LICENSE).\n"
    assert family(make_repo({"README.md": none})) is None


def test_a_generic_model_license_naming_two_known_models_stays_unknown(make_repo: Any) -> None:
    two = "# Foo\n\nChatGLM-6B and Llama-2-7b weights follow the [Model License](MODEL_LICENSE).\n"
    assert family(make_repo({"README.md": two})) is None


def test_a_present_tense_release_under_a_licence_is_a_declaration(make_repo: Any) -> None:
    from openwash.licenses import declarations

    lines = ["# Foo", "", "We're releasing Foo-1B under the Apache 2.0 license, it can be used without restrictions."]
    assert [h.raw for h in declarations.from_prose("README.md", lines, 1)] == ["Apache 2.0 license"]
    lines[-1] = "Please release your fine-tunes under the same terms."
    assert declarations.from_prose("README.md", lines, 1) == []


def test_an_unidentified_licence_text_keeps_the_family_its_title_states(make_repo: Any) -> None:
    text = "# Acme COMMUNITY LICENSE AGREEMENT\n\n1. Definitions. \"Acme\" shall mean the models distributed by Us.\n"
    root = make_repo({"README.md": "# Foo\n\nA model.\n", "MODEL_LICENSE.md": text})
    [lic] = [lic for lic in engine.check(root).licenses if lic.path == "MODEL_LICENSE.md"]
    assert (lic.id, lic.family, lic.properties.get("family_from_title")) == ("unknown", "vendor-community", "Acme COMMUNITY LICENSE AGREEMENT")
    plain = make_repo({"README.md": "# Foo\n\nA model.\n", "MODEL_LICENSE.md": "# Terms\n\nSome words.\n"})
    assert [lic.family for lic in engine.check(plain).licenses if lic.path == "MODEL_LICENSE.md"] == ["unknown"]


def test_an_abbreviation_does_not_end_the_sentence_that_scopes_a_licence(make_repo: Any) -> None:
    """LLaVA's usage notice: "… the specific licenses for base language models for checkpoints trained using the
    dataset (e.g. [Llama community license](…) for LLaMA-3 …)": the licence named after "e.g." binds the checkpoints."""
    card = (
        "# Foo\n\n## License\n\n**Usage and License Notices**: Users must comply with all terms of these original licenses, "
        "including the specific licenses for base language models for checkpoints trained using the dataset (e.g. "
        "[Llama community license](https://ai.meta.com/llama/license/) for LLaMA-3).\n"
    )
    [lic] = [lic for lic in engine.check(make_repo({"README.md": card})).licenses if lic.path == "README.md"]
    assert lic.family == "vendor-community" and "weights" in lic.applies_to


def test_models_that_are_under_a_licence_are_declared(make_repo: Any) -> None:
    from openwash.licenses import declarations

    text = "Acme-Small model is under the Apache-2.0 license. Acme-Base/Large models are under the CC-BY-NC-4.0 license."
    hits = declarations.from_prose("README.md", ["# Acme", "", "## License", "", text], 1)
    assert [(h.raw, h.applies_to) for h in hits] == [("Apache-2.0 license", ["weights"]), ("CC-BY-NC-4.0 license", ["weights"])]
    assert declarations.from_prose("README.md", ["# Acme", "", "The project is under active development."], 1) == []


def test_a_weights_statement_in_a_copied_package_s_docs_does_not_decide_the_release_s_weights(make_repo: Any) -> None:
    files = {
        "README.md": "# Acme-7B\n\nThe project is released under the MIT license.\n",
        "LICENSE": MIT_TEXT,
        "det/setup.py": "from setuptools import setup\n",
        "det/projects/Pose/doc/MODELS.md": "# Models\n\n## License\n\nAll models available for download are licensed under CC-BY-NC-4.0.\n",
    }
    root = make_repo(files)
    assert family(root) != "non-commercial"
    # the same statement in a folder that is no package of its own still speaks for the release
    (root / "det" / "setup.py").unlink()
    assert family(root) == "non-commercial"


def test_a_licence_sentence_listing_the_models_and_the_code_covers_both(make_repo: Any) -> None:
    card = "# Acme-7B\n\n## Licenses\n\nThe pretrained models and the codes in this repository are distributed under the Apache License 2.0.\n"
    assert family(make_repo({"README.md": card})) == "osi-approved"


def test_a_gpl_licence_with_its_how_to_apply_appendix_is_one_lone_licence(make_repo) -> None:
    # the appendix's "either version 3 of the License, or (at your option) any later version" reads as -or-later beside
    # the text's -only; the file is still one licence, so it may be taken to cover the weights (with OW111)
    from pathlib import Path

    from openwash import engine

    agpl = (Path(__file__).parent / "fixtures" / "licence-texts" / "AGPL-3.0.txt").read_text(encoding="utf-8")
    card = "# Acme-TTS\n\nThe checkpoints are on [the Hub](https://huggingface.co/acme/acme-tts).\n"
    report = engine.check(make_repo({"README.md": card, "LICENSE": agpl}))
    ids = {lic.id for lic in report.licenses if lic.path == "LICENSE"}
    assert len(ids) == 2 and all(i.startswith("AGPL-3.0") for i in ids)
    assert report.verdict.weights_license_family == "osi-approved"
    assert "OW111" in {f.rule for f in report.findings}


def test_gnu_short_names_resolve() -> None:
    from openwash.licenses import knowledge

    for name, key in (("GNU AGPL 3.0", "agpl-3.0"), ("GNU AGPLv3", "agpl-3.0"), ("GNU GPL 3.0", "gpl-3.0"), ("GNU", None)):
        found = knowledge.lookup(name)
        assert (found.key if found else None) == key, name


def test_a_family_key_in_front_matter_is_the_family_licence_the_card_names(make_repo) -> None:
    from openwash import engine

    card = (
        "---\nlicense: cc\n---\n# Fuyu-8B\n\nThe model is available on the Hub.\n\n### Model Description\n\n"
        "- **License:** [CC-BY-NC](https://creativecommons.org/licenses/by-nc/4.0/deed.en)\n"
    )
    assert engine.check(make_repo({"README.md": card})).verdict.weights_license_family == "non-commercial"
    # a licence of another family named in the text does not stand for the key
    card = card.replace("[CC-BY-NC](https://creativecommons.org/licenses/by-nc/4.0/deed.en)", "MIT")
    assert engine.check(make_repo({"README.md": card})).verdict.weights_license_family == "unknown"


def test_a_licence_badge_beside_a_dual_licence_file_is_the_codes(make_repo) -> None:
    from openwash import engine

    licence = (
        "DUAL LICENSE NOTICE\n\nThis repository is dual-licensed.\n\n1. SOURCE CODE - Apache License 2.0\n\n"
        "2. MODEL WEIGHTS - NVIDIA Open Model License\n   All trained model checkpoints and weights\n\n"
        "NVIDIA OPEN MODEL LICENSE AGREEMENT\n\nLast Modified: October 24, 2025\n"
    )
    card = (
        "# Acme-WBC\n\n![License](https://img.shields.io/badge/License-Apache%202.0-76B900.svg)\n\n"
        "Checkpoints: [the Hub](https://huggingface.co/nvidia/acme-wbc).\n\n## License\n\n"
        "The source code is licensed under Apache License 2.0. The model weights are licensed under the NVIDIA Open Model License.\n"
    )
    report = engine.check(make_repo({"README.md": card, "LICENSE": licence}))
    assert "OW104" not in {f.rule for f in report.findings}, [(f.rule, f.message) for f in report.findings]
    # without a statement that gives the code the badge's licence, the badge contradicts the licence file
    card = card.replace("The source code is licensed under Apache License 2.0. ", "")
    report = engine.check(make_repo({"README.md": card, "LICENSE": licence}))
    assert "OW104" in {f.rule for f in report.findings}


def test_the_root_cards_licence_section_is_the_repository_licence_when_no_licence_file_ships(make_repo: Any) -> None:
    card = "# Acme-7B\n\nWeights: https://huggingface.co/acme/acme-7b\n\n## License\n\nCreativeML OpenRAIL-M\n"
    report = engine.check(make_repo({"README.md": card}))
    assert report.verdict.weights_license_family == "rail"
    assert "OW111" in {f.rule for f in report.findings}  # assumed, and said so
    # a licence file at the root is the repository licence; the card's section does not replace it
    assert family(make_repo({"README.md": card, "LICENSE": "Custom terms, see the vendor.\n"})) is None
    # a statement limited to the code does not cover the weights
    code_only = card.replace("CreativeML OpenRAIL-M", "The code is released under the MIT license.")
    assert family(make_repo({"README.md": code_only})) is None
    # outside a licence section a licence named in passing is not the repository's statement of its licence
    elsewhere = card.replace("## License", "## Background")
    assert family(make_repo({"README.md": elsewhere})) is None


def test_terms_for_the_weights_narrow_the_licence_named_just_above_them(make_repo: Any) -> None:
    card = (
        "---\nlicense: other\n---\n# Acme-15B\n\n## License\n\n"
        "Proprietary — ACME.  \nWeights are published for research and integration testing. Commercial use requires written permission.\n"
    )
    assert family(make_repo({"README.md": card})) == "proprietary"
    # separated by a blank line, the two statements are not one paragraph: the weights' own terms stand alone
    apart = card.replace("ACME.  \n", "ACME.\n\n")
    assert family(make_repo({"README.md": apart})) == "vendor-community"


def _fine_tune(base: str) -> dict[str, str]:
    card = (
        f"---\nlicense: apache-2.0\nbase_model: {base}\n---\n# Acme-Tune\n\n"
        "Weights: https://huggingface.co/acme/acme-tune\n\n"
        "## Training data\n\nFine-tuned on the Acme Instructions dataset (https://huggingface.co/datasets/acme/instructions), "
        "12,000 question-answer pairs collected from public forums and filtered for quality.\n"
    )
    return {"README.md": card, "LICENSE": MIT_TEXT, "train.py": "x = 1\n", "model.py": "x = 1\n", "prepare_data.py": "x = 1\n"}


def test_a_fine_tune_of_a_base_without_published_data_information_cannot_show_osaid_conformance(make_repo: Any) -> None:
    closed = engine.check(make_repo(_fine_tune("Qwen/Qwen2.5-7B")))
    assert closed.verdict.osaid == "insufficient-evidence"
    assert any(m.startswith("data information: the base model Qwen/Qwen2.5-7B") for m in closed.profiles["osaid"].missing)
    # a base from a family published with its training data (Pythia: the Pile) leaves nothing missing on that count
    open_base = engine.check(make_repo(_fine_tune("EleutherAI/pythia-1b")))
    assert not any("the base model" in m for m in open_base.profiles["osaid"].missing)
    assert open_base.verdict.osaid == "conformant"


def test_the_licence_of_another_variant_of_the_model_is_not_this_ones(make_repo: Any) -> None:
    card = (
        "---\nlicense: cc-by-nc-sa-4.0\n---\n# Acme-7B\n\n## License\n\n"
        "Acme-7B is made available under the CC-BY-NC-SA 4.0 license.\n\n"
        "You can find a variant of this model published under the Apache 2.0 license at [acme/acme-7b-apache](https://huggingface.co/acme/acme-7b-apache).\n"
    )
    report = engine.check(make_repo({"README.md": card}))
    assert report.verdict.weights_license_family == "non-commercial"
    assert not [f for f in report.findings if f.severity == "error"]  # no "declares Apache-2.0 but …" contradiction
    # said of this model, the same licence is a contradiction
    own = card.replace("You can find a variant of this model published", "This model is also published")
    assert [f.rule for f in engine.check(make_repo({"README.md": own})).findings if f.severity == "error"]


def test_a_root_licence_file_the_card_gives_to_the_code_does_not_bind_the_weights(make_repo: Any) -> None:
    """"Acme models are licensed for commercial use under the Llama community licenses, despite this codebase being
    licensed for non-commercial use only": the CC BY-NC file is the code's; the weights' terms are the Llama licence."""
    nc = "Attribution-NonCommercial 4.0 International\n\nYou may not use the material for commercial purposes.\n"
    card = (
        "# Acme-8B\n\nAcme models are now licensed for commercial use under the [Llama community licenses]"
        "(https://www.llama.com/llama3_3/license), despite this codebase being licensed for non-commercial use only.\n"
    )
    report = engine.check(make_repo({"README.md": card, "LICENSE": nc}))
    assert report.verdict.weights_license_family == "vendor-community"
    # without the card's word on the code, the restrictive root file is not assumed away
    report = engine.check(make_repo({"README.md": card.split(", despite")[0] + ".\n", "LICENSE": nc}))
    assert report.verdict.weights_license_family == "non-commercial"


def test_a_licence_field_in_the_root_card_is_the_repository_licence_when_no_file_states_one(make_repo: Any) -> None:
    route = "Download the weights from [Hugging Face](https://huggingface.co/acme/acme-speech).\n"
    field = "# Acme Speech\n\n**Release Date**: June 19, 2025\n\n**License:** [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0)\n\n"
    assert family(make_repo({"README.md": field + route})) == "osi-approved"
    # a sentence about one member of a family, outside a licence section and not a field, is that member's terms
    member = "# Acme Speech\n\nAcme-Speech-Small is released under Apache 2.0.\n\n"
    assert family(make_repo({"README.md": member + route})) is None


def test_a_root_card_sentence_naming_the_release_states_the_weights_terms_over_its_familys_known_terms(tmp_path: Any) -> None:
    # a checkout of Tencent-Hunyuan/Hy9: the organisation publishes a well-known family (community terms) and links
    # its own model there; the release's own sentence states its terms
    root = tmp_path / "Tencent-Hunyuan__Hy9"
    root.mkdir()
    card = (
        "# Hy9\n\nDownload the weights from [ModelScope](https://modelscope.cn/models/Tencent-Hunyuan/Hy9).\n\n"
        "## License\n\nHy9 is released under the **Apache License 2.0**.\n"
    )
    (root / "README.md").write_text(card, encoding="utf-8")
    assert family(root) == "osi-approved"
    # a sentence about another model of the family is that model's terms: the family's known terms stand
    (root / "README.md").write_text(card.replace("Hy9 is released", "Hunyuan-Large is released"), encoding="utf-8")
    assert family(root) == "vendor-community"


def test_a_licence_file_named_for_a_benchmark_does_not_compete_with_the_repository_licence(make_repo: Any) -> None:
    card = "# Acme-MT\n\nDownload the weights from [Hugging Face](https://huggingface.co/acme/acme-mt).\n"
    bench = 'Licensed under the Apache License, Version 2.0 (the "License");\n'
    assert family(make_repo({"README.md": card, "LICENSE.txt": MIT_TEXT, "LICENSE-AcmeBench.txt": bench})) == "osi-approved"
    # two licence files named for licences (LICENSE-APACHE / LICENSE-MIT) are both the repository's: no lone licence
    assert family(make_repo({"README.md": card, "LICENSE-MIT": MIT_TEXT, "LICENSE-APACHE": bench})) is None


def test_a_prompt_template_row_states_no_terms(make_repo: Any) -> None:
    row = (
        "| **Structured Data** | 将下方 `{source_text}` 中的 `{format_type}` 格式数据翻译为 `{target_lang}`。<br>"
        "**禁止修改**：**严禁**翻译或更改任何代码标签、键名 (Key)、变量占位符或代码属性。 | Translate the data. |\n"
    )
    card = "# Acme-MT\n\n| task | prompt |\n|---|---|\n" + row
    report = engine.check(make_repo({"README.md": card, "LICENSE": MIT_TEXT}))
    assert [lic.family for lic in report.licenses if lic.path == "README.md"] == []


def test_the_publishers_models_bearing_the_releases_name_are_its_weights_not_its_earlier_releases(tmp_path: Any) -> None:
    root = tmp_path / "QwenLM__Qwen3-VL"
    root.mkdir()
    news = (
        "* 2025.10.15: We have released [Qwen3-VL-8B-Instruct](https://huggingface.co/Qwen/Qwen3-VL-8B-Instruct).\n"
        "* 2024.09.19: The instruction-tuned [Qwen2-VL-72B model](https://huggingface.co/Qwen/Qwen2-VL-72B-Instruct) is out.\n"
    )
    (root / "README.md").write_text("# Qwen3-VL\n\n## News\n" + news, encoding="utf-8")
    assert family(root) == "osi-approved"  # Qwen3-VL's known terms, not the earlier Qwen2-VL-72B's
    (root / "README.md").write_text("# Qwen3-VL\n\n## News\n" + news.split("\n", 1)[1], encoding="utf-8")
    assert family(root) == "vendor-community"


def test_a_vendor_licence_known_only_by_name_is_vendor_terms_whose_conditions_cannot_be_read(make_repo: Any) -> None:
    card = (
        "# Acme-H3\n\nDownload the weights from [Hugging Face](https://huggingface.co/acme/acme-h3).\n\n"
        "The initial open\\-source release provides inference with full attention\\.\n\n"
        "## License\n\nAcme H3 is released under the [Acme H3 Community License Agreement](https://huggingface.co/acme/acme-h3/blob/main/LICENSE).\n"
    )
    report = engine.check(make_repo({"README.md": card}))
    assert report.verdict.weights_license_family == "vendor-community"
    assert report.profiles["eu-ai-act"].status == "fail"  # the named licence's conditions are not known: no exemption
    assert report.verdict.overreach  # "open\-source release" renders as a claim


def test_a_heading_element_wrapping_a_notice_is_not_a_news_section(make_repo: Any) -> None:
    """`<h1>` around "> 🚨 Update Notice > The latest version … is now live!": sentences, not a section named
    "Updates"; the licence section below it is current."""
    notice = (
        "<h1 align=\"center\">\n\n> 🚨 Update Notice\n>\n> The latest version of our Acme model is now live!\n>\n"
        "> We recommend all users migrate to the new version for improved performance, features, and continued support.\n</h1>\n\n"
    )
    licence = "## License\n\nAcme models are released under the CC-BY-NC-4.0 license.\n"
    assert family(make_repo({"README.md": notice + licence})) == "non-commercial"
    assert family(make_repo({"README.md": "# Acme\n\n## Updates\n\n" + licence.replace("## License", "### License")})) is None


def test_terms_said_of_the_whole_repository_bind_the_weights_when_nothing_else_states_theirs(make_repo: Any) -> None:
    """DOMAIN §8: a repository-wide statement not limited to the code may be taken to cover the release."""
    links = "# Lip\n\nDownload the [pre-trained weights](https://drive.google.com/file/d/abc/view).\n\n## License\n\n"
    whole = "This repository can only be used for personal/research/non-commercial purposes.\n"
    assert family(make_repo({"README.md": links + whole})) == "non-commercial"
    # said of the code in it: the code's terms only
    assert family(make_repo({"README.md": links + "The code in this repository can only be used for non-commercial purposes.\n"})) is None
    # the weights' own terms stated elsewhere govern them
    own = links + whole + "\nThe model weights are released under the Apache License 2.0.\n"
    assert family(make_repo({"README.md": own})) == "osi-approved"


def test_a_commercial_licence_offered_beside_an_open_source_one_is_an_option(make_repo: Any) -> None:
    """Dual licensing (AGPL-3.0, or an Enterprise licence "bypassing the open-source requirements of AGPL-3.0 … For
    commercial use cases, please contact us"): commercial use needs no one's leave under the AGPL."""
    card = (
        "# Acme-Det\n\nDownload the [pre-trained weights](https://github.com/acme/det/releases/download/v1/det.pt).\n\n## License\n\n"
        "- **AGPL-3.0 License**: an OSI-approved open-source license.\n"
        "- **Enterprise License**: this license allows integration of Acme software and AI models into commercial products, "
        "bypassing the open-source requirements of AGPL-3.0. For commercial use cases, please contact us via [Acme Licensing](https://acme.example/license).\n"
    )
    assert family(make_repo({"README.md": card})) != "vendor-community"
    single = card.replace(", bypassing the open-source requirements of AGPL-3.0", "")
    assert family(make_repo({"README.md": single})) == "vendor-community"


def test_terms_said_to_be_another_components_describe_it(make_repo: Any) -> None:
    """"… inherited from the backbone (CC BY-NC 4.0) and from the non-commercial / research-only terms of PanoInfinigen":
    PanoInfinigen's terms, not a research-only term on the weights."""
    card = (
        "# PaGeR\n\nDownload the [weights](https://huggingface.co/acme/pager).\n\n## License\n\n"
        "The model weights are released under the CC BY-NC 4.0 license.\n\n"
        "The non-commercial restriction on the weights is inherited from the backbone and from the non-commercial / "
        "research-only terms of PanoInfinigen.\n"
    )
    assert family(make_repo({"README.md": card})) == "non-commercial"


def test_the_coqui_public_model_license_is_known_as_non_commercial(make_repo: Any) -> None:
    card = "---\nlicense: other\nlicense_name: coqui-public-model-license\nlicense_link: https://coqui.ai/cpml\n---\n# XTTS fine-tune\n"
    assert family(make_repo({"README.md": card})) == "non-commercial"
