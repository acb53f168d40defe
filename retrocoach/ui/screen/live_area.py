"""The live page of the session panel: round, direction, digits and next phase, placed.

Read from 5 m (issue 16): a capital needs about 35 mm there. The digits take what the room
allows; the direction banner's capitals are at least :data:`BANNER_TO_DIGITS` of the digits'
height, the round's and the next phase's at least :data:`LINE_TO_DIGITS`.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from retrocoach.ui.screen.countdown import DIGIT_HEIGHT_SHARE, Countdown
from retrocoach.ui.screen.direction_banner import CAP_SHARE, DirectionBanner, lines_height
from retrocoach.ui.screen.fit_line import LINE_PER_CAP, FitLine

#: From 5 m: the direction's capitals at least half the digits' height, the round's and the
#: next phase's at least a third (issue 16). The layout aims a little above both.
BANNER_TO_DIGITS = 0.5
LINE_TO_DIGITS = 1 / 3
_BANNER_RATIO = 0.52
_LINE_RATIO = 0.35
_BANNER_MAX_TO_DIGITS = 0.75


class LiveArea(QWidget):
    """The round, the direction banner, the digits and the next phase, placed together.

    A layout cannot say "the digits as big as the room allows, the direction at least
    :data:`BANNER_TO_DIGITS` of them, round and next at least :data:`LINE_TO_DIGITS`", so this
    places the four itself. It tries the banner on one, two and three lines and keeps whichever
    gives the bigger digits; room left over goes to the banner (up to
    :data:`_BANNER_MAX_TO_DIGITS`), then around the rows.
    """

    def __init__(
        self, round_line: FitLine, banner: DirectionBanner, countdown: Countdown, next_line: FitLine
    ) -> None:
        super().__init__()
        self.round_line, self.banner = round_line, banner
        self.countdown, self.next_line = countdown, next_line
        for part in (round_line, banner, countdown, next_line):
            part.setParent(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.place()

    def place(self) -> None:
        """Place the four parts for the current size and texts (a new text can change it)."""
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            return
        line_box = _LINE_RATIO * LINE_PER_CAP
        by_width = DIGIT_HEIGHT_SHARE * self.countdown.height_for_width(width)
        best: tuple[float, int] = (0.0, 1)
        for count in (1, 2, 3):
            rows = 2 * line_box + _BANNER_RATIO * lines_height(count) / CAP_SHARE
            factor = rows + 1 / DIGIT_HEIGHT_SHARE
            banner_width = self.banner.cap_for_width(width, count) or height
            digits = min(height / factor, by_width, banner_width / _BANNER_RATIO)
            if digits > best[0] * 1.02:  # more lines only when clearly bigger
                best = (digits, count)
        digits, count = best
        self.banner.set_line_count(count)
        for line in (self.round_line, self.next_line):
            line.set_cap(digits * _LINE_RATIO)
        line_h = round(digits * line_box)
        digits_h = round(digits / DIGIT_HEIGHT_SHARE)
        banner_min = digits * _BANNER_RATIO * lines_height(count) / CAP_SHARE
        banner_max = digits * _BANNER_MAX_TO_DIGITS * lines_height(count) / CAP_SHARE
        spare = height - 2 * line_h - digits_h
        next_h = line_h
        two = self.next_line.lines_needed(width) > 1 and spare > banner_min + line_h * 1.5
        if two:  # a tall (portrait) area: the next phase on two lines rather than smaller
            next_h, spare = 2 * line_h, spare - line_h
        self.next_line.set_max_lines(2 if two else 1)
        banner_h = round(max(banner_min, min(banner_max, spare)))
        spare = max(0, spare - banner_h)
        gap = min(spare // 5, round(digits * 0.12))
        y = (spare - 3 * gap) // 2
        for part, part_h in (
            (self.round_line, line_h),
            (self.banner, banner_h),
            (self.countdown, digits_h),
            (self.next_line, next_h),
        ):
            part.setGeometry(0, y, width, part_h)
            y += part_h + gap
