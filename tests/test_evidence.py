"""evidence.inventory on small repositories written for the test, and the OW4xx rules."""

from __future__ import annotations

import pytest

import json
import os
import struct
from pathlib import Path

from openwash import discover, documents, evidence
from openwash.config import Config
from openwash.context import CheckContext
from openwash.model import COMPONENT_KEYS, LicenseInfo

OID = "sha256:" + "b" * 64
POINTER = f"version https://git-lfs.github.com/spec/v1\noid {OID}\nsize 4000000000\n"


def build_ctx(root: Path, config: Config | None = None, licenses: list[LicenseInfo] | None = None) -> CheckContext:
    """The pipeline's first stages (as engine.check runs them), then the evidence stage."""
    config = config or Config()
    inventory = discover.scan(root, config)
    ctx = CheckContext(root=root, config=config, inventory=inventory)
    for entry in inventory.documents():
        if not entry.is_symlink:
            loaded = documents.load(root, entry.path, entry.doc_kind or documents.README)
            if isinstance(loaded, documents.Document):
                ctx.documents.append(loaded)
    ctx.licenses = licenses or []
    ctx.components = evidence.inventory(ctx)
    return ctx


def comp(ctx: CheckContext, key: str):
    return ctx.components[key]


def run_rule(ctx: CheckContext, rule_id: str):
    from openwash.rules import get_rule

    return list(get_rule(rule_id).func(ctx))


def test_every_component_key_is_present_even_for_an_empty_repo(make_repo):
    ctx = build_ctx(make_repo({"README.md": "# nothing\n"}))
    assert list(ctx.components) == list(COMPONENT_KEYS)
    assert not any(c.present for c in ctx.components.values())
    assert all(c.availability == "absent" for c in ctx.components.values())


def test_weights_in_repo_lfs_and_assets(make_repo):
    root = make_repo(
        {
            "model.safetensors": struct.pack("<Q", 2) + b"{}",
            "whisper/assets/mel_filters.npz": b"x",
            "whisper/assets/gpt2.tiktoken": b"x",
            "tokenizer.model": b"x",
            "training_args.bin": b"x",
        }
    )
    ctx = build_ctx(root)
    weights = comp(ctx, "model-parameters-final")
    assert weights.present and weights.availability == "in-repo"
    assert [e.path for e in weights.evidence] == ["model.safetensors"]


def test_assets_alone_are_not_weights(make_repo):
    root = make_repo({"whisper/assets/mel_filters.npz": b"x", "assets/cl100k.tiktoken": b"x", "tokenizer.model": b"x"})
    assert not comp(build_ctx(root), "model-parameters-final").present


def test_lfs_pointer_weights_are_lfs(make_repo):
    root = make_repo({".gitattributes": "*.onnx filter=lfs diff=lfs merge=lfs -text\n", "models/yunet/yunet.onnx": POINTER})
    weights = comp(build_ctx(root), "model-parameters-final")
    assert weights.availability == "lfs" and weights.evidence[0].path == "models/yunet/yunet.onnx"
    assert "git lfs pull" in (weights.note or "")


def test_hub_link_makes_weights_external(make_repo):
    root = make_repo({"README.md": "# M\n\n## Download\n\nGet the weights from [the Hub](https://huggingface.co/acme/m-7b).\n"})
    ctx = build_ctx(root)
    weights = comp(ctx, "model-parameters-final")
    assert weights.availability == "external" and (weights.evidence[0].path, weights.evidence[0].line) == ("README.md", 5)
    assert ctx.facts["weights_links"][0]["kind"] == "hub"


def test_a_hub_link_heading_a_list_item_is_the_model_the_item_describes(make_repo):
    # "based on GLM-10B" after the link says where that model comes from; it does not make the link the base
    item = "* [Law-M-10B](https://huggingface.co/acme-law/law-m-10b): 基于 [GLM-10B](https://github.com/THUDM/GLM) 模型, 在法律数据上进行指令微调.\n"
    weights = comp(build_ctx(make_repo({"README.md": "# M\n\n## 语言模型\n" + item})), "model-parameters-final")
    assert weights.availability == "external" and weights.evidence[0].line == 4
    # the base named first, the link after it: the link is the base model, not this release's weights
    base_first = "Fine-tuned from [GLM-10B](https://huggingface.co/THUDM/glm-10b) on legal data.\n"
    assert not comp(build_ctx(make_repo({"README.md": "# M\n\n" + base_first})), "model-parameters-final").present


def test_tensorboard_and_dataset_links_are_not_weights(make_repo):
    root = make_repo(
        {"README.md": "# M\n\n- [tb](https://huggingface.co/acme/tr1-13B-tensorboard)\n- [data](https://huggingface.co/datasets/acme/corpus)\n"}
    )
    ctx = build_ctx(root)
    assert not comp(ctx, "model-parameters-final").present
    assert comp(ctx, "datasets").availability == "external"


def test_magnet_direct_url_and_download_code(make_repo):
    root = make_repo(
        {
            "README.md": (
                "# M\n\n## Weights\n\nmagnet:?xt=urn:btih:abc\n\n"
                "Or https://dl.example.com/models/m_vit_h.pth\n\n"
                "```python\nmodel = whisper.load_model(\"turbo\")\n```\n"
            )
        }
    )
    kinds = {site["kind"] for site in build_ctx(root).facts["weights_links"]}
    assert {"torrent", "direct-url", "download-code"} <= kinds


def test_request_form_gates_the_weights(make_repo):
    readme = (
        "# Llama-ish\n\n## Download\n\n"
        "To download the weights, visit [our site](https://example.com/llama-downloads/) and accept our License.\n"
        "Once your request is approved, you will receive a signed URL. Then run the download.sh script.\n\n"
        "## Hugging Face\n\nWe also provide [downloads](https://huggingface.co/acme) — request access by filling the form.\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme, "download.sh": "#!/bin/sh\n"}))
    weights = comp(ctx, "model-parameters-final")
    assert weights.availability == "gated"
    assert ctx.facts["gated"] and all(site["gated"] for site in ctx.facts["weights_links"])
    findings = run_rule(ctx, "OW405")
    assert len(findings) == 1 and findings[0].path == "README.md"


def test_one_ungated_route_makes_weights_external(make_repo):
    readme = (
        "# M\n\n## Torrent\n\nmagnet:?xt=urn:btih:abc\n\n"
        "## Diffusers\n\nLog in first with `huggingface-cli login`, then `from_pretrained(\"acme/m-1\")`.\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert comp(ctx, "model-parameters-final").availability == "external"
    assert run_rule(ctx, "OW405") == []


def test_a_usage_snippet_loading_a_hub_id_through_a_variable_is_a_download_route(make_repo):
    card = (
        "---\nlicense: apache-2.0\n---\n# M\n\n```python\n# model_path = 'acme/m-3b'\nmodel_path = 'acme/m-13b'\n"
        "model = AutoModelForCausalLM.from_pretrained(model_path)\n```\n"
    )
    ctx = build_ctx(make_repo({"README.md": card}))
    assert [site["target"] for site in ctx.facts["weights_links"]] == ["model_path = 'acme/m-3b'", "model_path = 'acme/m-13b'"]
    assert comp(ctx, "model-parameters-final").availability == "external"
    # a base model's id in its own variable, or a local folder, is no route to this release's weights
    other = "# M\n\n```python\nbase_model_id = 'acme/base'\nmodel_dir = './checkpoints'\n```\n"
    assert build_ctx(make_repo({"README.md": other})).facts["weights_links"] == []


@pytest.mark.parametrize(
    ("line", "route"),
    [
        # an index of wheels whose host starts with "download" is no download script
        ("pip install torch torchvision torchaudio --index-url https://download.pytorch.org/whl/cu118", False),
        ("Run `bash download.sh` to fetch the checkpoints.", True),
        # a line that says the weights are at the link
        ("Trained model weight and config files can be downloaded at [this link.](https://github.com/acme/m/releases/tag/v1-checkpoints-release)", True),
        ("All three scripts fetch the models, and checkpoints are also accessible at https://ckpt.acme.example/m/index.txt", True),
        ("You can access model weights at the [Acme Foundations PhysioNet](https://physionet.example.org/content/acme/1.0.0/).", True),
        ("location: <a href='http://203.0.113.5/m/TrainedCheckPoint/latest/models/m/checkpoint-step36000000/'>checkpoint-step36000000</a>", True),
        # a page that says nothing about weights, or a code file, is not where they are
        ("See https://docs.acme.example/m/index.txt for the options.", False),
        ("Our checkpoint code is in https://github.com/acme/m/blob/main/checkpoint.py", False),
    ],
)
def test_where_a_line_says_the_weights_are_is_a_route_and_a_wheel_index_is_not(make_repo, line: str, route: bool) -> None:
    ctx = build_ctx(make_repo({"README.md": f"# M\n\n## Checkpoints\n\n{line}\n"}))
    assert bool(ctx.facts["weights_links"]) == route, ctx.facts["weights_links"]


def test_a_space_cards_models_list_naming_the_release_is_its_weights_route(tmp_path: Path) -> None:
    """ormbg's card (a Space card: `title:`, `emoji:`, `models:`) lists `schirrmacher/ormbg`, the release's own Hub model."""
    root = tmp_path / "acme__ormbg"
    root.mkdir()
    card = "---\ntitle: Open Remove Background Model (ormbg)\nlicense: apache-2.0\nmodels:\n  - {model}\nemoji: 💻\n---\n# ormbg\n\nA background remover.\n"
    (root / "README.md").write_text(card.format(model="acme/ormbg"), encoding="utf-8")
    ctx = build_ctx(root)
    assert [s["target"] for s in ctx.facts["weights_links"]] == ["https://huggingface.co/acme/ormbg"]
    # a Space that runs another project's model says nothing of this release's weights
    (root / "README.md").write_text(card.format(model="briaai/RMBG-1.4"), encoding="utf-8")
    assert build_ctx(root).facts["weights_links"] == []


def test_chinese_gating_and_kaggle_login(make_repo):
    readme = "# 模型\n\n## 模型下载\n\n请先填写问卷申请，然后从 [这里](https://www.modelscope.cn/models/acme/m) 下载权重。\n"
    assert comp(build_ctx(make_repo({"README.md": readme})), "model-parameters-final").availability == "gated"


def test_kagglehub_login_in_same_section(tmp_path):
    root = tmp_path / "kaggle"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "checkpoints.md").write_text(
        "# Checkpoints\n\n## Kaggle\n\n* [G](https://www.kaggle.com/models/acme/g/)\n\n```python\nimport kagglehub\n\nkagglehub.login()\n```\n"
    )
    assert comp(build_ctx(root), "model-parameters-final").availability == "gated"


def test_shard_index_missing_and_escaping(make_repo):
    index = {"metadata": {}, "weight_map": {"a": "model-00001-of-00003.safetensors", "b": "model-00002-of-00003.safetensors", "c": "../../evil.safetensors"}}
    root = make_repo({"model.safetensors.index.json": json.dumps(index), "model-00001-of-00003.safetensors": POINTER})
    ctx = build_ctx(root)
    record = ctx.facts["weight_indexes"][0]
    assert record["missing"] == ["model-00002-of-00003.safetensors"]
    assert record["escaping"] == ["../../evil.safetensors"]
    missing = run_rule(ctx, "OW401")
    assert len(missing) == 1 and "model-00002-of-00003.safetensors" in missing[0].message
    escaping = run_rule(ctx, "OW402")
    assert len(escaping) == 1 and "evil" in escaping[0].message


def test_complete_shard_index_has_no_finding(make_repo):
    index = {"weight_map": {"a": "s1.safetensors", "b": "sub/s2.safetensors"}}
    root = make_repo({"w/model.safetensors.index.json": json.dumps(index), "w/s1.safetensors": POINTER, "w/sub/s2.safetensors": POINTER})
    ctx = build_ctx(root)
    assert run_rule(ctx, "OW401") == [] and run_rule(ctx, "OW402") == []


def test_unreadable_index_is_reported(make_repo):
    ctx = build_ctx(make_repo({"pytorch_model.bin.index.json": "{not json"}))
    assert len(run_rule(ctx, "OW408")) == 1


def test_bad_safetensors_and_lfs_pointer_rules(make_repo):
    root = make_repo(
        {
            "good.safetensors": struct.pack("<Q", 2) + b"{}",
            "cut.safetensors": struct.pack("<Q", 999) + b"{}",
            "bad.bin": "version https://git-lfs.github.com/spec/v1\noid md5:1\nsize 1\n",
        }
    )
    ctx = build_ctx(root)
    header = run_rule(ctx, "OW404")
    assert [f.path for f in header] == ["cut.safetensors"]
    pointer = run_rule(ctx, "OW403")
    assert [(f.path, f.line) for f in pointer] == [("bad.bin", 2)]
    untracked = run_rule(ctx, "OW409")
    assert [f.path for f in untracked] == ["bad.bin"]


def test_stale_lfs_patterns_note(make_repo):
    root = make_repo({".gitattributes": "*.gguf filter=lfs diff=lfs merge=lfs -text\n*.onnx filter=lfs -text\n", "m.onnx": POINTER})
    findings = run_rule(build_ctx(root), "OW406")
    assert len(findings) == 1 and "*.gguf" in findings[0].message and findings[0].line == 1


def test_sparse_ten_gigabyte_weights_cost_a_header_read(make_repo):
    root = make_repo({"README.md": "# m\n"})
    with open(root / "model.safetensors", "wb") as handle:
        handle.truncate(10 * 1024**3)
    ctx = build_ctx(root)
    assert comp(ctx, "model-parameters-final").availability == "in-repo"
    assert ctx.facts["safetensors_problems"][0]["path"] == "model.safetensors"


def test_symlink_out_of_repo_rule(make_repo, tmp_path):
    outside = tmp_path / "w.bin"
    outside.write_bytes(b"1")
    root = make_repo({"README.md": "x"})
    os.symlink(outside, root / "pytorch_model.bin")
    ctx = build_ctx(root)
    assert [f.path for f in run_rule(ctx, "OW407")] == ["pytorch_model.bin"]
    assert not comp(ctx, "model-parameters-final").present  # a link out of the tree ships nothing


# --- code ----------------------------------------------------------------------------


def test_code_components_by_path_and_name(make_repo):
    root = make_repo(
        {
            "model.py": "stub",
            "train.py": "stub",
            "sample.py": "stub",
            "data/openwebtext/prepare.py": "stub",
            "evaluation/run_eval.py": "stub",
            "setup.py": "stub",
            "tokenizer.py": "stub",
        }
    )
    ctx = build_ctx(root)
    expected = {
        "model-architecture": "model.py",
        "training-code": "train.py",
        "inference-code": "sample.py",
        "data-preprocessing-code": "data/openwebtext/prepare.py",
        "evaluation-code": "evaluation/run_eval.py",
    }
    for key, path in expected.items():
        assert [e.path for e in comp(ctx, key).evidence] == [path], key
    assert {e.path for e in comp(ctx, "supporting-libraries-and-tools").evidence} == {"setup.py", "tokenizer.py"}
    assert ctx.facts["training_code_kind"] == "full"


def test_a_folder_named_for_evaluation_holds_evaluation_code_and_data(make_repo):
    root = make_repo(
        {
            "README.md": "# M\n\nA language model.\n",
            "ner_evaluation/trainer.py": "def train():\n    pass\n",
            "ner_evaluation/data/harem-train.json": "[]\n",
        }
    )
    ctx = build_ctx(root)
    assert not comp(ctx, "training-code").present and comp(ctx, "evaluation-code").present
    assert not comp(ctx, "datasets").present


def test_links_inside_html_comments_are_not_download_routes(make_repo):
    card = (
        "# Acme-VL\n\nCode and model is coming soon.\n\n| Model | Download |\n|---|---|\n| Acme-7b | - |\n"
        "<!-- | Acme-72b | [other/Chart-R1](https://huggingface.co/other/Chart-R1) | -->\n\n"
        "<!--\n## Usage\n```python\nmodel_path = 'other/Chart-R1'\n```\n-->\n"
    )
    assert not comp(build_ctx(make_repo({"README.md": card})), "model-parameters-final").present
    # the same link, rendered, is a route
    shown = card.replace("<!-- | Acme-72b", "| Acme-72b").replace(") | -->", ") |")
    assert comp(build_ctx(make_repo({"README.md": shown})), "model-parameters-final").present


def test_a_folder_named_for_training_and_evaluation_lets_each_file_s_name_decide(make_repo):
    root = make_repo(
        {
            "README.md": "# M\n\nA text-to-SQL model.\n",
            "train_and_evaluate/train.py": "stub",
            "train_and_evaluate/train_m_7b.sh": "stub",
            "train_and_evaluate/evaluate_bird.py": "stub",
        }
    )
    ctx = build_ctx(root)
    assert {e.path for e in comp(ctx, "training-code").evidence} == {"train_and_evaluate/train.py", "train_and_evaluate/train_m_7b.sh"}
    assert {e.path for e in comp(ctx, "evaluation-code").evidence} == {"train_and_evaluate/evaluate_bird.py"}


def test_vendored_tests_and_examples_count_less(make_repo):
    root = make_repo(
        {
            "third_party/megatron/train.py": "stub",
            "vendor/x/modeling_x.py": "stub",
            "tests/test_train.py": "stub",
            "tests/train_helper.py": "stub",
            "examples/finetune_demo.py": "stub",
        }
    )
    ctx = build_ctx(root)
    assert not comp(ctx, "training-code").present
    assert not comp(ctx, "model-architecture").present
    assert [e.path for e in comp(ctx, "inference-code").evidence] == ["examples/finetune_demo.py"]


def test_a_well_known_library_copied_below_the_top_level_is_vendored(make_repo):
    files = {
        "MobileSAMv2/ultralytics/yolo/engine/trainer.py": "stub",
        "MobileSAMv2/efficientvit/clscore/trainer/cls_trainer.py": "stub",
        "MobileSAMv2/mobilesamv2/modeling/sam.py": "stub",
    }
    assert not comp(build_ctx(make_repo(files)), "training-code").present
    # the library's own repository keeps its package at the top level: that is its code
    assert comp(build_ctx(make_repo({"ultralytics/yolo/engine/trainer.py": "stub"})), "training-code").present


def test_finetuning_only_is_reported_as_such(make_repo):
    ctx = build_ctx(make_repo({"ptuning/main.py": "stub", "ptuning/train.sh": "stub", "cli_demo.py": "stub"}))
    assert comp(ctx, "training-code").present
    assert ctx.facts["training_code_kind"] == "fine-tuning"
    assert comp(ctx, "inference-code").evidence[0].path == "cli_demo.py"


def test_training_configs_make_main_py_the_trainer(make_repo):
    root = make_repo({"main.py": "stub", "configs/ldm.yaml": "model:\n  base_learning_rate: 1.0e-04\nlightning:\n  trainer:\n    max_steps: 10\n"})
    ctx = build_ctx(root)
    assert [e.path for e in comp(ctx, "training-code").evidence] == ["main.py"]
    assert ctx.facts["training_configs"] == ["configs/ldm.yaml"]
    assert comp(ctx, "model-metadata").present


def test_configs_alone_are_not_training_code(make_repo):
    ctx = build_ctx(make_repo({"configs/neox.yml": "{\n  \"train_micro_batch_size_per_gpu\": 4,\n  \"optimizer\": {}\n}\n"}))
    assert not comp(ctx, "training-code").present
    assert comp(ctx, "model-metadata").present


@pytest.mark.parametrize(("name", "training"), [("pretrain.py", True), ("pretrain_gpt.py", True), ("pretrained_clip.py", False), ("trained_models.py", False)])
def test_a_file_named_for_what_was_trained_is_not_training_code(make_repo, name, training):
    ctx = build_ctx(make_repo({f"acme/models/{name}": "stub"}))
    assert comp(ctx, "training-code").present is training


# --- data ----------------------------------------------------------------------------


def test_front_matter_datasets(make_repo):
    root = make_repo({"README.md": "---\nlicense: apache-2.0\ndatasets:\n  - acme/corpus\n---\n# M\n"})
    ctx = build_ctx(root)
    assert comp(ctx, "datasets").availability == "external"
    assert (comp(ctx, "datasets").evidence[0].path, comp(ctx, "datasets").evidence[0].line) == ("README.md", 3)
    assert ctx.facts["data_information"]["datasets"] == ["acme/corpus"]
    assert comp(ctx, "model-card").present


def test_placeholder_training_data_section_is_empty(make_repo):
    card = "---\nlicense: mit\n---\n# M\n\n## Training Details\n\n### Training Data\n\n[More Information Needed]\n\n## Evaluation\n\nTBD\n"
    ctx = build_ctx(make_repo({"README.md": card}))
    assert not comp(ctx, "data-information").present
    assert ctx.facts["data_information"]["level"] == "none"
    assert ctx.facts["data_information"]["withheld"]


def test_filled_training_data_section_describes_data(make_repo):
    card = (
        "# M\n\n## Training Data\n\n"
        "The model was pretrained on a filtered mix of web pages, books and code, deduplicated at the document level, "
        "in English and French, collected between 2020 and 2023.\n"
    )
    ctx = build_ctx(make_repo({"README.md": card}))
    assert comp(ctx, "data-information").present
    assert ctx.facts["data_information"]["level"] == "described"


def test_chinese_data_description_naming_its_sources(make_repo):
    ctx = build_ctx(make_repo({"README.md": "# 模型\n\n经过约 1T 标识符的中英双语训练，数据来自公开网页、百科和书籍。\n"}))
    assert comp(ctx, "data-information").present


@pytest.mark.parametrize(
    "line",
    [
        "经过约 1T 标识符的中英双语训练。",
        "The model was trained on 2 trillion tokens.",
        "Pre-trained on 4200 hours of Hindi data.",
        "基于大规模中文数据（~2亿图文对）训练。",
    ],
)
def test_how_much_data_without_what_it_is_is_not_data_information(make_repo, line):
    # OSAID's data information is the data's provenance: an amount (and a language) names no source
    ctx = build_ctx(make_repo({"README.md": f"# M\n\n{line}\n"}))
    assert not comp(ctx, "data-information").present


@pytest.mark.parametrize(
    "card",
    [
        # a tutorial that tells users how to organise their own training data
        "# M\n\n# 教程\n\n### 准备工作\n\n我们建议将训练使用的图文数据集（如 COCO、Flickr30k）统一组织成如下的方式。\n",
        "# M\n\n## Tutorial\n\n### Fine-tune\n\nTrain on your data, e.g. web pages scraped from public forums, with `train.py`.\n",
        # a heading about what the code does with data, not what the release was trained on
        "# M\n\n### Paraphrasing and Data Augmentation\n\nThe paraphraser rewrites every sentence of a corpus with sampling, "
        "keeping the ones whose similarity to the source is high enough.\n",
    ],
)
def test_data_words_in_a_tutorial_or_a_data_handling_section_are_not_data_information(make_repo, card):
    assert not comp(build_ctx(make_repo({"README.md": card})), "data-information").present


def test_a_document_named_for_evaluation_describes_test_data_not_training_data(make_repo):
    doc = "# Zero-shot classification datasets\n\n## Datasets\n\nTwenty image classification datasets from the ELEVATER benchmark, translated to Chinese: Caltech-101, CIFAR-10, CIFAR-100, DTD and more.\n"
    ctx = build_ctx(make_repo({"README.md": "# M\n\nAn image model.\n", "zeroshot_dataset.md": doc}))
    assert not comp(ctx, "data-information").present
    ctx = build_ctx(make_repo({"README.md": "# M\n\nAn image model.\n", "training_dataset.md": doc}))
    assert comp(ctx, "data-information").present


def test_training_data_named_by_a_link_is_described(make_repo):
    ctx = build_ctx(make_repo({"README.md": "# M\n\n* trained on [OPUS](http://opus.nlpl.eu/) data using our scripts\n"}))
    assert comp(ctx, "data-information").present


def test_a_dataset_preparation_document_in_a_sub_folder_describes_the_data(make_repo):
    doc = "# Dataset preparation\n\nWe pretrain on Kinetics-400 and SSv2; download them from the official sites.\n"
    ctx = build_ctx(make_repo({"README.md": "# M\n\nA video model.\n", "video/DATASET.md": doc}))
    assert comp(ctx, "data-information").present


def test_the_same_words_in_a_usage_document_of_a_sub_folder_are_not_read_for_data(make_repo):
    doc = "# Dataset preparation\n\nWe pretrain on Kinetics-400 and SSv2; download them from the official sites.\n"
    ctx = build_ctx(make_repo({"README.md": "# M\n\nA video model.\n", "video/USAGE.md": doc}))
    assert not comp(ctx, "data-information").present


def test_data_card_file(make_repo):
    ctx = build_ctx(make_repo({"DATA_CARD.md": "# Data card\n\nSources: ...\n"}))
    assert comp(ctx, "data-card").present and comp(ctx, "data-information").present


# --- documents -----------------------------------------------------------------------


def test_paper_report_eval_results_and_intermediate(make_repo):
    readme = (
        "---\nmodel-index:\n  - name: m\n    results: []\n---\n"
        "# M\n\nPaper: [arXiv](https://arxiv.org/abs/2501.00656)\n\n"
        "| Model | MMLU | GSM8K |\n|---|---|---|\n| M | 61.2 | 40.1 |\n\n"
        "We release all intermediate checkpoints as revisions on the Hub (`revision=\"step1000-tokens4B\"`).\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert comp(ctx, "research-paper").present
    assert comp(ctx, "technical-report").present and "stands in" in comp(ctx, "technical-report").note
    results = {(e.path, e.line) for e in comp(ctx, "evaluation-results").evidence}
    assert results == {("README.md", 2), ("README.md", 10)}  # model-index, then the table header
    assert comp(ctx, "model-parameters-intermediate").availability == "external"


def test_intermediate_checkpoint_files_in_repo(make_repo):
    root = make_repo({"checkpoints/step1000/model.safetensors": POINTER, "final/model.safetensors": POINTER})
    ctx = build_ctx(root)
    assert [e.path for e in comp(ctx, "model-parameters-intermediate").evidence] == ["checkpoints/step1000/model.safetensors"]
    assert [e.path for e in comp(ctx, "model-parameters-final").evidence] == ["final/model.safetensors"]


# --- configuration and licences ---------------------------------------------------------


def test_external_declarations_from_config(make_repo):
    root = make_repo({".openwash.yml": "external:\n  weights: https://huggingface.co/acme/m\n  training-code: https://github.com/acme/train\n"})
    from openwash import config as config_mod

    ctx = build_ctx(root, config_mod.load(root))
    weights = comp(ctx, "model-parameters-final")
    assert weights.availability == "external" and (weights.evidence[0].path, weights.evidence[0].line) == (".openwash.yml", 2)
    training = comp(ctx, "training-code")
    assert training.present and (training.evidence[0].path, training.evidence[0].line) == (".openwash.yml", 3)


def _license(path: str, id_: str, family: str, applies_to: list[str]) -> LicenseInfo:
    return LicenseInfo(path, 1, id_, id_, family, family == "osi-approved", applies_to, 0.9, "license-file")


def test_scoped_licences_cover_their_components(make_repo):
    root = make_repo({"model.py": "stub", "model.safetensors": struct.pack("<Q", 2) + b"{}", "MODEL_CARD.md": "# card\n"})
    licenses = [_license("LICENSE", "Apache-2.0", "osi-approved", ["code"]), _license("MODEL_LICENSE", "LicenseRef-x", "vendor-community", ["weights"])]
    ctx = build_ctx(root, licenses=licenses)
    assert comp(ctx, "model-architecture").license == "Apache-2.0" and comp(ctx, "model-architecture").open_license is True
    weights = comp(ctx, "model-parameters-final")
    assert weights.license == "LicenseRef-x" and weights.open_license is False
    assert comp(ctx, "model-card").license is None  # no docs licence, and the lone-licence rule needs an unscoped one


def test_lone_unscoped_licence_covers_code_and_docs_not_weights(make_repo):
    root = make_repo({"model.py": "stub", "model.safetensors": struct.pack("<Q", 2) + b"{}", "MODEL_CARD.md": "# card\n"})
    ctx = build_ctx(root, licenses=[_license("LICENSE", "MIT", "osi-approved", [])])
    assert comp(ctx, "model-architecture").license == "MIT"
    assert comp(ctx, "model-card").license == "MIT" and "repository licence" in comp(ctx, "model-card").note
    assert comp(ctx, "model-parameters-final").license is None


def test_most_restrictive_licence_wins_for_a_scope(make_repo):
    root = make_repo({"model.safetensors": struct.pack("<Q", 2) + b"{}"})
    licenses = [_license("LICENSE", "Apache-2.0", "osi-approved", ["weights"]), _license("README.md", "CC-BY-NC-4.0", "non-commercial", ["weights"])]
    weights = comp(build_ctx(root, licenses=licenses), "model-parameters-final")
    assert weights.license == "CC-BY-NC-4.0" and weights.open_license is False


def test_engine_runs_the_artifact_rules(make_repo):
    from openwash.engine import check

    index = {"weight_map": {"a": "model-00001-of-00002.safetensors", "b": "model-00002-of-00002.safetensors"}}
    root = make_repo({"README.md": "# M\n", "model.safetensors.index.json": json.dumps(index), "model-00001-of-00002.safetensors": POINTER})
    report = check(root)
    assert any(f.rule == "OW401" and f.path == "model.safetensors.index.json" for f in report.findings)
    assert report.components["model-parameters-final"].availability == "lfs"


def test_zero_byte_weight_files_ship_nothing(make_repo):
    ctx = build_ctx(make_repo({"model.safetensors": b"", "README.md": "# m\n"}))
    assert not comp(ctx, "model-parameters-final").present
    assert ctx.facts["empty_weight_files"] == ["model.safetensors"]


def test_code_linked_in_another_repository_is_external(make_repo):
    card = (
        "# M\n\nThis repository has the [source code](https://github.com/acme/m-train) used to train this model.\n\n"
        "Evaluations were performed using the [Evaluation Harness](https://github.com/EleutherAI/lm-evaluation-harness).\n\n"
        "See [llama-cookbook](https://github.com/acme/cookbook) for more examples.\n"
    )
    ctx = build_ctx(make_repo({"README.md": card}))
    training = comp(ctx, "training-code")
    assert training.availability == "external" and (training.evidence[0].path, training.evidence[0].line) == ("README.md", 3)
    assert comp(ctx, "evaluation-code").availability == "external"
    assert not comp(ctx, "inference-code").present  # a link without words saying what it holds proves nothing


def test_hub_file_links_and_base_model_links_are_not_this_releases_weights(make_repo):
    card = (
        "# TTS\n\n| voice | sample |\n|---|---|\n"
        '| a | <audio src="https://huggingface.co/acme/tts/resolve/main/samples/a.wav"></audio> |\n\n'
        "- Base model: [acme/big-base](https://huggingface.co/acme/big-base) (gated repo, request access)\n"
    )
    ctx = build_ctx(make_repo({"README.md": card}))
    assert not comp(ctx, "model-parameters-final").present


def test_step_revision_links_mean_intermediate_checkpoints_only_when_several(make_repo):
    one = "# M\n\nOptimizer states: [ckpt](https://huggingface.co/acme/m/tree/global_step95000)\n"
    assert not comp(build_ctx(make_repo({"README.md": one})), "model-parameters-intermediate").present
    several = (
        "# M\n\n| stage | checkpoint |\n|---|---|\n"
        "| 1 | [s1](https://huggingface.co/acme/m/tree/stage1-step1000-tokens4B) |\n"
        "| 2 | [s2](https://huggingface.co/acme/m/tree/stage1-step2000-tokens8B) |\n"
    )
    assert comp(build_ctx(make_repo({"README.md": several})), "model-parameters-intermediate").availability == "external"


def test_a_launcher_beside_training_configurations_is_the_trainer(make_repo):
    config = "trainer:\n  max_steps: 1000\noptimizer:\n  lr: 0.0003\n"
    ctx = build_ctx(make_repo({"configs/bsc_7b.yaml": config, "launchers/launch_7b.sh": "stub"}))
    assert comp(ctx, "training-code").present
    # without training configurations a launcher says nothing about what it launches
    ctx = build_ctx(make_repo({"launchers/launch_7b.sh": "stub"}))
    assert not comp(ctx, "training-code").present
    # nor does one in a demo folder
    ctx = build_ctx(make_repo({"configs/bsc_7b.yaml": config, "demo/launch_ui.sh": "stub"}))
    assert not comp(ctx, "training-code").present


def test_a_recipe_module_beside_training_configurations_is_the_trainer(make_repo):
    """fairseq2/ESPnet style: `recipes/<model>/<task>/recipe.py` with its `configs/*.yaml` is a training recipe."""
    config = "optimizer:\n  lr: 5e-05\ntrainer:\n  max_num_steps: 1000\n"
    files = {"workflows/recipes/w2v/asr/configs/ctc-finetune.yaml": config, "workflows/recipes/w2v/asr/recipe.py": "stub"}
    assert comp(build_ctx(make_repo(files)), "training-code").present
    # an evaluation recipe is not a trainer, nor a recipe without training configurations
    files = {"workflows/recipes/w2v/asr/eval/configs/fleurs.yaml": config, "workflows/recipes/w2v/asr/eval/recipe.py": "stub"}
    assert not comp(build_ctx(make_repo(files)), "training-code").present
    assert not comp(build_ctx(make_repo({"recipes/asr/recipe.py": "stub"})), "training-code").present


def test_a_models_folder_readme_speaks_for_the_release(make_repo):
    """`Models/README.md` is the release's model zoo: its weight links and training-data lines count."""
    zoo = (
        "# SceneSeg\n\n## SceneSeg model weights\n"
        "### [Link to Download Pytorch Model Weights *.pth](https://drive.google.com/file/d/abc/view)\n\n"
        "SceneSeg was trained on a diverse dataset comprised of multiple open-source datasets, including ACDC, MUSES and Mapillary Vistas.\n"
    )
    ctx = build_ctx(make_repo({"README.md": "# Pilot\n\nA driving stack.\n", "Models/README.md": zoo}))
    assert comp(ctx, "model-parameters-final").present
    assert comp(ctx, "data-information").present
    ctx = build_ctx(make_repo({"README.md": "# Pilot\n\nA driving stack.\n", "tools/README.md": zoo}))
    assert not comp(ctx, "model-parameters-final").present


def test_a_generic_entry_point_that_the_training_guide_runs_is_the_trainer(make_repo):
    guide = "# Training\n\nImageNet-1K training on a single machine:\n```\npython -m torch.distributed.launch --nproc_per_node=8 main.py --model convnext_tiny\n```\n"
    ctx = build_ctx(make_repo({"README.md": "# ConvNeXt\n", "TRAINING.md": guide, "main.py": "x = 1\n", "engine.py": "x = 1\n"}))
    assert [e.path for e in comp(ctx, "training-code").evidence] == ["main.py"]
    assert "TRAINING.md runs it" in (comp(ctx, "training-code").note or "")
    # a guide that runs another script, or no guide: main.py stays a plain entry point
    ctx = build_ctx(make_repo({"README.md": "# ConvNeXt\n", "TRAINING.md": guide.replace("main.py", "other.py"), "main.py": "x = 1\n"}))
    assert not comp(ctx, "training-code").present
    ctx = build_ctx(make_repo({"README.md": "# ConvNeXt\n\n```\npython main.py\n```\n", "main.py": "x = 1\n"}))
    assert not comp(ctx, "training-code").present


def test_a_script_that_a_readmes_training_section_launches_with_a_training_argument_is_the_trainer(make_repo):
    """UnifiedQA's `bart/README.md`: "## UnifiedQA training" runs `python cli.py --do_train …` (a name that says only
    that it is run); the command is resolved from the README's folder."""
    readme = (
        "# UnifiedQA BART\n\n## Quick test\n\n```\npython cli.py --do_predict --output_dir out\n```\n\n"
        "## UnifiedQA training\n\n```\npython cli.py --do_train --output_dir out/unifiedqa \\\n"
        "        --predict_file data/dev.tsv\n```\n\n## Evaluation\n\n```\npython evaluate.py\n```\n"
    )
    files = {"README.md": "# Acme\n", "bart/README.md": readme, "bart/cli.py": "x = 1\n", "bart/evaluate.py": "x = 1\n"}
    ctx = build_ctx(make_repo(files))
    assert [e.path for e in comp(ctx, "training-code").evidence] == ["bart/cli.py"]
    assert "the training section of bart/README.md:9 runs it" in (comp(ctx, "training-code").note or "")
    # a continuation line carries the training argument
    wrapped = readme.replace("python cli.py --do_train --output_dir out/unifiedqa", "python cli.py --output_dir out/unifiedqa \\\n  --do_train")
    assert comp(build_ctx(make_repo({**files, "bart/README.md": wrapped})), "training-code").present
    # the same command with no training argument, or under a heading that is not about training, trains nothing
    for text in (readme.replace("--do_train ", ""), readme.replace("## UnifiedQA training", "## Reproducing the results")):
        assert not comp(build_ctx(make_repo({**files, "bart/README.md": text})), "training-code").present
    # nor does a section about the training data; any script whose name says no other job counts, a download script never
    data = readme.replace("## UnifiedQA training", "## Training data")
    assert not comp(build_ctx(make_repo({**files, "bart/README.md": data})), "training-code").present
    extract = {**files, "bart/README.md": readme.replace("cli.py --do_train", "extract_features.py --do_train"), "bart/extract_features.py": "x = 1\n"}
    assert "bart/extract_features.py" in [e.path for e in comp(build_ctx(make_repo(extract)), "training-code").evidence]
    download = {**files, "bart/README.md": readme.replace("cli.py --do_train", "download_model.py --do_train"), "bart/download_model.py": "x = 1\n"}
    assert not comp(build_ctx(make_repo(download)), "training-code").present


def test_a_line_saying_the_training_data_is_released_at_a_link_points_at_the_data(make_repo):
    card = "# Embed\n\n- **Fully Open-Source**: Model weights, [code](https://github.com/acme/contrastors), and training data (see code repo) released\n"
    ctx = build_ctx(make_repo({"README.md": card}))
    data = comp(ctx, "data-information")
    assert data.present and data.availability == "external"
    assert ctx.facts["data_information"]["pointers"] == [{"path": "README.md", "line": 3}]
    # without a link, or saying the data is not released, it points nowhere
    ctx = build_ctx(make_repo({"README.md": card.replace("[code](https://github.com/acme/contrastors)", "code")}))
    assert not comp(ctx, "data-information").present
    ctx = build_ctx(make_repo({"README.md": "# Embed\n\nThe training data will not be released; see [code](https://github.com/acme/x).\n"}))
    assert not comp(ctx, "data-information").present


@pytest.mark.parametrize("folder", ["third_part", "third_parts", "3rd_party", "3rd-party", "third_parties"])
def test_a_readme_in_a_third_party_folder_speaks_for_that_component(make_repo, folder):
    from openwash import engine

    vendored = "# ArcFace\n\n## Model Zoo\n\n- The models are available for non-commercial research purposes only.\n"
    files = {
        "README.md": "# Retalk\n\nDownload the [pre-trained weights](https://drive.google.com/file/d/abc/view).\n",
        "LICENSE": "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n",
    }
    assert engine.check(make_repo({**files, f"{folder}/arcface/README.md": vendored})).verdict.weights_license_family is None
    # the same README in a folder of the project's own is a statement about the release's models
    assert engine.check(make_repo({**files, "face/arcface/README.md": vendored})).verdict.weights_license_family == "research-only"


@pytest.mark.parametrize(
    ("heading", "counted"),
    [("## 开源ChatGPT调研", False), ("## References", False), ("## Related Projects", False), ("## Models", True), ("## Acknowledgement", True)],
)
def test_weights_linked_in_a_references_or_survey_section_are_others(make_repo, heading: str, counted: bool) -> None:
    from openwash import engine

    card = (
        "# PiXiu\n\nA survey of chat models.\n\n"
        f"{heading}\n\n### 1. Chat models\n\n| 项目 | 权重 |\n|---|---|\n| Vicuna | [weights](https://huggingface.co/lmsys/vicuna-7b-v1.5) |\n\n"
        "## Usage\n\nRead the survey.\n"
    )
    report = engine.check(make_repo({"README.md": card}))
    assert report.components["model-parameters-final"].present is counted


def test_the_releases_own_paper_listed_under_references_still_counts(make_repo) -> None:
    from openwash import engine

    card = (
        "# Acme 2\n\nAcme 2 is a chat model.\n\n## References\n\n"
        "1. [Research Paper](https://arxiv.org/abs/2307.09288)\n2. [Vicuna weights](https://huggingface.co/lmsys/vicuna-7b-v1.5)\n"
    )
    report = engine.check(make_repo({"README.md": card}))
    assert report.components["research-paper"].present
    assert not report.components["model-parameters-final"].present


def test_a_run_configuration_launching_a_trainer_from_elsewhere_declares_the_training_code_external(make_repo) -> None:
    """`configs/exp.yaml` with `entrypoint: flagscale/train/train_gpt.py` and no such script in the tree: the training
    code lives in the trainer's repository (DOMAIN §8: declared elsewhere, not missing). With the script in the tree
    the file scan counts it in-repo; a configuration naming no training script declares nothing."""
    from openwash import engine

    config = "experiment:\n  task:\n    type: train\n    backend: megatron\n    entrypoint: flagscale/train/train_gpt.py\n"
    root = make_repo({"README.md": "# Acme\n", "configs/exp.yaml": config})
    comp = engine.check(root).components["training-code"]
    assert (comp.present, comp.availability) == (True, "external")
    assert [(e.path, e.line) for e in comp.evidence] == [("configs/exp.yaml", 5)]
    root = make_repo({"README.md": "# Acme\n", "configs/exp.yaml": config.replace("flagscale/train/train_gpt.py", "serve.py")})
    assert engine.check(root).components["training-code"].present is False


def test_a_script_that_splits_the_data_is_data_preparation_not_training(make_repo):
    """`split_train_valid.py` beside fine-tuning scripts divides a dataset: it trains nothing, so the scripts that do
    train are all fine-tuning ones (and a from-scratch model's pre-training code is then missing)."""
    root = make_repo(
        {
            "tasks/splice/run_splice_finetuning.py": "x = 1\n",
            "tasks/splice/split_train_valid.py": "x = 1\n",
            "tasks/data/train_test_split.py": "x = 1\n",
        }
    )
    ctx = build_ctx(root)
    assert [e.path for e in comp(ctx, "training-code").evidence] == ["tasks/splice/run_splice_finetuning.py"]
    assert ctx.facts["training_code_kind"] == "fine-tuning"
    assert {e.path for e in comp(ctx, "data-preprocessing-code").evidence} >= {"tasks/splice/split_train_valid.py"}


@pytest.mark.parametrize(
    ("path", "weights"),
    [
        ("pkg/models/model-0.4.0.pkl", True),  # filed as a model
        ("xgb_regressor.joblib", True),  # named as one
        ("pkg/data/features.pkl", False),  # other pickles are data
        ("cache.pickle", False),
    ],
)
def test_a_pickled_estimator_named_or_filed_as_a_model_is_the_weights(make_repo, path, weights):
    ctx = build_ctx(make_repo({path: b"\x80\x04N."}))
    assert comp(ctx, "model-parameters-final").present is weights


@pytest.mark.parametrize(
    ("line", "withheld"),
    [
        ("Our training data is not publicly available.", True),
        ("The internal dataset will not be released.", True),
        ("The evaluation per horizon is not available for this model, as it is not provided by the open-meteo data.", False),
        ("We used a temperature of 0 except where that was impossible or not available; see the dataset card.", False),
        # a kind of input the model supports, not its training data
        ("In addition, TTM also supports exogenous infusion and categorical data which is not released as part of this version.", False),
        ("Part of the training data it supports learning from is internal and not released.", True),
    ],
)
def test_not_available_withholds_data_only_when_the_data_is_what_is_not_available(make_repo, line, withheld):
    ctx = build_ctx(make_repo({"README.md": "# M\n\n" + line + "\n"}))
    assert bool((ctx.facts.get("data_information") or {}).get("withheld")) is withheld


def test_a_script_that_builds_a_data_set_prepares_data_even_in_a_training_folder(make_repo):
    """`pretrain/build_pretraining_dataset.py` builds the corpus; only `pretrain/run_pretraining.py` trains."""
    root = make_repo(
        {
            "pretrain/build_pretraining_dataset.py": "x = 1\n",
            "pretrain/build_pretrain_corpus.py": "x = 1\n",
            "train/prepare_data.py": "x = 1\n",
            "pretrain/run_pretraining.py": "x = 1\n",
        }
    )
    ctx = build_ctx(root)
    assert [e.path for e in comp(ctx, "training-code").evidence] == ["pretrain/run_pretraining.py"]
    prep = {e.path for e in comp(ctx, "data-preprocessing-code").evidence}
    assert {"pretrain/build_pretraining_dataset.py", "pretrain/build_pretrain_corpus.py", "train/prepare_data.py"} <= prep


@pytest.mark.parametrize(
    ("files", "kind"),
    [
        # a folder named for fine-tuning among other words holds fine-tuning code
        (["finetune/train_predictor.py", "finetune_csv/train_sequential.py"], "fine-tuning"),
        (["lora_training/train.py"], "fine-tuning"),
        # an algorithm's folder inside a training framework does not: the framework trains whatever it is given
        (["verl/trainer/main_ppo.py", "verl/trainer/ppo/ray_trainer.py"], "full"),
    ],
)
def test_a_folder_named_for_fine_tuning_holds_fine_tuning_code(make_repo, files, kind):
    ctx = build_ctx(make_repo({path: "x = 1\n" for path in files}))
    assert ctx.facts["training_code_kind"] == kind
