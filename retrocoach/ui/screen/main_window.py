"""The main window: a glanceable display of the driver's snapshot, plus the controls.

It holds no timing or sequencing logic: buttons and keys call :class:`SessionDriver`
commands, and every label is redrawn from a :class:`Snapshot` when a driver signal says
something changed. All failures reach the runner through one place, the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPolygonF,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from retrocoach.core.session import ALLOWED, Command, Outcome, Snapshot, State
from retrocoach.core.workout import MAX_ROUNDS, MIN_ROUNDS, WorkoutError
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.focus_style import install_focus_rings
from retrocoach.ui.look.geometry import DESIGN_SIZE, available, centred, first_size
from retrocoach.ui.look.icons import full_screen_icon
from retrocoach.ui.look.theme import (
    DEFAULT_THEME,
    Theme,
    named,
    palette,
    scaled_font,
    window_style_sheet,
)
from retrocoach.ui.screen.phase_panel import PhasePanel
from retrocoach.ui.screen.status_bar import ElidingStatusBar
from retrocoach.ui.screen.timeline import SessionOverview

log = logging.getLogger(__name__)

_MESSAGE_MSEC = 15_000
_MINUS = "\N{MINUS SIGN}"
_START_TEXT = {State.IDLE: "Start", State.FINISHED: "Start again", State.PAUSED: "Resume"}


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
        self.workout_picker = named(_Picker(minimumContentsLength=14), "workoutPicker")
        # as wide as the row allows, not as its longest name: a long name never pushes the
        # round picker over it (the popup still shows whole names)
        self.workout_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rounds_picker = named(QSpinBox(suffix=" rounds"), "roundsPicker")
        self.rounds_picker.valueChanged.connect(
            lambda n: self.rounds_picker.setSuffix(" round" if n == 1 else " rounds")
        )
        self.rounds_picker.setRange(MIN_ROUNDS, MAX_ROUNDS)
        self.rounds_picker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rounds_picker.setAccessibleName("Rounds")
        self.rounds_picker.installEventFilter(self)  # Space must still reach its shortcut
        self._rounds_edit = self.rounds_picker.findChild(QLineEdit)
        self.rounds_minus = self._button(_MINUS, "roundsMinus", self.rounds_picker.stepDown)
        self.rounds_plus = self._button("+", "roundsPlus", self.rounds_picker.stepUp)
        self.back_button = self._button("Back  ←", "back", self.driver.back)
        self.start_button = self._button("Start", "primary", self.driver.toggle)
        self.skip_button = self._button("Skip  →", "skip", self.driver.skip)
        self.stop_button = self._button("Stop", "stop", self._request_stop)
        self.full_screen_button = self._button("", "fullScreen", self.toggle_full_screen)
        self.full_screen_button.setIcon(full_screen_icon(QColor(self.theme.text)))
        self.full_screen_button.setToolTip("Full screen (F11, or double-click the panel)")
        self.full_screen_button.setAccessibleName("Full screen")

        setup, commands, rounds = QHBoxLayout(), QHBoxLayout(), QHBoxLayout()
        rounds.setSpacing(0)
        for widget in (self.rounds_minus, self.rounds_picker, self.rounds_plus):
            rounds.addWidget(widget)
        setup.addWidget(self.workout_picker, 1)
        setup.addLayout(rounds)
        commands.addStretch(1)
        self._buttons = (
            self.back_button,
            self.start_button,
            self.skip_button,
            self.stop_button,
            self.full_screen_button,
        )
        for button in self._buttons:
            commands.addWidget(button)
        # one row on a wide window, two (setup above the commands) on a narrow one
        controls = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        controls.addLayout(setup, 1)
        controls.addLayout(commands)
        self._control_rows = (setup, commands)
        self._controls = controls
        self._setup = (self.workout_picker, self.rounds_picker, self.rounds_minus, self.rounds_plus)
        self.panel.double_clicked.connect(self.toggle_full_screen)
        self._main_layout = QVBoxLayout(central)
        self._main_layout.addWidget(self.panel, 1)
        self._main_layout.addWidget(self.overview)
        self._main_layout.addLayout(controls)
        self.setStatusBar(ElidingStatusBar())  # long messages end in "…", not mid-word
        self.statusBar().setSizeGripEnabled(False)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = named(QPushButton(text), name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to the shortcut
        button.clicked.connect(slot)
        return button

    def _connect(self) -> None:
        d = self.driver
        for signal in (d.state_changed, d.phase_changed, d.finished):
            signal.connect(self._refresh)
        d.plan_changed.connect(self._on_plan_changed)
        d.finished.connect(self._on_finished)
        d.second_changed.connect(self._show)
        d.message.connect(self.show_message)
        self.workout_picker.currentIndexChanged.connect(self._on_workout_chosen)
        self.rounds_picker.valueChanged.connect(self._load_chosen)
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
        with QSignalBlocker(self.workout_picker):
            self._add_workout_items()
        if self.workout_picker.count() == 0:
            self.show_message("No workouts found: the installation looks incomplete.")
        elif self.driver.plan is None:
            self._on_workout_chosen()  # else _on_plan_changed() shows the driver's plan

    # --- the pickers ------------------------------------------------------------------------

    def select_workout(self, workout_id: str) -> bool:
        """Choose a workout (and its default rounds) as the picker would; False if unknown."""
        index = self.workout_picker.findData(workout_id)
        if index < 0:
            self.show_message(f"There is no workout '{workout_id}'.")
            return False
        self.workout_picker.setCurrentIndex(index)
        return True

    def set_rounds(self, rounds: int) -> None:
        self.rounds_picker.setValue(rounds)

    def set_lead_in(self, seconds: int) -> None:
        """The lead-in of the next session (the running one keeps its own)."""
        if seconds != self.lead_in_seconds:
            self.lead_in_seconds = seconds
            if self.driver.state in (State.IDLE, State.FINISHED):
                self._load_chosen()

    def reload_workouts(self) -> None:
        """Refill the picker from the library (after an edit or an import)."""
        current = self.workout_picker.currentData()
        with QSignalBlocker(self.workout_picker):
            self.workout_picker.clear()
            self._add_workout_items()
            index = self.workout_picker.findData(current)
            self.workout_picker.setCurrentIndex(max(0, index))
        if self.driver.state in (State.IDLE, State.FINISHED):
            self._load_chosen()  # the edited (or re-imported) workout's new phases

    def _add_workout_items(self) -> None:
        for workout in self.library.workouts():
            label = workout.name if workout.built_in else f"{workout.name} (yours)"
            self.workout_picker.addItem(label, workout.id)

    def _set_picker_values(self, workout_id: str, rounds: int) -> None:
        with QSignalBlocker(self.workout_picker), QSignalBlocker(self.rounds_picker):
            self.workout_picker.setCurrentIndex(self.workout_picker.findData(workout_id))
            self.rounds_picker.setValue(rounds)

    def _on_workout_chosen(self) -> None:
        workout_id = self.workout_picker.currentData()
        if isinstance(workout_id, str):
            self._set_picker_values(workout_id, self.library.get(workout_id).default_rounds)
            self._load_chosen()

    def _load_chosen(self) -> None:
        workout_id = self.workout_picker.currentData()
        if not isinstance(workout_id, str):
            return
        try:
            workout = self.library.get(workout_id)
            loaded = self.driver.load(
                workout.plan(self.rounds_picker.value(), self.lead_in_seconds)
            )
        except (KeyError, WorkoutError) as error:
            self.show_message(str(error))
            loaded = False
        if not loaded:  # the pickers go back to what the driver runs
            self._on_plan_changed()

    def _on_plan_changed(self, *_: object) -> None:
        """A plan was loaded (by the pickers or anyone else): follow it."""
        plan = self.driver.plan
        if plan is not None and self.workout_picker.findData(plan.workout.id) >= 0:
            self._set_picker_values(plan.workout.id, plan.rounds)
        self.timeline.set_plan(plan)
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

    def _apply_pending_lead_in(self) -> None:
        """A lead-in changed during the session applies to "Start again"."""
        plan = self.driver.plan
        finished = self.driver.state is State.FINISHED
        if finished and plan is not None and plan.lead_in_seconds != self.lead_in_seconds:
            self._load_chosen()

    # --- stopping and closing -------------------------------------------------------------

    def _request_stop(self) -> None:
        self.stop_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        """A session still under way when the window closes is recorded as stopped.

        Whether the window may close at all (ask first mid-session, unsaved history) is the
        controller's call: it filters this window's close events before they get here.
        """
        if self.driver.state in (State.LEAD_IN, State.RUNNING, State.PAUSED):
            self.driver.stop()
        super().closeEvent(event)

    def toggle_full_screen(self) -> None:
        """F11, the View menu, the ⛶ button or a double-click on the panel."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # --- display ----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """The one place a failure or a refused command is shown to the runner (and logged)."""
        log.info("message: %s", text)
        self.statusBar().showMessage(text, _MESSAGE_MSEC)

    def show_caption(self, text: str) -> None:
        """What the voice is saying (fed by the speech side; empty for none)."""
        self.panel.show_caption(text)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_focus_rings(app)  # the dialogs' combo and spin boxes show focus
            app.setPalette(palette(theme))  # dialogs and menus match the window
        self.panel.set_theme(theme)
        self.timeline.set_theme(theme)
        self.full_screen_button.setIcon(full_screen_icon(QColor(theme.text)))
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
        allowed = ALLOWED[state]
        self.start_button.setText(_START_TEXT.get(state, "Pause"))
        self.skip_button.setEnabled(Command.SKIP in allowed)
        self.back_button.setEnabled(Command.BACK in allowed)
        self.stop_button.setEnabled(Command.STOP in allowed)
        for widget in self._setup:
            widget.setEnabled(state in (State.IDLE, State.FINISHED))

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
        self._main_layout.setContentsMargins(*(round(v * scale) for v in (24, 20, 24, 16)))
        self._main_layout.setSpacing(round(12 * scale))
        self._controls.setSpacing(round(12 * scale))
        for row in self._control_rows:
            row.setSpacing(round(12 * scale))
        self.overview.rescale(scale)
        for widget in (*self._setup, *self._buttons, self._rounds_edit):
            if widget is not None:
                widget.setFont(scaled_font(20 * scale, bold=widget is self.start_button))
        icon = round(26 * scale)
        self.full_screen_button.setIconSize(QSize(icon, icon))
        self.statusBar().setFont(scaled_font(18 * scale))

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


class _Picker(QComboBox):
    """A combo box that paints its own arrow (a styled combo box loses the native one)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.ButtonText))
        size, x, y = self.height() * 0.13, self.width() - self.height() * 0.5, self.height() * 0.45
        painter.drawPolygon(
            QPolygonF([QPointF(x - size, y), QPointF(x + size, y), QPointF(x, y + size)])
        )
