"""A person's window comes back as they left it; the smoke test and screenshots don't. A
window with nothing to come back to opens at a size that fits the screen."""

import pytest
from PySide6.QtCore import QRect, QSize

from desk.ui.main_window import MainWindow, first_window_geometry


def opened(demo, qtbot, **how) -> MainWindow:
    window = MainWindow(demo.db, demo.admin, **how)
    qtbot.addWidget(window)
    return window


def test_the_desk_reopens_on_the_tab_it_was_closed_on(demo, qtbot):
    first = opened(demo, qtbot)
    first.tabs.setCurrentWidget(first.types_view)
    first.close()
    again = opened(demo, qtbot)
    assert again.tabs.currentWidget() is again.types_view


def test_a_window_that_does_not_remember_starts_on_the_clients_and_leaves_no_trace(demo,
                                                                                    qtbot):
    passing = opened(demo, qtbot, remember=False)
    passing.tabs.setCurrentIndex(2)
    passing.close()
    assert opened(demo, qtbot, remember=False).tabs.currentIndex() == 0
    assert opened(demo, qtbot).tabs.currentIndex() == 0


@pytest.mark.parametrize(("available", "expected"), [
    (QRect(0, 0, 1600, 1000), QRect(120, 75, 1360, 850)),  # 85 %
    (QRect(0, 0, 1920, 1040), QRect(144, 78, 1632, 884)),
    (QRect(0, 0, 1440, 860), QRect(80, 30, 1280, 800)),  # 85 % is less than 1280×800
    (QRect(0, 0, 1366, 728), QRect(43, 0, 1280, 728)),  # a laptop: never taller than it
    (QRect(0, 0, 1024, 600), QRect(0, 0, 1024, 600)),  # a small screen: all of it
    (QRect(1600, 40, 1600, 960), QRect(1720, 112, 1360, 816)),  # a second screen, a top bar
])
def test_the_first_window_fits_the_screen_and_is_centred_on_it(available, expected):
    assert first_window_geometry(available) == expected


def test_with_nothing_remembered_the_window_opens_at_the_size_computed_for_its_screen(
        demo, qtbot):
    window = opened(demo, qtbot)
    window.show()
    qtbot.waitExposed(window)
    expected = first_window_geometry(window.screen().availableGeometry())
    assert window.size() == expected.size()
    nudge = window.geometry().center() - expected.center()  # the window system's frame
    assert nudge.manhattanLength() <= 4


def test_a_remembered_size_wins_over_the_first_size(demo, qtbot):
    first = opened(demo, qtbot)
    first.show()
    first.resize(first.minimumSizeHint() + QSize(10, 20))
    remembered = first.size()
    assert remembered != first_window_geometry(first.screen().availableGeometry()).size()
    first.close()
    assert opened(demo, qtbot).size() == remembered
