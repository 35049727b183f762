"""Well-known public datasets named as training data are data information (OSAID: public data listed)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openwash import engine
from openwash.evidence.data import known_datasets


@pytest.mark.parametrize(
    "text",
    [
        "## HOW TO TRAIN Acme on Pile (332G tokens) ##\n\nRun the script.\n",
        "The model was pre-trained on FineWeb-Edu and The Stack v2.\n",
        "本模型在维基百科和悟道语料上进行预训练。\n",
        # the same sub-section under a heading that describes the release, not a how-to
        "## Data\n\n### 1. Autoencoder Training Data\n\nThe autoencoder was trained on ImageNet-1K.\n",
    ],
)
def test_a_public_dataset_named_as_training_data_is_data_information(make_repo: Any, text: str) -> None:
    report = engine.check(make_repo({"README.md": "# Acme\n\n" + text}))
    assert report.components["data-information"].present


@pytest.mark.parametrize(
    "text",
    [
        "For advanced users, we provide training scripts in `examples/libritts`.\n",
        "Training recipe: see [the recipe](https://example.org/recipes/librispeech/train.sh).\n",
        "We evaluate on ImageNet and COCO.\n", "See the Wikipedia article on transformers.\n", "Results on the Pile test set are below.\n",
        # a benchmark known by its name, and a data section that tells users how to prepare their own data
        "* 2025-02-17: we release [AcmeEval-Audio-360](https://huggingface.co/datasets/acme/AcmeEval-Audio-360).\n",
        "* 2025年2月17日: 发布多轮音频交互基准测试[Acme-360](https://huggingface.co/datasets/acme/Acme-360)。\n",
        "## Data Preparation\n\nTo train a TTS model, prepare the audio files and a metadata file in the following format, one line per clip.\n",
        # a guide whose title is a how-to: its "## Image Dataset" section shapes the user's own data
        "## Custom Dataset Preparation for Training\n\n### Image Dataset\n\nImage datasets are used for training models to "
        "understand visual content; this section explains how to structure your image dataset and its annotations.\n",
        # an instruction that opens with the verb: fine-tuning on the user's own choice of data
        "## Training\n\n### Finetune on LeRobot Datasets\n\nBefore training, please refer to the workspace guide for the "
        "configuration of paths, GPUs, the model and the data you want to fine-tune on.\n",
        # a known dataset offered as an example of what a user may bring, in a how-to section's training sub-section
        "## Data Preparation\n\n### 1. Autoencoder Training Data\n\nAny large-scale image dataset works (e.g., ImageNet-1K). "
        "Update the configuration files.\n",
        # one sample file served from a dataset repository, in a usage example
        "```python\nimage_path = \"https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/cat.png\"\n```\n",
    ],
)
def test_a_dataset_named_outside_training_is_not_data_information(make_repo: Any, text: str) -> None:
    report = engine.check(make_repo({"README.md": "# Acme\n\n" + text}))
    assert not report.components["data-information"].present


def test_a_benchmark_dataset_link_is_evaluation_data(make_repo: Any) -> None:
    card = "# Acme\n\nWe release [AcmeEval-Audio-360](https://huggingface.co/datasets/acme/AcmeEval-Audio-360).\n"
    report = engine.check(make_repo({"README.md": card}))
    assert report.components["evaluation-data"].present and not report.components["datasets"].present


def test_where_to_download_the_pretraining_dataset_is_data_information(make_repo: Any) -> None:
    card = "# Acme\n\nTo download the pretraining dataset from the [Acme Robot Dataset](https://example.org/acme-data), run the script.\n"
    assert engine.check(make_repo({"README.md": card})).components["data-information"].present


def test_a_sentence_on_getting_the_datasets_used_to_train_the_model_is_data_information(make_repo: Any) -> None:
    card = "# Acme\n\nThe scripts in `datasets/` download and process a selection of the datasets used to train the original model.\n"
    assert engine.check(make_repo({"README.md": card})).components["data-information"].present
    # the same words about evaluation data are not
    card = "# Acme\n\nThe scripts in `bench/` download the datasets used to evaluate the original model.\n"
    assert not engine.check(make_repo({"README.md": card})).components["data-information"].present


def test_the_data_readme_of_the_releases_own_package_is_its_data_card(make_repo: Any) -> None:
    """`basic_pitch/data/README.md` ("# Data / Training … download and process the datasets used to train the original
    model") describes the package's training data like a top-level `data/README.md`; a README two folders further
    down is a sub-project's."""
    doc = "# Data / Training\n\nScripts here download and process the datasets used to train the original model.\n"
    files = {"README.md": "# Acme\n\nA pitch tracker.\n", "acme/data/README.md": doc}
    assert engine.check(make_repo(files)).components["data-card"].present
    deeper = {"README.md": "# Acme\n\nA pitch tracker.\n", "tools/x/data/README.md": doc}
    assert not engine.check(make_repo(deeper)).components["data-card"].present


def test_a_data_section_describing_the_training_data_is_still_data_information(make_repo: Any) -> None:
    card = "# Acme\n\n## Training Data\n\nWe trained on 2T tokens of English web text filtered for quality, plus code from permissive repositories.\n"
    assert engine.check(make_repo({"README.md": card})).components["data-information"].present


def test_every_known_dataset_names_its_terms_and_their_source() -> None:
    from pathlib import Path

    import openwash

    raw = json.loads((Path(openwash.__file__).parent / "data" / "datasets.json").read_text(encoding="utf-8"))
    for item in raw["datasets"]:
        assert item["source"].startswith("https://") and item["checked"] and "verified" in item, item["key"]
        assert item["verified"] or item.get("provenance"), f"{item['key']}: an unverified entry must say why"
    assert len(known_datasets()) == len(raw["datasets"])


def test_a_sample_file_from_a_dataset_repository_is_not_a_dataset(make_repo: Any) -> None:
    card = "# Acme\n\nTry it on [this image](https://huggingface.co/datasets/acme/samples/resolve/main/cat.png).\n"
    report = engine.check(make_repo({"README.md": card}))
    assert not report.components["datasets"].present
    card = "# Acme\n\nTrained on [acme/corpus](https://huggingface.co/datasets/acme/corpus).\n"
    assert engine.check(make_repo({"README.md": card})).components["datasets"].present


@pytest.mark.parametrize("heading", ["### 声明", "## Disclaimer", "## 免责声明"])
def test_a_disclaimer_about_the_training_datas_compliance_is_no_data_information(make_repo: Any, heading: str) -> None:
    """"我们已经尽我们所能，来确保模型训练过程中使用的数据的合规性" under a statement heading declines responsibility for
    the data; it does not say what the data is. The same sentence in an overview still counts (it names AcmeChat)."""
    line = "我们已经尽我们所能，来确保 AcmeChat 模型训练过程中使用的数据的合规性。"
    card = f"# AcmeChat\n\n{heading}\n\n{line}\n"
    assert not engine.check(make_repo({"README.md": card})).components["data-information"].present
    card = f"# AcmeChat\n\n## 简介\n\n{line}\n"
    assert engine.check(make_repo({"README.md": card})).components["data-information"].present


@pytest.mark.parametrize("heading", ["## 3. Dataset and Experiment Settings", "## 1. Data Configuration"])
def test_a_section_of_dataset_settings_is_no_data_information(make_repo: Any, heading: str) -> None:
    """"## Dataset and Experiment Settings" documents the trainer's options (`--dataset_path`); it says how to point the
    trainer at data, not what the release was trained on. The same words under "## Training Data" do."""
    body = (
        "1. **`--dataset_path`**: the path to the dataset in the Huggingface dataset format. The default value is "
        '"./zh_lora_dataset". You need to ensure that the dataset is correctly formatted.\n'
    )
    card = f"# Acme\n\n{heading}\n{body}"
    assert not engine.check(make_repo({"README.md": card})).components["data-information"].present
    card = f"# Acme\n\n## Training Data\n{body}"
    assert engine.check(make_repo({"README.md": card})).components["data-information"].present
