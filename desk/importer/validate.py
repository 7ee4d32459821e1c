"""Checking every row of an import against the chain (SPEC §7), collecting every issue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from desk.core.codes import code_key
from desk.core.errors import DeskError
from desk.core.membership_types import BalanceMode, MembershipType, ValidityStart
from desk.core.names import name_key
from desk.core.phones import normalize_phone
from desk.core.reference import Location
from desk.importer import reader as col
from desk.importer.cells import CellError, as_date, as_text, as_whole_number, is_blank
from desk.importer.issues import Issue

STATUSES = {"issued": "issued", "activated": "activated", "active": "activated"}


@dataclass(frozen=True)
class Chain:
    """What the rows are checked against, loaded once per preview or commit."""

    today: date
    locations: dict[str, Location]  # by name key
    types: dict[str, MembershipType]  # by name key
    clients: dict[str, str]  # phone digits -> client id
    codes: set[str]  # code keys already in the database


@dataclass(frozen=True)
class Row:
    """A valid row, ready to be written."""

    excel_row: int
    location: Location
    type: MembershipType
    remaining: int
    client_id: str | None
    code: str | None
    sale_date: date
    activation: date | None
    valid_until: date | None


@dataclass
class Plan:
    rows: list[Row] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    row_count: int = 0

    @property
    def valid(self) -> bool:
        return not self.errors


def validate(sheet: col.Sheet, chain: Chain) -> Plan:
    plan = Plan(row_count=len(sheet.rows))
    first_row_of_code: dict[str, int] = {}
    for excel_row, cells in sheet.rows:
        checker = _RowCheck(sheet, chain, excel_row, cells, plan)
        row = checker.run(first_row_of_code)
        if row is not None and not checker.failed:
            plan.rows.append(row)
    return plan


class _RowCheck:
    """The checks of one row; each problem is recorded and the row goes on being checked."""

    def __init__(self, sheet, chain: Chain, excel_row: int, cells: list, plan: Plan) -> None:
        self.sheet, self.chain, self.excel_row = sheet, chain, excel_row
        self.cells, self.plan, self.failed = cells, plan, False

    def value(self, column: str) -> object:
        return self.sheet.cell(self.cells, column)

    def error(self, column: str | None, code: str, message: str) -> None:
        self.failed = True
        header = self.sheet.header(column) if column else None
        self.plan.errors.append(Issue(self.excel_row, header, code, message))

    def warn(self, column: str | None, code: str, message: str) -> None:
        header = self.sheet.header(column) if column else None
        self.plan.warnings.append(Issue(self.excel_row, header, code, message))

    def run(self, first_row_of_code: dict[str, int]) -> Row | None:
        location = self.location()
        t = self.type(location)
        remaining = self.remaining(t)
        client_id = self.owner()
        code = self.number(t, first_row_of_code, has_owner=not is_blank(self.value(col.PHONE)))
        sale_date = self.sale_date()
        valid_until = self.valid_until(sale_date)
        status = self.status(t)
        if self.failed or t is None or location is None or remaining is None:
            return None
        activation = self.activation(t, status, sale_date)
        return Row(self.excel_row, location, t, remaining, client_id, code, sale_date,
                   activation, valid_until)

    def location(self) -> Location | None:
        raw = as_text(self.value(col.LOCATION))
        found = self.chain.locations.get(name_key(raw))
        if found is None:
            known = ", ".join(sorted(loc.name for loc in self.chain.locations.values()))
            what = "is empty" if not raw else f"{raw!r} is not a location of this chain"
            self.error(col.LOCATION, "location_unknown",
                       f"The location {what}. Write one of: {known}.")
            return None
        if found.sales_storage_id is None:
            self.error(col.LOCATION, "location_no_storage",
                       f"{found.name} has no storage for product sales, so memberships can't be "
                       "imported there. Add a sales storage to it first, or pick another location.")
        return found

    def type(self, location: Location | None) -> MembershipType | None:
        raw = as_text(self.value(col.TYPE))
        t = self.chain.types.get(name_key(raw))
        if t is None:
            what = "is empty" if not raw else f"{raw!r} is not a membership type of this chain"
            self.error(col.TYPE, "type_unknown",
                       f"The membership type {what}. Write the type's name as in Desk.")
            return None
        if t.balance_mode is BalanceMode.SPLIT:
            self.error(col.TYPE, "type_split_balance",
                       f"{t.name!r} has a split balance; such memberships can't be imported. "
                       "Sell them in Desk instead.")
        if location is not None and not t.valid_at(location.id):
            self.error(col.TYPE, "type_not_at_location",
                       f"{t.name!r} is not valid at {location.name}. Choose a location where "
                       "the type is valid, or add the location to the type.")
        return t

    def remaining(self, t: MembershipType | None) -> int | None:
        raw = self.value(col.REMAINING)
        try:
            if is_blank(raw):
                raise CellError("it is empty")
            number = as_whole_number(raw)
            if number < 0:
                raise CellError(f"{number} is below zero")
        except CellError as e:
            self.error(col.REMAINING, "remaining_invalid",
                       f"Remaining sessions: {e.message}. Write a whole number, 0 or more.")
            return None
        if t is not None and number > t.total_visits:
            self.error(col.REMAINING, "remaining_exceeds_balance",
                       f"{number} sessions is more than {t.name!r} holds ({t.total_visits}). "
                       f"Write {t.total_visits} or fewer.")
        return number

    def status(self, t: MembershipType | None) -> str | None:
        raw = as_text(self.value(col.STATUS)).lower()
        if raw == "frozen":
            self.error(col.STATUS, "status_frozen", "Frozen memberships can't be imported. "
                       "Import it as activated and freeze it in Desk afterwards.")
            return None
        if raw and raw not in STATUSES:
            self.error(col.STATUS, "status_invalid",
                       f"The status {raw!r} is not known. Write issued or activated.")
            return None
        if t is None:
            return STATUSES.get(raw)
        if t.validity_start is ValidityStart.FIRST_VISIT and not raw:
            self.error(col.STATUS, "status_required",
                       f"{t.name!r} counts validity from the first visit, so the status is "
                       "needed. Write issued or activated.")
        elif t.validity_start is ValidityStart.SALE and raw:
            self.warn(col.STATUS, "status_ignored",
                      f"Status ignored: {t.name!r} counts validity from the sale.")
        return STATUSES.get(raw)

    def owner(self) -> str | None:
        raw = self.value(col.PHONE)
        if is_blank(raw):
            return None
        digits = as_text(raw)
        client_id = self.chain.clients.get(digits)
        if client_id is not None:  # a known client's phone was validated when it was saved
            return client_id
        if not digits.isdigit() or not _valid_e164(digits):
            self.error(col.PHONE, "phone_invalid", f"{digits!r} is not a phone number written "
                       f"as digits, country code first.{_suggestion(digits)}")
            return None
        self.error(col.PHONE, "client_not_found", f"No client has the phone {digits}. Add the "
                   "client in Desk first, or correct the number.")
        return None

    def number(self, t: MembershipType | None, first_row_of_code: dict[str, int],
               has_owner: bool) -> str | None:
        raw = self.value(col.NUMBER)
        if is_blank(raw):
            if not has_owner:
                self.error(None, "owner_or_number_required", "The row has neither an owner "
                           "phone nor a membership number. Fill in at least one.")
            elif t is not None and not t.sale_without_code:
                self.error(col.NUMBER, "number_required_for_type",
                           f"{t.name!r} can't be sold without a code, so the membership number "
                           "is needed. Write its number.")
            return None
        code = as_text(raw)
        key = code_key(code)
        if key in first_row_of_code:
            self.error(col.NUMBER, "number_duplicate_in_file", f"The number {code!r} is also "
                       f"in row {first_row_of_code[key]}. Each membership needs its own number.")
        else:
            first_row_of_code[key] = self.excel_row
        if key in self.chain.codes:
            self.error(col.NUMBER, "number_exists", f"A membership numbered {code!r} already "
                       "exists in Desk. Remove this row or give it another number.")
        return code

    def sale_date(self) -> date:
        raw = self.value(col.SALE_DATE)
        if is_blank(raw):
            return self.chain.today
        try:
            day = as_date(raw)
        except CellError as e:
            self.error(col.SALE_DATE, "sale_date_invalid",
                       f"Sale date: {e.message}. Write it as yyyy-mm-dd, e.g. 2026-01-31.")
            return self.chain.today
        if day > self.chain.today:
            self.error(col.SALE_DATE, "sale_date_in_future", f"The sale date {day} is in the "
                       f"future (today is {self.chain.today}). Correct the date.")
        return day

    def valid_until(self, sale_date: date) -> date | None:
        raw = self.value(col.VALID_UNTIL)
        if is_blank(raw):
            return None
        try:
            day = as_date(raw)
        except CellError as e:
            self.error(col.VALID_UNTIL, "valid_until_invalid",
                       f"Valid until: {e.message}. Write it as yyyy-mm-dd, e.g. 2026-06-30.")
            return None
        if day < sale_date:
            self.error(col.VALID_UNTIL, "valid_until_before_sale", f"Valid until {day} is "
                       f"before the sale date {sale_date}. Correct one of the two dates.")
        return day

    def activation(self, t: MembershipType, status: str | None, sale_date: date) -> date | None:
        """Activated rows start at the sale; issued ones may already be auto-activated."""
        if t.validity_start is ValidityStart.SALE or status == "activated":
            return sale_date
        if t.auto_activate_days is not None:
            auto = sale_date + timedelta(days=t.auto_activate_days)
            if auto <= self.chain.today:
                self.warn(col.STATUS, "auto_activated", f"Imported as active from {auto}: "
                          f"{t.name!r} activates {t.auto_activate_days} days after the sale.")
                return auto
        return None


def _valid_e164(digits: str) -> bool:
    try:
        return normalize_phone("+" + digits) == digits
    except DeskError:
        return False


def _suggestion(raw: str) -> str:
    """A fix for common ways of writing a phone: "+1 (212) 567-8904" -> 12125678904."""
    for region in ("US", None):
        try:
            digits = normalize_phone(raw, region or "ZZ")
        except DeskError:
            continue
        if digits != raw:
            return f" Did you mean {digits}?"
    return " Write it like 12125678904."
