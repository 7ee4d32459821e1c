"""Random sequences of sell / pay / undo / freeze / unfreeze / edit / auto-activate / share /
transfer / close a location / reopen it / refund keep the ledger's invariants (SPEC §3).

The machine keeps its own small model of every membership — the balances it expects, the
visits that stand, the freezes, an explicit expiry — and after every step compares what the
core derives from the ledger with what the model computes independently (dateutil for the
calendar). Each refusal is checked too: the model predicts the exact refusal code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from desk.core import closures, corrections, operations, sharing
from desk.core.closures import Closure
from desk.core.dates import Period, PeriodUnit
from desk.core.errors import DeskError
from desk.core.freeze_policy import FreezePolicy
from desk.core.ledger import EntryKind, LedgerEntry
from desk.core.membership_types import (
    BalanceMode,
    EditPolicy,
    MembershipType,
    Transferable,
    ValidityStart,
)
from desk.core.memberships import Membership, Sale, Status
from desk.core.visit_limits import VisitLimits
from tests.core.builders import (
    AIRPORT,
    ALICE,
    BOB,
    CLASSIC,
    DOWNTOWN,
    LIST_PRICES,
    MANICURE,
    RIVERSIDE,
    SPORTS,
    YOGA,
    stamp,
)

OVERALL = MembershipType(
    id="overall", name="Massage 3", balance_mode=BalanceMode.OVERALL,
    service_ids=frozenset({CLASSIC, SPORTS}), visits={"*": 3}, price=Decimal("100.00"),
    validity=Period(1, PeriodUnit.MONTH), validity_start=ValidityStart.FIRST_VISIT,
    auto_activate_days=20, freeze_limit=Period(12, PeriodUnit.DAY), sale_without_code=True,
    recalculate_cost=True, edit_policy=EditPolicy.ALL_LOCATIONS,
    location_ids=frozenset({DOWNTOWN, RIVERSIDE}), visit_limits=VisitLimits(per_day=2),
    share_limit=1, transferable=Transferable.RECEPTION,
    freeze_policy=FreezePolicy(min_days=2, max_days=10, max_count=3, fee=Decimal("5.00"),
                               reason_required=True),
)
SPLIT = MembershipType(
    id="split", name="Nails split", balance_mode=BalanceMode.SPLIT,
    service_ids=frozenset({MANICURE, CLASSIC}), visits={MANICURE: 2, CLASSIC: 1},
    price=Decimal("250.00"), validity=Period(2, PeriodUnit.MONTH),
    freeze_limit=Period(1, PeriodUnit.MONTH), recalculate_cost=True,
    edit_policy=EditPolicy.SELLING_LOCATION_ONLY, location_ids=frozenset({DOWNTOWN, RIVERSIDE}),
)
TYPES = {"overall": OVERALL, "split": SPLIT}
# the model's own calendar, written independently of the types' Period objects
VALIDITY = {"overall": relativedelta(months=1), "split": relativedelta(months=2)}
FREEZE_LIMIT = {"overall": relativedelta(days=12), "split": relativedelta(months=1)}
AUTO_DAYS = {"overall": 20, "split": None}

SERVICES = st.sampled_from([CLASSIC, SPORTS, MANICURE, YOGA])
LOCATIONS = st.sampled_from([DOWNTOWN, RIVERSIDE, AIRPORT])
CLIENTS = st.sampled_from([ALICE, BOB])
ADVANCE = st.integers(min_value=0, max_value=3)
REASONS = ("Illness", "Travel", "Other")  # the chain's freeze reasons
TRANSFER_REFUSED = (Status.EXPIRED, Status.REFUNDED)
PICK = st.integers(min_value=0, max_value=7)


@dataclass
class FreezeRecord:
    start: date
    until: date
    ended_on: date | None = None
    after_expiry_edit: bool = False
    closure: str | None = None  # a location's closure, not the client, froze it

    @property
    def end(self) -> date:
        return self.ended_on if self.ended_on is not None else self.until

    @property
    def days(self) -> int:
        return (self.end - self.start).days


@dataclass
class Payment:
    id: str
    day: date
    key: str
    client: str
    undone: bool = False


@dataclass
class Tracked:
    """The model of one membership, kept by the test alongside its ledger."""

    kind: str
    sale: Sale
    entries: tuple[LedgerEntry, ...]
    balances: dict[str, int]
    payments: list[Payment] = field(default_factory=list)
    freezes: list[FreezeRecord] = field(default_factory=list)
    expiry_edit: date | None = None
    balance_edited: bool = False
    transferred_to: str | None = None
    shared: set[str] = field(default_factory=set)
    refunded_on: date | None = None

    @property
    def type(self) -> MembershipType:
        return TYPES[self.kind]

    @property
    def membership(self) -> Membership:
        return Membership(self.sale, self.type, self.entries)

    def key(self, service: str) -> str:
        return "*" if self.kind == "overall" else service

    def standing(self) -> list[Payment]:
        return [p for p in self.payments if not p.undone]

    def owner(self) -> str | None:
        if self.transferred_to is not None:
            return self.transferred_to
        standing = self.standing()
        return self.sale.client_id or (standing[0].client if standing else None)

    def may_use(self, client: str) -> bool:
        owner = self.owner()
        return owner is None or client == owner or client in self.shared

    def own_freezes(self) -> list[FreezeRecord]:
        return [f for f in self.freezes if f.closure is None]

    def activation(self) -> date | None:
        if self.type.validity_start is ValidityStart.SALE:
            return self.sale.sold_on
        auto = AUTO_DAYS[self.kind]
        candidates = [p.day for p in self.standing()]
        if auto is not None:
            candidates.append(self.sale.sold_on + timedelta(days=auto))
        return min(candidates, default=None)

    def expiry(self, activation: date | None) -> date | None:
        if self.expiry_edit is not None:
            return self.expiry_edit + timedelta(
                days=sum(f.days for f in self.freezes if f.after_expiry_edit))
        if activation is None:
            return None
        return activation + VALIDITY[self.kind] + timedelta(days=self.frozen_days())

    def frozen_days(self) -> int:
        return sum(f.days for f in self.freezes)

    def freeze_limit_days(self, today: date) -> int:
        own = self.own_freezes()
        first = own[0].start if own else today
        return (first + FREEZE_LIMIT[self.kind] - first).days

    def frozen_on(self, day: date) -> bool:
        return any(f.start <= day < f.end for f in self.freezes)

    def status(self, day: date) -> Status:
        if self.refunded_on is not None and self.refunded_on <= day:
            return Status.REFUNDED
        activation = self.activation()
        expiry = self.expiry(activation)
        if all(v <= 0 for v in self.balances.values()):
            return Status.USED_UP
        if expiry is not None and day >= expiry:
            return Status.EXPIRED
        if self.frozen_on(day):
            return Status.FROZEN
        return Status.ACTIVE if activation is not None and activation <= day else Status.ISSUED


class MembershipLedger(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.today = date(2024, 1, 31)
        self.tracked: list[Tracked] = []
        self.seen: dict[str, tuple[LedgerEntry, ...]] = {}
        self.next_id = 0
        self.closures: list[str] = []

    def _new_id(self, prefix: str) -> str:
        self.next_id += 1
        return f"{prefix}{self.next_id}"

    def _pick(self, index: int) -> Tracked:
        return self.tracked[index % len(self.tracked)]

    def _attempt(self, expected: str | None, action):
        """Run ``action``; it must be refused with ``expected``, or succeed when None."""
        event(f"outcome: {expected or 'done'}")
        try:
            result = action()
        except DeskError as error:
            assert error.code == expected, f"refused {error.code!r}, model expected {expected!r}"
            return None
        assert expected is None, f"succeeded, model expected refusal {expected!r}"
        return result

    # -- rules ------------------------------------------------------------------------------

    @initialize()
    def sell_one_of_each(self) -> None:
        self.sell("overall", DOWNTOWN, code=False, client=ALICE, advance=0)
        self.sell("split", RIVERSIDE, code=True, client=None, advance=0)

    @rule(kind=st.sampled_from(sorted(TYPES)), location=LOCATIONS, code=st.booleans(),
          client=st.sampled_from([ALICE, BOB, None]), advance=ADVANCE)
    def sell(self, kind: str, location: str, code: bool, client: str | None,
             advance: int) -> None:
        self.today += timedelta(days=advance)
        if len(self.tracked) >= 4:
            return
        t = TYPES[kind]
        sale = Sale(id=self._new_id("m"), type_id=t.id, code=self._new_id("C-") if code else None,
                    client_id=client, location_id=location, sold_on=self.today, price=t.price)
        expected = ("location_not_valid" if location not in t.location_ids
                    else "code_required" if not code and not t.sale_without_code
                    else "client_required" if not code and client is None else None)
        entries = self._attempt(expected, lambda: operations.sell(sale, t, stamp(location)))
        if entries is not None:
            assert entries[0].deltas == dict(t.visits)
            self.tracked.append(Tracked(kind, sale, tuple(entries), dict(t.visits)))

    @rule(index=PICK, service=SERVICES, location=LOCATIONS, client=CLIENTS, advance=ADVANCE)
    def pay(self, index: int, service: str, location: str, client: str, advance: int) -> None:
        self.today += timedelta(days=advance)
        tr, day = self._pick(index), self.today
        expected = self._payment_refusal(tr, service, location, client)
        entries = self._attempt(expected, lambda: operations.pay(
            tr.membership, service_id=service, location_id=location, client_id=client, day=day,
            list_price=LIST_PRICES[service], visit_id=self._new_id("v"), stamp=stamp(location)))
        if entries is None:
            return
        payment, key = entries[0], tr.key(service)
        assert payment.kind is EntryKind.PAYMENT and payment.deltas == {key: -1}
        first_use = tr.type.validity_start is ValidityStart.FIRST_VISIT and (
            tr.activation() is None or tr.activation() > day)
        assert [e.kind for e in entries[1:]] == ([EntryKind.ACTIVATION] if first_use else [])
        tr.entries += tuple(entries)
        tr.balances[key] -= 1
        tr.payments.append(Payment(payment.id, day, key, client))
        assert min(tr.membership.balances.values()) >= 0, "a payment took a balance below 0"

    @rule(index=PICK, which=PICK, advance=ADVANCE)
    def pay_where_it_should_work(self, index: int, which: int, advance: int) -> None:
        """A visit of one of its services, at one of its locations, by its owner: this drives
        memberships into the deep states (used up, expired, all visits paid)."""
        tr = self._pick(index)
        services, locations = sorted(tr.type.service_ids), sorted(tr.type.location_ids)
        self.pay(index, services[which % len(services)], locations[which % len(locations)],
                 tr.owner() or ALICE, advance)

    def _payment_refusal(self, tr: Tracked, service: str, location: str,
                         client: str) -> str | None:
        day = self.today
        activation = tr.activation()
        if activation is None or activation > day:
            activation = day  # the timer would start with this visit
        if tr.refunded_on is not None:
            return "membership_refunded"
        if service not in tr.type.service_ids:
            return "service_not_included"
        if location not in tr.type.location_ids:
            return "location_not_valid"
        if not tr.may_use(client):
            return "not_membership_owner"
        if tr.balances.get(tr.key(service), 0) <= 0:
            return "membership_used_up"
        expiry = tr.expiry(activation)
        if expiry is not None and day >= expiry:
            return "membership_expired"
        if tr.frozen_on(day):
            return "membership_frozen"
        caps = tr.type.visit_limits.per_day
        if caps is not None and sum(p.day == day for p in tr.standing()) >= caps:
            return "visit_limit_reached"
        return None

    @rule(index=PICK, which=PICK, advance=ADVANCE)
    def undo(self, index: int, which: int, advance: int) -> None:
        tr = self._pick(index)
        if tr.payments:
            self._undo(tr, tr.payments[which % len(tr.payments)], advance)

    @rule(index=PICK, advance=ADVANCE)
    def undo_the_first_visit_that_stands(self, index: int, advance: int) -> None:
        """The visit that started the timer is the interesting one to take back."""
        tr = self._pick(index)
        if tr.standing():
            self._undo(tr, tr.standing()[0], advance)

    def _undo(self, tr: Tracked, p: Payment, advance: int) -> None:
        self.today += timedelta(days=advance)
        expected = ("membership_refunded" if tr.refunded_on is not None
                    else "payment_already_undone" if p.undone else None)
        entry = self._attempt(expected, lambda: operations.undo_payment(
            tr.membership, p.id, self.today, stamp()))
        if entry is not None:
            assert entry.kind is EntryKind.PAYMENT_UNDO and entry.deltas == {p.key: 1}
            tr.entries += (entry,)
            tr.balances[p.key] += 1
            p.undone = True

    @rule(index=PICK, length=st.integers(min_value=1, max_value=15), advance=ADVANCE,
          reason=st.sampled_from([*REASONS, "", "bogus"]))
    def freeze(self, index: int, length: int, advance: int, reason: str) -> None:
        self.today += timedelta(days=advance)
        tr, day = self._pick(index), self.today
        status = tr.status(day)
        left = tr.freeze_limit_days(day) - sum(f.days for f in tr.own_freezes())
        expected = ("membership_refunded" if tr.refunded_on is not None
                    else "membership_frozen" if status is Status.FROZEN
                    else "membership_not_active" if status is not Status.ACTIVE
                    else self._policy_refusal(tr, length, reason)
                    or ("freeze_limit_exceeded" if length > left else None))
        until = day + timedelta(days=length)
        entry = self._attempt(expected, lambda: operations.freeze(
            tr.membership, day=day, until=until, stamp=stamp(), reason=reason, reasons=REASONS))
        if entry is not None:
            fee = tr.type.freeze_policy.fee
            assert (entry.amount, entry.reason) == (fee or None, reason)
            tr.entries += (entry,)
            tr.freezes.append(FreezeRecord(day, until,
                                           after_expiry_edit=tr.expiry_edit is not None))

    @staticmethod
    def _policy_refusal(tr: Tracked, length: int, reason: str) -> str | None:
        policy = tr.type.freeze_policy
        if policy.min_days is not None and length < policy.min_days:
            return "freeze_too_short"
        if policy.max_days is not None and length > policy.max_days:
            return "freeze_too_long"
        if policy.max_count is not None and len(tr.own_freezes()) >= policy.max_count:
            return "freeze_count_exceeded"
        if not reason:
            return "freeze_reason_required" if policy.reason_required else None
        return None if reason in REASONS else "freeze_reason_unknown"

    @rule(index=PICK, client=CLIENTS, advance=ADVANCE)
    def share(self, index: int, client: str, advance: int) -> None:
        self.today += timedelta(days=advance)
        tr, day = self._pick(index), self.today
        owner, limit = tr.owner(), tr.type.share_limit
        expected = ("membership_refunded" if tr.refunded_on is not None
                    else "share_needs_owner" if owner is None
                    else "share_client_already" if client == owner or client in tr.shared
                    else "share_limit_exceeded" if len(tr.shared) >= limit
                    else "membership_not_shareable" if tr.status(day) in TRANSFER_REFUSED
                    else None)
        entry = self._attempt(expected, lambda: sharing.share(
            tr.membership, client_id=client, day=day, stamp=stamp()))
        if entry is not None:
            tr.entries += (entry,)
            tr.shared.add(client)

    @rule(index=PICK, client=CLIENTS, advance=ADVANCE)
    def unshare(self, index: int, client: str, advance: int) -> None:
        self.today += timedelta(days=advance)
        tr = self._pick(index)
        expected = None if client in tr.shared else "share_client_not_listed"
        entry = self._attempt(expected, lambda: sharing.unshare(
            tr.membership, client_id=client, day=self.today, stamp=stamp()))
        if entry is not None:
            tr.entries += (entry,)
            tr.shared.discard(client)

    @rule(index=PICK, client=CLIENTS, advance=ADVANCE)
    def transfer(self, index: int, client: str, advance: int) -> None:
        self.today += timedelta(days=advance)
        tr, day = self._pick(index), self.today
        expected = ("membership_not_transferable" if tr.type.transferable is Transferable.NO
                    or tr.status(day) in TRANSFER_REFUSED
                    else "transfer_same_client" if client == tr.owner() else None)
        entry = self._attempt(expected, lambda: sharing.transfer(
            tr.membership, to_client_id=client, day=day, stamp=stamp()))
        if entry is not None:
            tr.entries += (entry,)
            tr.transferred_to, tr.shared = client, set()

    @rule(days=st.integers(min_value=1, max_value=10), advance=ADVANCE)
    def close_downtown(self, days: int, advance: int) -> None:
        """Downtown closes: what was sold there and is active is frozen for the days closed
        (Riverside stays open, so what was sold there goes on there)."""
        self.today += timedelta(days=advance)
        day = self.today
        closure = Closure(self._new_id("closure"), DOWNTOWN, day, day + timedelta(days=days - 1))
        rows = closures.plan_closure(closure, [tr.membership for tr in self.tracked], today=day)
        by_id = {tr.sale.id: tr for tr in self.tracked}
        frozen = {row.membership.id for row in rows if row.skipped is None}
        expected = {tr.sale.id for tr in self.tracked if tr.sale.location_id == DOWNTOWN
                    and tr.status(day) is Status.ACTIVE}
        assert frozen == expected
        for entry in closures.closure_freezes(closure, rows, stamp()):
            tr = by_id[entry.membership_id]
            tr.entries += (entry,)
            tr.freezes.append(FreezeRecord(day, closure.reopens, closure=closure.id,
                                           after_expiry_edit=tr.expiry_edit is not None))
        self.closures.append(closure.id)

    @rule(advance=ADVANCE)
    def reopen_downtown(self, advance: int) -> None:
        """The latest closure is cancelled: each of its freezes still running ends that day,
        credited only the days actually closed."""
        if not self.closures:
            return
        self.today += timedelta(days=advance)
        day, closure_id = self.today, self.closures[-1]
        running = [(tr, f) for tr in self.tracked for f in tr.freezes
                   if f.closure == closure_id and f.end > day and tr.refunded_on is None]
        entries = self._attempt(None if running else "closure_not_running",
                                lambda: closures.cancel_closure(
                                    closure_id, [tr.membership for tr in self.tracked],
                                    day=day, stamp=stamp()))
        if entries is None:
            return
        assert len(entries) == len(running)
        by_id = {tr.sale.id: tr for tr in self.tracked}
        for entry in entries:
            by_id[entry.membership_id].entries += (entry,)
        for _, f in running:
            f.ended_on = max(day, f.start)

    @rule(index=PICK, advance=ADVANCE)
    def unfreeze(self, index: int, advance: int) -> None:
        self.today += timedelta(days=advance)
        tr, day = self._pick(index), self.today
        current = next((f for f in tr.freezes if f.start <= day < f.end), None)
        expected = ("membership_refunded" if tr.refunded_on is not None
                    else None if current is not None else "membership_not_frozen")
        entry = self._attempt(expected, lambda: operations.unfreeze(
            tr.membership, day=day, stamp=stamp()))
        if entry is not None:
            tr.entries += (entry,)
            current.ended_on = day

    @rule(index=PICK, which=PICK, balance=st.none() | st.integers(min_value=0, max_value=8),
          expiry_in=st.none() | st.integers(min_value=-3, max_value=60), location=LOCATIONS,
          reason=st.sampled_from(["goodwill", "  "]), advance=ADVANCE)
    def edit(self, index: int, which: int, balance: int | None, expiry_in: int | None,
             location: str, reason: str, advance: int) -> None:
        self.today += timedelta(days=advance)
        tr = self._pick(index)
        keys = sorted(tr.type.visits)
        key = keys[which % len(keys)]
        balances = None if balance is None else {key: balance}
        expiry = None if expiry_in is None else self.today + timedelta(days=expiry_in)
        changes = (balance is not None and balance != tr.balances[key]) or expiry is not None
        expected = ("membership_refunded" if tr.refunded_on is not None
                    else "edit_wrong_location"
                    if tr.type.edit_policy is EditPolicy.SELLING_LOCATION_ONLY
                    and location != tr.sale.location_id
                    else "edit_reason_required" if not reason.strip()
                    else "edit_expiry_invalid" if expiry is not None
                    and expiry <= tr.sale.sold_on
                    else "edit_nothing" if not changes else None)
        entry = self._attempt(expected, lambda: operations.edit(
            tr.membership, day=self.today, balances=balances, expiry=expiry, reason=reason,
            stamp=stamp(location)))
        if entry is None:
            return
        tr.entries += (entry,)
        if balance is not None and balance != tr.balances[key]:
            tr.balances[key], tr.balance_edited = balance, True
        if expiry is not None:
            tr.expiry_edit = expiry
            for f in tr.freezes:  # the edited date already accounts for earlier freezes
                f.after_expiry_edit = False

    @rule(index=PICK, advance=ADVANCE)
    def auto_activate(self, index: int, advance: int) -> None:
        self.today += timedelta(days=advance)
        tr = self._pick(index)
        entry = operations.activate(tr.membership, self.today, stamp())
        auto = AUTO_DAYS[tr.kind]
        auto_day = None if auto is None else tr.sale.sold_on + timedelta(days=auto)
        has_entry = any(e.kind is EntryKind.ACTIVATION and e.ref_id not in
                        {p.id for p in tr.payments if p.undone} for e in tr.entries)
        used_before = any(p.day < auto_day for p in tr.standing()) if auto_day else False
        due = auto_day is not None and auto_day <= self.today and not has_entry \
            and not used_before
        assert (entry is not None) == due
        if entry is not None:
            assert (entry.kind, entry.on) == (EntryKind.ACTIVATION, auto_day)
            tr.entries += (entry,)

    @rule(index=PICK, advance=ADVANCE)
    def refund(self, index: int, advance: int) -> None:
        """A manager refunds what is still owed: every balance goes to 0, and it can't be
        used, frozen, edited or shared again."""
        self.today += timedelta(days=advance)
        tr, day = self._pick(index), self.today
        expiry = tr.expiry(tr.activation())
        expected = ("membership_refunded" if tr.refunded_on is not None
                    else "refund_after_expiry" if expiry is not None and day >= expiry
                    else None)
        entry = self._attempt(expected, lambda: corrections.refund(
            tr.membership, day=day, reason="moved away", amount=None, stamp=stamp()))
        if entry is not None:
            tr.entries += (entry,)
            tr.balances = dict.fromkeys(tr.balances, 0)
            tr.refunded_on = day

    # -- invariants -------------------------------------------------------------------------

    @invariant()
    def balances_are_the_sum_of_the_ledger(self) -> None:
        for tr in self.tracked:
            summed: Counter[str] = Counter()
            for e in tr.entries:
                summed.update(e.deltas)
            m = tr.membership
            assert m.balances == dict(summed) == tr.balances
            assert all(v >= 0 for v in m.balances.values())

    @invariant()
    def expiry_is_activation_plus_validity_plus_frozen_days(self) -> None:
        for tr in self.tracked:
            m = tr.membership
            assert m.activation_date == tr.activation()
            assert m.expiry == tr.expiry(tr.activation())

    @invariant()
    def status_follows_the_precedence(self) -> None:
        for tr in self.tracked:
            assert tr.membership.status_on(self.today) is tr.status(self.today)

    @invariant()
    def frozen_days_stay_within_the_limit(self) -> None:
        """Every freeze is credited exactly (a closure's too); the client's own stay within
        the type's limit and count, whatever a closure added."""
        for tr in self.tracked:
            m = tr.membership
            assert m.frozen_days == tr.frozen_days()
            own = tr.own_freezes()
            assert sum(f.days for f in m.own_freezes) == sum(f.days for f in own)
            if own:
                assert sum(f.days for f in own) <= tr.freeze_limit_days(own[0].start)
            count = tr.type.freeze_policy.max_count
            assert count is None or len(m.own_freezes) <= count

    @invariant()
    def no_day_has_more_visits_than_its_cap(self) -> None:
        for tr in self.tracked:
            cap = tr.type.visit_limits.per_day
            days = Counter(p.day for p in tr.standing())
            assert cap is None or all(n <= cap for n in days.values())

    @invariant()
    def the_family_and_the_owner_are_derived_from_the_ledger(self) -> None:
        for tr in self.tracked:
            assert tr.membership.state.shared_with == frozenset(tr.shared - {tr.owner()})

    @invariant()
    def the_owner_is_the_buyer_or_the_first_client_who_used_it(self) -> None:
        for tr in self.tracked:
            assert tr.membership.owner_id == tr.owner()

    @invariant()
    def costs_of_a_whole_package_add_up_to_its_price(self) -> None:
        for tr in self.tracked:
            standing = {p.id for p in tr.standing()}
            costs = [e.amount for e in tr.entries if e.id in standing]
            if not tr.balance_edited and len(costs) == tr.type.total_visits:
                assert sum(costs) == tr.type.price

    @invariant()
    def entries_are_only_ever_appended(self) -> None:
        for tr in self.tracked:
            before = self.seen.get(tr.sale.id, ())
            assert tr.entries[:len(before)] == before
            assert len({e.id for e in tr.entries}) == len(tr.entries)
            self.seen[tr.sale.id] = tr.entries


MembershipLedger.TestCase.settings = settings(max_examples=100, stateful_step_count=30,
                                              deadline=None)
TestMembershipLedger = MembershipLedger.TestCase
