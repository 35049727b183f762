"""A pull request cannot make openwash read outside the repository, hang, or backtrack for minutes.

Each case is a real repository in a temporary folder checked by the real CLI in a
subprocess (with a timeout, so a hang fails the test instead of the suite).
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

CARD = "---\nlicense: mit\n---\n# M\n\nAn open-source model.\n"
TIMEOUT = 60  # generous: each of these runs takes about a second once fixed


def _cli(*args: str, cwd: Path, env: dict[str, str] | None = None, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-I", "-m", "openwash", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README.md").write_text(CARD, encoding="utf-8")
    return repo


def _json(proc: subprocess.CompletedProcess[str]) -> dict:  # type: ignore[type-arg]
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", [".gitignore", ".gitattributes", "mkdocs.yml"])
def test_ignore_files_linked_outside_are_never_read_or_quoted(tmp_path: Path, name: str) -> None:
    repo = _repo(tmp_path)
    outside = tmp_path / "secrets.txt"
    # Lines that would hide the card (README.md filter=lfs / README.md) and an invalid
    # pattern that an error message would quote.
    outside.write_text("README.md\n[z-a]OUTSIDE-SECRET-LINE\n[z-a]OUTSIDE-SECRET-LINE filter=lfs\n", encoding="utf-8")
    (repo / name).symlink_to(outside)

    proc = _cli("check", ".", "--format", "json", cwd=repo)
    report = _json(proc)

    assert "OUTSIDE-SECRET-LINE" not in proc.stdout + proc.stderr
    assert report["documents"] == ["README.md"], "a pattern read through the link hid the card"
    assert any(c["kind"] == "open-source" for c in report["claims"])


def test_proc_environ_linked_as_gitignore_never_reaches_the_user_cache(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    (repo / ".gitignore").symlink_to("/proc/self/environ")
    cache = tmp_path / "cache"

    proc = _cli("check", ".", "--format", "json", cwd=repo, env={"OPENWASH_CACHE_DIR": str(cache), "DEPLOY_KEY_FOR_TEST": "s3cr3t-in-the-environment"})
    _json(proc)

    stored = b"".join(p.read_bytes() for p in cache.rglob("*") if p.is_file())
    assert b"s3cr3t-in-the-environment" not in stored


@pytest.mark.parametrize("name", [".gitignore", ".gitattributes", "mkdocs.yml", "vocoder/LICENSE", "recipes/grpo.yaml", "configs/train_exp.yaml"])
@pytest.mark.parametrize("kind", ["fifo", "stdin"])
def test_fifos_and_devices_named_like_repository_files_never_hang(tmp_path: Path, name: str, kind: str) -> None:
    repo = _repo(tmp_path)
    (repo / "LICENSE").write_text("MIT License\n\nCopyright (c) 2026 Acme Lab\n", encoding="utf-8")
    target = repo / name
    target.parent.mkdir(exist_ok=True)
    if kind == "fifo":
        os.mkfifo(target)
    else:
        target.symlink_to("/dev/stdin")
    # stdin: a pipe nobody ever writes to or closes, as a CI step's stdin can be.
    with subprocess.Popen(
        [sys.executable, "-I", "-m", "openwash", "check", ".", "--format", "json"],
        cwd=repo, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as child:
        try:
            stdout, stderr = child.communicate(timeout=TIMEOUT) if kind != "stdin" else _wait_keeping_stdin_open(child)
        finally:
            child.kill()
    proc = subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)
    report = _json(proc)
    assert report["documents"] == ["LICENSE", "README.md"]


def test_a_training_recipe_linked_outside_the_tree_is_never_read_for_a_base_model(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    outside = tmp_path / "outside.yaml"
    outside.write_text("model_name_or_path: meta-llama/Llama-2-7b-hf\n", encoding="utf-8")
    (repo / "recipes").mkdir()
    (repo / "recipes" / "grpo.yaml").symlink_to(outside)
    report = _json(_cli("check", ".", "--format", "json", cwd=repo))
    assert report["base_models"] == [] and "recipes/grpo.yaml" not in report["documents"]
    # the same recipe as a regular file is read
    (repo / "recipes" / "grpo.yaml").unlink()
    (repo / "recipes" / "grpo.yaml").write_text(outside.read_text(encoding="utf-8"), encoding="utf-8")
    assert [b["raw"] for b in _json(_cli("check", ".", "--format", "json", cwd=repo))["base_models"]] == ["meta-llama/Llama-2-7b-hf"]


def test_a_run_configuration_linked_outside_the_tree_is_never_read_for_a_trainer(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    outside = tmp_path / "outside.yaml"
    outside.write_text("task:\n  type: train\n  entrypoint: flagscale/train/train_gpt.py\n", encoding="utf-8")
    (repo / "configs").mkdir()
    (repo / "configs" / "train_exp.yaml").symlink_to(outside)
    report = _json(_cli("check", ".", "--format", "json", cwd=repo))
    assert report["components"]["training-code"]["present"] is False
    # the same configuration as a regular file declares the trainer elsewhere
    (repo / "configs" / "train_exp.yaml").unlink()
    (repo / "configs" / "train_exp.yaml").write_text(outside.read_text(encoding="utf-8"), encoding="utf-8")
    assert _json(_cli("check", ".", "--format", "json", cwd=repo))["components"]["training-code"]["availability"] == "external"


def test_a_card_of_many_html_comments_is_read_in_linear_time(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    comments = "<!--\nhidden https://huggingface.co/acme/m\n-->\n" * 60_000 + "<!--" * 400_000 + "\n"
    (repo / "README.md").write_text(CARD + comments, encoding="utf-8")
    report = _json(_cli("check", ".", "--format", "json", cwd=repo, timeout=TIMEOUT))
    assert any(c["kind"] == "open-source" for c in report["claims"])


def test_a_documentation_config_linked_outside_the_tree_is_never_read(tmp_path: Path) -> None:
    """An MkDocs config decides whose documentation site `docs/` is; one that is a symlink to a file outside the tree
    (here one naming another repository) is not read, so the tree's own `docs/` stays the release's."""
    repo = tmp_path / "acme__moonbeam"  # an owner/name checkout: the identity can tell another repository's site
    repo.mkdir()
    (repo / "README.md").write_text(CARD, encoding="utf-8")
    (repo / "docs").mkdir()
    (repo / "docs" / "index.md").write_text("# Docs\n\nOur open-source model is the best.\n", encoding="utf-8")
    outside = tmp_path / "outside.yml"
    outside.write_text("repo_url: https://github.com/other/project\n", encoding="utf-8")
    (repo / "mkdocs.yml").symlink_to(outside)
    report = _json(_cli("check", ".", "--format", "json", cwd=repo))
    assert any(c["path"] == "docs/index.md" for c in report["claims"])
    # the same config as a regular file of the tree is read: the site is the other repository's
    (repo / "mkdocs.yml").unlink()
    (repo / "mkdocs.yml").write_text(outside.read_text(encoding="utf-8"), encoding="utf-8")
    report = _json(_cli("check", ".", "--format", "json", cwd=repo))
    assert not any(c["path"] == "docs/index.md" for c in report["claims"])


def test_a_sub_folder_licence_linked_outside_the_tree_is_never_read_for_its_copyright_holder(tmp_path: Path) -> None:
    """A sub-folder's licence names whose code the folder holds; one that is a symlink to a file outside the tree (naming
    another holder) is not read, so the folder's README stays the release's own document."""
    repo = tmp_path / "acme__moonbeam"
    (repo / "moonbeam" / "vocoder").mkdir(parents=True)
    (repo / "README.md").write_text(CARD, encoding="utf-8")
    (repo / "LICENSE").write_text("MIT License\n\nCopyright (c) 2026 Acme Lab\n", encoding="utf-8")
    (repo / "moonbeam" / "vocoder" / "README.md").write_text("# Vocoder\n\nOur open-source model is the best.\n", encoding="utf-8")
    outside = tmp_path / "LICENSE"
    outside.write_text("MIT License\n\nCopyright (c) 2020 Somebody Else\n", encoding="utf-8")
    (repo / "moonbeam" / "vocoder" / "LICENSE").symlink_to(outside)
    report = _json(_cli("check", ".", "--format", "json", cwd=repo))
    assert any(c["path"] == "moonbeam/vocoder/README.md" for c in report["claims"])
    # the same licence as a regular file of the tree is read: the folder is another project's code
    (repo / "moonbeam" / "vocoder" / "LICENSE").unlink()
    (repo / "moonbeam" / "vocoder" / "LICENSE").write_text(outside.read_text(encoding="utf-8"), encoding="utf-8")
    report = _json(_cli("check", ".", "--format", "json", cwd=repo))
    assert not any(c["path"] == "moonbeam/vocoder/README.md" for c in report["claims"])


def _wait_keeping_stdin_open(child: subprocess.Popen[str]) -> tuple[str, str]:
    assert child.stdout is not None and child.stderr is not None
    child.wait(timeout=TIMEOUT)
    return child.stdout.read(), child.stderr.read()


def test_runs_of_stars_in_patterns_match_in_linear_time(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    stars = "*" * 40 + "x"
    separated = "*a" * 12 + "*b"
    (repo / ".gitignore").write_text(f"{stars}\n{separated}\n**/a/**/a/**/a/**/a/**/b\n", encoding="utf-8")
    (repo / ".gitattributes").write_text(f"{stars} filter=lfs\n{separated} filter=lfs\n", encoding="utf-8")
    (repo / ".openwash.yml").write_text(f'exclude: ["{stars}", "{separated}"]\n', encoding="utf-8")
    deep = repo / "/".join(["a"] * 60)
    deep.mkdir(parents=True)
    (deep / ("a" * 200)).write_text("data\n", encoding="utf-8")
    (repo / ("a" * 250 + ".txt")).write_text("data\n", encoding="utf-8")

    proc = _cli("check", ".", "--format", "json", cwd=repo, timeout=90)  # about a minute per pattern before the fix

    report = _json(proc)
    assert report["documents"] == ["README.md"]


def test_star_runs_compile_to_one_star_per_run() -> None:
    from openwash import discover

    regex = discover._translate_pattern(discover.collapse_stars("*" * 40 + "x"))
    assert isinstance(regex, str) and regex.count("[^/]*") == 1
    separated = discover._translate_pattern("*a*a*a*a*b")
    assert isinstance(separated, str) and separated.count("(?>") == 4, "only the last star of a name may backtrack"


def test_deeply_nested_index_and_header_are_findings_not_crashes(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    depth = 100_000
    (repo / "model.safetensors.index.json").write_text('{"weight_map": ' + "[" * depth + "]" * depth + "}", encoding="utf-8")
    header = ("[" * depth + "]" * depth).encode()
    (repo / "model.safetensors").write_bytes(struct.pack("<Q", len(header)) + header + b"\0" * 16)

    proc = _cli("check", ".", "--format", "json", "--fail-on", "never", cwd=repo)

    assert proc.returncode == 0, proc.stderr
    rules = {f["rule"] for f in json.loads(proc.stdout)["findings"]}
    assert {"OW408", "OW404"} <= rules


def test_deeply_nested_mot_file_is_a_one_line_error(tmp_path: Path) -> None:
    model = tmp_path / "model.yml"
    model.write_text("release:\n  name: x\n  deep: " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")

    proc = _cli("mof-class", str(model), cwd=tmp_path)

    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "nested" in proc.stderr and "Traceback" not in proc.stderr


def test_a_file_name_that_is_not_utf8_is_reported_and_every_output_still_renders(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    with open(os.path.join(os.fsencode(repo), b"weights-\xff\xfe.bin"), "wb") as handle:  # git allows any bytes
        handle.write(b"x")
    os.mkdir(os.path.join(os.fsencode(repo), b"dir-\xff"))

    for fmt in ("json", "sarif", "text", "markdown", "github"):
        proc = _cli("check", ".", "--format", fmt, "--fail-on", "never", "-o", str(tmp_path / f"out.{fmt}"), cwd=repo)
        assert proc.returncode == 0, (fmt, proc.stderr)
        written = (tmp_path / f"out.{fmt}").read_text(encoding="utf-8")
        assert "weights-" in written and "xff" in written, fmt
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert any("not valid UTF-8" in e["message"] for e in report["errors"])
    assert any(f["rule"] == "OW901" for f in report["findings"])


def test_one_claim_dense_card_in_a_hundred_folders_stays_within_the_run_budget(tmp_path: Path) -> None:
    import shutil

    repo = tmp_path / "repo"
    repo.mkdir()
    line = "Acme is a fully open-source model, released under the Apache 2.0 license, 完全开源 and open weights.\n"
    card = "---\nlicense: apache-2.0\n---\n# Acme\n\n" + line * (2 * 1024 * 1024 // len(line.encode()))
    for n in range(100):
        folder = repo / f"variant-{n:03d}"
        folder.mkdir()
        (folder / "README.md").write_text(card, encoding="utf-8")
    if shutil.which("git"):  # as a pull request ships it: one blob, a hundred paths
        env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e"}
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "x"]):
            subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)
    out = tmp_path / "report.json"
    import time

    with open(out, "w", encoding="utf-8") as sink:
        child = subprocess.Popen([sys.executable, "-I", "-m", "openwash", "check", ".", "--format", "json"], cwd=repo,
                                 stdout=sink, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        deadline, peak_kib = time.monotonic() + 150, None  # minutes before the budget
        while time.monotonic() < deadline:
            pid, _status, usage = os.wait4(child.pid, os.WNOHANG)  # this child's own peak memory
            if pid:
                peak_kib = usage.ru_maxrss
                child.returncode = os.waitstatus_to_exitcode(_status)  # reaped here, not by Popen
                break
            time.sleep(0.1)
        if peak_kib is None:
            child.kill()
            child.wait()
            pytest.fail("the check did not finish within 150 s")
    report = json.loads(out.read_text(encoding="utf-8"))
    assert any("budget" in note and "not checked" in note for note in report["notes"]), report["notes"]
    assert report["verdict"]["overreach"] is True, "what was read is still judged"
    assert peak_kib < 600 * 1024, f"peak memory {peak_kib // 1024} MiB"
