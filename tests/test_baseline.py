"""`openwash baseline` and `openwash check --baseline`: fail only on findings added since."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from openwash import baseline, cli, engine

HEAD = """---
license: llama3.1
base_model: meta-llama/Llama-3.1-8B
---
# Example-8B

"""
CLAIM = "Example-8B is a fully open source model: use it for anything."
PLACEHOLDER = "[More Information Needed]"


def _card(root: Path, *lines: str) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "README.md").write_text(HEAD + "\n\n".join(lines) + "\n", encoding="utf-8")
    return root


def _cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _record(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "baseline.json"
    code, _, err = _cli(["baseline", str(root), "-o", str(target)], capsys)
    assert code == 0 and "recorded in" in err
    return target


def _check(root: Path, file: Path, capsys: pytest.CaptureFixture[str], fmt: str = "json") -> tuple[int, Any]:
    code, out, _ = _cli(["check", str(root), "--baseline", str(file), "--format", fmt], capsys)
    return code, (json.loads(out) if fmt == "json" else out)


def test_known_findings_are_skipped_and_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _card(tmp_path / "repo", CLAIM, PLACEHOLDER)
    assert _cli(["check", str(root)], capsys)[0] == 1
    file = _record(root, tmp_path, capsys)
    total = len(engine.check(root).findings)
    code, report = _check(root, file, capsys)
    assert code == 0
    assert report["findings"] == []
    assert report["baseline"] == {"compared_with": str(file), "new": 0, "preexisting": total, "skipped": total, "fixed": 0}
    code, text = _check(root, file, capsys, "text")
    assert f"; {total} known finding(s) skipped (baseline)" in text
    code, markdown = _check(root, file, capsys, "markdown")
    assert f"new: **0**, preexisting: **{total}**, {total} known finding(s) skipped" in markdown
    # the headline agrees with the passing gate: the overreach is all known, nothing is new
    assert "OVERREACH, all of it already known (baseline): nothing new" in text
    assert "### ⚠️ openwash: overreach, all of it already known" in markdown


def test_line_shifts_do_not_make_known_findings_new(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _card(tmp_path / "repo", CLAIM, PLACEHOLDER)
    file = _record(root, tmp_path, capsys)
    before = {(f.rule, f.line) for f in engine.check(root).findings}
    _card(root, "## Intro", "Some words.", "More words about support.", CLAIM, "## Data", PLACEHOLDER)
    after = {(f.rule, f.line) for f in engine.check(root).findings}
    assert {r for r, _ in before} == {r for r, _ in after} and before != after  # same rules, other lines
    code, report = _check(root, file, capsys)
    assert code == 0 and report["findings"] == [] and report["baseline"]["new"] == 0


def test_counts_matter_and_the_added_line_is_the_new_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [f"Part {n}: " + CLAIM for n in range(3)]
    root = _card(tmp_path / "repo", *lines)
    file = _record(root, tmp_path, capsys)
    entries = json.loads(file.read_text(encoding="utf-8"))["findings"]
    assert sum(e["count"] for e in entries if e["rule"] == "OW101") == 3
    added = "Also: " + CLAIM
    _card(root, lines[0], added, lines[1], lines[2])  # 3 known, now 4, the new one in the middle
    code, report = _check(root, file, capsys)
    assert code == 1
    ow101 = [f for f in report["findings"] if f["rule"] == "OW101"]
    assert len(ow101) == 1
    new_line = (root / "README.md").read_text(encoding="utf-8").split("\n")[ow101[0]["line"] - 1]
    assert new_line == added
    assert report["baseline"]["preexisting"] >= 3 and report["baseline"]["new"] == len(report["findings"])


def test_a_reworded_sentence_keeps_its_claim_known(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _card(tmp_path / "repo", CLAIM)
    file = _record(root, tmp_path, capsys)
    _card(root, CLAIM.replace("use it for anything", "use it for support chats"))
    code, report = _check(root, file, capsys)
    assert code == 0 and report["findings"] == []


def test_a_new_claim_fails_and_only_it_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _card(tmp_path / "repo", PLACEHOLDER)
    file = _record(root, tmp_path, capsys)
    _card(root, PLACEHOLDER, CLAIM)
    code, report = _check(root, file, capsys)
    assert code == 1
    assert report["findings"] and all(f["rule"] != "OW503" for f in report["findings"])
    assert all(f["preexisting"] is False for f in report["findings"])


def test_baseline_file_is_stable_and_sorted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _card(tmp_path / "repo", CLAIM, PLACEHOLDER, "It is open-source.")
    first = _record(root, tmp_path, capsys).read_text(encoding="utf-8")
    second = _record(root, tmp_path, capsys).read_text(encoding="utf-8")
    assert first == second
    data = json.loads(first)
    assert data["openwash_baseline"] == 1
    keys = [(e["rule"], e["path"], e["text"], e["line"]) for e in data["findings"]]
    assert keys == sorted(keys) and len(keys) == len(set(keys))
    assert all(set(e) == {"rule", "path", "text", "line", "count"} for e in data["findings"])
    # stdout when no -o
    code, out, _ = _cli(["baseline", str(root)], capsys)
    assert code == 0 and out == first


def test_baseline_paths_do_not_depend_on_where_it_ran(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _card(tmp_path / "models" / "x", CLAIM)
    monkeypatch.chdir(tmp_path)
    code, out, _ = _cli(["baseline", "models/x"], capsys)
    assert {e["path"] for e in json.loads(out)["findings"]} == {"README.md"}
    monkeypatch.chdir(root)
    (tmp_path / "b.json").write_text(out, encoding="utf-8")
    assert _cli(["check", "--baseline", str(tmp_path / "b.json")], capsys)[0] == 0


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("not json", "not valid JSON"),
        ('{"findings": []}', "not an openwash baseline"),
        ('{"openwash_baseline": 9, "findings": []}', "not supported"),
        ('{"openwash_baseline": 1, "findings": [{"rule": "OW101"}]}', "needs string"),
        ('{"openwash_baseline": 1, "findings": [{"rule": "OW101", "path": "R", "count": 0}]}', "positive integer"),
    ],
)
def test_bad_baseline_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: str) -> None:
    root = _card(tmp_path / "repo", CLAIM)
    file = tmp_path / "bad.json"
    file.write_text(content, encoding="utf-8")
    code, out, err = _cli(["check", str(root), "--baseline", str(file)], capsys)
    assert code == 2 and words in err and str(file) in err and len(err.strip().splitlines()) == 1
    code, _, err = _cli(["check", str(root), "--baseline", str(tmp_path / "missing.json")], capsys)
    assert code == 2 and "baseline file not found" in err


def test_mark_sets_preexisting_without_removing(tmp_path: Path) -> None:
    root = _card(tmp_path / "repo", CLAIM)
    report = engine.check(root)
    known = baseline.keys(report, root)
    _card(root, CLAIM, "Part two: " + CLAIM)
    again = engine.check(root)
    baseline.mark(again, root, known, "test")
    marks = [f.preexisting for f in again.findings if f.rule == "OW101"]
    assert sorted(marks) == [False, True]
    assert again.baseline_counts()["new"] == sum(1 for f in again.findings if not f.preexisting)
    assert again.to_dict()["baseline"]["compared_with"] == "test"
    # The gate on new findings only: the preexisting claim alone would not fail it.
    again.new_only = True
    assert again.failed()
    for f in again.findings:
        f.preexisting = True
    assert not again.failed() and again.verdict.overreach


def test_findings_the_baseline_had_and_the_tree_no_longer_has_are_reported_fixed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = _card(tmp_path / "repo", CLAIM, PLACEHOLDER)
    file = _record(root, tmp_path, capsys)
    _card(root, PLACEHOLDER)  # the overreaching sentence is gone
    code, report = _check(root, file, capsys)
    assert code == 0
    assert report["baseline"]["fixed"] >= 1 and report["baseline"]["new"] == 0
    code, markdown = _check(root, file, capsys, "markdown")
    assert "#### Fixed by this pull request" in markdown and "fully open source" in markdown
    assert "it fixes" in markdown.splitlines()[0]
    code, text = _check(root, file, capsys, "text")
    assert "fixed since the baseline" in text
