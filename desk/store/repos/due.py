"""Due work: which memberships need it, the keys that make it happen once, renewal charges."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk.core.errors import DeskError, NotFound
from desk.core.ids import new_id
from desk.core.ledger import EntryKind
from desk.store import schema as s


@dataclass(frozen=True)
class ChargeRow:
    """A charge due as the desk lists it: a renewal's or a freeze fee (``kind``)."""

    id: str
    membership_id: str
    code: str | None
    client: str
    type_name: str
    amount: Decimal
    due_on: date
    status: str
    paid_at: datetime | None
    kind: str = "renewal"


HOME_KINDS = (EntryKind.SALE.value, EntryKind.IMPORT.value)


def homed_at(devices: Sequence[str]):
    """SQL: the membership was sold or imported on one of ``devices`` (its home desk: this
    desk's device, now or before)."""
    E = s.LedgerEntry
    return exists().where(E.membership_id == s.Membership.id, E.kind.in_(HOME_KINDS),
                          E.device_id.in_(list(devices)))


class DueRepo:
    def __init__(self, session: Session) -> None:
        self.session = session

    # keys -----------------------------------------------------------------------------------
    def once(self, key: str, at: datetime) -> bool:
        """Claim ``key`` for this transaction; False if it was done already (by anyone).

        Runs in a savepoint, so a duplicate (another desk got there first) undoes nothing
        else of the transaction; the caller skips the work when this returns False.
        """
        if self.session.get(s.DueWorkDone, key) is not None:
            return False
        try:
            with self.session.begin_nested():
                self.session.add(s.DueWorkDone(key=key, done_at=at))
        except IntegrityError:
            return False
        return True

    # candidates (each only among the memberships ``devices`` are the home desk of) ----
    def due_for_activation(self, day: date, devices: Sequence[str]) -> list[str]:
        """Issued memberships whose automatic activation date has come by ``day``."""
        M, E, T = s.Membership, s.LedgerEntry, s.MembershipType
        activated = exists().where(E.membership_id == M.id,
                                   E.kind == EntryKind.ACTIVATION.value)
        auto = select(T.id).where(T.auto_activate_days.is_not(None))
        return list(self.session.scalars(select(M.id).where(
            M.activated_on <= day, ~activated, M.type_id.in_(auto), homed_at(devices))
            .order_by(M.activated_on, M.id)))

    def lapsed_with_visits(self, today: date, devices: Sequence[str]) -> list[str]:
        """Memberships whose expiry has come with visits left and no write-off for it yet."""
        M, E = s.Membership, s.LedgerEntry
        written = exists().where(E.membership_id == M.id,
                                 E.kind == EntryKind.EXPIRY_WRITEOFF.value, E.on == M.expires_on)
        return list(self.session.scalars(select(M.id).where(
            M.expires_on <= today, M.remaining > 0, ~written, homed_at(devices))
            .order_by(M.expires_on, M.id)))

    def renewing_at_or_before(self, today: date, devices: Sequence[str]) -> list[str]:
        """Memberships of auto-renewing types whose period ended by ``today``, not cancelled."""
        M, T = s.Membership, s.MembershipType
        cancelled = select(s.RenewalCancellation.membership_id)
        return list(self.session.scalars(select(M.id).join(T, T.id == M.type_id).where(
            T.auto_renew.is_(True), M.expires_on <= today, M.id.not_in(cancelled),
            homed_at(devices)).order_by(M.expires_on, M.id)))

    def longest_notice(self, kind: str) -> int | None:
        """The largest threshold of enabled notices of ``kind`` (0 if none), or None when
        no type has any notice enabled."""
        N = s.MembershipTypeNotice
        if self.session.scalar(select(N.type_id).where(N.enabled.is_(True)).limit(1)) is None:
            return None
        return self.session.scalar(select(func.max(N.threshold)).where(
            N.enabled.is_(True), N.kind == kind)) or 0

    def with_notices_due(self, today: date, since: date, horizon: date,
                         devices: Sequence[str]) -> list[str]:
        """Memberships of types with notices that may be due: a deduction since ``since``,
        or an expiry between ``today`` and ``horizon``."""
        M, E, N = s.Membership, s.LedgerEntry, s.MembershipTypeNotice
        noticed = select(N.type_id).where(N.enabled.is_(True))
        deducted = select(E.membership_id).where(
            E.kind.in_([EntryKind.PAYMENT.value, EntryKind.AUTO_DEDUCTION.value]), E.on >= since)
        expiring = (M.expires_on > today) & (M.expires_on <= horizon)
        return list(self.session.scalars(select(M.id).where(
            M.type_id.in_(noticed), M.id.in_(deducted) | expiring, homed_at(devices))
            .order_by(M.id)))

    # renewal cancellation -----------------------------------------------------------------
    def renewal_cancelled(self, membership_id: str) -> bool:
        return self.session.get(s.RenewalCancellation, membership_id) is not None

    def cancel_renewal(self, membership_id: str, user_id: str | None, at: datetime) -> bool:
        """Record the cancellation; False if it was cancelled already."""
        if self.renewal_cancelled(membership_id):
            return False
        self.session.add(s.RenewalCancellation(membership_id=membership_id, cancelled_at=at,
                                               user_id=user_id))
        self.session.flush()
        return True

    # renewal charges ----------------------------------------------------------------------
    def add_charge(self, membership_id: str, client_id: str | None, amount: Decimal,
                   due_on: date, at: datetime, *, kind: str = "renewal",
                   ref_id: str | None = None) -> None:
        self.session.add(s.PaymentDue(id=new_id(), membership_id=membership_id,
                                      client_id=client_id, amount=amount, due_on=due_on,
                                      status="due", created_at=at, kind=kind, ref_id=ref_id))
        self.session.flush()

    def charges(self, status: str | None = None) -> list[ChargeRow]:
        P, M, C, T = s.PaymentDue, s.Membership, s.Client, s.MembershipType
        query = (select(P, M.code, C.name, T.name).join(M, M.id == P.membership_id)
                 .join(T, T.id == M.type_id).outerjoin(C, C.id == P.client_id)
                 .order_by(P.due_on, P.id))
        if status:
            query = query.where(P.status == status)
        return [ChargeRow(p.id, p.membership_id, code, client or "", type_name, p.amount,
                          p.due_on, p.status, p.paid_at, p.kind)
                for p, code, client, type_name in self.session.execute(query)]

    def mark_paid(self, charge_id: str, user_id: str | None, at: datetime) -> None:
        """Mark a due charge paid; refuses one already paid (two desks, one charge)."""
        if self.session.get(s.PaymentDue, charge_id) is None:
            raise NotFound("charge_unknown", f"There is no payment due {charge_id!r}.",
                           value=charge_id, hint="Refresh the list of payments due.")
        done = self.session.execute(update(s.PaymentDue).where(
            s.PaymentDue.id == charge_id, s.PaymentDue.status == "due").values(
            status="paid", paid_at=at, paid_by=user_id)).rowcount
        if not done:
            raise DeskError("charge_already_paid", "This payment was already marked paid.",
                            value=charge_id, hint="Refresh the list of payments due.")
