"""Helpers of test_i18n: a pseudo-translator, the texts a window shows, and what is data.

The pseudo-translator answers every lookup with the source text in ``⟦...⟧``: once it is
installed, a text that reached the screen without passing through Qt's translation shows
letters outside the markers. Data (workout and phase names, paths, numbers, the app's name,
voice names) is not translated by the catalogue and is allowed.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QStatusBar,
    QTabWidget,
    QWidget,
)

from retrocoach.assets_path import builtin_workouts_dir
from retrocoach.speech.engines.base import ENGINE_NAMES
from retrocoach.ui.screen.countdown import ElidedLabel
from retrocoach.ui.screen.direction_banner import DirectionBanner

OPEN, CLOSE = "\u27e6", "\u27e7"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAG = re.compile(r"<[^>]*>")
#: Object names of labels that show data, not the catalogue's texts: the voice's caption
#: (the phrasebook's words and the tips, translated as data: issue 18).
DATA_LABELS = frozenset({"caption"})
#: A voice as Settings lists it ("pyttsx3: English (Great Britain)"): the engine's own name.
VOICE_NAME = re.compile(rf"^({'|'.join(ENGINE_NAMES)}): ")


class PseudoTranslator(QTranslator):
    """Every text wrapped in ``⟦...⟧`` (``%n`` is filled by Qt afterwards)."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        del context, disambiguation, n
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


def install_pseudo() -> PseudoTranslator:
    """Installed last, it is asked first: it hides the English catalogue."""
    translator = PseudoTranslator(QCoreApplication.instance())
    QCoreApplication.installTranslator(translator)
    return translator


def workout_words(extra: Iterable[dict[str, object]] = ()) -> set[str]:
    """The names, descriptions and phase names of the bundled workouts (and of `extra`)."""
    words: set[str] = set()
    files = [json.loads(p.read_text("utf-8")) for p in builtin_workouts_dir().glob("*.json")]
    for data in [*files, *extra]:
        for key in ("name", "description"):
            if isinstance(data.get(key), str):
                words.add(str(data[key]))
        for section in ("warm_up", "round", "cool_down"):
            phases = data.get(section)
            for phase in phases if isinstance(phases, list) else []:
                words.add(str(phase["name"]))
    return words


def untranslated(text: str, data: Iterable[str]) -> str:
    """What of `text` is neither marked, nor data, nor a number: "" when nothing."""
    if VOICE_NAME.match(text):
        return ""
    rest = html.unescape(_TAG.sub(" ", text))
    while _MARKED.search(rest):  # innermost first: a translated text may hold another one
        rest = _MARKED.sub(" ", rest)
    for word in sorted(data, key=len, reverse=True):
        if word:
            rest = rest.replace(word, " ")
    return " ".join(rest.split()) if any(ch.isalpha() for ch in rest) else ""


def _label_text(label: QLabel) -> str:
    return label.full_text() if isinstance(label, ElidedLabel) else label.text()


def _menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    found = [("menu title", menu.title())]
    for action in menu.actions():
        found.append(("menu action", action.text()))  # (a menu shows no tool tips)
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _menu_texts(submenu)
    return found


def _header_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, 0),  # row numbers
    ):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            texts.append(str(value) if value is not None else "")
    return texts


def _texts_of(widget: QWidget) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = [
        ("tool tip", widget.toolTip()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
    ]
    if widget.isWindow():
        found.append(("window title", widget.windowTitle()))
    if isinstance(widget, QLabel) and widget.objectName() not in DATA_LABELS:
        found.append(("label", _label_text(widget)))
    elif isinstance(widget, QAbstractButton):
        found.append(("button", widget.text()))
    elif isinstance(widget, QGroupBox):
        found.append(("group box", widget.title()))
    elif isinstance(widget, QComboBox):
        found += [("combo item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QLineEdit):
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        found += [("suffix", widget.suffix()), ("prefix", widget.prefix())]
    if isinstance(widget, QAbstractSpinBox):
        found.append(("special value", widget.specialValueText()))
    if isinstance(widget, QAbstractItemView):
        found += [("header", text) for text in _header_texts(widget)]
    if isinstance(widget, QTabWidget):
        found += [("tab", widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QStatusBar):
        found.append(("status bar", widget.currentMessage()))
    if isinstance(widget, DirectionBanner):
        found.append(("banner", widget.text()))
    if isinstance(widget, QMenu):
        found += _menu_texts(widget)
    return found


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text `window` shows now: its title, its visible widgets' texts,
    tool tips and accessible names, its menus (``where`` names the widget and the kind)."""
    widgets = [window, *(w for w in window.findChildren(QWidget) if w.isVisibleTo(window))]
    found = []
    for widget in widgets:
        name = widget.objectName() or type(widget).__name__
        found += [(f"{name}: {kind}", text) for kind, text in _texts_of(widget) if text]
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                found += [(f"menu: {k}", t) for k, t in _menu_texts(menu) if t]
    return found


def findings(window: QWidget, data: Iterable[str]) -> list[str]:
    """``where: 'text' (left: 'untranslated part')`` for each text with untranslated words."""
    data = list(data)
    result = []
    for where, text in visible_texts(window):
        left = untranslated(text, data)
        if left:
            result.append(f"{where}: {text!r} (not translated: {left!r})")
    return sorted(set(result))


def data_paths(folders: Iterable[Path]) -> set[str]:
    """Paths as a window may show them (data, not words)."""
    return {str(folder) for folder in folders}
