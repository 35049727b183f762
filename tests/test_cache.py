"""The user cache (openwash.cache): compiled regex programs and licence identifications kept
between runs. It may only make a run faster: every test here compares against a run without it."""

from __future__ import annotations

import importlib
import json
import marshal
import os
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any
from pathlib import Path

import pytest

import openwash
from openwash import cache, lazyre
from openwash.licenses import identify
from tests.conftest import MIT_TEXT

LLAMA_LIKE = (
    "EXAMPLE COMMUNITY LICENSE AGREEMENT\n\n"
    "You will not use the Materials for military purposes.\n"
    "If monthly active users exceed 700 million, you must request a license.\n"
)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache directory, with the in-process stores forgotten before and after."""
    directory = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(directory))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    _forget_everything()
    yield directory
    _forget_everything()


def _forget_everything() -> None:
    cache._open_stores.clear()
    cache._disabled = False
    cache._secret = cache._checked = cache.refused = None
    lazyre.forget()
    lazyre._inline.clear()
    identify._results_store.cache_clear()
    identify._CACHE.clear()


def _all_patterns() -> list[tuple[str, int]]:
    """Every lazily compiled pattern openwash defines at module level (also inside tuples)."""
    found: dict[tuple[str, int], None] = {}

    def visit(value: object, depth: int = 0) -> None:
        if isinstance(value, lazyre._LazyPattern):
            found[value._source] = None
        elif isinstance(value, (tuple, list)) and depth < 3:
            for item in value:
                visit(item, depth + 1)

    for info in pkgutil.walk_packages(openwash.__path__, "openwash."):
        if info.name.endswith("__main__"):
            continue  # running it would start the CLI
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            visit(value)
    return list(found)


def test_a_cached_program_compiles_to_the_same_pattern_as_re_compile(cache_dir: Path) -> None:
    patterns = _all_patterns()
    assert len(patterns) > 150  # the claim, evidence, licence and lineage tables are all in
    for pattern, flags in patterns:
        lazyre.compile_pattern(pattern, flags)
    cache.save_all()
    _key, stored = marshal.loads(next(cache_dir.glob("regex-*.marshal")).read_bytes()[len(cache._MAGIC) + cache._MAC_BYTES :])
    assert set(patterns) <= set(stored)

    _forget_everything()  # a new process: programs now come from the file
    for pattern, flags in patterns:
        rebuilt = lazyre.compile_pattern(pattern, flags)
        assert rebuilt == re.compile(pattern, flags), pattern  # equality compares the compiled code
        assert (rebuilt.groups, rebuilt.groupindex) == (re.compile(pattern, flags).groups, re.compile(pattern, flags).groupindex)


def test_a_program_the_engine_rejects_falls_back_to_re_compile(cache_dir: Path) -> None:
    pattern = r"\b(?P<word>open)\s+source\b"
    lazyre.compile_pattern(pattern, re.IGNORECASE)
    cache.save_all()
    path = next(cache_dir.glob("regex-*.marshal"))
    key, table = marshal.loads(path.read_bytes()[len(cache._MAGIC) + cache._MAC_BYTES :])
    flags, code, groups, groupindex, indexgroup = table[(pattern, int(re.IGNORECASE))]
    table[(pattern, int(re.IGNORECASE))] = (flags, [999_999, *code[1:]], groups, groupindex, indexgroup)
    body = marshal.dumps((key, table))
    # Signed with the user's own key (only openwash itself could write this): the engine's
    # validator is the second line of defence.
    secret = (cache_dir / cache.KEY_NAME).read_bytes()
    path.write_bytes(cache._MAGIC + cache._mac(secret, path.name, body) + body)

    _forget_everything()
    compiled = lazyre.compile_pattern(pattern, re.IGNORECASE)
    assert compiled == re.compile(pattern, re.IGNORECASE)
    assert compiled.search("It is Open  Source.") is not None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"garbage",
        cache._MAGIC + b"\x00\x01\x02",
        cache._MAGIC + marshal.dumps([1, 2, 3]),
        cache._MAGIC + marshal.dumps(("k", [1, 2, 3])),
        b"openwash-cache-0\n" + marshal.dumps({("a", 0): 2}),
        cache._MAGIC + marshal.dumps(("another-version", {("a", 0): 2})),
    ],
    ids=["empty", "garbage", "bad-marshal", "not-a-pair", "not-a-dict", "older-format", "another-key"],
)
def test_an_unreadable_store_is_ignored_and_replaced(cache_dir: Path, content: bytes) -> None:
    store = cache.store("regex-test", "k")
    assert store.path is not None
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)
    assert store.get(("a", 0)) is None
    store.put(("a", 0), 1)
    store.save()
    _forget_everything()
    assert cache.store("regex-test", "k").get(("a", 0)) == 1


def test_identifications_come_back_from_the_store(cache_dir: Path) -> None:
    first = identify.identify_text(MIT_TEXT)
    cache.save_all()
    assert first[0].key == "mit"
    _forget_everything()
    # Poison the stored entry: if the next call returns the poison, it was served from the file.
    store = identify._results_store()
    digest = next(iter(store._load()))
    poisoned = list(identify._to_stored(first[0]))
    poisoned[0] = "poisoned-key"
    store.put(digest, (tuple(poisoned),))
    identify._CACHE.clear()
    assert identify.identify_text(MIT_TEXT)[0].key == "poisoned-key"


@pytest.mark.parametrize(
    "entry",
    [(), ("mit",), (("mit", "MIT"),), ((1, 2, 3, 4, 5, 6, 7, 8, 9, [], {}),), [("x",) * 11]],
    ids=["empty", "flat", "short", "wrong-types", "list"],
)
def test_a_malformed_identification_is_recomputed(cache_dir: Path, entry: object) -> None:
    store = identify._results_store()
    identify.identify_text(LLAMA_LIKE)
    digest = next(iter(store._load()))
    store.put(digest, entry)
    identify._CACHE.clear()
    matches = identify.identify_text(LLAMA_LIKE)
    assert matches[0].key == "unknown"
    assert {"use-restriction", "user-threshold"} <= set(identify.rider_kinds(matches[0].riders))


def test_the_signature_changes_when_a_source_file_changes(tmp_path: Path) -> None:
    source = tmp_path / "knowledge.json"
    source.write_text("{}")
    before = cache.file_signature(source, tmp_path / "missing")
    source.write_text('{"a": 1}')
    assert cache.file_signature(source, tmp_path / "missing") != before


def test_cache_directory_follows_the_platform_conventions(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.CACHE_DIR_ENV, raising=False)
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.directory() == tmp_path / "xdg" / "openwash"
    monkeypatch.setenv(cache.NO_CACHE_ENV, "1")
    assert cache.directory() is None
    monkeypatch.setenv(cache.NO_CACHE_ENV, "0")
    assert cache.directory() == tmp_path / "xdg" / "openwash"


# -- whole runs -----------------------------------------------------------------------------------


def _check(repo: Path, cache_path: Path, *extra: str, no_cache_env: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env[cache.CACHE_DIR_ENV] = str(cache_path)
    env.pop(cache.NO_CACHE_ENV, None)
    if no_cache_env:
        env[cache.NO_CACHE_ENV] = "1"
    return subprocess.run(
        [sys.executable, "-m", "openwash", "check", "--format", "json", *extra, str(repo)],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip


def _report(proc: subprocess.CompletedProcess[str]) -> dict[str, object]:
    report = json.loads(proc.stdout)
    report["stats"].pop("seconds")  # the one field a cache is meant to change
    return dict(report)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def release(make_repo) -> Path:  # type: ignore[no-untyped-def]
    readme = "---\nlicense: mit\n---\n# Tiny\n\nTiny is fully open source: weights, code and data.\n"
    files = {
        "README.md": readme,
        "LICENSE": MIT_TEXT,
        "MODEL_LICENSE": LLAMA_LIKE,
        ".gitattributes": "*.safetensors filter=lfs diff=lfs merge=lfs -text\n*.gguf filter=lfs -text\n",
        # an ignored card, a negation that brings one back, and a pattern git refuses
        ".gitignore": "drafts/\n*.md.bak\n!keep.md.bak\n[z-a]\n",
        "drafts/README.md": "This draft says it is open source.\n",
        "notes.md.bak": "x",
        "keep.md.bak": "y",
    }
    return Path(make_repo(files))


def test_a_cached_run_reports_exactly_what_an_uncached_run_reports(release: Path, tmp_path: Path) -> None:
    before = _tree(release)
    uncached = _check(release, tmp_path / "unused", no_cache_env=True)
    first = _check(release, tmp_path / "cache")
    second = _check(release, tmp_path / "cache")
    assert uncached.returncode == first.returncode == second.returncode == 1, uncached.stderr
    assert _report(uncached) == _report(first) == _report(second)
    assert not (tmp_path / "unused").exists()
    names = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert [name.rsplit("-", 1)[0] for name in names] == ["dataclass-code", "front-matter", "gitpatterns", "key", "knowledge-aliases", "licenses", "regex", "regex-gitignore", "required-text"], names
    assert _tree(release) == before  # nothing written into the checked repository


def test_no_cache_option_neither_reads_nor_writes(release: Path, tmp_path: Path) -> None:
    proc = _check(release, tmp_path / "cache", "--no-cache")
    assert proc.returncode == 1, proc.stderr
    assert not (tmp_path / "cache").exists()


def test_an_unwritable_cache_location_costs_nothing_but_speed(release: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be")
    proc = _check(release, blocker)
    reference = _check(release, tmp_path / "unused", no_cache_env=True)
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert _report(proc) == _report(reference)


def test_a_primed_cache_spares_the_pathspec_import(release: Path, tmp_path: Path) -> None:
    (release / ".gitignore").unlink()  # .gitattributes alone: its patterns come from the cache
    _check(release, tmp_path / "cache")
    env = {**os.environ, cache.CACHE_DIR_ENV: str(tmp_path / "cache")}
    env.pop(cache.NO_CACHE_ENV, None)
    for cached, expected in ((True, False), (False, True)):
        if not cached:
            env[cache.NO_CACHE_ENV] = "1"
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-m", "openwash", "check", "--quiet", str(release)],
            capture_output=True, text=True, env=env, check=False, timeout=120,
        )  # fmt: skip
        imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
        assert ("pathspec" in imported) is expected, (cached, sorted(m for m in imported if "path" in m))


def test_old_versions_of_a_store_are_pruned(cache_dir: Path) -> None:
    for version in range(cache.KEEP_VERSIONS + 3):
        store = cache.store("licenses-test", f"v{version}")
        store.put("k", version)
        store.save()
        assert store.path is not None
        os.utime(store.path, ns=(version * 10**9, version * 10**9))  # v0 oldest
    left = sorted(cache_dir.glob("licenses-test-*.marshal"), key=lambda p: p.stat().st_mtime_ns)
    assert len(left) == cache.KEEP_VERSIONS
    newest = cache.store("licenses-test", f"v{cache.KEEP_VERSIONS + 2}")
    assert newest.path in left  # the one just written survives, the oldest went
    cache.store("regex-test", "x").put("k", 1)
    cache.save_all()
    assert len(list(cache_dir.glob("licenses-test-*.marshal"))) == cache.KEEP_VERSIONS  # other names untouched


def test_gitignore_patterns_are_kept_in_a_store_of_their_own(cache_dir: Path, make_repo: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """The combined .gitignore regex comes from the checked repository: kept apart from openwash's own programs, so a
    hostile file can fill or reset only its own store; the answers are the same with the store as without it."""
    from openwash import cli
    from openwash.discover.ignore import _IgnoreSpec

    lines = ["*.log", "build/", "__pycache__/"]
    repo = make_repo({".gitignore": "\n".join(lines) + "\n", "README.md": "# Acme\n", "debug.log": "", "build/x.bin": ""})
    first = cli.main(["check", str(repo), "--format", "json"]), capsys.readouterr().out
    pattern = _IgnoreSpec("", lines).quick._source  # type: ignore[attr-defined]
    main = lazyre._program_store()
    assert main is not None
    assert cache.store("regex-gitignore", main.key).get(pattern) is not None
    assert main.get(pattern) is None
    _forget_everything()
    second = cli.main(["check", str(repo), "--format", "json"]), capsys.readouterr().out
    assert json.loads(second[1])["stats"]["files"] == json.loads(first[1])["stats"]["files"] == 2
