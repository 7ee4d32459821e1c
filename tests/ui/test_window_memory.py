"""A person's window comes back as they left it; the smoke test and screenshots don't."""

from desk.ui.main_window import MainWindow


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
