"""Required text (openwash.lazyre): a lazily compiled pattern skips the regex engine when the
text lacks what every match must contain. It must never change a result: these tests compare
the filtered methods with the plain compiled pattern on the corpus's paragraphs and lines, on every code
point that case folding could confuse, and check the stored formulas are only a speed-up."""

from __future__ import annotations

import functools
import heapq
import importlib
import os
import pkgutil
import re
import sys
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

import openwash
from openwash import cache, lazyre

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("OPENWASH_SHARED", REPO.parent / "shared"))
TEXT_SUFFIXES = {".md", ".markdown"}


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(directory))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    _forget()
    yield directory
    _forget()


def _forget() -> None:
    cache._open_stores.clear()
    cache._disabled = False
    cache._secret = cache._checked = cache.refused = None
    lazyre.forget()


def _all_lazy_patterns() -> list[tuple[str, int]]:
    """Every lazily compiled pattern openwash defines at module level (also in tuples, lists and dicts)."""
    found: dict[tuple[str, int], None] = {}

    def visit(value: object, depth: int = 0) -> None:
        if isinstance(value, lazyre._LazyPattern):
            if value._remember:
                found[value._source] = None
        elif isinstance(value, (tuple, list)) and depth < 3:
            for item in value:
                visit(item, depth + 1)
        elif isinstance(value, dict) and depth < 3:
            for item in value.values():
                visit(item, depth + 1)

    for info in pkgutil.walk_packages(openwash.__path__, "openwash."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            visit(value)
    return list(found)


# The corpus tests below run each pattern over paragraphs, as openwash does (it runs its patterns over a line, a
# paragraph or a window after a phrase, never over a whole document): blocks split on blank lines, a longer block cut
# at line ends into pieces of at most _BLOCK_CAP characters, each distinct piece once. A bounded block bounds what a
# pattern can cost: over whole documents some patterns backtracked quadratically on padded tables (runs of thousands
# of spaces or dashes), and the old whole-document test had to leave such documents and three whole sets out.
_BLOCK_CAP = 3000
# Which blocks a test takes: those whose CRC-32 is its draw modulo its share. A block's draw depends on its text
# alone, so a set added to the corpus brings its own blocks and leaves the draw of the others as it was.
# One block in _BLOCK_SHARE (~2.4 MB of the ~76 MB of distinct blocks, from every set) for the match-by-match
# comparison, and the lines of another one in _LINE_SHARE (a disjoint draw: more of the corpus) for the line test:
# about 1.5 minutes for the file on a loaded 2-core machine. The whole-document test (a sixth of the documents, 15 MB)
# took 12 minutes and tested the filter less: a whole document holds almost every needle, so the filter seldom said
# no; on blocks it says no to ~93% of (pattern, block) pairs, and each no is checked against `re`.
_BLOCK_SHARE = 32
_LINE_SHARE = 64
# The slowest (pattern, block) pairs are printed (`pytest -rP`) for a reader to spot a pattern that backtracks badly
# on a bounded text (a pair takes well under a millisecond); no time is asserted (speed is measured in benchmarks/).


@functools.lru_cache(maxsize=1)
def _corpus_texts() -> tuple[str, ...]:
    """The prose of the real releases and cards at hand (Markdown, licences, plain text)."""
    roots = [REPO / "tests" / "realworld", REPO / "examples", SHARED / "corpus" / "cases", SHARED / "corpus2" / "cases"]
    texts: dict[str, None] = {}
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            is_licence = path.name.upper().startswith(("LICENSE", "LICENCE"))
            if path.is_symlink() or not path.is_file() or not (path.suffix.lower() in TEXT_SUFFIXES or is_licence):
                continue
            texts[path.read_text(encoding="utf-8", errors="replace")[:100_000]] = None
    return tuple(texts)


@functools.lru_cache(maxsize=1)
def _corpus_blocks() -> tuple[str, ...]:
    """Every distinct block of the corpus (split on blank lines), cut to at most _BLOCK_CAP characters."""
    blocks: dict[str, None] = {}
    for text in _corpus_texts():
        for block in re.split(r"\n[ \t]*\n", text):
            while len(block) > _BLOCK_CAP:
                cut = block.rfind("\n", 0, _BLOCK_CAP) + 1 or _BLOCK_CAP
                blocks[block[:cut]] = None
                block = block[cut:]
            if block.strip():
                blocks[block] = None
    return tuple(blocks)


def _sampled(share: int, draw: int) -> list[str]:
    """The blocks in one share of the corpus: those whose CRC-32 is `draw` modulo `share`."""
    return [block for block in _corpus_blocks() if zlib.crc32(block.encode("utf-8", "surrogatepass")) % share == draw]


def _filtered(pattern: str, flags: int) -> tuple[lazyre._LazyPattern, re.Pattern[str]]:
    lazy = lazyre.lazy_compile(pattern, flags)
    lazy.search("")  # compiles it and puts the filtered methods on
    return lazy, re.compile(pattern, flags)  # type: ignore[return-value]


def test_most_patterns_get_a_required_text(cache_dir: Path) -> None:
    patterns = _all_lazy_patterns()
    with_needles = [p for p in patterns if lazyre.required_text(*p) is not None]
    assert len(patterns) > 150
    assert len(with_needles) > len(patterns) // 3  # the filter is actually in use


def test_every_match_in_the_corpus_contains_the_required_text(cache_dir: Path) -> None:
    """The property the filter rests on, checked match by match: the text of each match satisfies
    the formula, and the filtered methods return what `re` returns, on a sample of the corpus's blocks."""
    assert len(_corpus_texts()) > 300
    blocks = _sampled(_BLOCK_SHARE, 0)
    assert len(blocks) > 2000
    checked = refused = 0
    slowest: list[tuple[float, str, str]] = []
    clock = time.perf_counter
    for pattern, flags in _all_lazy_patterns():
        needles = lazyre.required_text(pattern, flags)
        if needles is None:
            continue
        lazy, plain = _filtered(pattern, flags)
        may_match = lazyre._possible_test(needles)  # lazyre.possible, the formula read once
        for block in blocks:
            started = clock()
            spans = [(m.span(), m.groups()) for m in plain.finditer(block)]
            assert [(m.span(), m.groups()) for m in lazy.finditer(block)] == spans, (pattern, block)
            assert (lazy.search(block) is None) == (not spans), (pattern, block)
            for (start, end), _groups in spans[:20]:
                assert lazyre.possible(needles, block[start:end]), (pattern, block[start:end])
            checked += len(spans)
            refused += not may_match(block)
            took = clock() - started
            if len(slowest) < 10 or took > slowest[0][0]:
                heapq.heappush(slowest, (took, pattern, block[:60]))
                if len(slowest) > 10:
                    heapq.heappop(slowest)
    slowest.sort(reverse=True)
    print("slowest (pattern, block) pairs:", *(f"{took:.3f}s {pattern[:90]!r} on {block!r}" for took, pattern, block in slowest), sep="\n")
    assert checked > 10_000
    assert refused > len(blocks) * 100  # the filter said no, and `re` agreed, this often


def test_every_line_of_the_cards_gets_the_same_answer(cache_dir: Path) -> None:
    """The filter on lines, where it says no most often: the lines of another share of the blocks."""
    lines = list(dict.fromkeys(line for block in _sampled(_LINE_SHARE, 1) for line in block.splitlines() if line.strip()))
    assert len(lines) > 5000
    for pattern, flags in _all_lazy_patterns():
        if lazyre.required_text(pattern, flags) is None:
            continue
        lazy, plain = _filtered(pattern, flags)
        for line in lines:
            assert (lazy.search(line) is None) == (plain.search(line) is None), (pattern, line)


def test_the_folding_exceptions_are_all_the_characters_that_can_stand_for_ascii_letters() -> None:
    """IGNORECASE matches these non-ASCII characters to ASCII letters (İ ı ſ K); a text holding one
    is not filtered. Checked on every code point of this Python's Unicode database."""
    everything = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    matched = set(re.findall(r"[a-z]", everything, re.IGNORECASE))
    lowered_to_ascii = {c for c in everything if any(ord(x) < 128 for x in c.lower())}
    assert matched | lowered_to_ascii <= set(lazyre.FOLD_EXCEPTIONS)


@pytest.mark.parametrize(
    ("pattern", "flags", "text"),
    [
        (r"\bkit\b", re.IGNORECASE, "a \u212ait here"),  # Kelvin sign matches k
        (r"licen[cs]e", re.IGNORECASE, "LIC\u0130ENSE no, but: l\u0131cense"),  # dotless i matches i
        (r"open[- ]source", re.IGNORECASE, "OPEN-\u017fOURCE"),  # long s matches s
        (r"(?i:open)SOURCE", 0, "OpenSOURCE"),  # case-insensitive only in a group
        (r"开源|開源", re.IGNORECASE, "完全開源"),
    ],
)
def test_the_filter_never_hides_a_match_case_folding_makes(cache_dir: Path, pattern: str, flags: int, text: str) -> None:
    lazy, plain = _filtered(pattern, flags)
    assert plain.search(text) is not None
    assert lazy.search(text) is not None
    assert lazy.findall(text) == plain.findall(text)
    assert lazy.sub("X", text) == plain.sub("X", text)


def test_no_match_answers_like_re(cache_dir: Path) -> None:
    lazy, plain = _filtered(r"open[- ]source (?:model|weights)", re.IGNORECASE)
    text = "nothing here"
    assert lazyre.required_text(r"open[- ]source (?:model|weights)", re.IGNORECASE) is not None
    assert lazy.search(text) is None and lazy.match(text) is None and lazy.fullmatch(text) is None
    assert list(lazy.finditer(text)) == [] and lazy.findall(text) == []
    assert lazy.sub("x", text) == plain.sub("x", text) and lazy.subn("x", text) == plain.subn("x", text)
    assert lazy.split(text) == plain.split(text)


def test_formulas_are_kept_in_the_user_cache_and_a_malformed_one_is_derived_again(cache_dir: Path) -> None:
    pattern, flags = r"\bopen[- ]source (?:model|weights)\b", int(re.IGNORECASE)
    derived = lazyre.required_text(pattern, flags)
    assert derived is not None
    cache.save_all()
    _forget()
    assert list(cache_dir.glob("required-text-*.marshal"))
    store = lazyre._needle_store()
    assert store is not None
    key = (pattern, flags)
    assert store.get(key) == derived  # read back from the file
    for malformed in [(True, ("&",)), (True, ""), ("yes", "open"), (True, ("?", "a", "b")), 42]:
        store.put(key, malformed)
        assert lazyre.required_text(pattern, flags) == derived


def test_an_attribute_patterns_do_not_have_is_an_attribute_error(cache_dir: Path) -> None:
    lazy = lazyre.lazy_compile(r"open[- ]source", re.IGNORECASE)
    with pytest.raises(AttributeError):
        lazy.no_such_attribute  # type: ignore[attr-defined]  # noqa: B018
    assert lazy.search("Open-Source") is not None


def test_a_pattern_is_compiled_only_when_a_text_may_hold_a_match(cache_dir: Path) -> None:
    lazy = lazyre.lazy_compile(r"\bopen[- ]weights?\s+(?:under|of)\b", re.IGNORECASE)
    plain = re.compile(r"\bopen[- ]weights?\s+(?:under|of)\b", re.IGNORECASE)
    assert lazy.search("no such words here") is None
    assert lazy.sub("x", "nothing") == "nothing" and lazy.split("a b") == ["a b"]
    assert "_done" not in vars(lazy)  # not compiled: the text holds none of the required words
    text = "Open-weights under Apache-2.0, open weights of the base"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert "_done" in vars(lazy)
    assert lazy.search("still nothing") is None and lazy.pattern == plain.pattern and lazy.groups == plain.groups
    # an attribute read first compiles it, and the methods stay filtered
    other = lazyre.lazy_compile(r"\blicen[cs]ed\s+under\b")
    assert other.flags == re.compile(r"\blicen[cs]ed\s+under\b").flags
    assert other.search("nothing") is None and other.search("licensed under MIT") is not None
