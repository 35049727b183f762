"""Claims: unit tests on small fixtures, English and Chinese, every kind and every non-claim shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from openwash import claims, documents
from openwash.model import Claim


def _doc(tmp_path: Path, text: str, name: str = "README.md") -> documents.Document:
    target = tmp_path / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    kind = documents.classify_name(name) or documents.README
    loaded = documents.load(tmp_path, name, kind)
    assert isinstance(loaded, documents.Document)
    return loaded


@pytest.fixture
def scan(tmp_path: Path):
    def _scan(text: str, name: str = "README.md") -> list[Claim]:
        return claims.extract(_doc(tmp_path, text, name))

    return _scan


def _only(found: list[Claim], kind: str | None = None) -> Claim:
    matching = [c for c in found if kind is None or c.kind == kind]
    assert len(matching) == 1, [(c.kind, c.text) for c in found]
    return matching[0]


# --------------------------------------------------------------------------- English claims


@pytest.mark.parametrize(
    ("sentence", "kind", "subject", "profile"),
    [
        ("Foo-7B is an open-source language model for Portuguese.", "open-source", "model", "osaid"),
        ("Foo is the best open-source model at the 7B scale.", "open-source", "model", "osaid"),
        ("Among open-source models, ours scores highest on MMLU.", "open-source", "model", "osaid"),
        ("Foo achieves open-source SOTA on GSM8K.", "open-source", "model", "osaid"),
        ("Foo-R1 is the first open-source reasoning LLM.", "open-source", "model", "osaid"),
        ("Foo is one of the most capable open-source models available.", "open-source", "model", "osaid"),
        ("Foo is an open-source alternative to GPT-4.", "open-source", "model", "osaid"),
        ("Foo-7B will remain an open-source model.", "open-source", "model", "osaid"),
        ("All of the trained models will be open-source.", "open-source", "model", "osaid"),
        ("Foo is an innovative library of open-source language models.", "open-source", "model", "osaid"),
        ("Foo is an open, sovereign reasoning model.", "open-model", "model", "open-weights"),
        ("The open-source release includes weights and code.", "open-source", "model", "osaid"),
        ("Our training code is open source under MIT.", "open-source", "code", "code-license"),
        ("We open-sourced the pre-training and fine-tuning (SFT) scripts.", "open-source", "code", "code-license"),
        ("Open-source JAX implementation of the Foo model.", "open-source", "code", "code-license"),
        ("The model weights are released as open source.", "open-source", "weights", "osaid"),
        ("Our dataset is open source as well.", "open-source", "data", "data-license"),
        ("Foo is a fully open language model.", "fully-open", "model", "osaid"),
        ("Foo is truly open-source, from data to weights.", "fully-open", "unclear", "osaid"),
        ("Foo is completely open source.", "fully-open", "unclear", "osaid"),
        ("Foo is a family of open-weights large language models.", "open-weights", "weights", "open-weights"),
        ("Foo is an open-weight model.", "open-weights", "weights", "open-weights"),
        ("# Foo: Open Language Model", "open-model", "model", "open-weights"),
        ("Foo is an open bilingual language model.", "open-model", "model", "open-weights"),
        ("Foo, a new family of open VLMs, has been released.", "open-model", "model", "open-weights"),
        ("Foo is an open MLLM for documents.", "open-model", "model", "open-weights"),
        ("Because we are openly releasing these models, others can build on them.", "openly-released", "model", "open-weights"),
        ("This model is open access and available to all.", "open-access", "model", "open-access"),
        ("The weights are freely available on the Hub.", "open-access", "weights", "open-access"),
        ("Training logs and checkpoints are all included for transparency.", "open-access", "weights", "open-access"),
        ("Foo is our contribution to open science.", "open-science", "unclear", "osaid"),
        ("Foo is freely available for commercial use.", "commercial-use", "unclear", "commercial-use"),
        ("Dolly is a language model that is licensed for commercial use.", "commercial-use", "model", "commercial-use"),
        ("The model is commercially usable.", "commercial-use", "model", "commercial-use"),
        ("You can use, modify and redistribute this adapter, including commercially.", "commercial-use", "weights", "commercial-use"),
        # of coordinated clauses, the one holding the phrase names its subject
        (
            "The code is free for commercial use, and the model weights and data can only be used for research purposes.",
            "commercial-use", "code", "commercial-use",
        ),
        ("The code is MIT; the weights are free for commercial use.", "commercial-use", "weights", "commercial-use"),
        ("The weights are released under an open-source license.", "open-license-term", "unclear", "license"),
        ("Released under a permissive license for research and learning.", "open-license-term", "unclear", "license"),
        # the clause's first noun, qualified by a preposition, is its subject
        ("The code for training the model has all been open-sourced.", "open-source", "code", "code-license"),
        ("The data used to train the model is open-sourced.", "open-source", "data", "data-license"),
        ("We have open-sourced all textual sources and corresponding YouTube IDs.", "open-source", "data", "data-license"),
        ("We open-sourced our research code.", "open-source", "code", "code-license"),
        # a non-native spelling
        ("Many friends were interested in Vary-tiny, so I opened source it on the Hub.", "open-source", "model", "osaid"),
        # a software stack is code; a dataset linked right before the verb is what was open-sourced
        ("- [x] Open source C++ inference stack", "open-source", "code", "code-license"),
        # the project's licence statement is about its code; with no licence named it stays the release's
        ("This project is open-sourced under the [AGPL-3.0](LICENSE) license.", "open-source", "code", "code-license"),
        ("This project is open-sourced.", "open-source", "unclear", "osaid"),
        ("[BONES-SEED](https://huggingface.co/datasets/bones-studio/seed) open-sourced: 142K human motions.", "open-source", "data", "data-license"),
    ],
)
def test_english_claims(scan, sentence: str, kind: str, subject: str, profile: str) -> None:
    claim = _only(scan(sentence + "\n"), kind)
    assert (claim.subject, claim.profile, claim.language) == (subject, profile, "en")
    assert claim.backed is None  # decided later, by the profiles stage
    assert claim.line == 1
    assert sentence[claim.column - 1 :].startswith(claim.text)


@pytest.mark.parametrize(
    "sentence",
    [
        "This model is not open source.",
        "We do not claim that Foo is open source.",
        "Foo is not an open-weights model.",
        "Llama-2-Chat models outperform open-source chat models on most benchmarks.",
        "Foo achieves state-of-the-art results at the 3B scale for open-source models.",
        "Compared with other open-source LLMs, Foo is small.",
        "We compare against open-source models like Mistral.",
        "Many open-source models such as Llama exist.",
        "Foo is competitive with the best open-source model of its size.",
        "Built on the open-source Transformers library.",
        "The corpus mixes several open-source corpora and datasets.",
        "Thanks for open-sourcing!",
        "*Created with love for the open-source AI community*",
        "Foo can be plugged into many open-source projects built upon Llama.",
        "At Acme, we believe in the power of open-source collaboration to drive technology forward.",
        "Built on Nemotron models under the NVIDIA Open Model License.",
        "Licensed under the BigScience OpenRAIL-M license.",
        "See the Open LLM Leaderboard for results.",
        "The paper is open access.",
        "Foo is an OpenAI-compatible server.",
        "The weights are completely open for academic research.",
        "The model is not licensed for commercial use.",
        "Non-commercial use only.",
        "Commercial use is strictly prohibited.",
        'Calling a model "open source" does not make it so.',
        "Please follow the respective open-source licenses of third-party code.",
        # a promise of a future release says nothing about what the release is now
        "The training code will be open-sourced soon.",
        "We plan to open-source the 14B model next month.",
        "The door opened. Source code and weights are on the Hub.",
        # a licence's duty to publish changes
        "Network deployment of derivatives requires open-sourcing modifications under AGPL-3.0.",
        "If you distribute the model, you must open-source your modifications.",
        "Derivative works are required to be open-sourced under the GPL-3.0 license.",
    ],
)
def test_english_non_claims(scan, sentence: str) -> None:
    found = [c for c in scan(sentence + "\n") if c.kind != "license-declaration"]
    assert found == [], [(c.kind, c.text) for c in found]


def test_a_duty_word_without_a_licence_or_changed_work_leaves_the_claim(scan) -> None:
    """Only a duty to publish changes (or one a copyleft licence imposes) is no claim: the release's own act stays one."""
    assert _only([c for c in scan("We have to open-source Acme-7B to keep our promise.\n") if c.kind != "license-declaration"])
    assert _only([c for c in scan("We open-sourced Acme-7B under the AGPL-3.0.\n") if c.kind != "license-declaration"]).subject == "model"


# --------------------------------------------------------------------------- Chinese claims


@pytest.mark.parametrize(
    ("sentence", "kind", "subject", "profile"),
    [
        ("ChatGLM-6B 是一个开源的、支持中英双语的对话语言模型，具有 62 亿参数。", "open-source", "model", "osaid"),
        ("本项目开源了**中文LLaMA模型和指令精调的Alpaca大模型**。", "open-source", "model", "osaid"),
        ("开源了使用中文文本数据预训练的中文LLaMA。", "open-source", "model", "osaid"),
        ("我们开源了预训练脚本和指令精调脚本。", "open-source", "code", "code-license"),
        ("本仓库的代码依照 Apache-2.0 协议开源。", "open-source", "code", "code-license"),
        ("本模型開源，歡迎使用。", "open-source", "model", "osaid"),
        ("模型权重已开源。", "open-source", "weights", "osaid"),
        ("欢迎使用我们开源的数据集。", "open-source", "data", "data-license"),
        ("Foo 模型完全开源。", "fully-open", "model", "osaid"),
        ("我们全面开源了模型权重和训练代码。", "fully-open", "weights", "osaid"),
        ("Foo 全部开源，包括数据。", "fully-open", "unclear", "osaid"),
        ("本模型开放权重，供社区使用。", "open-weights", "weights", "open-weights"),
        ("模型權重開放下載。", "open-weights", "weights", "open-weights"),
        ("Foo 模型开放權重。", "open-weights", "weights", "open-weights"),
        ("模型可免费商用。", "commercial-use", "model", "commercial-use"),
        ("模型允许商用。", "commercial-use", "model", "commercial-use"),
        ("模型免費商用。", "commercial-use", "model", "commercial-use"),
        ("本模型采用开源许可发布。", "open-license-term", "unclear", "license"),
        ("我们践行开放科学。", "open-science", "unclear", "osaid"),
        # of a compound noun the last word is the head; a place after 开源在 is where, not what
        ("模型代码开源在 GitHub。", "open-source", "code", "code-license"),
        ("本项目开源在中文文本纠错项目：pycorrector。", "open-source", "code", "code-license"),
        ("本模型开源在 Hugging Face。", "open-source", "model", "osaid"),
        # "是…基于…的开源模型": the 基于 phrase describes the release, it names no other model it is compared with
        ("LaWGPT 是一系列基于中文法律知识的开源大语言模型。", "open-source", "model", "osaid"),
        ("本项目采用 [AGPL-3.0](LICENSE) 协议开源。", "open-source", "code", "code-license"),
        # the licence it is published under follows 开源: the repository's, a statement about its code
        ("该项目开源自 [BSD 3-Clause License](LICENSE.md).", "open-source", "code", "code-license"),
        ("本仓库开源于 Apache-2.0 协议。", "open-source", "code", "code-license"),
    ],
)
def test_chinese_claims(scan, sentence: str, kind: str, subject: str, profile: str) -> None:
    claim = _only(scan(sentence + "\n"), kind)
    assert (claim.subject, claim.profile, claim.language) == (subject, profile, "zh")
    assert sentence[claim.column - 1 :].startswith(claim.text)


def test_open_licence_term_names_the_linked_file(scan) -> None:
    claim = _only(scan("恳请开发者遵守[开源协议](MODEL_LICENSE)。\n"))
    assert (claim.kind, claim.value, claim.subject, claim.profile) == ("open-license-term", "MODEL_LICENSE", "weights", "license")


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The use of the source code of this repository follows the open source license agreement Apache 2.0.", "code"),
        ("对本仓库源码的使用遵循开源许可协议 Apache 2.0。", "code"),
        ("The model weights are released under an open-source license.", "unclear"),
        ("The training data is released under an open-source license.", "data"),
        ("Our permissively licensed code is on GitHub.", "code"),
        ("This is released under an open-source license.", "unclear"),
    ],
)
def test_an_open_licence_term_takes_the_subject_its_sentence_names(scan, sentence: str, subject: str) -> None:
    claim = _only(scan(sentence + "\n"), "open-license-term")
    assert claim.subject == subject


def test_permissively_licensed_repositories_are_other_peoples_projects(scan) -> None:
    assert not [c for c in scan("All samples stem from permissively licensed repositories.\n") if c.kind == "open-license-term"]


def test_a_code_licence_sentence_is_no_error_beside_restricted_weights(make_repo) -> None:
    from openwash import engine

    card = (
        "# Acme-Med\n\nThe Acme-Med weights are on [the Hub](https://huggingface.co/acme/acme-med).\n\n## License\n\n"
        "The model weights are for academic research purposes only and are strictly prohibited from commercial use. "
        "The use of the source code of this repository follows the open source license agreement [Apache 2.0](LICENSE).\n"
    )
    report = engine.check(make_repo({"README.md": card, "LICENSE": "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n"}))
    assert [c.subject for c in report.claims if c.kind == "open-license-term"] == ["code"]
    assert not [f for f in report.findings if f.severity == "error"], [(f.rule, f.message) for f in report.findings]


def test_phrase_in_external_link_text_names_another_project(scan) -> None:
    assert scan("启动[中文LLaMA-2、Alpaca-2开源大模型项目](https://github.com/other/project)，欢迎关注。\n") == []
    assert scan("See [our sister open-source model](https://example.org/other) too.\n") == []


def test_open_source_and_commercial_in_one_phrase(scan) -> None:
    found = scan("Foo 模型开源可商用。\n")
    assert sorted(c.kind for c in found) == ["commercial-use", "open-source"]
    assert all(c.language == "zh" for c in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "本模型非开源。",
        "本模型暂不开源。",
        "官方没有正式开源模型权重。",
        "在多个基准上达到了当前开源模型的领先水平。",
        "整合了多个高质量开源语料。",
        "结合部分开源的通用指令遵循数据进行训练。",
        "感谢开源社区的贡献。",
        "本项目基于以下开源项目二次开发。",
        "本项目相关资源仅供学术研究之用，严禁用于商业用途。",
        "模型不可商用。",
        "禁止商用。",
        "使用第三方代码时，请严格遵循相应的开源协议。",
        "除文件中对开源许可证另有约定外，本模型根据 ACME MODEL LICENSE 授权。",
        "Foo 超越了同等规模的开源模型。",
        "我们的训练基于开源的 LLaMA 模型。",
        "该系列模型是在基于开源模型的框架上训练的。",
        "偏好模型将在近期开源。",
        "模型权重即将开源。",
    ],
)
def test_chinese_non_claims(scan, sentence: str) -> None:
    found = [c for c in scan(sentence + "\n") if c.kind != "license-declaration"]
    assert found == [], [(c.kind, c.text) for c in found]


# --------------------------------------------------------------------------- other models and comparison frames
# The release is called "M" (its title); another model's name as the subject, an appositive to another
# model, and Chinese comparison frames whose comparison word comes after the term are not its claims.


@pytest.mark.parametrize(
    "sentence",
    [
        "Llama 2 is an open-source model, but M is not.",
        "Meta's Llama 2 is an open-source model.",
        "Qwen2 is an open-weights model; M is not.",
        "Mistral 7B remains the best open model in its class.",
        "Llama 2 is free for commercial use, M is not.",
        "M beats Llama 2, the most popular open-source model.",
        "M is better than Mistral 7B, a popular open-weights model.",
        "M rivals Qwen2, an open model from Alibaba.",
        "M is fine-tuned from Llama 2, the most popular open-source model.",
        "与 Llama 2 等开源模型相比，M 的参数更少。",
        "M 与开源模型 Qwen2 的对比如下。",
        "M 与 Qwen2 等开放权重模型的比较见下表。",
        "M 跟开源模型的差距正在缩小。",
        "Llama 2 是一个开源模型，但 M 不是。",
        "Qwen2 是开放权重模型。",
        # open source as the movement, and a body of research
        "We bring NLP to the industry via open source!",
        "We are committed to open source.",
        "We hold the principles of open source close to our hearts.",
        "With M, we have opensourced our research in translation quality estimation.",
    ],
)
def test_other_models_and_comparison_frames_are_not_claims(scan, sentence: str) -> None:
    found = [c for c in scan("# M\n\n" + sentence + "\n") if c.kind != "license-declaration"]
    assert found == [], [(c.kind, c.text) for c in found]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We release M, the first open-source model for Marathi.", "open-source"),
        ("Compared with Llama 2, the open-source M has fewer layers.", "open-source"),
        ("Based on Llama 2, the open-source M speaks Marathi.", "open-source"),
        ("M, an open-source model, beats Llama 2.", "open-source"),
        ("Like Llama 2, M is an open-source model.", "open-source"),
        ("M is the best open-source model, ahead of Llama 2.", "open-source"),
        ("Llama 2 is open source, and so is M.", "open-source"),
        ("M outperforms Llama 2, and is an open-weights model.", "open-weights"),
        ("M 是一个开源模型，与 Llama 2 相比参数更少。", "open-source"),
        ("M 和 Llama 2 都是开源模型。", "open-source"),
        ("我们发布了 M-7B、M-14B 等开源模型。", "open-source"),
        ("M 与社区一起开源了训练代码。", "open-source"),
    ],
)
def test_claims_next_to_other_models_are_kept(scan, sentence: str, kind: str) -> None:
    assert _only(scan("# M\n\n" + sentence + "\n"), kind).line == 3


@pytest.mark.parametrize(
    "text",
    [
        "# Llama-2-7b-chat-GGUF\n\nLlama 2 is an open-source model.\n",  # the release's own name
        "---\nmodel_name: Qwen2-Chat\n---\nQwen2 is an open-weights model.\n",
        "<h1 align=\"center\">Qwen2.5-7B</h1>\n\nQwen2.5 是开放权重模型。\n",
        "Llama 2 is an open-source model.\n",  # no title: the release's name is unknown, the claim stays
        "# Introduction\n\nLlama 2 is an open-source model.\n",  # a generic heading is not a name
    ],
)
def test_a_model_name_that_may_be_the_release_keeps_the_claim(scan, text: str) -> None:
    found = [c for c in scan(text) if c.kind != "license-declaration"]
    assert len(found) == 1, [(c.kind, c.text) for c in found]


# --------------------------------------------------------------------------- quotations and markup


@pytest.mark.parametrize(
    "text",
    [
        "```python\nsystem_prompt = 'Foo is an open-source AI language model.'\n```\n",
        "~~~\nFoo is an open-source model\n~~~\n",
        "Run `open-source-model --help` to start.\n",
        "> Foo is an open-source model, said someone else.\n",
        "<!-- Foo is an open-source model -->\n",
        "<!--\nFoo is an open-source model\n-->\n",
        "See https://example.org/open-source-model for details.\n",
        "[details](https://example.org/the-open-source-model)\n",
        "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)](https://colab.research.google.com/x)\n",
        "Contact opensource-conduct@example.com for help.\n",
        "- [Other open-source model](https://github.com/other/model) is great too.\n",
        "| Model | Open source | Score |\n|---|---|---|\n| Foo | open-source model | 1 |\n",
        "The license specifies:\n\n1. You may re-distribute the weights and use the model commercially.\n",
    ],
)
def test_quotations_and_markup_are_not_claims(scan, text: str) -> None:
    found = [c for c in scan(text) if c.kind != "license-declaration"]
    assert found == [], [(c.kind, c.text) for c in found]


def test_author_callout_is_scanned_but_quote_is_not(scan) -> None:
    found = scan("> [!NOTE]\n> Foo is an open-source model.\n\n> Bar is an open-source model.\n")
    assert [(c.line, c.kind) for c in found] == [(2, "open-source")]


@pytest.mark.parametrize(
    "callout",
    ["> Notice: Foo is an open-source model.", "> **Note**: Foo is an open-source model.", "> NOTE\n> Foo is an open-source model.",
     "> 💡 Foo is an open-source model.", "> 注意：Foo 是开源模型。", "> **Important:** Foo is an open-source model."],
)
def test_a_labelled_callout_in_a_block_quote_is_the_authors_own_words(scan, callout: str) -> None:
    found = [c for c in scan(callout + "\n\n> The movie is an open-source model, the answer says.\n") if c.kind != "license-declaration"]
    assert [c.line for c in found] == [callout.count("\n") + 1]


def test_a_block_quote_that_opens_with_the_release_s_name_is_its_tagline(scan) -> None:
    text = "# Kokoro\n\n> **Kokoro** is an open-weight TTS model.\n\n> Llama 2 is an open-source model.\n\n> The bot said Kokoro is an open model.\n"
    assert [(c.line, c.kind) for c in scan(text) if c.kind != "license-declaration"] == [(3, "open-weights")]


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("Welcome to **GenZ**, an LLM fine-tuned on the foundation of Meta's open-source Llama V2 70B parameter model.", False),
        ("GenZ is built on the open-source Llama 2 model.", False),
        ("Our model is fine-tuned from Meta's open-source Llama-3-8B.", False),
        ("Inkwash Diffusion is an open source Stable Diffusion fine-tune trained on 3,000 paintings.", True),
        ("We release an open-source Llama 2 model trained on our data.", True),
    ],
)
def test_open_source_before_another_models_name_describes_that_model(scan, text: str, claimed: bool) -> None:
    found = [c for c in scan("# GenZ\n\n" + text + "\n") if c.kind == "open-source"]
    assert bool(found) == claimed, [(c.kind, c.text) for c in found]


@pytest.mark.parametrize(
    ("text", "claimed"),
    [
        ("To ensure a fair comparison, we apply identical hyper-parameters across all open-source models under evaluation.", False),
        ("Results for other open-source models are taken from their papers.", False),
        ("Foo is the best among all open-source models.", True),
        ("We release all our open-source models under Apache 2.0.", True),
    ],
)
def test_a_quantified_category_of_open_source_models_is_a_set_unless_the_release_is_placed_in_it(scan, text: str, claimed: bool) -> None:
    found = [c for c in scan("# Foo\n\n" + text + "\n") if c.kind == "open-source"]
    assert bool(found) == claimed, [(c.kind, c.text) for c in found]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Please strictly follow the open source license.", []),
        ("本项目基于Llama-2模型进行开发，使用过程中请严格遵守Llama-2的开源许可协议。", []),
        ("如果涉及使用第三方代码，请务必遵从相关的开源许可协议。", []),
        ("This model uses an open-source license (Apache 2.0).", ["open-license-term"]),
        ("Quantitative evaluation was conducted with multiple open-source safety benchmarks.", []),
        ("刚好看到llama3权重刚刚开源几十分钟，就拉取了权重文件。", []),
        ("GenZ模型正式开源。", ["open-source"]),
        # a heading that is the phrase alone names the section; a heading that says more, or a sentence, is a claim
        ("## ⚖️ 开源协议", []),
        ("### Open Source License", []),
        ("## Released under an open-source license", ["open-license-term"]),
        ("本项目采用开源协议。", ["open-license-term"]),
    ],
)
def test_requests_to_follow_a_licence_and_other_models_news_are_not_claims(scan, text: str, kinds: list[str]) -> None:
    found = [c.kind for c in scan("# GenZ\n\n" + text + "\n") if c.kind != "license-declaration"]
    assert found == kinds


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("- The author may relax the restrictions in the future (e.g., allow commercial use), but will not make them stricter.", []),
        ("The weights allow commercial use.", [("commercial-use", "weights")]),
        ("This model powers [Arch](https://github.com/other/arch), the open-source AI-native proxy for agents.", [("open-source", "code")]),
        ("Foo is an open-source AI model.", [("open-source", "model")]),
    ],
)
def test_possibilities_are_not_terms_and_software_heads_make_a_code_claim(scan, text: str, found: list[tuple[str, str]]) -> None:
    claims_found = [(c.kind, c.subject) for c in scan("# Foo\n\n" + text + "\n") if c.kind != "license-declaration"]
    assert claims_found == found


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("verl is the open-source version of [HybridFlow: A Flexible and Efficient RLHF Framework](https://arxiv.org/abs/2409.19256v2) paper.", "code"),
        ("verl is the open-source version of the HybridFlow paper.", "code"),
        ("We provide an open-source reproduction of the Sora paper.", "code"),
        ("An open-source version of paper X.", "code"),
        # the model is named before the phrase, or the paper owns what follows: a claim about the model
        ("Our model is the open source version of the paper.", "model"),
        ("This is an open-source version of the paper's model weights.", "model"),
        ("Foo is the open-source version of [Bar](https://x.y) and the weights follow the paper.", "model"),
        ("CogVideoX is an open-source version of the video generation model originating from QingYing.", "model"),
    ],
)
def test_an_open_source_version_of_a_paper_is_its_code(scan, text: str, subject: str) -> None:
    found = [(c.kind, c.subject) for c in scan("# Foo\n\n" + text + "\n") if c.kind != "license-declaration"]
    assert found == [("open-source", subject)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("We open-source the codes, weights, and benchmarks.", "weights"),
        # the items are noun phrases of their own: "inference" modifies the next item, it does not end the list
        ("We open-source the training code, inference code, model checkpoints, and the detailed technical report.", "weights"),
        ("We open-source our code, data, and models.", "model"),
        ("We have open-sourced the model weights and training code.", "weights"),
        ("We open-sourced the pre-training and fine-tuning (SFT) scripts.", "code"),
        ("We open-sourced the training code, which is under MIT.", "code"),
        ("We open-source the datasets, and the paper explains them.", "data"),
    ],
)
def test_of_the_things_a_release_open_sources_the_model_outranks_its_code_and_data(scan, text: str, subject: str) -> None:
    found = [(c.kind, c.subject) for c in scan("# Foo\n\n" + text + "\n") if c.kind != "license-declaration"]
    assert found == [("open-source", subject)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a document is what is open-sourced
        ("We have made our technical report available as open source.", []),
        ("We open-sourced our technical report.", []),
        ("We open-sourced our technical report and model weights.", ["open-source"]),
        # a belief or a goal
        ("We believe that AI should be fully open source and part of the collective knowledge.", []),
        ("We are on a quest towards fully open source AI.", []),
        ("Join our Discord to build high-performance, truly open-source models for the community.", []),
        ("Foo is a fully open source model.", ["fully-open"]),
        # a set of other models, and the release as the best of the category (DOMAIN.md §8)
        ("分辨率对上述评测非常重要，大部分 224 分辨率的开源 LVLM 模型无法完成以上评测。", []),
        ("Foo 在 HumanEval 上达到 74.4%，为当前开源SOTA。", ["open-source"]),
        ("Foo 是目前开源最强的代码模型。", ["open-source"]),
        ("Foo 超过了当前开源SOTA。", []),
    ],
)
def test_documents_beliefs_and_sets_of_other_models_are_not_the_release_s_claims(scan, text: str, kinds: list[str]) -> None:
    found = [c.kind for c in scan("# Foo\n\n" + text + "\n") if c.kind != "license-declaration"]
    assert found == kinds


def test_an_open_source_label_naming_a_licence_is_a_licence_called_open(tmp_path: Path) -> None:
    from openwash import engine

    (tmp_path / "README.md").write_text(
        "# M\n\n## License\n\nThis model is dual-licensed:\n- **Open Source**: GPLv3 License\n- **Commercial**: on request\n",
        encoding="utf-8",
    )
    found = [(c.kind, c.status) for c in engine.check(tmp_path).claims if c.kind != "license-declaration"]
    assert found == [("open-license-term", "backed")]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("If you want to remove the GPL requirements and/or use the weights commercially over the revenue limit, see the options.", []),
        ("You can use the weights commercially.", ["commercial-use"]),
    ],
)
def test_an_offer_to_readers_who_want_commercial_use_is_not_a_claim_of_it(scan, text: str, kinds: list[str]) -> None:
    assert [c.kind for c in scan("# Foo\n\n" + text + "\n") if c.kind != "license-declaration"] == kinds


def test_bibtex_title_is_the_authors_wording(scan) -> None:
    text = "## Cite\n\n```bibtex\n@misc{foo24,\n  title = {Foo: open-source tiny language models},\n  note = {open-source model},\n}\n```\n"
    found = scan(text)
    assert [(c.line, c.kind, c.subject) for c in found] == [(5, "open-source", "model")]


def test_wrapped_line_uses_next_line_for_the_noun(scan) -> None:
    assert scan("Sign it once to work on any of Meta's open source\nprojects.\n") == []
    found = scan("Foo is an open source\nlanguage model.\n")
    assert [(c.line, c.subject) for c in found] == [(1, "model")]


def test_a_compound_hyphenated_where_the_line_wraps_is_one_word(scan) -> None:
    found = scan("We release Foo, a family of open-\nsource language models.\n")
    assert [(c.line, c.kind, c.text) for c in found] == [(1, "open-source", "open-")]
    # a hyphen that is not inside a word, or a line ending on a dash, joins nothing
    assert scan("We release Foo, a family of open -\nsource language models.\n") == []
    assert scan("Foo is open\u2014\nsource code is not released.\n") == []


# --------------------------------------------------------------------------- front matter and badges


def test_front_matter_license_keys_and_tags(scan) -> None:
    text = (
        "---\n"
        "license:\n"
        "  - apache-2.0\n"
        "  - cc-by-4.0\n"
        "license_name: foo-license\n"
        "license_link: LICENSE\n"
        "tags:\n"
        "  - text-generation\n"
        "  - open-source\n"
        "  - Open Weights\n"
        "---\n"
        "# Foo\n"
    )
    found = scan(text)
    got = [(c.line, c.column, c.kind, c.value, c.subject, c.profile) for c in found]
    assert got == [
        (3, 5, "license-declaration", "apache-2.0", "model", "license"),
        (4, 5, "license-declaration", "cc-by-4.0", "model", "license"),
        (5, 15, "license-declaration", "foo-license", "model", "license"),
        (6, 15, "license-declaration", "LICENSE", "model", "license"),
        (9, 5, "open-source", None, "model", "osaid"),
        (10, 5, "open-weights", None, "model", "open-weights"),
    ]
    assert found[0].context == "  - apache-2.0"


def test_front_matter_license_id_with_open_is_only_a_declaration(scan) -> None:
    found = scan("---\nlicense: openrail\n---\nA model.\n")
    assert [(c.kind, c.value, c.line, c.column) for c in found] == [("license-declaration", "openrail", 2, 10)]


def test_body_lines_count_front_matter(scan) -> None:
    found = scan("---\nlicense: mit\n---\n\nFoo is an open-source model.\n")
    claim = _only(found, "open-source")
    assert (claim.line, claim.column) == (5, 11)


def test_licence_badges(scan) -> None:
    text = (
        "[![License: MIT](https://img.shields.io/badge/License-MIT-blue.svg)](https://opensource.org/licenses/MIT)\n"
        '<img src="https://img.shields.io/badge/Model%20License-Apache--2.0-green">\n'
        "[![Code License](https://img.shields.io/badge/Code_License-CC_BY--NC_4.0-red)](LICENSE)\n"
        "[![Demo](https://img.shields.io/badge/Listen-Demo-orange)](https://example.org)\n"
    )
    found = scan(text)
    got = [(c.line, c.column, c.kind, c.value, c.subject) for c in found]
    assert got == [
        (1, 2, "license-declaration", "MIT", "unclear"),
        (2, 1, "license-declaration", "Apache-2.0", "weights"),
        (3, 2, "license-declaration", "CC BY-NC 4.0", "code"),
    ]


# --------------------------------------------------------------------------- prose licence declarations


@pytest.mark.parametrize(
    ("text", "value", "subject", "language"),
    [
        ("This model is released under the MIT License. See LICENSE.\n", "MIT License", "model", "en"),
        ("All code in this repository is licensed under the Apache License 2.0.\n", "Apache License 2.0", "code", "en"),
        ("This derivative model inherits CC BY-SA 4.0.\n", "CC BY-SA 4.0", "model", "en"),
        ("This model is subject to the [Llama 2 Community License Agreement](https://example.org/l).\n", "Llama 2 Community License Agreement", "model", "en"),
        ("- **License:** Apache-2.0 (inherits base terms)\n", "Apache-2.0", "unclear", "en"),
        ("## License\n\n**CC BY-SA 4.0** (Creative Commons Attribution-ShareAlike)\n", "CC BY-SA 4.0", "unclear", "en"),
        ("## 许可证\n\n本项目采用 **Apache 2.0 许可证** - 详见 LICENSE。\n", "Apache 2.0", "unclear", "zh"),
    ],
)
def test_prose_licence_declarations(scan, text: str, value: str, subject: str, language: str) -> None:
    claim = _only(scan(text), "license-declaration")
    assert (claim.value, claim.subject, claim.language, claim.profile) == (value, subject, language, "license")


def test_sub_folder_readme_licence_statements_speak_for_their_folder(scan) -> None:
    text = "## License\n\nAll files in this directory are licensed under [MIT License](./LICENSE).\nIt is an open-source model.\n"
    assert [c.kind for c in scan(text, "models/foo/README.md")] == ["open-source"]
    assert [c.kind for c in scan(text, "README.md")] == ["license-declaration", "open-source"]


def test_contributor_licence_agreement_is_not_a_declaration(scan) -> None:
    assert scan("## Contributor License Agreement\n\nContributions must be accompanied by a Contributor License Agreement.\n") == []


# --------------------------------------------------------------------------- documents


def test_licence_text_only_yields_open_licence_terms(tmp_path: Path) -> None:
    text = (
        "FOO MODEL LICENSE\n"
        "This Agreement is an open-source license for the Model.\n"
        "We took inspiration from open source permissive licenses and responsible open-science.\n"
        "You may use the Model for commercial use.\n"
    )
    found = claims.extract(_doc(tmp_path, text, "LICENSE"))
    assert [(c.line, c.kind, c.value, c.profile) for c in found] == [(2, "open-license-term", "LICENSE", "license-self")]


def test_package_metadata_is_skipped(tmp_path: Path) -> None:
    doc = _doc(tmp_path, '[project]\ndescription = "An open-source model"\n', "pyproject.toml")
    assert claims.extract(doc) == []


def test_extract_all_numbers_claims_in_document_order(tmp_path: Path) -> None:
    first = _doc(tmp_path, "Foo is an open-source model.\n\nIt is free for commercial use.\n", "README.md")
    second = _doc(tmp_path, "Bar is an open-weights model.\n", "docs/README.md")
    found = claims.extract_all([first, second])
    assert [(c.id, c.path, c.kind) for c in found] == [
        ("C1", "README.md", "open-source"),
        ("C2", "README.md", "commercial-use"),
        ("C3", "docs/README.md", "open-weights"),
    ]


def test_every_kind_is_documented() -> None:
    assert set(claims.KIND_PROFILE) == set(claims.CLAIM_KINDS)
    assert all(len(text) > 20 for text in claims.CLAIM_KINDS.values())
    doc = (Path(__file__).resolve().parents[1] / "docs" / "claims.md").read_text(encoding="utf-8")
    for kind in claims.CLAIM_KINDS:
        assert f"`{kind}`" in doc, kind


def test_very_long_line_is_capped(scan) -> None:
    text = "x" * 200_000 + " open-source model\nFoo is an open-source model.\n"
    found = scan(text)
    assert [(c.line, c.kind) for c in found] == [(2, "open-source")]
    assert all(len(c.context) <= claims.MAX_LINE_CHARS for c in found)


# --------------------------------------------------------------------------- Japanese claims


@pytest.mark.parametrize(
    ("sentence", "kind", "subject"),
    [
        ("Foo-13B は、日本語に対応したオープンソースの大規模言語モデルです。", "open-source", "model"),
        ("学習コードはオープンソースです。", "open-source", "code"),
        ("本モデルの学習コードはオープンソースです。", "open-source", "code"),
        ("Foo-7B はオープンソースです。", "open-source", "unclear"),
        ("オープンソースの学習コードを公開しました。", "open-source", "code"),
        ("Foo はオープンウェイトのモデルです。", "open-weights", "weights"),
        ("モデルの重みをオープンにしました。", "open-weights", "weights"),
    ],
)
def test_japanese_claims(scan, sentence: str, kind: str, subject: str) -> None:
    claim = _only(scan(f"# Foo\n\n{sentence}\n"), kind)
    assert (claim.language, claim.subject, claim.line) == ("ja", subject, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "本モデルはオープンソースではありません。",  # negated after the phrase
        "Foo はオープンソースのモデルではなく、研究用に限定されています。",
        "オープンソースのライブラリを使用しています。",  # other people's software
        "オープンソースコミュニティに感謝します。",
        "モデルの重みは Apache 2.0 ライセンスで公開しています。",  # 公開: how it is shared, not a claim
    ],
)
def test_japanese_non_claims(scan, sentence: str) -> None:
    found = [c for c in scan(f"# Foo\n\n{sentence}\n") if c.kind in ("open-source", "open-weights")]
    assert found == [], [(c.kind, c.text, c.subject) for c in found]


# --------------------------------------------------------------------------- Korean claims


@pytest.mark.parametrize(
    ("sentence", "kind", "subject"),
    [
        ("Foo-7B는 한국어에 특화된 오픈소스 언어 모델입니다.", "open-source", "model"),
        ("# Foo2 : 한국어에 최적화된 Llama2 기반 오픈소스 언어모델", "open-source", "model"),
        ("학습 코드는 오픈 소스입니다.", "open-source", "code"),
        ("Foo는 오픈 웨이트 모델입니다.", "open-weights", "weights"),
        ("이 모델은 상업적 사용이 가능합니다.", "commercial-use", "unclear"),
        ("商用利用も可能です。", "commercial-use", "unclear"),
    ],
)
def test_korean_claims_and_commercial_use_in_korean_and_japanese(scan, sentence: str, kind: str, subject: str) -> None:
    claim = _only(scan(f"# Foo\n\n{sentence}\n"), kind)
    assert (claim.language, claim.line) == ("ja" if "商用" in sentence else "ko", 3)
    if kind != "commercial-use":
        assert claim.subject == subject


@pytest.mark.parametrize(
    "sentence",
    [
        "이 모델은 오픈소스가 아닙니다.",  # negated after the phrase
        "다른 오픈소스 모델들과 비교하여 우수한 성능을 보입니다.",  # the category
        "224 해상도의 대부분의 오픈 소스 LVLM 모델은 이러한 평가를 수행할 수 없습니다.",
        "오픈소스 커뮤니티에 감사드립니다.",  # other people's
        "ModelScope는 서비스형 모델을 위한 오픈소스 플랫폼으로, 모델 서비스를 제공합니다.",
        "Foo는 오픈소스 모델인 [Qwen2.5](https://huggingface.co/Qwen)에 한국어 데이터를 추가로 학습시켰습니다.",  # apposition: Qwen2.5's
        "이러한 시도들은 오픈소스 LLM에 대한 관심을 늘렸습니다.",  # interest in the category
        "첫째, 오픈 소스여야 하며 로컬에서 실행이 가능해야 합니다.",  # a requirement
        "하지만 모델이 오픈 소스이고 로컬에서 실행 가능하다면 모든 것이 바뀝니다.",  # a condition
        "오픈 소스와 클로즈드 소스 모두에서 가장 뛰어난 시스템입니다.",  # the whole field
        "비상업적 용도로만 사용할 수 있습니다.",  # not a commercial-use grant
        "商用利用はできません。",
    ],
)
def test_korean_non_claims(scan, sentence: str) -> None:
    found = [c for c in scan(f"# Foo\n\n{sentence}\n") if c.kind in ("open-source", "open-weights", "commercial-use")]
    assert found == [], [(c.kind, c.text, c.subject) for c in found]


def test_a_markdown_block_is_read_only_for_sentences_about_the_release_itself(tmp_path: Path) -> None:
    card = (
        "# Triangulum 10B\n\nA model.\n\n```markdown\n# How to run it locally\n\n"
        "This guide shows how to use open-source LLMs locally.\n\n"
        "The **Triangulum-10B** model is an open-source LLM known for its text skills.\n"
        "```\n\n```python\nprint('Triangulum-10B is an open-source LLM')\n```\n"
    )
    (tmp_path / "README.md").write_text(card, encoding="utf-8")
    doc = documents.load(tmp_path, "README.md", documents.CARD)
    assert isinstance(doc, documents.Document)
    assert [(c.line, c.kind) for c in claims.extract(doc)] == [(10, "open-source")]


def test_an_open_model_with_several_modifiers_and_a_size_is_an_open_model_claim(scan) -> None:
    claim = _only(scan("Cosmos Reason is an open, customizable, 8B-parameter reasoning vision language model for robots.\n"))
    assert (claim.kind, claim.subject) == ("open-model", "model")
    assert claim.text.endswith("vision language model")


def test_a_badges_alt_text_is_not_a_second_declaration(scan) -> None:
    found = scan("[![License: GPL-3.0](https://img.shields.io/badge/Code-GPL--3.0-blue.svg)](LICENSE)\n")
    assert [c for c in found if c.subject != "code"] == []
    # the same words as a line of text declare a licence
    assert [c.kind for c in scan("License: GPL-3.0\n")] == ["license-declaration"]


def test_an_acknowledgements_section_credits_other_peoples_work(tmp_path: Path) -> None:
    card = (
        "# Nucleus\n\nA small model.\n\n## Special Thanks\n\n* Mistral Team for providing the best open source base model ever.\n\n"
        "## Usage\n\nNucleus is an open-source model.\n"
    )
    (tmp_path / "README.md").write_text(card, encoding="utf-8")
    doc = documents.load(tmp_path, "README.md", documents.CARD)
    assert isinstance(doc, documents.Document)
    assert [c.line for c in claims.extract(doc) if c.kind == "open-source"] == [11]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Open models for the community!", "open-model"),
        ("Open source models for Swahili.", "open-source"),
        ("Open-weight speech models for everyone!", "open-weights"),
    ],
)
def test_a_verb_less_tagline_under_the_title_speaks_for_the_release(make_repo, line: str, kind: str) -> None:
    from openwash import engine

    card = f"# Acme\n\n{line}\n\n## License\n\nAll models are licensed under CC BY-NC 4.0.\n"
    report = engine.check(make_repo({"README.md": card}))
    assert [c.kind for c in report.claims if c.line == 3] == [kind]


@pytest.mark.parametrize(
    "line",
    [
        "Open models vs closed models.",
        "Open models are compared with closed ones.",
        "Open models such as Llama and Mistral.",
        "Open models",  # a heading-like line without an ending: no tagline
        "We evaluate against open models for the community, see the table.",
    ],
)
def test_plural_open_models_stay_a_category_outside_a_tagline(scan, line: str) -> None:
    assert not [c for c in scan(f"# Acme\n\n{line}\n") if c.kind in ("open-model", "open-source", "open-weights")]


@pytest.mark.parametrize("item", ["- [ ] **Open source base model**: release Acme-Base for the community", "* [ ] 开源基座模型", "1. [ ] Open-source the weights"])
def test_an_unchecked_task_item_is_a_plan_not_a_claim(scan, item: str) -> None:
    assert scan(f"# Acme\n\n## Next steps\n\n{item}\n") == []
    # done, the same item says what the release is
    done = item.replace("[ ]", "[x]")
    assert scan(f"# Acme\n\n## Next steps\n\n{done}\n")


@pytest.mark.parametrize("title", ["## 📑 Open-source Plan", "## Opensource Progress", "### **Open Source Release Plan**", "## 开源计划"])
def test_a_release_checklist_title_claims_open_weights_not_the_definition(scan, title: str) -> None:
    text = f"# Acme\n\n- [Intro](#intro)\n- [{title.lstrip('# ')}](#-plan)\n\n{title}\n\n- [x] Inference code and checkpoints\n"
    claim = _only(scan(text))
    # the title says the parts listed are openly released; the contents entry that links to it only repeats it
    assert (claim.line, claim.kind, claim.profile) == (6, "open-source", "open-weights")
    # any other heading with the phrase keeps its reading
    assert _only(scan("# Acme\n\n## An open-source model for Portuguese\n")).profile == "osaid"


def test_an_open_sourced_kernel_is_code(scan) -> None:
    claim = _only(scan("# Acme\n\nWe open-sourced the KDA kernel in FLA and released two model checkpoints.\n"))
    assert claim.subject == "code"


@pytest.mark.parametrize(
    "line",
    [
        "Currently, our open-source deployment guide only includes TP and DP+TP deployment methods.",
        "See our open-source fine-tuning cookbook for recipes.",
        "Please stay tuned for updates on our open-source progress.",
        "敬请期待数据集的开源发布！",
    ],
)
def test_an_open_source_guide_or_news_to_come_is_not_a_claim_about_the_model(scan, line: str) -> None:
    assert scan(f"# Acme\n\n{line}\n") == []


def test_a_title_names_what_the_attributes_after_its_colon_describe(scan) -> None:
    claim = _only(scan("# Acme\n\n## `Acme-Math` Datasets: SOTA & Data-Efficient & Open-Source\n"))
    assert claim.subject == "data"
    claim = _only(scan("# Acme\n\n## Acme Model: Fast, Small & Open-Source\n"))
    assert claim.subject == "model"


@pytest.mark.parametrize(
    "line",
    [
        "Acme achieves near state-of-the-art results, setting a new performance ceiling for open-source vision-language models.",
        "Acme sets a new state of the art among open-source LLMs.",
    ],
)
def test_a_new_best_for_open_source_models_puts_the_release_inside_the_category(scan, line: str) -> None:
    assert _only(scan(f"# Acme\n\n{line}\n")).subject == "model"


def test_a_category_named_without_a_ranking_stays_outside(scan) -> None:
    assert scan("# Acme\n\nAcme raises the bar for open-source models, and we compare it with open-source models below.\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "DAPO: an Open-source RL System from Acme and Tsinghua",
        "We release a fully open-sourced system for large-scale LLM RL, including algorithm, code infrastructure, and dataset.",
        "To benefit the community, we fully open-source the recipe of our RL training, including algorithm details and infrastructure.",
    ],
)
def test_a_system_that_runs_training_or_a_training_recipe_is_code(scan, line: str) -> None:
    assert {c.subject for c in scan(f"# Acme\n\n{line}\n") if c.kind in ("open-source", "fully-open")} == {"code"}


def test_models_a_system_integrates_are_other_peoples(scan) -> None:
    assert scan("# Acme\n\nWe are committed to continually integrating cutting-edge open-source video models and techniques.\n") == []
    # the release's own models stay a claim
    assert scan("# Acme\n\nWe are committed to releasing our open-source video models.\n")


def test_commercial_use_that_a_dataset_allows_is_the_datasets_terms(scan) -> None:
    """"trained on a dataset allowing commercial usage": the phrase qualifies the dataset, not the release."""
    assert [c for c in scan("We have an HD model trained on a dataset allowing commercial usage.\n") if c.kind == "commercial-use"] == []
    assert [c.subject for c in scan("We release weights allowing commercial usage.\n") if c.kind == "commercial-use"] == ["weights"]


@pytest.mark.parametrize(
    "line",
    [
        "**the pixel art you make with these models is yours** — you may use it commercially.",
        "Generated images can be used for commercial purposes.",
        "The outputs of the model may be used commercially.",
    ],
)
def test_commercial_use_of_what_the_model_makes_is_about_the_outputs(scan, line: str) -> None:
    assert [c for c in scan(f"# Acme\n\n{line}\n") if c.kind == "commercial-use"] == []
    assert [c.kind for c in scan("# Acme\n\nYou may use these models commercially.\n")] == ["commercial-use"]


@pytest.mark.parametrize(
    ("line", "claimed"),
    [
        ("The Open Source version of GPT-3: GPT-Neo(125M) has been fine-tuned on a dataset of abstracts.", False),
        ("By fine-tuning GPT-Neo(Open Source version of GPT-3), on that dataset, the model writes abstracts.", False),
        # unattached, the release calls itself one
        ("Acme is an open-source reproduction of LLaMA trained on public data.", True),
    ],
)
def test_an_open_source_version_of_a_model_attached_to_another_model_s_name_describes_it(scan, line: str, claimed: bool) -> None:
    assert bool([c for c in scan(f"# Acme\n\n{line}\n") if c.kind == "open-source"]) == claimed


def test_a_commercial_phrase_inside_a_short_quotation_is_a_mention(scan) -> None:
    line = 'A logical conflict arises between the "Must allow commercial use" (SA) and "Must forbid commercial use" (NC) requirements.\n'
    assert [c for c in scan(line) if c.kind == "commercial-use"] == []


def test_an_item_of_a_todo_list_is_a_plan(make_repo) -> None:
    from openwash import engine

    todo = "# CPM\n\nGeneration code.\n\n## TODO\n\n- ~~公开技术报告~~\n- 开源实验中使用的小规模模型参数\n"
    assert [c for c in engine.check(make_repo({"README.md": todo})).claims if c.kind == "open-source"] == []
    done = todo.replace("- 开源实验中使用的小规模模型参数", "- [x] 开源实验中使用的小规模模型参数")
    assert [c.kind for c in engine.check(make_repo({"README.md": done})).claims if c.kind == "open-source"] == ["open-source"]
    # the same line outside the TODO section is a statement
    after = todo + "\n## Models\n\n- 开源实验中使用的小规模模型参数\n"
    assert [c.line for c in engine.check(make_repo({"README.md": after})).claims if c.kind == "open-source"] == [12]


def test_a_licences_open_source_requirements_are_no_claim_in_chinese(scan) -> None:
    assert [c for c in scan("此许可证允许将软件集成到商业产品中，绕过 AGPL-3.0 的开源要求。\n") if c.kind == "open-source"] == []


def test_a_bold_label_heading_a_paragraph_in_a_licence_section_names_no_licence(make_repo) -> None:
    from openwash import engine

    card = (
        "# Diar\n\n## License\n\n**Regarding License Compatibility:** We acknowledge that certain datasets in our training "
        "mixture carry a CC BY-SA 4.0 license.\n"
    )
    assert [c.text for c in engine.check(make_repo({"README.md": card})).claims if c.kind == "license-declaration"] == []
    assert [c.text for c in engine.check(make_repo({"README.md": "# Diar\n\n## License\n\nApache License 2.0\n"})).claims if c.kind == "license-declaration"]


@pytest.mark.parametrize(
    "heading",
    ["## 参考资料&致谢", "## References", "## References and Acknowledgements", "## Related Projects", "## Used/Recommend Related Projects", "### 3. 相关工作"],
)
def test_a_references_section_lists_other_peoples_work(make_repo, heading: str) -> None:
    from openwash import engine

    card = (
        f"# PiXiu\n\nA survey project.\n\n{heading}\n\n完整版 ChatGPT 克隆方案，开源了！https://zhuanlan.zhihu.com/p/1\n\n"
        "- An open-source model for everyone https://example.org/post\n\n## 使用\n\n本项目代码开源。\n"
    )
    found = engine.check(make_repo({"README.md": card})).claims
    assert [c.line for c in found if c.kind == "open-source"] == [13]


def test_a_survey_of_open_things_is_about_the_things_surveyed(make_repo) -> None:
    from openwash import engine

    card = (
        "# PiXiu\n\n- [开源ChatGPT调研](#开源ChatGPT调研)\n- 【P0】开源ChatGPT调研：持续更新\n\n"
        "## 开源ChatGPT调研\n\n注：开源类ChatGPT/LLM汇总，持续更新中\n\n## 开源清单\n\n- 本项目开源了 PiXiu-7B 的权重\n"
    )
    found = engine.check(make_repo({"README.md": card})).claims
    # the survey's entries and the mentions of the survey are about others; "开源清单" lists what the release opens
    assert [c.line for c in found if c.kind == "open-source"] == [10, 12]


@pytest.mark.parametrize(
    ("phrase", "offer", "overreach"),
    [
        ("making it suitable for commercial use cases at scale", "Commercial use is subject to a commercial agreement with Acme.", False),
        ("making it suitable for commercial use cases at scale", "", True),
        ("and it is free for commercial use", "Commercial use is subject to a commercial agreement with Acme.", True),
    ],
)
def test_fitness_for_commercial_use_is_backed_when_the_publisher_licenses_it_separately(
    make_repo, phrase: str, offer: str, overreach: bool
) -> None:
    from openwash import engine

    card = (
        "---\nlicense: cc-by-nc-4.0\n---\n# Acme Matting\n\n"
        f"Acme Matting was trained on licensed stock images, {phrase}.\n\n"
        f"## License\n\n- The model is released under a CC BY-NC 4.0 license for non-commercial use.\n- {offer}\n"
    )
    report = engine.check(make_repo({"README.md": card}))
    statuses = [c.status for c in report.claims if c.kind == "commercial-use"]
    assert statuses and all((s == "overreach") == overreach for s in statuses)


def test_a_code_span_holding_a_chinese_sentence_is_the_authors_words(scan) -> None:
    line = "`注：目前只开源hanfei-1.0微调数据，不开源预训练数据。`\n"
    assert [(c.kind, c.subject) for c in scan(line) if c.kind == "open-source"] == [("open-source", "data")]
    # code stays code: a span without sentence punctuation, and spans paired left to right
    assert [c for c in scan("运行 `python 开源.py` 即可\n") if c.kind == "open-source"] == []
    news = "- `2025/08/26`: 我们发布了 Acme，一个开源多模态模型。见 `docs/`。\n"
    assert [c.kind for c in scan(news) if c.kind == "open-source"] == ["open-source"]
