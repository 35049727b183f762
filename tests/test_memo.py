"""openwash.memo: a `check` whose inputs did not change prints its stored report again; any
change to what the report was built from checks afresh."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from openwash import cache, cli, engine, memo

SETTLE_SECONDS = memo.SETTLE_NS / 1e9  # the module's own value (the fixture sets 0 in this process only)

CARD = """---
license: cc-by-nc-4.0
---
# Example-7B

Example-7B is an open-source model.
"""


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "user-cache"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(directory))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.delenv(memo.NO_MEMO_ENV, raising=False)
    monkeypatch.setattr(memo, "SETTLE_NS", 0)  # files written by the test count as settled
    cache._open_stores.clear()
    cache._disabled = False
    cache._secret = cache._checked = cache.refused = None
    yield directory
    cache._open_stores.clear()


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The trees engine.check really checked (a replay checks none)."""
    done: list[Path] = []
    real = engine.check

    def counting(root: Path, config: Any = None) -> Any:
        done.append(Path(root))
        return real(root, config)

    monkeypatch.setattr(engine, "check", counting)
    return done


def _release(root: Path) -> Path:
    (root / "docs").mkdir(parents=True)
    (root / "README.md").write_text(CARD, encoding="utf-8")
    (root / "docs" / "notes.md").write_text("# Notes\n", encoding="utf-8")
    (root / ".gitignore").write_text("*.log\n", encoding="utf-8")
    return root


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(["check", *argv])
    cache.save_all()
    return code, capsys.readouterr().out


def test_an_unchanged_tree_prints_the_stored_report_and_exit_code(
    tmp_path: Path, fresh_cache: Path, checks: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _release(tmp_path / "repo")
    first = _run(capsys, str(repo), "--format", "json")
    second = _run(capsys, str(repo), "--format", "json")
    assert first[0] == 1 and "open-source" in first[1]
    assert second == first  # byte for byte, the run's own timing included
    assert len(checks) == 1


CHANGES: dict[str, Callable[[Path], None]] = {
    "a card's text, same size": lambda r: (r / "README.md").write_text(CARD.replace("Example-7B is", "Example-7X is"), encoding="utf-8"),
    "a new file in a subfolder": lambda r: (r / "docs" / "LICENSE").write_text("MIT License\n", encoding="utf-8"),
    "a removed file": lambda r: (r / "docs" / "notes.md").unlink(),
    "a new subfolder": lambda r: (r / "weights").mkdir(),
    "the .gitignore": lambda r: (r / ".gitignore").write_text("*.log\ndocs/\n", encoding="utf-8"),
    "a configuration file": lambda r: (r / ".openwash.yml").write_text("fail-on: never\n", encoding="utf-8"),
    "a .gitattributes": lambda r: (r / "docs" / ".gitattributes").write_text("*.bin filter=lfs\n", encoding="utf-8"),
    "only the permissions": lambda r: os.chmod(r / "README.md", 0o600),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_to_any_input_checks_afresh(
    change: str, tmp_path: Path, fresh_cache: Path, checks: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _release(tmp_path / "repo")
    _run(capsys, str(repo), "--format", "json")
    CHANGES[change](repo)
    _run(capsys, str(repo), "--format", "json")
    assert len(checks) == 2


def test_the_command_line_and_working_directory_are_part_of_the_memo(
    tmp_path: Path, fresh_cache: Path, checks: list[Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _release(tmp_path / "repo")
    json_out = _run(capsys, str(repo), "--format", "json")[1]
    text_out = _run(capsys, str(repo), "--format", "text")[1]
    assert text_out != json_out and len(checks) == 2
    monkeypatch.chdir(repo)
    _run(capsys, ".", "--format", "text")  # paths are printed relative to where it runs
    monkeypatch.setenv("GITHUB_REPOSITORY", "someone/else")
    _run(capsys, ".", "--format", "text")
    assert len(checks) == 4


def test_git_tracking_a_file_the_gitignore_names_checks_afresh(
    tmp_path: Path, fresh_cache: Path, checks: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _release(tmp_path / "repo")
    (repo / "MODEL_CARD.log").write_text("A fully open-source model.\n", encoding="utf-8")
    git = ["git", "-c", "core.hooksPath=/dev/null", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "README.md", "docs", ".gitignore"], cwd=repo, check=True)
    _run(capsys, str(repo), "--format", "json")
    _run(capsys, str(repo), "--format", "json")
    assert len(checks) == 1
    subprocess.run([*git, "add", "-f", "MODEL_CARD.log"], cwd=repo, check=True)  # only the index changes
    _run(capsys, str(repo), "--format", "json")
    assert len(checks) == 2


def test_inputs_changed_just_before_the_run_are_not_trusted(
    tmp_path: Path, fresh_cache: Path, checks: list[Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(memo, "SETTLE_NS", 3600 * 10**9)  # everything the test wrote is "racy"
    repo = _release(tmp_path / "repo")
    _run(capsys, str(repo), "--format", "json")
    _run(capsys, str(repo), "--format", "json")
    assert len(checks) == 2


@pytest.mark.parametrize(
    "argv",
    [("--no-cache",), ("--output", "{out}"), ("{card}",)],
    ids=["no-cache", "written to a file", "named files"],
)
def test_runs_that_are_never_remembered(
    argv: tuple[str, ...], tmp_path: Path, fresh_cache: Path, checks: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _release(tmp_path / "repo")
    given = [a.format(out=tmp_path / "report.json", card=repo / "README.md") for a in argv]
    target = [] if "{card}" in argv else [str(repo)]
    for _ in range(2):
        cli.main(["check", *target, *given, "--format", "json"])
        cache.save_all()
    capsys.readouterr()
    assert len(checks) == 2


def test_openwash_no_memo_turns_it_off(
    tmp_path: Path, fresh_cache: Path, checks: list[Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(memo.NO_MEMO_ENV, "1")
    repo = _release(tmp_path / "repo")
    _run(capsys, str(repo))
    _run(capsys, str(repo))
    assert len(checks) == 2


def test_a_tampered_stored_report_is_not_printed(
    tmp_path: Path, fresh_cache: Path, checks: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    repo = _release(tmp_path / "repo")
    first = _run(capsys, str(repo), "--format", "json")
    stored = list(fresh_cache.glob("reports-*.marshal"))
    assert len(stored) == 1
    raw = stored[0].read_bytes()
    stored[0].write_bytes(raw.replace(b"open-source", b"open-weight"))
    cache._open_stores.clear()  # as a new process would: read the file again
    second = _run(capsys, str(repo), "--format", "json")
    assert len(checks) == 2 and "open-weight model" not in second[1] and second[0] == first[0]


def test_a_new_process_prints_the_stored_report_and_sees_an_edit(tmp_path: Path, fresh_cache: Path) -> None:
    """Whole processes, as the hook runs: the second prints the first's report byte for byte
    (its timing included); after an edit the report is the edited tree's."""
    repo = _release(tmp_path / "repo")
    env = {k: v for k, v in os.environ.items() if k != memo.NO_MEMO_ENV}
    env["OPENWASH_CACHE_DIR"] = str(fresh_cache)
    time.sleep(SETTLE_SECONDS + 0.2)  # the child's inputs must have settled

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "openwash", "check", str(repo), "--format", "json"], env=env, capture_output=True, text=True)

    first, second = run(), run()
    assert first.returncode == second.returncode == 1
    assert second.stdout == first.stdout
    (repo / "README.md").write_text(CARD.replace("is an open-source model", "is an open-weights model"), encoding="utf-8")
    third = run()
    assert "is an open-weights model" in third.stdout and third.stdout != first.stdout


def test_a_cache_directory_inside_the_checked_repository_keeps_no_report(
    tmp_path: Path, checks: list[Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pull request cannot ship a stored report to be printed: a user cache inside the checked tree is refused."""
    repo = _release(tmp_path / "repo")
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(repo / ".cache" / "openwash"))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.delenv(memo.NO_MEMO_ENV, raising=False)
    monkeypatch.setattr(memo, "SETTLE_NS", 0)
    # the refusal is module state (a report note): put back as it was, so no later test reports it
    for name in ("_disabled", "_secret", "_checked", "refused", "_vetted"):
        monkeypatch.setattr(cache, name, getattr(cache, name))
    cache._open_stores.clear()
    cache._disabled = False
    cache._secret = cache._checked = cache.refused = None
    try:
        for _ in range(2):
            _run(capsys, str(repo), "--format", "json")
            cache._disabled = False  # each run as a new process would start: the cache on until refused again
        assert len(checks) == 2
        assert not (repo / ".cache").exists()
    finally:
        cache._open_stores.clear()
