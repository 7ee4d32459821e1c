"""A membership presented at the desk, a card scanned (its code, then Enter) or a gift
chosen in the search's results: its Pay dialog opens at once, the membership chosen and the
service its client booked today proposed. A gift (no owner yet) first asks who uses it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from desk.core.reference import Client
from desk.services.actor import Actor
from desk.services.database import Database
from desk.services.queries import SearchHit, membership, service_to_pay
from desk.ui.pay_dialog import PayDialog
from desk.ui.visitor_dialog import VisitorDialog


def pay_presented(db: Database, actor: Actor, hit: SearchHit, *, day: date,
                  location: str | None, region: str, parent: QWidget,
                  open_dialog: Callable[[QDialog], QDialog]) -> QDialog:
    """Open the Pay dialog for the membership of ``hit`` (for the gift's visitor, once the
    receptionist names them); ``open_dialog`` shows each dialog as the view's action."""
    membership_id = hit.membership_id
    assert membership_id is not None
    # the desk's location; a desk without one pays where the membership was sold
    place = location or membership(db, membership_id, day).location

    def pay_for(client: Client) -> QDialog:
        service_id = service_to_pay(db, membership_id, client.id, location, day)
        return open_dialog(PayDialog(db, actor, client, day, location=place,
                                     service_id=service_id, membership_id=membership_id,
                                     parent=parent))

    if hit.client is not None:
        return pay_for(hit.client)
    visitor = VisitorDialog(db, actor, hit.code or "", region=region, parent=parent)
    visitor.sig_chosen.connect(pay_for)
    return open_dialog(visitor)
