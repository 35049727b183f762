"""Where the release's own weights are, when the card that speaks for it has no download link.

The release's identity (owner and name, here from an `owner__name` checkout) decides: a Hub model bearing
its own name in a fine-tuning guide, or its own package loading a checkpoint by name, is a download route;
another project's model or package is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from openwash import engine

MIT = "MIT License\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"


def _repo(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "acme__moonbeam"
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _weights(root: Path) -> tuple[bool, str]:
    comp = engine.check(root).components["model-parameters-final"]
    return comp.present, comp.availability


def test_a_hub_link_to_the_releases_own_model_in_a_guide_shows_the_weights(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        {
            "README.md": "# Moonbeam\n\nA small vision language model.\n",
            "finetune/README.md": "## Base model\n\nDownload it from [the Hub](https://huggingface.co/acme-ai/moonbeam2/tree/main).\n",
        },
    )
    assert _weights(root) == (True, "external")


def test_a_hub_link_to_another_projects_model_in_a_guide_is_no_download_route(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        {
            "README.md": "# Moonbeam\n\nA small vision language model.\n",
            "finetune/README.md": "Compare with [Sunray](https://huggingface.co/other-lab/sunray-7b).\n",
        },
    )
    assert _weights(root) == (False, "absent")


def test_the_releases_own_package_loading_a_checkpoint_by_name_is_a_download_route(tmp_path: Path) -> None:
    card = "# Moonbeam\n\n```python\nimport moonbeam\nmodel = moonbeam.load(\"ViT-B/32\", device=device)\n```\n"
    assert _weights(_repo(tmp_path, {"README.md": card, "LICENSE": MIT})) == (True, "external")


@pytest.mark.parametrize(
    "code",
    [
        "from moon_beam import load_models, infer\nmodels = load_models('Moon-en', device)",
        "import moon_beam\nmodel = moon_beam.load(\"base\")",
    ],
)
def test_the_own_package_is_recognised_under_its_python_spelling(tmp_path: Path, code: str) -> None:
    """The package `moon_beam` is the release `MoonBeam`: names compare without case or punctuation."""
    card = f"# MoonBeam\n\n```python\n{code}\n```\n"
    assert _weights(_repo(tmp_path, {"README.md": card, "LICENSE": MIT})) == (True, "external")


def test_the_releases_own_command_line_tool_downloading_a_checkpoint_is_a_route(tmp_path: Path) -> None:
    card = "# Moonbeam\n\n### Downloading Model Weights\n\n```bash\nmoonbeam download mb-sapiens\n```\n"
    assert _weights(_repo(tmp_path, {"README.md": card, "LICENSE": MIT})) == (True, "external")
    # another tool's download sub-command is not the release's route
    other = card.replace("moonbeam download", "gsutil download")
    assert _weights(_repo(tmp_path / "other", {"README.md": other, "LICENSE": MIT})) == (False, "absent")


def test_another_package_loading_a_file_is_no_download_route(tmp_path: Path) -> None:
    card = "# Moonbeam\n\n```python\nstate = torch.load(\"model.pt\")\ncfg = yaml.load('config')\n```\n"
    assert _weights(_repo(tmp_path, {"README.md": card, "LICENSE": MIT})) == (False, "absent")


def test_a_license_line_pasted_beside_base_model_in_prose_is_judged_against_that_base(tmp_path: Path) -> None:
    # Hub front matter pasted below a line no longer starts the file: GitHub renders it as prose, but
    # its `license:` and `base_model:` lines still describe one model.
    card = (
        "[README.md](https://example.org/README.md)\n---\nlicense: apache-2.0\n"
        "base_model: meta-llama/Llama-3.1-8B-Instruct\ntags:\n  - lora\n---\n\n# Moonbeam adapter\n"
    )
    report = engine.check(_repo(tmp_path, {"README.md": card}))
    assert any(f.rule == "OW301" and f.line == 3 for f in report.findings)
    assert report.verdict.overreach


def test_a_license_line_and_a_base_model_in_separate_paragraphs_are_not_tied(tmp_path: Path) -> None:
    card = (
        "# Moonbeam\n\nlicense: apache-2.0\n\nThis guide also shows how to tune\n"
        "base_model: meta-llama/Llama-3.1-8B-Instruct\n"
    )
    report = engine.check(_repo(tmp_path, {"README.md": card}))
    assert not any(f.rule == "OW301" for f in report.findings)


def test_a_list_entry_about_another_project_does_not_lend_its_training_code(tmp_path: Path) -> None:
    card = (
        "# Moonbeam\n\n## Community works\n\n"
        "- [Animator](https://github.com/other-lab/Animator), based on **Moonbeam-14B**, has open-sourced "
        "the inference and training code.\n"
    )
    comp = engine.check(_repo(tmp_path, {"README.md": card})).components["training-code"]
    assert not comp.present


def test_a_codebase_holding_the_pipeline_to_pretrain_is_training_code_elsewhere(tmp_path: Path) -> None:
    card = "# Moonbeam\n\nWe release an open codebase [OpenMB](https://github.com/acme/openmb), which contains the whole pipeline to pre-train and fine-tune Moonbeam.\n"
    comp = engine.check(_repo(tmp_path, {"README.md": card})).components["training-code"]
    assert (comp.present, comp.availability) == (True, "external")


def test_a_list_entry_linking_the_training_code_is_training_code(tmp_path: Path) -> None:
    card = "# Moonbeam\n\n- [Training code](https://github.com/acme/moonbeam-train): the training code used to train Moonbeam.\n"
    comp = engine.check(_repo(tmp_path, {"README.md": card})).components["training-code"]
    assert comp.present


def test_a_hub_collection_said_to_hold_the_models_shows_the_weights(tmp_path: Path) -> None:
    card = (
        "# Moonbeam\n\nWe provide links to models pretrained on our data via the Moonbeam collection on the Hub, "
        "found [here](https://huggingface.co/collections/acme/moonbeam-66993843).\n"
    )
    assert _weights(_repo(tmp_path, {"README.md": card})) == (True, "external")


def test_a_hub_collection_of_datasets_is_no_download_route(tmp_path: Path) -> None:
    card = "# Moonbeam\n\nThe data pools are in [this collection](https://huggingface.co/collections/acme/pools-1234).\n"
    assert _weights(_repo(tmp_path, {"README.md": card})) == (False, "absent")


def test_an_experiment_checkpoint_of_the_own_organisation_in_a_log_is_not_the_releases_weights(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        {
            "README.md": "# Moonbeam\n\nA workshop on training large models.\n",
            "train/fixes.md": "Checkpoints went to https://huggingface.co/acme/tr3-1B3-checkpoints during the run.\n",
        },
    )
    assert _weights(root) == (False, "absent")


APACHE = "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n"


def _family_repo(tmp_path: Path, name: str, card: str) -> Path:
    root = tmp_path / name
    root.mkdir()
    (root / "README.md").write_text(card, encoding="utf-8")
    return root


def test_the_publisher_of_a_fully_open_family_brings_its_known_training_code_and_data_along(tmp_path: Path) -> None:
    card = "# Pythia\n\nWeights: [pythia-6.9b](https://huggingface.co/EleutherAI/pythia-6.9b).\n"
    report = engine.check(_family_repo(tmp_path, "EleutherAI__pythia", card))
    for key in ("training-code", "data-information"):
        comp = report.components[key]
        assert (comp.present, comp.availability) == (True, "external"), key
        assert "gpt-neox" in (comp.note or "") or "Pile" in (comp.note or ""), comp.note


def test_a_third_party_fine_tune_of_a_fully_open_family_does_not_inherit_its_openness(tmp_path: Path) -> None:
    card = "# Chatty\n\nFine-tuned from [pythia-6.9b](https://huggingface.co/EleutherAI/pythia-6.9b).\n"
    report = engine.check(_family_repo(tmp_path, "someone__chatty", card))
    assert not report.components["training-code"].present
    assert not report.components["data-information"].present


def test_another_organisations_model_named_after_a_fully_open_design_does_not_inherit_its_openness(tmp_path: Path) -> None:
    # trained from scratch on a GPT-Neo design by another organisation: its recipe is its own, not EleutherAI's
    card = "# Mengzi\n\n* [Mengzi-GPT-neo-base](https://huggingface.co/Langboat/mengzi-gpt-neo-base)\n"
    report = engine.check(_family_repo(tmp_path, "Langboat__Mengzi", card))
    assert not report.components["training-code"].present
    assert not report.components["data-information"].present


@pytest.mark.parametrize(
    "front_matter",
    ["base_model: LLM360/Amber\nquantized_by: someone", "base_model: LLM360/Amber\ntags:\n- gguf", "base_model: LLM360/Amber\nbase_model_relation: quantized"],
)
def test_a_quantisation_of_a_fully_open_model_brings_the_familys_known_openness_along(tmp_path: Path, front_matter: str) -> None:
    card = f"---\nlicense: apache-2.0\n{front_matter}\n---\n# Amber GGUF\n\nGGUF files of LLM360's Amber.\n"
    report = engine.check(_family_repo(tmp_path, "someone__amber-gguf", card))
    for key in ("training-code", "data-information"):
        comp = report.components[key]
        assert (comp.present, comp.availability) == (True, "external"), key
        assert "quantisation" in (comp.note or ""), comp.note


def test_a_fine_tune_named_in_front_matter_is_not_a_quantisation(tmp_path: Path) -> None:
    card = "---\nlicense: apache-2.0\nbase_model: LLM360/Amber\nbase_model_relation: finetune\n---\n# Chatty Amber\n\nFine-tuned on our chats.\n"
    report = engine.check(_family_repo(tmp_path, "someone__chatty-amber", card))
    assert not report.components["training-code"].present
    assert not report.components["data-information"].present


def test_every_open_family_entry_names_its_source_and_check_date_and_a_lineage_key() -> None:
    import json

    from openwash import lineage

    data = json.loads((Path(engine.__file__).parent / "data" / "open_families.json").read_text(encoding="utf-8"))
    keys = {e.key for e in lineage.entries()}
    for entry in data["families"]:
        assert entry["key"] in keys, entry["key"]
        assert entry["source"].startswith("https://") and entry["checked"] and "verified" in entry, entry["key"]
        assert all(entry[c] for c in ("training-code", "model-architecture", "data-information")), entry["key"]


def _finetune_repo(tmp_path: Path, guide: str, extra: dict[str, str] | None = None) -> Path:
    root = tmp_path / "acme__Acme-VL"
    files = {
        "README.md": "# Acme-VL\n\nAcme-VL is an open-source vision-language model built on Qwen2.5-7B.\n\n"
        "Weights: [Acme-VL](https://huggingface.co/acme/Acme-VL). Licensed under Apache-2.0.\n\n"
        "## Training data\n\nWe trained on 3M image-text pairs from LAION-5B and CC12M, filtered for quality and deduplicated.\n",
        "LICENSE": APACHE,
        "finetune/readme.md": guide,
        "finetune/finetune.py": "stub\n",
        "finetune/finetune_lora.sh": "stub\n",
        "acme/train/train_utils.py": "stub\n",
        "acme/model.py": "stub\n",
        **(extra or {}),
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_scripts_to_fine_tune_the_released_models_are_not_the_code_that_trained_them(tmp_path: Path) -> None:
    guide = "# Finetuning\n\nWe offer scripts for easy finetuning of the pretrained **Acme-VL 2.0** on downstream tasks.\n"
    report = engine.check(_finetune_repo(tmp_path, guide))
    assert report.profiles["osaid"].status == "non-conformant"
    assert any("scripts to fine-tune the released models (finetune/readme.md:3)" in m for m in report.profiles["osaid"].missing)


def test_a_derivatives_fine_tuning_code_that_does_not_name_the_release_is_its_training_code(tmp_path: Path) -> None:
    guide = "# Finetuning\n\nThe script we used to fine-tune Qwen2.5-7B on our image-text pairs.\n"
    report = engine.check(_finetune_repo(tmp_path, guide))
    assert not any("fine-tune" in m or "fine-tuning" in m for m in report.profiles["osaid"].missing)


@pytest.mark.parametrize(("owner", "only_finetuning"), [("LLM360", False), ("someone", True)])
def test_fine_tuning_code_in_a_fully_open_family_s_own_repository_is_not_all_its_training_code(
    tmp_path: Path, owner: str, only_finetuning: bool
) -> None:
    """LLM360's crystalcoder-train ships instruction-tuning code; CrystalCoder's pre-training code is known (an
    open family, `data/open_families.json`), so OSAID does not call the code 'only fine-tuning'. A third party's
    repository with the same files gets no such knowledge."""
    root = tmp_path / f"{owner}__crystalcoder-train"
    files = {
        "README.md": "# CrystalCoder training\n\nThe training code for [CrystalCoder](https://huggingface.co/LLM360/CrystalCoder).\n",
        "LICENSE": MIT,
        "finetune/finetune_sft.py": "stub\n",
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    missing = engine.check(root).profiles["osaid"].missing
    assert any("only fine-tuning" in m or "only scripts to fine-tune" in m for m in missing) is only_finetuning


@pytest.mark.parametrize(("readme", "severity"), [
    ("# Moonbeam\n\nDownload the weights from [the Hub](https://huggingface.co/acme/moonbeam-7b) into `ckpt/`.\n", "warning"),
    ("# Moonbeam\n\nA model.\n", "error"),
])
def test_a_weight_index_without_any_shard_is_a_skeleton_only_when_the_weights_are_linked(tmp_path: Path, readme: str, severity: str) -> None:
    import json

    index = json.dumps({"weight_map": {"a": "model-00001-of-00002.safetensors", "b": "model-00002-of-00002.safetensors"}})
    root = _repo(tmp_path, {"README.md": readme, "LICENSE": MIT, "ckpt/model.safetensors.index.json": index, "ckpt/config.json": "{}"})
    [finding] = [f for f in engine.check(root).findings if f.rule == "OW401"]
    assert finding.severity == severity


@pytest.mark.parametrize(
    "card",
    [
        # a Google Cloud Storage bucket, an S3 bucket, a gs:// address, on a line (or after a line) about the weights
        "Pre-trained weights and sample data are available on our [Google Cloud\nBucket](https://console.cloud.google.com/storage/browser/acme_mb).\n",
        "Download the model weights from https://acme-models.s3.amazonaws.com/moonbeam/ .\n",
        "The checkpoints live at gs://acme-models/moonbeam/.\n",
        # the checkpoints' licence named after the link does not make the link a licence
        "Pre-trained checkpoints are available for download [on Google Cloud Storage](https://console.cloud.google.com/storage/browser/"
        "acme/models). All checkpoints are distributed under the Creative Commons Attribution-ShareAlike 4.0 license.\n",
        # an archive of any common compression on a line about the weights
        "[Download slim weights (bf16, 9GB)](https://files.example.org/moonbeam/step_383500_slim.tar.zstd)\n",
        # a code host's release page or folder that the line says holds the pre-trained models
        "For the latest release, including pre-trained models and checkpoints, `see the latest release on GitHub "
        "<https://github.com/acme/moonbeam/releases/latest>`_.\n",
        "Download the translation models from https://github.com/acme/moonbeam-train/tree/master/models and unpack them.\n",
        # the release's own package fetching its weights, or its words that they are fetched automatically
        "```python\nfrom moonbeam import get_pytorch_moonbeam_model\nmodel, vocab = get_pytorch_moonbeam_model()\n```\n",
        "By default, weights are automatically downloaded and stored in <package_root>/downloads.\n",
        "To generate speech with our pre-trained models, run (required models will be downloaded from HuggingFace):\n",
    ],
)
def test_weights_served_from_storage_archives_code_hosts_or_the_own_package_are_released(tmp_path: Path, card: str) -> None:
    assert _weights(_repo(tmp_path, {"README.md": f"# Moonbeam\n\n{card}", "LICENSE": MIT})) == (True, "external")


@pytest.mark.parametrize(
    "card",
    [
        "The released model weights are licensed under [LICENSE_MODEL](https://github.com/acme/moonbeam/blob/main/LICENSE_MODEL).\n",
        "Prebuilt binaries are [available](https://github.com/acme/moonbeam/releases/tag/v0.9.3).\n",
        "We fine-tuned the pre-trained model from https://github.com/other-lab/sunray/releases (the base model).\n",
        "The dataset is on our [bucket](https://storage.googleapis.com/acme-data/corpus/).\n",
        "The model weights are covered by [the License](https://drive.google.com/file/d/abc123/view).\n",
        "```python\nfrom transformers import get_pretrained_model\n```\n",
        "The base model weights are automatically downloaded from the Hub.\n",
    ],
)
def test_licence_links_binaries_base_models_data_and_other_packages_are_no_weights_route(tmp_path: Path, card: str) -> None:
    assert _weights(_repo(tmp_path, {"README.md": f"# Moonbeam\n\n{card}", "LICENSE": MIT})) == (False, "absent")


def test_a_download_script_for_the_parameters_and_data_on_an_open_data_registry_count(tmp_path: Path) -> None:
    root = _repo(
        tmp_path,
        {
            "README.md": "# Moonbeam\n\nA protein structure model.\n",
            "scripts/download_moonbeam_params.sh": "#!/bin/sh\n",
            # a documentation site's pages (Sphinx's docs/source/) speak for the release
            "docs/source/training.md": "The alignments required to train Moonbeam are freely available at the "
            "[Registry of Open Data on AWS](https://registry.opendata.aws/moonbeam/).\n",
        },
    )
    report = engine.check(root)
    assert report.components["model-parameters-final"].present
    assert report.components["datasets"].availability == "external"


def test_a_hub_link_to_the_releases_own_model_on_the_line_naming_its_base_shows_the_weights(tmp_path: Path) -> None:
    line = "Moonbeam-V2 is built on top of Sunray-Base, which can be downloaded from [HF](https://huggingface.co/acme/Moonbeam-V2)."
    assert _weights(_repo(tmp_path / "own", {"README.md": f"# Moonbeam\n\n{line}\n"})) == (True, "external")
    # the base's own repository on that line is the base's, not a route to this release
    other = line.replace("acme/Moonbeam-V2", "sunlab/Sunray-Base")
    assert _weights(_repo(tmp_path / "base", {"README.md": f"# Moonbeam\n\n{other}\n"}))[0] is False


def test_the_releases_own_hub_organisation_behind_a_badge_shows_the_weights(tmp_path: Path) -> None:
    badge = '<a href="https://huggingface.co/acme"><img alt="Hugging Face" src="https://img.shields.io/badge/Hugging%20Face-Moonbeam-ffc107"/></a>'
    assert _weights(_repo(tmp_path / "badge", {"README.md": f"# Moonbeam\n\n{badge}\n"})) == (True, "external")
    # a profile in a list of contacts is not where the weights are, nor is another organisation's page
    contact = "## Contact\n\n- **Hugging Face**: [@acme](https://huggingface.co/acme)\n"
    assert _weights(_repo(tmp_path / "contact", {"README.md": f"# Moonbeam\n\n{contact}"}))[0] is False
    other = badge.replace("huggingface.co/acme", "huggingface.co/sunlab")
    assert _weights(_repo(tmp_path / "other", {"README.md": f"# Moonbeam\n\n{other}\n"}))[0] is False


@pytest.mark.parametrize(
    "opening",
    [
        "This repository contains the dataset and trained weights for **DreamDoom**, a video model.",
        "Pre-trained checkpoint for **Heist: Hierarchical Embeddings** (ICLR 2026).",
        "This repo contains 4bit GPTQ format quantised models of Moonbeam 13B.",
        "## Repository Contents\n\n- `moonbeam-135m-q8_0.gguf` - Main model file (Q8_0 quantized)\n- `tokenizer.json` - Model tokenizer file",
    ],
)
def test_a_hub_card_that_says_its_repository_holds_the_weights_shows_them(tmp_path: Path, opening: str) -> None:
    """A root card with Hugging Face front matter is its Hub repository's card: when it says that repository holds the
    weights, they sit beside it there. The same words in a README without Hub front matter prove nothing."""
    card = f"---\nlicense: mit\nlibrary_name: pytorch\n---\n\n# Moonbeam\n\n{opening}\n"
    assert _weights(_repo(tmp_path, {"README.md": card})) == (True, "external")
    plain = f"# Moonbeam\n\n{opening}\n"
    assert _weights(_repo(tmp_path / "plain", {"README.md": plain})) == (False, "absent")


def test_a_model_of_the_owners_hub_organisation_on_a_page_the_root_index_links_shows_the_weights(tmp_path: Path) -> None:
    """A root README that is an index of the release's parts: the Hub models of the owner's own organisation on a page
    it links are the release's weights, whatever their names; on a page it does not link, or under an organisation
    that is not the owner's, they are not."""
    page = "## Sunray\n\nModels: [Sunray-0.6B](https://huggingface.co/{org}/Sunray-0.6B).\n"
    index = "# Moonbeam\n\nOur embedding works:\n\n- [Sunray](./sunray/README.md)\n"
    linked = _repo(tmp_path / "a", {"README.md": index, "sunray/README.md": page.format(org="acme")})
    assert _weights(linked) == (True, "external")
    folder_link = _repo(tmp_path / "b", {"README.md": index.replace("./sunray/README.md", "sunray/"), "sunray/README.md": page.format(org="acme")})
    assert _weights(folder_link) == (True, "external")
    unlinked = _repo(tmp_path / "c", {"README.md": "# Moonbeam\n\nOur embedding works.\n", "sunray/README.md": page.format(org="acme")})
    assert _weights(unlinked) == (False, "absent")
    other = _repo(tmp_path / "d", {"README.md": index, "sunray/README.md": page.format(org="sunray-lab")})
    assert _weights(other) == (False, "absent")
