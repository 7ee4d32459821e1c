"""Compound fields of the type editor: a check list, the services with their visits, a
period (amount + unit), the visit limits and the freeze policy."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal

from PySide6.QtCore import QT_TR_NOOP, QSize, Qt, Signal
from PySide6.QtGui import QValidator
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
from desk.ui.i18n import tr
from desk.ui.layouts import ChoiceBox

ID_ROLE = Qt.ItemDataRole.UserRole
_CHECKABLE = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled \
    | Qt.ItemFlag.ItemIsSelectable
_UNIT_NAMES = {PeriodUnit.DAY: QT_TR_NOOP("days"), PeriodUnit.WEEK: QT_TR_NOOP("weeks"),
               PeriodUnit.MONTH: QT_TR_NOOP("months"), PeriodUnit.YEAR: QT_TR_NOOP("years")}


def _state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


class CountSpin(QSpinBox):
    """A whole number read with its words in the form its value takes ("1 visit left",
    "5 visits left", "5 визитов"): ``words(n)`` writes them, through ``tr`` with ``n`` (one
    of them has a text of its own, as English has no translation to give its singular). The
    number typed is what counts; the words around it are put back when editing ends."""

    def __init__(self, words: Callable[[int], str], *, minimum: int, maximum: int,
                 value: int = 0, **kwargs) -> None:
        super().__init__(**kwargs)  # the range and value after the words: Qt writes them
        self._words = words
        self.setRange(minimum, maximum)
        self.setValue(value)

    def textFromValue(self, value: int) -> str:
        words = getattr(self, "_words", None)
        return super().textFromValue(value) if words is None else words(value)

    def sizeHint(self) -> QSize:
        return self._wide_enough(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._wide_enough(super().minimumSizeHint())

    def _wide_enough(self, hint: QSize) -> QSize:
        """Qt measures a spin box by the first 18 characters of its lowest and highest
        values: words longer than that ("через 14 дней после продажи") would be cut."""
        if getattr(self, "_words", None) is None:
            return hint
        fm = self.fontMetrics()
        ends = (self.minimum(), self.maximum())
        measured = max(fm.horizontalAdvance(self.textFromValue(v)[:18] + " ") for v in ends)
        values = {*ends, *range(self.minimum(), min(self.maximum(), self.minimum() + 30) + 1)}
        needed = max(fm.horizontalAdvance(self.textFromValue(v) + " ") for v in values)
        return QSize(hint.width() + max(0, needed - measured), hint.height())

    def valueFromText(self, text: str) -> int:
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        found = re.search(r"\d+", text)
        return int(found.group()) if found else self.minimum()

    def validate(self, text: str, pos: int) -> object:
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        found = re.search(r"\d+", text)
        if found is None:
            return QValidator.State.Intermediate, text, pos
        inside = self.minimum() <= int(found.group()) <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate,
                text, pos)


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
        self.setAccessibleName(tr("Services of the type"))
        self.setHorizontalHeaderLabels([tr("Service"), tr("Category"), tr("Visits")])
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
            spin.setAccessibleName(tr("Visits of {service}").format(service=choice.name))
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
        self.amount.setAccessibleName(tr("{field}: amount").format(field=name))
        self.unit = ChoiceBox()
        self.unit.setAccessibleName(tr("{field}: unit").format(field=name))
        for unit, label in _UNIT_NAMES.items():
            self.unit.addItem(tr(label), unit.value)
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


# a spin box for each period: its suffix, the text of its lowest value, its name
_LIMIT_TEXTS = {
    "per_day": (QT_TR_NOOP(" a day"), QT_TR_NOOP("no limit a day"),
                QT_TR_NOOP("Visits a day, at most")),
    "per_week": (QT_TR_NOOP(" a week"), QT_TR_NOOP("no limit a week"),
                 QT_TR_NOOP("Visits a week, at most")),
    "per_month": (QT_TR_NOOP(" a month"), QT_TR_NOOP("no limit a month"),
                  QT_TR_NOOP("Visits a month, at most")),
}


class VisitLimitsField(QWidget):
    """At most N visits a day, a week and a month: a spin box each, whose lowest value reads
    "no limit" (0 is not a cap a type could work with, so it stands for none)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spins: dict[str, QSpinBox] = {}
        for field, (suffix, none_text, name) in _LIMIT_TEXTS.items():
            spin = QSpinBox(minimum=0, maximum=MAX_CAP, value=0, suffix=tr(suffix))
            spin.setSpecialValueText(tr(none_text))
            spin.setAccessibleName(tr(name))
            self.spins[field] = spin
            layout.addWidget(spin)
        note = QLabel(tr("weeks run Monday to Sunday; months are calendar months"))
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


def _optional_spin(name: str, *, most: int, words: Callable[[int], str],
                   none_text: str) -> QSpinBox:
    """A whole number from 1 to ``most``, whose lowest value (0) reads ``none_text``."""
    spin = CountSpin(words, minimum=0, maximum=most, value=0)
    spin.setSpecialValueText(none_text)
    spin.setAccessibleName(name)
    return spin


class FreezePolicyField(QWidget):
    """The type's freeze policy (SPEC §3.5): shortest and longest single freeze, how many
    freezes one membership may have, the fee per freeze and whether a reason is required.
    Each spin box reads "any" at its lowest: the part of the policy is then left out."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.min_days = _optional_spin(
            tr("Shortest freeze, days"), most=MAX_FREEZE_DAYS, none_text=tr("any shortest"),
            words=lambda n: tr("%n days at least", None, n))
        self.max_days = _optional_spin(
            tr("Longest freeze, days"), most=MAX_FREEZE_DAYS, none_text=tr("any longest"),
            words=lambda n: tr("%n days at most", None, n))
        self.max_count = _optional_spin(
            tr("Freezes per membership, at most"), most=MAX_FREEZES,
            none_text=tr("any number"),
            words=lambda n: tr("%n freezes at most", None, n))
        self.fee = QLineEdit("0.00", accessibleName=tr("Fee per freeze"))
        self.fee.setMaximumWidth(90)
        self.reason_required = QCheckBox(tr("Reason required"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.min_days, self.max_days, self.max_count, QLabel(tr("fee")), self.fee,
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
