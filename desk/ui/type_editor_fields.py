"""Compound fields of the type editor: a check list, the services with their visits, a
period (amount + unit), the visit limits and the freeze policy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desk.core.dates import Period, PeriodUnit
from desk.core.freeze_policy import MAX_FREEZE_DAYS, MAX_FREEZES, FreezePolicy
from desk.core.membership_types import MAX_VISITS
from desk.core.money import parse_money
from desk.core.visit_limits import MAX_CAP, VisitLimits
from desk.services.type_queries import Choice
from desk.ui.layouts import ChoiceBox

ID_ROLE = Qt.ItemDataRole.UserRole
_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled \
    | Qt.ItemFlag.ItemIsSelectable
_UNIT_NAMES = {PeriodUnit.DAY: "days", PeriodUnit.WEEK: "weeks", PeriodUnit.MONTH: "months",
               PeriodUnit.YEAR: "years"}


def _state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


class CheckList(QListWidget):
    """Choices with a check box each (Space toggles the current one)."""

    def __init__(self, choices: Sequence[Choice], name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        for choice in choices:
            item = QListWidgetItem(choice.name, self)
            item.setData(ID_ROLE, choice.id)
            item.setFlags(_CHECKABLE)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setMaximumHeight(min(160, 24 * max(3, len(choices)) + 6))

    def checked_ids(self) -> frozenset[str]:
        return frozenset(self.item(r).data(ID_ROLE) for r in range(self.count())
                          if self.item(r).checkState() == Qt.CheckState.Checked)

    def set_checked(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        for r in range(self.count()):
            self.item(r).setCheckState(_state(self.item(r).data(ID_ROLE) in wanted))

    def set_checked_by_name(self, name: str, checked: bool = True) -> None:
        for r in range(self.count()):
            if self.item(r).text() == name:
                self.item(r).setCheckState(_state(checked))


class ServicesTable(QTableWidget):
    """The services a type pays, one row per service of the chain: a check box, the category
    and, for split types, the visits of that service (the column is hidden for overall)."""

    sig_changed = Signal()

    def __init__(self, choices: Sequence[Choice], parent=None) -> None:
        super().__init__(len(choices), 3, parent)
        self.setAccessibleName("Services of the type")
        self.setHorizontalHeaderLabels(["Service", "Category", "Visits"])
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.spins: dict[str, QSpinBox] = {}
        self._locked = False
        for row, choice in enumerate(choices):
            item = QTableWidgetItem(choice.name)
            item.setData(ID_ROLE, choice.id)
            item.setFlags(_CHECKABLE)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.setItem(row, 0, item)
            category = QTableWidgetItem(choice.group)
            category.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(row, 1, category)
            spin = QSpinBox(minimum=1, maximum=MAX_VISITS, value=1)
            spin.setAccessibleName(f"Visits of {choice.name}")
            self.spins[choice.id] = spin
            self.setCellWidget(row, 2, spin)
        self.itemChanged.connect(lambda _: self._sync_spins())
        self.setMinimumHeight(min(200, 30 * max(3, len(choices)) + 30))

    def _items(self) -> list[QTableWidgetItem]:
        return [self.item(r, 0) for r in range(self.rowCount())]

    def show_visits(self, split: bool) -> None:
        self.setColumnHidden(2, not split)

    def checked_ids(self) -> frozenset[str]:
        return frozenset(i.data(ID_ROLE) for i in self._items()
                         if i.checkState() == Qt.CheckState.Checked)

    def split_visits(self) -> dict[str, int]:
        return {service_id: self.spins[service_id].value() for service_id in self.checked_ids()}

    def load(self, service_ids: Iterable[str], visits: dict[str, int]) -> None:
        wanted = set(service_ids)
        for item in self._items():
            service_id = item.data(ID_ROLE)
            item.setCheckState(_state(service_id in wanted))
            if service_id in visits:
                self.spins[service_id].setValue(visits[service_id])
        self._sync_spins()

    def check(self, name: str, checked: bool = True) -> None:
        for item in self._items():
            if item.text() == name:
                item.setCheckState(_state(checked))

    def lock(self, *, sold_ids: frozenset[str], may_add: bool) -> None:
        """After a sale: sold services can't be removed, nor visits changed; new services
        may be added only when ``may_add`` (overall types)."""
        for item in self._items():
            service_id = item.data(ID_ROLE)
            if service_id in sold_ids or not may_add:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable
                              & ~Qt.ItemFlag.ItemIsEnabled)
        self._locked = True
        self._sync_spins()

    def _sync_spins(self) -> None:
        checked = self.checked_ids()
        for service_id, spin in self.spins.items():
            spin.setEnabled(service_id in checked and not self._locked)
        self.sig_changed.emit()


class PeriodField(QWidget):
    """An amount and a calendar unit, with a note beside it (e.g. "0 = unlimited")."""

    def __init__(self, name: str, *, minimum: int = 0, note: str = "", parent=None) -> None:
        super().__init__(parent)
        self.amount = QSpinBox(minimum=minimum, maximum=10_000)
        self.amount.setAccessibleName(f"{name}: amount")
        self.unit = ChoiceBox()
        self.unit.setAccessibleName(f"{name}: unit")
        for unit, label in _UNIT_NAMES.items():
            self.unit.addItem(label, unit.value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)
        self.note = QLabel(note)
        self.note.setProperty("role", "hint")
        layout.addWidget(self.note)
        layout.addStretch(1)

    def value(self) -> Period:
        return Period(self.amount.value(), PeriodUnit(self.unit.currentData()))

    def set_value(self, period: Period) -> None:
        self.amount.setValue(period.amount)
        self.unit.setCurrentIndex(self.unit.findData(period.unit.value))

    def set_editable(self, enabled: bool) -> None:
        self.amount.setEnabled(enabled)
        self.unit.setEnabled(enabled)


NO_LIMIT = "no limit"


class VisitLimitsField(QWidget):
    """At most N visits a day, a week and a month: a spin box each, whose lowest value reads
    "no limit" (0 is not a cap a type could work with, so it stands for none)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QSpinBox] = {}
        for field, period in (("per_day", "day"), ("per_week", "week"), ("per_month", "month")):
            spin = QSpinBox(minimum=0, maximum=MAX_CAP, value=0, suffix=f" a {period}")
            spin.setSpecialValueText(f"{NO_LIMIT} a {period}")
            spin.setAccessibleName(f"Visits a {period}, at most")
            self.spins[field] = spin
            layout.addWidget(spin)
        note = QLabel("weeks run Monday to Sunday; months are calendar months")
        note.setProperty("role", "hint")
        layout.addWidget(note)
        layout.addStretch(1)

    @property
    def first(self) -> QSpinBox:
        return self.spins["per_day"]

    def value(self) -> VisitLimits:
        return VisitLimits(**{field: spin.value() or None for field, spin in self.spins.items()})

    def set_value(self, limits: VisitLimits) -> None:
        for field, spin in self.spins.items():
            spin.setValue(getattr(limits, field) or 0)


def _optional_spin(name: str, *, most: int, suffix: str, none_text: str) -> QSpinBox:
    """A whole number from 1 to ``most``, whose lowest value (0) reads ``none_text``."""
    spin = QSpinBox(minimum=0, maximum=most, value=0, suffix=suffix)
    spin.setSpecialValueText(none_text)
    spin.setAccessibleName(name)
    return spin


class FreezePolicyField(QWidget):
    """The type's freeze policy (SPEC §3.5): shortest and longest single freeze, how many
    freezes one membership may have, the fee per freeze and whether a reason is required.
    Each spin box reads "any" at its lowest: the part of the policy is then left out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.min_days = _optional_spin("Shortest freeze, days", most=MAX_FREEZE_DAYS,
                                       suffix=" days at least", none_text="any shortest")
        self.max_days = _optional_spin("Longest freeze, days", most=MAX_FREEZE_DAYS,
                                       suffix=" days at most", none_text="any longest")
        self.max_count = _optional_spin("Freezes per membership, at most", most=MAX_FREEZES,
                                        suffix=" freezes at most", none_text="any number")
        self.fee = QLineEdit("0.00", accessibleName="Fee per freeze")
        self.fee.setMaximumWidth(90)
        self.reason_required = QCheckBox("Reason required")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.min_days, self.max_days, self.max_count, QLabel("fee"), self.fee,
                       self.reason_required):
            layout.addWidget(widget)
        layout.addStretch(1)

    @property
    def first(self) -> QSpinBox:
        return self.min_days

    def value(self) -> FreezePolicy:
        """The policy as typed; a fee that is not an amount is refused (``money_invalid``)."""
        return FreezePolicy(min_days=self.min_days.value() or None,
                            max_days=self.max_days.value() or None,
                            max_count=self.max_count.value() or None,
                            fee=parse_money(self.fee.text() or "0", field="freeze fee"),
                            reason_required=self.reason_required.isChecked())

    def set_value(self, policy: FreezePolicy) -> None:
        self.min_days.setValue(policy.min_days or 0)
        self.max_days.setValue(policy.max_days or 0)
        self.max_count.setValue(policy.max_count or 0)
        self.fee.setText(str(policy.fee or Decimal("0.00")))
        self.reason_required.setChecked(policy.reason_required)

    def set_editable(self, enabled: bool) -> None:
        for widget in (self.min_days, self.max_days, self.max_count, self.fee,
                       self.reason_required):
            widget.setEnabled(enabled)
