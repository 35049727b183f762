"""benchmarks/same_reports.py: the before/after report comparison used for speed changes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import PROJECT

SCRIPT = PROJECT / "benchmarks" / "same_reports.py"


def _compare(old: Path, new: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "compare", str(old), str(new)], capture_output=True, text=True, check=False, timeout=60)


def test_identical_dumps_compare_equal_and_a_changed_one_is_named(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    for directory in (old, new):
        (directory / "cases__a.json").write_text('exit 0\n{"claims": []}\n', encoding="utf-8")
    same = _compare(old, new)
    assert same.returncode == 0 and "1 of 1 reports identical" in same.stdout
    (new / "cases__a.json").write_text('exit 1\n{"claims": [1]}\n', encoding="utf-8")
    (new / "cases__b.json").write_text("exit 0\n{}\n", encoding="utf-8")
    changed = _compare(old, new)
    assert changed.returncode == 1
    assert "differs: cases__a.json" in changed.stdout and "differs: cases__b.json" in changed.stdout


def test_the_seconds_field_is_left_out_at_every_depth() -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    import same_reports

    report = {"stats": {"files": 3, "seconds": 0.12}, "nested": [{"seconds": 1, "kept": True}]}
    assert same_reports._without_seconds(report) == {"stats": {"files": 3}, "nested": [{"kept": True}]}


def test_arguments_after_a_double_dash_go_to_openwash_check(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(SCRIPT.parent))
    import same_reports

    seen: list[tuple[Path, list[str], list[str]]] = []
    monkeypatch.setattr(same_reports, "dump", lambda out, openwash, extra: seen.append((out, list(openwash), list(extra))) or 0)
    assert same_reports.main(["dump", str(tmp_path / "out"), "--openwash", "env X=1 python -m openwash", "--", "--no-cache"]) == 0
    assert seen == [((tmp_path / "out").resolve(), ["env", "X=1", "python", "-m", "openwash"], ["--no-cache"])]
