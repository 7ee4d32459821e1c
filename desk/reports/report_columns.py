"""The memberships report's columns (SPEC §4, Altegio's), each defined once: its SQL (which
the query selects and sorts by), what the screen shows and the cell the export writes.

Adding a column is one entry here and one field of ``ReportRow``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Integer, func, select, type_coerce

from desk.core.money import format_money
from desk.core.phones import display_phone
from desk.reports.ledger_flows import CLOSING_KINDS
from desk.store import schema as s
from desk.store.columns import MoneyCents
from desk.store.queries import M, expiry_shown, status_on

T, C, L, E = s.MembershipType, s.Client, s.Location, s.LedgerEntry


@dataclass(frozen=True, slots=True)  # slots: an export holds every matching row
class ReportRow:
    id: str
    number: str | None
    type: str
    balance: int
    status: str
    valid_until: date | None
    client: str | None
    phone: str | None
    sale_date: date
    sale_location: str
    cost: Decimal
    paid: Decimal
    debited: Decimal


@dataclass(frozen=True)
class ReportColumn:
    key: str  # the ``ReportRow`` field and the sort key
    title: str  # the heading on screen and in the export
    sql: Callable[[date], ColumnElement]  # its value in the report as of a day
    shown: Callable[[ReportRow], str]  # its text on screen
    cell: Callable[[ReportRow], object]  # its typed cell in the workbook
    numeric: bool = False  # right-aligned on screen


def status_text(status: str) -> str:
    return status.replace("_", " ").capitalize()


def valid_until_text(r: ReportRow) -> str:
    if r.valid_until:
        return r.valid_until.isoformat()
    return "not activated" if r.status == "issued" else "unlimited"


def paid_less_paid_back(day: date) -> ColumnElement:
    """What the client paid for the membership, less what a refund (or a void) paid back by
    ``day``: a refund shows as a payment back (SPEC §3.11)."""
    back = (select(func.sum(type_coerce(E.amount, Integer)))
            .where(E.membership_id == M.id, E.kind.in_(CLOSING_KINDS), E.on <= day)
            .correlate(M).scalar_subquery())
    cents = type_coerce(M.amount_paid, Integer) - func.coalesce(back, 0)
    return type_coerce(cents, MoneyCents())


def _phone(r: ReportRow) -> str | None:
    return display_phone(r.phone) if r.phone else None


COLUMNS: tuple[ReportColumn, ...] = (
    ReportColumn("number", "Number", lambda d: M.code, lambda r: r.number or "(no code)",
                 lambda r: r.number),
    ReportColumn("type", "Type", lambda d: T.name, lambda r: r.type, lambda r: r.type),
    ReportColumn("balance", "Balance", lambda d: M.remaining, lambda r: str(r.balance),
                 lambda r: r.balance, numeric=True),
    ReportColumn("status", "Status", status_on, lambda r: status_text(r.status),
                 lambda r: status_text(r.status)),
    ReportColumn("valid_until", "Valid until", expiry_shown, valid_until_text,
                 lambda r: r.valid_until),
    ReportColumn("client", "Client", lambda d: C.name, lambda r: r.client or "",
                 lambda r: r.client),
    ReportColumn("phone", "Phone", lambda d: C.phone, lambda r: _phone(r) or "", _phone),
    ReportColumn("sale_date", "Date of sale", lambda d: M.sold_on,
                 lambda r: r.sale_date.isoformat(), lambda r: r.sale_date),
    ReportColumn("sale_location", "Place of sale", lambda d: L.name, lambda r: r.sale_location,
                 lambda r: r.sale_location),
    ReportColumn("cost", "Cost", lambda d: M.price, lambda r: format_money(r.cost),
                 lambda r: r.cost, numeric=True),
    ReportColumn("paid", "Payments", paid_less_paid_back, lambda r: format_money(r.paid),
                 lambda r: r.paid, numeric=True),
    ReportColumn("debited", "Amount debited", lambda d: M.debited,
                 lambda r: format_money(r.debited), lambda r: r.debited, numeric=True),
)
SORTS = tuple(c.key for c in COLUMNS)
