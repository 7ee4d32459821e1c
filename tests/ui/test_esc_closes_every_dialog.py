"""Every dialog closes with Esc (SPEC §11 "Safe keys"): each dialog class of the desk is
built on the demo chain, shown, and sent Esc where its focus is; it closes having done
nothing. A new dialog class without a way to build it here fails the walk."""

import importlib
import inspect
import pkgutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

import desk.ui
from desk.services.queries import client_memberships, search_clients
from desk.services.type_queries import list_types, type_form_choices
from desk.ui.booking_dialog import BookingDialog
from desk.ui.client_dialog import ClientDialog
from desk.ui.closure_dialog import CloseLocationDialog
from desk.ui.conflicts_view import ConflictsView
from desk.ui.desk_location import DeskLocationDialog
from desk.ui.freeze_dialog import FreezeDialog
from desk.ui.history_corrections import RefundDialog
from desk.ui.history_transfer import TransferDialog
from desk.ui.login_dialog import LoginDialog
from desk.ui.outbox_view import OutboxView
from desk.ui.pay_dialog import PayDialog
from desk.ui.payments_due_view import PaymentsDueView
from desk.ui.reopen_dialog import ReopenLocationDialog
from desk.ui.sell_dialog import SellDialog
from desk.ui.settings_dialog import SettingsDialog
from desk.ui.share_dialog import ShareDialog
from desk.ui.type_editor import TypeEditor
from desk.ui.visitor_dialog import VisitorDialog
from tests.demo_chain import DEMO_DAY
from tests.ui.family import sell_family_yoga


def alice(demo):
    return search_clients(demo.db, "Alice")[0]


def alice_ds_0001(demo):
    return client_memberships(demo.db, alice(demo).id, DEMO_DAY)[0]


BUILDERS = {
    BookingDialog: lambda demo: BookingDialog(demo.db, demo.admin, alice(demo), today=DEMO_DAY),
    ClientDialog: lambda demo: ClientDialog(demo.db, demo.admin, alice(demo)),
    CloseLocationDialog: lambda demo: CloseLocationDialog(demo.db, demo.admin, DEMO_DAY),
    ReopenLocationDialog: lambda demo: ReopenLocationDialog(demo.db, demo.admin, DEMO_DAY),
    ConflictsView: lambda demo: ConflictsView(demo.db, demo.admin),
    DeskLocationDialog: lambda demo: DeskLocationDialog(demo.db, demo.admin),
    FreezeDialog: lambda demo: FreezeDialog(demo.db, demo.admin, alice_ds_0001(demo), DEMO_DAY),
    LoginDialog: lambda demo: LoginDialog(demo.db),
    OutboxView: lambda demo: OutboxView(demo.db, demo.admin),
    PayDialog: lambda demo: PayDialog(demo.db, demo.admin, alice(demo), DEMO_DAY),
    PaymentsDueView: lambda demo: PaymentsDueView(demo.db, demo.admin),
    RefundDialog: lambda demo: RefundDialog(demo.db, demo.admin, alice_ds_0001(demo), DEMO_DAY,
                                            "560.00"),
    SellDialog: lambda demo: SellDialog(demo.db, demo.admin, alice(demo), DEMO_DAY),
    SettingsDialog: lambda demo: SettingsDialog(demo.db, demo.admin),
    ShareDialog: lambda demo: ShareDialog(demo.db, demo.admin, sell_family_yoga(demo), DEMO_DAY),
    TransferDialog: lambda demo: TransferDialog(demo.db, demo.admin, alice_ds_0001(demo),
                                                DEMO_DAY),
    VisitorDialog: lambda demo: VisitorDialog(demo.db, demo.admin, "LEG-2003"),
    TypeEditor: lambda demo: TypeEditor(type_form_choices(demo.db), list_types(demo.db)[0].type),
}


def dialog_classes_of_the_desk() -> set[type]:
    found = set()
    for module in pkgutil.iter_modules(desk.ui.__path__):
        loaded = importlib.import_module(f"desk.ui.{module.name}")
        found |= {c for _, c in inspect.getmembers(loaded, inspect.isclass)
                  if issubclass(c, QDialog) and c.__module__ == loaded.__name__}
    return found


def test_every_dialog_class_of_the_desk_is_walked():
    assert dialog_classes_of_the_desk() == set(BUILDERS)


@pytest.mark.parametrize("kind", sorted(BUILDERS, key=lambda c: c.__name__),
                         ids=lambda c: c.__name__)
def test_esc_closes_the_dialog(demo, qtbot, kind):
    dialog = BUILDERS[kind](demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert QDialog.result(dialog) == QDialog.DialogCode.Rejected  # some name a label result
