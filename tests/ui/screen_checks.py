"""What a window shows wrong in a language: English words, and texts that do not fit.

:func:`english_words` finds words of the English catalogue (and Qt's English button, month
and day names) that the language's own catalogue never uses, outside data (workout and phase
names, paths, voice names, the voice's caption). :func:`cut_texts` finds every visible label
whose text needs more room than its rectangle (word wrap considered, rich text measured by
Qt's own ``heightForWidth``), every one-line label that ends in "…", every button, check
box, combo box or spin box whose text is wider than the room its style gives it, and every
such widget that sticks out of what its parents show (:func:`hidden_part`): a widget wider
than the viewport of a scroll area without a horizontal scroll bar is cut at the viewport's
edge (or behind its vertical scroll bar) although its own text fits its own rectangle.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtGui import QFontMetrics, Qt  # (QtGui's Qt has mightBeRichText)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSlider,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from retrocoach.ui.screen.countdown import ElidedLabel
from scripts import translations
from tests.ui.i18n_walk import DATA_LABELS, VOICE_NAME, visible_texts

_WORD = re.compile(r"[^\W\d_]{2,}")
_FIELD = re.compile(r"\{\w*\}")
_TAG = re.compile(r"<[^>]*>")
#: Qt's own English words on standard buttons: qtbase_<lang>.qm translates them.
#: ("OK" is German, Spanish... too.)
QT_BUTTONS = "Save Cancel Close Discard Apply Reset Restore Defaults Help Yes No Abort Retry"


def _words(text: str) -> set[str]:
    text = html.unescape(_TAG.sub(" ", _FIELD.sub(" ", text))).replace("&", "")
    return {word.lower() for word in _WORD.findall(text)}


def _catalogue_words(language: str) -> set[str]:
    words: set[str] = set()
    root = ET.parse(translations.catalogue_path(language)).getroot()
    for translation in root.iter("translation"):
        for text in [translation.text or "", *(f.text or "" for f in translation)]:
            words |= _words(text)
    return words


def _calendar_words(locale: QLocale) -> set[str]:
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    names = [locale.monthName(m, f) for m in range(1, 13) for f in formats]
    names += [locale.dayName(d, f) for d in range(1, 8) for f in formats]
    return set().union(*(_words(name) for name in names))


@cache
def english_only(language: str) -> frozenset[str]:
    """The English words that `language`'s texts never use (lower case)."""
    english = _catalogue_words("en") | _words(QT_BUTTONS)
    english |= _calendar_words(QLocale(QLocale.Language.English))
    own = _catalogue_words(language) | _calendar_words(QLocale(language))
    return frozenset(english - own)


def _cells(window: QWidget) -> list[tuple[str, str]]:
    """The texts of the visible tables' cells (the history's dates and outcomes)."""
    found = []
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(window):
            continue
        for row in range(min(model.rowCount(), 50)):
            for column in range(model.columnCount()):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str) and value:
                    found.append((f"{view.objectName() or 'table'}: cell", value))
    return found


def english_words(window: QWidget, language: str, data: Iterable[str]) -> list[str]:
    """``where: 'text' (English: words)`` for each visible text with English words (table
    cells too)."""
    data = sorted(data, key=len, reverse=True)
    found = []
    for where, text in [*visible_texts(window), *_cells(window)]:
        if VOICE_NAME.match(text) or where.split(":")[0] in DATA_LABELS:
            continue
        rest = text
        for item in data:
            rest = rest.replace(item, " ") if item else rest
        words = sorted(_words(rest) & english_only(language))
        if words:
            found.append(f"{where}: {text!r} (English: {', '.join(words)})")
    return sorted(set(found))


def _shown(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:  # a mnemonic's "&" is not shown
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def _label_cut(label: QLabel) -> str:
    """Why `label`'s text does not fit ("" when it does)."""
    if isinstance(label, ElidedLabel):
        full = label.full_text()
        if not full or label.text() == full:
            return ""
        need = label.fontMetrics().horizontalAdvance(full)
        return f"elided: needs {need} px, has {label.contentsRect().width()}"
    text = _shown(label)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), 0)
    room.setHeight(room.height() - label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if rich:  # Qt's own measure: the height its width needs, or its one-line width
        need = label.heightForWidth(label.width()) if label.wordWrap() else -1
        if need > label.height() + 1:
            return f"needs {need} px high, has {label.height()}"
        wide = label.sizeHint().width()
        return "" if label.wordWrap() or wide <= label.width() + 1 else f"needs {wide} px wide"
    if label.wordWrap() or "\n" in text:
        flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else 0
        box = QFontMetrics(label.font()).boundingRect(
            QRect(0, 0, room.width() if label.wordWrap() else 100_000, 100_000), flags, text
        )
        width, height = box.width(), box.height()
    else:  # one line: its ink (big digits are sized by it, not by the line's leading)
        metrics = QFontMetrics(label.font())
        width, height = metrics.horizontalAdvance(text), metrics.tightBoundingRect(text).height()
    if width > room.width() + 1 or height > room.height() + 1:
        return f"needs {width:.0f}x{height:.0f}, has {room.width()}x{room.height()}"
    return ""


def _button_cut(button: QAbstractButton) -> str:
    hint = button.sizeHint()
    if button.text() and hint.width() > button.width() + 1:
        return f"needs {hint.width()} px wide, has {button.width()}"
    return ""


def _combo_cut(combo: QComboBox) -> str:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(combo.currentText())
    return f"needs {need} px, has {field.width()}" if need > field.width() + 1 else ""


def _spin_cut(spin: QAbstractSpinBox) -> str:
    edit = spin.findChild(QWidget, "qt_spinbox_lineedit")
    if edit is None:
        return ""
    need = spin.fontMetrics().horizontalAdvance(spin.text())
    room = edit.contentsRect().width() - 4  # QLineEdit's own horizontal margin
    return f"needs {need} px, has {room}" if need > room + 1 else ""


#: The widgets :func:`hidden_part` looks at: what shows a text or takes a value.
CONTROLS = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit, QSlider)


#: How far a scroll bar that is not switched off can bring a part into view: all the way
#: (its range may lag a layout that is still being done, so it is not asked).
_ANY_DISTANCE = 1_000_000


def _reach(policy: Qt.ScrollBarPolicy) -> int:
    """How far a scroll area can scroll its content along a bar with `policy`."""
    return 0 if policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff else _ANY_DISTANCE


def _viewport_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The scroll area whose viewport `widget` is, if it is one."""
    area = widget.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is widget:
        return area
    return None


def hidden_part(widget: QWidget, window: QWidget) -> str:
    """Why part of `widget` can never be seen inside `window` ("" when all of it can).

    A widget is clipped by each of its parents. Inside a scroll area's viewport a part
    outside the viewport can be scrolled into view, but not along a scroll bar that is
    switched off: a part beyond the viewport that way is cut.
    """
    rect = QRect(QPoint(0, 0), widget.size())
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and child is not window:
        rect.translate(child.pos())
        room = parent.rect()
        area = _viewport_of(parent)
        if area is not None:  # the content's place in the viewport moves as it scrolls
            across = _reach(area.horizontalScrollBarPolicy())
            down = _reach(area.verticalScrollBarPolicy())
            room = room.adjusted(-across, -down, across, down)
        if not room.adjusted(-1, -1, 1, 1).contains(rect):
            left, right = room.left() - rect.left(), rect.right() - room.right()
            top, bottom = room.top() - rect.top(), rect.bottom() - room.bottom()
            sides = [
                f"{name} {amount} px"
                for name, amount in (
                    ("left", left), ("right", right), ("top", top), ("bottom", bottom)
                )
                if amount > 1
            ]  # fmt: skip
            where = type(area or parent).__name__
            return f"hidden by its {where}: {', '.join(sides)}"
        if area is not None:  # scrolled into view, it is shown inside the viewport
            shown = rect.intersected(parent.rect())
            rect = parent.rect() if shown.isEmpty() else shown
        child, parent = parent, parent.parentWidget()
    return ""


def cut_texts(window: QWidget) -> list[str]:
    """``name (kind): 'text': why`` for each visible text or control that does not fit (in
    its own rectangle, or in what its parents show of it)."""
    found = []
    widgets = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
    for widget in widgets:
        name = f"{widget.objectName() or type(widget).__name__} ({type(widget).__name__})"
        if isinstance(widget, CONTROLS) and not _inner(widget):
            hidden = hidden_part(widget, window)
            if hidden:
                found.append(f"{name}: {_text_of(widget)[:80]!r}: {hidden}")
        why = ""
        if isinstance(widget, QLabel):
            why = _label_cut(widget)
        elif isinstance(widget, QAbstractButton):
            why = _button_cut(widget)
        elif isinstance(widget, QComboBox):
            why = _combo_cut(widget)
        elif isinstance(widget, QAbstractSpinBox):
            why = _spin_cut(widget)
        if why:
            found.append(f"{name}: {_text_of(widget)[:80]!r}: {why}")
    return sorted(set(found))


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton | QAbstractSpinBox | QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def _inner(widget: QWidget) -> bool:
    """A part of another control (a spin box's line edit, a combo's popup): its control is
    checked instead."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent, QComboBox | QAbstractSpinBox)
