"""Packages whose modules load on first use (PEP 562), shared by the packages split out of large modules.

`__getattr__, __dir__ = lazy_package.attach(__name__, WHERE, MODULES)` in a package's `__init__`:
importing the package alone costs nothing, and a caller that needs one helper loads one module.
`WHERE` maps each public (and test-visible) name to the module that defines it; `MODULES` are the
package's module names, importable as attributes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def attach(package: str, where: dict[str, str], modules: frozenset[str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    def __getattr__(name: str) -> Any:
        module = name if name in modules else where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        __import__(f"{package}.{module}")  # the import statement's path (so `-X importtime` lists it)
        found = sys.modules[f"{package}.{module}"]
        if module == name:
            return found
        value = getattr(found, name)
        vars(sys.modules[package])[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *where, *modules})

    return __getattr__, __dir__
