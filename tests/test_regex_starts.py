"""Where a match can start (openwash.regex_starts): `search` and `finditer` that try a pattern only where one
of the texts every match opens with is. They must never change a result: these tests compare them with
the plain compiled pattern on every pattern openwash defines and on the corpus documents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from openwash import cache, lazyre, regex_starts
from test_lazyre_needles import _all_lazy_patterns, _corpus_texts, _forget


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "cache"
    monkeypatch.setenv(cache.CACHE_DIR_ENV, str(directory))
    monkeypatch.delenv(cache.NO_CACHE_ENV, raising=False)
    _forget()
    yield directory
    _forget()


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bmodalit(?:y|ies)\b|\b(?:text|image)[- ]to[- ](?:text|image)\b", re.I, (True, ("modalit", "text", "image"))),
        (r"(?<![^\W\d_])[ıȷɑ]", 0, (False, ("ı", "ȷ", "ɑ"))),
        (r"\bopen[- ]source\b", re.I, (True, ("open-source", "open source"))),
        (r"\bfoo", 0, (False, ("foo",))),
        # `re` jumps to these by itself: no speed-up to give
        (r"\.(?:md|markdown)$", re.I, None),
        (r"foo|bar", 0, None),
        # no fixed opening: an optional or repeated class first, a category, a letter any text is full of
        (r"\s*foo", re.I, None),
        (r"\w+ licen[cs]e", re.I, None),
        (r"\b[a-z]+x", re.I, None),
        (r"^foo", re.I, None),
    ],
)
def test_the_texts_a_match_opens_with(cache_dir: Path, pattern: str, flags: int, expected: object) -> None:
    found = regex_starts.starts(pattern, int(flags))
    assert (found if found is None else (found[0], tuple(sorted(found[1])))) == (expected if expected is None else (expected[0], tuple(sorted(expected[1]))))  # type: ignore[index]


def test_jumping_answers_like_re_on_the_corpus(cache_dir: Path) -> None:
    texts = _corpus_texts()[::5]
    used = 0
    for pattern, flags in _all_lazy_patterns():
        opening = regex_starts.starts(pattern, flags)
        if opening is None:
            continue
        used += 1
        plain = re.compile(pattern, flags)
        search, finditer = regex_starts.jumping(plain, opening)
        for text in texts:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert [(m.span(), m.groups()) for m in finditer(text)] == expected, pattern
            first = plain.search(text, 100)
            got = search(text, 100)
            assert (got and (got.span(), got.groups())) == (first and (first.span(), first.groups())), pattern
    assert used > 50  # the speed-up is actually in use


@pytest.mark.parametrize("text", ["İmage-to-text", "ſupports", "KELVIN \u212aey text", "a modality", "nothing here"])
def test_a_text_whose_lower_case_shifts_positions_is_searched_as_re_does(cache_dir: Path, text: str) -> None:
    pattern = r"\b(?:image|text|key)\b|\bsupports?\b|\bmodalit(?:y|ies)\b"
    lazy = lazyre.lazy_compile(pattern, re.I)
    plain = re.compile(pattern, re.I)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    found, expected = lazy.search(text), plain.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_openings_are_kept_in_the_user_cache_and_a_malformed_one_is_derived_again(cache_dir: Path) -> None:
    pattern = r"\bmodalit(?:y|ies)\b"
    assert regex_starts.starts(pattern, re.I) == (True, ("modalit",))
    cache.save_all()
    assert any(p.name.startswith("match-starts-") for p in cache_dir.iterdir())
    _forget()
    store = regex_starts._starts_store()
    assert store is not None and store.get((pattern, int(re.I))) == (True, ("modalit",))
    store.put((pattern, int(re.I)), (True, ()))  # not a valid value: derived again
    assert regex_starts.starts(pattern, re.I) == (True, ("modalit",))
