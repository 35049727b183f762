"""Regular expressions compiled on first use.

`openwash check` runs as a pre-commit hook, so import time counts on every commit. The
claim and lineage modules hold ~100 patterns; a typical repository exercises about half
of them. `lazy_compile` defers each compile to the pattern's first use and then copies the
compiled pattern's methods onto the wrapper, so later calls cost the same as on a
`re.Pattern`.
"""

from __future__ import annotations

import re
from typing import Any, cast

_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "pattern", "flags", "groups", "groupindex", "scanner")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        # Only reached for attributes not set yet, i.e. before the first compile.
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        compiled = re.compile(*self._source)
        for attr in _COPIED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source[0]!r}, {self._source[1]!r})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, done the first time the pattern is used."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
