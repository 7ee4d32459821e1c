"""The membership type editor: every setting of SPEC §2 in one dialog. Fields the
locked-after-sale rules forbid changing are disabled, and a line says why."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.core.dates import Period, PeriodUnit
from desk.core.membership_types import (
    MAX_SHARED,
    MAX_VISITS,
    OVERALL_KEY,
    BalanceMode,
    EditPolicy,
    MembershipType,
    Transferable,
    ValidityStart,
)
from desk.core.money import parse_money
from desk.services.type_queries import TypeFormChoices
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox
from desk.ui.type_editor_fields import (
    CheckList,
    CountSpin,
    FreezePolicyField,
    PeriodField,
    ServicesTable,
    VisitLimitsField,
)
from desk.ui.type_editor_notices import NoticesBox

LOCKED_TEXT = QT_TR_NOOP("Locked: memberships of this type have been sold. "
                         "Use Duplicate to change it.")
_MODES = {BalanceMode.OVERALL: QT_TR_NOOP("Overall — one number of visits shared by all services"),
          BalanceMode.SPLIT: QT_TR_NOOP("Split — visits counted separately for each service")}
_STARTS = {ValidityStart.SALE: QT_TR_NOOP("the sale"),
           ValidityStart.FIRST_VISIT: QT_TR_NOOP("the first visit")}
_POLICIES = {EditPolicy.PROHIBITED: QT_TR_NOOP("Prohibited"),
             EditPolicy.SELLING_LOCATION_ONLY: QT_TR_NOOP("Only at the selling location"),
             EditPolicy.ALL_LOCATIONS: QT_TR_NOOP("At all locations")}
_TRANSFERS = {Transferable.NO: QT_TR_NOOP("No"), Transferable.MANAGERS: QT_TR_NOOP("Managers"),
              Transferable.RECEPTION: QT_TR_NOOP("Reception")}


def _combo(name: str, options: dict) -> QComboBox:
    combo = ChoiceBox()
    combo.setAccessibleName(name)
    for value, label in options.items():
        combo.addItem(tr(label), value.value)
    return combo


def _select(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(combo.findData(value.value))


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return box


def _label(text: str, field: QWidget) -> QLabel:
    """A form label whose letter (Alt+P) reaches ``field``: a row of several widgets takes
    no focus itself, so QFormLayout's own buddy would lead nowhere."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setProperty("role", "hint")
    return hint


class TypeEditor(QDialog):
    """Create a type (``original`` None) or change one. ``sold`` locks what a sale fixes.

    Save emits ``sig_save_requested``; the controller saves ``draft()`` and either closes
    the dialog or shows the refusal with ``show_error`` (the dialog stays open).
    """

    sig_save_requested = Signal()

    def __init__(self, choices: TypeFormChoices, original: MembershipType | None = None, *,
                 sold: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.original, self.sold = original, sold and original is not None
        self.setWindowTitle(tr("Membership type — {name}").format(name=original.name)
                            if original else tr("New membership type"))
        self._make_fields(choices)
        self._lay_out(choices.currency)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.start.currentIndexChanged.connect(self._start_changed)
        self.auto_activate.toggled.connect(self._start_changed)
        self.freeze_allowed.toggled.connect(self.freeze_limit.set_editable)
        self.freeze_allowed.toggled.connect(self.freeze_policy.set_editable)
        self.load(original)
        if self.sold:
            self._lock()

    # -- building -----------------------------------------------------------------------------
    def _make_fields(self, choices: TypeFormChoices) -> None:
        self.name = QLineEdit()
        self.name.setAccessibleName(tr("Name"))
        self.mode = _combo(tr("Balance mode"), _MODES)
        self.services = ServicesTable(choices.services)
        self.total_visits = QSpinBox(minimum=1, maximum=MAX_VISITS, value=10)
        self.total_visits.setAccessibleName(tr("Total visits"))
        self.total_label = QLabel(tr("visits in total, whatever the service"))
        self.price = QLineEdit()
        self.price.setAccessibleName(tr("Price"))
        self.validity = PeriodField(tr("Validity"), note=tr("0 = unlimited"))
        self.start = _combo(tr("Validity counted from"), _STARTS)
        self.auto_activate = QCheckBox(tr("Activate automatically if not used"))
        self.auto_days = CountSpin(lambda n: tr("%n days after the sale", None, n),
                                   minimum=0, maximum=3650, value=14)
        self.auto_days.setAccessibleName(tr("Activate automatically after, days"))
        self.freeze_allowed = QCheckBox(tr("Freezing allowed, up to"))
        self.freeze_limit = PeriodField(tr("Freeze limit"), minimum=1,
                                        note=tr("in total for all freezes of one membership"))
        self.freeze_policy = FreezePolicyField()
        self.book_while_frozen = QCheckBox(tr("Allow booking while frozen"))
        self.visit_limits = VisitLimitsField()
        self.sale_without_code = QCheckBox(
            tr("Sale without code (sold to a named client, used only by that client)"))
        self.recalculate_cost = QCheckBox(
            tr("Recalculate service cost (price ÷ number of visits)"))
        self.edit_policy = _combo(tr("Editing of sold memberships"), _POLICIES)
        self.online_sale = QCheckBox(tr("Available for online sale"))
        self.locations = CheckList(choices.locations, tr("Valid at locations"))
        self.transferable = _combo(tr("Transfer to another client, by"), _TRANSFERS)
        self.share_limit = CountSpin(lambda n: tr("%n other clients", None, n),
                                     minimum=0, maximum=MAX_SHARED, value=0,
                                     accessibleName=tr("Shared with up to"))
        self.share_limit.setSpecialValueText(tr("not shared"))
        self.auto_renew = QCheckBox(tr("Renew automatically each validity period "
                                       "(the charge appears in Payments due)"))
        self.notices = NoticesBox({c.id: c.name for c in choices.locations})
        self.name.textChanged.connect(self.notices.set_type_name)
        self.locked = QLabel(tr(LOCKED_TEXT))
        self.locked.setProperty("role", "hint")
        self.locked.setWordWrap(True)
        self.locked.setVisible(self.sold)
        self.message = QLabel("")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("primary", True)
        self.buttons.accepted.connect(self.sig_save_requested)
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self, currency: str) -> None:
        form = QFormLayout()
        form.addRow(tr("&Name"), self.name)
        form.addRow(tr("&Balance mode"), self.mode)
        form.addRow(tr("&Services"), self.services)
        form.addRow(tr("Visits"), _row(self.total_visits, self.total_label))
        self.visits_row = form.rowCount() - 1  # one total: hidden for split types
        form.addRow(_label(tr("&Price"), self.price), _row(self.price, QLabel(currency)))
        form.addRow(_label(tr("&Validity"), self.validity.amount), self.validity)
        form.addRow(tr("Counted &from"), self.start)
        form.addRow(tr("Auto-activation"), _row(self.auto_activate, self.auto_days))
        form.addRow(tr("Freezing"), _row(self.freeze_allowed, self.freeze_limit))
        form.addRow(_label(tr("Freeze polic&y"), self.freeze_policy.first), self.freeze_policy)
        form.addRow("", self.book_while_frozen)
        form.addRow(_label(tr("Visi&t limits"), self.visit_limits.first), self.visit_limits)
        form.addRow("", self.sale_without_code)
        form.addRow("", self.recalculate_cost)
        form.addRow(tr("&Editing of sold memberships"), self.edit_policy)
        form.addRow("", self.online_sale)
        form.addRow(tr("Valid at &locations"), self.locations)
        form.addRow(_label(tr("T&ransfer by"), self.transferable),
                    _row(self.transferable, _hint(tr("who may give a sold one to another client"))))
        form.addRow(_label(tr("Shared &with up to"), self.share_limit),
                    _row(self.share_limit, _hint(tr("family who may use one membership too"))))
        form.addRow(tr("Auto-renewal"), self.auto_renew)
        form.addRow(tr("Notifications"), self.notices)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._form = form

    # -- showing a type -----------------------------------------------------------------------
    def load(self, t: MembershipType | None) -> None:
        """Fill the fields from ``t``; a new type starts with the usual defaults."""
        if t is None:
            self.book_while_frozen.setChecked(True)
            self.freeze_limit.set_value(Period(30, PeriodUnit.DAY))
            self.validity.set_value(Period(3, PeriodUnit.MONTH))
            self._mode_changed()
            self._start_changed()
            self.freeze_limit.set_editable(False)
            self.freeze_policy.set_editable(False)
            _select(self.transferable, Transferable.MANAGERS)
            return
        self.name.setText(t.name)
        _select(self.mode, t.balance_mode)
        self.services.load(t.service_ids, dict(t.visits))
        self.total_visits.setValue(t.visits.get(OVERALL_KEY, self.total_visits.value()))
        self.price.setText(str(t.price))
        self.validity.set_value(t.validity)
        _select(self.start, t.validity_start)
        self.auto_activate.setChecked(t.auto_activate_days is not None)
        if t.auto_activate_days is not None:
            self.auto_days.setValue(t.auto_activate_days)
        self.freeze_allowed.setChecked(t.freeze_allowed)
        self.freeze_limit.set_value(t.freeze_limit if t.freeze_allowed
                                    else Period(30, PeriodUnit.DAY))
        self.freeze_limit.set_editable(t.freeze_allowed)
        self.freeze_policy.set_value(t.freeze_policy)
        self.freeze_policy.set_editable(t.freeze_allowed)
        self.book_while_frozen.setChecked(t.book_while_frozen)
        self.visit_limits.set_value(t.visit_limits)
        self.sale_without_code.setChecked(t.sale_without_code)
        self.recalculate_cost.setChecked(t.recalculate_cost)
        _select(self.edit_policy, t.edit_policy)
        self.online_sale.setChecked(t.online_sale)
        self.locations.set_checked(t.location_ids)
        _select(self.transferable, t.transferable)
        self.share_limit.setValue(t.share_limit)
        self.auto_renew.setChecked(t.auto_renew)
        self.notices.use_locations(t.location_ids)
        self.notices.load(t.notices)
        self._mode_changed()
        self._start_changed()

    def _split(self) -> bool:
        return self.mode.currentData() == BalanceMode.SPLIT.value

    def _mode_changed(self) -> None:
        split = self._split()
        self.services.show_visits(split)
        self._form.setRowVisible(self.visits_row, not split)

    def _start_changed(self) -> None:
        from_first_visit = self.start.currentData() == ValidityStart.FIRST_VISIT.value
        self.auto_activate.setEnabled(from_first_visit)
        self.auto_days.setEnabled(from_first_visit and self.auto_activate.isChecked())

    def _lock(self) -> None:
        """Disable what the locked-after-sale rules (SPEC §2) fix once a membership is sold."""
        for widget in (self.price, self.mode, self.total_visits, self.start,
                       self.sale_without_code):
            widget.setEnabled(False)
            widget.setToolTip(tr(LOCKED_TEXT))
        self.validity.set_editable(False)
        # members already on a list keep their place: the limit may only grow after a sale
        if self.original.share_limit:
            self.share_limit.setSpecialValueText("")  # it reads at the minimum, now not 0
            self.share_limit.setMinimum(self.original.share_limit)
        self.services.lock(sold_ids=self.original.service_ids, may_add=not self._split())

    # -- reading the fields back --------------------------------------------------------------
    def draft(self) -> MembershipType:
        """The type as the fields describe it; a price that is not an amount is refused."""
        split = self._split()
        service_ids = self.services.checked_ids()
        from_first_visit = self.start.currentData() == ValidityStart.FIRST_VISIT.value
        t = MembershipType(
            id=self.original.id if self.original else "",
            name=self.name.text(),
            balance_mode=BalanceMode(self.mode.currentData()),
            service_ids=service_ids,
            visits=self.services.split_visits() if split
            else {OVERALL_KEY: self.total_visits.value()},
            price=parse_money(self.price.text(), field="price"),
            validity=self.validity.value(),
            validity_start=ValidityStart(self.start.currentData()),
            auto_activate_days=self.auto_days.value()
            if from_first_visit and self.auto_activate.isChecked() else None,
            freeze_limit=self.freeze_limit.value() if self.freeze_allowed.isChecked() else None,
            book_while_frozen=self.book_while_frozen.isChecked(),
            sale_without_code=self.sale_without_code.isChecked(),
            recalculate_cost=self.recalculate_cost.isChecked(),
            edit_policy=EditPolicy(self.edit_policy.currentData()),
            online_sale=self.online_sale.isChecked(),
            location_ids=self.locations.checked_ids(),
            auto_renew=self.auto_renew.isChecked(),
            notices=self.notices.settings(),
            visit_limits=self.visit_limits.value(),
            freeze_policy=self.freeze_policy.value(),
            transferable=Transferable(self.transferable.currentData()),
            share_limit=self.share_limit.value(),
        )
        return replace(t, archived=self.original.archived) if self.original else t

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.save_button.setFocus()
