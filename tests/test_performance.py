"""The speed work of issue 5 must not change behaviour: lazy patterns act like compiled
ones, the collector is always switched back on, and the quick classifier load yields the
same scanner as the package's own loader."""

from __future__ import annotations

import gc
import importlib
import re
from pathlib import Path

import pytest

from openwash import engine
from openwash.errors import OpenwashError
from openwash.lazyre import lazy_compile

CASES = (
    (r"\bopen[\s-]?sourc(?:e[ds]?|ing)\b", re.IGNORECASE, "We Open-Sourced it; open source, opensourcing."),
    (r"(?P<word>开源|開源)", 0, "本模型开源，代碼開源。"),
    (r"^\s{0,3}(#{1,6})\s+(.*)$", re.M, "# Title\ntext\n  ## Section\n"),
)


@pytest.mark.parametrize(("pattern", "flags", "text"), CASES)
def test_lazy_pattern_answers_like_a_compiled_one(pattern: str, flags: int, text: str) -> None:
    lazy, compiled = lazy_compile(pattern, flags), re.compile(pattern, flags)
    first = lazy.search(text)
    assert first is not None and first.span() == compiled.search(text).span()  # type: ignore[union-attr]
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert lazy.split(text) == compiled.split(text)
    assert (lazy.pattern, lazy.flags, lazy.groupindex) == (compiled.pattern, compiled.flags, compiled.groupindex)


def test_lazy_pattern_compiles_only_when_used() -> None:
    lazy = lazy_compile(r"(unclosed")  # an error here would surface at import time
    with pytest.raises(re.error):
        lazy.search("x")


@pytest.mark.parametrize("enabled_before", [True, False])
def test_check_restores_the_collector_state(make_repo, enabled_before: bool) -> None:
    root = make_repo({"README.md": "# M\n\nOpen weights under Apache-2.0.\n", "LICENSE": "MIT License\n"})
    was = gc.isenabled()
    try:
        gc.enable() if enabled_before else gc.disable()
        engine.check(root)
        assert gc.isenabled() is enabled_before
    finally:
        gc.enable() if was else gc.disable()


def test_check_reenables_the_collector_after_an_error(tmp_path: Path) -> None:
    assert gc.isenabled()
    with pytest.raises(OpenwashError):
        engine.check(tmp_path / "missing")
    assert gc.isenabled()


def test_quick_classifier_load_builds_the_same_scanner() -> None:
    from openwash.licenses import identify

    scan_module = importlib.import_module("licenseclassifier._engine.scan")
    previous = scan_module._builtin
    try:
        scan_module._builtin = None
        identify._load_classifier_fast.cache_clear()
        identify._load_classifier_fast()
        assert scan_module._builtin is not None
        assert scan_module._builtin.compiled_data() == scan_module._load_prebuilt().compiled_data()
    finally:
        scan_module._builtin = previous
