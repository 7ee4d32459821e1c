"""Refusals that say what to do (SPEC §11): each reason shown in full on a label that wraps,
and beside it the next step as a button where one exists ("Unfreeze now", "Sell Yoga 8")."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class NextStep(StrEnum):
    UNFREEZE = "unfreeze"  # the membership works again at once
    SELL_AGAIN = "sell_again"  # a new membership of the same type
    SELL_COVERING = "sell_covering"  # a type that covers the visit
    GENERATE_CODE = "generate_code"  # the code typed is taken: a new one at the sale
    FREEZE_DAYS_LEFT = "freeze_days_left"  # as many days as the membership has left
    PAY_PAST_LIMIT = "pay_past_limit"  # a manager pays anyway, saying why (SPEC §3.10)


# a refusal's code -> the step that removes it; codes not here have none at the desk (a
# wrong owner or a visit before the sale is not mended by a button)
NEXT_STEPS: dict[str, NextStep] = {
    "membership_frozen": NextStep.UNFREEZE,
    "membership_expired": NextStep.SELL_AGAIN,
    "membership_used_up": NextStep.SELL_AGAIN,
    "service_not_included": NextStep.SELL_COVERING,
    "location_not_valid": NextStep.SELL_COVERING,
    "code_exists": NextStep.GENERATE_CODE,
    "freeze_limit_exceeded": NextStep.FREEZE_DAYS_LEFT,
    "visit_limit_reached": NextStep.PAY_PAST_LIMIT,
}


def step_button(name: str) -> QPushButton:
    """The button of a dialog's next step, hidden while there is none to offer."""
    button = QPushButton(accessibleName=name)
    button.hide()
    return button


def message_row(message: QLabel, step: QPushButton) -> QHBoxLayout:
    """Why it was refused, and beside it the step that mends it."""
    row = QHBoxLayout()
    row.addWidget(message, 1)
    row.addWidget(step)
    return row


def reason_label(text: str = "") -> QLabel:
    """A reason as the desk shows it: whole, wrapped, selectable to copy."""
    label = QLabel(text, wordWrap=True)
    label.setTextInteractionFlags(label.textInteractionFlags()
                                  | label.textInteractionFlags().TextSelectableByMouse)
    return label


class RefusalList(QWidget):
    """Reasons one under the other, each with its next step's button, if any."""

    def __init__(self, **properties) -> None:
        super().__init__(**properties)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []
        self.steps: list[QPushButton] = []

    def clear(self) -> None:
        while (item := self.rows.takeAt(0)) is not None:
            if item.layout() is not None:
                while (inner := item.layout().takeAt(0)) is not None:
                    if inner.widget() is not None:
                        inner.widget().deleteLater()
                item.layout().deleteLater()
        self.labels, self.steps = [], []

    def add(self, reason: str, step: str | None = None,
            on_step: Callable[[QPushButton], None] | None = None) -> None:
        """A reason; with ``step``, a button of that text that calls ``on_step(button)``."""
        row = QHBoxLayout()
        label = reason_label(reason)
        row.addWidget(label, 1)
        self.labels.append(label)
        if step and on_step:
            button = QPushButton(step)  # focused, Enter presses it: a deliberate step
            button.clicked.connect(lambda: on_step(button))
            row.addWidget(button)
            self.steps.append(button)
        self.rows.addLayout(row)
        for i in range(row.count()):  # at once, not at the next turn of the event loop, so
            row.itemAt(i).widget().show()  # that the dialog can grow to fit them now

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]
