"""Where a match can start: the texts every match of a pattern opens with, and a `search` and
`finditer` that jump from one to the next instead of trying every position.

`re` scans a document position by position unless the compiled program starts with a literal
or a set of characters it can jump to; a case-insensitive pattern (`\\bmodalit(?:y|ies)\\b|
\\btext[- ]to[- ]…`, with `re.I`) or one that opens with a look-behind or `\\b` gets neither, so
the engine enters each alternative at every character of the text. From the parsed pattern we
derive the texts any match must begin with (after its zero-width assertions): `modalit`, `text`,
`image`, … A second, case-sensitive pattern made of those texts alone finds the candidate
positions at C speed (in the lowered text when the pattern ignores case), and the pattern is
tried with `match` at each candidate only. Look-behinds and `\\b` see the text before the
position as they would in `search`, so the first successful candidate is the match `search`
returns; results are identical (tests compare both on the corpus documents).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, cast

from openwash import cache

# At most this many opening texts: past that the candidate pattern is no better than the scan.
MAX_STARTS = 64
# A class of more characters than this at the opening position is not expanded.
MAX_CLASS = 128

_Starts = tuple[bool, tuple[str, ...]]  # (compare with the text lowered?, opening texts)

_store: cache.Store | None = None
_store_checked = False


def starts(pattern: str, flags: int | re.RegexFlag = 0) -> _Starts | None:
    """(folded, texts): every match of `pattern` opens with one of `texts` (in the lowered text
    when `folded`), or None when that is unknown or would not speed up the search.
    Kept in the user cache, so each pattern is parsed once."""
    flags = int(flags)  # a RegexFlag would not marshal into the store
    store = _starts_store()
    key = (pattern, flags)
    if store is not None:
        cached = store.get(key)
        if cached is False:
            return None
        if _is_starts(cached):
            return cast(_Starts, cached)
    found = derive_starts(pattern, flags)
    if store is not None:
        store.put(key, found if found is not None else False)
    return found


def _starts_store() -> cache.Store | None:
    """Derivations depend on this file's code and on the Python's regex parser: both in the key."""
    global _store, _store_checked
    if not _store_checked:
        _store_checked = True
        if cache.enabled():
            _store = cache.store("match-starts", f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{cache.file_signature(__file__)}")
    return _store


def forget() -> None:
    """Drop the loaded store (tests switch cache directories)."""
    global _store, _store_checked
    _store, _store_checked = None, False


def _is_starts(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], bool)
        and isinstance(value[1], tuple)
        and bool(value[1])
        and all(isinstance(text, str) and text for text in value[1])
    )


def derive_starts(pattern: str, flags: int = 0) -> _Starts | None:
    """`starts` without the cache: parse the pattern and collect its opening texts."""
    from openwash import lazyre

    try:
        parsing = lazyre.parse_unanchored(pattern, flags)
        if parsing is None:
            return None
        parser, parsed, fold = parsing
        items = list(parsed)
        texts = _opening(items, fold, parser)
    except Exception:  # a Python whose regex internals differ: no speed-up
        return None
    if texts is None or len(texts) > MAX_STARTS:
        return None
    # `re` jumps by itself to a pattern's first characters when they are fixed: when it opens with
    # no look-around or word boundary and with characters that have no case (or case matters).
    opens_with_assertion = items[0][0] in (parser.ASSERT, parser.ASSERT_NOT) or (
        items[0][0] is parser.AT and items[0][1] in (parser.AT_BOUNDARY, parser.AT_NON_BOUNDARY)
    )
    if not opens_with_assertion and not (fold and any(text[0] != text[0].upper() for text in texts)):
        return None
    # Single characters a text is full of (letters, digits, spaces) would make every position a
    # candidate: the engine's own scan is faster then.
    if any(len(text) == 1 and (text.isascii() and (text.isalnum() or text.isspace())) for text in texts):
        return None
    return fold, tuple(texts)


def _opening(items: list[Any], fold: bool, parser: Any) -> list[str] | None:
    """The texts a match of the sequence `items` can open with, or None when unknown."""
    from openwash import lazyre

    index = 0
    while index < len(items) and items[index][0] in (parser.AT, parser.ASSERT, parser.ASSERT_NOT):
        index += 1  # zero-width: tried at the same position by `match`
    if index == len(items):
        return None
    spellings = [""]
    for op, av in items[index:]:
        if op is parser.LITERAL:
            char = lazyre._needle_char(av, fold)
            chars = [char] if char is not None else None
        elif op is parser.IN:
            chars = _class(av, fold, parser, limit=MAX_CLASS if spellings == [""] else lazyre.MAX_SPELLINGS)
        else:
            break
        if chars is None or len(spellings) * len(chars) > MAX_STARTS:
            break
        spellings = [run + char for run in spellings for char in chars]
    if spellings != [""]:
        return list(dict.fromkeys(spellings))
    op, av = items[index]
    if op is parser.SUBPATTERN:
        return _opening(list(av[-1]), fold, parser)
    if op is getattr(parser, "ATOMIC_GROUP", None):
        return _opening(list(av), fold, parser)
    if op in (parser.MAX_REPEAT, parser.MIN_REPEAT) or op is getattr(parser, "POSSESSIVE_REPEAT", None):
        body = _opening(list(av[2]), fold, parser)
        if av[0] >= 1 or body is None:
            return body
        # "(?:large )?language model": the optional part, or what follows it when it is left out
        rest = _opening(items[index + 1 :], fold, parser)
        return None if rest is None else list(dict.fromkeys(body + rest))
    if op is parser.BRANCH:
        found: list[str] = []
        for alternative in av[1]:
            texts = _opening(list(alternative), fold, parser)
            if texts is None:
                return None
            found.extend(texts)
        return list(dict.fromkeys(found))
    return None


def _class(items: Any, fold: bool, parser: Any, *, limit: int) -> list[str] | None:
    """The characters a class of literals and ranges can match (`[- ]`, `[ıȷɑ…]`), else None."""
    from openwash import lazyre

    chars: list[str] = []
    for op, av in items:
        if op is parser.LITERAL:
            codes: range | tuple[int, ...] = (av,)
        elif op is parser.RANGE and av[1] - av[0] < limit:
            codes = range(av[0], av[1] + 1)
        else:
            return None  # a negated class, a category (`\w`), a big range
        for code in codes:
            char = lazyre._needle_char(code, fold)
            if char is None:
                return None
            if char not in chars:
                chars.append(char)
        if len(chars) > limit:
            return None
    return chars or None


def jumping(compiled: re.Pattern[str], found: _Starts) -> tuple[Callable[..., re.Match[str] | None], Callable[..., Iterator[re.Match[str]]]]:
    """`search` and `finditer` for `compiled` that try it only where one of the opening texts is."""
    from openwash import lazyre

    fold, texts = found
    finder = lazyre.compile_pattern("|".join(re.escape(text) for text in sorted(texts, key=len, reverse=True))).search
    search, finditer, match = compiled.search, compiled.finditer, compiled.match

    def first(string: str, text: str, pos: int) -> re.Match[str] | None:
        """The first match at or after `pos`: `text` is `string`, or `string` lowered."""
        pos = max(pos, 0)
        while True:
            hit = finder(text, pos)
            if hit is None:
                return None
            start = hit.start()
            found_match = match(string, start)
            if found_match is not None:
                return found_match
            pos = start + 1

    def jump_search(string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if endpos is not None or type(string) is not str:
            return search(string, pos) if endpos is None else search(string, pos, endpos)
        text = lazyre._folded(string) if fold else string
        if text is None:  # a character whose lower case is not one character long: scan as `re` does
            return search(string, pos)
        return first(string, text, pos)

    def jump_finditer(string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if endpos is not None or type(string) is not str:
            return finditer(string, pos) if endpos is None else finditer(string, pos, endpos)
        text = lazyre._folded(string) if fold else string
        if text is None:
            return finditer(string, pos)
        return _each(string, text, pos)

    def _each(string: str, text: str, pos: int) -> Iterator[re.Match[str]]:
        while True:
            found_match = first(string, text, pos)
            if found_match is None:
                return
            yield found_match
            pos = found_match.end()  # never empty: a match opens with one of the texts

    return jump_search, jump_finditer
