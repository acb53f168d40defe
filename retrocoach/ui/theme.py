"""Colours as data: one hue per (direction, pace), light/dark/high-contrast palettes.

Backward phases are warm (amber -> orange -> red as the pace rises), forward recovery is
calm (teal, green, blue), the lead-in and idle screens are neutral. Colour is never the only
signal: :func:`phase_tag` gives the words shown next to it ("BACKWARDS · JOG"). Text colour
is chosen per background for contrast (WCAG relative luminance), so any palette stays legible.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from retrocoach.core.workout import Direction, Pace, Phase

PhaseKey = tuple[Direction, Pace]
_W = TypeVar("_W", bound=QWidget)


@dataclass(frozen=True)
class Theme:
    """A palette for the whole window; every field is a ``#rrggbb`` colour."""

    name: str
    label: str
    window: str  # the window background
    surface: str  # controls, troughs, the timeline's backdrop
    border: str  # outlines of controls (and of the big panel in high contrast)
    text: str  # text on `window` / `surface`
    muted: str  # secondary text on `window`
    accent: str  # the session progress bar and the primary button
    light_text: str  # the candidates for text on a coloured panel
    dark_text: str
    idle: str
    lead_in: str
    done: str
    stopped: str
    phases: Mapping[PhaseKey, str]

    def phase_colour_name(self, phase: Phase) -> str:
        return self.phases[(phase.direction, phase.pace)]

    def phase_colour(self, phase: Phase) -> QColor:
        return QColor(self.phase_colour_name(phase))

    def panel_colours(self, colour: str, dimmed: bool) -> tuple[QColor, QColor]:
        """(background, text) of the big panel; `dimmed` (paused) mutes the hue."""
        background = QColor(colour)
        if dimmed:
            window = QColor(self.window)
            background = QColor.fromRgbF(
                0.55 * background.redF() + 0.45 * window.redF(),
                0.55 * background.greenF() + 0.45 * window.greenF(),
                0.55 * background.blueF() + 0.45 * window.blueF(),
            )
        return background, self.text_on(background)

    def text_on(self, background: QColor) -> QColor:
        """Whichever of the theme's light and dark text contrasts more with `background`."""
        light, dark = QColor(self.light_text), QColor(self.dark_text)
        if contrast_ratio(light, background) >= contrast_ratio(dark, background):
            return light
        return dark


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_DIRECTION_WORDS = {Direction.BACKWARD: "BACKWARDS", Direction.FORWARD: "FORWARDS"}


def phase_tag(phase: Phase) -> str:
    """The words that go with the colour, e.g. ``BACKWARDS · JOG``."""
    return f"{_DIRECTION_WORDS[phase.direction]} · {phase.pace.value.upper()}"


def _phases(
    back_walk: str, back_jog: str, back_run: str, fwd_walk: str, fwd_jog: str, fwd_run: str
) -> dict[PhaseKey, str]:
    b, f = Direction.BACKWARD, Direction.FORWARD
    return {
        (b, Pace.WALK): back_walk,
        (b, Pace.JOG): back_jog,
        (b, Pace.RUN): back_run,
        (f, Pace.WALK): fwd_walk,
        (f, Pace.JOG): fwd_jog,
        (f, Pace.RUN): fwd_run,
    }


DARK = Theme(
    name="dark",
    label="Dark",
    window="#11151c",
    surface="#1c222d",
    border="#2e3745",
    text="#f3f5f8",
    muted="#98a2b3",
    accent="#f59e0b",
    light_text="#ffffff",
    dark_text="#111111",
    idle="#2b3341",
    lead_in="#475569",
    done="#6d28d9",
    stopped="#52525b",
    phases=_phases("#b45309", "#c2410c", "#b91c1c", "#0f766e", "#15803d", "#1d4ed8"),
)

LIGHT = Theme(
    name="light",
    label="Light",
    window="#f3f4f6",
    surface="#ffffff",
    border="#d1d5db",
    text="#111827",
    muted="#4b5563",
    accent="#c2410c",
    light_text="#ffffff",
    dark_text="#111111",
    idle="#e5e7eb",
    lead_in="#cbd5e1",
    done="#c4b5fd",
    stopped="#d4d4d8",
    phases=_phases("#fdba74", "#fb923c", "#f87171", "#7dd3fc", "#86efac", "#93c5fd"),
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    label="High contrast",
    window="#000000",
    surface="#000000",
    border="#ffffff",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffff00",
    light_text="#ffffff",
    dark_text="#000000",
    idle="#000000",
    lead_in="#ffffff",
    done="#ffff00",
    stopped="#bfbfbf",
    phases=_phases("#ffa500", "#ff6a00", "#ff2020", "#00e5ff", "#00ff66", "#66b3ff"),
)


def named(widget: _W, name: str) -> _W:
    """`widget` with its object name set: the name the style sheets select it by."""
    widget.setObjectName(name)
    return widget


def scaled_font(pixels: float, bold: bool = False) -> QFont:
    """The app's font at `pixels` pixels (at least 9): sizes scale with the window."""
    font = QFont()
    font.setPixelSize(max(9, round(pixels)))
    font.setBold(bold)
    return font


def window_style_sheet(t: Theme, scale: float = 1.0) -> str:
    """The window's Qt style sheet; sizes are for a 1280x800 window times `scale`."""

    def px(value: float) -> str:
        return f"{max(1, round(value * scale))}px"

    on_accent = t.text_on(QColor(t.accent)).name()
    return f"""
    QMainWindow, QWidget#central {{ background: {t.window}; }}
    QLabel#round, QLabel#next {{ color: {t.text}; }}
    QLabel#total {{ color: {t.muted}; }}
    QPushButton {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border};
                   border-radius: {px(12)}; padding: {px(12)} {px(24)}; }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:disabled {{ color: {t.border}; }}
    QPushButton#primary {{ background: {t.accent}; color: {on_accent}; border-color: {t.accent};
                           min-width: {px(150)}; }}
    QPushButton#roundsMinus, QPushButton#roundsPlus {{ padding: {px(12)} 0;
                                                      min-width: {px(46)}; }}
    QComboBox, QSpinBox {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border};
                          border-radius: {px(10)}; padding: {px(9)} {px(12)}; }}
    QComboBox:disabled, QSpinBox:disabled {{ color: {t.muted}; }}
    QComboBox::drop-down {{ border: none; background: transparent; width: {px(36)}; }}
    QComboBox::down-arrow {{ image: none; }}
    QSpinBox::up-button, QSpinBox::down-button {{ width: 0; border: none; }}
    QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.text};
                                   selection-background-color: {t.accent}; }}
    QProgressBar#sessionBar {{ background: {t.surface}; border: none; border-radius: {px(6)}; }}
    QProgressBar#sessionBar::chunk {{ background: {t.accent}; border-radius: {px(6)}; }}
    QStatusBar {{ background: {t.surface}; color: {t.text}; }}
    QStatusBar QLabel {{ color: {t.muted}; padding: 0 {px(8)}; }}
    QMenuBar {{ background: {t.surface}; color: {t.text}; }}
    QMenuBar::item:selected, QMenu::item:selected {{ background: {t.accent}; color: {on_accent}; }}
    QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
    """


def palette(t: Theme) -> QPalette:
    """The application palette for `t`, so dialogs and menus match the window."""
    result = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, t.window),
        (roles.Base, t.surface),
        (roles.AlternateBase, t.window),
        (roles.Button, t.surface),
        (roles.WindowText, t.text),
        (roles.Text, t.text),
        (roles.ButtonText, t.text),
        (roles.ToolTipBase, t.surface),
        (roles.ToolTipText, t.text),
        (roles.PlaceholderText, t.muted),
        (roles.Highlight, t.accent),
        (roles.HighlightedText, t.text_on(QColor(t.accent)).name()),
    ):
        result.setColor(role, QColor(colour))
    result.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor(t.muted))
    result.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor(t.muted))
    result.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor(t.muted))
    return result


def panel_style_sheet(t: Theme, colour: str, dimmed: bool, scale: float = 1.0) -> str:
    """The big panel's style sheet: its colour, and text that contrasts with it."""
    background, text = t.panel_colours(colour, dimmed)
    alpha = 170 if dimmed else 255
    border = t.border if t.name == "high-contrast" else background.name()
    radius, bar_radius = max(4, round(28 * scale)), max(2, round(6 * scale))
    return (
        f"QFrame#panel {{ background: {background.name()}; border: 3px solid {border};"
        f" border-radius: {radius}px; }}"
        f" QFrame#panel QLabel {{ color: {text.name()}; background: transparent; }}"
        f" QFrame#panel QLabel#countdown {{ color: rgba({text.red()}, {text.green()},"
        f" {text.blue()}, {alpha}); }}"
        f" QProgressBar {{ background: rgba(0, 0, 0, 70); border: none;"
        f" border-radius: {bar_radius}px; }}"
        f" QProgressBar::chunk {{ background: {text.name()}; border-radius: {bar_radius}px; }}"
    )


#: The palettes by name; the first is the default.
THEMES: dict[str, Theme] = {theme.name: theme for theme in (DARK, LIGHT, HIGH_CONTRAST)}
DEFAULT_THEME = DARK


def error_colour(palette: QPalette) -> str:
    """A red that stands out on the window colour (light or dark theme)."""
    return "#fca5a5" if palette.color(QPalette.ColorRole.Window).lightness() < 128 else "#b91c1c"
