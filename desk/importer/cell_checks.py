"""What each cell of an import must be (SPEC §7): each column's check is a pure function
of the cell (and of the row's type or location where a rule needs them), with the problem
it finds worded for the person who fixes the file."""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from desk.core.codes import CODE_SIGNS, MAX_CODE_LENGTH, is_valid_code
from desk.core.dates import EARLIEST_DAY, LATEST_DAY, check_business_date
from desk.core.errors import DeskError, quoted
from desk.core.membership_types import BalanceMode, MembershipType, ValidityStart
from desk.core.names import name_key
from desk.core.phones import display_phone, normalize_phone
from desk.core.reference import Location
from desk.importer import reader as col
from desk.importer.cells import (
    CellError,
    UnreadableCell,
    as_date,
    as_text,
    as_whole_number,
    is_blank,
)

STATUSES = {"issued": "issued", "activated": "activated", "active": "activated"}
_SHAPE = str.maketrans(string.ascii_letters + string.digits, "a" * 52 + "0" * 10)
# the longest text each column's value can be: anything longer is a mistake in the cell,
# reported as such before the value is looked up, parsed or quoted
LONGEST = {col.LOCATION: 120, col.TYPE: 120, col.REMAINING: 20, col.STATUS: 20,
           col.PHONE: 40, col.NUMBER: MAX_CODE_LENGTH, col.VALID_UNTIL: 40,
           col.SALE_DATE: 40}


@dataclass(frozen=True)
class Chain:
    """What the rows are checked against, loaded once per preview or commit."""

    today: date
    locations: dict[str, Location]  # by name key
    types: dict[str, MembershipType]  # by name key
    clients: dict[str, str]  # phone digits -> client id
    codes: set[str]  # code keys already in the database


class Row(NamedTuple):
    """A valid row, ready to be written (a tuple: a million of them are built at once)."""

    excel_row: int
    location: Location
    type: MembershipType
    remaining: int
    client_id: str | None
    code: str | None
    sale_date: date
    activation: date | None
    valid_until: date | None


@dataclass(frozen=True)
class Problem:
    """An issue before it is placed on a row: the column, code, message, and its weight."""

    column: str | None
    code: str
    message: str
    warning: bool = False


NONE: tuple[Problem, ...] = ()


class CellChecks:
    """What each cell of an import must be, against one chain: ``check_<column>`` asks
    once, and the attribute of the column's name remembers each answer (row by row)."""

    def __init__(self, chain: Chain) -> None:
        self.chain = chain
        self.location: Callable = _memo(self.check_location)
        self.type: Callable = _memo(self.check_type)
        self.remaining: Callable = _memo(self.check_remaining)
        self.status: Callable = _memo(self.check_status)
        self.owner: Callable = _memo(self.check_owner)
        self.sale_date: Callable = _memo(self.check_sale_date)
        self.valid_until: Callable = _memo(self.check_valid_until)
        self.activation: Callable = _memo(self.check_activation)
        self._valid_shapes: dict[str, bool] = {}

    def valid_code(self, code: str) -> bool:
        """``is_valid_code``, asked once per shape of code: ASCII letters and digits can't
        change the answer (the rule asks only "letter or digit?" of them), so "IMP-0000001"
        and "IMP-0000002" are one question, and a million numbers cost a few."""
        shape = code.translate(_SHAPE)
        answer = self._valid_shapes.get(shape)
        if answer is None:
            answer = self._valid_shapes[shape] = is_valid_code(code)
        return answer

    def row(self, excel_row: int, values: tuple, first_row_of_code: dict[str, int]
            ) -> tuple[Row | None, tuple[Problem, ...]]:
        raw_location, raw_type, raw_remaining, raw_status, raw_phone, raw_number, \
            raw_valid_until, raw_sale_date = values
        location, p1 = self.location(raw_location)
        t, p2 = self.type(raw_type, location.id if location else None)
        remaining, p3 = self.remaining(raw_remaining, t.id if t else None)
        status, p4 = self.status(raw_status, t.id if t else None)
        client_id, p5 = self.owner(raw_phone)
        code, p6 = self.number(raw_number, t, excel_row, first_row_of_code,
                               has_owner=client_id is not None or bool(p5))
        sale_date, p7 = self.sale_date(raw_sale_date)
        valid_until, p8 = self.valid_until(raw_valid_until, sale_date)
        problems = (p1 + p2 + p3 + p4 + p5 + p6 + p7 + p8
                    if p1 or p2 or p3 or p4 or p5 or p6 or p7 or p8 else NONE)
        if location is None or t is None or remaining is None or (
                problems and not all(p.warning for p in problems)):
            return None, problems
        activation, p9 = self.activation(t.id, status, sale_date)
        return Row(excel_row, location, t, remaining, client_id, code, sale_date, activation,
                   valid_until), problems + p9

    def check_location(self, raw) -> tuple[Location | None, tuple[Problem, ...]]:
        if unusable := _unusable(raw, col.LOCATION, "location_unknown"):
            return None, unusable
        text = as_text(raw)
        found = self.chain.locations.get(name_key(text))
        if found is None:
            known = ", ".join(sorted(loc.name for loc in self.chain.locations.values()))
            what = "is empty" if not text else f"{quoted(text)} is not a location of this chain"
            return None, (Problem(col.LOCATION, "location_unknown",
                                  f"The location {what}. Write one of: {known}."),)
        if found.sales_storage_id is None:
            return found, (Problem(
                col.LOCATION, "location_no_storage",
                f"{found.name} has no storage for product sales, so memberships can't be "
                "imported there. Add a sales storage to it first, or pick another location."),)
        return found, NONE

    def check_type(self, raw, location_id: str | None) -> tuple[MembershipType | None, tuple]:
        if unusable := _unusable(raw, col.TYPE, "type_unknown"):
            return None, unusable
        text = as_text(raw)
        t = self.chain.types.get(name_key(text))
        if t is None:
            what = ("is empty" if not text
                    else f"{quoted(text)} is not a membership type of this chain")
            return None, (Problem(col.TYPE, "type_unknown", f"The membership type {what}. "
                                  "Write the type's name as in Desk."),)
        problems: list[Problem] = []
        if t.balance_mode is BalanceMode.SPLIT:
            problems.append(Problem(col.TYPE, "type_split_balance",
                                    f"{quoted(t.name)} has a split balance; such memberships "
                                    "can't be imported. Sell them in Desk instead."))
        if location_id is not None and not t.valid_at(location_id):
            where = self.chain_location_name(location_id)
            problems.append(Problem(col.TYPE, "type_not_at_location",
                                    f"{quoted(t.name)} is not valid at {where}. Choose a "
                                    "location where the type is valid, or add the location "
                                    "to the type."))
        return t, tuple(problems)

    def chain_location_name(self, location_id: str) -> str:
        return next(loc.name for loc in self.chain.locations.values() if loc.id == location_id)

    def check_remaining(self, raw, type_id: str | None) -> tuple[int | None, tuple]:
        if unusable := _unusable(raw, col.REMAINING, "remaining_invalid"):
            return None, unusable
        try:
            if is_blank(raw):
                raise CellError("it is empty")
            number = as_whole_number(raw)
            if number < 0:
                raise CellError(f"{number} is below zero")
        except CellError as e:
            return None, (Problem(col.REMAINING, "remaining_invalid", f"Remaining sessions: "
                                  f"{e.message}. Write a whole number, 0 or more."),)
        t = self._type_by_id(type_id)
        if t is not None and number > t.total_visits:
            return number, (Problem(col.REMAINING, "remaining_exceeds_balance",
                                    f"{number} sessions is more than {quoted(t.name)} holds "
                                    f"({t.total_visits}). Write {t.total_visits} or fewer."),)
        return number, NONE

    def _type_by_id(self, type_id: str | None) -> MembershipType | None:
        return next((t for t in self.chain.types.values() if t.id == type_id), None)

    def check_status(self, raw, type_id: str | None) -> tuple[str | None, tuple]:
        if unusable := _unusable(raw, col.STATUS, "status_invalid"):
            return None, unusable
        text = as_text(raw).lower()
        if text == "frozen":
            return None, (Problem(col.STATUS, "status_frozen", "Frozen memberships can't be "
                                  "imported. Import it as activated and freeze it in Desk "
                                  "afterwards."),)
        if text and text not in STATUSES:
            return None, (Problem(col.STATUS, "status_invalid", f"The status {quoted(text)} "
                                  "is not known. Write issued or activated."),)
        t = self._type_by_id(type_id)
        if t is not None and t.validity_start is ValidityStart.FIRST_VISIT and not text:
            return None, (Problem(col.STATUS, "status_required",
                                  f"{quoted(t.name)} counts validity from the first visit, so "
                                  "the status is needed. Write issued or activated."),)
        if t is not None and t.validity_start is ValidityStart.SALE and text:
            return STATUSES[text], (Problem(col.STATUS, "status_ignored", f"Status ignored: "
                                            f"{quoted(t.name)} counts validity from the sale.",
                                            warning=True),)
        return STATUSES.get(text), NONE

    def check_owner(self, raw) -> tuple[str | None, tuple]:
        if is_blank(raw):
            return None, NONE
        if unusable := _unusable(raw, col.PHONE, "phone_invalid"):
            return None, unusable
        digits = as_text(raw)
        client_id = self.chain.clients.get(digits)
        if client_id is not None:  # a known client's phone was validated when it was saved
            return client_id, NONE
        if not digits.isdigit() or not _valid_e164(digits):
            return None, (Problem(col.PHONE, "phone_invalid", f"{quoted(digits)} is not a "
                                  "phone number written as digits, country code first."
                                  f"{_suggestion(digits)}"),)
        return None, (Problem(col.PHONE, "client_not_found", f"No client has the phone "
                              f"{display_phone(digits)}. Add the client in Desk first, or "
                              "correct the number."),)

    def number(self, raw, t: MembershipType | None, excel_row: int,
               first_row_of_code: dict[str, int], has_owner: bool) -> tuple[str | None, tuple]:
        """Not memoised: numbers are unique, and duplicates depend on the rows before."""
        code = raw.strip() if raw.__class__ is str else None  # the common case, first
        if code == "" or (code is None and is_blank(raw)):
            if not has_owner:
                return None, (Problem(None, "owner_or_number_required", "The row has neither "
                                      "an owner phone nor a membership number. Fill in at "
                                      "least one."),)
            if t is not None and not t.sale_without_code:
                return None, (Problem(col.NUMBER, "number_required_for_type",
                                      f"{quoted(t.name)} can't be sold without a code, so the "
                                      "membership number is needed. Write its number."),)
            return None, NONE
        if raw.__class__ is UnreadableCell:
            return None, _unusable(raw, col.NUMBER, "code_invalid")
        if code is None:
            code = as_text(raw)
        if not self.valid_code(code):  # the rule a code typed at a sale follows
            return None, (Problem(col.NUMBER, "code_invalid", f"The membership number "
                                  f"{quoted(code)} can't be used. Use at most "
                                  f"{MAX_CODE_LENGTH} letters, digits or the signs "
                                  f"{' '.join(CODE_SIGNS)}, starting with a letter or a "
                                  "digit."),)
        key = code.casefold()  # code_key(code), which for a valid code (no spaces) is this
        first = first_row_of_code.setdefault(key, excel_row)
        if first == excel_row and key not in self.chain.codes:
            return code, NONE
        problems = []
        if first != excel_row:
            problems.append(Problem(col.NUMBER, "number_duplicate_in_file",
                                    f"The number {quoted(code)} is also in row {first}. Each "
                                    "membership needs its own number."))
        if key in self.chain.codes:
            problems.append(Problem(col.NUMBER, "number_exists", f"A membership numbered "
                                    f"{quoted(code)} already exists in Desk. Remove this row "
                                    "or give it another number."))
        return code, tuple(problems)

    def check_sale_date(self, raw) -> tuple[date, tuple]:
        today = self.chain.today
        if is_blank(raw):
            return today, NONE
        day, problems = _date_cell(raw, col.SALE_DATE, "sale_date_invalid", "2026-01-31")
        if day is None:
            return today, problems
        if day > today:
            return day, (Problem(col.SALE_DATE, "sale_date_in_future", f"The sale date {day} "
                                 f"is in the future (today is {today}). Correct the date."),)
        return day, NONE

    def check_valid_until(self, raw, sale_date: date) -> tuple[date | None, tuple]:
        if is_blank(raw):
            return None, NONE
        day, problems = _date_cell(raw, col.VALID_UNTIL, "valid_until_invalid", "2026-06-30")
        if day is not None and day < sale_date:
            return day, (Problem(col.VALID_UNTIL, "valid_until_before_sale",
                                 f"Valid until {day} is before the sale date {sale_date}. "
                                 "Correct one of the two dates."),)
        return day, problems

    def check_activation(self, type_id: str, status: str | None, sale_date: date
                    ) -> tuple[date | None, tuple]:
        """Activated rows start at the sale; issued ones may already be auto-activated."""
        t = self._type_by_id(type_id)
        if t.validity_start is ValidityStart.SALE or status == "activated":
            return sale_date, NONE
        if t.auto_activate_days is not None:
            auto = sale_date + timedelta(days=t.auto_activate_days)
            if auto <= self.chain.today:
                return auto, (Problem(col.STATUS, "auto_activated", f"Imported as active from "
                                      f"{auto}: {quoted(t.name)} activates "
                                      f"{t.auto_activate_days} days after the sale.",
                                      warning=True),)
        return None, NONE


def _unusable(raw, column: str, code: str) -> tuple[Problem, ...]:
    """The problem of a cell whose value can't be checked at all: one the reader couldn't
    read (a formula never calculated, an error value), or text longer than the column
    ever holds. Checked before the value is looked up, parsed or quoted."""
    if raw.__class__ is UnreadableCell:
        return (Problem(column, code, f"{column}: the cell {raw.problem}. {raw.fix}"),)
    if raw.__class__ is str and len(raw) > LONGEST[column]:
        return (Problem(column, code, f"{column}: {quoted(raw)} is longer than this column "
                        f"ever is ({LONGEST[column]} characters at most). Correct the cell."),)
    return NONE


def _memo(check: Callable) -> Callable:
    """Remember a check's answer per distinct argument list; the cell's type is part of
    the key (``typed``), so True and 1, or 5 and 5.0, are checked separately."""
    return lru_cache(maxsize=None, typed=True)(check)


def _date_cell(raw, column: str, code: str, example: str) -> tuple[date | None, tuple]:
    """A date cell or ``yyyy-mm-dd`` text within the years every desk command accepts;
    else the column's ``*_invalid`` problem."""
    if unusable := _unusable(raw, column, code):
        return None, unusable
    try:
        day = as_date(raw)
    except CellError as e:
        return None, (Problem(column, code, f"{column}: {e.message}. Write it as yyyy-mm-dd, "
                              f"e.g. {example}."),)
    try:
        return check_business_date(day), NONE
    except DeskError:  # date_out_of_range: here it is the column's own code
        return None, (Problem(column, code, f"{column}: {day.isoformat()} is not between "
                              f"{EARLIEST_DAY.isoformat()} and {LATEST_DAY.isoformat()}. "
                              "Check the year."),)


def _valid_e164(digits: str) -> bool:
    try:
        return normalize_phone("+" + digits) == digits
    except DeskError:
        return False


def _suggestion(raw: str) -> str:
    """A fix for common ways of writing a phone: "+1 (212) 567-8904" -> 12125678904."""
    for region in ("US", "ZZ"):
        try:
            digits = normalize_phone(raw, region)
        except DeskError:
            continue
        if digits != raw:
            return f" Did you mean {digits}?"
    return " Write it like 12125678904."
