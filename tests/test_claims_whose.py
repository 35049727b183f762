"""Whose claim: a phrase about another project, another paper or another product is not the release's.

Each sentence sits in a card titled "# Acme-7B" (the release's own name); the identity of a
repository `acme-ai/Acme-7B` (owner and repository, as `openwash.identity` reads them from a
checkout) is passed where a link's owner matters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import MIT_TEXT

from openwash import claims, documents
from openwash.identity import Identity
from openwash.model import Claim

ACME = Identity(frozenset({"acme-ai"}), frozenset({"acme-ai/acme-7b"}), ("acme7b",))


def _claims(tmp_path: Path, sentence: str, identity: Identity | None = ACME, title: str = "# Acme-7B") -> list[Claim]:
    (tmp_path / "README.md").write_text(f"{title}\n\n{sentence}\n", encoding="utf-8")
    doc = documents.load(tmp_path, "README.md", documents.CARD)
    assert isinstance(doc, documents.Document)
    return [c for c in claims.extract(doc, identity=identity) if c.kind != "license-declaration"]


@pytest.mark.parametrize(
    "sentence",
    [
        # another project, named as the subject of the sentence
        "vLLM is an open-source inference engine from UC Berkeley.",
        "[LM Studio](https://lmstudio.ai) is an open-source desktop app for local models.",
        "Docker 是一个开源的应用容器引擎，让开发者可以打包他们的应用。",
        # the object of the verb is a link to another repository
        "We are also happy to announce that we open-sourced **[EasyR1](https://github.com/acme-labs/EasyR1)**, an RL framework.",
        "[25/02/24] 我们宣布开源 **[EasyR1](https://github.com/hiyouga/EasyR1)**，一个高效可扩展的多模态强化学习框架。",
        "### Check our new open-source project —<br>🐧 [PenguinHarness](https://github.com/Prism-Shadow/penguin-harness): an agent",
        "The model was trained with our open source libraries [Trainer](https://github.com/acme-labs/trainer) and [Blocks](https://github.com/acme-labs/blocks).",
        # the subject is a link to another organisation
        "Recently, [KakaoBrain](https://kakaobrain.com/) openly released [Karlo](https://github.com/kakaobrain/karlo), a replication of unCLIP.",
        # categories and mentions
        "The results are superior to those from both closed-source and open-source models.",
        "We welcome contributions to open-source projects.",
        "We support open-source research in our lab.",
        # both categories together are the field, not a category the release claims
        "Acme-7B leads the competition among both open-source and closed-source systems.",
        "Acme-7B exhibits significant advantages over both open-source and closed-source models.",
        "**在开源与闭源方案中都处于领先水平的文本转语音系统**",
        # movements, bases, contributions, a study's subject
        "为了推动开源大语言模型的发展，大家投入了大量精力。",
        "我们更关注如何在开源预训练大语言模型的基础上，帮助每一个人。",
        "We are contributing to the open-source quantization methods.",
        "This library builds on top of a number of open-source giants.",
        "The goal of this research is to fill the gap in the evaluation of open source chat models.",
        "Our model shows a substantial performance advantage over all the open-source models.",
        # a set the release is compared with
        "We will not provide the training framework and data as most open-source LLMs do.",
        # the tool a release is evaluated or built with
        "We evaluated Acme-7B using the open-source evaluation tool [OpenCompass](https://github.com/open-compass/opencompass).",
        "我们使用开源评测工具 [OpenCompass](https://github.com/open-compass/opencompass) 对 Acme-7B 开展全面评测。",
        # the base a method is built on, with the verb's object between ("based X on", "built X on top of")
        "We based the instruction fine-tuning on open-source general-purpose large models.",
        "We built our dialogue system on top of open-source LLMs.",
        # the model a release adapts: its base ("fine-tuning an open-source language model for Bemba" stays a claim)
        "We try to specialize an open-sourced LLM into geoscience, by further pre-training the model.",
        # the model trained further, however long the link on the words before it
        "3. **Continued Pretraining**: We perform [continued pretraining](https://docs.example.org/basics/continued-pretraining) on a smaller open-source model.",
        "We adapt an open-source LLM to the legal domain.",
        # a practice of open source
        "The package is Apache-2.0 and the weights MIT; this is a common open-source pattern and is not contradictory.",
        # whichever model a method works with
        "Ultravox is able to extend any open-weight LLM with a multimodal projector.",
        "It can be trained against any open-source model.",
        # seed material a method draws on
        "OSS-Instruct empowers the model with a wealth of open-source references to produce more diverse data.",
        # models a sentence picks from or works for
        "LLM分词器的构建方式有两种：一种是自己构造词表；另一种是选择开源模型训练好的分词器。",
        "大部分是为当前开源的大模型扩充词表，比如为开源的中文大模型ChatGLM扩充垂直领域词表。",
        "- do_sample：sample方式对模型进行采样，该方式支持对开源模型进行采样，后续会支持模型蒸馏",
        "该框架支持主流开源模型的训练与推理。",
        # a news line announcing another named project, whose predicate claims openness
        "* `[2024.05.27]` Excited to share our latest Open-Sora Plan v1.1.0, which improves video length, and is fully open source!",
        "* Excited to share our latest [Chrono-Bench](https://github.com/acme-ai/Chrono-Bench), a benchmark, and is fully open source!",
        # a verb whose object is another named project of the same authors
        "# Breaking News: We've just open-sourced Resophy! 🎉",
        # a named party right before 开源了 / 开源的 is who opened it
        "就在不久前，Meta最新开源了Llama 2模型，完全由其负责。",
        "我们发现，Meta开源的Llama 2模型虽然是支持中文的，但是中文生成容易混杂英文。",
        # a table caption's field of comparison: API-based models beside open-source ones
        "Bold: the best in API-based and open-sourced models.",
        "We compare Acme-7B against open-source and close-sourced models.",
        # an attitude towards the movement
        "If you scrolled down to this section, you most likely appreciate open source.",
        # a hand-drawn list of recommended projects, each described after its link
        ":arrow_forward: [BasicSR](https://github.com/xinntao/BasicSR): An open-source image and video restoration toolbox<br>",
        "• [BasicSR](https://github.com/xinntao/BasicSR): An open-source image and video restoration toolbox",
    ],
)
def test_phrases_about_other_parties_are_not_claims(tmp_path: Path, sentence: str) -> None:
    assert _claims(tmp_path, sentence) == []


def test_close_names_the_other_category_only_as_close_sourced() -> None:
    from openwash.claims.phrases.antonyms import _with_its_antonym

    text = "Acme-7B is an open-source and close-sourced hybrid; Acme-8B is an open-source and close to optimal model."
    first = text.index("open-source")
    second = text.index("open-source", first + 1)
    assert _with_its_antonym(text, first, first + len("open-source"))
    assert not _with_its_antonym(text, second, second + len("open-source"))


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Acme-7B is an open-source language model.", "model"),
        ("We open-sourced [Acme-7B-Chat](https://huggingface.co/acme-ai/Acme-7B-Chat) today.", None),
        ("Our training code is open-sourced at [acme-train](https://github.com/acme-ai/Acme-7B).", None),
        ("Compared with the open-source LMMs such as Acme-7B, proprietary models are larger.", "model"),
        ("Our safety tools are open sourced.", "code"),
        ("Acme-7B is a family of lightweight, state-of-the-art open models.", "model"),
        ("Check our new open-source project: it is this one.", None),
        # "other" makes the release one of the category
        ("We compare Acme-7B with other state-of-the-art open models.", "model"),
        ("Acme-7B sets a new state of the art compared with other open-source models.", "model"),
        # ranked among open-source models is one of them (DOMAIN §8)
        ("在主流英文基准测试中表现出色，在国内外主流开源模型中亦处于领先位置。", "model"),
        ("Acme-7B is a library of open-source language models.", "model"),
        ("Three open-source LLMs fine-tuned for aspect-based sentiment analysis.", "model"),
        # building and fine-tuning one is the release's own model, and so is using what the release opened
        ("This initiative is dedicated to building and fine-tuning an open-source language model for the Bemba language.", "model"),
        # "the first/only" in apposition to the release, or after its "is", places it in the category
        ("Based on the IMHI dataset, we propose AcmeMed, the first open-source instruction-following LLMs for mental health analysis.", "model"),
        ("[Acme-78B](https://huggingface.co/acme-ai/Acme-78B) is the first open-source MLLMs to achieve over 70% on MMMU.", "model"),
        ("We require developers only use the open-sourced code, data, model and any other artifacts of this project for research.", None),
        # a Hub organisation named after the release is the release's own, whoever owns the code repository
        ("* [2024/10/16] 开源[Acme-7B-VL](https://huggingface.co/Acme7B-2/Acme-7B-VL) 多模态大语言模型", None),
        # a link whose text names the release is the release's, whoever owns the Hub page
        ("We open-sourced [Acme-7B-Base](https://huggingface.co/Acme-Labs/Acme-7B-Base) and [Acme-7B-Chat](https://huggingface.co/Acme-Labs/Acme-7B-Chat).", None),
        # a participle's subject is the sentence's: the release
        ("Aside from being great open-source models, Acme-7B can replace closed-source embeddings.", "model"),
        # "this" right before the phrase points at the release, whatever verb comes before it
        ("All results from this open-source code should only be used for research purposes.", "code"),
        # the release announcing itself (a version of its own name) keeps its claim
        ("* Excited to share our latest Acme-7B v2, which improves video length, and is fully open source!", None),
    ],
)
def test_claims_about_the_release_itself_are_kept(tmp_path: Path, sentence: str, subject: str | None) -> None:
    found = _claims(tmp_path, sentence)
    assert found, sentence
    if subject is not None:
        assert found[0].subject == subject


def test_a_software_name_openwash_cannot_place_keeps_a_model_claim(tmp_path: Path) -> None:
    # An unknown name might be the release's own: only software descriptions are dropped.
    assert _claims(tmp_path, "Zephyrine is an open-source language model.") != []


def test_without_an_identity_a_hub_link_keeps_the_claim(tmp_path: Path) -> None:
    assert _claims(tmp_path, "We open-sourced [Acme-7B](https://huggingface.co/acme-ai/Acme-7B) today.", identity=None) != []


@pytest.mark.parametrize(
    ("title_line", "kept"),
    [
        ("  title={Acme-7B: An Open-Source Small Language Model},", True),
        ("  title={Llama 2: Open Foundation and Fine-Tuned Chat Models, an open-source family},", False),
    ],
)
def test_citation_titles_speak_for_the_release_only_when_they_name_it(tmp_path: Path, title_line: str, kept: bool) -> None:
    block = "If you use our work, please cite:\n\n```\n@misc{x2024,\n" + title_line + "\n  year={2024}\n}\n```"
    found = _claims(tmp_path, block)
    assert bool(found) is kept, [(c.kind, c.text) for c in found]


def test_a_check_mark_in_an_open_source_column_on_the_release_s_own_row_is_a_claim(tmp_path: Path) -> None:
    table = (
        "| Model | Open-Source | WER |\n|---|---|---|\n| Seed-TTS | ❌ | 1.1 |\n| F5-TTS | ✅ | 1.5 |\n| Acme-7B | ✅ | 1.4 |\n"
    )
    found = _claims(tmp_path, table)
    assert [(c.line, c.kind, c.subject) for c in found] == [(7, "open-source", "model")]


@pytest.mark.parametrize("header", ["开源/闭源", "Open / Closed source", "Open-source?"])
def test_open_source_written_in_an_open_or_closed_column_on_the_release_s_own_row_is_a_claim(tmp_path: Path, header: str) -> None:
    table = f"| 模型 | {header} | 总分 |\n|---|---|---|\n| GPT-4 | 闭源 | 8.0 |\n| Qwen1.5-72B | 开源 | 7.2 |\n| Acme-7B Chat | 开源 | 7.9 |\n"
    found = _claims(tmp_path, table)
    assert [(c.line, c.kind, c.subject) for c in found] == [(7, "open-source", "model")]


def test_a_check_mark_in_an_html_table_is_read_too(tmp_path: Path) -> None:
    table = (
        "<table>\n<tr><th>Model</th> <th>Open Source</th> <th>Score</th></tr>\n"
        "<tr><td>DALL-E 3</td><td>&#10008</td><td>83.9</td></tr>\n<tr><td>Acme-7B</td><td>✔</td><td>74.2</td></tr>\n</table>"
    )
    found = _claims(tmp_path, table)
    assert [(c.line, c.kind) for c in found] == [(6, "open-source")]


def test_a_hub_organisation_named_after_the_release_is_its_own_and_another_is_not() -> None:
    assert ACME.is_own_url("https://huggingface.co/Acme7B-2/Acme-7B-VL") is True
    assert ACME.is_own_url("https://huggingface.co/acme-ai/anything") is True
    assert ACME.is_own_url("https://huggingface.co/other-lab/Acme-7B-GGUF") is False


def test_a_hub_dataset_or_space_url_names_its_organisation() -> None:
    assert ACME.is_own_url("https://huggingface.co/datasets/acme-ai/acme-instruct") is True
    assert ACME.is_own_url("https://huggingface.co/spaces/other-lab/demo") is False
    # the organisation's dataset named like the release is not the model repository
    assert ACME.is_this_hub_repository("https://huggingface.co/datasets/acme-ai/Acme-7B") is False
    assert ACME.is_this_hub_repository("https://huggingface.co/acme-ai/Acme-7B") is True


def test_a_hub_organisation_spelt_without_the_github_owners_punctuation_is_the_owners() -> None:
    assert ACME.is_own_url("https://huggingface.co/datasets/acmeai/instruct") is True
    assert ACME.is_own_url("https://huggingface.co/acme_ai/acme-7b") is True


def test_a_readme_of_a_project_embedded_in_the_repository_speaks_for_that_project(make_repo: Any) -> None:
    from openwash import engine

    root = make_repo(
        {
            "README.md": "# Acme-7B\n\nA language model.\n",
            "evalkit/README.md": "# EvalKit\n\n- **开源可复现**：提供公平、公开、可复现的评测方案\n",
            "evalkit/LICENSE": "Apache License\nVersion 2.0, January 2004\n",
            "evalkit/setup.py": "stub\n",
        }
    )
    assert [c for c in engine.check(root).claims if c.path.startswith("evalkit/")] == []


def test_a_sub_folder_without_its_own_licence_and_manifest_still_speaks_for_the_release(make_repo: Any) -> None:
    from openwash import engine

    root = make_repo(
        {
            "README.md": "# Acme-7B\n\nA language model.\n",
            "finetune/README.md": "Acme-7B is an open-source model; this guide fine-tunes it.\n",
            "finetune/setup.py": "stub\n",
        }
    )
    assert [c.path for c in engine.check(root).claims if c.kind == "open-source"] == ["finetune/README.md"]


def _bundled_repo(make_repo: Any, folder: str) -> Path:
    """A release with a training toolkit copied into `folder` (its own licence and package manifest)."""
    return make_repo(
        {
            "README.md": "# Acme-7B\n\nAcme-7B is a language model.\n",
            "LICENSE": MIT_TEXT,
            f"{folder}/README.md": (
                "# Toolkit\n\nThe model weights are released under the Baichuan 2 Community License.\n\n"
                "Our demo is fine-tuned from Llama-2-7b-hf.\n"
            ),
            f"{folder}/LICENSE": MIT_TEXT,
            f"{folder}/pyproject.toml": "[project]\nname = 'toolkit'\n",
        }
    )


def test_what_a_bundled_project_s_readme_declares_is_not_the_release_s_licence_or_lineage(make_repo: Any) -> None:
    from openwash import engine

    report = engine.check(_bundled_repo(make_repo, "train/LLaMA-Factory"))
    bundled = [lic for lic in report.licenses if lic.path.startswith("train/")]
    assert [(lic.path, lic.id, lic.applies_to) for lic in bundled] == [("train/LLaMA-Factory/LICENSE", "MIT", ["code"])]
    assert report.base_models == []


def test_a_bundled_project_named_for_the_release_still_speaks_for_it(make_repo: Any) -> None:
    from openwash import engine

    report = engine.check(_bundled_repo(make_repo, "acme-7b-train"))
    assert any(lic.path == "acme-7b-train/README.md" and lic.family == "vendor-community" for lic in report.licenses)
    assert [ref.resolved for ref in report.base_models] == ["llama-2"]


@pytest.mark.parametrize(("first_heading", "claimed"), [("## 👉🏻 CosyVoice 👈🏻", True), ("## Introduction", False)])
def test_a_card_without_a_level_one_heading_is_named_by_its_first_heading(make_repo: Any, first_heading: str, claimed: bool) -> None:
    from openwash import engine

    card = (
        f"---\nlicense: apache-2.0\n---\n{first_heading}\n\n## Evaluation\n\n"
        "| Model | Open-Source | WER |\n|---|---|---|\n| Seed-TTS | ❌ | 1.1 |\n| CosyVoice2 | ✅ | 1.4 |\n"
    )
    found = [(c.line, c.kind) for c in engine.check(make_repo({"README.md": card})).claims if c.kind != "license-declaration"]
    assert found == ([(11, "open-source")] if claimed else [])


def test_a_link_named_for_another_project_after_our_open_source_work_is_that_project(tmp_path: Path) -> None:
    sentence = "📢 If you like this series, check out our open-source work: **[Wan-Animate](https://humanaigc.github.io/wan-animate/)**"
    assert _claims(tmp_path, sentence) == []
    own = "Check out our open-source model: **[Acme-7B](https://acme.example.org/acme-7b/)**"
    assert [c.kind for c in _claims(tmp_path, own)] == ["open-source"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Open source is the belief that if we collaborate we can together gift our knowledge to the world.", []),
        ("The inference pipeline for the Open Acme model is in `serve/`.", []),
        ("Acme-7B is an open model.", ["open-model"]),
    ],
)
def test_a_definition_of_open_source_and_open_in_the_release_s_own_name_are_not_claims(
    tmp_path: Path, sentence: str, kinds: list[str]
) -> None:
    identity = Identity(frozenset({"acme-ai"}), frozenset({"acme-ai/open-acme"}), ("acme7b", "openacme"))
    assert [c.kind for c in _claims(tmp_path, sentence, identity=identity)] == kinds


def test_a_level_one_heading_names_the_card_even_after_a_level_two_heading(tmp_path: Path) -> None:
    from openwash.identity import card_names

    (tmp_path / "README.md").write_text("## See our collection of all versions\n\n# Acme-7B\n\nA model.\n", encoding="utf-8")
    doc = documents.load(tmp_path, "README.md", documents.CARD)
    assert isinstance(doc, documents.Document)
    assert card_names(doc) == ["Acme-7B"]
    (tmp_path / "README.md").write_text("## 👉🏻 CosyVoice 👈🏻\n\n## Evaluation\n", encoding="utf-8")
    doc = documents.load(tmp_path, "README.md", documents.CARD)
    assert isinstance(doc, documents.Document)
    assert card_names(doc) == ["👉🏻 CosyVoice 👈🏻"]


def test_an_unpacked_github_archive_of_another_project_speaks_for_that_project(make_repo: Any) -> None:
    from openwash import engine

    root = make_repo(
        {
            "README.md": "# Acme-7B\n\nAcme-7B adapts LLaMA for instructions.\n",
            "gorilla/gorilla-main/README.md": "# Gorilla\n\nGorilla is OPEN SOURCE and commercially usable.\n",
        }
    )
    assert [c.path for c in engine.check(root).claims if c.kind != "license-declaration"] == []


@pytest.mark.parametrize(
    ("sub_holder", "copied"),
    [
        ("Copyright (c) 2020 Jungil Kong", True),  # another holder: code copied from another project
        ("Copyright (c) 2024 Example Lab and Jane Doe", False),  # the repository's own holder, with others
        ("Copyright [yyyy] [name of copyright owner]", False),  # a template names nobody: not decided
    ],
)
def test_a_sub_folder_licensed_by_another_copyright_holder_speaks_for_its_own_project(
    make_repo: Any, sub_holder: str, copied: bool
) -> None:
    from openwash import engine

    files = {
        "README.md": "# Acme-TTS\n\nA speech model.\n",
        "LICENSE": MIT_TEXT,
        "acme/vocoder/README.md": "# FastGAN\n\nWe provide our implementation and pretrained models as open source in this repository.\n",
        "acme/vocoder/LICENSE": MIT_TEXT.replace("Copyright (c) 2026 Example Lab", sub_holder),
        "acme/vocoder/models.py": "stub\n",
    }
    assert MIT_TEXT.count("Copyright (c) 2026 Example Lab") == 1
    paths = [c.path for c in engine.check(make_repo(files)).claims if c.kind != "license-declaration"]
    assert paths == ([] if copied else ["acme/vocoder/README.md"])


@pytest.mark.parametrize("folder", ["third_party/fastkit", "src/vendor/fastkit", "3rdparty/fastkit"])
def test_a_vendored_folder_speaks_for_the_project_copied_there(make_repo: Any, folder: str) -> None:
    from openwash import engine

    files = {
        "README.md": "# Acme-7B\n\nAcme-7B is a small image model.\n",
        f"{folder}/README.md": "# fastkit\n\nfastkit is a fully open-source model toolkit.\n",
    }
    assert [c.path for c in engine.check(make_repo(files)).claims] == []
    # the same words outside a vendored folder are read (a sub-folder README of the release's own)
    files[f"tools/{folder.rsplit('/', 1)[-1]}/README.md"] = files.pop(f"{folder}/README.md")
    assert [c.path for c in engine.check(make_repo(files)).claims] == ["tools/fastkit/README.md"]


@pytest.mark.parametrize(
    ("repo_url", "claimed"),
    [
        ("https://github.com/fastkit/fastkit", []),  # another project's documentation site
        ("https://github.com/acme-ai/acme-7b", ["site/en/index.md"]),  # the release's own site
        (None, ["site/en/index.md"]),  # a site that names no repository: cannot tell, keep
    ],
)
def test_a_documentation_site_of_another_repository_speaks_for_that_repository(
    tmp_path: Path, repo_url: str | None, claimed: list[str]
) -> None:
    from openwash import engine

    root = tmp_path / "acme-ai__acme-7b"
    (root / "site" / "en").mkdir(parents=True)
    (root / "README.md").write_text("# Acme-7B\n\nAcme-7B is a small image model.\n", encoding="utf-8")
    config = "site_name: Docs\n" + (f"repo_url: {repo_url}\n" if repo_url else "") + 'docs_dir: "site/en/" # pages\n'
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    (root / "site" / "en" / "index.md").write_text("# Docs\n\nOur open-source models are the best.\n", encoding="utf-8")
    assert [c.path for c in engine.check(root).claims] == claimed


@pytest.mark.parametrize(
    ("heading", "claimed"),
    [
        ("## <strong>[ModelScope-FunASR](https://github.com/modelscope/FunASR)</strong>", []),  # another project's section
        ("## [Acme-7B](https://github.com/acme-ai/acme-7b)", ["README.md"]),  # the release's own repository
        ("## Serving", ["README.md"]),
    ],
)
def test_a_section_headed_by_a_link_to_another_project_speaks_for_that_project(
    tmp_path: Path, heading: str, claimed: list[str]
) -> None:
    from openwash import engine

    root = tmp_path / "acme-ai__acme-7b"
    root.mkdir()
    card = f"# Acme-7B\n\nA speech model.\n\n{heading}\n\nFunASR 提供离线转写服务，内核为已开源的 runtime-SDK。\n\n# Citation\n"
    (root / "README.md").write_text(card, encoding="utf-8")
    assert [c.path for c in engine.check(root).claims] == claimed


def test_the_wrapped_lines_of_a_list_item_about_another_resource_declare_nothing(make_repo: Any) -> None:
    from openwash import engine

    card = (
        "# Acme-7B\n\nThe weights are released under CC-BY-NC-4.0.\n\n## Databases\n\n"
        "*   [BFD](https://bfd.example.org/) (modified), by Someone et al.,\n"
        "    available under a\n    [Creative Commons Attribution 4.0 International License](https://creativecommons.org/licenses/by/4.0/).\n"
    )
    report = engine.check(make_repo({"README.md": card}))
    assert not any(f.rule == "OW104" for f in report.findings)
    assert [(c.line, c.kind) for c in report.claims if c.kind == "license-declaration"] == [(3, "license-declaration")]


def test_a_benchmark_s_readme_copied_under_an_evaluation_folder_speaks_for_the_benchmark(make_repo: Any) -> None:
    from openwash import engine

    files = {
        "README.md": "# Acme-VL\n\nA vision-language model.\n",
        "acme/eval/MMMU/README.md": "# MMMU\n\nEven the best open-source LMMs reach only 34% on the benchmark; our open-source model too.\n",
    }
    assert [c.path for c in engine.check(make_repo(files)).claims if c.kind == "open-source"] == []
    # the evaluation folder's own README is the release's document
    files["acme/eval/README.md"] = files.pop("acme/eval/MMMU/README.md")
    assert {c.path for c in engine.check(make_repo(files)).claims if c.kind == "open-source"} == {"acme/eval/README.md"}


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("We have open-sourced a portion of our training set, including 2,000 English samples.", "data"),
        ("We open-sourced part of the model weights.", "weights"),
        # the release's own name as the object, and its own name before 开源了, stay claims
        ("We've just open-sourced Acme-7B!", "model"),
        ("Acme-7B开源了全部模型权重。", "weights"),
        # a name written in Chinese characters right before 开源 is not a Latin-script party
        ("Acme-7B是首个开源的中文模型。", "model"),
        # a Chinese noun phrase ends with its head, and a link's target is not part of it
        ("团队开源基于Paddle框架的[AlphaFold 2](https://doi.org/10.1038/s41586-021-03819-2)蛋白质结构预测模型推理实现，详见文档。", "code"),
        ("我们开源了模型权重和训练代码。", "weights"),
        # "leading open-source performance": the model's performance, ranked among open-source models
        ("Acme-7B works with Claude Code and OpenCode. It achieves leading open-source performance on BFCL-V4.", "model"),
    ],
)
def test_what_a_verb_opens_decides_the_subject(tmp_path: Path, sentence: str, subject: str) -> None:
    assert [c.subject for c in _claims(tmp_path, sentence) if c.kind == "open-source"] == [subject]


def test_a_base_family_inside_a_derivatives_name_is_not_the_release(tmp_path: Path) -> None:
    # "Chinese-LlaMA2" contains "LlaMA2", but the family Meta publishes is the base, and its act is not the release's
    derivative = Identity(frozenset({"acme-ai"}), frozenset({"acme-ai/chinese-llama2"}), ("chinesellama2",))
    sentence = "因为LlaMA-2开源了chat版本的模型，我们在其上继续训练。"
    assert _claims(tmp_path, sentence, identity=derivative, title="# Chinese-LlaMA2") == []
    assert derivative.is_own_name("Chinese-LlaMA2") and derivative.is_own_name("Chinese")
    # the family's own publisher naming it is its own release; a family name opening the release's name is the family
    assert Identity(frozenset({"meta-llama"}), frozenset(), ("codellama2",)).is_own_name("Llama-2")
    assert Identity(frozenset({"acme-ai"}), frozenset(), ("llama2chinese",)).is_own_name("Llama-2")


@pytest.mark.parametrize(
    "sentence",
    [
        "We do supervised instruction fine-tuning on open-source language models Bloom, OpenLLaMA, GPT-J, MPT and Pythia.",
        "- Phần Fine-tuning dựa trên các Open-Source Based LLMs (BLOOMZ, Open-LLaMA, v.v.)",
        "We compare open-source models such as Qwen and Pythia on the benchmark.",
    ],
)
def test_an_open_source_phrase_heading_a_list_of_other_models_is_about_them(tmp_path: Path, sentence: str) -> None:
    assert [c.text for c in _claims(tmp_path, sentence) if c.kind == "open-source"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a verb phrase, not a noun phrase, between the adjective and the names
        "LLaVA is an open-source chatbot trained by fine-tuning LLaMA/Vicuna on instruction data.",
        # the release's own models in the list
        "We release open-source models Acme-7B and Acme-13B under Apache 2.0.",
    ],
)
def test_an_open_source_phrase_before_a_verb_or_the_releases_own_models_stays_a_claim(tmp_path: Path, sentence: str) -> None:
    title = "# LLaVA" if sentence.startswith("LLaVA") else "# Acme-7B"
    identity = Identity(frozenset({"acme-ai"}), frozenset(), ("llava",)) if title == "# LLaVA" else ACME
    assert [c.kind for c in _claims(tmp_path, sentence, identity=identity, title=title) if c.kind == "open-source"] == ["open-source"]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("**2023/3/28 开源了中文LLaMA&Alpaca大模型，可快速在PC上部署体验，查看：https://github.com/acme-ai/Chinese-LLaMA-Alpaca**", False),
        ("- [Mar 28, 2023] We open-sourced Chinese LLaMA&Alpaca LLMs. Check: https://github.com/acme-ai/Chinese-LLaMA-Alpaca", False),
        # the release named, its own repository linked, or no date: the release's news
        ("- [Mar 28, 2023] We open-sourced Acme-7B. Check: https://github.com/acme-ai/other-tools", True),
        ("- [Mar 28, 2023] We open-sourced the model weights. Check: https://github.com/acme-ai/Acme-7B", True),
        ("We open-sourced the model weights. Check: https://github.com/acme-ai/Chinese-LLaMA-Alpaca", True),
    ],
)
def test_a_dated_news_item_linking_another_repository_announces_that_project(tmp_path: Path, sentence: str, kept: bool) -> None:
    assert bool([c for c in _claims(tmp_path, sentence) if c.kind == "open-source"]) is kept


def test_the_model_named_before_kaiyuan_is_found_as_the_plain_search_finds_it() -> None:
    """`_zh_named_subject` tries the end-anchored pattern only from the last name character's reach (a plain search
    tries every letter of a long clause); on any clause it finds what the plain search finds."""
    import random

    from openwash.claims.others import _ZH_NAMED_SUBJECT, _zh_named_subject

    rng = random.Random(20261204)
    alphabet = ["a", "Z", "9", "_", ".", "-", " ", "\t", "的", "模型", "权重", "已经", "刚刚", "x"]
    for _ in range(20000):
        before = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        plain, found = _ZH_NAMED_SUBJECT.search(before), _zh_named_subject(before)
        assert (plain and (plain.span(), plain.group(1))) == (found and (found.span(), found.group(1))), before
    assert _zh_named_subject("看到" + "x" * 100 + " llama3权重刚刚").group(1) == "llama3"  # type: ignore[union-attr]


_APACHE = "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n"


def test_a_licence_declared_for_other_named_components_is_theirs(make_repo: Any) -> None:
    """"CLIP and ZSSEG are licensed under the MIT license" in a CC-BY-NC project: those components' licence, not a
    declaration about the release that its LICENSE contradicts (OW104); the release's own name declares its own."""
    from openwash import engine

    def declared(sentence: str) -> list[str]:
        card = f"# OVSeg: Open-Vocabulary Segmentation with Mask-adapted CLIP\n\nSegmentation models.\n\n## License\n\n{sentence}\n"
        report = engine.check(make_repo({"README.md": card, "LICENSE": _APACHE}))
        return [c.text for c in report.claims if c.kind == "license-declaration"]

    others = "However portions of the project are under separate license terms: CLIP and ZSSEG are licensed under the MIT license."
    assert declared(others) == []
    assert declared("MaskFormer is licensed under the MIT license.") == []
    assert declared("OVSeg is licensed under the MIT license.") == ["MIT"]
    assert declared("The model is licensed under the MIT license.") == ["MIT"]


def test_a_quoted_title_in_a_reference_names_another_work(tmp_path: Path) -> None:
    reference = '15. **DAPO:** Yu et al. *"DAPO: An Open-Source LLM Reinforcement Learning System at Scale."* [arXiv:2503.14476](https://arxiv.org/abs/2503.14476) (2025).'
    assert [c for c in _claims(tmp_path, reference) if c.kind == "open-source"] == []
    # the release's own title in quotes, or quotes that are HTML attributes, keep the claim
    own = 'Acme et al. "Acme-7B: An Open-Source Language Model" (2025).'
    assert [c.kind for c in _claims(tmp_path, own) if c.kind == "open-source"] == ["open-source"]
    attribute = '<p align="center">Fully open-source model (2025)</p>'
    assert [c.kind for c in _claims(tmp_path, attribute) if c.kind in ("open-source", "fully-open")]


def test_an_untitled_tagline_of_a_release_that_calls_itself_a_framework_is_about_its_code(make_repo: Any) -> None:
    from openwash import engine

    def subjects(description: str) -> list[str]:
        card = f"# OpenRLHF\n\n<em>Open-source / Comprehensive / Lightweight / Easy-to-use</em>\n\n{description}\n"
        return [c.subject for c in engine.check(make_repo({"README.md": card, "LICENSE": _APACHE})).claims if c.kind == "open-source"]

    assert subjects("OpenRLHF is a high-performance RLHF framework built on Ray and DeepSpeed.") == ["code"]
    assert subjects("OpenRLHF 是一个基于 Ray、DeepSpeed 构建的高性能 RLHF 框架。") == ["code"]
    assert subjects("OpenRLHF is a 7B chat model trained with RLHF.") != ["code"]
    assert subjects("SomethingElse is a high-performance RLHF framework.") != ["code"]
    # presented in apposition: "We present **OpenRLHF**, a Pytorch-based open-source framework that …"
    assert subjects("We present **OpenRLHF**, a Ray-based framework that implements RLHF.") == ["code"]
    assert subjects("We present **SomethingElse**, a Ray-based framework that implements RLHF.") != ["code"]


def test_a_block_quote_labelled_as_the_authors_summary_is_their_own_words(tmp_path: Path) -> None:
    summary = "> **TL;DR.** TuneJury is an **open, instance-level pairwise reward model** for text-to-music."
    assert [c.kind for c in _claims(tmp_path, summary)] == ["open-model"]
    quoted = "> TuneJury is an **open, instance-level pairwise reward model** for text-to-music."
    assert _claims(tmp_path, "Some text.\n\n> An answer by someone.\n" + quoted) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We recommend Audacity. It is an open-source and free audio editing software.",
        "[Mary (Modular Architecture for Research in sYnthesis) Text-to-Speech](http://mary.dfki.de/) is an open-source "
        "(GNU LGPL license), multilingual Text-to-Speech Synthesis platform written in Java.",
    ],
)
def test_it_after_a_named_project_and_a_linked_subject_are_other_software(tmp_path: Path, sentence: str) -> None:
    assert [c for c in _claims(tmp_path, sentence) if c.kind == "open-source"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We release Acme-7B. It is an open-source language model.",
        # the sentence before has the release for its subject: "it" is the release, not the base it names last
        "Acme-7B is a fine-tune of [LLaMA-13B](https://github.com/facebookresearch/llama). It is our attempt at creating an open-source RLHF chatbot.",
        "Acme-7B is a fine-tune of Vicuna. It is an open-source chatbot.",
    ],
)
def test_it_after_the_releases_own_sentence_is_the_release(tmp_path: Path, sentence: str) -> None:
    found = _claims(tmp_path, sentence)
    assert [c.kind for c in found if c.kind == "open-source"] == ["open-source"]


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("Acme-7B is an open-source project supported by several partner institutions.", True),
        ("The Acme project is a **open source project** supported by partner companies.", True),
        ("This is an open-source project, and we welcome contributions from the community.", True),
        # another party's project, named as the subject: not the release's claim
        ("PyTorch is an open source project of the Linux Foundation.", False),
        ("We thank the open source project vLLM for its kernels.", False),
    ],
)
def test_the_release_calling_itself_an_open_source_project_is_a_claim(tmp_path: Path, sentence: str, claimed: bool) -> None:
    found = [c for c in _claims(tmp_path, sentence) if c.kind == "open-source"]
    assert bool(found) is claimed, found


def test_a_pipeline_whose_listed_parts_include_the_weights_is_a_claim_about_the_release(tmp_path: Path) -> None:
    """"Complete open-source pipeline including data curation, training code, and model weights" claims the whole
    release open, not only its code; a pipeline listed without the weights stays a claim about code."""
    found = _claims(tmp_path, "- **Fully Transparent**: Complete open-source pipeline including data curation, training code, and model weights")
    assert [c.subject for c in found if c.kind == "open-source"] == ["model"]
    found = _claims(tmp_path, "- Complete open-source pipeline including data curation and training code")
    assert [c.subject for c in found if c.kind == "open-source"] == ["code"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The weights are fully available for academic research and may be used commercially upon obtaining proper authorization.",
        "Acme 权重对学术研究完全开放，在进行授权后允许商业使用。",
    ],
)
def test_commercial_use_only_once_the_publisher_grants_it_promises_nothing(tmp_path: Path, sentence: str) -> None:
    assert [c for c in _claims(tmp_path, sentence) if c.kind == "commercial-use"] == []
    assert _claims(tmp_path, "The weights may be used commercially.")[0].kind == "commercial-use", "a plain grant is a claim"


def test_open_science_named_as_the_motive_is_no_claim(tmp_path: Path) -> None:
    """"In the spirit of open science, we make the finetuning data … accessible to all": why the data is shared, not a
    claim that the release is open science; "Acme-7B is an open science release" still is one."""
    assert [c for c in _claims(tmp_path, "In the spirit of open science, we make the finetuning data for Acme-7B accessible to all.") if c.kind == "open-science"] == []
    assert [c.kind for c in _claims(tmp_path, "Acme-7B is open science: weights, data and code are public.") if c.kind == "open-science"] == ["open-science"]


def test_a_client_and_its_bindings_called_open_source_are_code(tmp_path: Path) -> None:
    found = [c for c in _claims(tmp_path, "- The client and the bindings are already open source, and more is coming soon!") if c.kind == "open-source"]
    assert [c.subject for c in found] == ["code"]


def test_open_source_infrastructure_is_code(tmp_path: Path) -> None:
    """"Welcome everyone to help maintain Acme's open-source infrastructure together": the platform's code, not the model."""
    found = [c for c in _claims(tmp_path, "Welcome everyone to help maintain Acme's open-source infrastructure together.") if c.kind == "open-source"]
    assert [c.subject for c in found] == ["code"]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # before its noun a participle modifies it, so the noun still decides
        ("We open-source the largest available TCM dataset, with a pretraining and an instruction set.", "data"),
        ("We open-source the released checkpoints of Acme-7B.", "weights"),
        # after its noun it ends the phrase, as before
        ("We release open-source models available on the Hub.", "model"),
    ],
)
def test_a_participle_before_the_noun_does_not_end_the_object(tmp_path: Path, sentence: str, subject: str) -> None:
    found = [c for c in _claims(tmp_path, sentence) if c.kind == "open-source"]
    assert [c.subject for c in found] == [subject]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("We release a fully open-source **evaluation suite** for diffusion-based LLMs.", "code"),
        ("We compiled them after reviewing open source evaluation harnesses such as the Eval Harness.", "code"),
        # a model family's suites stay models
        ("Closing the Gap to Commercial Multimodal Models with Open-Source Suites", "model"),
    ],
)
def test_an_evaluation_suite_or_harness_is_code(tmp_path: Path, sentence: str, subject: str) -> None:
    found = [c for c in _claims(tmp_path, sentence, identity=None) if c.kind in ("open-source", "fully-open")]
    assert [c.subject for c in found] == [subject]


@pytest.mark.parametrize("line", ["✅ = 完全开源 · ❌ = 未提供 · ⚠️ = 部分/有限", "✅ = fully open-source · ❌ = not provided", "| ✅ = open | ❌ = closed |"])
def test_a_table_legend_is_no_claim(tmp_path: Path, line: str) -> None:
    assert _claims(tmp_path, line) == []


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # the release's own name says what it is: adjectives in a row before a software noun
        ("Acme-7B is a completely open-source, free OCR tool that runs offline.", "code"),
        ("Acme-7B is an open-source, lightweight text-to-speech library built on ONNX.", "code"),
        ("**Acme 7B** (🐸Acme) is a fast, open-source, multi-platform, deep-learning toolkit for speech.", "code"),
        # an edition (开源版) is of what is named right before it
        ("# Acme-7B 通用验证码离线本地识别SDK免费开源版", "code"),
        ("- 2024.06.06：AcmeCorpus数据集的开源版本发布。", "data"),
        ("Acme-7B 模型的开源版本已发布。", "model"),
        # "is completely open source" stays a predicate; a plural category after the article is not ours
        ("Acme-7B is completely open source.", "unclear"),
        # the name holds a model word, the noun after the phrase says it is a software product
        ("Acme-7B is an open source solution.", "code"),
        # emphasis is no boundary of the noun phrase, and its head decides: a framework, a reproduction are code
        ("**Acme-7B** is the first fully open-source **generative recommendation** framework, which trains models.", "code"),
        ("The method was first proposed in GPR and this is the first open-source reproduction.", "code"),
        ("In this repo, we present an open source reproduction of Meta AI's LLaMA large language model.", "model"),
        ("Acme-7B is an open source model.", "model"),
        # a release of something: its modifier says what
        ("Implementation details can also be found at the open-source code release associated with the project.", "code"),
        ("We are excited about the open-source model release of Acme-7B.", "model"),
    ],
)
def test_the_noun_after_coordinated_adjectives_or_an_edition_decides_the_subject(tmp_path: Path, sentence: str, subject: str) -> None:
    found = [c for c in _claims(tmp_path, sentence) if c.kind in ("open-source", "fully-open")]
    assert [c.subject for c in found] == [subject]


def test_another_partys_dataset_or_tool_named_by_a_copula_is_not_the_releases(tmp_path: Path) -> None:
    assert _claims(tmp_path, "- Summary: databricks-dolly-15k is an open source dataset of instruction-following records.") == []
    assert _claims(tmp_path, "vLLM is an open-source, high-throughput inference engine from UC Berkeley.") == []
