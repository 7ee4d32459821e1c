"""The Qt binding must not leak references to True/None (PySide6 6.12.0 did, on 3.11)."""

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    sig_tick = Signal(int)


def test_emitting_signals_and_processing_events_keeps_true_and_none_alive(qapp):
    emitter = _Emitter()
    emitter.sig_tick.connect(lambda _: None)
    trues, nones = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(500):
        emitter.sig_tick.emit(n)
        QCoreApplication.processEvents()
    assert sys.getrefcount(True) >= trues - 5 and sys.getrefcount(None) >= nones - 5
