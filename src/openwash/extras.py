"""Optional dependencies: the light core (what the pre-commit hook installs) and the extras.

`pip install openwash` installs what `openwash check` needs. Two jobs need more:
`openwash[action]` adds PyGithub (the action's pull-request comment) and `openwash[spdx]`
adds spdx-tools (`openwash export spdx`). A command that needs an extra which is not
installed stops with one line naming the install command (exit 2), never a traceback.
"""

from __future__ import annotations

import importlib.util

from openwash.errors import OpenwashError

# extra -> (importable module, distribution name on PyPI)
EXTRAS: dict[str, tuple[str, str]] = {
    "action": ("github", "PyGithub"),
    "spdx": ("spdx_tools", "spdx-tools"),
}


def installed(extra: str) -> bool:
    """Whether the extra's library can be imported (found without importing it)."""
    module, _distribution = EXTRAS[extra]
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def require(extra: str, purpose: str) -> None:
    """Raise a one-line `OpenwashError` when `extra` is not installed."""
    if not installed(extra):
        _module, distribution = EXTRAS[extra]
        raise OpenwashError(
            f"{purpose} needs {distribution}, which is not installed: pip install 'openwash[{extra}]'"
        )
