"""The live page of the session panel: round, direction, digits and next phase, placed.

Read from 5 m (issue 16): a capital needs about 35 mm there. The digits take what the room
allows; the direction banner's capitals are at least :data:`BANNER_TO_DIGITS` of the digits'
height, the round's and the next phase's at least :data:`LINE_TO_DIGITS`.
"""

from __future__ import annotations

import itertools

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
#: The least the round and next lines may shrink to (they shrink to fit their width): the
#: digits are made smaller rather than the lines going under :data:`LINE_TO_DIGITS`.
_LINE_FLOOR = 0.34
_BANNER_MAX_TO_DIGITS = 0.75


class LiveArea(QWidget):
    """The round, the direction banner, the digits and the next phase, placed together.

    A layout cannot say "the digits as big as the room allows, the direction at least
    :data:`BANNER_TO_DIGITS` of them, round and next at least :data:`LINE_TO_DIGITS`", so this
    places the four itself. It tries the banner on one, two and three lines and the next
    phase on one or two, and keeps whichever gives the bigger digits: the digits are limited
    by the height, by their own width and by the width of the banner and of the lines, which
    must stay at their share of the digits. Room left over goes to the banner (up to
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

    def _best_digits(self, width: int, height: int) -> tuple[float, int, int]:
        """(digits' height, banner lines, next lines) giving the biggest digits."""
        line_box = _LINE_RATIO * LINE_PER_CAP
        by_width = DIGIT_HEIGHT_SHARE * self.countdown.height_for_width(width)
        round_cap = self.round_line.cap_for_width(width)
        best: tuple[float, int, int] = (0.0, 1, 1)
        for next_count, count in itertools.product((1, 2), (1, 2, 3)):
            rows = (1 + next_count) * line_box + _BANNER_RATIO * lines_height(count) / CAP_SHARE
            factor = rows + 1 / DIGIT_HEIGHT_SHARE
            banner_width = self.banner.cap_for_width(width, count) or height
            line_cap = min(round_cap, self.next_line.cap_for_width(width, next_count))
            digits = min(
                height / factor, by_width, banner_width / _BANNER_RATIO, line_cap / _LINE_FLOOR
            )
            if digits > best[0] * 1.02:  # more lines only when clearly bigger
                best = (digits, count, next_count)
        return best

    def place(self) -> None:
        """Place the four parts for the current size and texts (a new text can change it)."""
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            return
        digits, count, next_count = self._best_digits(width, height)
        self.banner.set_line_count(count)
        for line in (self.round_line, self.next_line):
            line.set_cap(digits * _LINE_RATIO)
        line_h = round(digits * _LINE_RATIO * LINE_PER_CAP)
        digits_h = round(digits / DIGIT_HEIGHT_SHARE)
        banner_min = digits * _BANNER_RATIO * lines_height(count) / CAP_SHARE
        banner_max = digits * _BANNER_MAX_TO_DIGITS * lines_height(count) / CAP_SHARE
        spare = height - (1 + next_count) * line_h - digits_h
        two = next_count == 2
        if not two and self.next_line.lines_needed(width) > 1:
            two = spare > banner_min + line_h * 1.5  # room (portrait): two lines, not smaller
            spare -= line_h if two else 0
        self.next_line.set_max_lines(2 if two else 1)
        next_h = 2 * line_h if two else line_h
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
