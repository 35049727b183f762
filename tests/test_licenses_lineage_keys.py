"""The licence keys the lineage table points at exist in the knowledge base, and their texts are recognised.

The model licences added for lineage (Baichuan-7B/13B, Aquila, Skywork, XVERSE, Kolors, OPT-175B,
TII Falcon-LLM 2.0, NVIDIA Community Model, FLUX.1 [dev] Non-Commercial) are checked here with short texts written for these
tests: each holds the licence's title and/or a distinctive clause, never the licence itself.
"""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from openwash import engine
from openwash.licenses import knowledge
from openwash.licenses.identify import identify_text

# The keys added for lineage.json, each with the family its lineage entries give it.
ADDED_FOR_LINEAGE = {
    "baichuan": "vendor-community",
    "aquila": "vendor-community",
    "skywork": "vendor-community",
    "xverse": "vendor-community",
    "kolors": "vendor-community",
    "opt-175b": "research-only",
    "falcon-2.0": "vendor-community",
    "nvidia-community-model": "vendor-community",
    "flux-1-dev-non-commercial": "non-commercial",
}


def _lineage_entries() -> list[dict[str, object]]:
    text = files("openwash").joinpath("data/lineage.json").read_text(encoding="utf-8")
    return json.loads(text)["entries"]


def _lineage_keys() -> set[str]:
    return {str(e["license_key"]) for e in _lineage_entries() if e.get("license_key")}


def test_every_lineage_license_key_is_a_knowledge_key() -> None:
    missing = sorted(k for k in _lineage_keys() if knowledge.entry(k) is None)
    assert missing == [], f"lineage.json names licence keys knowledge.json lacks: {missing}"


@pytest.mark.parametrize(("key", "family"), sorted(ADDED_FOR_LINEAGE.items()))
def test_added_entries_agree_with_their_lineage_entries(key: str, family: str) -> None:
    entry = knowledge.entry(key)
    assert entry is not None and entry.family == family
    assert not entry.osi_approved and entry.id == f"LicenseRef-openwash-{key}"
    users = [e for e in _lineage_entries() if e.get("license_key") == key]
    assert users, f"no lineage entry uses {key}"
    assert {e["family"] for e in users} == {family}


def test_nemotron_mini_points_at_the_nvidia_community_model_license() -> None:
    [entry] = [e for e in _lineage_entries() if e["key"] == "nemotron-mini"]
    assert entry["license_key"] == "nvidia-community-model"


@pytest.mark.parametrize(
    ("written", "key"),
    [
        # license_name values of Hub cards (lineage.json's notes)
        ("baai-aquila-model-license-agreement", "aquila"),
        ("nvidia-community-model-license", "nvidia-community-model"),
        ("falcon-llm-license", "falcon-2.0"),
        # names as the READMEs write them
        ("TII Falcon-LLM License 2.0", "falcon-2.0"),
        ("BAAI Aquila Model Licence Agreement", "aquila"),
        ("智源Aquila系列模型许可协议", "aquila"),
        ("Community License for Baichuan-13B Model", "baichuan"),
        ("Baichuan-13B License", "baichuan"),
        ("baichuan-7B 模型许可协议", "baichuan"),
        ("Skywork Community License", "skywork"),
        ("Skywork 模型社区许可协议", "skywork"),
        ("OPT-175B License Agreement", "opt-175b"),
        ("flux-1-dev-non-commercial-license", "flux-1-dev-non-commercial"),
        ("FLUX.1 [dev] Non-Commercial License", "flux-1-dev-non-commercial"),
        # neighbours keep their own entries
        ("TII Falcon License 1.0", "falcon-1.0"),
        ("Community License for Baichuan 2 Model", "baichuan2"),
        ("NVIDIA Open Model License", "nvidia-open-model"),
    ],
)
def test_names_resolve(written: str, key: str) -> None:
    entry = knowledge.lookup(written)
    assert entry is not None and entry.key == key


# -- texts ----------------------------------------------------------------------------------------

OPT_LIKE = """OPT-175B LICENSE AGREEMENT

Meta Platforms, Inc. lets you reproduce and modify the Software only for non-commercial research.

You will not use the Software for military purposes, for surveillance or for biometric processing.

Copies you distribute carry this notice: "OPT-175B is licensed under the OPT-175B license, Copyright (c) Meta Platforms, Inc. All Rights Reserved."
"""

FLUX_DEV_LIKE = """FLUX.1 [dev] Non-Commercial License

Black Forest Labs, Inc. makes the weights available for non-commercial and non-production use only.
For a commercial licence write to info@blackforestlabs.ai.

Notice to display: "The FLUX.1 [dev] Model is licensed by Black Forest Labs. Inc. under the FLUX.1 [dev] Non-Commercial License."
"""

# The Kolors text has only a generic heading: it is recognised by its clauses.
KOLORS_LIKE = """MODEL LICENSE AGREEMENT
Release Date: 2024/7/6

Additional commercial terms: below 300 million monthly active users in the preceding calendar month,
registering with the Licensor counts as holding the business license; above it, ask the Licensor.

Write to kwai-kolors@kuaishou.com with questions about this license.
"""
KOLORS_LIKE_ZH = """模型许可协议
模型发布日期：2024/7/6

附加商业条款：上一自然月月活跃用户数未超过3亿月活跃用户数的，向许可方登记即视为获得商业许可。

您的使用须遵守《服务协议》(https://kolors.kuaishou.com/agreement)。
"""

# Licences whose text openwash has not read: a heading with the title must be enough.
TITLED = {
    "baichuan": "Community License for Baichuan-13B Model",
    "baichuan-7b": "baichuan-7B 模型许可协议",
    "aquila": "BAAI Aquila Model License Agreement",
    "skywork": "Skywork Community License",
    "falcon-2.0": "TII Falcon-LLM License 2.0",
    "nvidia-community-model": "NVIDIA Community Model License",
}
FILLER = "\n\nThe terms below govern the use, reproduction and distribution of the model weights.\n"


def _keys(text: str) -> list[str]:
    return [m.key for m in identify_text(text)]


READ_TEXTS = [
    (OPT_LIKE, "opt-175b"),
    (FLUX_DEV_LIKE, "flux-1-dev-non-commercial"),
    (KOLORS_LIKE, "kolors"),
    (KOLORS_LIKE_ZH, "kolors"),
]


@pytest.mark.parametrize(("text", "key"), READ_TEXTS)
def test_texts_read_are_recognised(text: str, key: str) -> None:
    assert _keys(text) == [key]
    assert _keys(text.replace("\n", "\r\n")) == [key]
    assert _keys("# " + text) == [key]  # a Markdown heading


@pytest.mark.parametrize(("text", "key"), [(OPT_LIKE, "opt-175b"), (FLUX_DEV_LIKE, "flux-1-dev-non-commercial")])
def test_without_its_heading_the_text_is_still_recognised(text: str, key: str) -> None:
    body = text.split("\n", 1)[1]
    assert _keys(body) == [key]


def test_one_kolors_clause_is_not_enough() -> None:
    assert "kolors" not in _keys("A licence of our own.\n\nWrite to kwai-kolors@kuaishou.com if in doubt.\n")


@pytest.mark.parametrize("name", sorted(TITLED))
def test_titles_of_unread_texts_are_recognised(name: str) -> None:
    expected = "baichuan" if name == "baichuan-7b" else name
    [match] = identify_text(TITLED[name] + FILLER)
    assert match.key == expected and match.confidence >= 0.9


def test_falcon_1_title_stays_falcon_1() -> None:
    assert _keys("TII Falcon License Version 1.0" + FILLER) == ["falcon-1.0"]


def test_opt_licence_file_makes_the_weights_research_only(make_repo) -> None:
    root = make_repo({"LICENSE.md": OPT_LIKE, "README.md": "# opt-mini\n\nWeights of a small language model.\n"})
    infos = [i for i in engine.check(root).licenses if i.path == "LICENSE.md"]
    assert [(i.id, i.family) for i in infos] == [("LicenseRef-openwash-opt-175b", "research-only")]


def test_card_declaring_the_nvidia_community_licence(make_repo) -> None:
    card = "---\nlicense: other\nlicense_name: nvidia-community-model-license\n---\n# m\n\nA model.\n"
    infos = engine.check(make_repo({"README.md": card})).licenses
    assert ("LicenseRef-openwash-nvidia-community-model", "vendor-community") in [(i.id, i.family) for i in infos]


def test_kolors_called_open_source_is_flagged(make_repo) -> None:
    root = make_repo({
        "MODEL_LICENSE": KOLORS_LIKE,
        "README.md": "# k\n\nThe weights follow our [open-source license](MODEL_LICENSE).\n",
    })
    findings = [f for f in engine.check(root).findings if f.rule == "OW205"]
    assert [(f.path, f.line) for f in findings] == [("README.md", 3)]
