"""JSON from the checked repository: nesting depth is an input error, never an exception.

`json.loads` recurses once per nesting level: a shard index or a safetensors header
nested 100,000 levels deep raises `RecursionError`, which no caller expected. CPython's
decoder checks its depth with `Py_EnterRecursiveCall`, so the error is clean and cheap
(no pre-scan of a 16 MiB header is needed); `loads` turns it into a `ValueError`, the error
every caller already treats as "not valid JSON".
"""

from __future__ import annotations

from typing import Any


class TooDeep(ValueError):
    """Nested deeper than the interpreter's recursion limit allows."""


def loads(text: str | bytes) -> Any:
    """`json.loads`; input nested too deeply is a ValueError (TooDeep), not a RecursionError."""
    import json

    try:
        return json.loads(text)
    except RecursionError:
        raise TooDeep("nested too deeply") from None
