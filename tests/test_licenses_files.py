"""Licence texts found by name and by content (issue 15 §4): `<Vendor> LICENSE AGREEMENT` with
spaces and no extension, LICENSE-* under model_licenses/, MODEL_LICENSE, NOTICE, and .txt/.md files
whose first lines are a licence title. Content sniffing reads a few hundred bytes of at most
SNIFF_LIMIT files near the root, so the hook stays fast."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from openwash import discover, documents, engine
from openwash.licenses import files

# Short texts written for these tests: a title and a clause or two.
GLM130B_LIKE = (
    "The GLM-130B License\n\n1. Definitions\n\n\"Licensor\" means the GLM-130B Model Team that distributes its Software.\n\n"
    "You will not use the Software for any commercial, military, or illegal purposes.\n"
)
HUNYUAN_LIKE = (
    "TENCENT HUNYUAN COMMUNITY LICENSE AGREEMENT\nTencent Hunyuan Release Date: 2025/11/25\n"
    "THIS LICENSE AGREEMENT DOES NOT APPLY IN THE EUROPEAN UNION, UNITED KINGDOM AND SOUTH KOREA.\n\n"
    "Mark products \"Powered by Tencent Hunyuan\".\n"
)
QWEN_LIKE = (
    "Tongyi Qianwen LICENSE AGREEMENT\n\nTongyi Qianwen Release Date: August 3, 2023\n\n"
    "If your product has more than 100 million monthly active users, request a license from Alibaba Cloud.\n"
)
ZH_LIKE = "某某模型许可协议\n\n本协议适用于某某模型。商业使用须另行申请书面授权。\n"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("Tongyi Qianwen LICENSE AGREEMENT", documents.LICENSE),
        ("Model License Agreement.txt", documents.LICENSE),
        ("模型许可协议.md", documents.LICENSE),
        ("model_licenses/LICENSE-SDXL0.9", documents.LICENSE),
        ("model_licenses/LICENSE-SV3D", documents.LICENSE),
        ("MODEL_LICENSE", documents.LICENSE),
        ("NOTICE", documents.NOTICE),
        # not licence texts by name
        ("docs/licenses.md", documents.README),  # a page about licences
        ("THIRD_PARTY_LICENSES.md", None),  # the bundled components' notices: not the release's text of any kind
        ("licenses.json", None),
        ("license_check.py", None),
        ("Community License for Baichuan2 Model.pdf", None),  # a PDF cannot be read as text
        ("notes.txt", None),
    ],
)
def test_licence_texts_by_name(path: str, kind: str | None) -> None:
    assert documents.classify_name(path) == kind


@pytest.mark.parametrize(
    ("name", "text", "key"),
    [
        ("terms.txt", HUNYUAN_LIKE, "tencent-hunyuan"),
        ("AGREEMENT", QWEN_LIKE, "qwen"),
        ("model_terms.md", "# " + GLM130B_LIKE, "glm-130b"),
        ("协议.txt", ZH_LIKE, None),  # a licence text openwash does not know: still read as one
    ],
)
def test_licence_texts_by_their_first_lines(make_repo, name: str, text: str, key: str | None) -> None:
    root = make_repo({name: text, "README.md": "# m\n\nA model.\n"})
    report = engine.check(root)
    infos = [i for i in report.licenses if i.path == name]
    assert [i.source for i in infos] == ["license-file"]
    assert infos[0].key == key
    assert name not in {c.path for c in report.claims}  # a licence text holds no claims of the release


def test_a_licence_under_model_licenses_by_content(make_repo) -> None:
    root = make_repo({"model_licenses/glm.txt": GLM130B_LIKE, "README.md": "# m\n"})
    assert [(i.path, i.key) for i in engine.check(root).licenses] == [("model_licenses/glm.txt", "glm-130b")]


def test_utf16_and_gb18030_heads_are_read(make_repo) -> None:
    root = make_repo({"a.txt": HUNYUAN_LIKE.encode("utf-16"), "b.txt": ZH_LIKE.encode("gb18030"), "README.md": "# m\n"})
    kinds = {f.path: f.doc_kind for f in discover.scan(root).files}
    assert kinds["a.txt"] == documents.LICENSE and kinds["b.txt"] == documents.LICENSE


@pytest.mark.parametrize(
    "text",
    [
        "Notes on training.\n\nWe trained the model under the license of our employer.\n",  # a sentence, not a title
        "Copyright (c) 2026 Example\n\nAll rights reserved.\n",
        "requirements: torch\n",
        "\x00\x01\x02 binary",
    ],
)
def test_other_text_files_stay_unread(make_repo, text: str) -> None:
    root = make_repo({"notes.txt": text, "README.md": "# m\n"})
    assert discover.scan(root).get("notes.txt").doc_kind is None  # type: ignore[union-attr]


def test_only_the_root_and_one_folder_down_are_sniffed(make_repo) -> None:
    root = make_repo({"a/b/terms.txt": HUNYUAN_LIKE, "a/terms.txt": HUNYUAN_LIKE, "README.md": "# m\n"})
    kinds = {f.path: f.doc_kind for f in discover.scan(root).files}
    assert kinds["a/terms.txt"] == documents.LICENSE
    assert kinds["a/b/terms.txt"] is None


def test_names_that_decide_are_not_sniffed(make_repo) -> None:
    root = make_repo({"requirements.txt": HUNYUAN_LIKE, "CHANGELOG.md": HUNYUAN_LIKE, "README.md": HUNYUAN_LIKE})
    kinds = {f.path: f.doc_kind for f in discover.scan(root).files}
    assert kinds == {"requirements.txt": None, "CHANGELOG.md": documents.README, "README.md": documents.CARD}


def test_at_most_sniff_limit_files_are_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(files.SNIFF_LIMIT + 50):
        (tmp_path / f"note_{i:04d}.txt").write_text("a note about nothing in particular\n", encoding="utf-8")
    opened: list[str] = []
    real = files._read_head

    def counting(full: str) -> bytes:
        opened.append(full)
        return real(full)

    monkeypatch.setattr(files, "_read_head", counting)
    discover.scan(tmp_path)
    assert len(opened) == files.SNIFF_LIMIT


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_symlink_is_never_read_for_sniffing(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(HUNYUAN_LIKE, encoding="utf-8")
    root = tmp_path / "repo"
    root.mkdir()
    (root / "terms.txt").symlink_to(outside)
    assert files._read_head(os.fspath(root / "terms.txt")) == b""
    entry = discover.scan(root).get("terms.txt")
    assert entry is not None and entry.doc_kind is None


@pytest.mark.parametrize(
    ("name", "suffix"),
    [("LICENSE-SDXL0.9", ""), ("terms.TXT", ".txt"), ("Tongyi Qianwen LICENSE AGREEMENT", ""), (".gitignore", ""), ("a.md", ".md")],
)
def test_suffix_of(name: str, suffix: str) -> None:
    assert files.suffix_of(name) == suffix
