"""Regular expressions compiled on first use, and kept compiled between runs.

`openwash check` runs as a pre-commit hook, so start-up time counts on every commit.
openwash holds ~200 patterns; compiling them costs ~60 ms per process, a fifth of a small
repository's whole check. Two things keep that off the hook path:

- `lazy_compile` defers each compile to the pattern's first use and then copies the
  compiled pattern's methods onto the wrapper, so later calls cost the same as on a
  `re.Pattern`;
- `compile_pattern` keeps the compiled program (the code `re` hands to its C engine) in
  the user cache (`openwash.cache`) under the pattern's text, flags and the exact Python
  build. A cached program goes back through `_sre.compile`, which validates it as it does
  for every `re.compile`. A program is stored only after the pattern rebuilt from it
  compared equal (same code, flags and text) to the one `re.compile` made, and anything
  unexpected (another interpreter, a changed internal API) falls back to `re.compile`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any, Union, cast

from openwash import cache

_FILTERED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_COPIED = (*_FILTERED, "pattern", "flags", "groups", "groupindex", "scanner")

# (flags, code, groups, groupindex, indexgroup): the arguments of `_sre.compile` after the text.
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_programs: cache.Store | None = None
_programs_checked = False


class _LazyPattern:
    def __init__(self, pattern: str, flags: int, remember: bool = True, store: str | None = None) -> None:
        self._source = (pattern, flags)
        self._remember = remember
        self._store = store

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet, i.e. before the first compile.
        if name.startswith("__") or name in ("_source", "_remember", "_done", "_store"):
            raise AttributeError(name)
        if name in _FILTERED and self._remember:
            needles = required_text(*self._source)
            if needles is not None:
                # Compiled only when a text that may hold a match comes: most patterns meet none.
                _filter_methods(self, None, needles)
                return getattr(self, name)
        compiled = self._compiled()
        return getattr(self, name) if name in _COPIED else getattr(compiled, name)

    def _compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled once); what the wrapper has not got yet is put on it,
        the methods filtered by the pattern's required text included."""
        own = vars(self)
        done = own.get("_done")
        if done is not None:
            return cast("re.Pattern[str]", done)
        compiled = compile_pattern(*self._source, remember=self._remember, store=self._store)
        self._done = compiled
        filtered = "search" in own
        for attr in _COPIED:
            if attr not in own:
                setattr(self, attr, getattr(compiled, attr))
        if not filtered and self._remember:
            needles = required_text(*self._source)
            if needles is not None:
                _filter_methods(self, compiled, needles)
        return compiled

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0, *, remember: bool = True, store: str | None = None) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done the first time the pattern is used.

    `remember=False` for patterns built from the checked repository's text (its .gitignore
    lines): those never go into the store of openwash's own programs, which would otherwise grow
    with every hostile file it is shown. `store` names a store of their own for such patterns
    (`gitignore`): a hostile file can fill or reset only that one."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags), remember, store))


_inline: dict[tuple[str, int], re.Pattern[str]] = {}


def regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """The compiled pattern for a one-off use, `regex(r"…").sub(…)` in place of `re.sub(r"…", …)`:
    compiled once per process, through the cache of compiled programs."""
    key = (pattern, int(flags))
    compiled = _inline.get(key)
    if compiled is None:
        compiled = _inline[key] = compile_pattern(pattern, flags)
    return compiled


def compile_pattern(pattern: str, flags: int | re.RegexFlag = 0, *, remember: bool = True, store: str | None = None) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, served from the cache of compiled programs when it can be
    (`remember=False`: neither looked up nor stored, for patterns built from repository text, unless
    `store` names a store of their own: looked up and kept there, apart from openwash's programs)."""
    flags = int(flags)
    programs = _program_store() if remember else _named_program_store(store) if store and len(pattern) <= MAX_NAMED_PATTERN else None
    if programs is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    cached = programs.get(key)
    if _is_stored_program(cached):
        try:
            flags_, code, groups, groupindex, indexgroup = cast(_StoredProgram, cached)
            # The code is kept as bytes (one object to unmarshal instead of one per instruction).
            return cast("re.Pattern[str]", _regex_engine().compile(pattern, flags_, memoryview(code).cast("I").tolist(), groups, groupindex, indexgroup))
        except Exception:  # rejected by the engine's validator: compile it afresh below
            pass
    compiled = re.compile(pattern, flags)
    program = _program_of(pattern, flags, compiled)
    if program is not None:
        stored = _stored(program)
        if stored is not None:
            programs.put(key, stored)
    return compiled


def _program_store() -> cache.Store | None:
    global _programs, _programs_checked
    if not _programs_checked:
        _programs_checked = True
        if sys.implementation.name == "cpython" and cache.enabled():
            magic = getattr(_regex_engine(), "MAGIC", "?")
            # "-b": programs whose code is stored as bytes (older stores held lists of ints).
            _programs = cache.store("regex", f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{magic}-b")
    return _programs


_named_stores: dict[str, cache.Store | None] = {}
MAX_NAMED_PATTERN = 256 * 1024  # characters: a longer pattern built from repository text is compiled, not kept


def _named_program_store(name: str) -> cache.Store | None:
    """A store of compiled programs apart from openwash's own (same key: the Python build and engine)."""
    if name not in _named_stores:
        main = _program_store()
        _named_stores[name] = cache.store(f"regex-{name}", main.key) if main is not None else None
    return _named_stores[name]


# A program as stored: its code as the bytes of 32-bit unsigned integers (the engine's SRE_CODE).
_StoredProgram = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _stored(program: _Program) -> _StoredProgram | None:
    import struct

    flags, code, groups, groupindex, indexgroup = program
    try:
        return flags, struct.pack(f"={len(code)}I", *code), groups, groupindex, indexgroup
    except struct.error:  # an instruction that does not fit 32 bits: not this engine, not stored
        return None


def _is_stored_program(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 5
        and isinstance(value[0], int)
        and isinstance(value[1], bytes)
        and len(value[1]) % 4 == 0
        and isinstance(value[2], int)
        and isinstance(value[3], dict)
        and isinstance(value[4], tuple)
    )


def _regex_engine() -> Any:
    """CPython's C regex engine, `_sre` (what `re.compile` hands its compiled code to)."""
    import importlib

    return importlib.import_module("_sre")


def _program_of(pattern: str, flags: int, compiled: re.Pattern[str]) -> _Program | None:
    """The program `re.compile` built for `pattern`, or None when it cannot be rebuilt exactly."""
    try:
        import importlib

        try:  # Python 3.11+
            _compiler: Any = importlib.import_module("re._compiler")
            _parser: Any = importlib.import_module("re._parser")
        except ImportError:  # Python 3.10
            _compiler, _parser = importlib.import_module("sre_compile"), importlib.import_module("sre_parse")
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        groupindex = {str(name): int(index) for name, index in parsed.state.groupdict.items()}
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program: _Program = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        # Pattern equality compares the compiled code, flags and text: the proof the rebuild is exact.
        if _regex_engine().compile(pattern, *program) != compiled:
            return None
        return program
    except Exception:  # a Python whose regex internals differ: just do not cache
        return None


# --- Required text: skip the regex engine when a match is impossible --------------------------
#
# Most of a check's time is the regex engine trying each position of a document for patterns
# that can never match there: a case-insensitive alternation such as `\bEU AI Act|Article 53`
# gives `re` no literal prefix to jump to, so it enters every alternative at every character.
# From the parsed pattern we derive text that any match must contain (a formula of substrings:
# all of the literal runs of a sequence, any of a branch's alternatives), and a lazily compiled
# pattern whose formula the text does not satisfy answers "no match" without running at all.
# It is a necessary condition only: when it holds the pattern runs as before, so results are
# identical (tests compare both on the corpus documents and on every code point).

# A formula: a needle (str), or ("&", formula, ...) / ("|", formula, ...).
_Formula = Union[str, tuple[Any, ...]]
_Needles = tuple[bool, _Formula]  # (case-folded?, formula)
# More substring tests than this cost about what the regex engine saves: not filtered.
MAX_NEEDLES = 24
# Of a sequence's required parts only the most telling are tested: the one with the longest
# shortest needle (fewest needles among equals), and a second one when that is short.
TELLING = 6
# The only characters outside ASCII that IGNORECASE matches to an ASCII letter (or whose
# lower case holds one): İ ı ſ and the Kelvin sign. A text holding one is never filtered by a
# case-insensitive pattern (`tests/test_lazyre_needles.py` checks this on every code point).
FOLD_EXCEPTIONS = "\u0130\u0131\u017f\u212a"


def required_text(pattern: str, flags: int | re.RegexFlag = 0) -> _Needles | None:
    """(folded, formula): text every match of `pattern` contains, or None when there is none worth testing.

    `folded`: compare with the text lowered (the pattern is case-insensitive somewhere).
    Kept in the user cache beside the compiled programs, so the pattern is parsed once."""
    flags = int(flags)
    formulas = _needle_store()
    key = (pattern, flags)
    if formulas is not None:
        cached = formulas.get(key)
        if cached is False:
            return None
        if _is_needles(cached):
            return cast(_Needles, cached)
    found = derive_required_text(pattern, flags)
    if formulas is not None:
        formulas.put(key, found if found is not None else False)
    return found


_needles: cache.Store | None = None
_needles_checked = False


def _needle_store() -> cache.Store | None:
    """Formulas depend on this file's code and on the Python's regex parser: both are in the key."""
    global _needles, _needles_checked
    if not _needles_checked:
        _needles_checked = True
        if cache.enabled():
            _needles = cache.store("required-text", f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_derivation()}")
    return _needles


_derivation_id: str | None = None


def _derivation() -> str:
    """Stored formulas hold for this file's code only: its size and time stamp are in their key."""
    global _derivation_id
    if _derivation_id is None:
        _derivation_id = cache.file_signature(__file__)
    return _derivation_id


def derive_required_text(pattern: str, flags: int = 0) -> _Needles | None:
    """`required_text` without the cache: parse the pattern and collect its required literals."""
    try:
        import importlib

        try:  # Python 3.11+
            parser: Any = importlib.import_module("re._parser")
        except ImportError:  # Python 3.10
            parser = importlib.import_module("sre_parse")
        parsed = parser.parse(pattern, flags)
        every_flag = flags | int(parsed.state.flags)
        if every_flag & int(re.LOCALE):
            return None
        # Case-insensitive anywhere (globally or in a `(?i:...)` group): compare lowered text.
        if _anchored(parsed, every_flag, parser):
            return None  # tried at the start only: already cheap
        fold = bool(every_flag & int(re.IGNORECASE)) or _inline_ignorecase(parsed, parser)
        formula = _required(parsed, fold, parser)
    except Exception:  # a Python whose regex internals differ: no filter
        return None
    if formula is True:
        return None
    formula = _simplified(cast(_Formula, formula))
    # One-character needles are in almost every text: such a test only adds work.
    if _strength(formula) < 2 or _count_needles(formula) > MAX_NEEDLES:
        return None
    return fold, formula


def _anchored(items: Any, flags: int, parser: Any) -> bool:
    data = list(items)
    if not data or data[0][0] is not parser.AT:
        return False
    at = data[0][1]
    return at is parser.AT_BEGINNING_STRING or (at is parser.AT_BEGINNING and not flags & int(re.MULTILINE))


def _inline_ignorecase(items: Any, parser: Any) -> bool:
    for op, av in items:
        if op is parser.SUBPATTERN:
            if av[1] & int(re.IGNORECASE) or av[2] & int(re.IGNORECASE) or _inline_ignorecase(av[-1], parser):
                return True
        elif op is parser.BRANCH:
            if any(_inline_ignorecase(alt, parser) for alt in av[1]):
                return True
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT) or op is getattr(parser, "POSSESSIVE_REPEAT", None):
            if _inline_ignorecase(av[2], parser):
                return True
        elif op is getattr(parser, "ATOMIC_GROUP", None) or op in (parser.ASSERT, parser.ASSERT_NOT):
            if _inline_ignorecase(av if op is getattr(parser, "ATOMIC_GROUP", None) else av[1], parser):
                return True
        elif op is parser.GROUPREF_EXISTS:
            if any(branch is not None and _inline_ignorecase(branch, parser) for branch in av[1:]):
                return True
    return False


def _needle_char(code: int, fold: bool) -> str | None:
    """The character a literal contributes to a needle, or None when it cannot be one."""
    char = chr(code)
    if not fold or code < 128:
        return char.lower() if fold else char
    # Outside ASCII, under folding: only characters without case (CJK, punctuation), which
    # IGNORECASE matches to themselves alone and lowering leaves as they are.
    if _regex_engine().unicode_iscased(code) or char.lower() != char or char.upper() != char:
        return None
    return char


# A run of literals with a small character class inside (`open[- ]source`) becomes the
# alternatives it can spell, up to this many; past that the run is cut at the class.
MAX_SPELLINGS = 4


def _class_chars(items: Any, fold: bool, parser: Any) -> list[str] | None:
    """The characters a small class of plain literals (`[- ]`, `[Cc]`) can match, else None."""
    chars: list[str] = []
    for op, av in items:
        if op is not parser.LITERAL:
            return None
        char = _needle_char(av, fold)
        if char is None:
            return None
        if char not in chars:
            chars.append(char)
    return chars if 0 < len(chars) <= MAX_SPELLINGS else None


def _required(items: Any, fold: bool, parser: Any) -> _Formula | bool:
    """The formula a match of the sequence `items` must satisfy (True: nothing required)."""
    parts: list[_Formula] = []
    spellings: list[str] = [""]  # the current run of literals, as each way it can be spelled

    def cut() -> None:
        nonlocal spellings
        if spellings != [""]:
            unique = list(dict.fromkeys(spellings))
            parts.append(unique[0] if len(unique) == 1 else ("|", *unique))
        spellings = [""]

    for op, av in items:
        chars: list[str] | None = None
        if op is parser.LITERAL:
            char = _needle_char(av, fold)
            chars = [char] if char is not None else None
        elif op is parser.IN:
            chars = _class_chars(av, fold, parser)
        if chars is not None:
            if len(spellings) * len(chars) > MAX_SPELLINGS:
                cut()
            spellings = [run + char for run in spellings for char in chars]
            continue
        cut()
        sub: _Formula | bool = True
        if op is parser.SUBPATTERN:
            sub = _required(av[-1], fold, parser)
        elif op is getattr(parser, "ATOMIC_GROUP", None):
            sub = _required(av, fold, parser)
        elif (op in (parser.MAX_REPEAT, parser.MIN_REPEAT) or op is getattr(parser, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            sub = _required(av[2], fold, parser)
        elif op is parser.BRANCH:
            alternatives = [_required(alt, fold, parser) for alt in av[1]]
            if all(alt is not True for alt in alternatives):
                sub = ("|", *alternatives) if len(alternatives) > 1 else cast(_Formula, alternatives[0])
        if sub is not True:
            parts.append(cast(_Formula, sub))
    cut()
    if not parts:
        return True
    return parts[0] if len(parts) == 1 else ("&", *parts)


def _strength(formula: _Formula) -> int:
    """How telling a formula is: the length of the shortest needle it can be satisfied with."""
    if isinstance(formula, str):
        return len(formula)
    strengths = [_strength(part) for part in formula[1:]]
    return max(strengths) if formula[0] == "&" else min(strengths)


def _simplified(formula: _Formula) -> _Formula:
    """Keep the most telling parts of each "&" (a weaker condition, still a necessary one)."""
    if isinstance(formula, str):
        return formula
    parts = [_simplified(part) for part in formula[1:]]
    if formula[0] == "&":
        parts = sorted(parts, key=lambda part: (min(_strength(part), TELLING), -_count_needles(part)), reverse=True)
        parts = parts[:1] if _strength(parts[0]) >= TELLING else parts[:2]
    return parts[0] if len(parts) == 1 else (formula[0], *parts)


def _count_needles(formula: _Formula) -> int:
    if isinstance(formula, str):
        return 1
    return sum(_count_needles(part) for part in formula[1:])


def _is_needles(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], bool) and _is_formula(value[1])


def _is_formula(value: object) -> bool:
    if isinstance(value, str):
        return bool(value)
    return (
        isinstance(value, tuple)
        and len(value) >= 2
        and value[0] in ("&", "|")
        and all(_is_formula(part) for part in value[1:])
    )


def holds(formula: _Formula, text: str) -> bool:
    """Whether `text` satisfies the formula (contains the needles it asks for)."""
    if type(formula) is str:
        return formula in text
    if formula[0] == "&":
        return all(holds(part, text) for part in formula[1:])
    return any(holds(part, text) for part in formula[1:])


# The last text lowered and its lowered form, one tuple (read and replaced in one step).
_last: tuple[str | None, str | None] = (None, None)


def _folded(text: str) -> str | None:
    """`text` lowered for the needle test, or None when folding could miss a match (see FOLD_EXCEPTIONS).

    Several patterns are tried on the same document or line one after another: the last
    lowered text is kept."""
    global _last
    last = _last
    if text is last[0]:
        return last[1]
    if text.isascii() or not any(char in text for char in FOLD_EXCEPTIONS):
        folded: str | None = text.lower()
    else:
        folded = None
    _last = (text, folded)
    return folded


def tester(formula: _Formula) -> Callable[[str], bool]:
    """`holds(formula, ·)` as one function, without walking the formula on every call."""
    if isinstance(formula, str):
        return lambda text: formula in text
    if all(isinstance(part, str) for part in formula[1:]):
        needles = formula[1:]
        if formula[0] == "|":

            def any_needle(text: str) -> bool:
                for needle in needles:
                    if needle in text:
                        return True
                return False

            return any_needle

        def every_needle(text: str) -> bool:
            for needle in needles:
                if needle not in text:
                    return False
            return True

        return every_needle
    parts = [tester(part) for part in formula[1:]]
    if formula[0] == "|":
        return lambda text: any(part(text) for part in parts)
    return lambda text: all(part(text) for part in parts)


def possible(needles: _Needles, text: object) -> bool:
    """False only when no match of the pattern these needles belong to can be in `text`."""
    return _possible_test(needles)(text)


def _possible_test(needles: _Needles) -> Callable[[object], bool]:
    fold, formula = needles
    test = tester(formula)
    if fold:

        def folded_test(text: object) -> bool:
            if type(text) is not str:
                return True
            folded = _folded(text)
            return folded is None or test(folded)

        return folded_test

    def plain_test(text: object) -> bool:
        return type(text) is not str or test(text)

    return plain_test


def _filter_methods(target: _LazyPattern, compiled: re.Pattern[str] | None, needles: _Needles) -> None:
    """Put methods on `target` that skip the pattern when the text cannot hold a match.

    `compiled` None: the pattern is not compiled yet; the first text that may hold a match
    compiles it, and the methods are put on again bound to the compiled pattern."""
    source: Any = _CompileOnCall(target, needles) if compiled is None else compiled
    search, match, fullmatch, finditer, findall = source.search, source.match, source.fullmatch, source.finditer, source.findall
    sub, subn, split = source.sub, source.subn, source.split
    can_match = _possible_test(needles)

    def _search(string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return search(string, *args, **kwargs) if can_match(string) else None

    def _match(string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return match(string, *args, **kwargs) if can_match(string) else None

    def _fullmatch(string: str, *args: Any, **kwargs: Any) -> re.Match[str] | None:
        return fullmatch(string, *args, **kwargs) if can_match(string) else None

    def _finditer(string: str, *args: Any, **kwargs: Any) -> Iterator[re.Match[str]]:
        return finditer(string, *args, **kwargs) if can_match(string) else iter(())

    def _findall(string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return findall(string, *args, **kwargs) if can_match(string) else []

    def _sub(repl: Any, string: str, *args: Any, **kwargs: Any) -> str:
        return sub(repl, string, *args, **kwargs) if can_match(string) else string

    def _subn(repl: Any, string: str, *args: Any, **kwargs: Any) -> tuple[str, int]:
        return subn(repl, string, *args, **kwargs) if can_match(string) else (string, 0)

    def _split(string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return split(string, *args, **kwargs) if can_match(string) else [string]

    for name, method in zip(_FILTERED, (_search, _match, _fullmatch, _finditer, _findall, _sub, _subn, _split), strict=True):
        setattr(target, name, method)


class _CompileOnCall:
    """Stands for a pattern not compiled yet: each method compiles it, puts the methods bound to the
    compiled pattern on the wrapper (`_filter_methods`), and answers the call."""

    def __init__(self, target: _LazyPattern, needles: _Needles) -> None:
        self._target, self._needles = target, needles

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name not in _FILTERED:
            raise AttributeError(name)

        def call(*args: Any, **kwargs: Any) -> Any:
            compiled = self._target._compiled()
            _filter_methods(self._target, compiled, self._needles)
            return getattr(compiled, name)(*args, **kwargs)

        return call


def forget() -> None:
    """Drop the loaded program store (tests switch cache directories between cases)."""
    global _programs, _programs_checked, _needles, _needles_checked
    _programs, _programs_checked = None, False
    _needles, _needles_checked = None, False
    _named_stores.clear()
