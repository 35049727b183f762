"""discover.scan: one walk, ignores, symlinks, LFS pointers, sparse files, safetensors headers."""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import pytest

from conftest import CORPUS

from openwash.config import Config
from openwash.discover import parse_lfs_pointer, read_safetensors_header, scan

OID = "sha256:" + "a" * 64


def pointer(oid: str = OID, size: str = "1234") -> str:
    return f"version https://git-lfs.github.com/spec/v1\noid {oid}\nsize {size}\n"


def safetensors_bytes(tensors: dict[str, tuple[int, int]], data_len: int, pad_header: bool = True) -> bytes:
    header = {name: {"dtype": "F32", "shape": [(end - start) // 4], "data_offsets": [start, end]} for name, (start, end) in tensors.items()}
    raw = json.dumps(header).encode()
    return struct.pack("<Q", len(raw)) + raw + b"\0" * data_len


def paths(root: Path, config: Config | None = None) -> list[str]:
    return [f.path for f in scan(root, config or Config()).files]


def test_lists_files_with_sizes_and_document_kinds(make_repo):
    root = make_repo({"README.md": "# hi\n", "LICENSE": "MIT", "src/pkg/model.py": "x = 1\n"})
    inv = scan(root, Config())
    by_path = {f.path: f for f in inv.files}
    assert set(by_path) == {"README.md", "LICENSE", "src/pkg/model.py"}
    assert by_path["src/pkg/model.py"].size == 6
    assert by_path["README.md"].doc_kind == "card"
    assert by_path["LICENSE"].doc_kind == "license"
    assert by_path["src/pkg/model.py"].doc_kind is None
    assert inv.get("LICENSE") is by_path["LICENSE"]


def test_skips_git_node_modules_pycache_and_virtual_environments(make_repo):
    root = make_repo(
        {
            "keep.py": "",
            ".git/config": "[core]",
            "node_modules/x/index.js": "",
            "pkg/__pycache__/m.pyc": "",
            "myenv/pyvenv.cfg": "home = /usr",
            "myenv/lib/site.py": "",
            "condaenv/conda-meta/history": "",
            "condaenv/bin/python": "",
        }
    )
    inv = scan(root, Config())
    assert [f.path for f in inv.files] == ["keep.py"]
    assert {"myenv", "condaenv", ".git", "node_modules", "pkg/__pycache__"} <= set(inv.skipped_dirs)


def test_root_and_nested_gitignore_with_negation(make_repo):
    root = make_repo(
        {
            ".gitignore": "*.log\nbuild/\n!keep.log\n",
            "a.log": "",
            "keep.log": "",
            "build/out.bin": "",
            "src/build/deep.txt": "",
            "src/.gitignore": "secret.txt\n/local_only.md\n",
            "src/secret.txt": "",
            "src/local_only.md": "",
            "src/sub/local_only.md": "",
            "src/ok.py": "",
        }
    )
    found = set(paths(root))
    assert "a.log" not in found and "keep.log" in found
    assert not any(p.startswith(("build/", "src/build/")) for p in found)
    assert "src/secret.txt" not in found
    assert "src/local_only.md" not in found  # anchored to src/
    assert "src/sub/local_only.md" in found
    assert "src/ok.py" in found


def test_nested_gitignore_can_reinclude_what_the_root_ignores(make_repo):
    root = make_repo({".gitignore": "*.csv\n", "data/.gitignore": "!wanted.csv\n", "data/wanted.csv": "", "data/other.csv": ""})
    found = set(paths(root))
    assert "data/wanted.csv" in found and "data/other.csv" not in found


def test_config_excludes(make_repo):
    root = make_repo({"third_party/lib/a.py": "", "vendor/b.py": "", "main.py": "", "docs/x.md": ""})
    found = paths(root, Config(exclude=("third_party/", "vendor/**", "*.md")))
    assert found == ["main.py"]


def test_sparse_multi_gigabyte_file_is_recorded_by_size_only(make_repo):
    root = make_repo({"README.md": "x"})
    big = root / "model-00001-of-00002.bin"
    with open(big, "wb") as handle:
        handle.seek(5 * 1024**3 - 1)
        handle.write(b"\0")
    inv = scan(root, Config())
    entry = inv.get("model-00001-of-00002.bin")
    assert entry is not None and entry.size == 5 * 1024**3
    assert entry.lfs is None  # too large to be a pointer: never opened


def test_lfs_pointers_good_and_bad(make_repo):
    root = make_repo(
        {
            ".gitattributes": "*.safetensors filter=lfs diff=lfs merge=lfs -text\n*.gguf filter=lfs diff=lfs merge=lfs -text\n",
            "model.safetensors": pointer(),
            "bad_oid.safetensors": pointer(oid="sha256:xyz"),
            "bad_size.safetensors": pointer(size="lots"),
            "no_size.safetensors": f"version https://git-lfs.github.com/spec/v1\noid {OID}\n",
            "stray.onnx": pointer(),  # no pattern names it, found by its suffix
            "notes.txt": pointer(),  # not a candidate: text suffix, not tracked
        }
    )
    inv = scan(root, Config())
    good = inv.get("model.safetensors")
    assert good.lfs is not None and good.lfs.problem is None and good.lfs.size == 1234 and good.lfs_tracked
    problems = {i.path: i for i in inv.issues if i.kind == "lfs-pointer"}
    assert set(problems) == {"bad_oid.safetensors", "bad_size.safetensors", "no_size.safetensors"}
    assert problems["bad_oid.safetensors"].line == 2
    assert "size" in problems["bad_size.safetensors"].message
    stray = inv.get("stray.onnx")
    assert stray.lfs is not None and not stray.lfs_tracked
    assert inv.get("notes.txt").lfs is None
    patterns = {p.pattern: p.matched for p in inv.lfs_patterns}
    assert patterns == {"*.safetensors": 4, "*.gguf": 0}


def test_parse_lfs_pointer_rejects_non_pointers():
    assert parse_lfs_pointer(b"hello") is None
    parsed = parse_lfs_pointer(pointer(size="-5").encode())
    assert parsed is not None and parsed.problem is not None


def test_nested_gitattributes_patterns_are_relative_to_their_folder(make_repo):
    root = make_repo({"models/.gitattributes": "/top.onnx filter=lfs -text\n", "models/top.onnx": pointer(), "models/sub/top.onnx": pointer()})
    inv = scan(root, Config())
    assert inv.get("models/top.onnx").lfs_tracked
    assert not inv.get("models/sub/top.onnx").lfs_tracked


def test_posix_character_classes_in_gitattributes_match_as_git_matches_them(make_repo):
    """Hugging Face writes "*[[:space:]].whl filter=lfs" into .gitattributes; `re` alone would read the bracket as a
    set of letters (and warn of a nested set on the user's terminal)."""
    import warnings

    attributes = "*[[:space:]]*.whl filter=lfs -text\n[[:digit:]]*.onnx filter=lfs -text\n"
    root = make_repo({".gitattributes": attributes, "my wheel.whl": pointer(), "wheel.whl": pointer(), "7b.onnx": pointer(), "b.onnx": pointer()})
    with warnings.catch_warnings():
        warnings.simplefilter("error", FutureWarning)
        inv = scan(root, Config())
    assert inv.get("my wheel.whl").lfs_tracked and inv.get("7b.onnx").lfs_tracked
    assert not inv.get("wheel.whl").lfs_tracked and not inv.get("b.onnx").lfs_tracked


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symlinks unsupported")
def test_symlinks_outside_loops_dangling_and_inside(make_repo, tmp_path):
    outside = tmp_path / "outside.bin"
    outside.write_bytes(b"x" * 10)
    root = make_repo({"real/model.safetensors": "x", "README.md": "x"})
    os.symlink(outside, root / "escape.bin")
    os.symlink("loop_b", root / "loop_a")
    os.symlink("loop_a", root / "loop_b")
    os.symlink("missing.txt", root / "dangling")
    os.symlink("real/model.safetensors", root / "inside.safetensors")
    os.symlink("real", root / "dirlink")
    inv = scan(root, Config())
    by_path = {f.path: f for f in inv.files}
    assert all(by_path[p].is_symlink for p in ("escape.bin", "loop_a", "loop_b", "dangling", "inside.safetensors", "dirlink"))
    errors = {e.path: e.message for e in inv.errors}
    assert "outside the repository" in errors["escape.bin"]
    assert "loop" in errors["loop_a"] and "loop" in errors["loop_b"]
    assert by_path["inside.safetensors"].link_target == "real/model.safetensors"
    assert any(i.kind == "symlink-dangling" and i.path == "dangling" for i in inv.issues)
    assert "dirlink/model.safetensors" not in by_path  # links are never followed


def test_two_hundred_deep_folders_without_recursion(make_repo):
    deep = "/".join(f"d{i}" for i in range(200))
    root = make_repo({f"{deep}/leaf.py": "x"})
    assert paths(root) == [f"{deep}/leaf.py"]


def test_unreadable_folder_is_a_tool_error(make_repo):
    if os.geteuid() == 0:
        pytest.skip("root can read everything")
    root = make_repo({"locked/a.py": "", "ok.py": ""})
    os.chmod(root / "locked", 0)
    try:
        inv = scan(root, Config())
    finally:
        os.chmod(root / "locked", 0o755)
    assert [f.path for f in inv.files] == ["ok.py"]
    assert any(e.path == "locked" for e in inv.errors)


# --- safetensors headers --------------------------------------------------------------


def test_valid_safetensors_header(tmp_path):
    path = tmp_path / "ok.safetensors"
    path.write_bytes(safetensors_bytes({"a": (0, 8), "b": (8, 16)}, 16))
    result = read_safetensors_header(path)
    assert result.ok and result.tensors == 2


def test_truncated_safetensors_header(tmp_path):
    path = tmp_path / "cut.safetensors"
    full = safetensors_bytes({"a": (0, 8)}, 8)
    path.write_bytes(full[:20])
    result = read_safetensors_header(path)
    assert not result.ok and "header claims" in result.problem


def test_lying_safetensors_offsets(tmp_path):
    path = tmp_path / "lie.safetensors"
    path.write_bytes(safetensors_bytes({"a": (0, 4096)}, 8))
    result = read_safetensors_header(path)
    assert not result.ok and "truncated file or lying header" in result.problem


def test_zero_filled_sparse_safetensors_is_reported_not_read(tmp_path):
    path = tmp_path / "sparse.safetensors"
    with open(path, "wb") as handle:
        handle.truncate(10 * 1024**3)
    result = read_safetensors_header(path)
    assert not result.ok and "0" in result.problem


def test_safetensors_bad_json_and_tiny_file(tmp_path):
    bad = tmp_path / "bad.safetensors"
    bad.write_bytes(struct.pack("<Q", 5) + b"{oops" + b"\0" * 4)
    assert "JSON" in read_safetensors_header(bad).problem
    tiny = tmp_path / "tiny.safetensors"
    tiny.write_bytes(b"\1\2")
    assert "shorter than" in read_safetensors_header(tiny).problem


def test_huge_claimed_header_is_bounded(tmp_path):
    path = tmp_path / "huge.safetensors"
    with open(path, "wb") as handle:
        handle.write(struct.pack("<Q", 200 * 1024 * 1024))
        handle.truncate(300 * 1024 * 1024)  # sparse: the claim fits the file but exceeds the format's limit
    result = read_safetensors_header(path)
    assert not result.ok and "100 MB" in result.problem


def test_invalid_ignore_and_attribute_patterns_are_reported_not_raised(make_repo):
    root = make_repo(
        {
            ".gitignore": "[z-a]\n*.tmp\n",
            ".gitattributes": "[z-a] filter=lfs -text\n*.bin filter=lfs -text\n",
            "x.tmp": "",
            "w.bin": pointer(),
        }
    )
    inv = scan(root, Config())
    assert [f.path for f in inv.files if f.path.endswith((".tmp", ".bin"))] == ["w.bin"]
    bad = {(e.path, e.line) for e in inv.errors}
    assert bad == {(".gitignore", 1), (".gitattributes", 1)}
    assert inv.get("w.bin").lfs_tracked


def test_document_prefilter_agrees_with_the_classifier(make_repo):
    """scan skips classify_name() for names that cannot be documents; it must never miss one."""
    from openwash.documents import classify_name

    names = [
        "README.md", "docs/guide.markdown", "LICENSE", "LICENCE.txt", "COPYING", "MODEL_LICENSE", "LICENSE-MODEL",
        "LICENSES/Apache-2.0.txt", "licences/x", "USE_POLICY.md", "AUP", "Responsible-Use-Guide.pdf", "NOTICE",
        "CITATION.cff", "pyproject.toml", "setup.cfg", "adapter_config.json", "mergekit_config.yml", "MODEL_CARD.md",
        "datasheet.md", "sub/readme", "src/model.py", "weights.bin", "config.json", "data/train.jsonl",
    ]
    root = make_repo({name: "x" for name in names})
    for entry in scan(root, Config()).files:
        assert entry.doc_kind == classify_name(entry.path), entry.path


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus not available")
def test_document_prefilter_on_the_corpus():
    from openwash.documents import classify_name

    for case in sorted((CORPUS / "cases").iterdir()):
        if case.is_dir():
            for entry in scan(case, Config()).files:
                if entry.lfs is None:
                    assert entry.doc_kind == classify_name(entry.path), (case.name, entry.path)


@pytest.mark.parametrize(
    ("size", "problem"),
    [
        ("1234", None),
        (str(1024**4), None),  # 1 TiB: the largest size accepted
        (str(1024**4 + 1), "larger than any Git LFS server stores"),
        ("9" * 20, "larger than any Git LFS server stores"),
        ("9" * 400, "is not a non-negative integer"),  # no int() of a 400-digit string
        ("²", "is not a non-negative integer"),  # a Unicode digit that int() refuses
        ("-5", "is not a non-negative integer"),
    ],
)
def test_lfs_pointer_sizes_must_be_plausible(size: str, problem: str | None) -> None:
    parsed = parse_lfs_pointer(pointer(size=size).encode())
    assert parsed is not None
    if problem is None:
        assert parsed.problem is None and parsed.size == int(size)
    else:
        assert parsed.problem is not None and problem in parsed.problem and parsed.problem_line == 3


def test_community_files_are_not_release_documents(tmp_path: Path) -> None:
    """SECURITY.md ("contact the open source team"), CONTRIBUTING.md, CODE_OF_CONDUCT.md, .github/ templates."""
    from openwash import engine

    (tmp_path / "README.md").write_text("# Acme-7B\n\nA model.\n", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("Acme Non-Commercial Licence\n\nNo commercial use.\n", encoding="utf-8")
    for name in ("SECURITY.md", "CONTRIBUTING.md", "CODE_OF_CONDUCT.md", ".github/ISSUE_TEMPLATE/bug.md",
                 "inference/THIRD-PARTY-LICENSES.md", "THIRD_PARTY_NOTICES.md", "ATTRIBUTIONS.md",
                 "docs/OPEN_SOURCE_LICENSE_ATTRIBUTION.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Please contact our open-source team; we love open-source models.\n", encoding="utf-8")
    report = engine.check(tmp_path)
    assert report.documents == ["README.md", "LICENSE"] or sorted(report.documents) == ["LICENSE", "README.md"]
    assert report.claims == []


@pytest.mark.parametrize("name", ["license.svg", "assets/license.png", "LICENSE_HEADER", "license-header.txt", "scripts/license_template.txt"])
def test_badge_images_and_header_templates_are_not_licence_texts(name: str) -> None:
    from openwash.documents import classify_name

    assert classify_name(name) is None


@pytest.mark.parametrize("name", ["LICENSE", "LICENSE-MODEL", "MODEL_LICENSE.pdf", "licence.txt", "LICENSES/Apache-2.0.txt"])
def test_licence_texts_are_still_licence_texts(name: str) -> None:
    from openwash.documents import LICENSE, classify_name

    assert classify_name(name) == LICENSE


def _gitignore_samples() -> list[tuple[str, list[str], list[str]]]:
    """(case, .gitignore lines, every path of the case tree) for the real-world cases that have a root .gitignore."""
    import os

    root = Path(__file__).resolve().parent / "realworld"
    samples = []
    for ignore in sorted(root.glob("*/cases/*/.gitignore"))[:120]:
        case = ignore.parent
        paths = []
        for folder, subfolders, files in os.walk(case):
            rel = os.path.relpath(folder, case).replace(os.sep, "/")
            prefix = "" if rel == "." else rel + "/"
            paths += [prefix + d + "/" for d in subfolders] + [prefix + f for f in files]
        samples.append((case.name, ignore.read_text(encoding="utf-8", errors="replace").splitlines(), paths[:3000]))
    return samples


def test_gitignore_answers_equal_pathspecs_ordered_check_on_real_files() -> None:
    """The quick path (no negation: any match ignores) answers as pathspec's ordered, negation-aware check does."""
    from openwash.discover.ignore import _IgnoreSpec, linear_spec

    samples = _gitignore_samples()
    assert len(samples) >= 40
    negated = checked = 0
    for case, lines, paths in samples:
        spec = _IgnoreSpec("", lines)
        negated += spec.negated
        ordered = linear_spec(spec.good)
        for path in paths:
            expected = None if spec.quick is None or not spec.quick.match(path) else bool(ordered.check_file(path).include)
            assert spec.check(path) == expected, (case, path)
            checked += 1
    assert negated >= 3 and checked >= 10_000
