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
from typing import Any, cast

from openwash import cache

_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern", "flags", "groups", "groupindex", "scanner")

# (flags, code, groups, groupindex, indexgroup): the arguments of `_sre.compile` after the text.
_Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_programs: cache.Store | None = None
_programs_checked = False


class _LazyPattern:
    def __init__(self, pattern: str, flags: int, remember: bool = True) -> None:
        self._source = (pattern, flags)
        self._remember = remember

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet, i.e. before the first compile.
        if name.startswith("__") or name in ("_source", "_remember"):
            raise AttributeError(name)
        compiled = compile_pattern(*self._source, remember=self._remember)
        for attr in _COPIED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0, *, remember: bool = True) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done the first time the pattern is used.

    `remember=False` for patterns built from the checked repository's text (its .gitignore
    lines): those never go into the user cache, which would otherwise grow with every
    hostile file it is shown."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags), remember))


_inline: dict[tuple[str, int], re.Pattern[str]] = {}


def regex(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """The compiled pattern for a one-off use, `regex(r"…").sub(…)` in place of `re.sub(r"…", …)`:
    compiled once per process, through the cache of compiled programs."""
    key = (pattern, int(flags))
    compiled = _inline.get(key)
    if compiled is None:
        compiled = _inline[key] = compile_pattern(pattern, flags)
    return compiled


def compile_pattern(pattern: str, flags: int | re.RegexFlag = 0, *, remember: bool = True) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, served from the cache of compiled programs when it can be
    (`remember=False`: neither looked up nor stored, for patterns built from repository text)."""
    flags = int(flags)
    programs = _program_store() if remember else None
    if programs is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    cached = programs.get(key)
    if _is_program(cached):
        try:
            return cast("re.Pattern[str]", _regex_engine().compile(pattern, *cast(_Program, cached)))
        except Exception:  # rejected by the engine's validator: compile it afresh below
            pass
    compiled = re.compile(pattern, flags)
    program = _program_of(pattern, flags, compiled)
    if program is not None:
        programs.put(key, program)
    return compiled


def _program_store() -> cache.Store | None:
    global _programs, _programs_checked
    if not _programs_checked:
        _programs_checked = True
        if sys.implementation.name == "cpython" and cache.enabled():
            magic = getattr(_regex_engine(), "MAGIC", "?")
            _programs = cache.store("regex", f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{magic}")
    return _programs


def _regex_engine() -> Any:
    """CPython's C regex engine, `_sre` (what `re.compile` hands its compiled code to)."""
    import importlib

    return importlib.import_module("_sre")


def _is_program(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 5
        and isinstance(value[0], int)
        and isinstance(value[1], list)
        and isinstance(value[2], int)
        and isinstance(value[3], dict)
        and isinstance(value[4], tuple)
    )


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


def forget() -> None:
    """Drop the loaded program store (tests switch cache directories between cases)."""
    global _programs, _programs_checked
    _programs, _programs_checked = None, False
