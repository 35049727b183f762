"""The user cache is a trust boundary: a pull request can neither ship one, nor tamper with one, nor grow one.

Every run here is the real CLI (or the action's steps) in a subprocess on a real repository.
A "poisoned" regex store replaces every compiled program with a valid one that never
matches: the C engine accepts it, claims go unseen, and an overreaching card passes.
"""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fake_github import FakeGitHub
from test_action import github, make_workspace, report_of, run_action, tag_push_payload  # noqa: F401

OVERREACHING = "---\nlicense: llama3.1\nbase_model: meta-llama/Llama-3.1-8B\n---\n# Acme\n\nAcme is a fully open-source model.\n"


def _run(repo: Path, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("OPENWASH_CACHE_DIR", "OPENWASH_NO_CACHE")}
    full.update(env or {})
    return subprocess.run([sys.executable, "-I", "-m", "openwash", "check", str(repo), "--format", "json", *args],
                          capture_output=True, text=True, timeout=120, env=full, cwd=cwd or repo)


def _repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README.md").write_text(OVERREACHING, encoding="utf-8")
    return repo


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _poison(store: Path) -> None:
    """Rewrite a regex store so that every program is a valid program that never matches."""
    raw = store.read_bytes()
    magic = raw[: raw.index(b"\n") + 1]
    body_at = len(magic) + (32 if magic != b"openwash-cache-1\n" else 0)  # the MAC, where there is one
    key, table = marshal.loads(raw[body_at:])
    from re import _compiler, _parser  # type: ignore[attr-defined]

    never = [int(op) for op in _compiler._code(_parser.parse("(?!)", 0), 0)]
    poisoned = {k: (v[0], never, v[2], v[3], v[4]) for k, v in table.items()}
    store.write_bytes(raw[:body_at] + marshal.dumps((key, poisoned)))


def _primed_store(tmp_path: Path, repo: Path) -> Path:
    """A regex store as this openwash writes it (run once with a scratch cache)."""
    scratch = tmp_path / "scratch-cache"
    _run(repo, env={"OPENWASH_CACHE_DIR": str(scratch)})
    return next(scratch.glob("regex-*.marshal"))


@pytest.mark.parametrize("variable", ["OPENWASH_CACHE_DIR", "XDG_CACHE_HOME"])
def test_a_relative_cache_directory_is_never_used_so_a_pr_cannot_ship_a_store(tmp_path: Path, variable: str) -> None:
    repo = _repo(tmp_path)
    store = _primed_store(tmp_path, repo)
    shipped = repo / ".cache" / ("openwash" if variable == "XDG_CACHE_HOME" else "")
    shipped.mkdir(parents=True, exist_ok=True)
    (shipped / store.name).write_bytes(store.read_bytes())
    _poison(shipped / store.name)
    before = _tree(repo)

    proc = _run(repo, env={variable: ".cache", "HOME": str(tmp_path / "home")})

    assert proc.returncode == 1 and json.loads(proc.stdout)["verdict"]["overreach"] is True, proc.stderr
    assert _tree(repo) == before, "the check wrote into the repository it checked"


def test_a_cache_directory_inside_the_checked_tree_is_refused(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    before = _tree(repo)

    proc = _run(repo, env={"OPENWASH_CACHE_DIR": str(repo / "cache")})

    report = json.loads(proc.stdout)
    assert report["verdict"]["overreach"] is True
    assert _tree(repo) == before and not (repo / "cache").exists()
    assert any("inside the checked repository" in note for note in report["notes"])


def test_a_tampered_store_is_never_read(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    cache = tmp_path / "cache"
    _run(repo, env={"OPENWASH_CACHE_DIR": str(cache)})
    _poison(next(cache.glob("regex-*.marshal")))

    proc = _run(repo, env={"OPENWASH_CACHE_DIR": str(cache)})

    assert proc.returncode == 1 and json.loads(proc.stdout)["verdict"]["overreach"] is True, proc.stderr


def test_the_cache_is_private_and_writes_never_follow_a_planted_link(tmp_path: Path) -> None:
    from openwash import cache, lazyre

    directory = tmp_path / "cache"
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    env = {"OPENWASH_CACHE_DIR": str(directory)}
    old = os.environ.copy()
    os.environ.update(env)
    try:
        cache._open_stores.clear()
        cache._disabled, cache._secret, cache._checked = False, None, None
        lazyre.forget()
        store = cache.store("plant-test", "k")
        assert store.path is not None
        directory.mkdir(mode=0o755)
        for name in (f"{store.path.name}.{os.getpid()}.tmp",):  # the temporary name a write used to use
            (directory / name).symlink_to(victim)
        store.put("a", 1)
        store.save()
    finally:
        os.environ.clear()
        os.environ.update(old)
        cache._open_stores.clear()
        cache._secret = cache._checked = None
        lazyre.forget()
    assert victim.read_bytes() == b"precious"
    assert (directory.stat().st_mode & 0o777) == 0o700
    for path in directory.iterdir():
        if not path.is_symlink():
            assert (path.stat().st_mode & 0o077) == 0, path.name


def test_a_directory_owned_by_someone_else_is_not_used(tmp_path: Path) -> None:
    if not hasattr(os, "getuid") or os.getuid() != 0:
        pytest.skip("needs root to give the directory to another user")
    repo = _repo(tmp_path)
    foreign = tmp_path / "foreign"
    foreign.mkdir(mode=0o777)
    os.chmod(foreign, 0o777)
    os.chown(foreign, 65534, 65534)

    proc = _run(repo, env={"OPENWASH_CACHE_DIR": str(foreign)})

    assert proc.returncode == 1
    assert list(foreign.iterdir()) == [], "openwash wrote into a directory another user controls"


def test_hostile_gitignore_lines_cannot_grow_the_cache(tmp_path: Path) -> None:
    repo = _repo(tmp_path)
    cache = tmp_path / "cache"
    for run in range(3):  # three pull requests, each with its own 20,000 lines
        lines = [f"{run}-{n:05d}-" + "x" * 150 + "/*.bin" for n in range(20_000)]
        (repo / ".gitignore").write_text("\n".join(lines) + "\n", encoding="utf-8")
        proc = _run(repo, env={"OPENWASH_CACHE_DIR": str(cache)})
        assert proc.returncode == 1, proc.stderr
    total = sum(p.stat().st_size for p in cache.iterdir())
    assert total < 4 * 1024 * 1024, f"the cache grew to {total / 1e6:.1f} MB"


def test_release_gating_in_the_action_runs_without_the_cache(tmp_path: Path, github: FakeGitHub) -> None:
    ws = make_workspace(tmp_path, "overreaching-model")
    for path in ws.root.iterdir():
        if path.is_file():
            path.unlink()
    (ws.root / "README.md").write_text(OVERREACHING, encoding="utf-8")
    cache = tmp_path / "user-cache"
    _run(ws.root, env={"OPENWASH_CACHE_DIR": str(cache)})
    _poison(next(cache.glob("regex-*.marshal")))
    (cache / "marker").write_text("", encoding="utf-8")
    ws.write_event(tag_push_payload())

    run = run_action(ws, github, "push", extra_env={"OPENWASH_CACHE_DIR": str(cache)})

    assert run.exit_code == 1 and report_of(run)["verdict"]["overreach"] is True, run.stdout
    assert re.search(r"release gate for v1\.0\.0: BLOCKED", run.stdout)


def test_a_tampered_front_matter_store_is_never_read(tmp_path: Path) -> None:
    """A stored parse that says `license: apache-2.0` for a card whose front matter says CC BY-NC is not believed."""
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "README.md").write_text("---\nlicense: cc-by-nc-4.0\n---\n# Acme\n\nAcme is an open-source model.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    first = _run(repo, env={"OPENWASH_CACHE_DIR": str(cache)})
    assert json.loads(first.stdout)["verdict"]["weights_license_family"] == "non-commercial", first.stderr
    store = next(cache.glob("front-matter-*.marshal"))
    raw = store.read_bytes()
    body_at = raw.index(b"\n") + 1 + 32  # magic, then the MAC
    key, table = marshal.loads(raw[body_at:])
    forged = marshal.dumps(({"license": "apache-2.0"}, {("license",): (2, 1)}))
    store.write_bytes(raw[:body_at] + marshal.dumps((key, {k: forged for k in table})))

    second = _run(repo, env={"OPENWASH_CACHE_DIR": str(cache)})

    assert json.loads(second.stdout)["verdict"]["weights_license_family"] == "non-commercial", second.stderr
