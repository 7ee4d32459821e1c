"""The tables. UUID text keys everywhere (rows are made on desks and merged later)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import ForeignKey, Index, MetaData, String, UniqueConstraint, false, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from desk.store.columns import Deltas, MoneyCents, UTCDateTime

Id = String(36)
# the part of a membership's ``code_key`` after its first sign (- _ . /), or all of a code
# with none; an index and the queries on it spell it alike (SQLite matches the expression)
CODE_TAIL = ("substr(code_key, instr(replace(replace(replace(code_key, '/', '-'), '.', '-'), "
             "'_', '-'), '-') + 1)")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar = {Decimal: MoneyCents(), datetime: UTCDateTime(), dict: Deltas()}


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str]
    # a credential kept here only when the OS keyring has no usable backend; never shown
    secret: Mapped[bool] = mapped_column(default=False, server_default=false())


class Chain(Base):
    __tablename__ = "chains"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str]
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    freeze_reasons: Mapped[str] = mapped_column(server_default="")  # one per line


class Location(Base):
    __tablename__ = "locations"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str]
    name_key: Mapped[str] = mapped_column(unique=True)
    phone_region: Mapped[str] = mapped_column(String(2), default="US")
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")


class Storage(Base):
    __tablename__ = "storages"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"), index=True)
    name: Mapped[str]
    for_sales: Mapped[bool] = mapped_column(default=False)


class ServiceCategory(Base):
    __tablename__ = "service_categories"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str]


class Service(Base):
    __tablename__ = "services"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("service_categories.id"), index=True)
    name: Mapped[str]
    name_key: Mapped[str] = mapped_column(unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    duration_min: Mapped[int]
    price: Mapped[Decimal]
    online_prepayment: Mapped[bool] = mapped_column(default=False)
    online_membership_required: Mapped[bool] = mapped_column(default=False)
    auto_deduct: Mapped[bool] = mapped_column(default=False)
    free_cancel_hours: Mapped[int] = mapped_column(default=0)


class Client(Base):
    __tablename__ = "clients"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str]
    name_key: Mapped[str] = mapped_column(index=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    email: Mapped[str | None]
    notes: Mapped[str] = mapped_column(default="")
    # the name without case or accents (``desk.core.names.search_key``): searched by prefix
    # on its index; derived on each desk, never synced
    search_key: Mapped[str] = mapped_column(index=True, server_default="")


class ClientNameWord(Base):
    """A client's search key from each later word of the name on ("diaz lopez", "lopez" for
    Carla Díaz López), so a surname's start is found on an index as the first name's is.
    Derived on each desk from ``clients.name``, never synced."""

    __tablename__ = "client_name_words"
    word: Mapped[str] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True, index=True)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    username: Mapped[str] = mapped_column(unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str]
    must_change_password: Mapped[bool] = mapped_column(default=False)


class ProductCategory(Base):
    __tablename__ = "product_categories"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)


class Product(Base):
    __tablename__ = "products"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    category_id: Mapped[str] = mapped_column(ForeignKey("product_categories.id"), index=True)
    name: Mapped[str]
    price: Mapped[Decimal]
    membership_type_id: Mapped[str | None] = mapped_column(ForeignKey("membership_types.id"),
                                                           unique=True)


class MembershipType(Base):
    __tablename__ = "membership_types"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    name: Mapped[str]
    name_key: Mapped[str] = mapped_column(index=True)
    balance_mode: Mapped[str] = mapped_column(String(16))
    price: Mapped[Decimal]
    validity_amount: Mapped[int]
    validity_unit: Mapped[str] = mapped_column(String(8))
    validity_start: Mapped[str] = mapped_column(String(16))
    auto_activate_days: Mapped[int | None]
    freeze_limit_amount: Mapped[int | None]
    freeze_limit_unit: Mapped[str | None] = mapped_column(String(8))
    book_while_frozen: Mapped[bool] = mapped_column(default=True)
    sale_without_code: Mapped[bool] = mapped_column(default=False)
    recalculate_cost: Mapped[bool] = mapped_column(default=False)
    edit_policy: Mapped[str] = mapped_column(String(32))
    online_sale: Mapped[bool] = mapped_column(default=False)
    archived: Mapped[bool] = mapped_column(default=False)
    auto_renew: Mapped[bool] = mapped_column(default=False, server_default=false())
    # visit limits (SPEC §3.10): at most this many visits a day/week/month; NULL = no cap
    visits_per_day: Mapped[int | None]
    visits_per_week: Mapped[int | None]
    visits_per_month: Mapped[int | None]
    # freeze policy (SPEC §3.5): each bound NULL = none; fee 0 = none
    freeze_min_days: Mapped[int | None]
    freeze_max_days: Mapped[int | None]
    freeze_max_count: Mapped[int | None]
    freeze_fee: Mapped[Decimal] = mapped_column(server_default="0")
    freeze_reason_required: Mapped[bool] = mapped_column(server_default=false())
    # who may give a sold one to another client; how many others may share one (SPEC §3.11)
    transferable: Mapped[str] = mapped_column(String(16), server_default="managers")
    share_limit: Mapped[int] = mapped_column(server_default="0")


class MembershipTypeService(Base):
    """A service a type pays."""

    __tablename__ = "membership_type_services"
    type_id: Mapped[str] = mapped_column(ForeignKey("membership_types.id"), primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("services.id"), primary_key=True)


class MembershipTypeVisits(Base):
    """The visits of a type by balance key (``*`` for overall, a service id for split)."""

    __tablename__ = "membership_type_visits"
    type_id: Mapped[str] = mapped_column(ForeignKey("membership_types.id"), primary_key=True)
    balance_key: Mapped[str] = mapped_column(String(36), primary_key=True)
    visits: Mapped[int]


class MembershipTypeLocation(Base):
    __tablename__ = "membership_type_locations"
    type_id: Mapped[str] = mapped_column(ForeignKey("membership_types.id"), primary_key=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"), primary_key=True)


class Membership(Base):
    """A sold membership: the sale's facts plus a cache derived from its ledger.

    The cache columns (``remaining`` ... ``debited``, ``owner_id``) are always
    re-derivable from ``ledger_entries``; they exist so lists and reports run in SQL.
    """

    __tablename__ = "memberships"
    # a code's part after its first sign ("2003" of LEG-2003), searched by its start
    __table_args__ = (Index("ix_memberships_code_tail", text(CODE_TAIL)),)
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    code: Mapped[str | None]
    code_key: Mapped[str | None] = mapped_column(index=True)
    type_id: Mapped[str] = mapped_column(ForeignKey("membership_types.id"), index=True)
    client_id: Mapped[str | None] = mapped_column(ForeignKey("clients.id"), index=True)
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"), index=True)
    storage_id: Mapped[str | None] = mapped_column(ForeignKey("storages.id"))
    seller_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    sold_on: Mapped[date] = mapped_column(index=True)
    sold_at: Mapped[datetime]
    price: Mapped[Decimal]
    amount_paid: Mapped[Decimal]
    payment_method: Mapped[str] = mapped_column(String(32), default="cash")
    imported: Mapped[bool] = mapped_column(default=False)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("clients.id"), index=True)
    remaining: Mapped[int]
    activated_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)
    frozen_from: Mapped[date | None]
    frozen_until: Mapped[date | None]
    # what its paid visits released, less undone ones (the report's "amount debited")
    debited: Mapped[Decimal] = mapped_column(server_default="0")


class MembershipBalance(Base):
    """Cached per-service balances of split memberships (overall: ``memberships.remaining``)."""

    __tablename__ = "membership_balances"
    membership_id: Mapped[str] = mapped_column(ForeignKey("memberships.id"), primary_key=True)
    balance_key: Mapped[str] = mapped_column(String(36), primary_key=True)
    remaining: Mapped[int]


class LedgerEntry(Base):
    """Append-only. ``seq`` orders a membership's entries; ties break on time, then id."""

    __tablename__ = "ledger_entries"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    membership_id: Mapped[str] = mapped_column(ForeignKey("memberships.id"))
    seq: Mapped[int]
    kind: Mapped[str] = mapped_column(String(24))
    on: Mapped[date]
    visits: Mapped[int]
    deltas: Mapped[dict]
    service_id: Mapped[str | None] = mapped_column(ForeignKey("services.id"))
    client_id: Mapped[str | None] = mapped_column(ForeignKey("clients.id"))
    ref_id: Mapped[str | None] = mapped_column(Id, index=True)
    date_value: Mapped[date | None]
    amount: Mapped[Decimal | None]
    reason: Mapped[str] = mapped_column(default="")
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    location_id: Mapped[str | None] = mapped_column(ForeignKey("locations.id"))
    device_id: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[datetime]
    # its place in its device's hash chain (desk.store.audit)
    chain_seq: Mapped[int | None]
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_ledger_membership_seq", "membership_id", "seq"),
        Index("ix_ledger_kind_on", "kind", "on"),
    )


class Visit(Base):
    """A client's visit of a service; paid when a payment entry refers to it."""

    __tablename__ = "visits"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("services.id"))
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"))
    on: Mapped[date]
    booking_id: Mapped[str | None] = mapped_column(ForeignKey("bookings.id"))
    recorded_at: Mapped[datetime]


class Booking(Base):
    """One service of a booking; ``group_id`` ties the services booked together."""

    __tablename__ = "bookings"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    group_id: Mapped[str] = mapped_column(Id, index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("clients.id"), index=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("services.id"))
    location_id: Mapped[str] = mapped_column(ForeignKey("locations.id"))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(16), default="booked")
    cancelled_at: Mapped[datetime | None]
    membership_id: Mapped[str | None] = mapped_column(ForeignKey("memberships.id"), index=True)
    auto_deduction: Mapped[str] = mapped_column(String(16), default="undecided")
    created_at: Mapped[datetime]


class MembershipTypeNotice(Base):
    """A notification a type sends (SPEC §6): ``kind`` is before_expiry (``threshold`` days
    before), visits_left (when ``threshold`` visits remain) or each_deduction."""

    __tablename__ = "membership_type_notices"
    type_id: Mapped[str] = mapped_column(ForeignKey("membership_types.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    enabled: Mapped[bool] = mapped_column(default=False)
    threshold: Mapped[int | None]
    template: Mapped[str] = mapped_column(String(255), default="")


class OutboxMessage(Base):
    """A message to a client. ``key`` (membership, kind, trigger) makes it exist once in the
    chain; ``claimed_until`` is how long the desk sending it holds it, so it is sent once."""

    __tablename__ = "outbox"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    membership_id: Mapped[str] = mapped_column(ForeignKey("memberships.id"), index=True)
    client_id: Mapped[str | None] = mapped_column(ForeignKey("clients.id"))
    kind: Mapped[str] = mapped_column(String(16))
    body: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(String(8), index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    next_try_at: Mapped[datetime | None]
    claimed_until: Mapped[datetime | None]
    last_error: Mapped[str] = mapped_column(default="")
    channel: Mapped[str | None] = mapped_column(String(8))
    recipient: Mapped[str | None]
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]


class PaymentDue(Base):
    """A charge waiting to be taken at the desk: a renewal's (SPEC §3.9), one per period, or a
    freeze's fee (§3.5; ``ref_id`` is the freeze entry)."""

    __tablename__ = "payments_due"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    membership_id: Mapped[str] = mapped_column(ForeignKey("memberships.id"), index=True)
    client_id: Mapped[str | None] = mapped_column(ForeignKey("clients.id"))
    amount: Mapped[Decimal]
    due_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(8), default="due", index=True)
    paid_at: Mapped[datetime | None]
    paid_by: Mapped[str | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(16), server_default="renewal")
    ref_id: Mapped[str | None] = mapped_column(Id)

    __table_args__ = (UniqueConstraint("membership_id", "due_on", "kind",
                                       name="uq_payments_due_membership_day"),)


class RenewalCancellation(Base):
    """A membership whose auto-renewal was cancelled: its current period runs to its end."""

    __tablename__ = "renewal_cancellations"
    membership_id: Mapped[str] = mapped_column(ForeignKey("memberships.id"), primary_key=True)
    cancelled_at: Mapped[datetime]
    user_id: Mapped[str | None] = mapped_column(ForeignKey("users.id"))


class DueWorkDone(Base):
    """One row per piece of due work done (an expiry write-off, a renewal): the primary key
    stops a second desk or a second run from doing it again."""

    __tablename__ = "due_work_done"
    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    done_at: Mapped[datetime]


class LiabilityDay(Base):
    """A cache of the ledger for the liability roll-forward: per location of sale, type and
    day, the sum of the entries' money flows of a kind (sale, import, redeem, edit) or of what
    lapsed that day (lapse). Kept up to date by desk/reports/liability_days.py; never synced."""

    __tablename__ = "liability_days"
    location_id: Mapped[str] = mapped_column(Id, primary_key=True)
    type_id: Mapped[str] = mapped_column(Id, primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    cents: Mapped[int]


class LiabilityMember(Base):
    """The lapse day each membership was last counted in ``liability_days`` with, so that
    recounting it can take back exactly what was added."""

    __tablename__ = "liability_members"
    membership_id: Mapped[str] = mapped_column(Id, primary_key=True)
    lapse_on: Mapped[date]


# the audit trail's and chain sync's tables, in their own modules (one metadata)
from desk.store.schema_audit import AdminChange, AuditHead  # noqa: E402, F401
from desk.store.schema_sync import RowClash, RowVersion, SyncClock, SyncOutbox  # noqa: E402, F401
