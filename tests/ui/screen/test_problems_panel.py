"""The problems panel (retrocoach/ui/screen/problems_panel.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from retrocoach.ui.screen.problems_panel import ProblemsPanel


def test_it_opens_once_and_adds_what_comes_later(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    panel = ProblemsPanel(window)
    assert panel.box is None
    panel.add(["<b>a.json</b> is broken"], startup=True)
    box = panel.box
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.textFormat() == Qt.TextFormat.PlainText  # a file name is text
    assert box.windowTitle() == "Some files had problems"
    panel.add(["Settings not saved: disk full"])
    assert panel.box is box and box.detailedText().count("\n\n") == 1


def test_a_bad_option_is_not_called_a_file_problem(qtbot: QtBot) -> None:
    """``--lang xx``: the box said "Some files had problems"."""
    titles = []
    for files, options in ((False, True), (True, True)):
        window = QWidget()
        qtbot.addWidget(window)
        panel = ProblemsPanel(window)
        panel.add(["There is no catalogue for the language 'xx'"], startup=files, options=options)
        assert panel.box is not None
        titles.append((panel.box.windowTitle(), panel.box.text()))
    assert titles == [
        ("A command-line option was not used", "retrocoach started without it. What it found:"),
        ("Problems at the start", "retrocoach started; nothing was overwritten. What it found:"),
    ]


def test_shown_again_it_leaves_the_focus_in_the_window(qtbot: QtBot) -> None:
    """Only the start-up box takes the focus; a new problem, or the box shown again after a
    session, leaves it where the runner put it (Space pressed the box's OK)."""
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = ProblemsPanel(window)
    panel.add(["bad.json is broken"], startup=True)
    box = panel.box
    assert box is not None
    qtbot.waitUntil(box.isActiveWindow)  # the start-up problems: read them first

    def back_to_the_window() -> None:
        window.activateWindow()
        field.setFocus()
        qtbot.waitUntil(lambda: window.isActiveWindow() and field.hasFocus())

    back_to_the_window()
    panel.add(["Settings not saved: disk full"])  # while it is open
    qtbot.wait(50)
    assert window.isActiveWindow() and field.hasFocus()
    panel.hold(True)  # a session: hidden
    assert not box.isVisible()
    panel.hold(False)  # its end: shown again, without the focus
    qtbot.waitUntil(box.isVisible)
    qtbot.wait(50)
    assert window.isActiveWindow() and field.hasFocus() and not box.isActiveWindow()
    box.done(0)  # read and closed
    back_to_the_window()
    panel.add(["The log file cannot be written"])  # a new problem opens it again
    qtbot.waitUntil(box.isVisible)
    qtbot.wait(50)
    assert window.isActiveWindow() and field.hasFocus()
    assert "The log file cannot be written" in box.detailedText()


def test_start_up_problems_met_during_a_session_do_not_take_the_focus_after_it(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel = ProblemsPanel(window)
    panel.hold(True)  # retrocoach --start: the session runs before the problems are read
    panel.add(["bad.json is broken"], startup=True)
    assert panel.box is not None and not panel.box.isVisible()
    panel.hold(False)
    qtbot.waitUntil(panel.box.isVisible)
    qtbot.wait(50)
    assert window.isActiveWindow()
