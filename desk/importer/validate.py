"""Checking every row of an import against the chain (SPEC §7), collecting every issue.

Imports repeat the same few locations, types, statuses and dates on thousands of rows, so
the checks (``desk.importer.cell_checks``) run a column at a time, each distinct value (with
what its check depends on) checked once (``desk.importer.distinct``). A column that mixes
number types is checked row by row instead, each check memoised per import; both ways find
the same issues in the same order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desk.importer import reader as col
from desk.importer.cell_checks import NONE, CellChecks, Chain, Problem, Row
from desk.importer.distinct import answers, mixes_number_types, plainly_valid_codes
from desk.importer.issues import Issue


@dataclass
class Plan:
    rows: list[Row] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    row_count: int = 0

    @property
    def valid(self) -> bool:
        return not self.errors


# a row's problems as placed on it: (Excel row, its problems in the columns' order)
Placed = list[tuple[int, tuple[Problem, ...]]]


def validate(sheet: col.Sheet, chain: Chain) -> Plan:
    """Every issue of every row, and the rows ready to write when there is none."""
    plan = Plan(row_count=len(sheet.rows), warnings=list(sheet.notes))
    checks = CellChecks(chain)
    if not sheet.rows:
        return plan
    numbers = [excel_row for excel_row, _ in sheet.rows]
    columns = sheet.columns_of_rows()
    if any(map(mixes_number_types, columns)):  # rare: the memoised checks, row by row
        plan.rows, placed = by_rows(checks, numbers, columns)
    else:
        plan.rows, placed = by_columns(checks, numbers, columns)
    headers = {c: sheet.header(c) for c in col.COLUMNS}
    for excel_row, problems in placed:
        for p in problems:
            issue = Issue(excel_row, headers[p.column] if p.column else None, p.code,
                          p.message)
            (plan.warnings if p.warning else plan.errors).append(issue)
    return plan


def by_rows(checks: CellChecks, numbers: list[int], columns: list[tuple]
            ) -> tuple[list[Row], Placed]:
    """Each row checked in turn (``row``)."""
    kept, placed, first_row_of_code = [], [], {}
    for excel_row, *values in zip(numbers, *columns, strict=True):
        row, problems = checks.row(excel_row, tuple(values), first_row_of_code)
        if problems:
            placed.append((excel_row, problems))
        if row is not None:
            kept.append(row)
    return kept, placed

def by_columns(checks: CellChecks, numbers: list[int], columns: list[tuple]
               ) -> tuple[list[Row], Placed]:
    """What ``by_rows`` finds, a column at a time: each column's distinct values (with
    what their check depends on) checked once, the answers handed out to the rows."""
    raw_location, raw_type, raw_remaining, raw_status, raw_phone, raw_number, \
        raw_valid_until, raw_sale_date = columns
    location, p1 = _split(answers(checks.check_location, raw_location))
    t, p2 = _split(answers(checks.check_type, raw_type, _ids(location)))
    type_ids = _ids(t)
    remaining, p3 = _split(answers(checks.check_remaining, raw_remaining, type_ids))
    status, p4 = _split(answers(checks.check_status, raw_status, type_ids))
    client_id, p5 = _split(answers(checks.check_owner, raw_phone))
    code, p6 = _numbers(checks, numbers, raw_number, t, client_id, p5)
    sale_date, p7 = _split(answers(checks.check_sale_date, raw_sale_date))
    valid_until, p8 = _split(answers(checks.check_valid_until, raw_valid_until, sale_date))
    found = (p1, p2, p3, p4, p5, p6, p7, p8)
    troubled = sorted({i for p in found if any(p) for i, x in enumerate(p) if x})
    problems = {i: sum((p[i] for p in found), NONE) for i in troubled}
    refused = {i for i in troubled if location[i] is None or t[i] is None
               or remaining[i] is None or not all(p.warning for p in problems[i])}
    kept = [i for i in range(len(numbers)) if i not in refused] if refused else None
    pick = (lambda c: c) if kept is None else (lambda c: [c[i] for i in kept])
    activation, p9 = _split(answers(checks.check_activation, pick(type_ids), pick(status),
                                    pick(sale_date)))
    rows = list(map(Row, pick(numbers), pick(location), pick(t), pick(remaining),
                    pick(client_id), pick(code), pick(sale_date), activation,
                    pick(valid_until)))
    for i, warnings in zip(range(len(numbers)) if kept is None else kept, p9, strict=True):
        if warnings:
            problems[i] = problems.get(i, NONE) + warnings
    return rows, [(numbers[i], problems[i]) for i in sorted(problems)]

def _numbers(checks: CellChecks, excel_rows: list[int], raw_numbers: tuple, types: tuple,
            clients: tuple, owner_problems: tuple) -> tuple[list, list]:
    """The membership numbers' codes and problems. A column of distinct valid codes
    that the database does not hold yet (a clean file) is vouched for at once;
    otherwise each number is checked in turn (``number``), duplicates named in order."""
    if set(map(type, raw_numbers)) == {str}:
        codes = list(map(str.strip, raw_numbers))
        keys = list(map(str.casefold, codes))
        if (all(codes) and plainly_valid_codes(codes) and len(set(keys)) == len(keys)
                and checks.chain.codes.isdisjoint(keys)):
            return codes, [NONE] * len(codes)
    first_row_of_code: dict[str, int] = {}
    return _split([checks.number(raw, t, excel_row, first_row_of_code,
                               has_owner=client is not None or bool(p5))
                   for raw, t, excel_row, client, p5 in zip(
                       raw_numbers, types, excel_rows, clients, owner_problems,
                       strict=True)])

def _split(answered: list) -> tuple[list, list]:
    """A column of (value, problems) answers as its values and its problems."""
    if not answered:
        return [], []
    values, problems = zip(*answered, strict=True)
    return list(values), list(problems)


def _ids(found: list) -> list[str | None]:
    """The ids of a column of found locations or types (None where none was found)."""
    return [None if x is None else x.id for x in found]


