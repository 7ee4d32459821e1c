"""Sold memberships: the sale row, the ledger, and the cache derived from the ledger."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, delete, insert, literal_column, or_, select
from sqlalchemy.orm import Session

from desk.core.codes import code_key
from desk.core.errors import NotFound
from desk.core.ledger import EntryKind, LedgerEntry, Stamp
from desk.core.membership_types import OVERALL_KEY, BalanceMode
from desk.core.memberships import Membership, Sale
from desk.core.worth import redeemed
from desk.store import audit
from desk.store import schema as s
from desk.store.repos.types import TypeRepo

if TYPE_CHECKING:
    from desk.store.bulk_sales import Copy


@dataclass(frozen=True)
class SaleTerms:
    """How a membership was sold, beside its ``Sale``: from which storage, by whom, when,
    and what was paid how (an import: no storage, nothing paid)."""

    storage_id: str | None
    seller_id: str | None
    sold_at: datetime
    amount_paid: Decimal
    payment_method: str


class MembershipRepo:
    def __init__(self, session: Session, types: TypeRepo) -> None:
        self.session = session
        self.types = types
        # the rows read in this unit of work, held so that refreshing a cache finds its row
        # in the session (which keeps unchanged rows only as long as someone refers to them)
        self._rows: dict[str, s.Membership] = {}

    # reading ------------------------------------------------------------------------------
    def get(self, membership_id: str) -> Membership:
        row = self.session.get(s.Membership, membership_id)
        if row is None:
            raise NotFound("membership_unknown", f"No membership {membership_id}.",
                           value=membership_id, hint="Check the number or code.")
        return self._load(row)

    def rederive(self, membership_ids: list[str]) -> None:
        """Refresh the cached columns (and split balances) of these memberships from their
        ledgers (after sync wrote entries in bulk); ``NotFound`` when one of them, or its
        type, is not in the database."""
        from desk.store import ledger_reads  # (it builds on this module's cache mapping)

        ledger_reads.rederive(self.session, self.types, membership_ids)

    def get_many(self, membership_ids: Sequence[str]) -> list[Membership]:
        """The memberships with these ids (those that exist), in a fixed number of queries."""
        return self._load_many(self.session.scalars(select(s.Membership).where(
            s.Membership.id.in_(list(membership_ids)))).all())

    def by_id_or_code(self, ref: str) -> Membership:
        """A membership by its id or its code (trimmed, case-insensitive)."""
        row = self.session.get(s.Membership, ref.strip()) or self.session.scalars(
            select(s.Membership).where(s.Membership.code_key == code_key(ref))).first()
        if row is None:
            raise NotFound("membership_unknown", f"There is no membership {ref!r}.", value=ref,
                           hint="Check the code; codes are not case-sensitive.")
        return self._load(row)

    def code_keys(self) -> set[str]:
        """Every membership code in use (as ``code_key``), in one query (for an import)."""
        return set(self.session.scalars(select(s.Membership.code_key).where(
            s.Membership.code_key.is_not(None))))

    def code_taken(self, key: str) -> bool:
        return self.session.scalar(
            select(s.Membership.id).where(s.Membership.code_key == key).limit(1)) is not None

    def find_codes(self, key: str, limit: int = 50) -> list[tuple[str, str, str | None]]:
        """(id, code, owner id) of the memberships whose code starts with ``key`` (a
        ``code_key``), then those whose code's part after its first sign starts with it
        ("2003" finds LEG-2003): each a range on its index, then the rows by their keys."""
        M = s.Membership
        tail = literal_column(s.CODE_TAIL)
        keys: list[str] = []
        for part in (M.code_key, tail):
            keys += [k for k in self.session.scalars(
                select(M.code_key).where(part >= key, part < key + "\uffff")
                .order_by(part).limit(limit)) if k not in keys]
            if len(keys) >= limit:
                break
        keys = keys[:limit]
        if not keys:
            return []
        rows = {k: (i, c, o) for k, i, c, o in self.session.execute(
            select(M.code_key, M.id, M.code, M.owner_id).where(M.code_key.in_(keys)))}
        return [rows[k] for k in keys if k in rows]

    def for_client(self, client_id: str) -> list[Membership]:
        return self.for_clients([client_id])

    def for_clients(self, client_ids: Iterable[str]) -> list[Membership]:
        """The memberships these clients own, were sold or were ever shared (SPEC §3.11),
        in a fixed number of queries however many clients (a day sheet's bookings)."""
        ids = list(client_ids)
        E = s.LedgerEntry
        shared = select(E.membership_id).where(E.kind == EntryKind.SHARE.value,
                                               E.client_id.in_(ids))
        rows = self.session.scalars(select(s.Membership).where(
            or_(s.Membership.owner_id.in_(ids), s.Membership.client_id.in_(ids),
                s.Membership.id.in_(shared)))).all()
        return self._load_many(rows)

    def all_in_sale_order(self) -> list[Membership]:
        """Every membership, oldest sale first (for lists and exports)."""
        return self._load_many(self.session.scalars(select(s.Membership).order_by(
            s.Membership.sold_on, s.Membership.code, s.Membership.id)).all())

    def with_payment(self, payment_id: str) -> Membership:
        membership_id = self.session.scalar(select(s.LedgerEntry.membership_id).where(
            s.LedgerEntry.id == payment_id, s.LedgerEntry.kind == EntryKind.PAYMENT.value))
        if membership_id is None:
            raise NotFound("payment_not_found", f"There is no payment {payment_id!r}.",
                           value=payment_id, hint="Check the payment number.")
        return self.get(membership_id)

    def _load(self, row: s.Membership) -> Membership:
        return self._load_many([row])[0]

    def _load_many(self, rows: Sequence[s.Membership]) -> list[Membership]:
        """The memberships of ``rows`` with their types and ledgers, in a fixed number of
        queries however many there are (a client may hold dozens)."""
        if not rows:
            return []
        self._rows.update((r.id, r) for r in rows)
        types = self.types.get_many(r.type_id for r in rows)
        entries: dict[str, list[LedgerEntry]] = {r.id: [] for r in rows}
        ledger = s.LedgerEntry.__table__  # plain rows: no ORM identity bookkeeping to pay for
        for e in self.session.execute(select(ledger).where(
                ledger.c.membership_id.in_(list(entries))).order_by(
                ledger.c.membership_id, ledger.c.seq, ledger.c.recorded_at, ledger.c.id)):
            entries[e.membership_id].append(_entry(e))
        return [Membership(Sale(r.id, r.type_id, r.code, r.client_id, r.location_id, r.sold_on,
                                r.price, r.imported), types[r.type_id], tuple(entries[r.id]))
                for r in rows]

    # writing ------------------------------------------------------------------------------
    def add(self, sale: Sale, terms: SaleTerms) -> None:
        """A new sale's row; its cache is set by the first ``append`` of its ledger."""
        unsold = {"remaining": 0, "owner_id": sale.client_id}
        self.session.add(s.Membership(**membership_row(sale, terms, unsold)))
        self.session.flush()

    def bulk_add(self, copies: Iterable[Copy], count: int, terms: SaleTerms) -> int:
        """Write ``count`` new memberships at once (an import), each a ``Copy`` of a
        prototype membership with its own code, owner and visits: their rows, their
        ledgers chained in the audit trail, their sync versions. Only memberships of
        overall types: there are no per-service balances to write. ``copies`` is read
        once, so a generator keeps only a batch of rows in memory."""
        from desk.store.bulk_sales import add_copies  # (it builds on this module's rows)

        return add_copies(self.session, copies, count, terms)

    def append(self, m: Membership, new: list[LedgerEntry]) -> Membership:
        """Append entries after the existing ones and refresh the cache; returns the result."""
        start = len(m.entries)
        if new:
            rows = [entry_row(e, start + i) for i, e in enumerate(new)]
            audit.link(self.session, audit.LEDGER, rows)
            self.session.execute(insert(s.LedgerEntry), rows)
        updated = Membership(m.sale, m.type, m.entries + tuple(new))
        self.refresh_cache(updated)
        return updated

    def refresh_cache(self, m: Membership) -> None:
        row = self._rows.get(m.id) or self.session.get(s.Membership, m.id)
        for column, value in cache_values(m).items():
            setattr(row, column, value)
        self.session.execute(delete(s.MembershipBalance).where(
            s.MembershipBalance.membership_id == m.id))
        rows = balance_rows(m)
        if rows:
            self.session.execute(insert(s.MembershipBalance), rows)

    def cached_balances(self, membership_id: str) -> dict[str, int]:
        """The balances as cached: per service for split, ``{"*": remaining}`` for overall."""
        split = dict(self.session.execute(
            select(s.MembershipBalance.balance_key, s.MembershipBalance.remaining)
            .where(s.MembershipBalance.membership_id == membership_id)).all())
        if split:
            return split
        remaining = self.session.scalar(
            select(s.Membership.remaining).where(s.Membership.id == membership_id))
        return {OVERALL_KEY: remaining}


def membership_row(sale: Sale, terms: SaleTerms, cached: Mapping[str, Any]) -> dict:
    """The one mapping of a sold membership to its ``memberships`` row: the sale, how it was
    sold, and the cached columns (as ``cache_values`` names them)."""
    return {
        "id": sale.id, "code": sale.code, "code_key": code_key(sale.code) if sale.code else None,
        "type_id": sale.type_id, "client_id": sale.client_id, "location_id": sale.location_id,
        "sold_on": sale.sold_on, "price": sale.price, "imported": sale.imported,
        "storage_id": terms.storage_id, "seller_id": terms.seller_id, "sold_at": terms.sold_at,
        "amount_paid": terms.amount_paid, "payment_method": terms.payment_method, **cached,
    }


def balance_rows(m: Membership) -> list[dict]:
    """Cached per-service balances: split memberships only. An overall membership's one
    balance is ``memberships.remaining``, so a second copy would only cost writes."""
    if m.type.balance_mode is not BalanceMode.SPLIT:
        return []
    return [{"membership_id": m.id, "balance_key": k, "remaining": v}
            for k, v in sorted(m.balances.items())]


def cache_values(m: Membership) -> dict:
    """The cached columns of ``memberships``, as the ledger derives them."""
    # the latest freeze; of two begun on one day (unfrozen, then frozen again) the later one
    last_freeze = max(reversed(m.state.freezes), key=lambda f: f.start, default=None)
    return {
        "remaining": m.remaining, "activated_on": m.activation_date, "expires_on": m.expiry,
        "owner_id": m.owner_id,
        "frozen_from": last_freeze.start if last_freeze else None,
        "frozen_until": last_freeze.end if last_freeze else None,
        "debited": redeemed(m),
    }


def entry_row(e: LedgerEntry, seq: int) -> dict:
    return {
        "id": e.id, "membership_id": e.membership_id, "seq": seq, "kind": e.kind.value,
        "on": e.on, "visits": e.visits, "deltas": dict(e.deltas), "service_id": e.service_id,
        "client_id": e.client_id, "ref_id": e.ref_id, "date_value": e.date_value,
        "amount": e.amount, "reason": e.reason, "user_id": e.stamp.user_id,
        "location_id": e.stamp.location_id, "device_id": e.stamp.device_id,
        "recorded_at": e.stamp.recorded_at,
    }


def _entry(row: s.LedgerEntry | Row) -> LedgerEntry:
    stamp = Stamp(row.user_id, row.location_id, row.device_id, row.recorded_at)
    return LedgerEntry(
        id=row.id, membership_id=row.membership_id, kind=EntryKind(row.kind), on=row.on,
        stamp=stamp, deltas=row.deltas, service_id=row.service_id, client_id=row.client_id,
        ref_id=row.ref_id, date_value=row.date_value, amount=row.amount, reason=row.reason)
