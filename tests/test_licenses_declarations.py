"""Licence declarations and scopes: front matter, SPDX, package metadata, badges, prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, MIT_TEXT, needs_shared
from openwash.licenses.declarations import parse_value, resolve, scope_of
from openwash.licenses.scan import identify_repository, scope_from_name
from openwash.model import LicenseInfo


def scan_repo(root: Path) -> list[LicenseInfo]:
    """The pipeline up to the licence stage: discover, load documents, identify."""
    from openwash import config, discover, documents
    from openwash.context import CheckContext

    cfg = config.load(root)
    inventory = discover.scan(root, cfg)
    ctx = CheckContext(root=root, config=cfg, inventory=inventory)
    for entry in inventory.documents():
        loaded = documents.load(root, entry.path, entry.doc_kind or documents.README)
        if isinstance(loaded, documents.Document):
            ctx.documents.append(loaded)
    return identify_repository(ctx)


def _one(infos: list[LicenseInfo], **where: object) -> LicenseInfo:
    found = [i for i in infos if all(getattr(i, k) == v for k, v in where.items())]
    assert len(found) == 1, (where, [(i.path, i.line, i.source, i.id) for i in infos])
    return found[0]


# -- front matter ----------------------------------------------------------------------------


def test_front_matter_license_carries_its_line_and_covers_the_weights(make_repo) -> None:
    root = make_repo({"README.md": "---\nlanguage: en\ntags:\n- x\nlicense: llama3.1\n---\n# Model\n"})
    info = _one(scan_repo(root), source="front-matter")
    assert (info.path, info.line) == ("README.md", 5)
    assert (info.key, info.family, info.applies_to) == ("llama3.1", "vendor-community", ["weights"])
    assert info.confidence == 1.0


def test_front_matter_license_list_gives_one_entry_each_with_its_line(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense:\n  - apache-2.0\n  - cc-by-4.0\n---\nbody\n"})
    infos = [i for i in scan_repo(root) if i.source == "front-matter"]
    assert [(i.key, i.line) for i in infos] == [("apache-2.0", 3), ("cc-by-4.0", 4)]


def test_ambiguous_key_is_flagged(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense: openrail\n---\n"})
    info = _one(scan_repo(root), source="front-matter")
    assert info.ambiguous and info.family == "rail"


def test_license_other_uses_name_then_link(make_repo) -> None:
    root = make_repo(
        {
            "a/README.md": "---\nlicense: other\nlicense_name: nvidia-open-model-license\nlicense_link: LICENSE\nbase_model: x/y\n---\n",
            "b/README.md": "---\nlicense: other\nlicense_name: my-terms\n"
            "license_link: https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/\nbase_model: x/y\n---\n",
            "c/README.md": "---\nlicense: other\nbase_model: x/y\n---\n",
        }
    )
    infos = scan_repo(root)
    a = _one(infos, path="a/README.md")
    assert (a.key, a.line, a.applies_to) == ("nvidia-open-model", 3, ["weights"])
    assert _one(infos, path="b/README.md").key == "nvidia-open-model"
    c = _one(infos, path="c/README.md")
    assert (c.id, c.family, c.confidence) == ("unknown", "unknown", 0.0)


def test_a_vendor_licence_described_as_permissive_is_known_by_its_hub_name(make_repo) -> None:
    root = make_repo(
        {
            "README.md": "---\nlicense: other\nlicense_name: jamba-open-model-license\n"
            "license_link: https://www.ai21.com/licenses/jamba-open-model-license\n---\n# J\n\n"
            "Released under the [Jamba Open Model License](https://www.ai21.com/licenses/jamba-open-model-license), "
            "a permissive license allowing full research use and commercial use under the license terms.\n",
        }
    )
    infos = scan_repo(root)
    assert {(i.key, i.family) for i in infos} == {("jamba-open-model-license", "vendor-community")}


def test_a_licence_named_without_a_verb_under_a_licensing_heading_is_declared(make_repo) -> None:
    root = make_repo(
        {
            "README.md": "# M\n\n## Licensing Information\n\n"
            "[Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License][cc-by-nc-sa].\n\n"
            "[cc-by-nc-sa]: http://creativecommons.org/licenses/by-nc-sa/4.0/\n",
        }
    )
    assert ("README.md", 5, "cc-by-nc-sa-4.0") in {(i.path, i.line, i.key) for i in scan_repo(root)}


def test_unknown_key_is_unknown_not_guessed(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense: my-own-licence-v7\n---\n"})
    info = _one(scan_repo(root), source="front-matter")
    assert (info.id, info.family, info.name) == ("unknown", "unknown", "my-own-licence-v7")


# -- SPDX expressions and headers -----------------------------------------------------------------


def test_spdx_expressions_are_validated_and_combined() -> None:
    entry, expression, family, osi, error = parse_value("MIT OR CC-BY-NC-4.0")
    assert entry is None and error is None and expression == "MIT OR CC-BY-NC-4.0"
    assert family == "osi-approved" and osi  # the licensee may choose MIT
    _, _, family, osi, _ = parse_value("Apache-2.0 AND CC-BY-NC-4.0")
    assert family == "non-commercial" and not osi
    _, _, family, _, _ = parse_value("GPL-2.0-or-later WITH Classpath-exception-2.0")
    assert family == "osi-approved"
    assert parse_value("MIT AND")[4] is not None
    assert "unknown licence id" in (parse_value("MIT AND Foo-1.0")[4] or "")


def test_spdx_license_identifier_lines(make_repo) -> None:
    root = make_repo({"docs/usage.md": "<!-- SPDX-License-Identifier: CC-BY-4.0 -->\n# Usage\n\ntext\n<!-- SPDX-License-Identifier: MIT AND Bogus -->\n"})
    infos = [i for i in scan_repo(root) if i.source == "spdx-header"]
    assert [(i.line, i.id) for i in infos] == [(1, "CC-BY-4.0"), (5, "unknown")]
    assert "unknown licence id" in str(infos[1].properties["error"])


# -- package metadata -----------------------------------------------------------------------------------


def test_package_metadata(make_repo) -> None:
    root = make_repo(
        {
            "pyproject.toml": '[project]\nname = "x"\nlicense = "Apache-2.0"\nclassifiers = [\n  "License :: OSI Approved :: MIT License",\n]\n',
            "tools/setup.cfg": "[metadata]\nname = y\nlicense = BSD-3-Clause\n",
            "CITATION.cff": "cff-version: 1.2.0\ntitle: x\nlicense: CC-BY-4.0\n",
        }
    )
    infos = [i for i in scan_repo(root) if i.source == "package-metadata"]
    got = {(i.path, i.line, i.key, tuple(i.applies_to)) for i in infos}
    assert got == {
        ("pyproject.toml", 3, "apache-2.0", ("code",)),
        ("pyproject.toml", 5, "mit", ("code",)),
        ("tools/setup.cfg", 3, "bsd-3-clause", ("code",)),
        ("CITATION.cff", 3, "cc-by-4.0", ()),
    }


# -- badges ------------------------------------------------------------------------------------------


def test_licence_badges(make_repo) -> None:
    root = make_repo(
        {
            "README.md": "# X\n\n[![License: MIT](https://img.shields.io/badge/License-MIT-blue.svg)](LICENSE)\n"
            "![w](https://img.shields.io/badge/Model%20License-Apache--2.0-green)\n"
            "![b](https://img.shields.io/badge/build-passing-green)\n"
        }
    )
    infos = [i for i in scan_repo(root) if i.source == "badge"]
    assert [(i.line, i.key, i.applies_to) for i in infos] == [(3, "mit", []), (4, "apache-2.0", ["weights"])]


# -- prose -----------------------------------------------------------------------------------------------

PROSE = {
    "the model weights are released under the Llama 3.1 Community License.": ("llama3.1", ["weights"]),
    "The model is licensed under the Apache 2.0 license.": ("apache-2.0", ["weights"]),
    "All code in this repository is licensed under the MIT License.": ("mit", ["code"]),
    "The dataset is released under CC-BY-SA-4.0.": ("cc-by-sa-4.0", ["data"]),
    "This project is distributed under the terms of the GNU General Public License v3.0.": ("gpl-3.0", []),
    "Our checkpoints are available on the Hub under the CreativeML OpenRAIL-M license.": ("creativeml-openrail-m", ["weights"]),
    "本项目采用 **Apache 2.0 许可证** 开源。": ("apache-2.0", []),
    "**License:** [Proprietary](LICENSE)": ("proprietary", []),
    "- **Model License:** CC-BY-NC-4.0": ("cc-by-nc-4.0", ["weights"]),
    # the licence the user agrees to "in addition to" the data's is the trained model's
    "Make sure to agree to the license of all the training datasets we used, in addition to CC-BY-NC-SA 4.0.": ("cc-by-nc-sa-4.0", ["weights"]),
    "The pretrained models and the codes in this repository are distributed under the Apache License 2.0.": ("apache-2.0", ["weights", "code"]),
    # a subject that is only models named with their sizes
    "LLaDA-8B-Base and LLaDA-8B-Instruct are under MIT LICENSE.": ("mit", ["weights"]),
    # a licence named after the weights or data it labels, without a verb
    "* [pre-trained translation models](https://example.org/models), CC-BY 4.0 license": ("cc-by-4.0", ["weights"]),
    "We store public models (CC-BY 4.0 License) at https://example.org/models": ("cc-by-4.0", ["weights"]),
    # 采用协议为 + the licence's name in quotes; OpenBMB's licence by its English short name
    "CPM-Bee基座模型采用协议为[“通用模型许可协议-来源说明-宣传限制-商业授权”](https://github.com/OpenBMB/General-Model-License)。": (
        "openbmb-general-model-license", ["weights"],
    ),
    "The CPM-Bee base model, governed by the [General Model License (GML)](https://github.com/OpenBMB/General-Model-License).": (
        "openbmb-general-model-license", ["weights"],
    ),
    # "have a X license"
    "The code is Apache-2 licensed. The model weights have a `CC BY-SA 4.0` license.": ("cc-by-sa-4.0", ["weights"]),
    # a model family's licence, named by the family
    "AnyGPT is released under the original License of LLaMA2.": ("llama2", []),
    "The weights are subject to the Llama 3 license.": ("llama3", ["weights"]),
    # "license is (listed as) X"
    "The models can be accessed on Hugging Face and the models' license is listed as MIT.": ("mit", ["weights"]),
    # "the license of our project is X" (an empty link target still names it)
    "* The license of our project is [Apache License 2.0]()": ("apache-2.0", []),
    # the subject is everything before the verb, over commas
    "This repository, including both the model weights and the source code, is released under the **MIT License**.": ("mit", ["weights", "code"]),
    # Korean and Japanese: the name before the licence word, the verb last; or the name after the topic
    "이 모델은 Apache 2.0 라이선스 하에 배포됩니다.": ("apache-2.0", ["weights"]),
    "본 모델은 [CC BY-NC 4.0](LICENSE) 라이선스를 따릅니다.": ("cc-by-nc-4.0", ["weights"]),
    "코드는 MIT 라이선스로 공개됩니다.": ("mit", ["code"]),
    "모델 라이선스: CC BY-NC-SA 4.0": ("cc-by-nc-sa-4.0", ["weights"]),
    "本モデルはApache-2.0ライセンスの下で公開しています。": ("apache-2.0", ["weights"]),
    "モデルのライセンスは MIT です。": ("mit", ["weights"]),
    "ライセンス：CC BY-NC 4.0": ("cc-by-nc-4.0", []),
    # a subject that names a place only ("files in this repository") scopes nothing: the repository's licence
    "Unless explicitly stated otherwise all files in this repository are licensed under the Apache-2.0 License.": ("apache-2.0", []),
    # "release assets" names everything the release publishes; "release" there is no verb
    "This repository and all the release assets are available under the MIT License, underscoring our dedication to openness.": (
        "mit", ["code", "weights", "data"],
    ),
    # a label whose value is a sentence stating the terms, not a name
    "* **License**: All these models are released under Apache 2.0 License and can be accessed via Huggingface.": ("apache-2.0", ["weights"]),
}


@pytest.mark.parametrize("sentence", sorted(PROSE))
def test_prose_declarations(make_repo, sentence: str) -> None:
    root = make_repo({"README.md": f"# Title\n\nSome intro.\n\n{sentence}\n"})
    info = _one(scan_repo(root), source="prose")
    assert (info.key, info.applies_to, info.line) == (*PROSE[sentence], 5)


NOT_DECLARATIONS = [
    "It outperforms other models released under permissive licences.",
    # the Commons Clause takes the right to sell out of the grant: no longer the licence it names
    "- **License:** Apache 2.0 with Commons Clause",
    "The original code is licensed under MIT + Commons Clause.",
    "We thank the community for the license discussions.",
    "Install it with pip under Python 3.11.",
    # a database listed with its licence: that resource's terms
    "*   [BFD](https://bfd.example.org/) (modified), by Someone et al., available under a "
    "[Creative Commons Attribution 4.0 International License](https://creativecommons.org/licenses/by/4.0/).",
    # a tool listed with its licence: not the weights or the data
    "- [vLLM](https://github.com/vllm-project/vllm), a serving engine (Apache License)",
    "See the licence section of each dataset.",
    # A model named after a Chinese verb is a base model, not a licence: Chinese verbs need 协议/许可 after the name.
    "发布 CodeGeeX2，基于 ChatGLM2-6B 的代码生成模型，代码能力全面提升。",
    "我们全面升级了 ChatGLM2-6B 的基座模型，使用了 GLM 的混合目标函数。",
    # the base model's licence, by the base's name and a possessive: inheritance, not a declaration of a named licence
    "베이스 모델인 Llama 3의 라이선스를 따릅니다.",
    "라이선스에 대한 자세한 내용은 LICENSE 파일을 참조하세요.",
]


@pytest.mark.parametrize("sentence", NOT_DECLARATIONS)
def test_prose_that_declares_nothing(make_repo, sentence: str) -> None:
    root = make_repo({"README.md": f"# Title\n\n{sentence}\n"})
    assert [i for i in scan_repo(root) if i.source == "prose"] == []


def test_an_item_labelling_a_hub_model_under_a_licence_heading_gives_that_model_its_licence(make_repo) -> None:
    readme = (
        "# Acme\n\n## License\n\nWe release the models under the following licenses:\n"
        "* **Code**: [Apache License 2.0](LICENSE)\n* **Model weights**:\n"
        "  + [**Acme-3B**](https://huggingface.co/acme/Acme-3B): [Acme Noncommercial License](https://huggingface.co/acme/Acme-3B/blob/main/LICENSE)\n"
        "* [**Training data**](https://huggingface.co/datasets/acme/data): [CC BY-NC-SA 4.0](https://creativecommons.org/licenses/by-nc-sa/4.0/)\n"
    )
    found = {(i.line, tuple(i.applies_to), i.family) for i in scan_repo(make_repo({"README.md": readme, "LICENSE": "x"})) if i.source == "prose"}
    assert (8, ("weights",), "non-commercial") in found and (9, ("data",), "non-commercial") in found
    # outside a licence section the same item is another project's listing
    listing = "# Acme\n\n## Related\n\n+ [**Other-3B**](https://huggingface.co/other/Other-3B): [CC BY-NC 4.0](https://creativecommons.org/licenses/by-nc/4.0/)\n"
    assert [i for i in scan_repo(make_repo({"README.md": listing})) if i.source == "prose"] == []


def test_a_statement_after_a_code_sample_commented_out_as_a_whole_is_read(make_repo) -> None:
    # "<!-- ```" opens the fence that "``` -->" closes: what follows is prose again
    card = "# Title\n\n<!-- ```\n@misc{x,\n  title={X}\n}\n``` -->\n\nThe model weights are released under the MIT License.\n"
    assert [(i.line, i.key) for i in scan_repo(make_repo({"README.md": card})) if i.source == "prose"] == [(9, "mit")]


def test_a_licence_file_whose_preamble_gives_it_to_part_of_the_code_covers_that_code(make_repo) -> None:
    from conftest import MIT_TEXT

    preamble = "Part of this codebase is based on Acme's XLM, including:\n- Everything inside ./xlm\n\nTheir license is appended below.\n\n"
    infos = scan_repo(make_repo({"LICENSE": preamble + MIT_TEXT}))
    assert [(i.key, i.applies_to) for i in infos] == [("mit", ["code"])]
    # the same text without the preamble is the repository's licence, unscoped
    assert [(i.key, i.applies_to) for i in scan_repo(make_repo({"LICENSE": MIT_TEXT}))] == [("mit", [])]


def test_wrapped_statement_is_read_whole_and_reported_at_its_first_line(make_repo) -> None:
    root = make_repo({"README.md": "# License\n\nThe code and associated weights in this release are licensed under the\nApache 2.0 license. The license only applies to this repository.\n"})
    info = _one(scan_repo(root), source="prose")
    assert (info.line, info.key, info.applies_to) == (3, "apache-2.0", ["code", "weights"])


def test_bilingual_sentence_with_two_licences_and_linked_model_license(make_repo) -> None:
    model_license = "The Example-7B License\n\n1. Definitions\n\nThe Example-7B Model Team grants you a licence.\n"
    root = make_repo(
        {
            "LICENSE": _apache_notice(),
            "MODEL_LICENSE": model_license,
            "README.md": "# 协议\n\n本仓库的代码依照 [Apache-2.0](LICENSE) 协议开源，模型的权重的使用则需要遵循 [Model License](MODEL_LICENSE)。\n",
        }
    )
    infos = scan_repo(root)
    prose = [i for i in infos if i.source == "prose"]
    assert [(i.line, i.key, i.applies_to) for i in prose] == [(3, "apache-2.0", ["code"]), (3, None, ["weights"])]
    assert prose[1].properties["via"] == "MODEL_LICENSE" and prose[1].id == "unknown"
    licence = _one(infos, path="LICENSE")
    assert licence.applies_to == ["code"]  # the sentence scopes the file it links


def _apache_notice() -> str:
    return (
        "Copyright 2024 Example\n\nLicensed under the Apache License, Version 2.0 (the \"License\");\n"
        "you may not use this file except in compliance with the License.\nYou may obtain a copy of the License at\n\n"
        "    http://www.apache.org/licenses/LICENSE-2.0\n\nUnless required by applicable law or agreed to in writing, software\n"
        "distributed under the License is distributed on an \"AS IS\" BASIS,\nWITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, "
        "either express or implied.\nSee the License for the specific language governing permissions and\nlimitations under the License.\n"
    )


# -- applies_to from names -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "scope"),
    [
        ("LICENSE", []),
        ("LICENSE.md", []),
        ("LICENSE-MODEL", ["weights"]),
        ("MODEL_LICENSE", ["weights"]),
        ("LICENSE-CODE", ["code"]),
        ("CODE_LICENSE.txt", ["code"]),
        ("LICENSE-DATA", ["data"]),
        ("DATASET_LICENSE", ["data"]),
        ("USE_POLICY.md", ["weights"]),
        ("licenses/WEIGHTS_LICENSE", ["weights"]),
        # a folder named for the models' licences: each file in it is a model's terms
        ("models_licence/LICENSE-FLUX1-dev", ["weights"]),
        ("model_licenses/LICENSE-foo-small", ["weights"]),
        ("licenses/LICENSE-foo-small", []),
        ("third_party_licenses/LICENSE-bar", []),
    ],
)
def test_scope_from_file_name(path: str, scope: list[str]) -> None:
    assert scope_from_name(path) == scope


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Our models fall under the FLUX.1 [dev] Non-Commercial License.", True),
        ("The checkpoints come under the CC-BY-NC-4.0 license.", True),
        ("Most users fall under the free tier of the service.", False),
    ],
)
def test_a_model_that_falls_under_a_licence_is_declared_under_it(tmp_path: Path, sentence: str, found: bool) -> None:
    (tmp_path / "README.md").write_text(f"# X-Flux\n\n{sentence}\n", encoding="utf-8")
    declared = [(i.applies_to, i.family) for i in scan_repo(tmp_path) if i.source != "license-file"]
    assert bool(declared) == found
    if found:
        assert declared[0][0] == ["weights"] and declared[0][1] == "non-commercial"


def test_terms_for_the_outputs_and_a_legal_folder_do_not_cover_code_weights_or_data(make_repo) -> None:
    from openwash import engine

    nc = "# ACME OUTPUT TERMS OF USE\n\nYou may use the outputs for non-commercial purposes only.\n"
    files = {
        "README.md": "# Acme-7B\n\nA protein model.\n",
        "LICENSE": "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n",
        "OUTPUT_TERMS_OF_USE.md": nc,
        "legal/WEIGHTS_POLICY-Francais.md": "# Politique\n\nLa seule exception est une version open source des résultats.\n",
    }
    report = engine.check(make_repo(files))
    assert [i.applies_to for i in report.licenses if i.path == "OUTPUT_TERMS_OF_USE.md"] == [["outputs"]]
    assert report.claims == []  # the translated policy's "open source" is the policy's wording
    assert not any(f.rule == "OW105" for f in report.findings)


def test_with_no_licence_file_the_root_cards_licence_section_states_the_codes_terms_too(make_repo) -> None:
    """CT-CLIP ships no LICENSE; its README's licence section puts "all elements" under CC BY-NC-SA. That unscoped,
    current statement is the repository's licence, so it is the terms of the code as well as of the weights: "an
    open-source codebase" overreaches. With a licence file at the root, the file states the code's terms instead."""
    from openwash import engine

    readme = (
        "# Acme-CT\n\nAcme-CT provides an open-source codebase and pre-trained models.\n\n## License\n\n"
        "All elements of Acme-CT are released under a [Creative Commons Attribution (CC-BY-NC-SA) license]"
        "(https://creativecommons.org/licenses/by-nc-sa/4.0/).\n"
    )
    report = engine.check(make_repo({"README.md": readme}))
    assert [(f.rule, f.line) for f in report.findings if f.rule == "OW105"] == [("OW105", 3)]
    mit = "MIT License\n\nCopyright (c) 2024 Acme\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
    report = engine.check(make_repo({"README.md": readme, "LICENSE": mit}))
    assert not any(f.rule == "OW105" for f in report.findings)
    # a Hub model card's licence section is the model's: it says nothing of the code's terms
    card = "---\nlicense: cc-by-nc-sa-4.0\n---\n" + readme
    report = engine.check(make_repo({"README.md": card}))
    assert not any(f.rule == "OW105" for f in report.findings)


def test_a_hub_dataset_card_copied_beside_the_data_states_the_datas_terms_only(make_repo) -> None:
    """`data/<dataset>/README.md` with a Hub dataset card's front matter is a dataset card: its licence sentences, even
    one about its publisher's models, are the data's terms, never the release's weights'."""
    from openwash import documents, engine

    card = (
        "---\nlanguage:\n- zh\nlicense: apache-2.0\ntask_categories:\n- text-generation\n---\n\n# Acme Corpus\n\n"
        "## 许可协议\n使用 Acme Corpus 数据集需要遵循 Acme 社区许可证。如果您计划将 Acme 模型或其衍生产品用于商业目的，"
        "您必须遵守 Acme 社区许可证。如用于商业用途，需发送邮件至 a@example.org，并获得许可。\n"
    )
    files = {
        "README.md": "# Tiny-GPT\n\nA small GPT trained from scratch on Acme Corpus; the weights are on "
        "[Hugging Face](https://huggingface.co/acme/tiny-gpt).\n",
        "LICENSE": APACHE,
        "data/acme-corpus/README.md": card,
    }
    root = make_repo(files)
    report = engine.check(root)
    stated = [(i.applies_to, i.family) for i in report.licenses if i.path == "data/acme-corpus/README.md"]
    assert len(stated) >= 2 and all(scope == ["data"] for scope, _family in stated)
    assert report.verdict.weights_license_family == "osi-approved"  # the MIT LICENSE, not the corpus's community terms
    doc = documents.load(root, "data/acme-corpus/README.md", documents.README)
    assert isinstance(doc, documents.Document) and doc.kind == documents.DATA_CARD
    # a model card's front matter keeps a README a model card
    (root / "data/acme-corpus/README.md").write_text(card.replace("task_categories:", "base_model: acme/base\ntask_categories:"), encoding="utf-8")
    doc = documents.load(root, "data/acme-corpus/README.md", documents.README)
    assert isinstance(doc, documents.Document) and doc.kind == documents.README


def test_a_card_that_sends_readers_to_each_models_page_for_its_licence_keeps_the_repository_licence_off_the_weights(make_repo) -> None:
    from openwash import engine

    apache = APACHE
    readme = (
        "# Acme-Function\n\nThe models are on [Hugging Face](https://huggingface.co/acme/Acme-Function-3B).\n\n## License\n\n"
        "Please refer to the individual model pages on Hugging Face for specific licensing information.\n"
    )
    report = engine.check(make_repo({"README.md": readme, "LICENSE": apache}))
    assert report.verdict.weights_license_family is None
    report = engine.check(make_repo({"README.md": readme.split("Please refer")[0], "LICENSE": apache}))
    assert report.verdict.weights_license_family == "osi-approved"


def test_scope_of_sentences() -> None:
    assert scope_of("Whisper's code and model weights are") == ["code", "weights"]
    assert scope_of("This repository is licensed") == ["code"]
    assert scope_of("It is licensed") == []
    # after a clause for the code, "all other materials" (DeepMind's wording) is everything that is not code
    assert scope_of("All other materials are licensed under the Creative Commons Attribution 4.0") == ["weights", "data", "docs"]
    assert scope_of("The code and all other materials are licensed") == ["code"]
    assert resolve("`Apache-2.0`") is not None


# -- the corpus -----------------------------------------------------------------------------------------


@needs_shared
def test_chatglm_readme_scopes_code_and_weights() -> None:
    infos = scan_repo(CORPUS / "cases/THUDM__ChatGLM-6B")
    at_387 = [(i.key, i.applies_to) for i in infos if i.path == "README.md" and i.line == 387]
    assert at_387 == [("apache-2.0", ["code"]), ("chatglm-6b", ["weights"])]
    assert _one(infos, path="LICENSE").applies_to == ["code"]
    assert _one(infos, path="MODEL_LICENSE").applies_to == ["weights"]


@needs_shared
def test_stablelm_readme_licence_section_gives_several_entries() -> None:
    infos = scan_repo(CORPUS / "cases/Stability-AI__StableLM")
    section = [(i.line, i.key, i.applies_to) for i in infos if i.path == "README.md" and 440 <= i.line <= 450]
    assert section == [
        (444, "cc-by-sa-4.0", ["weights"]),
        (446, "cc-by-nc-sa-4.0", ["weights"]),
        (448, "apache-2.0", ["code"]),
    ]


@needs_shared
def test_compvis_model_card_says_proprietary_and_readme_scopes_the_rail_licence() -> None:
    infos = scan_repo(CORPUS / "cases/CompVis__stable-diffusion")
    card = _one(infos, path="Stable_Diffusion_v1_Model_Card.md")
    assert (card.line, card.key, card.properties["link_target"]) == (8, "proprietary", "LICENSE")
    readme = _one(infos, path="README.md", line=52)
    assert (readme.key, readme.applies_to) == ("creativeml-openrail-m", ["weights"])


@needs_shared
def test_grok_and_whisper_statements() -> None:
    grok = _one(scan_repo(CORPUS / "cases/xai-org__grok-1"), source="prose")
    assert (grok.line, grok.key, grok.applies_to) == (54, "apache-2.0", ["code", "weights"])
    whisper = _one(scan_repo(CORPUS / "cases/openai__whisper"), source="prose")
    assert (whisper.line, whisper.key, whisper.applies_to) == (160, "mit", ["code", "weights"])


# -- link texts, Chinese suffixes, 'licensed <id>', label lines, repeated declarations -------------------


@pytest.mark.parametrize(
    "text,key",
    [
        ("MIT 许可证", "mit"),
        ("Apache 2.0 协议", "apache-2.0"),
        ("Apache-2.0许可证", "apache-2.0"),
        ("MIT 开源协议", "mit"),
        ("通义千问许可协议", "qwen"),  # a Chinese name written in one run keeps its words
        ("开源协议", None),
        ("模型 许可证", None),
    ],
)
def test_chinese_generic_words_beside_a_name_are_dropped(text: str, key: str | None) -> None:
    entry = resolve(text)
    assert (entry.key if entry else None) == key


def test_a_link_after_an_article_is_the_declaration(make_repo) -> None:
    root = make_repo({"README.md": "# M\n\nThis project is licensed under the [MIT License](LICENSE).\n", "LICENSE": APACHE})
    info = _one(scan_repo(root), source="prose")
    assert (info.id, info.properties["link_target"]) == ("MIT", "LICENSE")


def test_a_link_text_with_a_chinese_suffix_keeps_its_own_name(make_repo) -> None:
    root = make_repo({"README.md": "# M\n\n本项目采用 [MIT 许可证](LICENSE)。\n", "LICENSE": APACHE})
    info = _one(scan_repo(root), source="prose")
    assert (info.id, info.properties["link_target"]) == ("MIT", "LICENSE")


def _owned_repo(tmp_path: Path, files: dict[str, str]) -> Path:
    """A checkout named `<owner>__<name>` (as the corpus names them), so the release knows its publisher."""
    root = tmp_path / "THUDM__GLM-4"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_a_sibling_models_hub_licence_is_that_models_terms_not_the_local_file(tmp_path: Path) -> None:
    readme = "# GLM-4\n\nThe use of GLM-4 model weights must follow the [Model License](https://huggingface.co/THUDM/glm-4v-9b/blob/main/LICENSE).\n"
    infos = scan_repo(_owned_repo(tmp_path, {"README.md": readme, "LICENSE": APACHE}))
    info = _one(infos, source="prose")
    assert (info.key, info.family, info.applies_to) == ("glm-4", "vendor-community", ["weights"])
    assert "link_target" not in info.properties


def test_a_hub_model_linked_as_what_was_used_is_not_its_licence(tmp_path: Path) -> None:
    readme = "# GLM-4\n\n我们使用[stable-diffusion-v1-4](https://huggingface.co/CompVis/stable-diffusion-v1-4)模型进行继续训练。\n"
    assert [i for i in scan_repo(_owned_repo(tmp_path, {"README.md": readme})) if i.source == "prose"] == []


def test_this_releases_own_hub_licence_is_the_local_file(tmp_path: Path) -> None:
    readme = "# GLM-4\n\nThe weights follow the [Model License](https://huggingface.co/THUDM/GLM-4/blob/main/LICENSE).\n"
    info = _one(scan_repo(_owned_repo(tmp_path, {"README.md": readme, "LICENSE": APACHE})), source="prose")
    assert (info.id, info.properties["link_target"]) == ("Apache-2.0", "LICENSE")


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("- For model, please comply with [Acme-7B Series Models Community License Agreement](./ModelsLicense)", "vendor-community"),
        ("- The model weights are released under the [Acme Non-Commercial License](./WEIGHTS_LICENSE).", "non-commercial"),
        ("- 模型权重遵循[Acme 非商业许可协议](./WEIGHTS_LICENSE)。", "non-commercial"),
        ("- For model, please comply with [Model License](./ModelsLicense)", None),
    ],
)
def test_an_unknown_weights_licence_keeps_the_family_its_name_states(make_repo, line: str, family: str | None) -> None:
    infos = scan_repo(make_repo({"README.md": f"# Acme\n\n## License\n\n{line}\n"}))
    named = [i for i in infos if i.source == "prose" and "weights" in i.applies_to]
    assert [(i.id, i.family, i.properties.get("family_from_name")) for i in named] == ([("unknown", family, True)] if family else [])


def test_a_licence_stated_for_one_listed_folder_is_not_the_releases_declaration(make_repo, capsys) -> None:
    from conftest import check_json

    card = (
        "---\nlicense: other\nlicense_name: acme-research\nlicense_link: LICENSE.md\n---\n# Acme Fusion\n\n## License\n\n"
        "- `fusion.safetensors`: for research and non-commercial use only.\n"
        "- `audio_encoder/`: the audio encoder of another model, unchanged,\n  Apache-2.0 (license text in that folder).\n"
    )
    root = make_repo({"README.md": card, "LICENSE.md": "# Terms\n\nFor research and non-commercial use only.\n"})
    report = check_json(root, capsys)
    assert [f for f in report["findings"] if f["rule"] == "OW104"] == []
    assert report["verdict"]["weights_license_family"] == "non-commercial"
    infos = scan_repo(root)
    assert [i.properties.get("part") for i in infos if i.id == "Apache-2.0"] == ["audio_encoder/"]


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("The Acme model checkpoints, Acme demo code (front-end and back-end), and Acme training code are licensed under [Apache 2.0](./LICENSE).", ["weights", "code"]),
        ("The demo code, and the training code are licensed under [Apache 2.0](./LICENSE).", ["code"]),
        ("The model weights are released under CC-BY-NC-4.0, and the code is licensed under the MIT License.", None),
    ],
)
def test_a_listed_subject_scopes_the_licence_to_every_listed_part(make_repo, sentence: str, scope: list[str] | None) -> None:
    infos = [i for i in scan_repo(make_repo({"README.md": f"# Acme\n\n## License\n\n{sentence}\n"})) if i.source == "prose"]
    if scope is None:  # two verbs: each licence keeps its own part
        assert sorted((i.id, tuple(i.applies_to)) for i in infos) == [("CC-BY-NC-4.0", ("weights",)), ("MIT", ("code",))]
    else:
        assert [sorted(i.applies_to) for i in infos] == [sorted(scope)]


@pytest.mark.parametrize(
    ("name", "family"),
    [("katanemo-research", "research-only"), ("acme-nc-1.0", "non-commercial"), ("acme-community", "vendor-community"), ("acme", "unknown")],
)
def test_an_unknown_license_name_key_keeps_the_family_its_words_state(make_repo, name: str, family: str) -> None:
    card = f"---\nlicense: other\nlicense_name: {name}\nlicense_link: https://example.org/LICENSE\n---\n# Acme\n"
    info = _one(scan_repo(make_repo({"README.md": card})), source="front-matter")
    assert (info.id, info.family, bool(info.properties.get("family_from_name"))) == ("unknown", family, family != "unknown")


def test_licensed_without_under(make_repo) -> None:
    root = make_repo({"README.md": "# M\n\nThe weights are licensed CC-BY-NC-4.0.\n\nThe model is licensed for commercial use.\n"})
    info = _one(scan_repo(root), source="prose")
    assert (info.line, info.key, info.applies_to) == (3, "cc-by-nc-4.0", ["weights"])


def test_label_lines_are_marked_as_labels(make_repo) -> None:
    root = make_repo({"README.md": "# M\n\n**License:** MIT\n\nThe code is released under the Apache 2.0 license.\n"})
    forms = {i.id: i.properties.get("form") for i in scan_repo(root) if i.source == "prose"}
    assert forms == {"MIT": "label", "Apache-2.0": "sentence"}


def test_one_licence_for_two_parts_in_one_sentence_is_kept_for_both(make_repo) -> None:
    root = make_repo({"README.md": "# M\n\n代码采用 Apache-2.0 协议，模型权重采用 Apache-2.0 协议。\n"})
    scopes = sorted(tuple(i.applies_to) for i in scan_repo(root) if i.source == "prose")
    assert scopes == [("code",), ("weights",)]


APACHE = (Path(__file__).parent / "fixtures" / "generalisation" / "github-open-science-full" / "LICENSE").read_text(encoding="utf-8")


# -- one sentence, two licences; a code-only statement scopes the file (issue 15 §4 follow-ups) --


def test_code_and_weights_clauses_of_one_sentence_get_their_own_licences(make_repo) -> None:
    # XVERSE-13B's README_EN: the Apache link is for the code, the model licence for the weights
    from conftest import MIT_TEXT
    from openwash import engine

    readme = (
        "# m\n\n## Open Source License\n\nThe use of the source code in this repository must follow the [MIT](LICENSE) "
        "open-source license, while the use of the model weights needs to adhere to the "
        "[Model License Agreement](MODEL_LICENSE.pdf).\n"
    )
    root = make_repo({"LICENSE": MIT_TEXT, "MODEL_LICENSE.pdf": b"%PDF-1.4 stub", "README.md": readme})
    prose = [(i.key, i.applies_to) for i in engine.check(root).licenses if i.source == "prose" and i.path == "README.md"]
    assert ("mit", ["code"]) in prose
    assert ("mit", ["code", "weights"]) not in prose


def test_a_statement_about_the_code_alone_scopes_the_licence_file(make_repo) -> None:
    # Stability-AI/stablediffusion: "The code in this repository is released under the MIT License." (no link)
    from conftest import MIT_TEXT
    from openwash import engine

    readme = "# m\n\n## License\n\nThe code in this repository is released under the MIT License.\n"
    infos = engine.check(make_repo({"LICENSE": MIT_TEXT, "README.md": readme})).licenses
    assert [i.applies_to for i in infos if i.path == "LICENSE"] == [["code"]]


def test_an_unscoped_statement_leaves_the_licence_file_unscoped(make_repo) -> None:
    from conftest import MIT_TEXT
    from openwash import engine

    readme = "# m\n\n## License\n\nThis project is released under the MIT License.\n"
    infos = engine.check(make_repo({"LICENSE": MIT_TEXT, "README.md": readme})).licenses
    assert [i.applies_to for i in infos if i.path == "LICENSE"] == [[]]


@pytest.mark.parametrize(
    ("before", "scope"),
    [
        ("dolly-v2-12b is a language model fine-tuned on a corpus generated by employees and ", ["data"]),
        ("The models in this repository are ", ["weights"]),
        ("The code and associated Grok-1 weights in this repository are ", ["code", "weights"]),
        ("Whisper's code and model weights are ", ["code", "weights"]),
        ("This repository is ", ["code"]),
    ],
)
def test_the_subject_of_a_licence_verb_is_the_noun_phrase_right_before_it(before: str, scope: list[str]) -> None:
    from openwash.licenses.declarations import subject_scope

    assert subject_scope(before) == scope


@pytest.mark.parametrize(
    ("clause", "scope"),
    [
        ("the agent and harness are original work, GPL-3.0 (in the GitHub repo) — a separate license on a separate artifact from these weights", ["code"]),
        ("Everything in this repository is MIT except the model weights", ["code"]),
        ("The code and the weights are released under MIT", ["code", "weights"]),
    ],
)
def test_a_part_named_to_be_left_out_is_not_in_the_scope(clause: str, scope: list[str]) -> None:
    from openwash.licenses.declarations.scope import scope_of

    assert scope_of(clause) == scope


@pytest.mark.parametrize(
    "sentence",
    [
        "Community use of the Acme-34B model must comply with the [MIT License](LICENSE) and "
        "[Yi-34B Model Community License Agreement](https://github.com/01-ai/Yi/blob/main/MODEL_LICENSE_AGREEMENT.txt).",
        "社区使用 Acme-34B 模型需要遵循 [MIT License](LICENSE) 和[《Yi-34B 模型社区许可协议》](https://github.com/01-ai/Yi/blob/main/MODEL_LICENSE_AGREEMENT.txt)",
    ],
)
def test_a_licence_named_together_with_the_shipped_one_binds_on_top_of_it(make_repo, sentence: str) -> None:
    from openwash import engine
    from conftest import MIT_TEXT

    report = engine.check(make_repo({"README.md": f"# Acme-34B\n\n## License\n\n{sentence}\n", "LICENSE": MIT_TEXT}))
    assert report.verdict.weights_license_family == "vendor-community"
    # the first licence alone is the shipped text's
    alone = sentence.split(" and ")[0].split(" 和")[0]
    assert engine.check(make_repo({"README.md": f"# Acme-34B\n\n## License\n\n{alone}\n", "LICENSE": MIT_TEXT})).verdict.weights_license_family == "osi-approved"


def test_a_download_link_naming_a_licence_labels_the_checkpoint_or_dataset_of_its_item(make_repo) -> None:
    from openwash import engine

    card = (
        "# Acme-TTS\n\n## Base Model\n\n"
        "- English checkpoint (100,000 steps): [Download (MIT)](https://huggingface.co/acme/acme-tts/tree/main/Models)\n"
        "- LibriTTS dataset: [Download (CC BY 4.0)](https://huggingface.co/datasets/acme/libritts)\n"
        "- Vietnamese checkpoint (120,000 steps): [Download (CC BY NC 4.0 SA)](https://huggingface.co/acme/acme-tts-vi/tree/main/Models)\n"
    )
    report = engine.check(make_repo({"README.md": card}))
    found = {(lic.line, lic.family, tuple(lic.applies_to)) for lic in report.licenses}
    assert found >= {(5, "osi-approved", ("weights",)), (6, "open-data", ("data",)), (7, "non-commercial", ("weights",))}
    assert report.verdict.weights_license_family == "non-commercial"  # the collective: its most restrictive checkpoint
    # a demo link names no licence
    assert engine.check(make_repo({"README.md": "# Acme\n\n- Demo: [Download (Gradio space)](https://huggingface.co/spaces/acme/x)\n"})).licenses == []


def test_a_licence_a_bare_participle_gives_to_the_linked_project_before_it_is_that_projects(make_repo) -> None:
    """"… based on [Nvidia NeMo](https://github.com/…), licensed under [Apache 2.0](…)": with no subject of its own,
    "licensed under" describes the linked project right before it, so the licence is that project's, not the release's;
    neither the inventory nor the claims take it. The release's own statement in the same paragraph still counts."""
    from openwash import engine

    readme = (
        "# Acme\n\n## License\n\nThe code in this repository and associated weights are licensed under the "
        "[MIT License](LICENSE).\n\nThe code for the audio encoder is based on [Nvidia NeMo](https://github.com/NVIDIA-NeMo/NeMo), "
        "licensed under [Apache 2.0](https://github.com/NVIDIA-NeMo/NeMo/blob/main/LICENSE), and the "
        "[canary-180m-flash](https://huggingface.co/nvidia/canary-180m-flash) checkpoint, licensed under "
        "[CC-BY 4.0](https://creativecommons.org/licenses/by/4.0/).\n"
    )
    root = make_repo({"README.md": readme, "LICENSE": MIT_TEXT})
    assert [(i.line, i.key) for i in scan_repo(root) if i.source == "prose"] == [(5, "mit")]
    report = engine.check(root)
    assert [c.text for c in report.claims if c.kind == "license-declaration"] == ["MIT License"]
    # a participle after the release's own statement, with no link before it, is still the release's
    own = "# Acme\n\n## License\n\nOur weights, licensed under [CC-BY 4.0](https://creativecommons.org/licenses/by/4.0/), are on the Hub.\n"
    assert [(i.line, i.key) for i in scan_repo(make_repo({"README.md": own})) if i.source == "prose"] == [(5, "cc-by-4.0")]


def test_a_fence_line_with_an_info_string_inside_a_block_does_not_close_it(make_repo) -> None:
    """CommonMark (as GitHub renders): a block opened by ``` closes only at a bare ``` run; "```json" inside it is code.
    Counting every fence-looking line instead put the rest of the card inside code and hid its licence statement."""
    card = (
        "# Acme\n\nThe prompt:\n\n```python\nprompt = \"\"\"Answer as follows:\n```json\n{\"a\": 1}\n\"\"\"\n```\n\n"
        "This model is governed by a [CC-BY-NC](https://creativecommons.org/licenses/by-nc/4.0/) License.\n"
    )
    assert [(i.line, i.family) for i in scan_repo(make_repo({"README.md": card})) if i.source == "prose"] == [(12, "non-commercial")]


def test_an_item_labelling_a_part_under_a_licence_heading_gives_it_the_licence_named_after_the_colon(make_repo) -> None:
    """"- **Model weights**: Non-commercial license - see the model card": the item labels the weights and names their
    licence, here only by its kind, so the family comes from the name and the licence itself stays unknown; "* **Code**:
    MIT" gives the code MIT. Outside a licence heading such an item is not read as terms."""
    readme = (
        "# Acme\n\n## License\n\n- **Inference code**: MIT\n"
        "- **Model weights**: Non-commercial license - see [the model card](https://huggingface.co/acme/acme-10b) for details.\n"
    )
    found = [(i.line, i.key, i.family, tuple(i.applies_to)) for i in scan_repo(make_repo({"README.md": readme})) if i.source == "prose"]
    assert found == [(5, "mit", "osi-approved", ("code",)), (6, None, "non-commercial", ("weights",))]
    elsewhere = readme.replace("## License", "## Components")
    assert [i for i in scan_repo(make_repo({"README.md": elsewhere})) if i.source == "prose"] == []
    sentence = "# Acme\n\nNo. The model weights are released under a **non-commercial license**.\n"
    assert [(i.family, tuple(i.applies_to)) for i in scan_repo(make_repo({"README.md": sentence})) if i.source == "prose"] == [
        ("non-commercial", ("weights",))
    ]
