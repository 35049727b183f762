"""Rules OW201–OW205 on real cases and small repositories of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, needs_shared
from openwash import engine
from openwash.model import Finding

LLAMA31_LIKE = (
    "LLAMA 3.1 COMMUNITY LICENSE AGREEMENT\n\nLlama 3.1 Version Release Date: July 23, 2024\n\n"
    "If, on the Llama 3.1 version release date, the monthly active users of the products or services made available by "
    "or for Licensee exceed 700 million monthly active users in the preceding calendar month, you must request a license.\n"
)
MIT = (
    "MIT License\n\nCopyright (c) 2024 Example\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
    "of this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction, "
    "including without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
    "copies of the Software, and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\n"
    "The above copyright notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\n"
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
    "FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
    "LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n"
)


def ow2(root: Path, rule: str | None = None) -> list[Finding]:
    report = engine.check(root)
    return [f for f in report.findings if f.rule.startswith(rule or "OW2")]


# -- OW201 ---------------------------------------------------------------------------------------


@needs_shared
def test_compvis_model_card_proprietary_vs_rail_licence() -> None:
    (finding,) = ow2(CORPUS / "cases/CompVis__stable-diffusion", "OW201")
    # "Proprietary" is stricter than the RAIL file: inconsistent, not an overreach (a warning)
    assert (finding.path, finding.line, finding.severity) == ("Stable_Diffusion_v1_Model_Card.md", 8, "warning")
    assert "Proprietary" in finding.message and "CreativeML OpenRAIL-M" in finding.message


def test_card_apache_but_licence_file_is_llama(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense: apache-2.0\n---\n# Model\n", "LICENSE": LLAMA31_LIKE})
    (finding,) = ow2(root, "OW201")
    assert (finding.path, finding.line) == ("README.md", 2)
    assert "Llama 3.1 Community License Agreement" in finding.message
    assert "`llama3.1`" in finding.remediation


def test_weights_licence_file_outweighs_the_repository_licence(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense: mit\n---\n# Model\n", "LICENSE": MIT, "MODEL_LICENSE": LLAMA31_LIKE})
    (finding,) = ow2(root, "OW201")
    assert "MODEL_LICENSE" in finding.message


def test_a_restrictive_licence_declared_for_a_file_that_adds_terms_to_it_is_an_inconsistency(make_repo) -> None:
    """"CC BY-NC 4.0" declared, linking a MODEL_LICENSE that is CC BY-NC 4.0 plus "released for research purposes
    only": a warning (the declaration names the file's base licence); "MIT" said of a Modified MIT stays an error."""
    notice = (
        "The model weights released in this repository are licensed under the Creative Commons Attribution-NonCommercial "
        "4.0 International License (CC BY-NC 4.0).\n\nFull legal text: https://creativecommons.org/licenses/by-nc/4.0/legalcode\n\n"
        "Summary of terms:\n- Attribution: you must give appropriate credit and provide a link to the license.\n"
        "- NonCommercial: no commercial use of the models.\n\nTo respect the terms of all data providers, the models are "
        "released for research purposes only.\n"
    )
    card = "# Diar\n\n## License\n\n- The **pre-trained model weights** are released under the [CC BY-NC 4.0](MODEL_LICENSE) license.\n"
    (finding,) = ow2(make_repo({"README.md": card, "MODEL_LICENSE": notice}), "OW201")
    assert finding.severity == "warning" and "names the file's base licence" in finding.message
    modified = MIT + "\nThe Software may not be used for commercial purposes.\n"
    card = "# Diar\n\n## License\n\n- The **pre-trained model weights** are released under the [MIT License](MODEL_LICENSE).\n"
    (finding,) = ow2(make_repo({"README.md": card, "MODEL_LICENSE": modified}), "OW201")
    assert finding.severity == "error"


def test_card_agreeing_with_its_licence_file_is_fine(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense: mit\n---\n# Model\n\nReleased under the [MIT License](LICENSE).\n", "LICENSE": MIT})
    assert ow2(root, "OW201") == []


def test_code_only_licence_file_does_not_contradict_the_card(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense: llama3.1\n---\n# Model\n", "LICENSE-CODE": MIT})
    assert ow2(root, "OW201") == []


# -- OW202 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["openrail", "bsd", "cc", "gpl"])
def test_ambiguous_family_key(make_repo, key: str) -> None:
    root = make_repo({"README.md": f"---\nlanguage: it\nlicense: {key}\n---\n# Model\n"})
    (finding,) = ow2(root, "OW202")
    assert (finding.line, finding.severity) == (3, "warning")


def test_exact_key_is_not_ambiguous(make_repo) -> None:
    root = make_repo({"README.md": "---\nlicense: creativeml-openrail-m\n---\n# Model\n"})
    assert ow2(root, "OW202") == []


# -- OW203 ---------------------------------------------------------------------------------------


def test_mit_with_use_restriction_rider(make_repo) -> None:
    root = make_repo({"LICENSE": MIT + "\nYou may not use the Software for military purposes.\n"})
    (finding,) = ow2(root, "OW203")
    assert finding.severity == "warning" and "use-restriction" in finding.message and "MIT" in finding.message


@needs_shared
def test_gpt2_modified_mit_request_is_a_note() -> None:
    (finding,) = ow2(CORPUS / "cases/openai__gpt-2", "OW203")
    assert (finding.path, finding.line, finding.severity) == ("LICENSE", 1, "note")


def test_plain_mit_has_no_rider(make_repo) -> None:
    assert ow2(make_repo({"LICENSE": MIT}), "OW203") == []


# -- OW204 ---------------------------------------------------------------------------------------


def test_unidentified_licence_file(make_repo) -> None:
    root = make_repo({"LICENSE": "Example Model Licence\n\nBe nice with it. Ask before selling.\n"})
    (finding,) = ow2(root, "OW204")
    assert (finding.path, finding.severity) == ("LICENSE", "warning")


@needs_shared
def test_every_corpus_licence_file_is_identified() -> None:
    for case in sorted(p for p in (CORPUS / "cases").iterdir() if p.is_dir()):
        assert ow2(case, "OW204") == [], case.name


# -- OW205 ---------------------------------------------------------------------------------------


@needs_shared
def test_chatglm_calls_its_model_licence_open_source() -> None:
    (finding,) = ow2(CORPUS / "cases/THUDM__ChatGLM-6B", "OW205")
    assert (finding.path, finding.line, finding.severity) == ("README.md", 43, "error")
    assert "ChatGLM-6B" in finding.message


def test_open_source_licence_naming_a_vendor_licence(make_repo) -> None:
    root = make_repo(
        {
            "LICENSE": LLAMA31_LIKE,
            "README.md": "# M\n\nPlease follow the [open-source license](LICENSE).\n\n"
            "Apache-2.0 is an open-source license.\n\nThis is not an [open source license](LICENSE).\n",
        }
    )
    findings = ow2(root, "OW205")
    assert [(f.path, f.line) for f in findings] == [("README.md", 3)]


def test_open_source_licence_that_is_one(make_repo) -> None:
    root = make_repo({"LICENSE": MIT, "README.md": "# M\n\n遵守[开源协议](LICENSE)。\n"})
    assert ow2(root, "OW205") == []


@needs_shared
@pytest.mark.parametrize("case", ["meta-llama__llama", "xai-org__grok-1", "allenai__OLMo", "openai__whisper", "Stability-AI__StableLM"])
def test_no_licence_findings_where_there_is_nothing_to_say(case: str) -> None:
    assert ow2(CORPUS / "cases" / case) == []


# -- OW201 on prose forms, OW203 wording ------------------------------------------------------------------

APACHE = (Path(__file__).parent / "fixtures" / "generalisation" / "github-open-science-full" / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "line",
    [
        "This project is licensed under the [MIT License](LICENSE).",
        "本项目采用 [MIT 许可证](LICENSE)。",
        "**License:** MIT",
        "许可证：MIT",
    ],
)
def test_prose_declarations_that_contradict_the_licence_file(make_repo, line: str) -> None:
    # MIT said, Apache-2.0 shipped: inconsistent, but no more permissive than the file, so a warning.
    (finding,) = ow2(make_repo({"README.md": f"# M\n\n{line}\n", "LICENSE": APACHE}), "OW201")
    assert (finding.path, finding.line, finding.severity) == ("README.md", 3, "warning")
    assert "Apache" in finding.message


@pytest.mark.parametrize("line", ["This project is licensed under the [MIT License](LICENSE).", "**License:** MIT"])
def test_a_declaration_more_permissive_than_the_licence_file_is_an_error(make_repo, line: str) -> None:
    (finding,) = ow2(make_repo({"README.md": f"# M\n\n{line}\n", "LICENSE": LLAMA31_LIKE}), "OW201")
    assert (finding.path, finding.line, finding.severity) == ("README.md", 3, "error")


def test_a_declaration_stricter_than_the_licence_file_is_a_warning(make_repo) -> None:
    (finding,) = ow2(make_repo({"README.md": "# M\n\n- **License:** [Proprietary](LICENSE)\n", "LICENSE": APACHE}), "OW201")
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    "line",
    [
        "This project is licensed under the [Apache 2.0 License](LICENSE).",
        "本项目采用 [Apache 2.0 许可证](LICENSE)。",
        "**License:** Apache 2.0",
        # a scoped label does not speak for an unscoped LICENSE, which is often the code's
        "**Model license:** MIT",
    ],
)
def test_prose_declarations_that_agree_or_speak_for_another_part(make_repo, line: str) -> None:
    assert ow2(make_repo({"README.md": f"# M\n\n{line}\n", "LICENSE": APACHE}), "OW201") == []


def test_scoped_label_against_the_licence_file_of_that_part(make_repo) -> None:
    root = make_repo({"README.md": "# M\n\n**Model license:** MIT\n", "LICENSE-MODEL": APACHE})
    (finding,) = ow2(root, "OW201")
    assert (finding.path, finding.line) == ("README.md", 3)


def test_label_in_a_subfolder_readme_is_compared_with_its_own_folder(make_repo) -> None:
    root = make_repo({"m/README.md": "# M\n\n**License:** MIT\n", "m/LICENSE": MIT, "LICENSE": APACHE})
    assert ow2(root, "OW201") == []


def test_rider_on_an_unidentified_text_is_not_called_permissive(make_repo) -> None:
    root = make_repo({"MODEL_LICENSE": "Acme Responsible AI License\n\nYou may not use the model for military purposes.\n"})
    (finding,) = ow2(root, "OW203")
    assert "unidentified licence text" in finding.message and "permissive" not in finding.message
    assert "treated as rail" in finding.message


def test_an_unidentified_vendor_agreement_with_use_bans_is_vendor_terms_not_rail(make_repo) -> None:
    """A custom agreement ("DINOv3 License": Meta's terms, a ban on military end uses) that never calls itself a
    responsible-AI licence is a vendor's own terms; RAIL is what OpenRAIL and its derivatives call themselves."""
    text = "Acme Model License\n\nYou agree not to use the Acme Materials for military purposes or espionage.\n"
    (finding,) = ow2(make_repo({"MODEL_LICENSE": text}), "OW203")
    assert "treated as vendor-community" in finding.message
    rail = text.replace("Acme Model License", "Acme Responsible AI License (RAIL)")
    (finding,) = ow2(make_repo({"MODEL_LICENSE": rail}), "OW203")
    assert "treated as rail" in finding.message


def test_rider_wording_names_what_the_base_licence_is() -> None:
    from openwash.rules.licenses import _describe_base

    assert _describe_base("MIT") == "MIT"
    assert _describe_base("CC-BY-NC-4.0") == "CC-BY-NC-4.0 (non-commercial)"


def test_unscoped_label_naming_the_weights_licence_file_agrees(make_repo) -> None:
    """Code under LICENSE, weights under LICENSE-MODEL: "**License:** Llama 3.1 …" names one of them."""
    files = {"README.md": "# M\n\n- **License:** Llama 3.1 Community License\n", "LICENSE": MIT, "LICENSE-MODEL": LLAMA31_LIKE}
    assert ow2(make_repo(files), "OW201") == []


def test_unscoped_label_matching_no_licence_file_still_contradicts(make_repo) -> None:
    files = {"README.md": "# M\n\n- **License:** Apache 2.0\n", "LICENSE": MIT, "LICENSE-MODEL": LLAMA31_LIKE}
    (finding,) = ow2(make_repo(files), "OW201")
    assert finding.line == 3 and "MIT" in finding.message
