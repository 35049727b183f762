"""evidence: gated routes without a link (request forms, Hub gating keys), weight URLs on code hosts,
and shard paths that leave their index's folder (OW402)."""

from __future__ import annotations

import pytest

import json

from test_evidence import POINTER, build_ctx, comp, run_rule

LFS = {"model.safetensors": POINTER, ".gitattributes": "*.safetensors filter=lfs diff=lfs merge=lfs -text\n"}


def weights(ctx):
    return comp(ctx, "model-parameters-final")


def site_kinds(ctx) -> list[str]:
    return [site["kind"] for site in ctx.facts["weights_links"]]


# --- a request for the weights with no link to them ------------------------------------


def test_request_form_in_a_weights_section_is_a_gated_route(make_repo):
    readme = (
        "# M\n\n## Getting the weights\n\n"
        "The weights are available upon request: fill in the [form](https://forms.example.org/m).\n"
        "We answer within a week.\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    w = weights(ctx)
    assert w.present and w.availability == "gated"
    assert [(e.path, e.line) for e in w.evidence] == [("README.md", 5)]
    assert ctx.facts["weights_links"] == [
        {"path": "README.md", "line": 5, "kind": "request", "target": "https://forms.example.org/m", "gated": True, "gate": "available upon request"}
    ]
    findings = run_rule(ctx, "OW405")
    assert [(f.path, f.line) for f in findings] == [("README.md", 5)]


def test_weights_one_reaches_after_acknowledging_a_usage_licence_are_gated(make_repo):
    line = "You can access model weights at the [Acme PhysioNet](https://physionet.example.org/content/acme/1.0.0/) after acknowledging the usage license."
    w = weights(build_ctx(make_repo({"README.md": f"# M\n\n## Files\n\n{line}\n"})))
    assert (w.availability, [e.line for e in w.evidence]) == ("gated", [5])


def test_apply_for_access_under_a_neutral_heading_when_the_line_names_the_checkpoints(make_repo):
    readme = "# M\n\n## Availability\n\nResearchers can apply for access to the checkpoints by e-mail.\n"
    w = weights(build_ctx(make_repo({"README.md": readme})))
    assert w.availability == "gated" and w.evidence[0].line == 5


def test_chinese_application_for_the_weights_is_a_gated_route(make_repo):
    readme = "# 模型\n\n## 模型权重\n\n请填写申请表，审核通过后我们将通过邮件发送下载链接。\n"
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert weights(ctx).availability == "gated"
    assert site_kinds(ctx) == ["request"]


def test_a_request_for_data_or_code_is_not_a_weights_route(make_repo):
    readme = (
        "# M\n\n## Training data\n\nThe training data is available upon request.\n\n"
        "## Model\n\nThe preprocessing code is available upon request.\n\n"
        "## Release\n\nWe describe the weights below.\nThe evaluation data is available upon request.\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert not weights(ctx).present
    assert ctx.facts["weights_links"] == []
    assert ctx.facts["gating_phrases"]  # the phrases are still recorded


def test_registration_for_commercial_use_is_a_licence_condition_not_a_gate(make_repo):
    readme = "# 模型\n\n## 模型下载\n\n如需商用，请填写问卷申请授权。\n"
    assert not weights(build_ctx(make_repo({"README.md": readme}))).present


def test_a_base_models_gate_is_not_this_releases_route(make_repo):
    readme = "# M\n\n## Weights\n\nThe base model is gated: request access to Llama 2 on the Hub first.\n"
    assert not weights(build_ctx(make_repo({"README.md": readme}))).present


def test_login_alone_is_not_a_route(make_repo):
    # A login says how to reach a route; with no route in the section there is nothing to gate.
    readme = "# M\n\n## Weights\n\nRun `huggingface-cli login` before using the model.\n"
    assert not weights(build_ctx(make_repo({"README.md": readme}))).present


def test_a_request_section_beside_an_open_link_leaves_the_weights_external(make_repo):
    readme = (
        "# M\n\n## Download\n\nDownload the weights from https://huggingface.co/acme/m-7b\n\n"
        "## Full-precision weights\n\nThe fp32 weights are available upon request.\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    w = weights(ctx)
    assert w.availability == "external"
    assert "some download routes are gated" in (w.note or "")
    assert sorted(site_kinds(ctx)) == ["hub", "request"]


def test_a_request_in_a_section_that_already_has_a_route_adds_no_second_route(make_repo):
    readme = "# M\n\n## Download\n\nRequest access, then download from https://huggingface.co/acme/m-7b\n"
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert site_kinds(ctx) == ["hub"]
    assert weights(ctx).availability == "gated"


# --- Hugging Face gating keys in the card's front matter --------------------------------


def card(front: str, **files: str) -> dict[str, str]:
    return {"README.md": f"---\n{front}\n---\n# M\n\nA model.\n", **files}


def test_extra_gated_keys_gate_the_cards_repository(make_repo):
    front = (
        "license: apache-2.0\n"
        "extra_gated_prompt: You agree to share your contact information.\n"
        "extra_gated_fields:\n  Name: text\n  I will use the model for non-commercial purposes only: checkbox"
    )
    ctx = build_ctx(make_repo(card(front, **LFS)))
    w = weights(ctx)
    assert w.availability == "gated"
    assert [(e.path, e.line) for e in w.evidence] == [("README.md", 3), ("model.safetensors", 1)]
    assert "git lfs pull" not in (w.note or "")
    gate = ctx.facts["hub_gate"]
    assert (gate["path"], gate["line"], gate["key"], gate["root"]) == ("README.md", 3, "extra_gated_prompt", True)
    assert gate["terms"] == ["non-commercial"]
    assert ctx.facts["gated"][0]["line"] == 3
    assert [(f.path, f.line) for f in run_rule(ctx, "OW405")] == [("README.md", 3)]


def test_the_first_gating_key_in_the_file_is_the_evidence(make_repo):
    front = "license: mit\nextra_gated_button_content: Submit\nextra_gated_heading: Access M\nextra_gated_prompt: Accept the terms."
    ctx = build_ctx(make_repo(card(front, **LFS)))
    assert ctx.facts["hub_gate"]["key"] == "extra_gated_button_content"
    assert weights(ctx).evidence[0].line == 3


def test_gated_values(make_repo):
    for value, expected in (("manual", "gated"), ("auto", "gated"), ("true", "gated"), ("false", "lfs"), ('""', "lfs")):
        root = make_repo(card(f"license: mit\ngated: {value}", **LFS))
        assert weights(build_ctx(root)).availability == expected, value


def test_empty_extra_gated_prompt_does_not_gate(make_repo):
    ctx = build_ctx(make_repo(card('license: mit\nextra_gated_prompt: ""', **LFS)))
    assert weights(ctx).availability == "lfs" and ctx.facts["hub_gate"] is None


def test_a_gated_card_without_files_still_says_the_weights_sit_behind_the_gate(make_repo):
    ctx = build_ctx(make_repo(card("license: mit\ngated: true\nbase_model: acme/base")))
    w = weights(ctx)
    assert w.present and w.availability == "gated" and w.evidence[0].line == 3


def test_a_card_outside_the_root_gates_its_hub_copy_not_the_tree(make_repo):
    files = {
        "model_card/README.md": "---\nlicense: mit\nextra_gated_prompt: Request access.\n---\n# M\n",
        "model.safetensors": b"\x02\x00\x00\x00\x00\x00\x00\x00{}",
    }
    ctx = build_ctx(make_repo(files))
    assert weights(ctx).availability == "in-repo"
    assert ctx.facts["hub_gate"]["root"] is False
    assert [s["gated"] for s in ctx.facts["weights_links"]] == [True]


def test_a_gated_dataset_card_does_not_gate_the_weights(make_repo):
    files = {"DATA_CARD.md": "---\nlicense: cc-by-4.0\nextra_gated_prompt: Request access.\n---\n# Data\n", **LFS}
    ctx = build_ctx(make_repo(files))
    assert weights(ctx).availability == "lfs" and ctx.facts["hub_gate"] is None


# --- weight URLs on code hosts and data hosts -------------------------------------------


def test_github_release_asset_with_a_weight_suffix_is_a_weights_route(make_repo):
    readme = (
        "# M\n\n## Pretrained model\n\n"
        "Download [m_v1.pth](https://github.com/acme/m/releases/download/v1.0/m_v1.pth).\n\n"
        "The training code is at https://github.com/acme/m-train.\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    w = weights(ctx)
    assert w.availability == "external" and [(e.path, e.line) for e in w.evidence] == [("README.md", 5)]
    assert site_kinds(ctx) == ["direct-url"]
    assert [link["component"] for link in ctx.facts["code_links"]] == ["training-code"]


@pytest.mark.parametrize(
    ("line", "components"),
    [
        ("- **GitHub:** [acme/m-train](https://github.com/acme/m-train) — full training code, ablation runner", ["training-code", "model-architecture"]),
        ("The model implementation is at https://github.com/acme/m-model.", ["model-architecture"]),
        ("The training code is at https://github.com/acme/m-train.", ["training-code"]),
        ("* [The M repository](https://github.com/acme/m) - you can train and fine-tune your own version of the model.", ["training-code"]),
        ("* [The M repository](https://github.com/acme/m) - you can run the model.", []),
        ("All current models were trained using the [GPT NeoX toolkit](https://github.com/acme/gpt-neox).", ["training-code"]),
        ("The training of this model is handled in [m-train](https://github.com/acme/m-train).", ["training-code"]),
        ("The models were evaluated using the [harness library](https://github.com/acme/harness).", []),
    ],
)
def test_a_code_link_said_to_hold_the_models_code_gives_its_architecture(make_repo, line, components):
    ctx = build_ctx(make_repo({"README.md": "# M\n\n" + line + "\n"}))
    assert sorted(link["component"] for link in ctx.facts["code_links"]) == sorted(components)


def test_a_training_framework_credited_under_acknowledgments_is_not_the_release_s_training_code(make_repo):
    line = "- **Training Framework**: [TRL](https://github.com/huggingface/trl) by Hugging Face"
    credited = build_ctx(make_repo({"README.md": f"# M\n\n## 🙏 Acknowledgments\n\n{line}\n"}))
    assert credited.facts["code_links"] == []
    # the same line in a section of the release's own is a pointer to where its training code lives
    own = build_ctx(make_repo({"README.md": f"# M\n\n## Training\n\n{line}\n"}))
    assert [link["component"] for link in own.facts["code_links"]] == ["training-code"]


def test_release_archive_is_a_weights_route_only_when_its_line_speaks_of_weights(make_repo):
    readme = (
        "# M\n\n## Downloads\n\n"
        "- Pretrained weights: https://github.com/acme/m/releases/download/v1/m-weights.zip\n"
        "- Command-line tool: https://github.com/acme/m/releases/download/v1/m-cli-linux.zip\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert [(s["kind"], s["line"]) for s in ctx.facts["weights_links"]] == [("direct-url", 5)]


def test_weight_suffix_on_a_data_host_and_data_suffixes_there(make_repo):
    readme = (
        "# M\n\n## Files\n\n"
        "Checkpoint: https://zenodo.org/records/123/files/m.ckpt\n\n"
        "Features: https://zenodo.org/records/456/files/features.npz\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert [(s["kind"], s["line"]) for s in ctx.facts["weights_links"]] == [("direct-url", 5)]
    assert comp(ctx, "datasets").evidence[0].line == 7


# --- OW402: shards that leave the index's folder ---------------------------------------


def index(*shards: str) -> str:
    return json.dumps({"weight_map": {f"layer.{i}": shard for i, shard in enumerate(shards)}})


def test_shard_outside_the_index_folder_but_inside_the_repository(make_repo):
    files = {"w/model.safetensors.index.json": index("../outside.safetensors", "sub/../in.safetensors"), "outside.safetensors": POINTER, "w/in.safetensors": POINTER}
    ctx = build_ctx(make_repo(files))
    record = ctx.facts["weight_indexes"][0]
    assert record["escaping"] == ["../outside.safetensors"]
    assert record["outside_repository"] == [] and record["missing"] == []
    findings = run_rule(ctx, "OW402")
    assert [(f.path, f.line) for f in findings] == [("w/model.safetensors.index.json", 1)]
    assert "leaves the folder of the index" in findings[0].message


def test_shards_leaving_the_repository(make_repo):
    files = {"w/model.safetensors.index.json": index("../../x.safetensors", "/abs/y.safetensors", "C:\\z.safetensors", "ok.safetensors"), "w/ok.safetensors": POINTER}
    ctx = build_ctx(make_repo(files))
    record = ctx.facts["weight_indexes"][0]
    assert sorted(record["escaping"]) == sorted(record["outside_repository"]) == sorted(["../../x.safetensors", "/abs/y.safetensors", "C:\\z.safetensors"])
    messages = [f.message for f in run_rule(ctx, "OW402")]
    assert len(messages) == 3 and all("leaves the repository" in m for m in messages)


def test_accepting_a_hub_models_user_conditions_is_a_gate(make_repo):
    readme = (
        "# M\n\n## Quick start\n\n"
        "1. Accept [`acme/diarization-1`](https://hf.co/acme/diarization-1) user conditions\n"
        "2. Create an access token, then load the pipeline.\n"
    )
    assert weights(build_ctx(make_repo({"README.md": readme}))).availability == "gated"


@pytest.mark.parametrize(
    ("url", "training"),
    [
        ("https://github.com/acme/m/blob/main/train_v3.py", True),
        ("https://github.com/acme/m/blob/v1.0/scripts/pretrain.sh", True),
        ("https://gitlab.com/acme/m/-/blob/main/finetune_lora.py", True),
        ("https://github.com/acme/m/blob/main/eval_train_split.py", False),  # an evaluation script
        ("https://github.com/acme/m/blob/main/pretrained_models.py", False),  # what was trained, not training
        ("https://github.com/acme/m/blob/main/normalize_ortho.py", False),
        ("https://github.com/acme/m/tree/main/train", False),  # a folder: its name alone is not a script
    ],
)
def test_a_link_to_one_script_named_for_training_is_external_training_code(make_repo, url, training):
    readme = f"# M\n\n## Recipe\n\n- **Code:** [`script`]({url})\n"
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert ("training-code" in [link["component"] for link in ctx.facts["code_links"]]) is training


def test_the_training_folders_readme_describes_the_pretraining_data(make_repo):
    guide = (
        "# Pre-training\n\n## Pretrain Datasets\n\n"
        "We pretrain on the SlimPajama corpus, a cleaned and deduplicated version of RedPajama with 627B tokens "
        "from web pages, books, arXiv papers, Wikipedia and StackExchange.\n"
    )
    files = {"README.md": "# Acme-7B\n\nA language model.\n", "train/README.md": guide, "train/pretrain.py": "x = 1\n"}
    assert comp(build_ctx(make_repo(files)), "data-information").present
    # the same page in another sub-folder (a tool, a demo) does not speak for the release's training data
    files["demo/README.md"] = files.pop("train/README.md")
    assert not comp(build_ctx(make_repo(files)), "data-information").present


def test_a_hub_organisation_badge_whose_words_name_models_is_a_weights_route(make_repo):
    badge = "[![Hugging Face](https://img.shields.io/badge/Hugging_Face-Acme_Models-F8D44E)](https://huggingface.co/Acme)\n"
    ctx = build_ctx(make_repo({"README.md": "# Acme\n\n" + badge}))
    assert comp(ctx, "model-parameters-final").availability == "external"
    # an organisation badge that names no models (a blog, a demo) is not
    other = badge.replace("Acme_Models", "Acme_Blog")
    ctx = build_ctx(make_repo({"README.md": "# Acme\n\n" + other}))
    assert not comp(ctx, "model-parameters-final").present


def test_a_gate_on_a_hub_repository_gates_every_link_to_it_in_that_document(make_repo):
    readme = (
        "# M\n\n[[`Model`](https://huggingface.co/acme/m)] [[`Paper`](https://example.org/paper)]\n\n"
        "## News\n\n- A new notebook shows how to load and run the pretrained model: "
        "[here](https://github.com/acme/m/blob/main/demo/run_m.ipynb).\n\n"
        "## Model Download\n\nThe models can be accessed from [Hugging Face](https://huggingface.co/acme/m).\n\n"
        "You need to agree to the terms to access the models. Then set your read-only token.\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    w = weights(ctx)
    assert w.availability == "gated"
    # the badge far above the gate is the same repository; the notebook that loads the weights is no route at all
    assert [(s["line"], s["gated"]) for s in ctx.facts["weights_links"]] == [(3, True), (11, True)]


def test_a_tensor_file_in_an_images_folder_is_a_sample_not_weights(make_repo):
    files = {"README.md": "# M\n", "images/tile_000.png": "png", "images/tile_000.pt": "tensor"}
    assert not weights(build_ctx(make_repo(files))).present
    files["checkpoints/m.pt"] = files.pop("images/tile_000.pt")
    assert weights(build_ctx(make_repo(files))).present


def test_a_checkpoint_file_kept_in_a_hub_dataset_repository_is_a_weights_route_when_said_to_be_a_model(make_repo):
    """CT-CLIP keeps its checkpoints in its dataset's Hub repository (`datasets/<org>/<data>/blob/main/models/…pt`):
    a `models/` folder in the path, or a heading about the pretrained models, makes the file the weights; a `.pt` of
    features in the same kind of repository, under a data heading, stays data."""
    hub = "https://huggingface.co/datasets/acme/scans/blob/main"
    readme = (
        "# M\n\n## Pretrained models\n\n"
        f"- **M**: [Download Here]({hub}/models/m_v2.pt)\n\n"
        "## Our dataset\n\n"
        f"- Image features: [features.pt]({hub}/features/train_features.pt)\n"
    )
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert [(s["kind"], s["line"]) for s in ctx.facts["weights_links"]] == [("direct-url", 5)]


def test_only_an_index_named_after_a_weights_file_is_a_shard_index(make_repo):
    """`model.safetensors.index.json` indexes a weights file's shards; `Office_Products.index.json` beside a
    recommender's data is an index of something else and is not checked as one (no OW408 on it)."""
    files = {
        "README.md": "# M\n\nA recommender.\n",
        "data/Amazon/index/Office_Products.index.json": '{"1": ["<a_1>", "<b_2>"]}\n',
        "weights/model.safetensors.index.json": '{"metadata": {}}\n',
    }
    ctx = build_ctx(make_repo(files))
    assert [i["path"] for i in ctx.facts["weight_indexes"]] == ["weights/model.safetensors.index.json"]


def test_a_named_checkpoint_the_packages_load_model_fetches_is_a_route(make_repo):
    readme = "# M\n\n```python\nimport acme\nencoder = acme.load_model(model=\"v1_marco_de\", use_cuda=True)\n```\n"
    ctx = build_ctx(make_repo({"README.md": readme}))
    assert [(s["kind"], s["line"]) for s in ctx.facts["weights_links"]] == [("download-code", 5)]
