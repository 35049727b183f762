"""The methods `@dataclass` writes, compiled once and kept between runs.

`openwash check` runs as a pre-commit hook, a new process on every commit, and the modules
on its path define ~55 dataclasses. For each one `dataclasses` writes the source of
`__init__`, `__repr__`, `__eq__`, … and compiles it with `exec`: ~0.3 ms a class, a fifth
of the whole import time of the check path, and the same work on every commit.

`install()` (called by the CLI once `cache.refuse_inside` has cleared the user cache for this
run) makes the `exec` that `dataclasses` calls look the source up in a store of the user
cache (`openwash.cache`, MAC-protected like the regex programs) and run the stored code
object; a miss compiles the source exactly as `exec` would (`compile(source, "<string>",
"exec")`, no inherited `__future__` flags, `dataclasses` having none) and stores it. The
store is keyed by the Python build, the optimisation level and the marshal format; entries
are keyed by the full source text, so a class whose fields change simply misses. Only
sources compiled by `dataclasses` in the thread that installed the hook go through it;
anything else falls through to the builtin `exec`. The functions `dataclasses` builds are
the same either way (a test compares their code objects for every openwash dataclass).
"""

from __future__ import annotations

import builtins
import sys
from _thread import get_ident
from types import CodeType
from typing import Any

from openwash import cache

_store: cache.Store | None = None
_owner: int | None = None
_installed_module: Any = None


def install() -> bool:
    """Route `dataclasses`' `exec` through the store of compiled code. True when installed."""
    global _store, _owner, _installed_module
    if sys.implementation.name != "cpython" or not cache.vetted():
        uninstall()  # a process that ran the CLI before (tests) must not keep reading an older run's store
        return False
    import dataclasses
    import marshal

    if _installed_module is None:
        if "annotations" in vars(dataclasses) or "exec" in vars(dataclasses):
            return False  # a `dataclasses` with __future__ flags, or someone else's hook: leave it alone
        dataclasses.exec = _exec  # type: ignore[attr-defined]
        _installed_module = dataclasses
    # The store of the directory refuse_inside just cleared (another one on a later CLI call in
    # the same process, as in the tests).
    _store = cache.store("dataclass-code", f"{sys.implementation.cache_tag}-{sys.hexversion:x}-O{sys.flags.optimize}-m{marshal.version}")
    _owner = get_ident()
    return True


def uninstall() -> None:
    """Give `dataclasses` back the builtin `exec` (tests)."""
    global _store, _owner, _installed_module
    if _installed_module is not None and vars(_installed_module).get("exec") is _exec:
        del _installed_module.exec
    _store, _owner, _installed_module = None, None, None


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    store = _store
    if store is None or not isinstance(source, str) or get_ident() != _owner:
        return builtins.exec(source, globals, locals)
    code = store.get(source)
    if not isinstance(code, CodeType):
        code = compile(source, "<string>", "exec", dont_inherit=True)
        store.put(source, code)
    return builtins.exec(code, globals, locals)
