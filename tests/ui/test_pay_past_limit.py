"""The Pay dialog and visit limits (SPEC §3.10): a membership at its limit is listed under
"Can't pay" with the first date it is allowed again; a manager gets "Pay anyway…", which asks
why and pays, the reason kept on the payment; reception gets no such step."""

from datetime import timedelta

import pytest

from desk.core.ledger import EntryKind
from desk.core.permissions import Role
from desk.services.queries import search_clients
from desk.ui.pay_dialog import PayDialog, ask_past_limit_reason
from tests.demo_chain import DEMO_DAY
from tests.services.test_visit_limits import capped_yoga, pay_yoga
from tests.ui.driving import click, writes_done

TOMORROW = DEMO_DAY + timedelta(days=1)


def pay_dialog(demo, qtbot, role) -> PayDialog:
    dialog = PayDialog(demo.db, demo.at("Riverside", role),
                       search_clients(demo.db, "Emma Brown")[0], DEMO_DAY, location="Riverside")
    qtbot.addWidget(dialog)
    dialog.choose(dialog.service, "Yoga class")
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def at_its_limit(demo) -> str:
    membership_id = capped_yoga(demo, per_day=1)
    pay_yoga(demo)
    return membership_id


def test_the_reason_shows_the_day_it_can_pay_again(demo, qtbot):
    at_its_limit(demo)
    dialog = pay_dialog(demo, qtbot, Role.RECEPTION)
    [reason] = dialog.refusal_texts()
    assert "limit of 1 visit a day" in reason and TOMORROW.isoformat() in reason
    assert dialog.usable.count() == 0 and not dialog.pay_button.isEnabled()


def test_reception_is_offered_no_way_past_the_limit(demo, qtbot):
    at_its_limit(demo)
    dialog = pay_dialog(demo, qtbot, Role.RECEPTION)
    assert "Pay anyway…" not in [b.text() for b in dialog.refused.steps]


def test_a_manager_pays_anyway_with_a_reason_the_payment_keeps(demo, qtbot):
    membership_id = at_its_limit(demo)
    dialog = pay_dialog(demo, qtbot, Role.MANAGER)
    asked = []
    dialog.ask_reason = lambda parent, on_reason: (asked.append(parent),
                                                   on_reason("make-up class"))
    [step] = [b for b in dialog.refused.steps if b.text() == "Pay anyway…"]
    click(qtbot, step)
    writes_done(qtbot)
    assert asked == [dialog] and dialog.paid is not None
    payments = [e for e in demo.membership(membership_id).entries if e.kind is EntryKind.PAYMENT]
    assert [e.reason for e in payments] == ["", "make-up class"]


def test_a_manager_who_gives_no_reason_pays_nothing(demo, qtbot):
    membership_id = at_its_limit(demo)
    dialog = pay_dialog(demo, qtbot, Role.MANAGER)
    dialog.ask_reason = lambda parent, on_reason: None  # cancelled
    [step] = [b for b in dialog.refused.steps if b.text() == "Pay anyway…"]
    click(qtbot, step)
    assert dialog.paid is None and demo.membership(membership_id).remaining == 7


@pytest.mark.parametrize(("typed", "given"), [("  make-up class ", ["make-up class"]),
                                              ("   ", [])])
def test_the_reason_question_passes_on_only_a_reason_given(qtbot, typed, given):
    reasons: list[str] = []
    box = ask_past_limit_reason(None, reasons.append)
    qtbot.addWidget(box)
    box.setTextValue(typed)
    box.accept()
    assert reasons == given
