"""Random histories for property tests: one step at a time, through the real services."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from desk.core.errors import DeskError
from desk.services import types
from desk.services.closures import cancel_closure, close_location
from desk.services.corrections import refund_membership, void_sale
from desk.services.due import run_due
from desk.services.imports import import_memberships
from desk.services.memberships import (
    edit_membership,
    freeze_membership,
    pay_visit,
    sell_membership,
    undo_payment,
    unfreeze_membership,
)
from desk.services.renewals import cancel_renewal
from desk.services.sharing import share_membership, transfer_membership
from tests.demo_chain import DEMO_DAY, Demo
from tests.importer.helpers import HEADER, row, write_xlsx


class History:
    """Alice's memberships on the demo chain, driven by (action, day, number) steps.

    ``number`` picks the location (even: Downtown, odd: Riverside) and, for a sale or a
    payment, the type sold (Massage 10, Yoga 8, Nails split) or the service paid (Classic
    massage, Yoga class, Manicure).

    Refusals are part of a random history: a step the rules refuse changes nothing.
    ``renewing`` names a type made auto-renewing first (SPEC §3.9). The step "due" does the
    work due that day for every membership of the chain: it renews the memberships of that
    type whose period has ended and writes off the others that lapsed with visits left.
    "void" voids the latest sale (on the day it was sold, when ``number`` is even, else on the
    step's day); "refund" refunds the latest sale (``number`` odd) or DS-0001, of all it owes
    (``number`` < 6) or of ``number`` at most.

    The policies of SPEC §3.5 and §3.11: "family" sells a Family yoga (shared with up to 2,
    freeze 7–21 days, at most 2, fee, reason required); "share" lets Bob use the latest one
    (``number`` even) or takes him off it; "pay" by Bob (``number`` ≥ 90) pays with it;
    "policy_freeze" freezes it ``number % 25`` days for "Travel"; "transfer" gives it (or
    DS-0001, ``number`` odd) to Emma or back to Alice; "close" closes Downtown for
    ``number % 10 + 1`` days from the step's day and "reopen" cancels the latest closure.
    """

    def __init__(self, demo: Demo, folder: Path | None = None,
                 renewing: str | None = None) -> None:
        self.demo, self.folder, self.payments = demo, folder, []
        self.sales: list[tuple[str, date]] = []
        self.family: list[str] = []
        self.closures: list[str] = []
        self.bob, self.emma = demo.client("Bob Jones"), demo.client("Emma Brown")
        self.admin, self.alice = demo.admin, demo.client("Alice Smith")
        self.massage, self.massage10 = demo.service("Classic massage"), demo.type_id("Massage 10")
        self.locations = (demo.location("Downtown"), demo.location("Riverside"))
        # an overall type that recalculates the cost, one that doesn't, and a split one
        self.types = (self.massage10, demo.type_id("Yoga 8"), demo.type_id("Nails split"))
        self.services = (self.massage, demo.service("Yoga class"), demo.service("Manicure"))
        self.steps = 0
        if renewing is not None:
            with demo.db.read() as uow:
                renewed = replace(uow.types.by_name(renewing), auto_renew=True)
            types.update_type(demo.db, self.admin, renewed)

    def step(self, action: str, day: date, number: int) -> None:
        self.steps += 1
        with suppress(DeskError):
            self._do(action, day, number)

    def _do(self, action: str, day: date, number: int) -> None:
        db, admin, where = self.demo.db, self.admin, self.locations[number % 2]
        if action == "sell":
            kind = number // 2 % 3
            sold = sell_membership(db, admin, type_id=self.types[kind], client_id=self.alice,
                                   location_id=where, day=day, generate=kind == 2)  # Nails: a code
            self.sales.append((sold.id, day))
        elif action == "pay" and number >= 90 and self.family:
            self.payments.append(pay_visit(db, admin, client_id=self.bob,
                                           service_id=self.services[1],
                                           location_id=self.locations[1], day=day,
                                           membership_ref=self.family[-1]).payment_id)
        elif action == "pay":
            self.payments.append(pay_visit(db, admin, client_id=self.alice,
                                           service_id=self.services[number // 2 % 3],
                                           location_id=where, day=day).payment_id)
        elif action == "undo" and self.payments:
            undo_payment(db, admin, self.payments.pop(), day)
        elif action == "freeze":
            freeze_membership(db, admin, "DS-0001", until=day + timedelta(days=3), day=day)
        elif action == "unfreeze":
            unfreeze_membership(db, admin, "DS-0001", day)
        elif action == "edit":
            expiry = day + timedelta(days=number * 7) if number > 6 else None
            edit_membership(db, admin, "DS-0001", reason="check", balances={"*": number % 11},
                            day=day, expiry=expiry)
        elif action == "due":  # renewals, write-offs, activations: what run-due does
            run_due(db, admin, datetime.combine(day, time(9), tzinfo=UTC), deliver=False)
        elif action == "void" and self.sales:
            sold_id, sold_on = self.sales[-1]
            void_sale(db, admin, sold_id, reason="sold by mistake",
                      day=sold_on if number % 2 == 0 else day)
        elif action == "refund":
            ref = self.sales[-1][0] if number % 2 and self.sales else "DS-0001"
            refund_membership(db, admin, ref, reason="moved away", day=day,
                              amount=None if number < 6 else Decimal(number))
        elif action == "family":
            sold = sell_membership(db, admin, type_id=self.demo.type_id("Family yoga"),
                                   client_id=self.alice, location_id=self.locations[1], day=day,
                                   generate=True)
            self.sales.append((sold.id, day))
            self.family.append(sold.id)
        elif action == "share" and self.family:
            share_membership(db, admin, self.family[-1], client_id=self.bob, day=day,
                             remove=number % 2 == 1)
        elif action == "policy_freeze" and self.family:
            freeze_membership(db, admin, self.family[-1], day=day, reason="Travel",
                              until=day + timedelta(days=number % 25))
        elif action == "transfer":
            ref = "DS-0001" if number % 2 or not self.family else self.family[-1]
            transfer_membership(db, admin, ref, day=day,
                                to_client_id=self.emma if number % 4 < 2 else self.alice)
        elif action == "close":
            plan = close_location(db, admin, self.locations[0], first_day=day,
                                  last_day=day + timedelta(days=number % 10), commit=True,
                                  today=day)
            self.closures.append(plan.closure_id)
        elif action == "reopen" and self.closures:
            cancel_closure(db, admin, self.closures[-1], day=day)
        elif action == "cancel":
            cancel_renewal(db, admin, "DS-0001")
        elif action == "import" and self.folder is not None:
            path = write_xlsx(self.folder / f"import-{self.steps}.xlsx", HEADER, [row(
                number=f"IMP-{self.steps}", remaining=number,
                sale_date=str(DEMO_DAY - (day - DEMO_DAY)))])
            import_memberships(db, admin, path, commit_rows=True, today=DEMO_DAY)
