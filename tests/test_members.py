"""Multi-model releases: a claim naming one member model is judged by that model's terms; a collective
claim, a sentence naming no member (or several), and the release-level verdict by the most restrictive part.

The fixture is written for these tests: a three-model release (Foo-Small under Apache-2.0, Foo-Base and
Foo-Large under CC-BY-NC-4.0) that says so in a licence table and in per-model licence files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from openwash import cli

APACHE = (Path(__file__).parent / "fixtures" / "generalisation" / "github-open-science-full" / "LICENSE").read_text(encoding="utf-8")
NC = """Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)

The {model} weights are licensed under the Creative Commons Attribution-NonCommercial 4.0 International
Public License. The legal code is at https://creativecommons.org/licenses/by-nc/4.0/legalcode.
You may not use the material for commercial purposes.
"""
GIT = '[remote "origin"]\n\turl = https://github.com/acme/foo.git\n'

TABLE = """# Foo

Foo is a family of three language models trained by Acme.

## Models

| Model | Parameters | Download | License |
|---|---|---|---|
| Foo-Small | 1B | [acme/foo-small](https://huggingface.co/acme/foo-small) | Apache 2.0 |
| Foo-Base | 7B | [acme/foo-base](https://huggingface.co/acme/foo-base) | CC-BY-NC-4.0 |
| Foo-Large | 70B | [acme/foo-large](https://huggingface.co/acme/foo-large) | CC-BY-NC-4.0 |
"""
CLAIMS = """
Foo-Small is released under the Apache 2.0 license and is an open-weights model.

Foo-Small 是一个开放权重的模型，可免费商用。

Foo is a family of open-weights models.

Foo-Smaller is an open-weights model too.

Foo-Base is an open-weights model for research.

Foo-Small is released under the Apache 2.0 license. Foo is a family of open-weights models.

## License

The code is released under the Apache 2.0 license. Each model's weights are under the licence in `model_licenses/`.
"""
# Line numbers of the claims above, in README.md (TABLE is 11 lines, CLAIMS starts with an empty line).
SMALL_EN, SMALL_ZH, COLLECTIVE, NEAR_MISS, BASE, OTHER_SENTENCE = 13, 15, 17, 19, 21, 23

MODEL_FILES = {
    "LICENSE": APACHE,
    "model_licenses/LICENSE-foo-small": APACHE,
    "model_licenses/LICENSE-foo-base": NC.format(model="Foo-Base"),
    "model_licenses/LICENSE-foo-large": NC.format(model="Foo-Large"),
    ".git/config": GIT,
}


def _check(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(["check", str(root), "--no-cache", *args])
    return code, capsys.readouterr().out


def _json(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code, out = _check(root, capsys, "--format", "json", "--fail-on", "error")
    return code, json.loads(out)


def _rule_lines(report: dict[str, Any], *rules: str) -> list[tuple[str, int]]:
    return sorted((f["rule"], f["line"]) for f in report["findings"] if f["rule"] in rules and f["path"] == "README.md")


def _claims(report: dict[str, Any], line: int, kind: str | None = None) -> list[dict[str, Any]]:
    return [c for c in report["claims"] if c["path"] == "README.md" and c["line"] == line and (kind is None or c["kind"] == kind)]


def test_a_claim_naming_the_apache_member_is_backed_and_collective_or_near_miss_claims_are_judged_by_the_most_restrictive_part(
    make_repo: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _json(make_repo({"README.md": TABLE + CLAIMS, **MODEL_FILES}), capsys)
    assert code == 1, "the collective, near-miss and Foo-Base claims are errors"
    assert _rule_lines(report, "OW102", "OW103") == [("OW102", COLLECTIVE), ("OW102", NEAR_MISS), ("OW102", BASE), ("OW102", OTHER_SENTENCE)]

    small_en = _claims(report, SMALL_EN, "open-weights")
    assert [(c["status"], c["member"]) for c in small_en] == [("backed", "Foo-Small")]
    assert "README.md:9 (Apache License 2.0)" in small_en[0]["reason"], "the member's licence row is cited"
    assert "model_licenses/LICENSE-foo-small:1" in small_en[0]["reason"], "so is its licence file"

    small_zh = _claims(report, SMALL_ZH)
    assert sorted((c["kind"], c["status"], c["member"]) for c in small_zh) == [
        ("commercial-use", "backed", "Foo-Small"),
        ("open-weights", "backed", "Foo-Small"),
    ]
    for line in (COLLECTIVE, NEAR_MISS, OTHER_SENTENCE):
        assert [(c["status"], c["member"]) for c in _claims(report, line, "open-weights")] == [("overreach", None)], line
    base = _claims(report, BASE, "open-weights")
    assert [(c["status"], c["member"]) for c in base] == [("overreach", "Foo-Base")]
    assert "README.md:10 (Creative Commons Attribution Non Commercial 4.0 International)" in base[0]["reason"]
    # identified by its pointer to the CC BY-NC 4.0 legal code, on line 4
    assert "model_licenses/LICENSE-foo-base:4" in base[0]["reason"]

    # The release as a whole keeps its most restrictive part.
    assert report["verdict"]["weights_license_family"] == "non-commercial"
    assert report["verdict"]["open_weights"] is False


def test_a_release_whose_only_claims_name_its_apache_member_passes(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    honest = TABLE + "\nFoo-Small is released under the Apache 2.0 license and is an open-weights model.\n\nFoo-Small 是一个开放权重的模型，可免费商用。\n"
    code, report = _json(make_repo({"README.md": honest, **MODEL_FILES}), capsys)
    assert _rule_lines(report, "OW101", "OW102", "OW103") == []
    assert code == 0, [f for f in report["findings"] if f["severity"] == "error"]
    assert report["verdict"]["weights_license_family"] == "non-commercial", "the verdict is still the most restrictive part"


def test_per_model_licence_files_alone_give_each_member_its_terms(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (
        "# Foo\n\nFoo is a family of three language models: Foo-Small, Foo-Base and Foo-Large.\n\n"
        "Foo-Small is an open-weights model.\n\nFoo-Large is an open-weights model.\n\n"
        "Each model's weights are under its own licence in `model_licenses/`; download them from\n"
        "[acme/foo-small](https://huggingface.co/acme/foo-small) and [acme/foo-large](https://huggingface.co/acme/foo-large).\n"
    )
    code, report = _json(make_repo({"README.md": readme, **MODEL_FILES}), capsys)
    small, large = _claims(report, 5, "open-weights"), _claims(report, 7, "open-weights")
    assert [(c["status"], c["member"]) for c in small] == [("backed", "foo-small")]
    assert "model_licenses/LICENSE-foo-small:1 (Apache License 2.0)" in small[0]["reason"]
    assert [(c["status"], c["member"]) for c in large] == [("overreach", "foo-large")]
    assert _rule_lines(report, "OW102") == [("OW102", 7)]
    assert code == 1


def test_a_claim_in_a_member_s_own_card_is_judged_by_that_card_s_licence(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "README.md": "# Foo\n\nFoo is a family of language models. See each model's folder for its card and licence.\n\n"
        "Download: [acme/foo-small](https://huggingface.co/acme/foo-small), [acme/foo-base](https://huggingface.co/acme/foo-base).\n",
        "foo-small/README.md": "---\nlicense: apache-2.0\npipeline_tag: text-generation\n---\n\n# Foo-Small\n\nThis model is an open-weights model.\n",
        "foo-base/README.md": "---\nlicense: cc-by-nc-4.0\npipeline_tag: text-generation\n---\n\n# Foo-Base\n\nThis model is an open-weights model.\n",
        "LICENSE": APACHE,
        ".git/config": GIT,
    }
    code, report = _json(make_repo(files), capsys)
    judged = sorted((c["path"], c["status"], c["member"]) for c in report["claims"] if c["kind"] == "open-weights")
    assert judged == [("foo-base/README.md", "overreach", "Foo-Base"), ("foo-small/README.md", "backed", "Foo-Small")]
    assert sorted((f["rule"], f["path"], f["line"]) for f in report["findings"] if f["rule"] == "OW102") == [("OW102", "foo-base/README.md", 8)]
    assert code == 1


def test_a_sub_folder_card_about_something_else_is_not_a_member(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "README.md": "# Foo\n\nFoo-Small is an open-weights model: [acme/foo-small](https://huggingface.co/acme/foo-small).\n",
        "demo/README.md": "---\nlicense: apache-2.0\npipeline_tag: text-generation\n---\n\n# Gradio demo\n\nThis demo is an open-weights model viewer.\n",
        "model_licenses/LICENSE-foo-small": NC.format(model="Foo-Small"),
        ".git/config": GIT,
    }
    code, report = _json(make_repo(files), capsys)
    demo = [c for c in report["claims"] if c["path"] == "demo/README.md" and c["kind"] == "open-weights"]
    assert [c["member"] for c in demo] == [None] * len(demo)
    assert [(c["status"], c["member"]) for c in _claims(report, 3, "open-weights")] == [("overreach", "foo-small")]
    assert code == 1


def test_the_text_and_markdown_reports_name_the_member_a_claim_was_judged_against(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": TABLE + CLAIMS, **MODEL_FILES})
    for fmt in ("text", "markdown"):
        code, out = _check(root, capsys, "--format", fmt, "--fail-on", "error")
        assert code == 1
        assert "judged by the terms of Foo-Base, the model it names" in out, fmt


def test_a_sentence_names_a_member_as_a_whole_name_and_the_longest_name_wins() -> None:
    from openwash.licenses.members import Member, named_in

    small, small_chat = Member("Foo-7B", "foo7b"), Member("Foo-7B-Chat", "foo7bchat")
    members = [small, small_chat]
    assert named_in(members, "Foo-7B-Chat is open weights.") == [small_chat]
    assert named_in(members, "Foo 7B is open weights.") == [small]
    assert named_in(members, "Foo-7B and Foo-7B-Chat are open weights.") == [small, small_chat]
    assert named_in(members, "Foo-7Bx is open weights.") == []
    assert named_in(members, "The Foo models are open weights.") == []


@pytest.mark.parametrize(
    "path",
    [
        "LICENSE-MODEL", "LICENSE-CODE", "LICENSE-MIT", "LICENSE.txt", "LICENSE-APACHE", "third_party/LICENSE",
        "model_licenses/LICENSE-CC-BY-NC-4.0", "licenses/LICENSE", "model_licenses/LICENSE.txt",
    ],
)
def test_licence_files_named_for_a_scope_or_a_licence_name_no_member(path: str) -> None:
    from openwash.licenses.members import _file_member

    assert _file_member(path) == (None, False), path


@pytest.mark.parametrize(
    ("path", "name"),
    [("model_licenses/LICENSE-foo-small", "foo-small"), ("LICENSE-Foo-Base", "Foo-Base"), ("licenses/foo_large.txt", "foo_large")],
)
def test_licence_files_named_for_a_model_name_it(path: str, name: str) -> None:
    from openwash.licenses.members import _file_member

    assert _file_member(path) == (name, False)


OSAID_CLAIMS = TABLE + "\nFoo-Small is a fully open-source model.\n\nFoo-Base is a fully open-source model.\n\nFoo-Small 是完全开源的模型。\n"


def test_the_fix_of_a_member_claim_names_that_member_s_terms(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _json(make_repo({"README.md": OSAID_CLAIMS, **MODEL_FILES}), capsys)
    assert code == 1
    fixes = {f["line"]: f["remediation"] for f in report["findings"] if f["rule"] == "OW101"}
    assert sorted(fixes) == [13, 15, 17], "no training code or data information: every OSAID claim overreaches"
    assert "'an open-weights'" in fixes[13] and "OSI-approved licence" not in fixes[13], "Foo-Small's weights are Apache-2.0"
    assert "Creative Commons Attribution Non Commercial" in fixes[15] and "release the weights under an OSI-approved licence" in fixes[15]
    assert "'是开放权重的模型'" in fixes[17]


def test_openwash_fix_rewrites_each_member_claim_by_its_own_terms(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": OSAID_CLAIMS, **MODEL_FILES})
    assert cli.main(["fix", str(root), "--diff", "--no-cache"]) == 1, "--diff exits 1 when there is a change"
    diff = capsys.readouterr().out
    assert "+Foo-Small is an open-weights model." in diff, diff
    assert "+Foo-Base is a model available under the Creative Commons Attribution Non Commercial 4.0 International." in diff, diff
    assert "+Foo-Small 是开放权重的模型。" in diff, diff


PROSE = """# Foo

Foo is a family of two language models: [acme/foo-small](https://huggingface.co/acme/foo-small) and [acme/foo-base](https://huggingface.co/acme/foo-base).

Foo-Small is released under the Apache 2.0 license.

Foo-Base 采用 CC BY-NC 4.0 协议。

Foo-Small is an open-weights model.

Foo-Base 是开放权重的模型。

Foo is a family of open-weights models.
"""


def test_prose_lines_state_each_member_s_terms_and_a_collective_claim_takes_the_most_restrictive(
    make_repo: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _json(make_repo({"README.md": PROSE, ".git/config": GIT}), capsys)
    assert [(c["status"], c["member"]) for c in _claims(report, 9, "open-weights")] == [("backed", "Foo-Small")]
    assert [(c["status"], c["member"]) for c in _claims(report, 11, "open-weights")] == [("overreach", "Foo-Base")]
    collective = _claims(report, 13, "open-weights")
    assert [(c["status"], c["member"]) for c in collective] == [("overreach", None)]
    assert "README.md:7 (Creative Commons Attribution Non Commercial 4.0 International)" in collective[0]["reason"]
    assert _rule_lines(report, "OW102") == [("OW102", 11), ("OW102", 13)]
    assert code == 1


def test_open_members_alone_do_not_prove_a_collective_claim(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    text = PROSE.replace("Foo-Base 采用 CC BY-NC 4.0 协议。", "Foo-Base 采用 Apache 2.0 协议。")
    code, report = _json(make_repo({"README.md": text, ".git/config": GIT}), capsys)
    assert [(c["status"], c["member"]) for c in _claims(report, 11, "open-weights")] == [("backed", "Foo-Base")]
    assert [c["status"] for c in _claims(report, 13, "open-weights")] == ["unproven"], "as without members: nothing states the whole's terms"
    assert _rule_lines(report, "OW102") == []


def test_a_folder_licence_names_a_member_only_when_the_folder_holds_weights(make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "README.md": "# Foo\n\nFoo-Large is an open-weights model.\n\nFoo-Tools is an open-weights model.\n",
        "foo-large/LICENSE": NC.format(model="Foo-Large"),
        "foo-large/model.safetensors": b"\x00" * 64,
        "foo-tools/LICENSE": APACHE,
        "foo-tools/convert.py": "def main() -> None:\n    pass\n",
        ".git/config": GIT,
    }
    code, report = _json(make_repo(files), capsys)
    assert [(c["status"], c["member"]) for c in _claims(report, 3, "open-weights")] == [("overreach", "foo-large")]
    assert "foo-large/LICENSE:4" in _claims(report, 3, "open-weights")[0]["reason"]  # the pointer's line
    assert [c["member"] for c in _claims(report, 5, "open-weights")] == [None], "a code folder's licence is not a model's terms"
    assert code == 1


def test_a_member_named_in_parentheses_after_a_description_states_that_member_s_terms(
    make_repo: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "# Foo\n\n## Licenses\n\n"
        "- Base model checkpoints (`Foo-Base-3B`) are licensed under [Apache 2.0](https://www.apache.org/licenses/LICENSE-2.0)\n\n"
        "- Instruct-tuned checkpoints (`Foo-Instruct-3B`) are licensed under CC BY-NC 4.0\n"
    )
    code, report = _json(make_repo({"README.md": text, ".git/config": GIT}), capsys)
    # the Apache line is the base checkpoints' terms, not a declaration the instruct model's terms contradict
    assert not [f for f in report["findings"] if f["rule"] == "OW104"]
    # said of the model as a whole, the same two lines contradict each other
    whole = text.replace("Base model checkpoints (`Foo-Base-3B`) are", "The model weights are")
    code, report = _json(make_repo({"README.md": whole.replace("Instruct-tuned checkpoints (`Foo-Instruct-3B`) are", "The model is"), ".git/config": GIT}), capsys)
    assert [f for f in report["findings"] if f["rule"] == "OW104"]


PREFIXED = """# Foo

Foo is a family of vision backbones trained by Acme.

- [2024.12.18] We release C-Foo, a ViT-H/16 model which can be used for commercial products, under the [NVIDIA Open Model License Agreement](https://developer.download.nvidia.com/licenses/nvidia-open-model-license-agreement-june-2024.pdf) license!

## Licensing

Models prefixed with `C-Foo` are governed by the [NVIDIA Open Model License](https://developer.download.nvidia.com/licenses/nvidia-open-model-license-agreement-june-2024.pdf), which enables commercial use cases.

Models prefixed with `E-Foo` and `Foo` are governed by the [license](./LICENSE) file, which is non-commercial.

The C-Foo models are trained on commercially viable data. This enables us to release with the NVIDIA Open Model License which allows for commercial use cases.
"""


def test_models_a_name_prefix_marks_are_a_member_and_a_clause_describing_a_named_licence_is_judged_by_it(
    make_repo: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {"README.md": PREFIXED, "LICENSE": NC.format(model="Foo"), ".git/config": GIT}
    _code, report = _json(make_repo(files), capsys)
    commercial = sorted(((c["line"], c["status"], c["member"]) for c in report["claims"] if c["kind"] == "commercial-use" and c["path"] == "README.md"), key=lambda c: c[0])
    # line 5 names C-Foo, whose terms (line 9) permit commercial use; line 9 and 13 describe the NVIDIA licence by name
    assert sorted({(line, status) for line, status, _member in commercial}) == [(5, "backed"), (9, "backed"), (13, "backed")]
    assert commercial[0][2] == "C-Foo"
    assert _rule_lines(report, "OW103") == []
    assert report["verdict"]["weights_license_family"] == "non-commercial", "the release as a whole keeps its LICENSE"
    # the same clause describing a non-commercial licence is an overreach
    files["README.md"] = PREFIXED.replace("the NVIDIA Open Model License which allows", "the CC BY-NC 4.0 license which allows")
    _code, report = _json(make_repo(files), capsys)
    assert ("OW103", 13) in _rule_lines(report, "OW103")


def test_a_member_name_after_a_letter_digit_or_cjk_character_is_part_of_a_longer_word() -> None:
    """`named_in` finds a name where `(?<![0-9a-z\u4e00-\u9fff])` allows it (checked outside the pattern, whose
    CJK range would cost milliseconds to compile per name): the same spans as the look-behind, on every string."""
    import random

    from openwash.licenses.members import Member, _names, _pattern

    rng = random.Random(20261204)
    for name in ["StableLM-Tuned-Alpha", "a-a", "Qwen2.5 7B", "模型A1"]:
        member = Member(name=name, key=name.lower())
        body = _pattern(member).pattern.removesuffix(r"(?![0-9a-z]|[\-_.][0-9a-z])")
        reference = re.compile(rf"(?<![0-9a-z\u4e00-\u9fff]){body}(?![0-9a-z]|[\-_.][0-9a-z])", re.IGNORECASE)
        alphabet = sorted(set(name.lower())) + [" ", "-", ".", "x", "K", "模"]
        for _ in range(3000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
            assert [m.span() for m in _names(_pattern(member), text)] == [m.span() for m in reference.finditer(text)], text
    assert [m.span() for m in _names(_pattern(Member(name="Acme", key="acme")), "xacme, acme 模acme")] == [(7, 11)]


def test_hub_model_list_items_with_their_licences_name_the_releases_members(make_repo, capsys: pytest.CaptureFixture[str]) -> None:
    """"1. **[acme/moonbeam-apache](https://huggingface.co/acme/moonbeam-apache)** (Apache 2.0 License)": the terms of
    that Hub model; the item whose id is the release's own name states the release's terms. Items naming other
    people's models (a list of bases with their licences) state nothing of the release."""
    items = (
        "1. **[acme/moonbeam](https://huggingface.co/acme/moonbeam)** (CC-BY-NC 4.0 License)\n"
        "2. **[acme/moonbeam-apache](https://huggingface.co/acme/moonbeam-apache)** (Apache 2.0 License)\n"
    )
    files = {"README.md": f"# Moonbeam\n\n## Models\n\nWe release two variants:\n\n{items}"}
    _code, report = _json(make_repo(files), capsys)  # the card's title names the release: Moonbeam
    assert report["verdict"]["weights_license_family"] == "non-commercial"
    others = items.replace("acme/moonbeam-apache", "meta/sunray-apache").replace("acme/moonbeam", "other/sunray")
    root = make_repo({"README.md": f"# Moonbeam\n\n## Bases\n\n{others}"})
    _code, report = _json(root, capsys)
    assert report["verdict"]["weights_license_family"] is None


def test_a_licence_in_the_text_of_a_link_to_the_publishers_own_hub_model_states_its_terms(make_repo, capsys: pytest.CaptureFixture[str]) -> None:
    """"- [UAlpaca model (HuggingFace) (CC-BY-NC 4.0)](https://huggingface.co/robinhad/ualpaca-7b-llama)" in robinhad's
    repository: the publisher's own Hub model and its licence. The same item linking another organisation's model
    states nothing of the release."""
    item = "- [UAlpaca model (HuggingFace) (CC-BY-NC 4.0)](https://huggingface.co/{owner}/ualpaca-7b-llama)\n"
    root = make_repo({"README.md": "# Kruk\n\n# Models\n" + item.format(owner="robinhad")})
    own = root.parent / "robinhad__kruk"
    root.rename(own)
    _code, report = _json(own, capsys)
    assert report["verdict"]["weights_license_family"] == "non-commercial"
    root = make_repo({"README.md": "# Kruk\n\n# Models\n" + item.format(owner="someone-else")})
    _code, report = _json(root, capsys)
    assert report["verdict"]["weights_license_family"] is None
