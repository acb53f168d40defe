"""Colour science for the palettes: WCAG contrast, CIELAB ΔE and a deuteranopia simulation.

Pure functions on ``#rrggbb`` strings (or anything :class:`QColor` accepts), so the themes
and the tests measure colours the same way:

- :func:`contrast_ratio` is the WCAG 2 ratio (4.5:1 is the floor for text, 3:1 for disabled
  controls and large marks).
- :func:`delta_e` is CIE76 ΔE*ab, the Euclidean distance in CIELAB (D65). About 2 is "just
  noticeable"; the phase palettes keep every two phase kinds at least
  :data:`MIN_PHASE_DELTA_E` apart.
- :func:`deuteranopia` simulates a deuteranope's view with the Machado, Oliveira and
  Fernandes (2009) matrix at full severity, applied to linear RGB. Deuteranopia (no green
  cones) is the most common colour vision deficiency, about 5 % of men: red, orange and green
  collapse onto one yellow-brown axis, so the palettes separate walk/jog/run by lightness and
  backward/forward by the blue-yellow axis, which it keeps.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QColor

#: The smallest ΔE*ab between two phase kinds, for normal and deuteranope vision alike.
MIN_PHASE_DELTA_E = 25.0
#: WCAG 2 floors.
MIN_TEXT_CONTRAST = 4.5
MIN_DISABLED_CONTRAST = 3.0
#: A phase's panel (its words and digits) from across a room: above the WCAG floor, so the
#: orange of backward jog reads as well as the rest (it was 4.74:1; issue 16).
MIN_PHASE_CONTRAST = 6.0

_DEUTERANOPIA = (
    (0.367322, 0.860646, -0.227968),
    (0.280085, 0.672501, 0.047413),
    (-0.011820, 0.042940, 0.968881),
)
_D65 = (0.95047, 1.0, 1.08883)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> float:
    channel = min(1.0, max(0.0, channel))
    return 12.92 * channel if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def _linear_rgb(colour: QColor | str) -> tuple[float, float, float]:
    c = QColor(colour)
    return _linear(c.redF()), _linear(c.greenF()), _linear(c.blueF())


def relative_luminance(colour: QColor | str) -> float:
    red, green, blue = _linear_rgb(colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """The WCAG contrast ratio, from 1 (same) to 21 (black on white)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lab(colour: QColor | str) -> tuple[float, float, float]:
    """CIELAB (D65) of an sRGB colour."""
    red, green, blue = _linear_rgb(colour)
    xyz = (
        0.4124 * red + 0.3576 * green + 0.1805 * blue,
        0.2126 * red + 0.7152 * green + 0.0722 * blue,
        0.0193 * red + 0.1192 * green + 0.9505 * blue,
    )

    def f(value: float) -> float:
        return value ** (1 / 3) if value > 216 / 24389 else (24389 / 27 * value + 16) / 116

    fx, fy, fz = (f(v / n) for v, n in zip(xyz, _D65, strict=True))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e(first: QColor | str, second: QColor | str) -> float:
    """CIE76 ΔE*ab between two colours."""
    return math.dist(lab(first), lab(second))


def deuteranopia(colour: QColor | str) -> QColor:
    """How `colour` looks to a deuteranope (Machado et al. 2009, severity 1)."""
    linear = _linear_rgb(colour)
    simulated = [sum(m * c for m, c in zip(row, linear, strict=True)) for row in _DEUTERANOPIA]
    return QColor.fromRgbF(*(_gamma(c) for c in simulated))


def min_delta_e(colours: list[str]) -> float:
    """The smallest ΔE*ab between two of `colours`, seen normally or by a deuteranope."""
    smallest = math.inf
    for i, first in enumerate(colours):
        for second in colours[i + 1 :]:
            seen = delta_e(first, second), delta_e(deuteranopia(first), deuteranopia(second))
            smallest = min(smallest, *seen)
    return smallest
