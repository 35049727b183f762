"""The project's own error type: everything openwash refuses is one of these."""

from __future__ import annotations


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
