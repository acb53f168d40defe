"""The menu table (retrocoach/ui/actions/menus.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from retrocoach.ui.actions.menus import MENUS, build_menus, entry_name


def test_entry_names() -> None:
    assert entry_name("&New workout…") == "New workout"
    assert entry_name("&Full screen\tF11") == "Full screen"
    assert entry_name("Where is my &data?") == "Where is my data?"


def test_every_entry_gets_its_slot_and_key(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    names = [entry_name(entry) for _menu, entries in MENUS for entry, _key in entries]
    called: list[str] = []

    def slot(name: str) -> Callable[[], None]:
        return lambda: called.append(name)

    slots = {name: slot(name) for name in names}
    actions = build_menus(window, slots)
    assert list(actions) == names and len(window.menuBar().actions()) == 3
    assert actions["Quit"].shortcut().toString() == "Ctrl+Q"
    assert actions["Mute voice"].isCheckable() and not actions["Quit"].isCheckable()
    for action in actions.values():
        action.trigger()
    assert called == names
