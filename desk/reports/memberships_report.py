"""The memberships report (SPEC §4, Altegio's columns), filtered, sorted and paged in SQL.

Columns: number, type, balance (remaining visits), status, valid until, client (and
phone), date and place of sale, cost (price), payments (amount paid at sale) and amount
debited (the value its paid visits and automatic deductions released, less undone ones, as
every report values a visit: desk/core/worth.py; cached per membership).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, and_, exists, func, select

from desk.core.codes import code_key
from desk.core.dates import check_period
from desk.core.ledger import EntryKind
from desk.reports.report_columns import COLUMNS, SORTS, C, L, ReportRow, T
from desk.store import schema as s
from desk.store.queries import M

E = s.LedgerEntry
__all__ = ["ReportFilters", "ReportPage", "ReportRow", "memberships_report"]
USES = (EntryKind.PAYMENT.value, EntryKind.AUTO_DEDUCTION.value)


@dataclass(frozen=True)
class ReportFilters:
    sold_from: date | None = None  # inclusive
    sold_to: date | None = None  # inclusive
    sale_location_id: str | None = None
    used_from: date | None = None  # a payment or automatic deduction in [used_from, used_to]
    used_to: date | None = None
    use_location_id: str | None = None
    number: str | None = None  # exact, as codes are compared
    phone: str | None = None  # digits the client's phone starts with
    expires_from: date | None = None
    expires_to: date | None = None
    remaining_min: int | None = None
    remaining_max: int | None = None
    statuses: tuple[str, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        for first, last, what in ((self.sold_from, self.sold_to, "sale date range"),
                                  (self.used_from, self.used_to, "use date range"),
                                  (self.expires_from, self.expires_to, "'valid until' range")):
            if first is not None and last is not None:
                check_period(first, last, what=what)


@dataclass(frozen=True)
class ReportPage:
    total: int
    rows: list[ReportRow]


def memberships_report(conn: Connection, day: date, filters: ReportFilters | None = None, *,
                       sort: str = "sale_date", descending: bool = False, offset: int = 0,
                       limit: int | None = 50) -> ReportPage:
    """One page of the report as of ``day``, and how many memberships match in all
    (``limit=None``: every row from ``offset`` on)."""
    f = filters or ReportFilters()
    if sort not in SORTS:
        raise ValueError(f"unknown sort column {sort!r}")
    columns = {c.key: c.sql(day) for c in COLUMNS}
    status = columns["status"]
    conditions = []
    if f.sold_from:
        conditions.append(M.sold_on >= f.sold_from)
    if f.sold_to:
        conditions.append(M.sold_on <= f.sold_to)
    if f.sale_location_id:
        conditions.append(M.location_id == f.sale_location_id)
    if f.used_from or f.used_to or f.use_location_id:
        use = [E.membership_id == M.id, E.kind.in_(USES)]
        if f.used_from:
            use.append(E.on >= f.used_from)
        if f.used_to:
            use.append(E.on <= f.used_to)
        if f.use_location_id:
            use.append(E.location_id == f.use_location_id)
        conditions.append(exists().where(and_(*use)))
    if f.number:
        conditions.append(M.code_key == code_key(f.number))
    if f.phone:
        digits = "".join(ch for ch in f.phone if ch.isdigit())
        conditions.append(C.phone.startswith(digits, autoescape=True))
    if f.expires_from:
        conditions.append(columns["valid_until"] >= f.expires_from)
    if f.expires_to:
        conditions.append(columns["valid_until"] <= f.expires_to)
    if f.remaining_min is not None:
        conditions.append(M.remaining >= f.remaining_min)
    if f.remaining_max is not None:
        conditions.append(M.remaining <= f.remaining_max)
    if f.statuses:
        conditions.append(status.in_(f.statuses))

    def joined(query):
        return (query.select_from(M).join(T, T.id == M.type_id)
                .join(L, L.id == M.location_id)
                .outerjoin(C, C.id == func.coalesce(M.owner_id, M.client_id))
                .where(*conditions))

    count = conn.scalar(joined(select(func.count()))) or 0
    key = columns[sort]
    order = [key.desc() if descending else key.asc(), M.id]
    query = joined(select(M.id, *(columns[c.key].label(c.key) for c in COLUMNS))) \
        .order_by(*order).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    rows = [ReportRow(r.id, *(getattr(r, c.key) for c in COLUMNS))
            for r in conn.execute(query.execution_options(yield_per=2_000))]
    return ReportPage(count, rows)
