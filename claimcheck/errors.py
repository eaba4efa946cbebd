"""Errors that the user must fix: each one knows its file, line and column.

The command turns these into ``file:line:column: message`` and exit code 2; nothing
here ever reaches the user as a traceback.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base for errors with a place in a file."""

    def __init__(self, message: str, path: str | None = None, line: int = 1, column: int = 1):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class ConfigError(ClaimcheckError):
    """A broken pack, configuration file or command-line option (exit code 2)."""


class InputError(ClaimcheckError):
    """An input document that cannot be read; reported as a finding, the run goes on."""


# pydantic prefixes the messages of validators that raise ValueError or assert; the user
# needs the message, not where it came from.
_PYDANTIC_PREFIXES = ("Value error, ", "Assertion failed, ")


def validation_message(err: dict) -> str:
    """The message of one pydantic error, as a user should read it."""
    if err["type"] == "extra_forbidden":
        return "unknown key"
    msg = err["msg"]
    for prefix in _PYDANTIC_PREFIXES:
        msg = msg.removeprefix(prefix)
    return msg


class ConfigErrors(ConfigError):
    """Several independent errors, reported together in file order (as ruff and ESLint do),
    so that one run shows every place to fix. Behaves as its first error otherwise."""

    def __init__(self, errors: list[ConfigError]):
        self.errors = sorted(_flat(errors), key=lambda e: (e.path or "", e.line, e.column))
        first = self.errors[0]
        super().__init__(first.message, first.path, first.line, first.column)

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


def _flat(errors: list[ConfigError]) -> list[ConfigError]:
    return [one for e in errors for one in (e.errors if isinstance(e, ConfigErrors) else [e])]


def raise_all(errors: list[ConfigError]) -> None:
    """Raise nothing, the one error, or all of them together."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ConfigErrors(errors)
