"""One exception tree. User errors (exit 2, one line, no traceback) are kept
apart from internal errors (bugs)."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base of every error factcheck raises on purpose."""


class UserError(FactcheckError):
    """Something the user can fix: bad input, bad rule file, bad usage.

    ``str(err)`` is a complete one-line message that names the file (and line
    where there is one).
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        self.detail = message
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(f"{where}{message}")


class InputError(UserError):
    """An article or corpus cannot be read: missing, empty, binary, mis-encoded,
    broken front matter."""


class RuleError(UserError):
    """A rule file is invalid."""


class UsageError(UserError):
    """The command line is wrong."""


class InternalError(FactcheckError):
    """A bug in factcheck itself."""
