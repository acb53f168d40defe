"""The workout chooser: the workout picker and the round picker (with its minus and plus buttons).

It loads the chosen workout into the driver (with the lead-in the window was given), and
follows whatever plan the driver runs. It writes no file: the library comes in.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPolygonF
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from retrocoach.core.commands import AT_REST
from retrocoach.core.session import State
from retrocoach.core.workout import MAX_ROUNDS, MIN_ROUNDS, Workout, WorkoutError
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.look.plain_text import tooltip
from retrocoach.ui.look.theme import named, scaled_font
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.screen.control_bar import command_button

_MINUS = "\N{MINUS SIGN}"


class WorkoutChooser(QObject):
    """The pickers in :attr:`row`; `say` shows a refusal (an unknown workout...)."""

    #: A choice was refused (the driver keeps its plan): the window shows that plan again.
    kept_plan = Signal()

    def __init__(
        self,
        library: WorkoutLibrary,
        driver: SessionDriver,
        lead_in_seconds: int,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library, self.driver, self.lead_in_seconds, self._say = (
            library, driver, lead_in_seconds, say,
        )  # fmt: skip
        self._scale = 1.0
        self.workout_picker = named(_Picker(minimumContentsLength=14), "workoutPicker")
        # as wide as the row allows, not as its longest name: a long name never pushes the
        # round picker over it (the popup still shows whole names)
        self.workout_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rounds_picker = named(QSpinBox(suffix=self.tr(" rounds")), "roundsPicker")
        self.rounds_picker.valueChanged.connect(self._show_suffix)
        self.rounds_picker.setRange(MIN_ROUNDS, MAX_ROUNDS)
        self._show_suffix(self.rounds_picker.value())
        self.rounds_picker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rounds_picker.setAccessibleName(self.tr("Rounds"))
        self.rounds_edit = self.rounds_picker.findChild(QLineEdit)
        self.rounds_minus = command_button(_MINUS, "roundsMinus", self.rounds_picker.stepDown)
        self.rounds_plus = command_button("+", "roundsPlus", self.rounds_picker.stepUp)
        rounds = QHBoxLayout()
        rounds.setSpacing(0)
        for widget in (self.rounds_minus, self.rounds_picker, self.rounds_plus):
            rounds.addWidget(widget)
        self.row = QHBoxLayout()
        self.row.addWidget(self.workout_picker, 1)
        self.row.addLayout(rounds)
        self.widgets: tuple[QWidget, ...] = (
            self.workout_picker, self.rounds_picker, self.rounds_minus, self.rounds_plus,
        )  # fmt: skip
        self.workout_picker.currentIndexChanged.connect(self._on_workout_chosen)
        self.rounds_picker.valueChanged.connect(self.load_chosen)

    def _show_suffix(self, rounds: int) -> None:
        # English has no catalogue loaded yet: its one form is a string of its own
        self.rounds_picker.setSuffix(self.tr(" round") if rounds == 1 else self.tr(" rounds"))

    def fill(self) -> None:
        """The library's workouts (and the chosen one's plan, unless the driver has one)."""
        with QSignalBlocker(self.workout_picker):
            self._add_workout_items()
        if self.workout_picker.count() == 0:
            self._say(self.tr("No workouts found: the installation looks incomplete."))
        elif self.driver.plan is None:
            self._on_workout_chosen()  # else follow_plan() shows the driver's plan

    def select_workout(self, workout_id: str) -> bool:
        """Choose a workout (and its default rounds) as the picker would; False if unknown."""
        index = self.workout_picker.findData(workout_id)
        if index < 0:
            self._say(self.tr("There is no workout '{id}'.").format(id=workout_id))
            return False
        self.workout_picker.setCurrentIndex(index)
        return True

    def set_lead_in(self, seconds: int) -> None:
        """The lead-in of the next session (the running one keeps its own)."""
        if seconds != self.lead_in_seconds:
            self.lead_in_seconds = seconds
            if self.driver.state in AT_REST:
                self.load_chosen()

    def reload(self) -> None:
        """Refill the picker from the library (after an edit or an import)."""
        current = self.workout_picker.currentData()
        with QSignalBlocker(self.workout_picker):
            self.workout_picker.clear()
            self._add_workout_items()
            index = self.workout_picker.findData(current)
            self.workout_picker.setCurrentIndex(max(0, index))
        chosen = self.workout_picker.currentData()
        if isinstance(chosen, str):  # an edit may have made its rounds longer
            with QSignalBlocker(self.rounds_picker):
                self.rounds_picker.setMaximum(self.library.get(chosen).max_rounds)
            self._show_suffix(self.rounds_picker.value())
        if self.driver.state is State.IDLE:  # (a finished session's end card stays)
            self.load_chosen()  # the edited (or re-imported) workout's new phases

    def _add_workout_items(self) -> None:
        for workout in self.library.workouts():
            label = workout.name if workout.built_in else self.tr("{name} (yours)")
            self.workout_picker.addItem(label.format(name=workout.name), workout.id)

    def _set_values(self, workout: Workout, rounds: int) -> None:
        """Show `workout` and `rounds`; the round picker goes no higher than the workout
        allows (a session longer than ``MAX_SESSION_SECONDS`` cannot be chosen)."""
        with QSignalBlocker(self.workout_picker), QSignalBlocker(self.rounds_picker):
            self.workout_picker.setCurrentIndex(self.workout_picker.findData(workout.id))
            self.rounds_picker.setMaximum(workout.max_rounds)
            self.rounds_picker.setValue(rounds)
        self._show_suffix(self.rounds_picker.value())  # "1 round", "4 rounds": signals were off

    def _on_workout_chosen(self) -> None:
        workout_id = self.workout_picker.currentData()
        if isinstance(workout_id, str):
            workout = self.library.get(workout_id)
            self._set_values(workout, workout.default_rounds)
            self.load_chosen()

    def load_chosen(self) -> None:
        """Load the chosen workout and rounds into the driver (refused: the pickers go back
        to what the driver runs)."""
        workout_id = self.workout_picker.currentData()
        if not isinstance(workout_id, str):
            return
        try:
            workout = self.library.get(workout_id)
            loaded = self.driver.load(
                workout.plan(self.rounds_picker.value(), self.lead_in_seconds)
            )
        except (KeyError, WorkoutError) as error:
            self._say(str(error))
            loaded = False
        if not loaded:
            self.kept_plan.emit()

    def follow_plan(self) -> None:
        """Show the driver's plan in the pickers (loaded by the pickers or anyone else)."""
        plan = self.driver.plan
        if plan is not None and self.workout_picker.findData(plan.workout.id) >= 0:
            self._set_values(plan.workout, plan.rounds)

    def enable(self, at_rest: bool) -> None:
        """The set-up changes only while no session is under way."""
        for widget in self.widgets:
            widget.setEnabled(at_rest)

    def rescale(self, scale: float) -> None:
        self.row.setSpacing(round(12 * scale))
        for widget in (*self.widgets, self.rounds_edit):
            if widget is not None:
                widget.setFont(scaled_font(20 * scale))
        self._scale = scale
        self._fit_rounds()

    def _fit_rounds(self) -> None:
        """Wide enough for the widest count and word ("99 rounds", in any language): a
        squeezed box read "4 round" (issue 16)."""
        metrics = self.rounds_picker.fontMetrics()
        words = (self.tr(" round"), self.tr(" rounds"))
        text = max(metrics.horizontalAdvance(f"{MAX_ROUNDS}{word}") for word in words)
        padding = round(40 * self._scale)  # the style sheet's padding and border, and air
        self.rounds_picker.setMinimumWidth(text + padding)


class _Picker(QComboBox):
    """A combo box that paints its own arrow (a styled combo box loses the native one).

    A name longer than the box ends in "…" (a plain combo box cuts it mid-word: "caminar de
    espald"); the whole name is in the tooltip and in the popup, which is as wide as the
    longest name.
    """

    def __init__(self, minimumContentsLength: int = 0) -> None:
        super().__init__(minimumContentsLength=minimumContentsLength)
        self.currentTextChanged.connect(self._show_tooltip)

    def _show_tooltip(self, text: str) -> None:
        self.setToolTip(tooltip(text))

    def _option(self) -> tuple[QStyleOptionComboBox, int]:
        """The style option, and the width of the field the current text is drawn in."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return option, field.width()

    def shown_text(self) -> str:
        """The current text as painted: whole, or cut to the field with "…"."""
        _option, width = self._option()
        elide = Qt.TextElideMode.ElideRight
        return self.fontMetrics().elidedText(self.currentText(), elide, max(0, width))

    def popup_width(self) -> int:
        """The width the popup needs to show the longest name whole."""
        view = self.view()
        metrics = view.fontMetrics()
        names = max(
            (metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0
        )
        air = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
        return names + air + metrics.averageCharWidth() * 2  # the items' own margins

    def showPopup(self) -> None:
        """The popup as wide as the longest name (never narrower than the box)."""
        self.view().setMinimumWidth(self.popup_width())
        super().showPopup()

    def paintEvent(self, event: QPaintEvent) -> None:
        """QComboBox's own painting, with the text elided to its field."""
        option, _width = self._option()
        option.currentText = self.shown_text()
        styled = QStylePainter(self)
        styled.setPen(self.palette().color(QPalette.ColorRole.Text))
        styled.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        styled.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        styled.end()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.ButtonText))
        size, x, y = self.height() * 0.13, self.width() - self.height() * 0.5, self.height() * 0.45
        painter.drawPolygon(
            QPolygonF([QPointF(x - size, y), QPointF(x + size, y), QPointF(x, y + size)])
        )
