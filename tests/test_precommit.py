"""The pre-commit hook, run through the real `pre-commit`.

`pre-commit try-repo` clones a repository at HEAD plus *tracked* changes only, so the
working tree (with files the lead has not committed yet) is first copied into a
throw-away git repository and committed there; that copy is what pre-commit installs
with pip, exactly as a user's `rev:` would be.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import MIT_TEXT, PROJECT

VENV_BIN = Path(sys.executable).parent
PRE_COMMIT = shutil.which("pre-commit", path=str(VENV_BIN)) or shutil.which("pre-commit")
MANIFEST = PROJECT / ".pre-commit-hooks.yaml"

needs_pre_commit = pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed")
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

# Modules the hook path must never load: the network and the heavy SPDX/validation stacks.
# shutil: argparse imports it (with bz2 and lzma) for the terminal width; openwash's formatter finds the width itself
FORBIDDEN_ON_HOOK_PATH = ("github", "spdx_tools", "rdflib", "jsonschema", "requests", "urllib3", "openwash.github_api", "shutil")


# Restrictive vendor terms in the front matter, "fully open source" in the prose (line 9).
OVERREACHING_CARD = """---
license: llama3.1
base_model: meta-llama/Llama-3.1-8B
pipeline_tag: text-generation
---
# Example-8B

Example-8B is a chat model fine-tuned from Llama 3.1.
Example-8B is a fully open source model: use it for anything.
"""
OVERREACH_LINE = 9

# Honest: MIT everywhere, and no openness claim beyond the licence itself.
CLEAN_CARD = """---
license: mit
pipeline_tag: text-classification
---
# tiny-sentiment

A small sentiment classifier for product reviews.
The weights and the code are released under the MIT License (see LICENSE).
"""


def _git(cwd: Path, *args: str) -> str:
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="openwash tests",
        GIT_AUTHOR_EMAIL="tests@openwash.invalid",
        GIT_COMMITTER_NAME="openwash tests",
        GIT_COMMITTER_EMAIL="tests@openwash.invalid",
        GIT_CONFIG_NOSYSTEM="1",
    )
    done = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout


def _project_files() -> list[str]:
    """Tracked and untracked-but-not-ignored files of the working tree (read-only git)."""
    listed = _git(PROJECT, "ls-files", "--cached", "--others", "--exclude-standard", "-z")
    return sorted({p for p in listed.split("\0") if p and (PROJECT / p).is_file()})


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A committed snapshot of the working tree: (path, sha) for `repo:`/`rev:`."""
    snapshot = tmp_path_factory.mktemp("openwash-snapshot")
    for rel in _project_files():
        target = snapshot / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT / rel, target)
    _git(snapshot, "init", "-q")
    _git(snapshot, "add", "-A")
    _git(snapshot, "commit", "-q", "-m", "snapshot for pre-commit tests")
    return snapshot, _git(snapshot, "rev-parse", "HEAD").strip()


@pytest.fixture(scope="module")
def pre_commit_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One PRE_COMMIT_HOME per test session so hook environments are built once."""
    home = tmp_path_factory.mktemp("pre-commit-home")
    return dict(
        os.environ,
        PRE_COMMIT_HOME=str(home),
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        GIT_AUTHOR_NAME="openwash tests",
        GIT_AUTHOR_EMAIL="tests@openwash.invalid",
        GIT_COMMITTER_NAME="openwash tests",
        GIT_COMMITTER_EMAIL="tests@openwash.invalid",
        NO_COLOR="1",
    )


def _user_repo(root: Path, files: dict[str, str]) -> Path:
    """A fresh git repository holding a model release, every file staged."""
    root.mkdir(parents=True)
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    return root


def _pre_commit(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert PRE_COMMIT is not None
    return subprocess.run(
        [PRE_COMMIT, *args, "--color", "never"], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


# --- the manifest -----------------------------------------------------------------------


def _manifest_hook() -> dict[str, object]:
    from ruamel.yaml import YAML

    hooks = YAML(typ="safe").load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(hooks, list) and len(hooks) == 1
    return dict(hooks[0])


@needs_pre_commit
def test_manifest_is_valid_for_pre_commit() -> None:
    done = subprocess.run([PRE_COMMIT, "validate-manifest", str(MANIFEST)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_manifest_declares_a_repository_level_python_hook() -> None:
    hook = _manifest_hook()
    assert hook["id"] == "openwash"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert hook["require_serial"] is True
    assert str(hook["entry"]).split()[0] == "openwash"


WAKES_ON = [
    "README.md",
    "readme.markdown",
    "models/7b/README.md",
    "MODEL_CARD.md",
    "docs/model_card.md",
    "docs/overview.md",
    "LICENSE",
    "LICENSE.txt",
    "LICENSE-MODEL",
    "LICENCE.md",
    "COPYING",
    "MODEL_LICENSE",
    "LLAMA_LICENSE",
    "weights/Gemma-License.txt",
    "Tongyi Qianwen LICENSE AGREEMENT",
    "Model License Agreement.txt",
    "模型许可协议.txt",
    "LICENSES/Apache-2.0.txt",
    "USE_POLICY.md",
    "Responsible_Use_Guide.md",
    "NOTICE",
    ".gitattributes",
    ".gitignore",
    "model.safetensors.index.json",
    "pytorch_model.bin.index.json",
    "model-00001-of-00002.safetensors",
    "ckpt/model.gguf",
    "adapter_config.json",
    "CITATION.cff",
    ".openwash.yml",
    "pyproject.toml",
    "setup.cfg",
]
SLEEPS_ON = [
    "src/train.py",
    "config.json",
    "tokenizer.json",
    "data/train.jsonl",
    "scripts/run.sh",
    "requirements.txt",
    "licenses.json",
    "src/model/attention.cc",
]


def test_files_pattern_wakes_on_what_can_change_a_verdict() -> None:
    pattern = re.compile(str(_manifest_hook()["files"]))  # pre-commit applies it with re.search
    missed = [p for p in WAKES_ON if not pattern.search(p)]
    woken = [p for p in SLEEPS_ON if pattern.search(p)]
    assert missed == [] and woken == []


def test_files_pattern_covers_every_document_openwash_reads() -> None:
    """A file openwash reads as a document must wake the hook when it changes."""
    from openwash.documents import classify_name

    pattern = re.compile(str(_manifest_hook()["files"]))
    read = [p for p in WAKES_ON + SLEEPS_ON if classify_name(p) is not None]
    assert read, "classify_name recognises none of the sample paths"
    assert [p for p in read if not pattern.search(p)] == []


# --- the hook path imports ----------------------------------------------------------------


def _importers(importtime_log: str, module: str) -> list[str]:
    """The chain of modules that imported `module`, innermost first (from -X importtime)."""
    rows = []
    for line in importtime_log.splitlines():
        if line.startswith("import time:") and "|" in line:
            name_field = line.split("|")[-1]
            rows.append((len(name_field) - len(name_field.lstrip()), name_field.strip()))
    for i, (depth, name) in enumerate(rows):
        if name == module:
            chain, want = [name], depth
            for later_depth, later_name in rows[i + 1 :]:  # parents are printed after children
                if later_depth < want:
                    chain.append(later_name)
                    want = later_depth
            return chain
    return []


def test_hook_path_imports_nothing_it_does_not_need(make_repo) -> None:
    repo = make_repo(
        {
            "README.md": OVERREACHING_CARD,
            "LICENSE": MIT_TEXT,
            "USE_POLICY.md": "# Acceptable use policy\n\nYou may not use the model to harm people.\n",
            ".gitattributes": "*.safetensors filter=lfs diff=lfs merge=lfs -text\n",
            "model.safetensors.index.json": '{"metadata": {}, "weight_map": {"a": "model-00001-of-00001.safetensors"}}\n',
            "model-00001-of-00001.safetensors": "version https://git-lfs.github.com/spec/v1\n"
            "oid sha256:" + "0" * 64 + "\nsize 123456789\n",
            "adapter_config.json": '{"base_model_name_or_path": "meta-llama/Llama-3.1-8B"}\n',
            "CITATION.cff": "cff-version: 1.2.0\ntitle: Example\nmessage: cite us\n",
            "train.py": "print('training')\n",
        }
    )
    probe = (
        "import sys\n"
        "from openwash.cli import main\n"
        f"code = main(['check', '--quiet', {str(repo)!r}])\n"
        f"loaded = [m for m in {FORBIDDEN_ON_HOOK_PATH!r} if m in sys.modules]\n"
        "print('LOADED=' + ','.join(loaded))\n"
        "print('EXIT=' + str(code))\n"
    )
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    exit_line = [ln for ln in done.stdout.splitlines() if ln.startswith("EXIT=")]
    messages = "\n".join(ln for ln in done.stderr.splitlines() if not ln.startswith("import time:"))
    assert exit_line and exit_line[0] in ("EXIT=0", "EXIT=1"), messages[-2000:]  # 2 would mean a tool error
    loaded_line = [ln for ln in done.stdout.splitlines() if ln.startswith("LOADED=")][0]
    loaded = [m for m in loaded_line.removeprefix("LOADED=").split(",") if m]
    chains = {m: " <- ".join(_importers(done.stderr, m)) for m in loaded}
    assert loaded == [], f"hook path imported {loaded}; import chains: {chains}"


def test_importers_follow_the_importtime_nesting() -> None:
    log = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:        10 |         10 |       urllib3.util\n"
        "import time:        10 |         20 |     urllib3\n"
        "import time:        10 |         30 |   requests\n"
        "import time:        10 |         40 | openwash.github_api\n"
        "import time:        10 |         10 | json\n"
    )
    assert _importers(log, "urllib3") == ["urllib3", "requests", "openwash.github_api"]
    assert _importers(log, "json") == ["json"]
    assert _importers(log, "github") == []


# --- the hook through the real pre-commit ---------------------------------------------------


@needs_pre_commit
@needs_git
def test_try_repo_fails_on_an_overreaching_card(hook_repo, pre_commit_env, tmp_path: Path) -> None:
    snapshot, _sha = hook_repo
    user = _user_repo(tmp_path / "release", {"README.md": OVERREACHING_CARD, "config.json": "{}\n"})
    done = _pre_commit(pre_commit_env, user, "try-repo", str(snapshot), "openwash", "--all-files")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-4000:]
    assert re.search(r"openwash \(openness claims vs evidence\)\.+Failed", output), output[-4000:]
    # One line per place, `path:line:col: severity rule “wording”`, under its cause's header line.
    finding = re.search(rf"^README\.md:{OVERREACH_LINE}:\d+: error OW1\d\d ", output, re.MULTILINE)
    assert finding, output[-4000:]


@needs_pre_commit
@needs_git
def test_try_repo_passes_on_a_clean_card(hook_repo, pre_commit_env, tmp_path: Path) -> None:
    snapshot, _sha = hook_repo
    user = _user_repo(tmp_path / "release", {"README.md": CLEAN_CARD, "LICENSE": MIT_TEXT, "config.json": "{}\n"})
    done = _pre_commit(pre_commit_env, user, "try-repo", str(snapshot), "openwash", "--all-files")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    assert re.search(r"openwash \(openness claims vs evidence\)\.+Passed", output), output[-4000:]


@pytest.fixture(scope="module")
def configured_user_repo(hook_repo, pre_commit_env, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A release with an overreaching card and a `.pre-commit-config.yaml` pinned to the snapshot."""
    snapshot, sha = hook_repo
    config = f"repos:\n  - repo: {snapshot}\n    rev: {sha}\n    hooks:\n      - id: openwash\n"
    return _user_repo(
        tmp_path_factory.mktemp("configured") / "release",
        {
            "README.md": OVERREACHING_CARD,
            "src/train.py": "print('training')\n",
            ".pre-commit-config.yaml": config,
        },
    )


@needs_pre_commit
@needs_git
def test_hook_sleeps_when_only_code_changes(configured_user_repo, pre_commit_env) -> None:
    done = _pre_commit(pre_commit_env, configured_user_repo, "run", "openwash", "--files", "src/train.py")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    assert re.search(r"openwash \(openness claims vs evidence\)\.+\(no files to check\)Skipped", output), output


@needs_pre_commit
@needs_git
def test_hook_wakes_when_the_card_changes(configured_user_repo, pre_commit_env) -> None:
    done = _pre_commit(pre_commit_env, configured_user_repo, "run", "openwash", "--files", "README.md")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-4000:]
    assert re.search(rf"^README\.md:{OVERREACH_LINE}:\d+: error OW1\d\d ", output, re.MULTILINE), output[-4000:]


@needs_pre_commit
@needs_git
def test_pass_filenames_checks_only_the_cards_given(hook_repo, pre_commit_env, tmp_path: Path) -> None:
    """`pass_filenames: true`: each card is checked with the repository around it as evidence,
    and only its own findings are reported."""
    snapshot, sha = hook_repo
    config = f"repos:\n  - repo: {snapshot}\n    rev: {sha}\n    hooks:\n      - id: openwash\n        pass_filenames: true\n"
    user = _user_repo(
        tmp_path / "release",
        {
            "README.md": OVERREACHING_CARD,
            "docs/usage.md": "# Using Example-8B\n\nLoad it with transformers and ask it a question.\n",
            ".pre-commit-config.yaml": config,
        },
    )
    done = _pre_commit(pre_commit_env, user, "run", "openwash", "--files", "docs/usage.md")
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    assert "README.md:" not in output
    done = _pre_commit(pre_commit_env, user, "run", "openwash", "--files", "README.md", "docs/usage.md")
    output = done.stdout + done.stderr
    assert done.returncode == 1, output[-4000:]
    assert re.search(rf"^README\.md:{OVERREACH_LINE}:\d+: error OW1\d\d ", output, re.MULTILINE), output[-4000:]
