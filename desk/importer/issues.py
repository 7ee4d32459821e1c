"""What an import reports: errors that block it and warnings that don't."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from desk.core.errors import DeskError


@dataclass(frozen=True)
class Issue:
    """One problem found: the Excel row (header = 1; None for the whole file), the column
    header as written in the file (None for the whole row or file), a stable code, and a
    message with the offending value and how to fix it."""

    row: int | None
    column: str | None
    code: str
    message: str

    def as_json(self) -> dict:
        return asdict(self)


class FileRefused(DeskError):
    """The file can't be read at all (not an .xlsx, corrupt, encrypted, too large, a bomb)."""

    def __init__(self, code: str, message: str, hint: str) -> None:
        super().__init__(code, message, hint=hint)

    def as_issue(self) -> Issue:
        return Issue(None, None, self.code, str(self))
