"""Licence texts: every licence file of the corpus, licensee-style mutations, riders."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from conftest import CORPUS, MIT_TEXT, needs_shared
from openwash.licenses.identify import CONFIDENCE_THRESHOLD, identify_text

# Every licence file in the corpus (find … -iname '*licen*' -o -iname 'copying*' -o -iname '*use_policy*',
# minus images, ONNX files and a YAML config), read by hand: path -> [(key, family, line), …] in text order.
APACHE = [("apache-2.0", "osi-approved")]
MIT = [("mit", "osi-approved")]
CORPUS_TABLE: dict[str, list[tuple[str, str]]] = {
    "cards/0penAGI__0MGE__HF_README/LICENSE": MIT,
    "cards/CSHaitao__LegalOne-R1__HF_README/LICENSE": APACHE,
    # a derivative-work notice followed by the bilibili Model Use License (100M MAU threshold)
    "cards/Noth3rn__murasame-index-tts__hf_model_card/LICENSE": [("bilibili-model-use", "vendor-community")],
    "cases/CompVis__stable-diffusion/LICENSE": [("creativeml-openrail-m", "rail")],
    "cases/Stability-AI__StableLM/LICENSE": APACHE,
    "cases/THUDM__ChatGLM-6B/LICENSE": APACHE,
    "cases/THUDM__ChatGLM-6B/MODEL_LICENSE": [("chatglm-6b", "vendor-community")],
    "cases/allenai__OLMo/LICENSE": APACHE,
    # the short "Licensed under the Apache License, Version 2.0" notice, not the full text
    "cases/bigscience-workshop__bigscience/LICENSE": APACHE,
    "cases/bigscience-workshop__xmtf/LICENSE.md": APACHE,
    "cases/databrickslabs__dolly/LICENSE": APACHE,
    "cases/facebookresearch__segment-anything/LICENSE": APACHE,
    "cases/google-deepmind__gemma/LICENSE": APACHE,
    "cases/jzhang38__TinyLlama/LICENSE": APACHE,
    "cases/karpathy__nanoGPT/LICENSE": MIT,
    "cases/meta-llama__llama/LICENSE": [("llama2", "vendor-community")],
    "cases/meta-llama__llama/USE_POLICY.md": [("llama2-aup", "vendor-community")],
    # MIT plus "we only ask that you use GPT-2 responsibly": a request, not a restriction
    "cases/openai__gpt-2/LICENSE": [("modified-mit", "osi-approved")],
    "cases/openai__whisper/LICENSE": MIT,
    "cases/opencv__opencv_zoo/LICENSE": APACHE,
    # MIT for NAFNet followed by BasicSR's Apache-2.0: two licences in one file
    "cases/opencv__opencv_zoo/models/deblurring_nafnet/LICENSE": [("mit", "osi-approved"), ("apache-2.0", "osi-approved")],
    "cases/opencv__opencv_zoo/models/edge_detection_dexined/LICENSE": MIT,
    "cases/opencv__opencv_zoo/models/face_detection_yunet/LICENSE": MIT,
    "cases/opencv__opencv_zoo/models/face_image_quality_assessment_ediffiqa/LICENSE": [("cc-by-4.0", "open-data")],
    "cases/opencv__opencv_zoo/models/face_recognition_sface/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/handpose_estimation_mediapipe/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/human_segmentation_pphumanseg/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/image_classification_mobilenet/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/image_classification_ppresnet/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/image_segmentation_efficientsam/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/inpainting_lama/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/license_plate_detection_yunet/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/object_detection_nanodet/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/object_detection_yolox/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/object_tracking_vittrack/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/optical_flow_estimation_raft/BSD-3-LICENSE.txt": [("bsd-3-clause", "osi-approved")],
    "cases/opencv__opencv_zoo/models/optical_flow_estimation_raft/MITLICENSE.txt": MIT,
    "cases/opencv__opencv_zoo/models/palm_detection_mediapipe/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/person_detection_mediapipe/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/person_reid_youtureid/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/pose_estimation_mediapipe/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/qrcode_wechatqrcode/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/text_detection_ppocr/LICENSE": APACHE,
    "cases/opencv__opencv_zoo/models/text_recognition_crnn/LICENSE": APACHE,
    "cases/xai-org__grok-1/LICENSE.txt": APACHE,
    "cases/ymcui__Chinese-LLaMA-Alpaca/LICENSE.md": APACHE,
}
_SKIP_SUFFIXES = (".jpg", ".png", ".onnx", ".yaml", ".yml")


def _corpus_licence_files() -> list[str]:
    found = []
    for path in CORPUS.rglob("*"):
        name = path.name.lower()
        if not path.is_file() or name.endswith(_SKIP_SUFFIXES):
            continue
        if "licen" in name or name.startswith("copying") or "use_policy" in name:
            found.append(path.relative_to(CORPUS).as_posix())
    return sorted(found)


@needs_shared
def test_table_lists_every_corpus_licence_file() -> None:
    assert _corpus_licence_files() == sorted(CORPUS_TABLE)


@needs_shared
@pytest.mark.parametrize("relpath", sorted(CORPUS_TABLE))
def test_corpus_licence_file_identified(relpath: str) -> None:
    text = (CORPUS / relpath).read_text(encoding="utf-8", errors="replace")
    matches = identify_text(text)
    assert [(m.key, m.family) for m in matches] == CORPUS_TABLE[relpath]
    assert all(m.confidence >= CONFIDENCE_THRESHOLD for m in matches)


@needs_shared
def test_two_licences_in_one_file_carry_their_own_lines() -> None:
    text = (CORPUS / "cases/opencv__opencv_zoo/models/deblurring_nafnet/LICENSE").read_text()
    mit, apache = identify_text(text)
    lines = text.split("\n")
    assert lines[mit.line - 1] == "Copyright (c) 2022 megvii-model"  # the matcher includes the copyright line
    assert lines[apache.line - 1] == "Copyright 2018-2020 BasicSR Authors"  # BasicSR's Apache-2.0 part
    assert mit.line < apache.line


@needs_shared
def test_modified_mit_keeps_its_request_as_a_rider() -> None:
    (match,) = identify_text((CORPUS / "cases/openai__gpt-2/LICENSE").read_text())
    assert match.id == "LicenseRef-openwash-modified-mit"
    assert not match.osi_approved
    assert [r.split(":")[0] for r in match.riders] == ["request"]


# -- licensee-style mutations ------------------------------------------------------------------


BSD3_TEXT = """BSD 3-Clause License

Copyright (c) 2024, Example Labs
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.

3. Neither the name of the copyright holder nor the names of its
   contributors may be used to endorse or promote products derived from
   this software without specific prior written permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

# Model-licence fixtures written for these tests (short paraphrases with the licences' titles
# and distinctive clauses), standing in for texts no detection library knows.
GEMMA_LIKE = """Gemma Terms of Use

Last modified: 2024-04-01

By using, reproducing, modifying, distributing, performing or displaying any portion or element of
Gemma, Model Derivatives including via any Hosted Service, you agree to be bound by this Agreement.

Section 3.2 Use Restrictions. You must not use any of the Gemma Services for the restricted uses set
forth in the Gemma Prohibited Use Policy, and you must pass these restrictions on to recipients of
Model Derivatives.
"""
QWEN_LIKE = """Tongyi Qianwen LICENSE AGREEMENT

Tongyi Qianwen Release Date: August 3, 2023

By clicking to agree or by using or distributing any portion or element of the Tongyi Qianwen Materials,
you will be deemed to have recognized and accepted the content of this Agreement, which is effective
immediately.

4. If you are commercially using the Materials, and your product or service has more than 100 million
monthly active users, You shall request a license from Alibaba Cloud.
"""

TEXTS: dict[str, tuple[str, str]] = {}  # name -> (text, expected key); filled in _texts()


def _texts() -> dict[str, tuple[str, str]]:
    texts = {
        "mit": (MIT_TEXT, "mit"),
        "bsd-3-clause": (BSD3_TEXT, "bsd-3-clause"),
        "gemma": (GEMMA_LIKE, "gemma"),
        "qwen": (QWEN_LIKE, "qwen"),
    }
    if CORPUS.is_dir():
        texts["apache-2.0"] = ((CORPUS / "cases/allenai__OLMo/LICENSE").read_text(), "apache-2.0")
        texts["llama2"] = ((CORPUS / "cases/meta-llama__llama/LICENSE").read_text(), "llama2")
        texts["creativeml"] = ((CORPUS / "cases/CompVis__stable-diffusion/LICENSE").read_text(), "creativeml-openrail-m")
        texts["chatglm"] = ((CORPUS / "cases/THUDM__ChatGLM-6B/MODEL_LICENSE").read_text(), "chatglm-6b")
    return texts


def _rewrap(text: str, width: int = 57) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    return "\n\n".join(textwrap.fill(" ".join(p.split()), width) for p in paragraphs if p.strip())


def _strip_title(text: str) -> str:
    lines = text.strip("\n").split("\n")
    return "\n".join(lines[1:])


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _markdown(text: str) -> str:
    lines = text.strip("\n").split("\n")
    out = [f"# {lines[0].strip()}"]
    for line in lines[1:]:
        if re.match(r"\s*\d+\.\s", line):
            out.append("- " + line.strip())
        elif line.isupper() and len(line) > 20:
            out.append(f"**{line.strip()}**")
        else:
            out.append(line.replace("Software", "*Software*", 1))
    out.append("\n> See [the licence page](https://example.org/licence) for details.")
    return "\n".join(out)


MUTATIONS = {"rewrapped": _rewrap, "title-stripped": _strip_title, "crlf": _crlf, "markdown": _markdown}


def _cases() -> list[tuple[str, str]]:
    names = ["mit", "bsd-3-clause", "gemma", "qwen"]
    if CORPUS.is_dir():
        names += ["apache-2.0", "llama2", "creativeml", "chatglm"]
    return [(name, mutation) for name in names for mutation in MUTATIONS]


def _key(text: str) -> str:
    matches = identify_text(text)
    return matches[0].key


@pytest.mark.parametrize(("name", "mutation"), _cases())
def test_known_text_survives_mutation(name: str, mutation: str) -> None:
    text, key = _texts()[name]
    assert _key(text) == key  # the unmutated text first
    assert _key(MUTATIONS[mutation](text)) == key


FOREIGN = "\n\n".join(
    textwrap.fill(p, 72)
    for p in [
        "This project trains small diffusion models on synthetic shapes. The repository holds the training "
        "loop, the data generator, configuration files for three model sizes and a notebook that plots the "
        "loss curves. Results are reproducible on a single GPU within an afternoon.",
        "To get started, create a virtual environment, install the requirements and run the training script "
        "with the default configuration. Checkpoints are written every thousand steps to the output folder, "
        "together with sample images and a JSON file of the metrics recorded so far.",
        "We thank the maintainers of the libraries we build on and everyone who reported issues while the "
        "code was young. Questions are welcome in the discussion forum; bug reports go to the tracker, with "
        "the exact command, the configuration file and the full error message.",
        "The evaluation scripts compute FID and precision/recall against a held-out set of ten thousand "
        "images; they expect the reference statistics in the cache folder, which the download helper fills.",
    ]
)


@pytest.mark.parametrize("name", ["mit", "bsd-3-clause"])
def test_substantial_foreign_text_is_not_that_licence(name: str) -> None:
    text, key = _texts()[name]
    matches = identify_text(text + "\n\n" + FOREIGN)
    assert key not in [m.key for m in matches]
    assert matches[0].key == "unknown"


RIDERS = {
    "use-restriction": "You may not use the Software for military purposes or for the surveillance of individuals.",
    "acceptable-use-policy": "Your use of the Software is subject to the Example Labs Acceptable Use Policy, incorporated here by reference.",
    "user-threshold": "If your products have more than 100 million monthly active users you must request a separate licence from Example Labs.",
    "non-commercial": "The Software may not be used for commercial purposes; it is licensed for non-commercial use only.",
    "research-only": "The model weights are provided for research purposes only.",
}
RIDER_FAMILIES = {
    "use-restriction": "rail",
    "acceptable-use-policy": "vendor-community",
    "user-threshold": "vendor-community",
    "non-commercial": "non-commercial",
    "research-only": "research-only",
}


@pytest.mark.parametrize("where", ["appended", "inserted"])
@pytest.mark.parametrize("rider", sorted(RIDERS))
@pytest.mark.parametrize("name", ["mit", "bsd-3-clause"])
def test_rider_makes_it_another_licence(name: str, rider: str, where: str) -> None:
    text, key = _texts()[name]
    paragraphs = text.split("\n\n")
    if where == "appended":
        mutated = text + "\n\n" + RIDERS[rider] + "\n"
    else:
        mutated = "\n\n".join(paragraphs[:3] + [RIDERS[rider]] + paragraphs[3:])
    matches = identify_text(mutated)
    assert key not in [m.key for m in matches]
    assert not any(m.osi_approved for m in matches)
    first = matches[0]
    assert rider in [r.split(":")[0] for r in first.riders]
    if first.key != "unknown":  # still recognised as a modified permissive text: classified by the rider
        assert first.family == RIDER_FAMILIES[rider]
        assert first.properties.get("base_license")


@needs_shared
def test_apache_with_acceptable_use_policy_is_not_apache() -> None:
    text = (CORPUS / "cases/allenai__OLMo/LICENSE").read_text()
    rider = "\nThe model weights are licensed under the Apache License 2.0, subject to the Acceptable Use Policy at https://example.org/aup.\n"
    (match,) = identify_text(text + rider)
    assert match.key != "apache-2.0"
    assert match.family == "vendor-community"
    assert match.id.startswith("LicenseRef-openwash-")


@pytest.mark.parametrize("heading", ["------------- LICENSE FOR Example Vision code -------------", "## License for the ExampleSeg files"])
@pytest.mark.parametrize("rider", sorted(RIDERS))
def test_terms_in_a_component_section_of_a_composite_file_bind_that_component_only(heading: str, rider: str) -> None:
    """A composite licence file (own terms first, then "LICENSE FOR <component> code" sections):
    extra terms under a component's heading are that component's, kept as `component_terms`."""
    text = "The following applies to all files unless otherwise noted:\n\n" + MIT_TEXT + "\n\n" + heading + "\n\n" + RIDERS[rider] + "\n"
    (match,) = identify_text(text)
    assert (match.key, match.family, match.riders) == ("mit", "osi-approved", [])
    terms = [t.split(": ")[:2] for t in match.properties["component_terms"]]
    assert {title for title, _ in terms} == {heading.strip("-# ").strip()}
    assert rider in {kind for _, kind in terms}


@pytest.mark.parametrize("rider", sorted(RIDERS))
def test_terms_before_the_first_component_section_still_modify_the_file(rider: str) -> None:
    text = MIT_TEXT + "\n\n" + RIDERS[rider] + "\n\n------ LICENSE FOR Example Vision code ------\n\n" + BSD3_TEXT
    matches = identify_text(text)
    assert "mit" not in [m.key for m in matches]
    assert rider in [r.split(":")[0] for r in matches[0].riders]


@pytest.mark.parametrize("policy", ["Prohibited Uses Policy", "Prohibited Use Policy", "Acceptable Uses Policy", "Use Policy"])
def test_a_use_policy_by_any_of_its_names_is_a_vendor_policy_not_a_rail_attachment(policy: str) -> None:
    from openwash.licenses.identify import find_riders, rider_family

    riders = find_riders(f"Your use of the Model must comply with applicable laws and adhere to the {policy}, which is incorporated here.")
    assert "acceptable-use-policy" in [r.split(":")[0] for r in riders]
    assert rider_family(riders, "unknown") == "vendor-community"


@pytest.mark.parametrize(
    "sentence",
    ["The models of ExampleFace are for non-commercial research purposes only.", "ExampleFace's models are for non-commercial research purposes only."],
)
def test_terms_whose_subject_is_a_named_component_are_that_components(sentence: str) -> None:
    (match,) = identify_text(MIT_TEXT + "\n---\n\nThe code of ExampleFace is released under the MIT License.\n" + sentence + "\n")
    assert (match.key, match.family, match.riders) == ("mit", "osi-approved", [])
    assert match.properties["component_terms"] == [f"named component: {sentence}"]


def test_terms_whose_subject_is_the_licensed_work_still_modify_it() -> None:
    matches = identify_text(MIT_TEXT + "\n\nThe models of this repository are for non-commercial research purposes only.\n")
    assert "mit" not in [m.key for m in matches]


def test_a_commented_apache_notice_is_not_a_component_heading() -> None:
    notice = "# Licensed under the Apache License, Version 2.0\n# See the License for the specific language governing permissions and\n# limitations under the License.\n"
    matches = identify_text(MIT_TEXT + "\n\n" + notice + "\n" + RIDERS["non-commercial"] + "\n")
    assert all(m.family == "non-commercial" and not m.properties.get("component_terms") for m in matches)


def test_below_threshold_is_unknown_never_a_guess() -> None:
    text = "Example Model Licence\n\nYou can use this model as long as you are nice. Ask us before selling it.\n"
    (match,) = identify_text(text)
    assert match.key == "unknown" and match.id == "unknown" and match.family == "unknown"
    assert match.confidence < CONFIDENCE_THRESHOLD


def test_clause_shared_by_many_licences_is_not_enough() -> None:
    # "acceptable use policy" and "700 million monthly active users" appear in several Llama licences
    text = "Terms\n\nSubject to the acceptable use policy. Above 700 million monthly active users ask first.\n"
    assert identify_text(text)[0].key == "unknown"


def test_empty_and_binary_like_text_is_unknown() -> None:
    assert identify_text("")[0].key == "unknown"
    assert identify_text("\x00\x01\x02 \n\n \t")[0].key == "unknown"


def test_a_licence_with_its_policy_appended_gives_two_entries() -> None:
    text = GEMMA_LIKE + "\n\nLlama 2 Acceptable Use Policy\n\nProhibited Uses: you agree not to use Llama 2 to violate the law.\n"
    keys = [m.key for m in identify_text(text)]
    assert keys == ["gemma", "llama2-aup"]


@pytest.mark.parametrize(
    ("commercial_clause", "family"),
    [
        # commercial use after registering with the licensor, under this same licence: vendor terms
        ("（3）如果您计划将本模型用作商业用途，均应当事先向许可方登记并获得授权。", "vendor-community"),
        ("For commercial use, please register with us and obtain written authorization.", "vendor-community"),
        # commercial use needs another licence: this one stays non-commercial
        ("Any commercial use of the Materials requires a separate license from Acme.", "non-commercial"),
    ],
)
def test_non_commercial_use_plus_commercial_use_after_registration_is_vendor_terms(commercial_clause: str, family: str) -> None:
    from openwash.licenses.identify import rider_family

    text = (
        "Acme Model Agreement\n\n1. Acme grants you a non-exclusive, worldwide licence to use the Model for your own "
        "non-commercial purposes.\n\n" + commercial_clause + "\n"
    )
    (match,) = identify_text(text)
    assert rider_family(list(match.riders), "unknown") == family


def test_a_vendor_licence_whose_version_grants_only_non_commercial_research_use_is_non_commercial() -> None:
    """ChatGLM2-6B's first licence: the same licence family as later texts, but this text's own grant decides."""
    head = "The ChatGLM2-6B License\n\n1. Definitions\n\n\u201cLicensor\u201d means the ChatGLM2-6B Model Team that distributes its Software.\n\n"
    later = head + "2. License Grant\n\nYou may use the Software for academic research; commercial use is allowed after registration.\n"
    first = head + (
        "2. License Grant\n\nSubject to the terms and conditions of this License, the Licensor hereby grants to you a "
        "non-exclusive, worldwide licence to use the Software solely for your non-commercial research purposes.\n"
    )
    (old,) = identify_text(first)
    (new,) = identify_text(later)
    assert (old.key, old.family, old.properties.get("version_terms")) == ("chatglm-6b", "non-commercial", "non-commercial")
    assert (new.key, new.family) == ("chatglm-6b", "vendor-community")


def test_an_exception_for_other_non_commercial_models_is_no_non_commercial_rider() -> None:
    from openwash.licenses.identify.riders import find_riders, rider_kinds

    clause = "c) You may not use the Model or any Derivative Work to improve any AI model, except the Model itself or non-commercial AI models."
    assert "non-commercial" not in rider_kinds(find_riders(clause))
    assert "non-commercial" in rider_kinds(find_riders("The Model may be used for non-commercial purposes only."))
    assert "non-commercial" not in rider_kinds(find_riders("c）您不得使用本模型来改进任何AI模型（本模型、非商业用途的AI模型除外）。"))


def test_the_gpl_written_offer_clause_is_no_non_commercial_rider() -> None:
    # GPL-3.0 / AGPL-3.0 section 6c and GPL-2.0 section 3c are standard text, read in an unidentified (edited) GPL
    from openwash.licenses.identify.riders import find_riders, rider_kinds

    gpl3 = (
        "c) Convey individual copies of the object code with a copy of the written offer to provide the Corresponding "
        "Source. This alternative is allowed only occasionally and noncommercially, and only if you received the object "
        "code with such an offer, in accord with subsection 6b."
    )
    gpl2 = "c) Accompany it with the information you received as to the offer to distribute corresponding source code. (This alternative is allowed only for noncommercial distribution and only if you received the program in object code or executable form with such an offer, in accord with Subsection b above.)"
    assert "non-commercial" not in rider_kinds(find_riders(gpl3))
    assert "non-commercial" not in rider_kinds(find_riders(gpl2))
    assert "non-commercial" in rider_kinds(find_riders(gpl3 + " The model weights may be used noncommercially only."))


def test_the_bilibili_model_licence_is_known_by_its_chinese_title_too() -> None:
    text = "bilibili模型使用许可协议\n\n若您点击同意《bilibili模型使用许可协议》，即视为您已确认并接受本协议内容。\n"
    assert [m.key for m in identify_text(text)] == ["bilibili-model-use"]


def test_a_revenue_threshold_licence_is_vendor_terms_though_it_defines_non_commercial_purposes() -> None:
    from openwash.licenses.identify.riders import find_riders, rider_family, rider_kinds

    text = (
        '"Non-Commercial or Research Purposes" shall mean purposes that do not involve any Commercial Use. '
        "The rights granted under this License for Commercial Use are conditioned upon You not exceeding the Threshold. "
        '"Threshold" shall mean annual revenue of 5 million United States dollars or more.'
    )
    riders = find_riders(text)
    assert {"non-commercial", "user-threshold"} <= set(rider_kinds(riders))
    assert rider_family(riders, "osi-approved") == "vendor-community"
    # without a threshold the same ban stays a ban
    assert rider_family(find_riders("The Model may be used for non-commercial purposes only."), "osi-approved") == "non-commercial"


def test_the_openpangu_model_licence_is_vendor_terms() -> None:
    text = (Path(__file__).parent / "realworld" / "cards-q" / "IDLEOAK__openpangu-lightweight-methods__README" / "LICENSE").read_text(encoding="utf-8")
    (match,) = identify_text(text)
    assert (match.key, match.family) == ("openpangu-model-1.0", "vendor-community")


def test_licences_listed_under_other_dependencies_are_the_components_not_the_files() -> None:
    """Tencent's composite files: the release's own terms first, then "Other dependencies and licenses:" with the
    bundled components' licences. Only the first part is the file's licence."""
    apache = (Path(__file__).parent / "fixtures" / "licence-texts" / "AGPL-3.0.txt").read_text(encoding="utf-8")
    own = (
        "Copyright (C) 2024 Example Co. All rights reserved.\n\nLicense Terms of the Acme1.5:\n"
        "--------------------------------------------------------------------\n\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this Software, to deal in the "
        "Software, subject to the following conditions:\n\n"
        "- You agree to use the Acme1.5 only for academic, research and education purposes, and refrain from using it "
        "for any commercial or production purposes under any circumstances.\n\n"
    )
    text = own + "\nOther dependencies and licenses:\n\n\nOpen Source Model Licensed under the GNU AGPL:\n" + apache
    matches = identify_text(text)
    # the own part is the MIT grant with an academic-use condition among its own: MIT, modified to research only
    assert [(m.key, m.family) for m in matches] == [("modified-mit", "research-only")]
    assert {"research-only", "non-commercial"} <= {r.split(":", 1)[0] for r in matches[0].riders}
    # the same component licence text with no such heading is the file's
    assert any("agpl-3.0" in m.key for m in identify_text(own + "\n" + apache))


def test_a_composite_file_is_identified_by_its_own_part_however_long_the_components_part() -> None:
    """Tencent's composite LICENSE ("X is licensed under … except for the third-party components listed below"):
    the bundled components' part can be most of the file (another vendor's licence, a NumPy notice) and hold a
    component's non-commercial terms; the file's licence is what its own part holds."""
    from conftest import MIT_TEXT

    own = (
        "Tencent is pleased to support the open source community by making Acme available.\n\n"
        "Acme is licensed under the MIT License except for the third-party components listed below.\n\n"
        "Terms of the MIT License:\n---------------------------------------------\n" + MIT_TEXT + "\n\n"
    )
    vendor_terms = " ".join(f"Clause {n}. The Licensor grants the Licensee the rights set out in schedule {n} of this agreement." for n in range(60))
    components = (
        "Other dependencies and licenses:\n\n\n"
        "Open Source Software licensed under the Apache 2.0 license and Other Licenses of the Third-Party Components therein:\n"
        "---------------------------------------------\n"
        "1. FaceKit\nThe codes are largely modified from the repository FaceKit. "
        "Their license is Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.\n\n"
        "Terms of the Vendor License:\n---------------------------------------------\n" + vendor_terms + "\n"
    )
    (match,) = identify_text(own + components)
    assert (match.id, match.family, match.riders) == ("MIT", "osi-approved", [])


_TRADEMARK_NOTICE = (
    "### Trademark Notice\n\n"
    "The frontend code, project name, logo, and other brand identifiers are trademarks of the developer.\n\n"
    "* These elements are excluded from the licence.\n"
    "* They may not be used for commercial purposes or to endorse derived works without written permission.\n"
)


@pytest.mark.parametrize("heading", ["### Trademark Notice", "## Trademarks", "## Brand and logo", "### 商标"])
def test_terms_in_a_trademark_section_are_not_riders_on_the_licensed_work(heading: str) -> None:
    notice = _TRADEMARK_NOTICE.replace("### Trademark Notice", heading)
    matches = identify_text(MIT_TEXT + "\n\n" + notice)
    assert not any(r.startswith(("non-commercial", "use-restriction")) for m in matches for r in m.riders)
    # the same sentence under a heading that is not a trademark notice is a rider: the section decides
    other = identify_text(MIT_TEXT + "\n\n" + notice.replace(heading, "### Additional Terms"))
    assert "non-commercial" in [r.split(":")[0] for m in other for r in m.riders]


def test_a_trademark_section_ends_at_the_next_heading() -> None:
    text = MIT_TEXT + "\n\n" + _TRADEMARK_NOTICE + "\n### Model use\n\nThe model weights may not be used for commercial purposes.\n"
    assert "non-commercial" in [r.split(":")[0] for m in identify_text(text) for r in m.riders]


def test_a_trademark_heading_does_not_hide_terms_on_the_model_itself() -> None:
    hidden = "### Trademarks\n\nThe model weights may not be used for commercial purposes.\n"
    assert "non-commercial" in [r.split(":")[0] for m in identify_text(MIT_TEXT + "\n\n" + hidden) for r in m.riders]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("2: You may not use code in this repository or any derivations for commercial purposes unless we explicitly grant you the right to do so;", "non-commercial"),
        ("You may not use the model, its weights or any outputs for any commercial use.", "non-commercial"),
        ("You may not use the software to harm people, and it is free for commercial purposes.", "use-restriction"),
    ],
)
def test_a_ban_on_using_the_work_for_commercial_purposes_is_non_commercial(sentence: str, kind: str) -> None:
    kinds = [r.split(":")[0] for m in identify_text(MIT_TEXT + "\n\n" + sentence + "\n") for r in m.riders]
    assert kind in kinds
    if kind != "non-commercial":
        assert "non-commercial" not in kinds


@pytest.mark.parametrize("address", ["legalcode", "legalcode.en", "deed.zh-hans", ""])
def test_a_pointer_to_a_creative_commons_legal_code_or_deed_names_that_licence(address: str) -> None:
    text = (
        "Acme model weights are licensed under the Creative Commons Attribution 4.0 International License (CC BY 4.0).\n\n"
        f"License text and terms: https://creativecommons.org/licenses/by/4.0/{address}\n"
    )
    (match,) = identify_text(text)
    assert (match.id, match.family, match.method) == ("CC-BY-4.0", "open-data", "pointer")


def test_a_list_of_prohibitions_is_read_item_by_item_in_any_language() -> None:
    """"É EXPRESSAMENTE PROIBIDO ao Licenciado:" then "1. **Fine-tuning ou re-treinamento**: …": the items are what is
    forbidden (the list markers are gone once the text is prepared); an item that forbids a use whose words mention a
    change ("For fully automated decision making that … modifies a binding obligation") is not a ban on changes."""
    from openwash.licenses.identify import find_riders, prepare, rider_kinds

    portuguese = (
        "# LICENÇA DE USO DOS PESOS\n\n### 2.2 Limitações e Proibições\n\nÉ EXPRESSAMENTE PROIBIDO ao Licenciado:\n\n"
        "1. **Fine-tuning ou re-treinamento**: Qualquer forma de ajuste fino dos pesos do modelo.\n\n"
        "2. **Criação de modelos derivados**: Criar novos modelos baseados nos pesos.\n"
    )
    assert rider_kinds(find_riders(prepare(portuguese))) == ["no-derivatives"]
    english = "You may not:\n\n- modify the weights;\n\n- use the model for commercial purposes.\n"
    assert sorted(rider_kinds(find_riders(prepare(english)))) == ["no-derivatives", "non-commercial"]
    uses = "You agree not to use the Model:\n\n8) For fully automated decision making that creates or modifies a binding obligation;\n"
    assert "no-derivatives" not in rider_kinds(find_riders(prepare(uses)))
    granted = "O Licenciador concede ao Licenciado uma licença para:\n\n1. **Modificar** os pesos.\n"
    assert rider_kinds(find_riders(prepare(granted))) == []


def test_a_notice_that_names_a_licence_and_links_its_legal_code_is_that_licence() -> None:
    """A MODEL_LICENSE that says "licensed under the Creative Commons Attribution 4.0 International License (CC BY 4.0)",
    summarises the terms and links the legal code is CC-BY-4.0; a line of its own beyond the licence still binds."""
    notice = (
        "Creative Commons Attribution 4.0 International (CC BY 4.0)\n\n"
        "The AI models in this repository are licensed under the Creative Commons Attribution 4.0 International License (CC BY 4.0).\n\n"
        "You are free to:\n- Share: copy and redistribute the model in any medium or format\n"
        "- Adapt: remix, transform, and build upon the model for any purpose, even commercially.\n\n"
        "Under the following terms:\n- Attribution: You must give appropriate credit, provide a link to the license, and "
        "indicate if changes were made.\n\nFull License: https://creativecommons.org/licenses/by/4.0/legalcode\n"
    )
    [match] = identify_text(notice)
    assert (match.id, match.method, match.line) == ("CC-BY-4.0", "notice", 3)
    stricter = notice.replace("You are free to:", "The models are released for research purposes only.\n\nYou are free to:")
    [match] = identify_text(stricter)
    assert match.family == "research-only" and match.properties["base_license"] == "CC-BY-4.0"
    # the name and the link must agree
    assert identify_text(notice.replace("by/4.0", "by-nc/4.0"))[0].id == "unknown"


def test_a_notice_whose_licence_is_named_by_a_link_text_and_made_available_under_it_is_that_licence() -> None:
    """CadenceVAD's MODEL_LICENSE.md: "Model artifacts are available under the\n[Creative Commons Attribution 4.0
    International licence](https://creativecommons.org/licenses/by/4.0/)."; the line is the one that names it."""
    notice = (
        "# Acme model licence\n\nModel artifacts are available under the\n"
        "[Creative Commons Attribution 4.0 International licence](https://creativecommons.org/licenses/by/4.0/).\n\n"
        "## Acme-trained models\n\nCheckpoints trained in this repository, with their exported ONNX graphs,\n"
        "configuration, calibration metadata and generated native weight arrays.\n\nAttribution:\n\n"
        "> Acme by Jane Doe, with training-data and teacher attribution documented in the repository `NOTICE` file.\n\n"
        "## Bundled baseline\n\nThese artifacts are third-party material redistributed unmodified, kept for comparison.\n\n"
        "Repository source code, excluding model-derived artifacts, is separately licensed\nunder the MIT licence.\n"
    )
    [match] = identify_text(notice)
    assert (match.id, match.method, match.line) == ("CC-BY-4.0", "notice", 3)
    # the link's target must still agree with the name
    assert identify_text(notice.replace("licenses/by/4.0", "licenses/by-nc/4.0"))[0].id != "CC-BY-4.0"


def test_commercial_or_non_commercial_purposes_is_no_ban_and_a_non_compete_term_is_a_vendors() -> None:
    """"… make available the ten-vad, for commercial or non-commercial purposes, provided that … 1. You may not Deploy the
    ten-vad in a way that competes with Agora's offerings": every purpose is granted; the non-compete term is the
    vendor's field-of-use condition."""
    from openwash.licenses.identify import find_riders, prepare, rider_family, rider_kinds

    text = (
        "The ten-vad is licensed pursuant to the Apache License v2.0, with the following additional conditions. You may "
        "reproduce, distribute, or otherwise make available the ten-vad, for commercial or non-commercial purposes, provided "
        "that you agree to abide by the terms below:\n\n1. You may not Deploy the ten-vad in a way that competes with Agora's offerings.\n"
    )
    riders = find_riders(prepare(text))
    assert rider_kinds(riders) == ["non-compete"]
    assert rider_family(riders, "unknown") == "vendor-community"
    assert "non-commercial" in rider_kinds(find_riders("The model may be used for non-commercial purposes only."))


def test_a_prohibition_distributes_over_its_enumerated_items() -> None:
    """"You may not (i) host … on any End User devices … or (ii) Deploy the ten-turn-detection in a way that competes
    with Agora's offerings": the non-compete term is the second item of one prohibition."""
    from openwash.licenses.identify import find_riders, prepare, rider_kinds

    sentence = (
        "You may not (i) host the ten-turn-detection or the Derivative Works on any End User devices, including but not "
        "limited to any mobile terminal devices or (ii) Deploy the ten-turn-detection in a way that competes with Agora's "
        "offerings and/or that allows others to compete with Agora's offerings."
    )
    assert rider_kinds(find_riders(prepare(sentence))) == ["non-compete"]
    # an enumeration without a competing use stays free of the term
    assert find_riders(prepare("You may not (i) remove notices or (ii) use the trademarks of the licensor.")) == []


_WITH_CONDITIONS = (
    "Open Source License\n\nThe ten-turn-detection is licensed pursuant to the Apache License v2.0(provided\nfor your "
    "convenience below), with the following additional conditions. You may reproduce, prepare Derivative Works\nof, or "
    "otherwise make available the ten-turn-detection, for commercial or non-commercial purposes, provided that you agree "
    "to abide by the terms below:\n\n    1. You may not (i) host the ten-turn-detection on any End User devices or (ii) "
    "Deploy the ten-turn-detection in a way that competes with Agora's offerings.\n"
)


def test_a_named_licence_with_added_conditions_is_that_licence_modified() -> None:
    """A file that names a standard licence "with the following additional conditions" and adds restricting terms,
    without that licence's text, is the licence modified by them: Apache-2.0 plus a non-compete term is a vendor's
    terms (DOMAIN §5), not an unidentified text that a badge saying "Apache 2.0" would then outrank."""
    (match,) = identify_text(_WITH_CONDITIONS)
    assert match.key == "modified-apache-2.0"
    assert match.family == "vendor-community"
    assert match.line == 3
    assert [r.split(":", 1)[0] for r in match.riders] == ["non-compete"]
    # naming the licence with conditions that restrict nothing beyond it: no modified licence is made up
    (plain,) = identify_text(_WITH_CONDITIONS.split("    1.")[0] + "    1. You must keep this notice.\n")
    assert plain.key == "unknown"


def test_the_mit_grant_with_a_territory_left_out_is_mit_modified() -> None:
    """Youtu-Embedding's terms: the MIT grant word for word, "subject to the following conditions: 1. … IS NOT INTENDED
    FOR USE WITHIN THE EUROPEAN UNION. 2. The above copyright notice …". A territory the grant leaves out is a vendor's
    term (as the Hunyuan licences' exclusion), so the text is MIT modified, not MIT and not an unknown text."""
    text = (
        "Acme is pleased to support the open source community by making Acme-Embed available.\n\n"
        "Acme-Embed is licensed under the License Terms of Acme-Embed.\n\nLicense Terms of Acme-Embed:\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated "
        "documentation files (the \"Software\"), to deal in the Software without restriction, subject to the following "
        "conditions:\n\n1. Acme-Embed IS NOT INTENDED FOR USE WITHIN THE EUROPEAN UNION.\n\n2. The above copyright "
        "notice and this permission notice shall be included in all copies or substantial portions of the Software.\n"
    )
    (match,) = identify_text(text)
    assert (match.key, match.family) == ("modified-mit", "vendor-community")
    assert [r.split(":", 1)[0] for r in match.riders] == ["territory"]
    # the same grant with only MIT's own condition is no modified licence
    plain = text.replace("1. Acme-Embed IS NOT INTENDED FOR USE WITHIN THE EUROPEAN UNION.\n\n2. ", "")
    assert identify_text(plain)[0].key != "modified-mit"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # an evaluation licence is narrower than a research one
        ("NTT grants a nontransferable licence to use the Data only for the purposes of testing, analyzing, and evaluating the methods.", {"research-only"}),
        ("The weights are provided for evaluation purposes only.", {"research-only"}),
        ("You agree to use the Acme-Reader only for research or evaluation purposes, and shall not use it for any commercial or production purposes under any circumstances.", {"research-only"}),
        ("You shall not use the model for any commercial purposes.", {"non-commercial"}),
        # NVIDIA's definition of non-commercial use names research and evaluation together: non-commercial, as before
        ("The Work may be used only non-commercially, meaning for research or evaluation purposes only.", {"non-commercial"}),
    ],
)
def test_an_evaluation_only_grant_is_research_only(sentence: str, kinds: set[str]) -> None:
    text, key = _texts()["mit"]
    matches = identify_text(text + "\n\n" + sentence + "\n")
    assert {r.split(":", 1)[0] for r in matches[0].riders} & {"research-only", "non-commercial"} == kinds
