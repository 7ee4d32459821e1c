"""UI tests: real widgets offscreen; window settings kept in a temporary folder."""

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def english_window(qapp):
    """Tests read the window in English with US formats, whatever this machine's language;
    a test that switches language is put back."""
    from desk.ui.i18n import install_language

    install_language("en")
    yield
    install_language("en")


@pytest.fixture
def window(demo, qtbot):
    from desk.ui.app import main_window_for

    win = main_window_for(demo.db)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    return win


@pytest.fixture
def desk(window, qtbot):
    """The main window on the demo's day, its clients controller ready to act."""
    from tests.demo_chain import DEMO_DAY

    window.clients.today = lambda: DEMO_DAY
    qtbot.waitUntil(window.clients_view.sell_button.isEnabled)
    return window
