"""The import as the desk shows it: the file's cells next to every issue, the error
workbook and the template (SPEC §7), for views that may not reach the importer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from desk.core.membership_types import BalanceMode
from desk.files import Protected, check_output, output_file
from desk.importer.reader import read_sheet
from desk.services.actor import Actor
from desk.services.imports import ImportResult, import_memberships
from desk.store.uow import Database


@dataclass(frozen=True)
class PreviewRow:
    excel_row: int  # as Excel shows it: the header is row 1
    cells: list[str]  # one text per column of ``ImportPreview.columns``


@dataclass
class ImportPreview:
    """What the file holds (its known columns, as written, in file order) and what's wrong."""

    path: Path
    result: ImportResult
    columns: list[str] = field(default_factory=list)
    rows: list[PreviewRow] = field(default_factory=list)


def preview_import(db: Database, actor: Actor, path: str | Path, *,
                   today: date | None = None) -> ImportPreview:
    """Check the file without writing anything; the cells come along for display."""
    result = import_memberships(db, actor, path, commit_rows=False, today=today)
    preview = ImportPreview(Path(path), result)
    if result.sheet is None:  # the file could not be read
        return preview
    sheet = result.sheet
    ordered = sorted(sheet.columns.values())  # (index in the file, header as written)
    preview.columns = [written for _, written in ordered]
    preview.rows = [PreviewRow(number, [_text(cells[i]) if i < len(cells) else ""
                                        for i, _ in ordered])
                    for number, cells in sheet.rows]
    return preview


def commit_import(db: Database, actor: Actor, path: str | Path, *,
                  today: date | None = None) -> ImportResult:
    """Check the file again and write it all, or nothing when it has any error."""
    return import_memberships(db, actor, path, commit_rows=True, today=today)


def save_error_workbook(source: str | Path, out: str | Path, errors: list, *,
                        force: bool = False, database: Path | None = None) -> Path:
    """A copy of ``source`` with each bad cell red and its message as a comment, at ``out``:
    an existing file only with ``force``, never the ``database`` or its backups
    (desk/files.py)."""
    from desk.importer.workbooks import write_error_workbook  # openpyxl: only when asked

    protected = Protected(database)
    check_output(out, force=force, protected=protected, what="error workbook")
    sheet, _ = read_sheet(source)
    with output_file(out, force=force, protected=protected, what="error workbook") as partial:
        write_error_workbook(source, partial, sheet, errors)
    return Path(out)


def save_template(db: Database, out: str | Path, *, force: bool = False) -> Path:
    """An empty import file with the chain's locations and importable types as dropdowns."""
    from desk.importer.workbooks import write_template  # openpyxl: only when asked

    protected = Protected(db.path)
    check_output(out, force=force, protected=protected, what="template")
    with db.read() as uow:
        locations = [loc.name for loc in uow.reference.locations()]
        types = [t.name for t in uow.types.all(archived=False)
                 if t.balance_mode is BalanceMode.OVERALL]
    with output_file(out, force=force, protected=protected, what="template") as partial:
        write_template(partial, locations=locations, types=types)
    return Path(out)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        midnight = not (value.hour or value.minute or value.second)
        return value.date().isoformat() if midnight else value.isoformat(" ", "minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
