"""Writing a checked import: one transaction, bulk inserts, ledger entries of kind *import*.

The rows are checked again inside the write transaction, against the database as it is
then, so a file that became invalid since its preview (a number taken meanwhile) writes
nothing. No inventory or payment is recorded: imported memberships are not sales.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desk.core.codes import code_key
from desk.core.dates import utc_now
from desk.core.ids import new_id
from desk.core.ledger import EntryKind, LedgerEntry, Stamp, new_entry
from desk.core.membership_types import OVERALL_KEY, ValidityStart
from desk.core.memberships import Membership, Sale
from desk.core.names import name_key
from desk.importer.reader import Sheet
from desk.importer.validate import Chain, Plan, Row, validate
from desk.store import audit
from desk.store import schema as s
from desk.store.bulk import bulk_insert
from desk.store.repos.memberships import cache_values, entry_row
from desk.store.uow import UnitOfWork


def load_chain(uow: UnitOfWork, today: date) -> Chain:
    """Locations, types, client phones and taken codes, each in one query."""
    locations = {name_key(loc.name): loc for loc in uow.reference.locations()}
    types = {}
    for t in sorted(uow.types.all(), key=lambda t: not t.archived):  # active ones win
        types[name_key(t.name)] = t
    clients = dict(uow.session.execute(select(s.Client.phone, s.Client.id)).all())
    codes = set(uow.session.scalars(select(s.Membership.code_key).where(
        s.Membership.code_key.is_not(None))))
    return Chain(today, locations, types, clients, codes)


def commit(uow: UnitOfWork, sheet: Sheet, today: date, stamp: Stamp) -> Plan:
    """Check again and write every row, or nothing; the caller commits the unit of work."""
    plan = validate(sheet, load_chain(uow, today))
    if not plan.valid:
        return plan
    memberships, entries = [], []
    sold_at = utc_now()
    dates_by_kind: dict[tuple, tuple[date | None, date | None]] = {}
    for row in plan.rows:
        m = _membership(row, stamp)
        kind = (row.type.id, row.sale_date, row.activation, row.valid_until)
        dates = dates_by_kind.get(kind) or dates_by_kind.setdefault(kind, _dates(m))
        memberships.append(_membership_row(row, m.id, stamp, sold_at, dates))
        entries.extend(entry_row(e, seq) for seq, e in enumerate(m.entries))
    # only overall types can be imported: no per-service balances to cache
    audit.link(uow.session, audit.LEDGER, entries)
    for model, rows in ((s.Membership, memberships), (s.LedgerEntry, entries)):
        bulk_insert(uow.session, model, rows)
    return plan


def _membership(row: Row, stamp: Stamp) -> Membership:
    sale = Sale(new_id(), row.type.id, row.code, row.client_id, row.location.id,
                row.sale_date, row.type.price, imported=True)
    imported = new_entry(stamp, sale.id, EntryKind.IMPORT, row.sale_date,
                         deltas={OVERALL_KEY: row.remaining}, client_id=row.client_id,
                         date_value=row.valid_until, reason="imported from Excel")
    entries: list[LedgerEntry] = [imported]
    if row.type.validity_start is ValidityStart.FIRST_VISIT and row.activation is not None:
        entries.append(new_entry(stamp, sale.id, EntryKind.ACTIVATION, row.activation,
                                 reason="imported as activated"))
    return Membership(sale, row.type, tuple(entries))


def _dates(m: Membership) -> tuple[date | None, date | None]:
    """Activation and expiry as the core derives them. They depend only on the type and
    the row's dates, which few distinct rows share, so this runs once per combination."""
    values = cache_values(m)
    return values["activated_on"], values["expires_on"]


def _membership_row(row: Row, membership_id: str, stamp: Stamp, sold_at,
                    dates: tuple[date | None, date | None]) -> dict:
    return {
        "id": membership_id, "code": row.code,
        "code_key": code_key(row.code) if row.code else None, "type_id": row.type.id,
        "client_id": row.client_id, "location_id": row.location.id, "storage_id": None,
        "seller_id": stamp.user_id, "sold_on": row.sale_date, "sold_at": sold_at,
        "price": row.type.price, "amount_paid": 0, "payment_method": "import",
        "imported": True, "owner_id": row.client_id, "remaining": row.remaining,
        "activated_on": dates[0], "expires_on": dates[1], "frozen_from": None,
        "frozen_until": None,
    }
