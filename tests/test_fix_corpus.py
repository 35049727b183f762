"""`openwash fix` on every case of ../shared/corpus and ../shared/corpus2, each copied into a git repository.

For each case: fix, then check again. Every claim fix rewrote no longer produces an overreach
finding (OW101, OW102, OW103) on its line, fix writes nothing on a second run, and only the
rewritten lines changed. `pytest -s tests/test_fix_corpus.py` prints how many claims were rewritten.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import SHARED

OVERREACH = ("OW101", "OW102", "OW103")


def _cases() -> list[Path]:
    out: list[Path] = []
    for folder in (SHARED / "corpus" / "cases", SHARED / "corpus" / "cards", SHARED / "corpus2" / "cases"):
        if folder.is_dir():
            out.extend(p for p in sorted(folder.iterdir()) if p.is_dir())
    return out


CASES = _cases()


def _git_repo(case: Path, tmp_path: Path) -> Path:
    root = tmp_path / case.name
    shutil.copytree(case, root, symlinks=True)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True)
    return root


def _shift(files: dict[str, Any], path: str, line: int) -> int:
    """Lines a front-matter rewrite added above `line` (to map a line after the fix to the line before)."""
    f = files.get(path)
    if f is None:
        return 0
    added = len(f.lines) - len(f.original.splitlines(keepends=True) or [""])
    return -added if added and line > f.front_matter_end else 0


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file() and not p.is_symlink() and ".git" not in p.parts}


@pytest.mark.skipif(not CASES, reason="../shared (corpus, corpus2) not beside the checkout")
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_fix_removes_the_overreach_it_rewrites_and_a_second_fix_is_a_no_op(case: Path, tmp_path: Path) -> None:
    from openwash import engine, fix
    from openwash.commands import fix as fix_command

    root = _git_repo(case, tmp_path)
    before = engine.check(root)
    files, _manual, _notes = fix_command.plan(root, before, tracked=fix_command._tracked(root))
    # Where each new wording of the first pass is after the fix (lines move only below a rewritten front matter).
    rewritten = [(path, index + 1, start, end) for path, f in files.items() for index, start, end in f.spans]
    original = _snapshot(root)

    from openwash.cli import main

    assert main(["fix", str(root), "--no-cache"]) == 0
    after_files = _snapshot(root)
    # Only files with an overreach finding changed.
    reported = {f.path for f in before.findings if f.rule in fix.FIXABLE_RULES}
    for path, data in original.items():
        if path not in reported:
            assert after_files[path] == data, path
    after = engine.check(root)
    found = [(f.path, f.line + _shift(files, f.path, f.line), f.column - 1) for f in after.findings if f.rule in OVERREACH]
    still = [(p, ln, col) for p, ln, col in found for rp, rln, start, end in rewritten if (p, ln) == (rp, rln) and start <= col < end]
    assert not still, still
    # What openwash said about the weights did not change.
    assert after.verdict.weights_license_family == before.verdict.weights_license_family
    # Idempotent: a second fix changes nothing.
    assert main(["fix", str(root), "--no-cache"]) == 0
    assert _snapshot(root) == after_files
    assert main(["fix", str(root), "--diff", "--no-cache"]) == 0
    print(f"{case.name}: {sum(f.fixed for f in files.values())} claims rewritten")
