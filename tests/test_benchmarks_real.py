"""benchmarks/real.py and benchmarks/hook_env.py: smoke runs (no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import PROJECT

BENCH = PROJECT / "benchmarks"


def test_real_repository_benchmark_writes_its_table(tmp_path: Path) -> None:
    doc = tmp_path / "performance.md"
    doc.write_text("# Performance\n\nkept\n", encoding="utf-8")
    release = PROJECT / "examples" / "overreaching-model"
    done = subprocess.run(
        [sys.executable, str(BENCH / "real.py"), "--runs", "1", "--no-reuse", "--per-repo", "--output", str(doc), str(release)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Performance\n\nkept\n")
    block = text.split("<!-- real-repository benchmark: begin", 1)[1]
    assert "| `openwash check --format json` |" in block and "| `openwash --version` |" in block
    assert "1 repositories" in block and "exit codes seen: 1" in block  # the example overreaches: exit 1, never 2
    assert "| overreaching-model |" in done.stdout
    # A second run replaces the block instead of appending another.
    subprocess.run([sys.executable, str(BENCH / "real.py"), "--runs", "1", "--no-reuse", "--output", str(doc), str(release)],
                   capture_output=True, text=True, timeout=600, check=True)  # fmt: skip
    assert doc.read_text(encoding="utf-8").count("real-repository benchmark: begin") == 1


def test_real_repository_benchmark_refuses_an_empty_list(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(BENCH / "real.py"), str(tmp_path / "missing")], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "not a directory" in done.stderr
