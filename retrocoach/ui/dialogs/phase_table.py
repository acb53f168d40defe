"""The phase table of one workout section (warm-up, round, cool-down) and its duration editor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.workout import (
    MAX_NAME_LENGTH,
    Direction,
    Pace,
    Phase,
    format_duration,
)
from retrocoach.ui.dialogs.duration_edit import DurationEdit
from retrocoach.ui.look.wheel import calm_wheel

#: The English texts of these tables are marked for the catalogue (context "PhaseSection"):
#: translate them where they are shown (:func:`section_title`, :func:`shown`).
SECTION_TITLES = {
    "warm_up": QT_TRANSLATE_NOOP("PhaseSection", "Warm-up"),
    "round": QT_TRANSLATE_NOOP("PhaseSection", "Round"),
    "cool_down": QT_TRANSLATE_NOOP("PhaseSection", "Cool-down"),
}
DIRECTION_LABELS = {
    Direction.BACKWARD: QT_TRANSLATE_NOOP("PhaseSection", "Backwards"),
    Direction.FORWARD: QT_TRANSLATE_NOOP("PhaseSection", "Forwards"),
}
PACE_LABELS = {
    Pace.WALK: QT_TRANSLATE_NOOP("PhaseSection", "Walk"),
    Pace.JOG: QT_TRANSLATE_NOOP("PhaseSection", "Jog"),
    Pace.RUN: QT_TRANSLATE_NOOP("PhaseSection", "Run"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("PhaseSection", "Name"),
    QT_TRANSLATE_NOOP("PhaseSection", "Direction"),
    QT_TRANSLATE_NOOP("PhaseSection", "Pace"),
    QT_TRANSLATE_NOOP("PhaseSection", "Duration"),
)
#: A new phase of each section (its name is translated when the phase is added).
NEW_PHASE = {
    "warm_up": Phase(
        QT_TRANSLATE_NOOP("PhaseSection", "Walk backwards"), Direction.BACKWARD, Pace.WALK, 120
    ),
    "round": Phase(
        QT_TRANSLATE_NOOP("PhaseSection", "Jog backwards"), Direction.BACKWARD, Pace.JOG, 30
    ),
    "cool_down": Phase(
        QT_TRANSLATE_NOOP("PhaseSection", "Walk forwards"), Direction.FORWARD, Pace.WALK, 120
    ),
}


def shown(text: str) -> str:
    """A text of this module's tables in the language installed."""
    return QCoreApplication.translate("PhaseSection", text)


def section_title(section: str) -> str:
    """``Warm-up``, ``Round`` or ``Cool-down`` in the language installed."""
    return shown(SECTION_TITLES[section])


def new_phase(section: str) -> Phase:
    """The phase that Add puts in `section`, its name in the language installed."""
    phase = NEW_PHASE[section]
    return replace(phase, name=shown(phase.name))


class _PhaseTable(QTableWidget):
    """A table that says what to do while it is empty."""

    placeholder = ""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.rowCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8), flags, self.placeholder)


class PhaseSection(QGroupBox):
    """The phases of one section: a table with a row of widgets per phase."""

    changed = Signal()

    def __init__(
        self, section: str, phases: Sequence[Phase], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.table = _PhaseTable(0, len(COLUMNS))
        self.table.placeholder = (
            self.tr("A round needs at least one phase: press Add.")
            if section == "round"
            else self.tr("No phases (that is fine): press Add to add one.")
        )
        self.table.setHorizontalHeaderLabels([shown(column) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab goes through the row's widgets
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAccessibleName(
            self.tr("{section} phases").format(section=section_title(section))
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fit_to_widgets()
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

        buttons = QVBoxLayout()
        self.add_button = self._button(
            self.tr("Add"), self.tr("Add a phase below the selected one"), "Insert"
        )
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove the selected phase"), "Alt+Delete"
        )
        self.up_button = self._button(
            self.tr("Move up"), self.tr("Move the selected phase up"), "Ctrl+Up"
        )
        self.down_button = self._button(
            self.tr("Move down"), self.tr("Move the selected phase down"), "Ctrl+Down"
        )
        self.add_button.clicked.connect(lambda: self.add_phase())
        self.remove_button.clicked.connect(lambda: self.remove_phase())
        self.up_button.clicked.connect(lambda: self.move_phase(-1))
        self.down_button.clicked.connect(lambda: self.move_phase(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for phase in phases:
            self.add_phase(phase, focus=False)
        self.changed.connect(self._update_title)
        self._update_title()

    def _button(self, text: str, tip: str, keys: str) -> QPushButton:
        button = QPushButton(text)
        sequence = QKeySequence(keys)
        keys_text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(self.tr("{tip} ({keys})").format(tip=tip, keys=keys_text))
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(button.click)
        return button

    # --- rows -------------------------------------------------------------------------------

    def row_widgets(self, row: int) -> tuple[QLineEdit, QComboBox, QComboBox, DurationEdit]:
        """The name, direction, pace and duration editors of a row."""
        widgets = [self.table.cellWidget(row, column) for column in range(len(COLUMNS))]
        name, direction, pace, duration = widgets
        assert isinstance(name, QLineEdit) and isinstance(duration, DurationEdit)
        assert isinstance(direction, QComboBox) and isinstance(pace, QComboBox)
        return name, direction, pace, duration

    def _set_row(self, row: int, phase: Phase) -> None:
        name, direction, pace, duration = self.row_widgets(row)
        name.setText(phase.name)
        direction.setCurrentIndex(direction.findData(phase.direction))
        pace.setCurrentIndex(pace.findData(phase.pace))
        duration.setValue(phase.seconds)

    def phase_at(self, row: int) -> Phase:
        name, direction, pace, duration = self.row_widgets(row)
        way, speed = Direction(direction.currentData()), Pace(pace.currentData())
        return Phase(name.text(), way, speed, duration.value())

    def phases(self) -> list[Phase]:
        return [self.phase_at(row) for row in range(self.table.rowCount())]

    def add_phase(self, phase: Phase | None = None, focus: bool = True) -> int:
        """Insert a phase below the current row (or at the end); return its row."""
        current = self.table.currentRow()
        row = self.table.rowCount() if current < 0 or not focus else current + 1
        self.table.insertRow(row)
        name = QLineEdit()
        name.setMaxLength(MAX_NAME_LENGTH)
        name.setAccessibleName(self.tr("Phase name"))
        direction, pace = QComboBox(), QComboBox()
        for way, text in DIRECTION_LABELS.items():
            direction.addItem(shown(text), way)
        for speed, text in PACE_LABELS.items():
            pace.addItem(shown(text), speed)
        direction.setAccessibleName(shown(COLUMNS[1]))
        pace.setAccessibleName(shown(COLUMNS[2]))
        duration = DurationEdit()
        duration.setAccessibleName(shown(COLUMNS[3]))
        calm_wheel(direction, pace, duration)  # the wheel scrolls the dialog past them
        for column, widget in enumerate((name, direction, pace, duration)):
            widget.installEventFilter(self)
            self.table.setCellWidget(row, column, widget)
        self._set_row(row, phase or new_phase(self.section))
        name.textChanged.connect(self.changed)
        direction.currentIndexChanged.connect(self.changed)
        pace.currentIndexChanged.connect(self.changed)
        duration.valueChanged.connect(self.changed)
        self._fix_tab_order()
        if self.isVisible():
            self.fit_to_widgets()
        else:
            self._fit_height()
        if focus:
            self.select(row)
        self.changed.emit()
        return row

    def remove_phase(self, row: int | None = None) -> None:
        row = self.table.currentRow() if row is None else row
        if not 0 <= row < self.table.rowCount():
            return
        self.table.removeRow(row)
        self._fix_tab_order()
        self._fit_height()
        if self.table.rowCount():
            self.select(min(row, self.table.rowCount() - 1))
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def move_phase(self, delta: int, row: int | None = None) -> None:
        """Move a phase (the current one by default) `delta` rows; the focus moves with it."""
        row = self.table.currentRow() if row is None else row
        target = row + delta
        if not (0 <= row < self.table.rowCount() and 0 <= target < self.table.rowCount()):
            return
        moved, other = self.phase_at(row), self.phase_at(target)
        column = max(0, self.table.currentColumn())
        self._set_row(row, other)
        self._set_row(target, moved)
        self.select(target, column)

    def select(self, row: int, column: int = 0) -> None:
        self.table.setCurrentCell(row, column)
        self.table.cellWidget(row, column).setFocus()

    def fit_to_widgets(self) -> None:
        """Rows and columns as large as the row widgets ask (a style sheet may pad them)."""
        samples = (QLineEdit(), QComboBox(), QComboBox(), DurationEdit())
        if self.table.rowCount():
            samples = self.row_widgets(0)
        for widget in samples:
            widget.ensurePolished()
        height = max(widget.sizeHint().height() for widget in samples)
        self.table.verticalHeader().setDefaultSectionSize(height + 4)
        for column, least in ((1, 130), (2, 90), (3, 100)):
            self.table.setColumnWidth(column, max(least, samples[column].sizeHint().width() + 4))
        self._fit_height()

    def _fit_height(self) -> None:
        """Every row shown: the editor's one scroll area scrolls, never the table inside it
        (a table scrolling inside a scroll area cut off a 4-phase round's last row)."""
        table = self.table
        rows = max(2, table.rowCount())  # an empty table has room for its placeholder
        height = table.horizontalHeader().sizeHint().height()
        height += rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
        table.setFixedHeight(height + 2)

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_to_widgets()  # now the widgets have the window's style
        super().showEvent(event)

    def _fix_tab_order(self) -> None:
        widgets = [
            self.table.cellWidget(row, column)
            for row in range(self.table.rowCount())
            for column in range(len(COLUMNS))
        ]
        for first, second in pairwise(widgets):
            QWidget.setTabOrder(first, second)
        if widgets:
            QWidget.setTabOrder(widgets[-1], self.add_button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:  # a row's widget got the focus: select the row
            for row in range(self.table.rowCount()):
                for column in range(len(COLUMNS)):
                    if self.table.cellWidget(row, column) is watched:
                        self.table.setCurrentCell(row, column)
        return False

    def _update_buttons(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _update_title(self) -> None:
        phases = self.phases()
        length = format_duration(sum(p.seconds for p in phases))
        if self.section == "round":
            title = self.tr(
                "{section}: %n phase(s), {length}, repeated for each round", "", len(phases)
            )
        else:
            title = self.tr("{section}: %n phase(s), {length}", "", len(phases))
        self.setTitle(title.format(section=section_title(self.section), length=length))
        self._update_buttons()
