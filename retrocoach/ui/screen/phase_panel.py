"""The big coloured panel: what to do now, in words, a mark and colour, and the time left.

Top to bottom: a small hint (what Space does, a muted voice, a serious problem), then the live
page (:class:`LiveArea`: the round, the direction banner with its arrow, BACKWARDS/FORWARDS
and the pace, the countdown digits and the next phase, sized to be read from 5 m), the voice
caption and the phase's progress. The phase is named once, by the banner: its name is not
shown and the announcement's caption is not repeated. Before and after a session the live
page gives way to a card (:class:`SessionCard`) under a small tag. A new phase flashes the
whole panel (:class:`BoundaryFlash`, a setting turns it off).

Two states must be seen from across the room, so they change the whole panel: paused (muted
colour, diagonal stripes and ``PAUSED`` on the round's line, as big as the round; the banner
keeps the direction and pace of the phase a resume goes on with) and the last seconds of a
phase (the panel's colours swap). It shows snapshots and decides nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from retrocoach.core.commands import AT_REST, MOVING, SPACE, UNDER_WAY, starts_a_session
from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.session import Command, Session, Snapshot, State
from retrocoach.core.workout import Plan, format_duration
from retrocoach.ui.look.plain_text import plain
from retrocoach.ui.look.theme import (
    DEFAULT_THEME,
    PanelMode,
    Theme,
    direction_word,
    named,
    pace_word,
    panel_style_sheet,
    phase_words,
    scaled_font,
)
from retrocoach.ui.screen.boundary_flash import BoundaryFlash
from retrocoach.ui.screen.countdown import Countdown, ElidedLabel
from retrocoach.ui.screen.direction_banner import DirectionBanner
from retrocoach.ui.screen.fit_line import FitLine
from retrocoach.ui.screen.live_area import LiveArea
from retrocoach.ui.screen.session_card import SessionCard
from retrocoach.ui.screen.session_text import idle_card, summary_card

_BAR_STEPS = 1000
#: The last seconds of a phase (and of the lead-in) swap the panel's colours.
FINAL_SECONDS = 3
VOICE_MUTED = QT_TRANSLATE_NOOP("PhasePanel", "VOICE MUTED (M)")
#: What Space does now (the key table), in words; no hint while the session moves.
_HINTS = {
    Command.START: QT_TRANSLATE_NOOP("PhasePanel", "Press Space to start"),
    Command.RESUME: QT_TRANSLATE_NOOP("PhasePanel", "Space to resume"),
    Command.RESTART: QT_TRANSLATE_NOOP("PhasePanel", "Space to go again"),
}
#: While the briefing is said a start skips it and starts at once (BriefingActions).
BRIEFING_HINT = QT_TRANSLATE_NOOP("PhasePanel", "Briefing: Space skips it and starts")
_SECTION_TAGS = {
    "warm_up": QT_TRANSLATE_NOOP("PhasePanel", "WARM-UP"),
    "cool_down": QT_TRANSLATE_NOOP("PhasePanel", "COOL-DOWN"),
}


def section_tag(snap: Snapshot) -> str:
    """The small words at the top: ``ROUND 2 OF 4``, ``WARM-UP`` or ``COOL-DOWN``."""
    if snap.round is not None:
        return QCoreApplication.translate("PhasePanel", "ROUND {round} OF {rounds}").format(
            round=snap.round, rounds=snap.rounds
        )
    if snap.phase is not None:
        section = snap.phase.section
        tag = _SECTION_TAGS.get(section)
        if tag is None:
            return section.replace("_", "-").upper()
        return QCoreApplication.translate("PhasePanel", tag)
    return ""


def panel_mode(snap: Snapshot) -> PanelMode:
    """How the panel looks for `snap`: paused, in its last seconds, or plain."""
    if snap.state is State.PAUSED:
        return "paused"
    moving = snap.state in MOVING
    if moving and 0 < snap.displayed_seconds <= FINAL_SECONDS:
        return "final"
    return "normal"


class PhasePanel(QFrame):
    """The big coloured panel: it shows a snapshot in words and colour, and decides nothing."""

    #: A double-click anywhere on the panel (the window toggles full screen).
    double_clicked = Signal()

    def __init__(self, theme: Theme = DEFAULT_THEME, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._theme = theme
        self._colour: str = theme.idle
        self._hint = ""  # the state's hint ("Space to resume")
        self._problem = ""  # a serious problem (show_problem)
        self._voice_muted = False
        self._briefing = False  # the briefing is being said (set_briefing)
        self._mode: PanelMode = "normal"
        self._scale, self._width_scale = 1.0, 1.0
        self._immersed = False
        self._style_key: tuple[object, ...] = ()
        self._extras: list[str] = []
        self._idle_extras: tuple[str, list[str]] = ("", [])  # (workout id, lines)
        self.tag_label = named(ElidedLabel(smallest=0.8), "tag")  # (shrinks, then elides)
        self.hint_label = named(ElidedLabel(Qt.AlignmentFlag.AlignRight, smallest=0.8), "hint")
        self.name_label = named(ElidedLabel(Qt.AlignmentFlag.AlignHCenter), "phaseName")
        self.banner = DirectionBanner()
        self.countdown = Countdown()
        self.round_line = named(FitLine(), "roundLine")  # ROUND 2 OF 4, WARM-UP, GET READY
        self.next_line = named(FitLine(), "nextLine")
        self._caption, self._phase_name = "", ""
        self._shown_phase: object = None  # the phase last shown: a new one flashes
        self.flash = BoundaryFlash(self)
        self.card = SessionCard()
        self.caption_label = named(
            plain(QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)), "caption"
        )
        self.progress = named(QProgressBar(textVisible=False), "phaseBar")
        self.progress.setMaximum(_BAR_STEPS)
        live = LiveArea(self.round_line, self.banner, self.countdown, self.next_line)
        self.pages = QStackedWidget()
        self.pages.addWidget(live)
        self.pages.addWidget(self.card)
        self._live = live
        top = QHBoxLayout()  # the small print shares one row: the digits get the height
        top.addWidget(self.tag_label, 2)  # the cards' tag: the live page has the round line
        self.name_label.hide()  # the phase is named once: by the banner (issue 16)
        top.addWidget(self.name_label, 5)
        top.addWidget(self.hint_label, 2)
        self._top, self._name_on_top = top, True
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.pages, 1)
        self._layout.addWidget(self.caption_label)
        self._layout.addWidget(self.progress)
        self.rescale(1.0)

    # --- what it shows ----------------------------------------------------------------------

    def show_snapshot(self, snap: Snapshot, plan: Plan, session: Session | None = None) -> None:
        """Words, colour, countdown and phase progress for `snap` (a snapshot of `plan`)."""
        theme, state, phase = self._theme, snap.state, snap.phase
        mode = panel_mode(snap)
        if state is State.IDLE:
            card = idle_card(plan)
            extras_for, extras = self._idle_extras
            extras = extras if plan.workout.id == extras_for else []  # another workout's why
            self._show_card(theme.idle, card.tag, card.title, [*card.lines, *extras])
        elif state is State.FINISHED and session is not None:
            card = summary_card(session)
            colour = theme.done if card.completed else theme.stopped
            self._show_card(colour, card.tag, card.title, [*card.lines, *self._extras])
        else:
            self.pages.setCurrentWidget(self._live)
            self.tag_label.hide()
            before = (self.banner.text(), self.round_line.full_text(), self.next_line.full_text())
            upcoming = phase if phase is not None else snap.next_phase
            if phase is None:  # the lead-in: get into position for the first phase
                colour, tag = theme.lead_in, self.tr("GET READY")
                name = self.tr("Check the path behind you")
            else:
                colour, tag = theme.phase_colour_name(phase.phase), section_tag(snap)
                name = phase.name
            if mode == "paused":  # the banner keeps the way and pace to resume into
                tag = self.tr("PAUSED")
            if upcoming is not None:
                words = phase_words(upcoming.phase)
                self.banner.set_content(upcoming.phase.direction, words)
            else:
                self.banner.set_content(None, [self.tr("GET READY")])
            self._colour = colour
            self.round_line.setText(tag)
            self.name_label.setText(name)
            self._phase_name = "" if phase is None else phase.name
            self.next_line.setText(self._next_text(snap))
            self.countdown.set_seconds(snap.displayed_seconds)
            if self._shown_phase is not phase:
                self._caption = ""  # a caption belongs to its phase (a skip too: issue 4)
                if phase is not None and state in MOVING:
                    self.flash.flash(theme.panel_colours(colour, "normal")[1])
            self._shown_phase = phase
            after = (self.banner.text(), self.round_line.full_text(), self.next_line.full_text())
            if after != before:
                self._live.place()  # other words may want the banner on one line or two
            self._show_caption()
        self._mode = mode
        self._restyle()
        command = SPACE[state]
        hint = self.tr(_HINTS[command]) if command in _HINTS else ""
        if self._briefing and starts_a_session(command):
            hint = self.tr(BRIEFING_HINT)
        if self.pages.currentWidget() is self.card:
            self.card.hint_label.setText(hint)  # big, in the card, where the eye is
            hint = ""
        self._hint = hint
        self._show_hint()
        self.progress.setValue(round(snap.phase_progress * _BAR_STEPS))
        self.progress.setVisible(state not in AT_REST)

    def _next_text(self, snap: Snapshot) -> str:
        """The next phase; in the lead-in (the banner shows the first phase) the safety line."""
        if snap.phase is None and snap.state in UNDER_WAY:
            return self.tr("Check the path behind you")
        upcoming = snap.next_phase
        if upcoming is None:
            return self.tr("Next: finish")
        return self.tr("Next: {direction} {pace}  {length}").format(
            direction=direction_word(upcoming.phase),
            pace=pace_word(upcoming.phase),
            length=format_duration(upcoming.seconds),
        )

    def set_briefing(self, playing: bool) -> None:
        """The briefing is being said: Space skips it and starts, the hint says so (shown
        from the next snapshot)."""
        self._briefing = playing

    def set_voice_muted(self, muted: bool) -> None:
        """A muted voice is said on the panel itself: a runner who pressed M by accident
        would otherwise hear nothing and see only the status bar."""
        self._voice_muted = muted
        self._show_hint()

    def show_problem(self, text: str) -> None:
        """A serious problem the runner must see now (the voice cannot speak...), first on
        the hint line; empty for none (``retrocoach.ui.problems`` decides)."""
        self._problem = text
        self._show_hint()

    def _show_hint(self) -> None:
        hint = self._hint
        if self._voice_muted:
            muted = self.tr(VOICE_MUTED)
            hint = f"{muted} \u00b7 {hint}" if hint else muted
        if self._problem:
            hint = f"{self._problem} \u00b7 {hint}" if hint else self._problem
        self.hint_label.setText(hint)

    def set_summary_extras(self, lines: list[str]) -> None:
        """More lines for the end card (energy, streak, what next), from the app around."""
        self._extras = list(lines)

    def set_idle_extras(self, workout_id: str, lines: list[str]) -> None:
        """More lines for the idle card while it shows workout `workout_id` (why the plan
        suggests it: said under another workout they would describe the wrong one)."""
        self._idle_extras = (workout_id, list(lines))

    def _show_card(self, colour: str, tag: str, title: str, lines: list[str]) -> None:
        self._shown_phase = None
        self._colour = colour
        self.pages.setCurrentWidget(self.card)
        self.tag_label.show()
        self.tag_label.setText(self.tr("BRIEFING") if self._briefing else tag)  # not READY
        self.name_label.setText("")  # the card's title says it, larger
        self.card.show_card(title, lines, "")

    def mode(self) -> PanelMode:
        return self._mode

    def colours(self) -> tuple[QColor, QColor]:
        """(background, text) of the panel now."""
        return self._theme.panel_colours(self._colour, self._mode)

    def show_caption(self, text: str) -> None:
        """What the voice says, until the next caption or the next phase shown (the lead-in's
        "Check the path behind you is clear" must not stay up into a phase skipped to). The
        phase's announcement ("Jog backwards, 30 seconds") is not shown: the banner already
        names the phase, and named three times it took a fifth of the panel (issue 16)."""
        self._caption = text
        self._show_caption()

    def caption(self) -> str:
        """The caption shown now (empty while the announcement would repeat the banner)."""
        return self.caption_label.text()

    def _show_caption(self) -> None:
        text, name = self._caption, self._phase_name.casefold()
        announcement = bool(name) and text.casefold().startswith(name)
        self.caption_label.setText("" if announcement else text)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._restyle()

    # --- sizes and style --------------------------------------------------------------------

    def rescale(self, scale: float, width_scale: float | None = None) -> None:
        """Fonts and spacing for a window `scale` times 1280x800 (the countdown fits itself).

        `width_scale` (the window's width over 1280) limits the one-line texts in portrait.
        """
        self._scale = scale
        self._width_scale = width_scale if width_scale is not None else scale

        def px(value: float) -> int:
            return max(2, round(value * scale))

        self._place_margins()
        self._layout.setSpacing(px(4))
        self.tag_label.setFont(scaled_font(26 * scale, bold=True))
        self.hint_label.setFont(scaled_font(26 * scale, bold=True))
        self.name_label.setFont(scaled_font(34 * scale, bold=True))
        self.caption_label.setFont(scaled_font(26 * scale))
        self.caption_label.setMinimumHeight(px(36))
        self.progress.setFixedHeight(px(12))
        self.card.rescale(scale, self._width_scale * 1.4)
        self._restyle()

    def set_immersed(self, immersed: bool) -> None:
        """Thinner margins while the panel takes the whole screen (full screen, a session
        under way): at 1024x600 the 60 px they give back lift the digits to 35 mm."""
        if immersed != self._immersed:
            self._immersed = immersed
            self._place_margins()

    def _place_margins(self) -> None:
        margins = (4, 8, 4, 10) if self._immersed else (32, 14, 32, 18)
        self._layout.setContentsMargins(*(max(2, round(v * self._scale)) for v in margins))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrow (portrait) panel gives the phase name a row of its own."""
        super().resizeEvent(event)
        on_top = self.width() >= self.height()
        if on_top != self._name_on_top:
            self._name_on_top = on_top
            for layout in (self._top, self._layout):
                layout.removeWidget(self.name_label)
            if on_top:
                self._top.insertWidget(1, self.name_label, 5)
            else:
                self._layout.insertWidget(1, self.name_label)

    def _restyle(self) -> None:
        key = (self._theme, self._colour, self._mode, self._scale)
        if key != self._style_key:  # style sheets are costly: only when something changed
            self._style_key = key
            self.setStyleSheet(
                panel_style_sheet(self._theme, self._colour, self._mode, self._scale)
            )
            _, text = self._theme.panel_colours(self._colour, self._mode)
            self.banner.set_colour(text)
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The styled background, then (paused) diagonal stripes across the whole panel."""
        super().paintEvent(event)
        if self._mode != "paused":
            return
        _, text = self._theme.panel_colours(self._colour, self._mode)
        stripe = QColor(text)
        stripe.setAlpha(40)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(8.0, self.height() / 14)
        painter.setPen(QPen(stripe, width))
        radius = max(4, round(28 * self._scale))
        painter.setClipRect(self.rect().adjusted(radius, 3, -radius, -3))
        step = width * 3
        x = -float(self.height())
        while x < self.width():
            painter.drawLine(QPointF(x, self.height()), QPointF(x + self.height(), 0.0))
            x += step
