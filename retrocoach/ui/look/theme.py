"""Colours as data: one colour per (direction, pace), light/dark/high-contrast palettes.

Backward phases are warm (yellow -> orange -> dark red as the pace rises), forward phases are
cool (aqua -> azure -> deep blue). Pace is told apart by lightness (walk light, run dark) and
direction by the blue-yellow axis: the two differences a deuteranope still sees, so every two
phase kinds are at least ΔE 25 apart for normal and deuteranope vision (:mod:`.colour`).
Colour is never the only signal: :func:`direction_word` and :func:`pace_word` give the words
shown next to it. Text colour is chosen per background for contrast (WCAG), so any palette
stays legible.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from string import Formatter
from typing import Literal, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.workout import Direction, Pace, Phase
from retrocoach.ui.look.colour import contrast_ratio, relative_luminance

__all__ = ["contrast_ratio", "relative_luminance"]  # measured here, made in .colour

PhaseKey = tuple[Direction, Pace]
#: How the big panel looks: plain, paused (muted, striped) or in a phase's last seconds
#: (its background and text colours swapped).
PanelMode = Literal["normal", "paused", "final"]
_W = TypeVar("_W", bound=QWidget)


@dataclass(frozen=True)
class Theme:
    """A palette for the whole window; every field is a ``#rrggbb`` colour."""

    name: str
    label: str  # English, marked for the catalogue (context "Theme")
    window: str  # the window background
    surface: str  # controls, troughs, the timeline's backdrop
    border: str  # outlines of controls (and of the big panel in high contrast)
    text: str  # text on `window` / `surface`
    muted: str  # secondary text on `window` (>= 4.5:1)
    disabled: str  # the text of disabled controls on `surface` (>= 3:1)
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

    def panel_colours(self, colour: str, mode: PanelMode = "normal") -> tuple[QColor, QColor]:
        """(background, text) of the big panel: paused mutes the hue, final swaps the two."""
        background = QColor(colour)
        if mode == "final":
            return self.text_on(background), background
        if mode == "paused":
            window = QColor(self.window)
            background = QColor.fromRgbF(
                0.3 * background.redF() + 0.7 * window.redF(),
                0.3 * background.greenF() + 0.7 * window.greenF(),
                0.3 * background.blueF() + 0.7 * window.blueF(),
            )
        return background, self.text_on(background)

    def text_on(self, background: QColor) -> QColor:
        """Whichever of the theme's light and dark text contrasts more with `background`."""
        light, dark = QColor(self.light_text), QColor(self.dark_text)
        if contrast_ratio(light, background) >= contrast_ratio(dark, background):
            return light
        return dark


_DIRECTION_WORDS = {
    Direction.BACKWARD: QT_TRANSLATE_NOOP("Theme", "BACKWARDS"),
    Direction.FORWARD: QT_TRANSLATE_NOOP("Theme", "FORWARDS"),
}
_PACE_WORDS = {
    Pace.WALK: QT_TRANSLATE_NOOP("Theme", "WALK"),
    Pace.JOG: QT_TRANSLATE_NOOP("Theme", "JOG"),
    Pace.RUN: QT_TRANSLATE_NOOP("Theme", "RUN"),
}


def direction_word(phase: Phase) -> str:
    """``BACKWARDS`` or ``FORWARDS``, from the phase's direction (never from its name)."""
    return QCoreApplication.translate("Theme", _DIRECTION_WORDS[phase.direction])


def pace_word(phase: Phase) -> str:
    """``WALK``, ``JOG`` or ``RUN``, from the phase's pace."""
    return QCoreApplication.translate("Theme", _PACE_WORDS[phase.pace])


#: The order of the direction and the pace words, as each language says them: French and
#: Spanish put the pace first ("FOOTING À RECULONS"), as their "Next:" lines do.
PHASE_WORDS = QT_TRANSLATE_NOOP("Theme", "{direction} {pace}")


def phase_words(phase: Phase) -> list[str]:
    """The direction and the pace words in the language's order, e.g. ``["BACKWARDS",
    "JOG"]`` or in French ``["FOOTING", "À RECULONS"]``. The banner puts the last one on
    a second line when it needs two; any other word of the translation is a word of its own.
    """
    template = QCoreApplication.translate("Theme", PHASE_WORDS)
    values = {"direction": direction_word(phase), "pace": pace_word(phase)}
    words: list[str] = []
    try:
        parts = list(Formatter().parse(template))
    except ValueError:  # a broken translation: the English order
        parts = list(Formatter().parse(PHASE_WORDS))
    for literal, field, _spec, _conversion in parts:
        words += literal.split()
        if field is not None:
            words.append(values.get(field, ""))
    return [word for word in words if word]


def phase_tag(phase: Phase) -> str:
    """The words that go with the colour, e.g. ``BACKWARDS · JOG``."""
    return " · ".join(phase_words(phase))


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
    label=QT_TRANSLATE_NOOP("Theme", "Dark"),
    window="#11151c",
    surface="#1c222d",
    border="#2e3745",
    text="#f3f5f8",
    muted="#98a2b3",
    disabled="#747d8d",
    accent="#f59e0b",
    light_text="#ffffff",
    dark_text="#111111",
    idle="#2b3341",
    lead_in="#475569",
    done="#6d28d9",
    stopped="#52525b",
    phases=_phases("#fde047", "#de782a", "#71091e", "#67e8f9", "#0ea5e9", "#1e1b8b"),
)

LIGHT = Theme(
    name="light",
    label=QT_TRANSLATE_NOOP("Theme", "Light"),
    window="#f3f4f6",
    surface="#ffffff",
    border="#d1d5db",
    text="#111827",
    muted="#4b5563",
    disabled="#7a808a",
    accent="#c2410c",
    light_text="#ffffff",
    dark_text="#111111",
    idle="#e5e7eb",
    lead_in="#cbd5e1",
    done="#c4b5fd",
    stopped="#d4d4d8",
    phases=_phases("#fde047", "#ea7021", "#7f1d1d", "#5eead4", "#0ea5e9", "#1e1b8b"),
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    label=QT_TRANSLATE_NOOP("Theme", "High contrast"),
    window="#000000",
    surface="#000000",
    border="#ffffff",
    text="#ffffff",
    muted="#ffffff",
    disabled="#a6a6a6",
    accent="#ffff00",
    light_text="#ffffff",
    dark_text="#000000",
    idle="#000000",
    lead_in="#ffffff",
    done="#ffff00",
    stopped="#bfbfbf",
    phases=_phases("#fff700", "#ef8239", "#7a0018", "#29fff8", "#28aaf6", "#112ad0"),
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
    focus = f"border: {px(4)} solid {t.accent};"
    return f"""
    QWidget#central {{ background: {t.window}; }}
    QLabel#round, QLabel#next {{ color: {t.text}; }}
    QLabel#total {{ color: {t.muted}; }}
    QPushButton {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border};
                   border-radius: {px(12)}; padding: {px(12)} {px(24)}; }}
    QPushButton:hover {{ border-color: {t.accent}; }}
    QPushButton:disabled {{ color: {t.disabled}; }}
    QPushButton#primary {{ background: {t.accent}; color: {on_accent}; border-color: {t.accent};
                           min-width: {px(150)}; }}
    QPushButton#roundsMinus, QPushButton#roundsPlus, QPushButton#fullScreen {{
        padding: {px(12)} 0; min-width: {px(52)}; }}
    QPushButton#effortButton {{ padding: {px(8)} {px(4)}; }}
    QComboBox, QSpinBox {{ background: {t.surface}; color: {t.text}; border: 2px solid {t.border};
                          border-radius: {px(10)}; padding: {px(9)} {px(12)}; }}
    QComboBox:focus, QSpinBox:focus, QPushButton:focus {{ {focus} }}
    QComboBox:disabled, QSpinBox:disabled {{ color: {t.disabled}; }}
    QComboBox::drop-down {{ border: none; background: transparent; width: {px(36)}; }}
    QComboBox::down-arrow {{ image: none; }}
    QSpinBox::up-button, QSpinBox::down-button {{ width: 0; border: none; }}
    QComboBox QAbstractItemView {{ background: {t.surface}; color: {t.text};
                                   selection-background-color: {t.accent};
                                   selection-color: {on_accent}; }}
    QProgressBar#sessionBar {{ background: {t.surface}; border: none; border-radius: {px(6)}; }}
    QProgressBar#sessionBar::chunk {{ background: {t.accent}; border-radius: {px(6)}; }}
    QStatusBar {{ background: {t.surface}; color: {t.text}; }}
    QStatusBar QLabel {{ color: {t.muted}; padding: 0 {px(8)}; }}
    QMenuBar {{ background: {t.surface}; color: {t.text}; }}
    QMenuBar::item:selected, QMenu::item:selected {{ background: {t.accent}; color: {on_accent}; }}
    QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.border}; }}
    QMenu::item:disabled {{ color: {t.disabled}; }}
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
    for role in (roles.Text, roles.ButtonText, roles.WindowText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(t.disabled))
    return result


def panel_style_sheet(t: Theme, colour: str, mode: PanelMode = "normal", scale: float = 1.0) -> str:
    """The big panel's style sheet: its colour, and text that contrasts with it."""
    background, text = t.panel_colours(colour, mode)
    alpha = 255
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
