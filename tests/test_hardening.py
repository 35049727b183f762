"""Bad input through the real CLI: a finding or a one-line error naming the file, never a
traceback, never a changed file (issue 6). Each test is a row of the table in
docs/hardening.md; the repositories are generated here, under a temp dir.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import struct
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from openwash import cli

# --- helpers ---------------------------------------------------------------------------

CARD = "---\nlicense: mit\n---\n# Tiny model\n\nWeights and code for a tiny model.\n"


def snapshot(root: Path) -> dict[str, tuple[Any, ...]]:
    """Everything observable about a tree without following links: to prove nothing changed."""
    state: dict[str, tuple[Any, ...]] = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        for name in dirnames + filenames:
            full = os.path.join(dirpath, name)
            info = os.lstat(full)
            digest = ""
            if os.path.isfile(full) and not os.path.islink(full) and 0 < info.st_size <= 1024 * 1024:
                try:
                    digest = hashlib.sha256(Path(full).read_bytes()).hexdigest()
                except OSError:
                    digest = "unreadable"
            state[os.path.relpath(full, root)] = (info.st_mode, info.st_size, info.st_mtime_ns, digest)
    return state


class Run:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def report(self) -> dict[str, Any]:
        return json.loads(self.out)

    def mentions(self, path: str) -> bool:
        return path in self.out or path in self.err


def run_cli(root: Path, capsys: pytest.CaptureFixture[str], *extra: str, fmt: str = "json") -> Run:
    """`openwash check ROOT --format FMT` in-process; asserts the invariants every row shares."""
    before = snapshot(root)
    code = cli.main(["check", str(root), "--format", fmt, "--fail-on", "never", *extra])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "internal error" not in err, err
    assert code in (0, 1, 2)
    if code == 2:
        assert len(err.strip().splitlines()) == 1, err
    assert snapshot(root) == before, "openwash changed a file in the scanned repository"
    return Run(code, out, err)


def mentioned_in_report(report: dict[str, Any], path: str) -> list[str]:
    """Messages of findings and errors about `path`."""
    texts = [f["message"] for f in report["findings"] if f["path"] == path]
    texts += [e["message"] for e in report["errors"] if e["path"] == path]
    texts += [n for n in report["notes"] if path in n]
    return texts


# --- front matter ------------------------------------------------------------------------

ALIAS_CHAIN = "\n".join(["a0: &a0 [x, x]"] + [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]" for i in range(1, 31)])

FRONT_MATTER_CASES: dict[str, tuple[str, str]] = {
    # id: (README text, words expected in the finding)
    "not-yaml": ("---\nlicense: mit\ntags: [a, b\nx: : :\n---\n# M\n", "not valid YAML"),
    "unclosed": ("---\nlicense: mit\n# M\n", "never closed"),
    "tabs": ("---\nlicense: mit\n\tdatasets: x\n---\n# M\n", "not valid YAML"),
    "duplicate-keys": ("---\nlicense: mit\nlicense: llama3\n---\n# M\n", "duplicate key"),
    "alias-bomb": ("---\n" + ALIAS_CHAIN + "\n---\n# M\n", "refusing to expand"),
    "non-mapping": ("---\n- license: mit\n---\n# M\n", "not a mapping"),
    "deep-nesting": ("---\nx: " + "[" * 3000 + "\n---\n# M\n", "nested"),
}


@pytest.mark.parametrize("case", sorted(FRONT_MATTER_CASES))
def test_front_matter_errors_are_findings(case: str, make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    text, words = FRONT_MATTER_CASES[case]
    root = make_repo({"README.md": text, "LICENSE": "MIT License\n"})
    run = run_cli(root, capsys)
    assert run.code != 2
    messages = [f for f in run.report["findings"] if f["path"] == "README.md" and f["rule"] == "OW504"]
    assert messages and words in messages[0]["message"]


def test_fifty_megabyte_front_matter(make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": "---\n" + ("description: " + "x" * 1000 + "\n") * 51_000 + "---\n# M\n"})
    run = run_cli(root, capsys)
    ow504 = [f["message"] for f in run.report["findings"] if f["rule"] == "OW504"]
    assert ow504 and ("larger than" in ow504[0] or "part of the file" in ow504[0])
    assert any("README.md" in note and "first part" in note for note in run.report["notes"])


@pytest.mark.parametrize("value", ["[mit, 3]", "2.0", "{name: mit}", "''"])
def test_license_value_of_the_wrong_type(value: str, make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": f"---\nlicense: {value}\n---\n# M\nAn open-source model.\n"})
    run = run_cli(root, capsys)
    assert any(f["rule"] == "OW505" and f["line"] == 2 for f in run.report["findings"])


# --- README encodings and sizes ----------------------------------------------------------

BILINGUAL = "---\nlicense: cc-by-nc-4.0\n---\n# Tiny model\n\nThis open-source model is free.\n本模型完全开源。\n"
ENGLISH = "---\nlicense: cc-by-nc-4.0\n---\n# Tiny model\n\nThis open-source model is free.\nCafé edition.\n"

ENCODINGS: dict[str, tuple[str, Callable[[str], bytes]]] = {
    "utf8-bom": (BILINGUAL, lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
    "utf16le-bom": (BILINGUAL, lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
    "utf16be-bom": (BILINGUAL, lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    "utf16le": (BILINGUAL, lambda t: t.encode("utf-16-le")),
    "utf16be": (BILINGUAL, lambda t: t.encode("utf-16-be")),
    "gbk": (BILINGUAL, lambda t: t.encode("gbk")),
    "gb18030": (BILINGUAL, lambda t: t.encode("gb18030")),
    "latin1": (ENGLISH, lambda t: t.encode("latin-1")),
    "crlf": (BILINGUAL, lambda t: t.replace("\n", "\r\n").encode("utf-8")),
    "lone-cr": (BILINGUAL, lambda t: t.replace("\n", "\r").encode("utf-8")),
}


def _comparable(report: dict[str, Any]) -> dict[str, Any]:
    return {
        "findings": sorted((f["rule"], f["path"], f["line"], f["column"]) for f in report["findings"]),
        "claims": [(c["kind"], c["line"], c["text"]) for c in report["claims"]],
        "licenses": sorted((lic["path"], lic["line"], lic["id"]) for lic in report["licenses"]),
        "verdict": report["verdict"],
    }


@pytest.mark.parametrize("case", sorted(ENCODINGS))
def test_readme_encodings_give_the_same_report_as_utf8(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text, encode = ENCODINGS[case]
    baseline = tmp_path / "utf8"
    variant = tmp_path / case
    for root, data in ((baseline, text.encode("utf-8")), (variant, encode(text))):
        root.mkdir()
        (root / "README.md").write_bytes(data)
    expected = _comparable(run_cli(baseline, capsys).report)
    got = _comparable(run_cli(variant, capsys).report)
    assert got == expected
    assert any(lic["path"] == "README.md" for lic in run_cli(variant, capsys).report["licenses"]) or not expected["licenses"]


def test_binary_readme(make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))})
    run = run_cli(root, capsys, fmt="text")
    lines = [line for line in run.out.splitlines() if line.startswith("README.md")]
    assert lines and "not a text file" in lines[0]


def test_empty_readme(make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": b"", "LICENSE": b""})
    run = run_cli(root, capsys)
    assert run.code == 0
    assert "README.md" in run.report["documents"]


def test_one_gigabyte_readme_reads_a_bounded_prefix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    with open(root / "README.md", "wb") as handle:
        handle.write(("# Tiny model\n\n" + "An open model. " * 80 + "\n").encode() * 12)  # ~15 KB of text
        handle.truncate(1024**3)  # then a hole: 1 GB on paper, no disk used, NULs when read
    run = run_cli(root, capsys)
    notes = [n for n in run.report["notes"] if n.startswith("README.md")]
    assert notes and "first part" in notes[0]
    assert "README.md" in run.report["documents"]


# --- licence files -----------------------------------------------------------------------


def test_licence_that_is_a_directory(make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": CARD, "LICENSE/README.md": "See the files in this folder.\n"})
    run = run_cli(root, capsys)
    assert "LICENSE" not in run.report["documents"]  # a folder is never read as a licence text


def test_licence_case_variants_are_read(make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(
        {"README.md": CARD, "License.MD": "MIT License\n", "sub/licence.txt": "MIT License\n", "sub2/COPYING": "MIT\n"}
    )
    run = run_cli(root, capsys)
    assert {"License.MD", "sub/licence.txt", "sub2/COPYING"} <= set(run.report["documents"])


def test_symlink_out_of_the_repository_is_never_followed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "outside-secret.txt"
    secret.write_text("Apache License Version 2.0 SECRET-CONTENT-7f3a\n")
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text(CARD)
    (root / "LICENSE").symlink_to(secret)
    (root / "docs").symlink_to(tmp_path, target_is_directory=True)
    run = run_cli(root, capsys)
    assert "SECRET-CONTENT-7f3a" not in run.out + run.err
    assert "LICENSE" not in run.report["documents"]
    assert not any(doc.startswith("docs/") for doc in run.report["documents"])
    assert mentioned_in_report(run.report, "LICENSE"), "the skipped link should be named"


def test_symlink_loop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text(CARD)
    (root / "LICENSE").symlink_to(root / "LICENSE.md")
    (root / "LICENSE.md").symlink_to(root / "LICENSE")
    (root / "loop").symlink_to(root, target_is_directory=True)
    run = run_cli(root, capsys)
    assert run.code != 2
    assert "README.md" in run.report["documents"]


NOBODY = 65534


def _check_as_nobody(root: Path, outdir: Path) -> tuple[int, str, str]:
    """Run `openwash check` in a forked child that has dropped root; modules are already loaded."""
    out_path, err_path = outdir / "out.txt", outdir / "err.txt"
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        code = 99
        try:
            with open(out_path, "w", encoding="utf-8") as out, open(err_path, "w", encoding="utf-8") as err:
                sys.stdout, sys.stderr = out, err
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
                code = cli.main(["check", str(root), "--format", "text", "--fail-on", "never"])
                out.flush()
                err.flush()
        finally:
            os._exit(code)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out_path.read_text(), err_path.read_text()


def test_unreadable_licence(capsys: pytest.CaptureFixture[str]) -> None:
    """chmod 000 means nothing to root: when root, run the check in a child that dropped to `nobody`."""
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="openwash-perm-"))  # under /tmp, not pytest's root-only folder
    try:
        root = base / "repo"
        root.mkdir()
        (root / "README.md").write_text(CARD)
        (root / "LICENSE").write_text("MIT License\n")
        if os.geteuid() == 0:
            if not hasattr(os, "fork"):
                pytest.skip("running as root on a platform without fork: permissions do not bite")
            run_cli(root, capsys, fmt="text")  # load every module the check needs before dropping root
            base.chmod(0o755)
            (root / "LICENSE").chmod(0o000)
            code, out, err = _check_as_nobody(root, base)
        else:
            (root / "LICENSE").chmod(0o000)
            run = run_cli(root, capsys, fmt="text")
            code, out, err = run.code, run.out, run.err
    finally:
        if (base / "repo" / "LICENSE").exists():
            (base / "repo" / "LICENSE").chmod(0o644)
        shutil.rmtree(base, ignore_errors=True)
    assert "Traceback" not in out + err, err
    assert code == 0, err
    licence_lines = [line for line in out.splitlines() if line.startswith("LICENSE")]
    assert licence_lines and "permission denied" in licence_lines[0]


# --- weights and artifacts ---------------------------------------------------------------

LFS_OK = "version https://git-lfs.github.com/spec/v1\noid sha256:" + "a" * 64 + "\nsize 123456\n"
BAD_LFS = {
    "bad-oid": "version https://git-lfs.github.com/spec/v1\noid sha256:nothex\nsize 12\n",
    "bad-size": "version https://git-lfs.github.com/spec/v1\noid sha256:" + "b" * 64 + "\nsize -5\n",
    "missing-fields": "version https://git-lfs.github.com/spec/v1\n",
    "huge-size": "version https://git-lfs.github.com/spec/v1\noid sha256:" + "c" * 64 + "\nsize 99999999999999999999999999\n",
}


@pytest.mark.parametrize("case", sorted(BAD_LFS))
def test_lfs_pointer_with_bad_fields(case: str, make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": CARD, "model.safetensors": BAD_LFS[case], "good.safetensors": LFS_OK})
    run = run_cli(root, capsys)
    assert mentioned_in_report(run.report, "model.safetensors"), f"bad LFS pointer ({case}) not reported"


def _safetensors(header: bytes, declared: int | None = None, body: bytes = b"") -> bytes:
    return struct.pack("<Q", len(header) if declared is None else declared) + header + body


SAFETENSORS = {
    "truncated-header": _safetensors(b'{"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}')[:20],
    "lying-length": _safetensors(b"{}", declared=2**62),
    "header-not-json": _safetensors(b"\xff\xfe not json at all"),
    "offsets-past-end": _safetensors(b'{"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 4096]}}', body=b"\x00" * 8),
    "shorter-than-length-field": b"\x01\x02",
}


@pytest.mark.parametrize("case", sorted(SAFETENSORS))
def test_safetensors_with_a_bad_header(case: str, make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": CARD, "model.safetensors": SAFETENSORS[case]})
    run = run_cli(root, capsys)
    assert mentioned_in_report(run.report, "model.safetensors"), f"bad safetensors ({case}) not reported"


INDEX_CASES = {
    "not-json": "{this is not json",
    "not-a-mapping": "[1, 2, 3]",
    "weight-map-wrong-type": '{"weight_map": "model-00001.safetensors"}',
    "escaping-shards": json.dumps({"weight_map": {"a": "../outside-shard.safetensors", "b": "/etc/passwd"}}),
}


@pytest.mark.parametrize("case", sorted(INDEX_CASES))
def test_shard_index_that_is_bad(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "outside-shard.safetensors").write_bytes(_safetensors(b"{}"))
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text(CARD)
    (root / "model.safetensors.index.json").write_text(INDEX_CASES[case])
    run = run_cli(root, capsys)
    assert mentioned_in_report(run.report, "model.safetensors.index.json"), f"bad index ({case}) not reported"
    evidence = json.dumps(run.report["components"])
    assert "outside-shard" not in evidence and "/etc/passwd" not in evidence


# --- tree shape and names ----------------------------------------------------------------


def test_hundred_thousand_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    (root / "README.md").write_text(CARD)
    for folder in range(100):
        sub = root / "data" / f"part{folder:03d}"
        sub.mkdir(parents=True)
        first = sub / "sample0000.txt"
        first.touch()
        for index in range(1, 1000):
            # hard links: 100,000 real directory entries without 100,000 inodes (much faster to make)
            os.link(first, sub / f"sample{index:04d}.txt")
    run = run_cli(root, capsys)
    assert run.report["stats"]["files"] >= 100_001


def test_two_hundred_deep_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "repo"
    deep = root.joinpath(*["d"] * 200)
    deep.mkdir(parents=True)
    (root / "README.md").write_text(CARD)
    (deep / "LICENSE").write_text("MIT License\n")
    run = run_cli(root, capsys)
    assert "/".join(["d"] * 200) + "/LICENSE" in run.report["documents"]


def test_odd_file_names(make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(
        {
            "README.md": CARD,
            "docs/READ ME.md": "# Spaces\n",
            "docs/模型卡.md": "# 非 ASCII\n",
            "docs/evil\nOW101 fake.md": b"\x00\x01binary",  # a newline in a name must not forge a line
            "docs/esc\x1b[31m.md": b"\x00\x02binary",
        }
    )
    run = run_cli(root, capsys, fmt="text")
    assert {"docs/READ ME.md", "docs/模型卡.md"} <= set(run_cli(root, capsys).report["documents"])
    assert "\x1b" not in run.out
    assert not any(line.startswith("OW101 fake.md") for line in run.out.splitlines())
    assert any("evil" in line and "fake.md" in line for line in run.out.splitlines())


def test_bad_gitignore_and_gitattributes_patterns(make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo(
        {
            "README.md": CARD,
            ".gitignore": "[z-a]\n\\\n!\n*.tmp\n",
            ".gitattributes": "[z-a] filter=lfs diff=lfs merge=lfs -text\n\\ filter=lfs\n*.bin filter=lfs\n",
            "x.tmp": "ignored\n",
        }
    )
    run = run_cli(root, capsys)
    assert run.code != 2
    assert "README.md" in run.report["documents"]
    assert mentioned_in_report(run.report, ".gitignore"), "the bad patterns should be named"


# --- tool errors: exit 2 with one line ---------------------------------------------------


def test_missing_path_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["check", str(tmp_path / "nope")])
    err = capsys.readouterr().err
    assert code == 2 and str(tmp_path / "nope") in err and len(err.strip().splitlines()) == 1


def test_bad_config_is_exit_2(make_repo: Callable[..., Path], capsys: pytest.CaptureFixture[str]) -> None:
    root = make_repo({"README.md": CARD, ".openwash.yml": "exclude: ['[z-a]']\nprofiles: 7\n"})
    run = run_cli(root, capsys)
    assert run.code == 2 and ".openwash.yml:1:" in run.err and "bad pattern" in run.err


def test_file_as_root_is_checked_as_a_card_and_other_commands_refuse_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "README.md").write_text(CARD)
    code = cli.main(["check", str(tmp_path / "README.md")])  # one card, its folder as the evidence
    out, err = capsys.readouterr()
    assert code in (0, 1) and err == "" and "Traceback" not in out
    code = cli.main(["licenses", str(tmp_path / "README.md")])
    err = capsys.readouterr().err
    assert code == 2 and "README.md" in err and "Traceback" not in err


# --- a few of the rows at once, through the installed console script ---------------------


def _console_script() -> Path:
    script = Path(sys.executable).parent / "openwash"
    if not script.exists():
        pytest.skip("openwash console script not installed in this environment")
    return script


def test_everything_bad_at_once_through_the_console_script(tmp_path: Path) -> None:
    import subprocess

    root = tmp_path / "repo"
    root.mkdir()
    files: dict[str, bytes] = {
        "README.md": b"---\nlicense: mit\nlicense: llama3\n---\n# M\nAn open-source model.\n",
        "LICENSE": codecs.BOM_UTF16_LE + "MIT License\n".encode("utf-16-le"),
        "docs/README.md": b"\x00\x01\x02binary",
        "model.safetensors": SAFETENSORS["lying-length"],
        "model-00001.safetensors": BAD_LFS["bad-oid"].encode(),
        "model.safetensors.index.json": INDEX_CASES["escaping-shards"].encode(),
    }
    for rel, data in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    (root / "loop").symlink_to(root / "loop")
    before = snapshot(root)
    proc = subprocess.run(
        [str(_console_script()), "check", str(root), "--fail-on", "never"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    for rel in ("README.md", "docs/README.md", "model.safetensors", "model-00001.safetensors", "model.safetensors.index.json"):
        assert any(line.startswith(f"{rel}:") for line in proc.stdout.splitlines()), f"{rel} not named"
    assert snapshot(root) == before
    (root / ".openwash.yml").write_text("profiles: [osaid\n")
    proc = subprocess.run(
        [str(_console_script()), "check", str(root)], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and ".openwash.yml:" in proc.stderr


# --- the table in docs/hardening.md names real tests, and every test here is in it -----------


def test_hardening_doc_table_names_real_tests() -> None:
    import fnmatch
    import re

    project = Path(__file__).resolve().parents[1]
    doc = (project / "docs" / "hardening.md").read_text(encoding="utf-8")
    defined: set[str] = set()
    for name in ("test_hardening.py", "test_hardening_hostile.py", "test_frontmatter.py", "test_textio.py",
                 "test_config.py", "test_discover.py", "test_cache.py", "test_fuzz.py"):
        defined |= set(re.findall(r"^def (test_\w+)", (project / "tests" / name).read_text(encoding="utf-8"), re.M))
    hostile = set()
    for path in sorted((project / "tests" / "hostile").glob("test_*.py")):
        hostile |= set(re.findall(r"^def (test_\w+)", path.read_text(encoding="utf-8"), re.M))
    defined |= hostile
    named = {re.sub(r"\[.*$", "", n) for n in re.findall(r"`(test_[\w*\[\], -]+)`", doc)}
    missing = {n for n in named if not fnmatch.filter(defined, n)}
    assert not missing, f"docs/hardening.md names tests that do not exist: {sorted(missing)}"
    ours = set(re.findall(r"^def (test_\w+)", Path(__file__).read_text(encoding="utf-8"), re.M))
    ours |= set(re.findall(r"^def (test_\w+)", (project / "tests" / "test_hardening_hostile.py").read_text(encoding="utf-8"), re.M))
    ours |= hostile
    ours -= {"test_hardening_doc_table_names_real_tests"}
    unlisted = {n for n in ours if not any(fnmatch.fnmatch(n, pattern) for pattern in named)}
    assert not unlisted, f"tests missing from the table in docs/hardening.md: {sorted(unlisted)}"
