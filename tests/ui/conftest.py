"""UI tests: real widgets offscreen; window settings kept in a temporary folder."""

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def window(demo, qtbot):
    from desk.ui.app import main_window_for

    win = main_window_for(demo.db)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    return win
