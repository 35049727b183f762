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
        "We evaluate on ImageNet and COCO.\n", "See the Wikipedia article on transformers.\n", "Results on the Pile test set are below.\n"],
)
def test_a_dataset_named_outside_training_is_not_data_information(make_repo: Any, text: str) -> None:
    report = engine.check(make_repo({"README.md": "# Acme\n\n" + text}))
    assert not report.components["data-information"].present


def test_every_known_dataset_names_its_terms_and_their_source() -> None:
    from pathlib import Path

    import openwash

    raw = json.loads((Path(openwash.__file__).parent / "data" / "datasets.json").read_text(encoding="utf-8"))
    for item in raw["datasets"]:
        assert item["source"].startswith("https://") and item["checked"] and "verified" in item, item["key"]
        assert item["verified"] or item.get("provenance"), f"{item['key']}: an unverified entry must say why"
    assert len(known_datasets()) == len(raw["datasets"])
