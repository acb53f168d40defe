"""The menu bar: one table of the menus, their entries and keys; the controller hands in what
each entry does (by the entry's English name, as :data:`MENUS` writes it without ``&``,
``…`` and the tab)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from retrocoach.core.problem import QT_TRANSLATE_NOOP

#: (menu, [(entry, key)]): a key of None has no shortcut (F11 is the window's own).
MENUS: tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Menus", "&File"),
        (
            (QT_TRANSLATE_NOOP("Menus", "&New workout…"), "Ctrl+N"),
            (QT_TRANSLATE_NOOP("Menus", "&Edit or duplicate workout…"), "Ctrl+E"),
            (QT_TRANSLATE_NOOP("Menus", "&Import workout…"), "Ctrl+I"),
            (QT_TRANSLATE_NOOP("Menus", "E&xport workout…"), "Ctrl+Shift+E"),
            (QT_TRANSLATE_NOOP("Menus", "&Quit"), "Ctrl+Q"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&View"),
        (
            (QT_TRANSLATE_NOOP("Menus", "&Full screen\tF11"), None),
            (QT_TRANSLATE_NOOP("Menus", "&History…"), "Ctrl+H"),
            (QT_TRANSLATE_NOOP("Menus", "&Settings…"), "Ctrl+,"),
            (QT_TRANSLATE_NOOP("Menus", "&Mute voice"), "M"),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Menus", "&Help"),
        (
            (QT_TRANSLATE_NOOP("Menus", "&Keyboard and controls"), "F1"),
            (QT_TRANSLATE_NOOP("Menus", "&About retrocoach"), None),
            (QT_TRANSLATE_NOOP("Menus", "Where is my &data?"), None),
            (QT_TRANSLATE_NOOP("Menus", "&Before your first session"), None),
        ),
    ),
)


def entry_name(entry: str) -> str:
    """``&New workout…`` -> ``New workout``: the name an action is known by."""
    return entry.replace("&", "").split("\t")[0].rstrip("…")


def build_menus(
    window: QMainWindow, slots: Mapping[str, Callable[[], object]]
) -> dict[str, QAction]:
    """The menus on `window`'s menu bar; every entry of :data:`MENUS` needs its slot. The
    actions by name; Mute voice is checkable (the menu shows the state too)."""
    bar = window.menuBar()
    actions: dict[str, QAction] = {}
    for title, entries in MENUS:
        menu = bar.addMenu(QCoreApplication.translate("Menus", title))
        for entry, key in entries:
            action = menu.addAction(QCoreApplication.translate("Menus", entry))
            if key is not None:
                action.setShortcut(QKeySequence(key))
            name = entry_name(entry)
            action.triggered.connect(slots[name])
            actions[name] = action
    actions["Mute voice"].setCheckable(True)
    return actions
