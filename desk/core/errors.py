"""Errors as values a person can act on: a stable code, a message, the value, a fix."""

from __future__ import annotations

from typing import NoReturn


class DeskError(Exception):
    """A refusal by a rule of the product.

    ``code`` is stable (the CLI prints it, tests assert it); ``message`` is what a
    receptionist reads: what is wrong, with the offending value, and how to fix it.
    """

    def __init__(self, code: str, message: str, *, value: object = None, hint: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.value = value
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": str(self)}


def refuse(code: str, message: str, hint: str) -> NoReturn:
    """Refuse with ``code``: the rules' one way of saying no, with what to do instead."""
    raise DeskError(code, message, hint=hint)


class NotFound(DeskError):
    """A named thing (client, service, location, membership, ...) does not exist."""


class PermissionDenied(DeskError):
    """The user's role does not allow the action."""

    def __init__(self, action: str, role: str) -> None:
        super().__init__(
            "permission_denied",
            f"A {role} may not {action.replace('_', ' ')}.",
            value=action,
            hint="Ask a manager or an administrator.",
        )


QUOTED_AT_MOST = 80  # characters of a value quoted in a message


def quoted(value: object) -> str:
    """``value`` as a message quotes it: in quotes, control and invisible characters shown
    as escapes, and cut to QUOTED_AT_MOST characters ("…" after), so that a hostile or huge
    value can't flood or disguise a message."""
    text = str(value)
    shown = repr(text[:QUOTED_AT_MOST])
    return shown[:-1] + "…" + shown[-1] if len(text) > QUOTED_AT_MOST else shown


def file_unwritable(what: str, path: object, error: OSError) -> DeskError:
    """The refusal for a file Desk was asked to write and could not (a folder that doesn't
    exist, no permission, a full disk)."""
    return DeskError("file_unwritable", f"The {what} {path} can't be written "
                     f"({error.strerror or error}).", value=str(path),
                     hint="Choose a file in a folder that exists and that you can write to.")
