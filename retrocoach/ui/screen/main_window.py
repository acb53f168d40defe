"""The main window: a glanceable display of the driver's snapshot, plus the controls.

It holds no timing or sequencing logic: buttons and keys call :class:`SessionDriver`
commands, and every label is redrawn from a :class:`Snapshot` when a driver signal says
something changed. All problems reach the runner through one place, :attr:`MainWindow.problems`
(``retrocoach.ui.problems``): it shows each by its severity in the status bar, the problems
panel or on the session panel. Its parts: the workout chooser (``workout_chooser.py``), the
control bar (``control_bar.py``), the session panel (``phase_panel.py``) and the overview.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QBoxLayout, QMainWindow, QVBoxLayout, QWidget

from retrocoach.core.commands import AT_REST, UNDER_WAY
from retrocoach.core.session import Outcome, Snapshot, State
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.focus_style import install_focus_rings
from retrocoach.ui.look.geometry import (
    DESIGN_SIZE,
    available,
    centred,
    first_size,
    opens_maximised,
)
from retrocoach.ui.look.theme import (
    DEFAULT_THEME,
    Theme,
    named,
    palette,
    scaled_font,
    window_style_sheet,
)
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.problems import ProblemBridge
from retrocoach.ui.screen.control_bar import ControlBar
from retrocoach.ui.screen.effort_row import EffortRow
from retrocoach.ui.screen.immersion import Immersion
from retrocoach.ui.screen.phase_panel import PhasePanel
from retrocoach.ui.screen.status_bar import ElidingStatusBar
from retrocoach.ui.screen.timeline import SessionOverview
from retrocoach.ui.screen.workout_chooser import WorkoutChooser

log = logging.getLogger(__name__)

_MESSAGE_MSEC = 15_000


class MainWindow(QMainWindow):
    """The app's window. It builds nothing global: the library and the driver come in.

    It knows nothing of the app around it: Esc and the Stop button only emit
    :attr:`stop_requested`, and whoever decides whether the window may close (the controller)
    watches its close events. Closing it with a session under way stops the session.
    """

    #: Once, just after the window was first painted: slower set-up can start then.
    first_painted = Signal()
    #: Esc or the Stop button: the controller decides (asks first while a session runs).
    stop_requested = Signal()
    #: Esc or the Stop button while the briefing is said (:meth:`set_briefing`): cancel it.
    briefing_cancel_requested = Signal()

    def __init__(
        self,
        library: WorkoutLibrary,
        driver: SessionDriver,
        *,
        lead_in_seconds: int = 10,
        theme: Theme = DEFAULT_THEME,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.driver, self.lead_in_seconds = library, driver, lead_in_seconds
        self.theme, self._scale = theme, 0.0
        self._narrow: bool | None = None  # controls in two rows (see _rescale)
        self._painted = False
        self._briefing = False  # the briefing is being said (set_briefing)
        self.setWindowTitle("retrocoach")
        self.setMinimumSize(480, 400)
        self.setGeometry(centred(first_size(available()), available()))
        self._build()
        self._connect()
        self._fill_pickers()
        self._on_plan_changed()
        self.set_theme(theme)

    # --- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        central = self._central = named(QWidget(), "central")
        self.setCentralWidget(central)
        self.panel = PhasePanel(self.theme)
        self.countdown = self.panel.countdown
        self.overview = SessionOverview()
        self.timeline = self.overview.timeline
        self.problems = ProblemBridge(self, self._status_line, self.panel.show_problem)
        chooser = WorkoutChooser(self.library, self.driver, self.lead_in_seconds, self._say, self)
        self.chooser = chooser
        self.workout_picker, self.rounds_picker = chooser.workout_picker, chooser.rounds_picker
        self.rounds_picker.installEventFilter(self)  # Space must still reach its shortcut
        bar = ControlBar(self.driver, self.theme, self._request_stop, self.toggle_full_screen, self)
        self.bar = bar
        self.back_button, self.start_button, self.skip_button = bar.back, bar.start, bar.skip
        self.stop_button, self.full_screen_button = bar.stop, bar.full_screen
        # one row on a wide window, two (setup above the commands) on a narrow one
        controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        controls.addLayout(chooser.row, 1)
        controls.addLayout(bar.row)
        self._controls = controls
        controls_box = QWidget()
        controls_box.setLayout(controls)
        controls.setContentsMargins(0, 0, 0, 0)
        self.panel.double_clicked.connect(self.toggle_full_screen)
        self._main_layout = QVBoxLayout(central)
        self._main_layout.addWidget(self.panel, 1)
        self.effort_row = EffortRow()  # "How hard was that?" (hidden but while asked)
        self._main_layout.addWidget(self.effort_row)
        self._main_layout.addWidget(self.overview)
        self._main_layout.addWidget(controls_box)
        self.setStatusBar(ElidingStatusBar())  # long messages end in "…", not mid-word
        self.statusBar().setSizeGripEnabled(False)
        parts = [self.overview, controls_box, self.statusBar(), self.menuBar()]
        self.immersion = Immersion(self, parts, self._immersive)
        self.immersion.changed.connect(self._place_margins)

    def _connect(self) -> None:
        d = self.driver
        for signal in (d.state_changed, d.phase_changed, d.finished):
            signal.connect(self._refresh)
        d.plan_changed.connect(self._on_plan_changed)
        d.finished.connect(self._on_finished)
        d.second_changed.connect(self._show)
        d.message.connect(self._say)
        self.chooser.kept_plan.connect(self._on_plan_changed)
        keys: dict[Qt.Key, Callable[[], object]] = {
            Qt.Key.Key_Space: d.toggle,
            Qt.Key.Key_Right: d.skip,
            Qt.Key.Key_Left: d.back,
            Qt.Key.Key_Escape: self._request_stop,
            Qt.Key.Key_F11: self.toggle_full_screen,
        }
        for key, slot in keys.items():
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)  # pickers keep focus
            shortcut.activated.connect(slot)

    def _fill_pickers(self) -> None:
        self.chooser.fill()

    # --- the pickers ------------------------------------------------------------------------

    def select_workout(self, workout_id: str) -> bool:
        """Choose a workout (and its default rounds) as the picker would; False if unknown."""
        return self.chooser.select_workout(workout_id)

    def set_rounds(self, rounds: int) -> None:
        self.rounds_picker.setValue(rounds)

    def set_lead_in(self, seconds: int) -> None:
        """The lead-in of the next session (the running one keeps its own)."""
        self.lead_in_seconds = seconds
        self.chooser.set_lead_in(seconds)

    def reload_workouts(self) -> None:
        """Refill the picker from the library (after an edit or an import)."""
        self.chooser.reload()

    def _on_plan_changed(self, *_: object) -> None:
        """A plan was loaded (by the pickers or anyone else): follow it."""
        self.chooser.follow_plan()
        self.timeline.set_plan(self.driver.plan)
        self.show_caption("")  # a caption of the last session means nothing for this one
        self._refresh()

    def _on_finished(self, outcome: Outcome) -> None:
        """The end card shows the summary; extras come later (:meth:`set_summary_extras`)."""
        QTimer.singleShot(0, self._apply_pending_lead_in)  # not inside the session's command
        self.panel.set_summary_extras([])
        self.show_caption("")

    def set_summary_extras(self, lines: list[str]) -> None:
        """Lines the app adds to the end card once the session is recorded (energy, streak,
        the suggested next workout)."""
        self.panel.set_summary_extras(lines)
        self._refresh()

    def set_idle_extras(self, workout_id: str, lines: list[str]) -> None:
        """Lines the app adds to the idle card of workout `workout_id` (why the plan
        suggests it); the idle card of any other workout leaves them out."""
        self.panel.set_idle_extras(workout_id, lines)
        self._refresh()

    def _apply_pending_lead_in(self) -> None:
        """A lead-in changed during the session applies to "Start again"."""
        plan = self.driver.plan
        finished = self.driver.state is State.FINISHED
        if finished and plan is not None and plan.lead_in_seconds != self.lead_in_seconds:
            self.chooser.load_chosen()

    # --- stopping and closing -------------------------------------------------------------

    def _request_stop(self) -> None:
        if self._briefing:
            self.briefing_cancel_requested.emit()
        else:
            self.stop_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A session still under way when the window closes is recorded as stopped.

        Whether the window may close at all (ask first mid-session, unsaved history) is the
        controller's call: it filters this window's close events before they get here.
        """
        if self.driver.state in UNDER_WAY:
            self.driver.stop()
        super().closeEvent(event)

    def show_first(self) -> None:
        """Show the window for the first time: maximised on a small or portrait screen."""
        if opens_maximised(available(self)):
            self.showMaximized()
        else:
            self.show()

    def _immersive(self) -> bool:
        """Full screen with a session under way: the panel takes the whole screen."""
        return self.isVisible() and self.isFullScreen() and self.driver.state in UNDER_WAY

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.immersion.update()  # hidden (closed): stop watching the input

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self.immersion.update()

    def toggle_full_screen(self) -> None:
        """F11, the View menu, the ⛶ button or a double-click on the panel."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # --- display ----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """The status line (it fades): where :attr:`problems` shows a problem's line."""
        log.info("message: %s", text)
        self.statusBar().showMessage(text, _MESSAGE_MSEC)

    def _status_line(self, text: str) -> None:
        self.show_message(text)  # looked up at each call: tests watch show_message

    def _say(self, text: str) -> None:
        """A refused command or choice (the driver's, the chooser's): a line, by the bridge."""
        self.problems.report(text)

    def show_caption(self, text: str) -> None:
        """What the voice is saying (fed by the speech side; empty for none)."""
        self.panel.show_caption(text)

    def set_flash(self, on: bool) -> None:
        """Flash the panel when a phase begins (the setting "Flash the panel...")."""
        self.panel.flash.enabled = on

    def set_briefing(self, playing: bool) -> None:
        """The briefing is being said (or no longer): the panel says so and what Space does,
        Start reads "Skip briefing", and Stop (or Esc) cancels it."""
        self._briefing = playing
        self.panel.set_briefing(playing)
        self._refresh()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_focus_rings(app)  # the dialogs' combo and spin boxes show focus
            app.setPalette(palette(theme))  # dialogs and menus match the window
        self.panel.set_theme(theme)
        self.timeline.set_theme(theme)
        self.bar.set_theme(theme)
        self._scale = 0.0  # forces the style sheet to be rebuilt
        self._rescale()
        self._refresh()

    def _refresh(self, *_: object) -> None:
        snapshot = self.driver.snapshot()
        if snapshot is not None:
            self._show(snapshot)

    def _show(self, snap: Snapshot) -> None:
        plan = self.driver.plan
        if plan is not None:
            self.panel.show_snapshot(snap, plan, self.driver.session)
            self.overview.show_snapshot(snap, plan)
            self._enable(snap.state)

    def _enable(self, state: State) -> None:
        self.bar.enable(state, self._briefing)
        self.chooser.enable(state in AT_REST)
        self.overview.show_info(state in AT_REST)  # under way, the panel has round and next
        self.immersion.update()

    # --- sizes and keys ---------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        """Everything but the countdown is sized for 1280x800 and scaled with the window.

        A portrait window is scaled by its width against 800 (its height is spent on the
        panel), and its controls take two rows.
        """
        width, height = self.width(), self.height()
        portrait = height > width
        design_w, design_h = DESIGN_SIZE.width(), DESIGN_SIZE.height()
        raw = width / design_h if portrait else min(width / design_w, height / design_h)
        scale = round(max(0.5, raw) * 20) / 20  # steps of 5 %: style sheets rebuilt per step
        narrow = portrait or width < 960
        if narrow != self._narrow:
            self._narrow = narrow
            self._controls.setDirection(
                QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
            )
        if scale == self._scale:
            return
        self._scale = scale
        sheet = window_style_sheet(self.theme, scale)
        for part in (self._central, self.menuBar(), self.statusBar()):
            part.setStyleSheet(sheet)  # not the window's: its dialogs keep the native look
        self.panel.rescale(scale, width / design_w)
        self._place_margins()
        self._main_layout.setSpacing(round(12 * scale))
        self._controls.setSpacing(round(12 * scale))
        self.overview.rescale(scale)
        self.effort_row.rescale(scale)
        self.chooser.rescale(scale)
        self.bar.rescale(scale)
        self.statusBar().setFont(scaled_font(18 * scale))

    def _place_margins(self, *_: object) -> None:
        """Margins around the panel; none while immersed (the panel takes the whole screen,
        and its own margins shrink: :meth:`PhasePanel.set_immersed`)."""
        immersed = self.immersion.is_immersed()
        margins = (0, 0, 0, 0) if immersed else (24, 20, 24, 16)
        self._main_layout.setContentsMargins(*(round(v * self._scale) for v in margins))
        self.panel.set_immersed(immersed)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this frame is on screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Space reach its shortcut even while the round picker has the focus."""
        space = isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
        if space and event.type() == QEvent.Type.ShortcutOverride:
            event.ignore()  # not overridden: the application-wide shortcut takes the key
            return True
        return super().eventFilter(watched, event)
