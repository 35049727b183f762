"""The project's own error type: everything openwash refuses is one of these."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping

from openwash.lazyre import lazy_compile


class OpenwashError(Exception):
    """A usage or input error that ends in a one-line message and exit code 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ConfigError(OpenwashError):
    """A configuration file with unknown keys, wrong types or bad values."""


# Environment variables whose values must never reach output (GITHUB_TOKEN, INPUT_TOKEN, …).
_SECRET_NAME = lazy_compile(r"TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|PRIVATE_KEY|CREDENTIAL", re.IGNORECASE)
# Token shapes GitHub issues, and credentials inside URLs (https://user:token@host).
_SECRET_SHAPE = lazy_compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b|(?<=://)[^/@\s:]+:[^/@\s]+(?=@)")
REDACTED = "***"


def redact_secrets(text: str, env: Mapping[str, str] | None = None) -> str:
    """Remove secret values (from the environment, or shaped like tokens) from text we print."""
    environ = os.environ if env is None else env
    for name, value in environ.items():
        if len(value) >= 8 and _SECRET_NAME.search(name) and value in text:
            text = text.replace(value, REDACTED)
    return _SECRET_SHAPE.sub(REDACTED, text)
