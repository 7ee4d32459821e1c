"""``desk import`` and ``desk template`` (SPEC §7, §8)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from desk.cli import report_refusal
from desk.collector import collector_paused
from desk.services.import_reading import ReadAhead

if TYPE_CHECKING:  # the service module loads the database layer: imported when it runs
    from desk.services.imports import ImportResult

EXIT_VALID, EXIT_ERRORS, EXIT_REFUSED = 0, 1, 2


def import_file(args) -> int:
    """Check (and with ``--commit`` write) an import. The file is read in the background
    from the start, while the database layer loads and the database opens: reading it is
    mostly the reader's own native work, which runs beside Python's."""
    # the sheet and the rows are gone by the time the collector is back (they die with
    # _import_file's frame), so it does not walk a million cells on its return
    with collector_paused(), ReadAhead(args.file) as reading:  # bulk work: desk.collector
        return _import_file(args, reading)


def _import_file(args, reading: ReadAhead) -> int:
    from desk.cli.context import actor, business_date, open_db
    from desk.core.errors import DeskError
    from desk.files import Protected, check_output
    from desk.services.import_preview import save_error_workbook
    from desk.services.imports import import_memberships

    try:  # a malformed --today is a usage error (exit 2), not a mistake in the file
        today = business_date(args, "today")
    except DeskError as error:
        return report_refusal(error, as_json=args.json, exit_code=EXIT_REFUSED)
    db = open_db(args)
    if args.errors:  # a name that can't be written is said before the file is read
        try:
            check_output(args.errors, force=args.force, protected=Protected(db.path),
                         what="error workbook")
        except DeskError as error:
            return report_refusal(error, as_json=args.json, exit_code=EXIT_REFUSED)
    result = import_memberships(db, actor(db, args), args.file, commit_rows=args.commit,
                                today=today, reading=reading)
    unwritable = None
    if args.errors and result.errors and not result.refused:
        try:
            save_error_workbook(args.file, args.errors, result.errors, force=args.force,
                                database=db.path)
        except DeskError as error:  # file_unwritable
            unwritable, args.errors = error, None
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print(_text(result, args))
    if unwritable is not None:  # the result is printed; the bad --errors path is a usage error
        return report_refusal(unwritable, as_json=False, exit_code=EXIT_REFUSED)
    if result.refused:
        return EXIT_REFUSED
    return EXIT_VALID if result.valid else EXIT_ERRORS


def _text(result: ImportResult, args) -> str:
    lines = []
    for kind, issues in (("error", result.errors), ("warning", result.warnings)):
        for i in issues:
            where = ", ".join(p for p in (f"row {i.row}" if i.row else "", i.column or "") if p)
            lines.append(f"{kind}: {where + ': ' if where else ''}{i.message} [{i.code}]")
    if result.refused:
        lines.append("The file was not read; nothing was imported.")
    elif not result.valid:
        lines.append(f"{len(result.errors)} error(s) in {result.rows} row(s): nothing was "
                     "imported. Fix them and import the file again."
                     + (f" Errors marked in {args.errors}." if args.errors else ""))
    elif result.committed:
        lines.append(f"Imported {result.committed} membership(s).")
    else:
        lines.append(f"The file is valid: {result.rows} row(s). Run again with --commit to "
                     "import them.")
    return "\n".join(lines)


def template(args) -> int:
    from desk.cli.context import open_db
    from desk.core.errors import DeskError
    from desk.services.import_preview import save_template

    try:
        out = save_template(open_db(args), Path(args.out), force=args.force)
    except DeskError as error:  # file_unwritable
        return report_refusal(error, as_json=False, exit_code=EXIT_REFUSED)
    print(f"Wrote the import template {out}.")
    return 0
