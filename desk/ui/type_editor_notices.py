"""The type editor's notifications (SPEC §6): on/off, threshold and message for each kind,
with a live preview and a character count (the 255 limit is enforced when saving)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk.core.notifications import (
    DEFAULT_TEMPLATES,
    MAX_LENGTH,
    PLACEHOLDERS,
    MessageValues,
    NoticeKind,
    NoticeSetting,
    render,
)
from desk.ui.i18n import tr
from desk.ui.type_editor_fields import CountSpin

_TITLES = {NoticeKind.BEFORE_EXPIRY: QT_TR_NOOP("Before expiry"),
           NoticeKind.VISITS_LEFT: QT_TR_NOOP("Before the end of visits"),
           NoticeKind.EACH_DEDUCTION: QT_TR_NOOP("On each deduction")}
# the threshold as it reads: "7 days before", "1 visit left"
_THRESHOLDS = {NoticeKind.BEFORE_EXPIRY: lambda n: tr("%n days before", None, n),
               NoticeKind.VISITS_LEFT: lambda n: tr("%n visits left", None, n),
               NoticeKind.EACH_DEDUCTION: lambda n: str(n)}
# the preview's heading: "Preview (before expiry): …"
_PREVIEWS = {NoticeKind.BEFORE_EXPIRY: QT_TR_NOOP("Preview (before expiry): {message}"),
             NoticeKind.VISITS_LEFT: QT_TR_NOOP("Preview (before the end of visits): {message}"),
             NoticeKind.EACH_DEDUCTION: QT_TR_NOOP("Preview (on each deduction): {message}")}
_DEFAULT_THRESHOLD = {NoticeKind.BEFORE_EXPIRY: 7, NoticeKind.VISITS_LEFT: 1}


class NoticeRow:
    """The widgets of one notification kind."""

    def __init__(self, kind: NoticeKind) -> None:
        title = tr(_TITLES[kind])
        self.kind = kind
        self.enabled = QCheckBox(title)
        self.threshold = CountSpin(_THRESHOLDS[kind], minimum=0, maximum=3650)
        self.threshold.setAccessibleName(tr("{notice}: number").format(notice=title))
        self.threshold.setValue(_DEFAULT_THRESHOLD.get(kind, 0))
        self.threshold.setMaximumWidth(140)
        self.threshold.setVisible(kind in _DEFAULT_THRESHOLD)
        self.template = QLineEdit(DEFAULT_TEMPLATES[kind])
        self.template.setAccessibleName(tr("{notice}: message").format(notice=title))
        self.template.setToolTip(tr("Placeholders: {names}").format(names=" ".join(PLACEHOLDERS)))
        self.template.setMinimumWidth(360)
        self.count = QLabel()
        self.count.setProperty("role", "hint")

    def setting(self) -> NoticeSetting:
        text = self.template.text()
        return NoticeSetting(self.kind, self.enabled.isChecked(),
                             self.threshold.value() if self.kind in _DEFAULT_THRESHOLD else None,
                             "" if text == DEFAULT_TEMPLATES[self.kind] else text)

    def load(self, setting: NoticeSetting) -> None:
        self.enabled.setChecked(setting.enabled)
        if setting.threshold is not None:
            self.threshold.setValue(setting.threshold)
        self.template.setText(setting.text)


class NoticesBox(QWidget):
    """The three notifications of a type and a preview of the message being edited."""

    def __init__(self, locations: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.location_names = locations or {}  # id -> name, for the preview's %LOCATION%
        self.type_name, self.location = "", next(iter(self.location_names.values()), "")
        self._loaded: set[NoticeKind] = set()
        self.rows = {kind: NoticeRow(kind) for kind in NoticeKind}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for r, row in enumerate(self.rows.values()):
            for c, widget in enumerate((row.enabled, row.threshold, row.template, row.count)):
                grid.addWidget(widget, r, c)
            row.template.textChanged.connect(lambda _=None, k=row.kind: self.preview_of(k))
            row.threshold.valueChanged.connect(lambda _=None, k=row.kind: self.preview_of(k))
            row.enabled.toggled.connect(lambda _=None, k=row.kind: self.preview_of(k))
        grid.setColumnStretch(2, 1)
        self.preview = QLabel()
        self.preview.setAccessibleName(tr("Message preview"))
        self.preview.setWordWrap(True)
        self.preview.setProperty("role", "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.preview)
        for kind in NoticeKind:
            self.preview_of(kind)
        self.preview_of(NoticeKind.BEFORE_EXPIRY)

    def load(self, settings: tuple[NoticeSetting, ...]) -> None:
        self._loaded = {setting.kind for setting in settings}
        for setting in settings:
            self.rows[setting.kind].load(setting)

    def settings(self) -> tuple[NoticeSetting, ...]:
        """The settings as edited; a kind never set and left untouched is left out, so an
        unchanged type reads back exactly as it was."""
        untouched = {kind: NoticeSetting(kind, False, _DEFAULT_THRESHOLD.get(kind))
                     for kind in NoticeKind}
        return tuple(s for s in (row.setting() for row in self.rows.values())
                     if s.kind in self._loaded or s != untouched[s.kind])

    def use_locations(self, location_ids) -> None:
        """Preview with a location where the type is valid."""
        names = sorted(self.location_names[i] for i in location_ids if i in self.location_names)
        self.location = names[0] if names else self.location

    def set_type_name(self, name: str) -> None:
        self.type_name = name.strip()
        self.preview_of(NoticeKind.BEFORE_EXPIRY)

    def preview_of(self, kind: NoticeKind) -> None:
        """Show ``kind``'s message as a client would read it, with sample values."""
        row = self.rows[kind]
        text = row.template.text()
        row.count.setText(f"{len(text)}/{MAX_LENGTH}")
        row.count.setProperty("role", "error" if len(text) > MAX_LENGTH else "hint")
        left = row.threshold.value() if kind is NoticeKind.VISITS_LEFT else 5
        sample = MessageValues("Alice Smith", self.type_name or "Massage 10", left,
                               date.today() + timedelta(days=30), self.location or "Downtown")
        self.preview.setText(tr(_PREVIEWS[kind]).format(message=render(text, sample)))
