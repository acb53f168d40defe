"""Widgets given to qtbot live until pytest-qt closes them (``widgets_kept_until_closed``)."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot


class Strip(QWidget):
    """A child with a Python override, as the main window's timeline has."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.painted = 0

    def paintEvent(self, event: object) -> None:
        self.painted += 1


def test_a_shown_window_held_only_by_a_cycle_outlives_a_collection(qtbot: QtBot) -> None:
    """pytest-qt holds a weak reference only: a window in a reference cycle (the main window
    is one: its parts keep its bound methods) was freed by the next cyclic collection, which
    could come in the middle of a paint after the test returned; Python then crashed
    ("Internal C++ object (Timeline) already deleted", a segmentation fault)."""
    window = QWidget()
    QVBoxLayout(window).addWidget(Strip(window))
    window.itself = window  # type: ignore[attr-defined]  # the cycle
    qtbot.addWidget(window)
    window.resize(300, 100)
    window.show()
    qtbot.waitExposed(window)
    alive = weakref.ref(window)
    del window
    gc.collect()
    kept = alive()
    assert kept is not None
    kept.update()
    strip = kept.findChild(Strip)
    assert strip is not None
    qtbot.waitUntil(lambda: strip.painted > 0)
