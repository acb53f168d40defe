"""Window sizes from the screen: a first size that fits, saved sizes clamped, dialogs that fit.

A fixed first size (the old 1280x800) puts the buttons and the title bar off a 1366x768 or
1024x600 screen. Every window here is sized from the screen's *available* geometry (without
panels and docks) and never larger than it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QScrollArea, QStyle, QWidget

#: The share of the available screen a first main window takes (each way).
FIRST_SHARE = 0.9
#: The size the main window's layout is designed for; smaller screens scale it down.
DESIGN_SIZE = QSize(1280, 800)


def available(widget: QWidget | None = None) -> QRect:
    """The available geometry of `widget`'s screen (or the primary screen)."""
    screen: QScreen | None = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    if screen is None:  # no screen at all (should not happen): the design size
        return QRect(0, 0, DESIGN_SIZE.width(), DESIGN_SIZE.height())
    return screen.availableGeometry()


def first_size(area: QRect) -> QSize:
    """A first main-window size: most of `area`, no larger than needed for the design."""
    width = min(round(area.width() * FIRST_SHARE), round(DESIGN_SIZE.width() * 1.25))
    height = min(round(area.height() * FIRST_SHARE), round(DESIGN_SIZE.height() * 1.25))
    return QSize(width, height)


def opens_maximised(area: QRect) -> bool:
    """True on a screen smaller than the design size, or in portrait: the window is
    maximised there (at 1024x600 a window of 90 % left the digits at 23 mm seen from 5 m; a
    portrait screen's height is the panel's best asset)."""
    small = area.width() < DESIGN_SIZE.width() or area.height() < DESIGN_SIZE.height()
    return small or area.height() > area.width()


def clamp_size(size: QSize, area: QRect) -> QSize:
    """`size` made to fit inside `area` (a saved size from a bigger screen shrinks)."""
    return QSize(min(size.width(), area.width()), min(size.height(), area.height()))


def centred(size: QSize, area: QRect) -> QRect:
    """A rectangle of `size` (clamped) centred in `area`."""
    fitted = clamp_size(size, area)
    rect = QRect(0, 0, fitted.width(), fitted.height())
    rect.moveCenter(area.center())
    return rect


def fit_dialog(dialog: QWidget, wanted: QSize, margin: int = 40) -> None:
    """Resize `dialog` to `wanted`, or less so it fits its screen with a little margin.

    The frame (title bar) is not known before the window is shown: `margin` leaves room.
    """
    area = available(dialog.parentWidget() or dialog)
    room = QRect(area.x(), area.y(), max(200, area.width() - margin), area.height() - margin)
    dialog.resize(clamp_size(wanted, room))


def fit_beside_scroll_bar(scroll: QScrollArea) -> None:
    """Make `scroll` (its widget resizable, no horizontal scroll bar) never narrower than its
    widget's full width plus the vertical scroll bar's.

    Without it a window sized from the widget's hint has no room for the bar once the height
    runs short: the widget keeps its minimum width, wider than the viewport beside the bar,
    and its right edge (buttons, spin-box arrows, the end of texts) is cut off. Call it once
    the widget's layout is complete.
    """
    widget = scroll.widget()
    assert widget is not None, "set the scroll area's widget first"
    layout = widget.layout()
    if layout is not None:
        layout.activate()  # hints set meanwhile (a label column's width) count
    bar = scroll.verticalScrollBar()
    extent = max(
        bar.sizeHint().width(),
        scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar),
    )
    frame = 2 * scroll.frameWidth()
    scroll.setMinimumWidth(widget.sizeHint().width() + extent + frame)
