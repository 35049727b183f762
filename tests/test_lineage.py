"""Lineage: finding base models from every signal, resolving them to terms, and rules OW301-OW303."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from openwash import config as config_mod
from openwash import discover, documents, lineage
from openwash.context import CheckContext
from openwash.model import FAMILIES, FAMILY_RESTRICTIVENESS, BaseModelRef, Finding
from openwash.rules import get_rule


def build_context(root: Path) -> CheckContext:
    """A CheckContext built the way engine.check builds it, up to the lineage stage."""
    config = config_mod.load(root)
    inventory = discover.scan(root, config)
    ctx = CheckContext(root=root, config=config, inventory=inventory)
    for entry in inventory.documents():
        if entry.is_symlink:
            continue
        loaded = documents.load(root, entry.path, entry.doc_kind or documents.README)
        if isinstance(loaded, documents.Document):
            ctx.documents.append(loaded)
        else:
            ctx.errors.append(loaded)
    ctx.base_models = lineage.find_base_models(ctx)
    return ctx


def refs_of(root: Path) -> list[BaseModelRef]:
    return build_context(root).base_models


def run_rule(ctx: CheckContext, rule_id: str) -> list[Finding]:
    return list(get_rule(rule_id).func(ctx))


def card(front: str, body: str = "") -> str:
    return f"---\n{front.strip()}\n---\n\n# A model\n\n{body}\n"


# ---------------------------------------------------------------------------
# Resolution: families, versions, mirrors, distills


@pytest.mark.parametrize(
    ("model_id", "key", "license_key", "family"),
    [
        # Llama 1-4, mirrors and re-uploads
        ("decapoda-research/llama-7b-hf", "llama-1", "llama1", "research-only"),
        ("huggyllama/llama-13b", "llama-1", "llama1", "research-only"),
        ("meta-llama/Llama-2-7b-hf", "llama-2", "llama2", "vendor-community"),
        ("NousResearch/Llama-2-7b-hf", "llama-2", "llama2", "vendor-community"),
        ("TheBloke/Llama-2-13B-chat-GGUF", "llama-2", "llama2", "vendor-community"),
        ("meta-llama/Meta-Llama-3-8B", "llama-3", "llama3", "vendor-community"),
        ("bartowski/Meta-Llama-3.1-8B-Instruct-GGUF", "llama-3.1", "llama3.1", "vendor-community"),
        ("unsloth/Llama-3.2-1B-Instruct-bnb-4bit", "llama-3.2", "llama3.2", "vendor-community"),
        ("meta-llama/Llama-3.3-70B-Instruct", "llama-3.3", "llama3.3", "vendor-community"),
        ("meta-llama/Llama-4-Scout-17B-16E-Instruct", "llama-4", "llama4", "vendor-community"),
        ("codellama/CodeLlama-7b-hf", "code-llama", "llama2", "vendor-community"),
        ("TinyLlama/TinyLlama-1.1B-Chat-v1.0", "tinyllama", "apache-2.0", "osi-approved"),
        # distills descend from the student's family
        ("deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "llama-3.1", "llama3.1", "vendor-community"),
        ("deepseek-ai/DeepSeek-R1-Distill-Llama-70B", "llama-3.3", "llama3.3", "vendor-community"),
        ("deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", "qwen-2.5", "apache-2.0", "osi-approved"),
        # Gemma and Gemma-derived
        ("google/gemma-2b", "gemma-1", "gemma", "vendor-community"),
        ("google/gemma-2-9b-it", "gemma-2", "gemma", "vendor-community"),
        ("unsloth/gemma-3-4b-it-bnb-4bit", "gemma-3", "gemma", "vendor-community"),
        ("google/embeddinggemma-300m", "gemma-derived", "gemma", "vendor-community"),
        ("google/codegemma-7b", "gemma-derived", "gemma", "vendor-community"),
        ("google/paligemma-3b-pt-224", "gemma-derived", "gemma", "vendor-community"),
        ("taide/Gemma-3-TAIDE-12b-Chat-2602", "taide-gemma", "gemma", "vendor-community"),
        ("taide/Llama-3.1-TAIDE-LX-8B-Chat", "taide-llama3.1", "llama3.1", "vendor-community"),
        # Qwen: Apache except the 3B (research) and 72B (Qwen licence)
        ("Qwen/Qwen-7B", "qwen-1", "qwen", "vendor-community"),
        ("Qwen/Qwen1.5-7B-Chat", "qwen-1.5", "qwen", "vendor-community"),
        ("Qwen/Qwen2-7B-Instruct", "qwen-2", "apache-2.0", "osi-approved"),
        ("Qwen/Qwen2-72B-Instruct", "qwen-2-72b", "qwen", "vendor-community"),
        ("Qwen/Qwen2.5-7B-Instruct", "qwen-2.5", "apache-2.0", "osi-approved"),
        ("Qwen/Qwen2.5-32B", "qwen-2.5", "apache-2.0", "osi-approved"),
        ("Qwen/Qwen2.5-3B-Instruct", "qwen-2.5-3b", "qwen-research", "research-only"),
        ("Qwen/Qwen2.5-Coder-3B-Instruct", "qwen-2.5-3b", "qwen-research", "research-only"),
        ("Qwen/Qwen2.5-72B-Instruct", "qwen-2.5-72b", "qwen", "vendor-community"),
        ("Qwen/Qwen3-8B", "qwen-3", "apache-2.0", "osi-approved"),
        # DeepSeek: LLM/Coder/V3 under the DeepSeek licence, R1 and later V3 MIT
        ("deepseek-ai/deepseek-llm-7b-base", "deepseek", "deepseek", "rail"),
        ("deepseek-ai/deepseek-coder-6.7b-instruct", "deepseek", "deepseek", "rail"),
        ("deepseek-ai/DeepSeek-V3", "deepseek-v3", "deepseek", "rail"),
        ("deepseek-ai/DeepSeek-V3-0324", "deepseek-v3-mit", "mit", "osi-approved"),
        ("deepseek-ai/DeepSeek-R1", "deepseek-r1", "mit", "osi-approved"),
        # Mistral: Apache vs MNPL/MRL
        ("mistralai/Mistral-7B-Instruct-v0.3", "mistral", "apache-2.0", "osi-approved"),
        ("mistralai/Mixtral-8x7B-v0.1", "mistral", "apache-2.0", "osi-approved"),
        ("mistralai/Codestral-22B-v0.1", "codestral", "mistral-mnpl", "non-commercial"),
        ("mistralai/Mamba-Codestral-7B-v0.1", "codestral-mamba", "apache-2.0", "osi-approved"),
        ("mistralai/Mistral-Large-Instruct-2411", "mistral-mrl", "mistral-mrl", "research-only"),
        # Phi, Falcon, StableLM
        ("microsoft/phi-2", "phi-2", "mit", "osi-approved"),
        ("microsoft/phi-1_5", "phi-1.5", "mit", "osi-approved"),
        ("microsoft/Phi-3-mini-4k-instruct", "phi-3-4", "mit", "osi-approved"),
        ("tiiuae/falcon-7b", "falcon-1", "apache-2.0", "osi-approved"),
        ("tiiuae/falcon-180B", "falcon-180b", "falcon-180b", "vendor-community"),
        ("stabilityai/stablelm-tuned-alpha-7b", "stablelm-tuned-alpha", "cc-by-nc-sa-4.0", "non-commercial"),
        ("stabilityai/stablelm-base-alpha-7b", "stablelm-alpha", "cc-by-sa-4.0", "open-data"),
        # Stable Diffusion 1.x / 2.x / XL / 3
        ("runwayml/stable-diffusion-v1-5", "sd-1", "creativeml-openrail-m", "rail"),
        ("CompVis/stable-diffusion-v1-4", "sd-1", "creativeml-openrail-m", "rail"),
        ("stabilityai/stable-diffusion-2-1", "sd-2", "openrail++", "rail"),
        ("stabilityai/stable-diffusion-xl-base-1.0", "sdxl", "openrail++", "rail"),
        ("stabilityai/stable-diffusion-3.5-large", "sd-3", "stabilityai-community", "vendor-community"),
        # Meta Chameleon (and what is built on it): the Chameleon Research License, noncommercial research only
        ("facebook/chameleon-7b", "chameleon", "chameleon-research", "research-only"),
        # RAIL and permissive families
        ("bigscience/bloomz-7b1", "bloom", "bigscience-bloom-rail-1.0", "rail"),
        ("bigcode/starcoder2-15b", "starcoder", "bigcode-openrail-m", "rail"),
        ("EleutherAI/pythia-6.9b", "pythia", "apache-2.0", "osi-approved"),
        ("allenai/OLMo-2-1124-7B", "olmo", "apache-2.0", "osi-approved"),
        ("openai-community/gpt2", "gpt-2", "mit", "osi-approved"),
        ("EleutherAI/gpt-j-6b", "gpt-j", "apache-2.0", "osi-approved"),
        ("EleutherAI/gpt-neox-20b", "gpt-neox", "apache-2.0", "osi-approved"),
        ("unsloth/gpt-oss-20b", "gpt-oss", "apache-2.0", "osi-approved"),
        ("hexgrad/Kokoro-82M", "kokoro", "apache-2.0", "osi-approved"),
        ("SWivid/F5-TTS", "f5-tts", "cc-by-nc-4.0", "non-commercial"),  # code MIT, pre-trained models CC-BY-NC
        # Chinese families
        ("01-ai/Yi-1.5-9B", "yi-1.5", "apache-2.0", "osi-approved"),
        ("baichuan-inc/Baichuan2-7B-Base", "baichuan2", "baichuan2", "vendor-community"),
        ("THUDM/chatglm-6b", "chatglm", "chatglm-6b", "vendor-community"),
        ("THUDM/glm-4-9b-chat", "glm-4", "glm-4", "vendor-community"),
        ("THUDM/GLM-4-9B-0414", "glm-mit", "mit", "osi-approved"),
        ("internlm/internlm2-chat-7b", "internlm", "internlm", "vendor-community"),
        ("internlm/internlm3-8b-instruct", "internlm-3", "apache-2.0", "osi-approved"),
        ("IndexTeam/IndexTTS-2", "indextts", "bilibili-model-use", "vendor-community"),
        ("OrionStarAI/Orion-14B-Chat", "orion-14b", "orion-14b", "vendor-community"),
        ("LGAI-EXAONE/EXAONE-Deep-7.8B", "exaone", "exaone-nc", "non-commercial"),
        ("TheBloke/Amber-GGUF", "amber", "apache-2.0", "osi-approved"),
        ("LLM360/CrystalCoder", "crystalcoder", "apache-2.0", "osi-approved"),
        ("lllyasviel/ControlNet-v1-1", "controlnet", "openrail", "rail"),
        # FLUX.1 Krea [dev] is published under the FLUX.1 [dev] Non-Commercial License (its Hub card's license_name)
        ("black-forest-labs/FLUX.1-Krea-dev", "flux-dev", "flux-1-dev-non-commercial", "non-commercial"),
        ("HuggingFaceTB/SmolLM2-135M-Instruct", "smollm", "apache-2.0", "osi-approved"),
        ("HuggingFaceTB/SmolVLM-Instruct", "smollm", "apache-2.0", "osi-approved"),
        # names as written in prose
        ("Llama2-7B", "llama-2", "llama2", "vendor-community"),
        ("LLaMA 2 7B", "llama-2", "llama2", "vendor-community"),
        ("Qwen 2.5 3B Instruct", "qwen-2.5-3b", "qwen-research", "research-only"),
        ("Stable Diffusion v1.5", "sd-1", "creativeml-openrail-m", "rail"),
        ("SDXL", "sdxl", "openrail++", "rail"),
        ("FLUX.1 Krea [dev]", "flux-dev", "flux-1-dev-non-commercial", "non-commercial"),
        ("https://huggingface.co/meta-llama/Llama-2-7b-hf/tree/main", "llama-2", "llama2", "vendor-community"),
    ],
)
def test_resolve_family_version_and_terms(model_id: str, key: str, license_key: str, family: str) -> None:
    resolution = lineage.resolve(model_id)
    assert resolution is not None, model_id
    assert (resolution.key, resolution.license_key, resolution.family) == (key, license_key, family)


@pytest.mark.parametrize("model_id", ["ggml-org/llama.cpp", "bert-base-uncased", "my-org/my-model", "google/flan-t5-base", ""])
def test_resolve_unknown_is_none(model_id: str) -> None:
    assert lineage.resolve(model_id) is None


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("/root/autodl-tmp/models/llama-7b", "local path"),
        ("./output/checkpoint-500", "local path"),
        ("C:\\models\\qwen", "local path"),
        ("models/base/Llama-2-7b-hf", "local path"),
        ("your-username/your-model", "placeholder"),
        ("<base_model>", "placeholder"),
        ("{{BASE_MODEL}}", "placeholder"),
        ("[More Information Needed]", "placeholder"),
        ("path/to/model", "placeholder"),
        ("model_id/model_path", "placeholder"),
    ],
)
def test_local_paths_and_placeholders_are_unresolvable(raw: str, reason: str) -> None:
    found = lineage.unresolvable_reason(raw)
    assert found is not None and reason in found
    assert lineage.unresolvable_reason("meta-llama/Llama-2-7b-hf") is None


def test_data_file_is_well_formed() -> None:
    raw = json.loads((Path(lineage.families.__file__).parent.parent / "data" / "lineage.json").read_text(encoding="utf-8"))
    keys_with_terms = set()
    for item in raw["entries"]:
        assert item["family"] in FAMILIES, item["key"]
        assert item["source"].startswith("https://"), item["key"]
        for pattern in item["match"]:
            re.compile(pattern)
        if not item.get("generic"):
            assert item["license_key"], item["key"]
            keys_with_terms.add(item["key"])
    # the families issue 7 asks for are covered
    for key in ("llama-1", "llama-2", "llama-3", "llama-3.1", "llama-3.2", "llama-3.3", "llama-4", "gemma-1", "gemma-2", "gemma-3",
                "gemma-derived", "qwen-1", "qwen-1.5", "qwen-2", "qwen-2.5", "qwen-2.5-3b", "qwen-2.5-72b", "qwen-3", "deepseek",
                "deepseek-v3", "deepseek-r1", "mistral", "codestral", "mistral-mrl", "phi-1", "phi-1.5", "phi-2", "phi-3-4",
                "falcon-1", "falcon-180b", "stablelm-alpha", "sd-1", "sd-2", "sdxl", "sd-3", "bloom", "starcoder", "pythia", "olmo",
                "tinyllama", "gpt-2", "gpt-j", "gpt-neox", "gpt-oss", "yi", "baichuan2", "chatglm", "glm-4", "internlm", "aquila",
                "skywork", "xverse", "taide", "kokoro", "indextts"):
        assert key in keys_with_terms, key


def test_every_entry_resolves_its_own_example_name() -> None:
    # each entry's key, written as a name, must not be captured by an earlier, broader entry
    for item in lineage.entries():
        if item.via or item.generic:
            continue
        first = next(e for e in lineage.entries() if e.key == item.key)
        assert first is item or first.via, item.key


# ---------------------------------------------------------------------------
# Signals


def test_front_matter_string_with_relation(make_repo) -> None:
    root = make_repo({"README.md": card("license: llama2\nbase_model: meta-llama/Llama-2-7b-hf\nbase_model_relation: adapter")})
    [ref] = refs_of(root)
    assert (ref.signal, ref.line, ref.resolved, ref.license_key, ref.family, ref.relation) == (
        "front-matter", 3, "llama-2", "llama2", "vendor-community", "adapter")


def test_front_matter_list_gives_one_reference_per_item_with_its_line(make_repo) -> None:
    root = make_repo({"README.md": card("base_model:\n- Qwen/Qwen2.5-1.5B\n- Qwen/Qwen2.5-3B\nlicense: apache-2.0")})
    refs = refs_of(root)
    assert [(r.raw, r.line, r.resolved) for r in refs] == [
        ("Qwen/Qwen2.5-1.5B", 3, "qwen-2.5"),
        ("Qwen/Qwen2.5-3B", 4, "qwen-2.5-3b"),
    ]


def test_mirror_id_in_front_matter(make_repo) -> None:
    root = make_repo({"README.md": card("base_model: TheBloke/Llama-2-7B-Chat-GGUF")})
    assert [(r.resolved, r.family) for r in refs_of(root)] == [("llama-2", "vendor-community")]


def test_template_line(make_repo) -> None:
    body = "## Model Details\n\n- **Developed by:** me\n- **Finetuned from model [optional]:** mistralai/Mistral-7B-v0.1\n"
    root = make_repo({"README.md": card("license: apache-2.0", body)})
    [ref] = refs_of(root)
    assert (ref.signal, ref.resolved, ref.line) == ("template-line", "mistral", 10)


def test_template_placeholder_is_not_a_reference(make_repo) -> None:
    body = "- **Finetuned from model [optional]:** [More Information Needed]\n"
    assert refs_of(make_repo({"README.md": card("license: mit", body)})) == []


@pytest.mark.parametrize(
    ("sentence", "resolved"),
    [
        ("This model is a continued pre-training of Llama2-7B on Italian text.", "llama-2"),
        ("We release a LoRA adapter for Qwen2.5-3B-Instruct trained on poems.", "qwen-2.5-3b"),
        ("A fine-tuned version of [meta-llama/Llama-2-7b-hf](https://huggingface.co/meta-llama/Llama-2-7b-hf) trained on "
         "[OpenAssistant/oasst1](https://huggingface.co/datasets/OpenAssistant/oasst1).", "llama-2"),
        ("These are LoRA adaption weights for runwayml/stable-diffusion-v1-5.", "sd-1"),
        ("Kokoro-82M fine-tuned for Marathi.", "kokoro"),
        ("A Mongolian TTS model, a finetune of F5-TTS on 40 hours of speech.", "f5-tts"),
        ("An open source Stable Diffusion fine tuned model on Midjourney images.", "stable-diffusion"),
        ("SkyCut is a video model. By fine-tuning <a href=\"https://huggingface.co/tencent/HunyuanVideo\">HunyuanVideo</a> "
         "on film clips, SkyCut offers three advantages:", "hunyuan"),
        ("**By fine-tuning [Llama 2](https://huggingface.co/meta-llama/Llama-2-7b-hf) on dialogues**, it follows instructions.", "llama-2"),
        ("We fine-tuned LLaMA-7B on 52K instructions.", "llama-1"),
        ("We open-source our fine-tuned model on [llama3.1-8B-Instruct](https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct).", "llama-3.1"),
        # a family member named with a variant word ("-Prover-"): DeepSeek's prover models carry the DeepSeek licence
        ("Acme-Prover-SFT is finetuned based on DeepSeek-Prover-V1.5-Base.", "deepseek"),
        # the weights a training recipe or setup has its user fetch first
        ("1. Request the LLaMA2-7B-Chat models from Meta, then run the training script.", "llama-2"),
        ("Step 1: download the Qwen2.5-3B base model and put it under `ckpts/`.", "qwen-2.5-3b"),
        # "fine-tuned X" with X a sized model: the model tuned
        ("# Multi-Phase Fine-tuned Gemma2 Models for Enhanced Multilingual Capabilities", "gemma-2"),
        ("The AI backend uses a locally fine-tuned Mistral-7B LLM served via Flask.", "mistral"),
        ("### Step 1: Download the Chameleon weights", "chameleon"),
    ],
)
def test_prose_english(make_repo, sentence: str, resolved: str) -> None:
    refs = refs_of(make_repo({"README.md": card("license: mit", sentence)}))
    assert [(r.signal, r.resolved) for r in refs] == [("prose", resolved)]


@pytest.mark.parametrize(
    ("sentence", "resolved"),
    [
        ("本模型基于 Llama-2-7B 进行中文增量预训练。", "llama-2"),
        ("我们在Qwen2.5-7B的基础上进行了指令微调。", "qwen-2.5"),
        ("以 Baichuan2-13B 为基座，使用医疗数据训练。", "baichuan2"),
        ("本模型微调自 Qwen2.5-3B-Instruct。", "qwen-2.5-3b"),
        ("對 Llama-3-8B 進行繁體中文微調。", "llama-3"),
        ("我们基于Llama-2-13B的底座模型在大量python数据上进行了增量预训练。", "llama-2"),
    ],
)
def test_prose_chinese(make_repo, sentence: str, resolved: str) -> None:
    refs = refs_of(make_repo({"README.md": card("license: mit", sentence)}))
    assert [(r.signal, r.resolved) for r in refs] == [("prose", resolved)]


@pytest.mark.parametrize(
    ("sentence", "resolved", "relation"),
    [
        ("M 基于 Llama-2-7b 在一万条对话上微调。", "llama-2", "finetune"),
        ("本模型基于 Qwen2-7B 使用 LoRA 进行指令微调。", "qwen-2", "finetune"),
        ("我们基于 Qwen2.5-7B 通过 DPO 对齐训练得到本模型。", "qwen-2.5", "finetune"),
        ("本模型在 Llama-3-8B 上继续预训练。", "llama-3", "finetune"),
        ("基於 Llama-3-8B 以繁體中文語料進行微調。", "llama-3", "finetune"),
        ("本模型基于 Llama-2-7B 进行中文领域上的持续预训练。", "llama-2", "finetune"),
    ],
)
def test_prose_chinese_adverbial_before_the_verb(make_repo, sentence: str, resolved: str, relation: str) -> None:
    # Chinese puts where/with what/how between the base model and the verb ("基于 X 在…上微调").
    refs = refs_of(make_repo({"README.md": card("license: mit", sentence)}))
    assert [(r.signal, r.resolved, r.relation) for r in refs] == [("prose", resolved, relation)]


@pytest.mark.parametrize(
    "sentence",
    [
        "本模型基于 Llama 2 架构，在一万条对话上从零训练。",
        "本模型基于 Llama 2 数据集训练。",
        "M 基于 Llama 2 在 MMLU 上的评测结果与训练成本如下。",
        "M 基于 Llama 2 在一万条对话上，然后发布。",
        "本模型在 Llama-3-8B 上的表现优于训练前。",
    ],
)
def test_prose_chinese_adverbial_needs_a_derivation_verb(make_repo, sentence: str) -> None:
    assert refs_of(make_repo({"README.md": card("license: mit", sentence)})) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We adopted exactly the same architecture and tokenizer as Llama 2.",
        "TinyLlama can be plugged and played in many open-source projects built upon Llama.",
        "Our model is based on the Llama 2 architecture, trained from scratch.",
        "The model was fine-tuned on OpenAssistant/oasst1.",
        "It outperforms Llama-2-7B and Mistral-7B on most benchmarks.",
        "TinyLlama可以在许多基于Llama的开源项目中即插即用。",
        "This model card is based on the [DALL-E Mini model card](https://huggingface.co/dalle-mini/dalle-mini).",
        "Build the fork (built on top of llama.cpp PR #26185).",
        "Fine-tuning based on Llama-Factory, with the configs in `configs/`.",
        "Our agent is built on Qwen-Agent and llama_index.",
        "**[2024/04/30] Chinese-LLaMA-Alpaca-3 introduces Llama-3-Chinese-8B, based on Meta's Llama-3.**",
        "Other models: [Llama 2](https://huggingface.co/meta-llama/Llama-2-7b-hf), [Gemma](https://huggingface.co/google/gemma-2b).",
        "Users can adapt it to a domain by fine-tuning Llama 2 on their own data.",
        "- **Architecture:** Based on [Idefics3](https://huggingface.co/HuggingFaceM4/Idefics3-8B-Llama3) (see technical summary)",
    ],
)
def test_prose_that_names_no_base(make_repo, sentence: str) -> None:
    assert refs_of(make_repo({"README.md": card("license: mit", sentence)})) == []


def test_table_with_base_model_column(make_repo) -> None:
    body = (
        "| Model | Params | Base Model | Link |\n|---|---|---|---|\n"
        "| Legal-1.7B | 1.7B | Qwen3-1.7B-Base | x |\n| Legal-3B | 3B | `Qwen/Qwen2.5-3B` | y |\n"
    )
    refs = refs_of(make_repo({"README.md": card("license: apache-2.0", body)}))
    assert [(r.signal, r.resolved, r.line) for r in refs] == [("table", "qwen-3", 9), ("table", "qwen-2.5-3b", 10)]


def test_table_key_value_row_and_label_line(make_repo) -> None:
    body = "| | |\n|---|---|\n| **Base model** | `Qwen/Qwen2.5-3B-Instruct` |\n\n- 基座模型：Baichuan2-7B-Base\n"
    refs = refs_of(make_repo({"README.md": card("license: mit", body)}))
    assert [(r.signal, r.resolved) for r in refs] == [("table", "qwen-2.5-3b"), ("label", "baichuan2")]


def test_table_column_of_other_words_is_ignored(make_repo) -> None:
    body = "| 对比项 | 基座模型 | 指令模型 |\n|---|---|---|\n| 训练语料 | 无标注通用语料 | 有标注指令数据 |\n| LlamaChat | 加载模型时选择\"LLaMA\" | x |\n"
    assert refs_of(make_repo({"README.md": card("license: mit", body)})) == []


def test_adapter_config(make_repo) -> None:
    config = json.dumps({"peft_type": "LORA", "r": 16, "base_model_name_or_path": "unsloth/llama-3-8b-bnb-4bit"}, indent=2)
    refs = refs_of(make_repo({"adapter_config.json": config, "README.md": "# adapter\n"}))
    [ref] = refs
    assert (ref.signal, ref.resolved, ref.license_key, ref.path, ref.line) == ("adapter-config", "llama-3", "llama3", "adapter_config.json", 4)


def test_adapter_config_local_path_is_unresolvable(make_repo) -> None:
    config = json.dumps({"base_model_name_or_path": "/root/autodl-tmp/models/qwen"})
    [ref] = refs_of(make_repo({"adapter_config.json": config}))
    assert ref.resolved is None and ref.unresolvable and "local path" in ref.unresolvable


@pytest.mark.parametrize(
    ("raw", "folder", "resolved", "family"),
    [
        ("/root/autodl-tmp/Qwen2.5-7B-Instruct", "Qwen2.5-7B-Instruct", "qwen-2.5", "osi-approved"),
        ("/home/u/qwen_finetune/models/Qwen-7B-Chat", "Qwen-7B-Chat", "qwen-1", "vendor-community"),
        ("/home/u/.cache/modelscope/hub/models/Qwen/Qwen3-14B/", "Qwen3-14B", "qwen-3", "osi-approved"),
        ("C:\\models\\Llama-2-7b-hf", "Llama-2-7b-hf", "llama-2", "vendor-community"),
        ("/h/.cache/huggingface/hub/models--meta-llama--Llama-2-7b-hf/snapshots/0a1b2c", "meta-llama/Llama-2-7b-hf", "llama-2", "vendor-community"),
    ],
)
def test_a_local_path_whose_last_folder_is_a_known_model_takes_its_terms(raw: str, folder: str, resolved: str, family: str) -> None:
    ref = lineage.ids._make_ref(raw, "README.md", 3, "front-matter")
    assert (ref.resolved, ref.family) == (resolved, family)
    assert ref.unresolvable is not None and ref.unresolvable.startswith("local path") and f"`{folder}`" in ref.unresolvable


@pytest.mark.parametrize(
    "raw",
    ["/data/llama-2-7b/checkpoint-500", "./output/Qwen2.5-7B/lora", "/models/llama", "/models/qwen", "/srv/models/final", "/"],
)
def test_a_local_path_is_not_guessed_from_a_parent_folder_or_a_versionless_name(raw: str) -> None:
    ref = lineage.ids._make_ref(raw, "README.md", 3, "front-matter")
    assert ref.resolved is None and ref.family is None and ref.unresolvable == "local path, not a Hub model id"


def test_a_peft_card_under_a_licence_header_inherits_the_base_named_by_its_folder(make_repo) -> None:
    card_text = (
        "---\nlicense: apache-2.0\n---\n---\nlibrary_name: peft\ntags:\n- lora\n"
        "base_model: /home/u/models/Qwen-7B-Chat\n---\n\n# Model Card for m\n\nA LoRA adapter.\n"
    )
    ctx = build_context(make_repo({"README.md": card_text}))
    [ref] = [r for r in ctx.base_models if r.signal == "front-matter"]
    assert (ref.resolved, ref.family, ref.line) == ("qwen-1", "vendor-community", 8)
    [note] = run_rule(ctx, "OW303")
    assert note.severity == "note" and "its folder `Qwen-7B-Chat` names qwen-1" in note.message


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", "{\"base_model_name_or_path\": 42}", ""])
def test_broken_adapter_config_never_raises(make_repo, text: str) -> None:
    assert refs_of(make_repo({"adapter_config.json": text})) == []


def test_mergekit_config(make_repo) -> None:
    yml = (
        "merge_method: ties\nbase_model: mistralai/Mistral-7B-v0.1\nmodels:\n"
        "  - model: HuggingFaceH4/zephyr-7b-beta\n  - model: google/gemma-7b\n"
    )
    refs = refs_of(make_repo({"mergekit_config.yml": yml}))
    assert [(r.signal, r.raw, r.line, r.resolved, r.relation) for r in refs] == [
        ("mergekit", "mistralai/Mistral-7B-v0.1", 2, "mistral", "merge"),
        ("mergekit", "HuggingFaceH4/zephyr-7b-beta", 4, None, "merge"),
        ("mergekit", "google/gemma-7b", 5, "gemma-1", "merge"),
    ]


def test_code_sample_loading_a_base_under_peft(make_repo) -> None:
    body = (
        "```python\nfrom peft import PeftModel\n"
        'model = LLaMAForCausalLM.from_pretrained("decapoda-research/llama-7b-hf", load_in_8bit=True)\n'
        'model = PeftModel.from_pretrained(model, "someone/camoscio-7b-llama")\n```\n'
    )
    [ref] = refs_of(make_repo({"README.md": card("license: openrail", body)}))
    assert (ref.signal, ref.raw, ref.resolved, ref.family) == ("code", "decapoda-research/llama-7b-hf", "llama-1", "research-only")


def test_code_sample_without_peft_loads_the_model_itself(make_repo) -> None:
    body = '```python\nmodel = AutoModelForCausalLM.from_pretrained("someone/Llama-2-7b-chat-finetune")\n```\n'
    assert refs_of(make_repo({"README.md": card("license: mit", body)})) == []


def test_code_assignment_of_base_id(make_repo) -> None:
    body = '```python\nbase_id = "google/gemma-2-9b-it"\n```\n'
    [ref] = refs_of(make_repo({"README.md": card("license: mit", body)}))
    assert (ref.signal, ref.resolved) == ("code", "gemma-2")


_FINETUNE = (
    "```bash\ntorchrun --nproc_per_node 8 finetuning.py --enable_fsdp \\\n"
    "    --model_name {first} \\\n    --dataset custom_dataset\n```\n"
)


def test_a_training_command_names_where_the_release_started(make_repo) -> None:
    body = _FINETUNE.format(first="meta-llama/Llama-3.2-11B-Vision-Instruct")
    [ref] = refs_of(make_repo({"README.md": card("license: apache-2.0", body)}))
    assert (ref.signal, ref.raw, ref.line, ref.resolved) == ("code", "meta-llama/Llama-3.2-11B-Vision-Instruct", 9, "llama-3.2")


def test_the_same_flag_on_an_inference_command_names_the_model_being_run(make_repo) -> None:
    body = "```bash\npython inference.py \\\n    --model_name meta-llama/Llama-3.2-11B-Vision-Instruct\n```\n"
    assert refs_of(make_repo({"README.md": card("license: apache-2.0", body)})) == []


def test_a_training_framework_s_commands_on_several_bases_are_examples(make_repo) -> None:
    body = _FINETUNE.format(first="Qwen/Qwen2.5-1.5B") + "\nOr:\n\n" + _FINETUNE.format(first="meta-llama/Llama-3.2-1B")
    assert refs_of(make_repo({"README.md": card("license: apache-2.0", body)})) == []
    # the same base in both commands is one starting point
    body = _FINETUNE.format(first="Qwen/Qwen2.5-1.5B") + "\nOr:\n\n" + _FINETUNE.format(first="Qwen/Qwen2.5-1.5B")
    assert {r.resolved for r in refs_of(make_repo({"README.md": card("license: apache-2.0", body)}))} == {"qwen-2.5"}


_TRAINING_DOWNLOAD = (
    "# Acme-V\n\n## {heading}\n\n1. Get the starting checkpoint\n\n```sh\nfor i in 1 2 3 4; do\n"
    "    wget https://huggingface.co/lmms-lab/llama3-llava-next-8b/resolve/main/model-0000$i-of-00004.safetensors\n"
    "done\n```\n\n2. Train\n\n```sh\nbash run.sh\n```\n"
)


def test_the_checkpoint_a_training_section_downloads_is_where_the_release_started(make_repo) -> None:
    [ref] = refs_of(make_repo({"README.md": _TRAINING_DOWNLOAD.format(heading="Training")}))
    assert (ref.signal, ref.raw, ref.line, ref.resolved, ref.family) == (
        "code", "lmms-lab/llama3-llava-next-8b", 9, "llama-3", "vendor-community")
    for command in ("huggingface-cli download meta-llama/Llama-3.1-8B", "git clone https://huggingface.co/meta-llama/Llama-3.1-8B",
                    'python -c "snapshot_download(repo_id=\'meta-llama/Llama-3.1-8B\')"'):
        body = f"# Acme\n\n## Fine-tuning\n\n```bash\n{command}\nbash train.sh\n```\n"
        assert [r.resolved for r in refs_of(make_repo({"README.md": body}))] == ["llama-3.1"], command


def test_a_download_outside_a_training_section_or_of_data_is_not_a_base(make_repo) -> None:
    # under "Inference" the download is the model being run (often the release's own weights under another account)
    assert refs_of(make_repo({"README.md": _TRAINING_DOWNLOAD.format(heading="Inference")})) == []
    data = "# Acme\n\n## Training\n\n```bash\nhuggingface-cli download meta-llama/Llama-3.1-8B --repo-type dataset\n```\n"
    assert refs_of(make_repo({"README.md": data})) == []
    # a training section that downloads several checkpoints (an encoder and a language model) names no single start
    two = "# Acme\n\n## Training\n\n```bash\nhuggingface-cli download meta-llama/Llama-3.1-8B\nhuggingface-cli download Qwen/Qwen2.5-7B\n```\n"
    assert refs_of(make_repo({"README.md": two})) == []


@pytest.mark.parametrize(
    "line",
    [
        "### Q23: 想问一下用swift export对qwen2.5 72B模型进行gptq int4量化，报错了，是什么原因？",
        "**Q:** Can I fine-tune Llama-2-7B on my own data with this framework?",
        "Can I run a LoRA adapter for Llama-2-7B on a laptop?",
    ],
)
def test_a_question_names_no_base(make_repo, line: str) -> None:
    assert refs_of(make_repo({"README.md": card("license: mit", line)})) == []
    # the same wording as a statement does
    statement = "We fine-tuned Llama-2-7B on our own data."
    assert [r.resolved for r in refs_of(make_repo({"README.md": card("license: mit", statement)}))] == ["llama-2"]


def test_a_model_named_as_the_base_model_is_the_base(make_repo) -> None:
    body = "When using the same LLaMA-3.1-8B-Instruct base model, our method outperforms the baselines.\n"
    assert [(r.signal, r.resolved) for r in refs_of(make_repo({"README.md": card("license: mit", body)}))] == [("prose", "llama-3.1")]
    # the family a front-matter base names more precisely is no second base
    thanks = "- **Qwen Team** (Alibaba) for the Qwen 2.5 base model.\n"
    refs = refs_of(make_repo({"README.md": card("license: other\nbase_model: Qwen/Qwen2.5-3B-Instruct", thanks)}))
    assert [(r.signal, r.resolved) for r in refs] == [("front-matter", "qwen-2.5-3b")]


def test_lora_parameter_sets_for_a_model_name_their_base(make_repo) -> None:
    body = "We provide 3 LoRA parameter sets for Llama-3.1-8B-Instruct:\n"
    assert [(r.signal, r.resolved) for r in refs_of(make_repo({"README.md": card("license: mit", body)}))] == [("prose", "llama-3.1")]


def test_a_built_on_label_names_the_base(make_repo) -> None:
    card = "# Elira\n\n- **Model type:** NPC dialogue LLM\n- **Built on:** Mistral-7B-Instruct-v0.2\n"
    assert [(r.signal, r.line, r.resolved) for r in refs_of(make_repo({"README.md": card}))] == [("label", 4, "mistral")]


def test_a_based_on_label_names_the_base_even_by_a_name_the_mention_words_miss(make_repo) -> None:
    card = "# Zen Foley\n\n## Model Details\n\n- **License**: Apache 2.0\n- **Based on**: [HunyuanVideo-Foley by Tencent](https://github.com/Tencent-Hunyuan/HunyuanVideo-Foley)\n"
    [ref] = refs_of(make_repo({"README.md": card}))
    assert (ref.signal, ref.line, ref.resolved, ref.family) == ("label", 6, "hunyuan", "vendor-community")
    # a label whose value names no known model says nothing
    assert refs_of(make_repo({"README.md": "# Acme\n\n- **Based on**: our own research\n"})) == []


def test_a_table_whose_header_cells_name_the_base_of_each_column(make_repo) -> None:
    table = (
        "| Base Model: Llama-2 | Base Model: Code Llama |\n|---|---|\n"
        "| [Acme-L-7B](https://huggingface.co/acme/Acme-L-7B) | [Acme-CL-7B](https://huggingface.co/acme/Acme-CL-7B) |\n"
    )
    refs = refs_of(make_repo({"README.md": f"# Acme\n\nOur models:\n\n{table}"}))
    assert [(r.signal, r.line, r.resolved) for r in refs] == [("table", 5, "llama-2"), ("table", 5, "code-llama")]
    # a header that only labels the column keeps the column rule (each row's cell names its base)
    plain = "| Model | Base Model |\n|---|---|\n| Acme-7B | Llama-2-7b |\n"
    assert [(r.line, r.resolved) for r in refs_of(make_repo({"README.md": f"# Acme\n\n{plain}"}))] == [(5, "llama-2")]


def test_a_training_recipe_names_where_the_release_started(make_repo) -> None:
    recipe = "# Model arguments\nmodel_name_or_path: deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\ntorch_dtype: bfloat16\n"
    files = {"README.md": "# Open RS\n\nRL for small reasoning models.\n", "recipes/grpo.yaml": recipe, "recipes/accelerate_configs/zero2.yaml": "zero_stage: 2\n"}
    [ref] = refs_of(make_repo(files))
    assert (ref.signal, ref.path, ref.line, ref.raw) == ("code", "recipes/grpo.yaml", 2, "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B")
    # a framework's recipes for several models are examples; a YAML file that is no recipe says nothing
    files["recipes/llama_sft.yaml"] = "model_name_or_path: meta-llama/Llama-3.2-1B\n"
    assert refs_of(make_repo(files)) == []
    assert refs_of(make_repo({"README.md": "# M\n", "configs/serve.yaml": "model_name_or_path: Qwen/Qwen2.5-7B\n"})) == []


def test_a_usage_sample_in_a_sub_folder_guide_names_the_model_it_runs_not_a_base(make_repo) -> None:
    guide = "# Serving\n\n```python\nmain(base_model='meta-llama/Llama-2-7b-chat-hf', prompt_type='llama2')\n```\n"
    assert refs_of(make_repo({"README.md": "# Acme chat app\n\nAn application.\n", "docs/README_serving.md": guide})) == []
    # the same sample in the root card, or in a model card of a sub-folder, names the base
    assert [r.resolved for r in refs_of(make_repo({"models/MODEL_CARD.md": guide}))] == ["llama-2"]


def test_a_list_item_that_opens_with_pretraining_an_existing_model_names_the_base(make_repo) -> None:
    body = "- Pretraining Llama-2-70B on a 90B token corpus with the 10:1 ratio of code to text and obtaining Lemur-70B-v1\n"
    assert [r.resolved for r in refs_of(make_repo({"README.md": card("license: apache-2.0", body)}))] == ["llama-2"]


def test_pretraining_data_and_pretraining_from_scratch_name_no_base(make_repo) -> None:
    body = "Pretraining data: we use RedPajama.\n\nPretraining LLaMA-7B from scratch takes 21 days.\n"
    assert refs_of(make_repo({"README.md": card("license: apache-2.0", body)})) == []


def test_built_from_names_the_base(make_repo) -> None:
    body = "Built from Qwen 1.5, Sailor encompasses models of varying sizes."
    assert [r.resolved for r in refs_of(make_repo({"README.md": card("license: mit", body)}))] == ["qwen-1.5"]


@pytest.mark.parametrize(
    "body",
    [
        "Training is finetuned over the pretrained weights of LlaVA-v1.5.",
        "Leveraging our dataset, we finetune LLaVA-1.5 to create GeoChat.",
    ],
)
def test_a_llava_1_5_fine_tune_inherits_llama_2_terms(make_repo, body: str) -> None:
    [ref] = refs_of(make_repo({"README.md": card("license: apache-2.0", body)}))
    assert (ref.resolved, ref.license_key, ref.family) == ("llama-2", "llama2", "vendor-community")


def test_the_design_a_model_follows_is_not_its_lineage(make_repo) -> None:
    sentence = "模型架构采用原版 Llama2 架构，只是将部分的输入输出修改为适合训练的格式。"
    assert refs_of(make_repo({"README.md": card("license: apache-2.0", sentence)})) == []


def test_a_tokenizer_folder_tells_where_the_vocabulary_comes_from_not_the_weights(make_repo) -> None:
    sentence = "由于原版 LLaMA2 对中文的支持非常有限，本项目在原版 LLaMA 的基础上进一步扩充了中文词表。\n"
    assert refs_of(make_repo({"README.md": "# Tiny\n\nA small model.\n", "tokenizer/README.md": sentence})) == []
    # the same words in the model's card: a derivative that extended its base's vocabulary
    assert [r.resolved for r in refs_of(make_repo({"README.md": "# Tiny\n\n" + sentence}))] == ["llama-2"]


def test_liquid_ai_models_carry_the_lfm_open_license() -> None:
    from openwash.licenses.knowledge import resolve_name
    from openwash.lineage.families import resolve

    resolution = resolve("LiquidAI/d1-3B")
    assert resolution is not None and (resolution.license_key, resolution.family) == ("lfm1.0", "vendor-community")
    entry = resolve_name("LFM Open License v1.0")
    assert entry is not None and entry.key == "lfm1.0" and entry.family == "vendor-community"


def test_the_business_source_license_is_not_the_boost_licence() -> None:
    from openwash.licenses.knowledge import lookup, resolve_name

    busl = resolve_name("bsl-1.1")
    assert busl is not None and (busl.key, busl.family) == ("busl-1.1", "non-commercial")
    boost = lookup("BSL-1.0")
    assert boost is not None and (boost.key, boost.family) == ("bsl-1.0", "osi-approved")


def test_openllama_is_its_own_permissive_family_not_llama_1() -> None:
    from openwash.lineage.families import resolve

    resolution = resolve("openlm-research/open_llama_7b")
    assert resolution is not None and (resolution.key, resolution.family) == ("openllama", "osi-approved")
    resolution = resolve("huggyllama/llama-7b")
    assert resolution is not None and resolution.key == "llama-1"


def test_prose_restating_front_matter_is_merged(make_repo) -> None:
    body = "A QLoRA **LoRA adapter** for `mistralai/Mistral-7B-Instruct-v0.3`.\n\n- **Base model:** `mistralai/Mistral-7B-Instruct-v0.3`\n"
    refs = refs_of(make_repo({"README.md": card("base_model: mistralai/Mistral-7B-Instruct-v0.3\nlicense: apache-2.0", body)}))
    assert [(r.signal, r.resolved) for r in refs] == [("front-matter", "mistral")]


# ---------------------------------------------------------------------------
# A release's own checkpoints are not its base model


def test_publisher_links_to_own_checkpoints_are_not_a_base(make_repo) -> None:
    body = "Gemma fine-tuned from [google/gemma-2b](https://huggingface.co/google/gemma-2b) examples are in `examples/`.\n"
    root = make_repo({"README.md": "# Gemma\n\n" + body, ".git/config": '[remote "origin"]\n\turl = https://github.com/google-deepmind/gemma.git\n'})
    assert refs_of(root) == []


def test_the_same_text_in_someone_elses_repo_is_a_base(make_repo) -> None:
    body = "Gemma fine-tuned from [google/gemma-2b](https://huggingface.co/google/gemma-2b) examples are in `examples/`.\n"
    root = make_repo({"README.md": "# Mine\n\n" + body, ".git/config": '[remote "origin"]\n\turl = git@github.com:someone/gemma-tune.git\n'})
    assert [r.resolved for r in refs_of(root)] == ["gemma-1"]


def test_own_front_matter_base_model_is_kept(make_repo) -> None:
    root = make_repo({"README.md": card("base_model: google/gemma-2b"), ".git/config": "url = https://github.com/google/gemma-tuned\n"})
    assert [r.resolved for r in refs_of(root)] == ["gemma-1"]


# ---------------------------------------------------------------------------
# Inherited terms


def _ref(signal: str, family: str | None, resolved: str | None = "x") -> BaseModelRef:
    return BaseModelRef(raw="a/b", path="README.md", line=1, signal=signal, resolved=resolved, family=family)


def test_inherited_terms_most_restrictive_first() -> None:
    refs = [_ref("front-matter", "osi-approved"), _ref("front-matter", "non-commercial"), _ref("front-matter", "vendor-community")]
    assert [r.family for r in lineage.inherited_terms(refs)] == ["non-commercial", "vendor-community", "osi-approved"]
    assert lineage.most_restrictive(refs) is refs[1]


def test_metadata_wins_over_prose() -> None:
    refs = [_ref("front-matter", "osi-approved"), _ref("prose", "research-only")]
    assert [r.family for r in lineage.inherited_terms(refs)] == ["osi-approved"]
    assert [r.family for r in lineage.inherited_terms(refs[1:])] == ["research-only"]


def test_unknown_and_unresolved_are_not_inherited() -> None:
    refs = [_ref("front-matter", None, None), _ref("front-matter", "unknown")]
    assert lineage.inherited_terms(refs) == [] and lineage.most_restrictive(refs) is None


def test_families_are_ordered_as_the_model_says() -> None:
    # the rule compares ranks; make sure every family the data uses has one
    for e in lineage.entries():
        assert e.family in FAMILY_RESTRICTIVENESS


# ---------------------------------------------------------------------------
# Rules


def test_ow301_relabelled_gemma_fine_tune(make_repo) -> None:
    root = make_repo({"README.md": card("license: apache-2.0\nbase_model: google/embeddinggemma-300m")})
    [finding] = run_rule(build_context(root), "OW301")
    assert (finding.severity, finding.path, finding.line) == ("error", "README.md", 2)
    assert "apache-2.0" in finding.message and "gemma" in finding.message and "README.md:3" in finding.message


def test_ow301_chinese_card_relabelled_llama1(make_repo) -> None:
    root = make_repo({"README.md": card("license: mit", "本模型基于 LLaMA-7B 进行中文增量预训练，完全开源可商用。")})
    [finding] = run_rule(build_context(root), "OW301")
    assert finding.line == 2 and "llama1" in finding.message and "research-only" in finding.message


@pytest.mark.parametrize(
    "front",
    [
        "license: llama2\nbase_model: meta-llama/Llama-2-7b-hf",
        "license: apache-2.0\nbase_model: mistralai/Mistral-7B-Instruct-v0.3",
        "license: creativeml-openrail-m\nbase_model: runwayml/stable-diffusion-v1-5",
        "license: other\nlicense_name: gemma-version-taide-models-license-agreement\nbase_model: taide/Gemma-3-TAIDE-12b-Chat-2602",
        "license: cc-by-nc-4.0\nbase_model: meta-llama/Llama-3.1-8B",
        "license: apache-2.0\nbase_model: unsloth/gpt-oss-20b",
    ],
)
def test_ow301_silent_when_the_label_does_not_relax_the_base(make_repo, front: str) -> None:
    assert run_rule(build_context(make_repo({"README.md": card(front)})), "OW301") == []


def test_ow301_is_a_warning_when_the_base_terms_are_uncertain(make_repo) -> None:
    # Nemotron-Mini's NVIDIA Community Model License is still unverified in lineage.json
    root = make_repo({"README.md": card("license: apache-2.0\nbase_model: nvidia/Nemotron-Mini-4B-Instruct")})
    [finding] = run_rule(build_context(root), "OW301")
    assert finding.severity == "warning" and "uncertain" in finding.message


def test_ow301_uses_adapter_config_beside_the_card(make_repo) -> None:
    root = make_repo({
        "README.md": card("license: mit"),
        "adapter_config.json": json.dumps({"base_model_name_or_path": "Qwen/Qwen2.5-3B-Instruct"}),
    })
    ctx = build_context(root)
    [finding] = run_rule(ctx, "OW301")
    assert "qwen-research" in finding.message and "adapter_config.json:1" in finding.message
    [warning] = run_rule(ctx, "OW302")
    assert warning.path == "README.md" and "Qwen/Qwen2.5-3B-Instruct" in warning.message


def test_ow302_base_named_in_code_only(make_repo) -> None:
    body = '```python\nbase_model = "decapoda-research/llama-7b-hf"\n```\n'
    root = make_repo({"README.md": card("license: openrail", body)})
    [finding] = run_rule(build_context(root), "OW302")
    assert (finding.severity, finding.line) == ("warning", 8) and "base_model" in finding.message


def test_ow302_silent_when_front_matter_names_the_base(make_repo) -> None:
    root = make_repo({"README.md": card("base_model: mistralai/Mistral-7B-v0.1", "Fine-tuned from Mistral-7B-v0.1.")})
    assert run_rule(build_context(root), "OW302") == []


def test_ow302_silent_for_a_readme_without_front_matter(make_repo) -> None:
    root = make_repo({"README.md": "# Chinese LLaMA\n\n本项目在原版LLaMA的基础上扩充了中文词表。\n"})
    ctx = build_context(root)
    assert [r.resolved for r in ctx.base_models] == ["llama"]
    assert run_rule(ctx, "OW302") == []


def test_ow303_unresolvable_base(make_repo) -> None:
    root = make_repo({"README.md": card("base_model: /root/models/qwen\nlicense: mit")})
    [finding] = run_rule(build_context(root), "OW303")
    assert (finding.severity, finding.line) == ("note", 2) and "local path" in finding.message


def test_rules_are_documented() -> None:
    for rule_id in ("OW301", "OW302", "OW303", "OW304"):
        r = get_rule(rule_id)
        assert all([r.summary, r.why, r.source, r.example, r.fix]) and r.name


def test_families_agree_with_the_licence_knowledge_base() -> None:
    """lineage.json keeps a family per licence key; the licence knowledge base must say the same."""
    knowledge = pytest.importorskip("openwash.licenses.knowledge")
    lookup = getattr(knowledge, "lookup", None)
    if not callable(lookup):
        pytest.skip("openwash.licenses.knowledge has no lookup yet")
    checked = 0
    disagreements = []
    for e in lineage.entries():
        if not e.license_key:
            continue
        known = lookup(e.license_key)
        family = getattr(known, "family", None)
        if family in (None, "unknown"):
            continue  # a key the knowledge base does not cover (yet)
        checked += 1
        if family != e.family:
            disagreements.append((e.key, e.license_key, e.family, family))
    assert disagreements == []
    assert checked >= 20  # the knowledge base covers the common base-model licences


def test_version_less_name_gives_no_family_but_a_floor(make_repo) -> None:
    root = make_repo({"README.md": card("license: mit", "This model is fine-tuned from LLaMA on Italian instructions.")})
    ctx = build_context(root)
    [ref] = ctx.base_models
    assert (ref.resolved, ref.family, lineage.family_floor(ref)) == ("llama", None, "vendor-community")
    assert lineage.inherited_terms(ctx.base_models) == []  # the verdict does not guess a version
    [finding] = run_rule(ctx, "OW301")
    assert "at least as restrictive as vendor-community" in finding.message and "`mit`" in finding.message


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("We release a LoRA adapter for Qwen2.5-3B-Instruct.", "adapter"),
        ("GGUF quants of Llama-3.1-8B-Instruct for llama.cpp.", "quantized"),
        ("This model is fine-tuned from Mistral-7B-v0.1.", "finetune"),
        ("本模型基于 Llama-2-7B 进行微调。", "finetune"),
    ],
)
def test_prose_relation(make_repo, sentence: str, relation: str) -> None:
    [ref] = refs_of(make_repo({"README.md": card("license: mit", sentence)}))
    assert ref.relation == relation


@pytest.mark.parametrize("value", ["{a: 1}", "42", "[1, {x: y}]", "''", "'" + "x" * 5000 + "'"])
def test_odd_base_model_values_never_raise(make_repo, value: str) -> None:
    refs = refs_of(make_repo({"README.md": card(f"base_model: {value}\nlicense: mit")}))
    assert all(len(r.raw) <= 300 for r in refs)


def test_ow301_prose_declaration_needs_a_metadata_base(make_repo) -> None:
    from openwash.model import LicenseInfo

    def prose_license(ctx: CheckContext) -> LicenseInfo:
        return LicenseInfo(path="README.md", line=7, id="CC-BY-SA-4.0", name="CC BY-SA 4.0", family="open-data",
                           osi_approved=False, applies_to=[], confidence=0.8, source="prose", key="cc-by-sa-4.0")

    # several models in one README: a licence sentence and a base named in prose may concern different models
    ctx = build_context(make_repo({"README.md": "# Models\n\nStableVicuna is a fine-tune of Vicuna-13B v0.\n"}))
    ctx.licenses.append(prose_license(ctx))
    assert run_rule(ctx, "OW301") == []
    # a base in the adapter config is this model's own
    root = make_repo({"adapter_config.json": json.dumps({"base_model_name_or_path": "lmsys/vicuna-13b-delta-v0"})})
    ctx = build_context(root)
    ctx.licenses.append(prose_license(ctx))
    [finding] = run_rule(ctx, "OW301")
    assert finding.line == 7 and "llama1" in finding.message


def test_original_model_named_in_a_table_row(make_repo) -> None:
    body = "| 模型名称 | 类型 | 重构模型 |\n|---|---|---|\n| Chinese-LLaMA-7B | 基座模型 | 原版LLaMA-7B |\n"
    [ref] = refs_of(make_repo({"README.md": "# 中文LLaMA\n\n本项目在原版LLaMA的基础上扩充了中文词表。\n\n" + body}))
    # the version-less "原版LLaMA" of the prose is covered by the versioned one of the table
    assert (ref.raw, ref.resolved, ref.family) == ("LLaMA-7B", "llama-1", "research-only")


def test_version_less_name_is_covered_by_a_version_in_another_document(make_repo) -> None:
    root = make_repo({
        "README.md": "# X\n\nThese weights are a LoRA adapter for LLaMA.\n",
        "docs/usage.md": "Merge with the original LLaMA-13B weights.\n",
    })
    assert [(r.path, r.resolved) for r in refs_of(root)] == [("docs/usage.md", "llama-1")]


def test_ow304_metadata_and_text_disagree(make_repo) -> None:
    body = "| Model | Base Model |\n|---|---|\n| Legal-4B | Qwen3-4B-Base |\n"
    ctx = build_context(make_repo({"README.md": card("base_model: Qwen/Qwen2.5-3B\nlicense: apache-2.0", body)}))
    [finding] = run_rule(ctx, "OW304")
    assert (finding.severity, finding.line) == ("warning", 10)
    assert "Qwen3-4B-Base" in finding.message and "Qwen/Qwen2.5-3B" in finding.message


def test_ow304_silent_when_the_text_restates_the_metadata(make_repo) -> None:
    body = "A fine-tuned version of Llama-2-7b-chat.\n\n| Base Model |\n|---|\n| Llama-2-7B |\n"
    ctx = build_context(make_repo({"README.md": card("base_model: meta-llama/Llama-2-7b-hf", body)}))
    assert run_rule(ctx, "OW304") == []


def test_unsloth_template_line(make_repo) -> None:
    body = "- **Developed by:** someone\n- **License:** apache-2.0\n- **Finetuned from model :** unsloth/llama-3-8b-bnb-4bit\n"
    [ref] = refs_of(make_repo({"README.md": card("license: apache-2.0", body)}))
    assert (ref.signal, ref.resolved, ref.license_key) == ("template-line", "llama-3", "llama3")


def test_axolotl_config_in_a_code_block(make_repo) -> None:
    body = "<details><summary>See axolotl config</summary>\n\n```yaml\nbase_model: NousResearch/Llama-2-7b-hf\nload_in_8bit: true\n```\n</details>\n"
    [ref] = refs_of(make_repo({"README.md": card("license: mit", body)}))
    assert (ref.signal, ref.resolved) == ("code", "llama-2")


def test_gguf_quantization_sentence(make_repo) -> None:
    body = "This repo contains GGUF quantizations of [Qwen/Qwen2.5-72B-Instruct](https://huggingface.co/Qwen/Qwen2.5-72B-Instruct).\n"
    [ref] = refs_of(make_repo({"README.md": card("license: apache-2.0", body)}))
    assert (ref.resolved, ref.license_key, ref.relation) == ("qwen-2.5-72b", "qwen", "quantized")


def test_git_config_symlink_is_not_followed(make_repo, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.write_text('url = https://github.com/google-deepmind/gemma.git\n', encoding="utf-8")
    root = make_repo({"README.md": "# X\n\nFine-tuned from [google/gemma-2b](https://huggingface.co/google/gemma-2b).\n"})
    (root / ".git").mkdir()
    (root / ".git" / "config").symlink_to(outside)
    # the link is ignored, so the Gemma reference is not mistaken for Google's own
    assert [r.resolved for r in refs_of(root)] == ["gemma-1"]


@pytest.mark.parametrize(
    ("model_id", "key"),
    [
        ("nvidia/Llama-3_1-Nemotron-Nano-8B-v1", "llama-3.1"),  # NVIDIA's underscore is Meta's dot
        ("nvidia/Llama-3_3-Nemotron-Super-49B-v1", "llama-3.3"),
        ("meta-llama/Meta-Llama-3-8B", "llama-3"),
    ],
)
def test_an_underscore_between_digits_is_a_version_dot(model_id: str, key: str) -> None:
    resolution = lineage.resolve(model_id)
    assert resolution is not None and resolution.entry.key == key


def test_underscores_elsewhere_are_still_hyphens() -> None:
    assert lineage.normalize("org/my_model_2_layers") == "org/my-model-2-layers"


@pytest.mark.parametrize(
    ("sentence", "resolved"),
    [
        # the release's own name, described as a system built on a model: the release is the derivative
        ("Orpheus TTS is a SOTA open-source text-to-speech system built on the Llama-3.2-3B backbone.", ["llama-3.2"]),
        # other things built on a model: not this release's lineage
        ("There are many projects built upon Llama-2-7b.", []),
        ("Ollama is a tool built on Llama-2-7b.", []),
        ("Our demo is an application built on Qwen2.5-7B.", []),
    ],
)
def test_a_system_built_on_a_model_is_the_release_only_when_the_sentence_names_the_release(
    tmp_path: Path, sentence: str, resolved: list[str]
) -> None:
    root = tmp_path / "canopyai__Orpheus-TTS"
    root.mkdir()
    (root / "README.md").write_text(f"# Orpheus TTS\n\n{sentence}\n", encoding="utf-8")
    assert [r.resolved for r in refs_of(root)] == resolved


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("原版LLaMA-7B 模型在此基础上扩充了中文词表。", ["llama-1"]),
        ("We fine-tune the original LLaMA-7B weights on our data.", ["llama-1"]),
        # measured against, contrasted with, or the paper of the original: not a base
        ("We report a comparison against the original LLaMA-7B model.", []),
        ("We use the RedPajama dataset rather than the one utilized by the original LLaMA-7B.", []),
        ("We follow the same hyperparameters as the original LLaMA-7B paper.", []),
        # a model trained from scratch has no base, whatever "the original" it reproduces
        ("Our weights are trained completely from scratch. The LLaMA results come from running the original LLaMA-7B model.", []),
    ],
)
def test_the_original_model_is_a_base_only_when_nothing_says_otherwise(tmp_path: Path, text: str, resolved: list[str]) -> None:
    root = tmp_path / "acme__foo"
    root.mkdir()
    (root / "README.md").write_text(f"# Foo\n\n{text}\n", encoding="utf-8")
    assert [r.resolved for r in refs_of(root)] == resolved


def test_a_comparison_table_that_lists_the_release_speaks_only_through_its_row(make_repo) -> None:
    body = (
        "| Model | Alignment | Base | MTBench |\n|---|---|---|---|\n"
        "| [Llama-2-13b-chat-hf](https://huggingface.co/meta-llama/Llama-2-13b-chat-hf) | RLHF | Llama-2-13b | 6.65 |\n"
        "| Acmelab-7b | LAB | Qwen2.5-7B | 6.69 |\n"
    )
    readme = "---\nlicense: apache-2.0\n---\n# Model Card for Acmelab-7b\n\n" + body
    refs = refs_of(make_repo({"README.md": readme}))
    assert [(r.signal, r.resolved) for r in refs] == [("table", "qwen-2.5")]
    # a table in which no row is the release's keeps every row's base (a family's own models, named otherwise)
    refs = refs_of(make_repo({"README.md": readme.replace("| Acmelab-7b |", "| Other-7b |")}))
    assert [r.signal for r in refs] == ["table", "table"]


def test_a_training_command_from_a_local_copy_names_the_base_by_its_folder(make_repo) -> None:
    body = "```bash\npython finetune.py \\\n    --base_model=models/base_models/llama-7b \\\n    --data_path=./data/legal.json\n```\n"
    assert [(r.signal, r.resolved) for r in refs_of(make_repo({"README.md": card("license: mit", body)}))] == [("code", "llama-1")]
    # a local folder that names no known model is no base (and no note about an unresolvable one)
    body = body.replace("models/base_models/llama-7b", "checkpoints/run_3/final")
    assert refs_of(make_repo({"README.md": card("license: mit", body)})) == []


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("[2024.5.24] We release [MMed-Llama 3-8B](https://huggingface.co/acme/MMed-Llama-3-8B), based on Llama-3-8B.", True),
        ("- [2024/04/30] Support for models based on Llama-3-8B was added to the trainer.", False),
    ],
)
def test_a_news_entry_names_a_base_only_when_it_announces_the_release_s_own_model(make_repo, line: str, found: bool) -> None:
    refs = refs_of(make_repo({"README.md": card("license: mit", f"## News\n\n{line}\n")}))
    assert bool(refs) is found


@pytest.mark.parametrize("header", ["Base(HuggingFace)", "Base Model (HF)", "基座模型（ModelScope）"])
def test_a_base_column_header_may_say_where_the_base_is_hosted(make_repo, header: str) -> None:
    body = (
        f"| Model | {header} | Introduction |\n|---|---|---|\n"
        "| Legal-7B-Adapter | [InternLM-chat-7B](https://huggingface.co/internlm/internlm-chat-7b) | LoRA weights |\n"
    )
    refs = refs_of(make_repo({"README.md": card("license: apache-2.0", body)}))
    assert [(r.signal, r.resolved) for r in refs] == [("table", "internlm")]
    # a header that only mentions a base among other words is still not a base column
    other = body.replace(header, f"Compared with {header}")
    assert refs_of(make_repo({"README.md": card("license: apache-2.0", other)})) == []


@pytest.mark.parametrize(
    "body",
    [
        "- **Architecture:** Based on **Google Gemma-2-2B**.\n- **Fine-tuning:** LoRA with Unsloth.\n",
        "Acme is a code assistant built on the **Qwen3 14B** architecture. Fine-tuned on OpenCodeReasoning-2.\n",
    ],
)
def test_a_sized_checkpoint_named_as_the_architecture_of_a_fine_tune_is_its_base(make_repo, body: str) -> None:
    refs = refs_of(make_repo({"README.md": card("license: mit", body)}))
    assert [r.signal for r in refs] == ["prose"] and refs[0].resolved in ("gemma-2", "qwen-3")
    # without the card saying the release was fine-tuned, it is a design only
    design_only = body.replace("- **Fine-tuning:** LoRA with Unsloth.\n", "").replace(" Fine-tuned on OpenCodeReasoning-2.", "")
    assert refs_of(make_repo({"README.md": card("license: mit", design_only)})) == []


def test_an_architecture_link_whose_visible_name_has_no_size_stays_a_design(make_repo) -> None:
    body = (
        "- **Architecture:** Based on [Idefics3](https://huggingface.co/HuggingFaceM4/Idefics3-8B-Llama3)\n\n"
        "Fine-tuned on our own instruction data.\n"
    )
    assert refs_of(make_repo({"README.md": card("license: apache-2.0", body)})) == []


@pytest.mark.parametrize(
    ("sentence", "resolved"),
    [
        ("The model is trained base on [Llama-3.2-3B](https://huggingface.co/meta-llama/Llama-3.2-3B).", ["llama-3.2"]),
        ("Acme is an instruction-tuned version of [Meta-Llama-3-8b-instruct](https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct).",
         ["llama-3"]),
        ("- [`training/`](training): Our training code to train Llama 3.1 8B using our processed data.", ["llama-3.1"]),
        ("We train and release a reward model AcmeRM. AcmeRM is initialized by LLaMA2-13B.", ["llama-2"]),
        ("The usage of Acme checkpoints should comply with the base LLM's model license: "
         "[Llama 2](https://github.com/facebookresearch/llama/blob/main/MODEL_CARD.md).", ["llama-2"]),
        ("Post-trained from Llama-3.1-8B across a wide range of evaluation tasks, Acme outperforms prior small models.", ["llama-3.1"]),
        ("The base model of Acme_QW_7B is [CodeQwen1.5-7b](https://huggingface.co/Qwen/CodeQwen1.5-7B-Chat).", ["qwen-1.5"]),
        ("Our base model is Llama-2-7b. You should download the weights first.", ["llama-2"]),
        ("The base models are from [Llama-3.2-3B](https://huggingface.co/meta-llama/Llama-3.2-3B).", ["llama-3.2"]),
        # a verb phrase after the copula names no model
        ("The base model is trained on 2.5T tokens of Llama-style data.", []),
        # a base named without a relation to the release is not its lineage
        ("We compare Acme with Llama-3.2-3B on the benchmark.", []),
    ],
)
def test_non_native_and_tuned_version_wordings_name_the_base(tmp_path: Path, sentence: str, resolved: list[str]) -> None:
    root = tmp_path / "acme__acme"
    root.mkdir()
    (root / "README.md").write_text(f"# Acme\n\n{sentence}\n", encoding="utf-8")
    assert [r.resolved for r in refs_of(root)] == resolved


def test_a_folder_named_for_the_release_holding_another_repositorys_readme_is_that_project(make_repo) -> None:
    """`training/llama_factory_acme/`: LLaMA-Factory copied in and renamed; its README (badges of hiyouga/LLaMA-Factory)
    lists the models LLaMA-Factory supports and their licences, which are not the release's."""
    from conftest import MIT_TEXT

    from openwash import engine

    fork = "training/llama_factory_acme"
    readme = (
        "![# LLaMA Factory](assets/logo.png)\n\n"
        "[![GitHub Repo stars](https://img.shields.io/github/stars/hiyouga/LLaMA-Factory?style=social)](https://github.com/hiyouga/LLaMA-Factory/stargazers)\n\n"
        "## Supported Models\n\nWe fine-tuned Baichuan-13B and LLaMA2-7B.\n\n## License\n\n"
        "Please follow the model licenses to use the corresponding model weights: "
        "[Baichuan 2](https://huggingface.co/baichuan-inc/Baichuan2-7B-Base/blob/main/Community%20License%20for%20Baichuan%202%20Model.pdf)\n"
    )
    files = {
        "README.md": "# Acme\n\nAcme-4B is a diffusion language model. Weights: https://huggingface.co/acme/Acme-4B\n",
        "LICENSE": MIT_TEXT,
        ".git/config": '[remote "origin"]\n\turl = https://github.com/acme/Acme.git\n',
        f"{fork}/README.md": readme,
        f"{fork}/LICENSE": MIT_TEXT,
        f"{fork}/setup.py": "# stub\n",
    }
    report = engine.check(make_repo(files))
    assert not any(b.path.startswith(fork) for b in report.base_models)
    assert report.verdict.weights_license_family == "osi-approved"
    # without the other repository's badges the folder is the release's own project, and its README speaks for it
    files[f"{fork}/README.md"] = readme.replace("hiyouga/LLaMA-Factory", "acme/Acme")
    assert any(b.path.startswith(fork) for b in engine.check(make_repo(files)).base_models)


@pytest.mark.parametrize(
    "sentence",
    [
        "Original text derived from the Nemotron dataset through rewriting.",
        "- A 22.5 TB English subset derived from Nemotron-CC.",
        "Text obtained by filtering segments from the original Nemotron dataset text.",
        "- Built two training datasets of 460,000 samples each based on Qwen2.5-72B and DeepSeek-V3.",
    ],
)
def test_a_model_named_as_the_source_of_data_is_not_the_releases_base(tmp_path: Path, sentence: str) -> None:
    """What is derived is data: the name goes on as a dataset's ("Nemotron-CC", "the Nemotron dataset") or the thing
    derived is data ("a subset", "datasets of … samples"); the model named made or holds the data."""
    root = tmp_path / "acme__acme"
    root.mkdir()
    (root / "README.md").write_text(f"# Acme\n\n{sentence}\n", encoding="utf-8")
    assert refs_of(root) == []
    (root / "README.md").write_text("# Acme\n\nAcme is derived from Nemotron-4 340B through pruning.\n", encoding="utf-8")
    assert [r.raw for r in refs_of(root)] == ["Nemotron-4 340B"], "a model derived from a model keeps its base"


def test_fine_tuned_versions_of_a_known_model_name_it_as_the_base(tmp_path: Path) -> None:
    """"The model family consists of fine-tuned versions of the **Orpheus 3B model**": Orpheus TTS is a Llama 3.2 3B
    fine-tune (its README: "built on the Llama-3b backbone"), so the Llama 3.2 Community License comes along."""
    root = tmp_path / "acme__acme-tts"
    root.mkdir()
    (root / "README.md").write_text(
        "# Acme TTS\n\nThe Acme TTS model family consists of fine-tuned versions of the **Orpheus 3B model**, each for one language.\n",
        encoding="utf-8",
    )
    assert [(r.raw, r.resolved, r.family) for r in refs_of(root)] == [("Orpheus 3B", "orpheus-tts", "vendor-community")]


@pytest.mark.parametrize(
    ("folder", "readme", "expected"),
    [
        # the release's own checkpoint, linked from its README, starts with its base's versioned name
        (
            "acme-lab__thai-audio",
            "# Thai Audio\n\n- Model Weights: https://huggingface.co/acmelab/llama3.1-thai-audio-8b-instruct\n\nCode: Apache-2.0.\n",
            [("acmelab/llama3.1-thai-audio-8b-instruct", "llama-3.1", "vendor-community", "README.md", 3)],
        ),
        # the repository's own name does
        ("Gemma-2-Swahili__Gemma-2-Swahili", "# Gemma 2 Swahili\n\nModels for Swahili.\n", [("gemma-2-swahili", "gemma-2", "vendor-community", "README.md", 1)]),
    ],
)
def test_a_release_named_after_a_versioned_family_descends_from_it(
    tmp_path: Path, folder: str, readme: str, expected: list[tuple[str, str, str, str, int]]
) -> None:
    """Derivatives are named after their base (the Llama 3 licences require the prefix): when nothing else names a base,
    the release's own name that starts with a versioned family under non-OSI terms brings those terms along."""
    root = tmp_path / folder
    root.mkdir()
    (root / "README.md").write_text(readme, encoding="utf-8")
    refs = refs_of(root)
    assert [(r.raw, r.resolved, r.family, r.path, r.line) for r in refs] == expected
    assert [r.signal for r in refs] == ["own-name"]


@pytest.mark.parametrize(
    ("folder", "readme"),
    [
        # trained from scratch: the family name is the design it follows
        ("acme__llama2-swahili", "# Llama2 Swahili\n\nWe train a small model from scratch on Swahili text.\n"),
        # the family's own publisher (xverse publishes XVERSE): not a derivative of itself
        ("xverse-ai__XVERSE-V-13B", "# XVERSE-V-13B\n\nA multimodal model.\n"),
        # the publisher's upload of the family itself, linked from a repository that bears its name
        ("amy__bloom", "# BLOOM\n\nSee https://huggingface.co/bigscience/bloom-optimizer-states\n"),
        # nothing of the release's own after the family: the base itself, re-hosted
        ("acme__llama-3.1-8b-instruct", "# Llama 3.1 8B Instruct\n\nA copy.\n"),
        # a permissive family's name is also an architecture name reused by models trained from scratch
        ("acme__GPT2-Chinese", "# GPT2 Chinese\n\nChinese GPT-2.\n"),
        # another model's name in a link that is not the release's own
        ("acme__thai-audio", "# Thai Audio\n\nCompare https://huggingface.co/others/llama3.1-korean-8b\n"),
    ],
)
def test_a_name_that_is_not_a_derivatives_does_not_name_a_base(tmp_path: Path, folder: str, readme: str) -> None:
    root = tmp_path / folder
    root.mkdir()
    (root / "README.md").write_text(readme, encoding="utf-8")
    assert [r.raw for r in refs_of(root) if r.signal == "own-name"] == []


def test_a_name_prefix_is_read_only_when_nothing_else_names_the_base(tmp_path: Path) -> None:
    root = tmp_path / "acme__llama3-acme"
    root.mkdir()
    (root / "README.md").write_text(card("base_model: Qwen/Qwen2.5-7B-Instruct", "Acme chat model."), encoding="utf-8")
    assert [(r.resolved, r.signal) for r in refs_of(root)] == [("qwen-2.5", "front-matter")]


def test_a_table_whose_first_column_is_the_base_speaks_through_the_rows_that_name_the_release(make_repo) -> None:
    """"| Base model | Text conditioned |" over a delimiter row: the bases are the first column and the other cells stand for
    the derived models, so a row whose cells name the release (a download of its own checkpoint) gives its base; a list
    of other people's models by base names none of the release's."""
    readme = "---\nlicense: mit\n---\n# Acmedrive\n\n| Base model | Text conditioned | Layout conditioned |\n| :-: | :-: | :-: |\n{rows}"
    rows = (
        "| [SD 2.1](https://huggingface.co/stabilityai/stable-diffusion-2-1) | [Download](https://huggingface.co/acme/acmedrive-models/resolve/main/a.pth) | |\n"
        "| [SD 3.5](https://huggingface.co/stabilityai/stable-diffusion-3.5-medium) | | [Download](https://huggingface.co/acme/acmedrive-models/resolve/main/b.pth) |\n"
    )
    refs = refs_of(make_repo({"README.md": readme.format(rows=rows)}))
    assert [(r.signal, r.resolved, r.line) for r in refs] == [("table", "sd-2", 8), ("table", "sd-3", 9)]
    others = "| Vicuna-7B-v1.3 | yuhuili/EAGLE-Vicuna-7B-v1.3 | 0.24B |\n| LLaMA2-Chat 7B | yuhuili/EAGLE-llama2-chat-7B | 0.24B |\n"
    assert refs_of(make_repo({"README.md": readme.format(rows=others)})) == []
