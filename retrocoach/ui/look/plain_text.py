"""User text on screen is text, never markup.

A QLabel, a QMessageBox and a tooltip guess whether their text is HTML (``Qt.AutoText``): a
workout, phase or file name or a tip such as ``<img src="/dev/zero">`` was drawn as HTML,
and that one made the app read /dev/zero until it ran out of memory. Every label that can
show text from a file or the user is made plain with :func:`plain`; a tooltip goes through
:func:`tooltip`.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

_L = TypeVar("_L", QLabel, QMessageBox)


def plain(widget: _L) -> _L:
    """`widget` (a label, or a message box's text and informative text) showing its text as
    it is written."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def tooltip(text: str) -> str:
    """`text` as a tooltip that shows it as written (a tooltip has no plain-text switch)."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
