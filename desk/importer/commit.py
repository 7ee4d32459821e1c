"""Writing a checked import: one transaction, bulk inserts, ledger entries of kind *import*.

The rows are checked again inside the write transaction, against the database as it is
then, so a file that became invalid since its preview (a number taken meanwhile) writes
nothing. No inventory or payment is recorded: imported memberships are not sales.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

from desk.core.dates import utc_now
from desk.core.ids import new_id
from desk.core.ledger import EntryKind, LedgerEntry, Stamp, new_entry
from desk.core.membership_types import OVERALL_KEY, ValidityStart
from desk.core.memberships import Membership, Sale
from desk.core.names import name_key
from desk.importer.cell_checks import Chain, Row
from desk.importer.reader import Sheet
from desk.importer.validate import Plan, validate
from desk.store.bulk_sales import Copy
from desk.store.repos.memberships import SaleTerms
from desk.store.uow import UnitOfWork


def load_chain(uow: UnitOfWork, today: date) -> Chain:
    """Locations, types, client phones and taken codes, each in one query."""
    locations = {name_key(loc.name): loc for loc in uow.reference.locations()}
    types = {}
    for t in sorted(uow.types.all(), key=lambda t: not t.archived):  # active ones win
        types[name_key(t.name)] = t
    return Chain(today, locations, types, uow.reference.client_ids_by_phone(),
                 uow.memberships.code_keys())


def check_again(uow: UnitOfWork, sheet: Sheet, today: date) -> Plan:
    """The sheet checked against the database as this write transaction sees it."""
    return validate(sheet, load_chain(uow, today))


def write(uow: UnitOfWork, plan: Plan, stamp: Stamp) -> None:
    """Write every row of a valid plan; the caller commits the unit of work (or not: then
    nothing was written)."""
    assert plan.valid, "an import with errors writes nothing"
    # imported memberships are not sales: no storage, nothing paid
    terms = SaleTerms(storage_id=None, seller_id=stamp.user_id, sold_at=utc_now(),
                      amount_paid=Decimal(0), payment_method="import")
    uow.memberships.bulk_add(_copies(plan.rows, stamp), len(plan.rows), terms)


def _copies(rows: list[Row], stamp: Stamp) -> Iterator[Copy]:
    """Each row as a copy of its kind's membership. An imported membership's ledger and
    dates depend only on its type, place and dates (and whether it has an owner, whom its
    import entry names), which few distinct rows share; its code, owner and visits are
    the row's own. Each kind's membership is made once, by the rule below."""
    prototypes: dict[tuple, Membership] = {}
    for row in rows:
        kind = (row.type.id, row.location.id, row.sale_date, row.activation,
                row.valid_until, row.client_id is None)
        prototype = prototypes.get(kind)
        if prototype is None:
            prototype = prototypes[kind] = imported_membership(row, stamp)
        yield Copy(prototype, row.code, row.client_id, row.remaining)


def imported_membership(row: Row, stamp: Stamp) -> Membership:
    """The membership a valid row becomes: its import entry, and its activation if any."""
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
