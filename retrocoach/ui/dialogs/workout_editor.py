"""The workout editor: name, rounds and the phases of the warm-up, the round and the cool-down.

Each section is a :class:`PhaseSection` (a table of phases with add, remove and reorder).
The widgets only offer valid directions, paces and durations; the rest (empty names, an empty
round...) is checked by :func:`parse_workout` on save, and its message, naming the field, is
shown in the dialog, which stays open. Built-in workouts are read-only, so editing one edits
a copy with a new id.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.workout import (
    FORMAT_VERSION,
    MAX_NAME_LENGTH,
    MAX_ROUNDS,
    MIN_ROUNDS,
    SECTIONS,
    Workout,
    WorkoutError,
    format_duration,
    parse_workout,
)
from retrocoach.ui.dialogs.phase_table import PhaseSection, section_title
from retrocoach.ui.look.geometry import fit_dialog
from retrocoach.ui.look.plain_text import plain
from retrocoach.ui.look.wheel import calm_wheel
from retrocoach.ui.ops.workouts import (
    MAX_ID_LENGTH,
    WorkoutLibrary,
    save_workout,
    taken_ids,
    unique_id,
    unique_name,
)
from retrocoach.ui.problems import show_on_label


def id_from_name(name: str) -> str:
    """A workout id (a-z, 0-9, '-', at most 40 characters) made from a name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug[:MAX_ID_LENGTH].strip("-") or "workout"


def describe_field(field_path: str) -> str:
    """A field path of a WorkoutError (``round[1].name``) in words (``Round, phase 2, name``)."""
    match = re.fullmatch(r"(warm_up|round|cool_down)(?:\[(\d+)\](?:\.(\w+))?)?", field_path)
    if match is None:
        known = {
            "default_rounds": QT_TRANSLATE_NOOP("WorkoutEditor", "Default rounds"),
            "id": QT_TRANSLATE_NOOP("WorkoutEditor", "Name"),
            "name": QT_TRANSLATE_NOOP("WorkoutEditor", "Name"),
            "description": QT_TRANSLATE_NOOP("WorkoutEditor", "Description"),
        }
        if field_path in known:
            return QCoreApplication.translate("WorkoutEditor", known[field_path])
        return field_path.replace("_", " ").capitalize()
    section, index, key = match.groups()
    words = [section_title(section)]
    if index is not None:
        phase = QCoreApplication.translate("WorkoutEditor", "phase {number}")
        words.append(phase.format(number=int(index) + 1))
    if key is not None:
        keys = {
            "seconds": QT_TRANSLATE_NOOP("WorkoutEditor", "duration"),
            "name": QT_TRANSLATE_NOOP("WorkoutEditor", "name"),
            "direction": QT_TRANSLATE_NOOP("WorkoutEditor", "direction"),
            "pace": QT_TRANSLATE_NOOP("WorkoutEditor", "pace"),
        }
        words.append(QCoreApplication.translate("WorkoutEditor", keys[key]) if key in keys else key)
    return ", ".join(words)


class WorkoutEditor(QDialog):
    """Edit a user workout, create one (`workout` None) or edit a copy of a built-in.

    Save validates, writes with :func:`~retrocoach.ui.ops.workouts.save_workout` and closes;
    any problem is shown in the dialog, which stays open. After a save, :attr:`saved_workout`
    is the workout as saved (also sent with :attr:`saved`).
    """

    saved = Signal(object)  # the Workout as saved

    def __init__(
        self, library: WorkoutLibrary, workout: Workout | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.saved_workout: Workout | None = None
        self._id: str | None = None  # None: made from the name on save
        names = [w.name for w in library.workouts()]
        notice = ""
        if workout is None:
            self.setWindowTitle(self.tr("New workout"))
            workout = Workout("", "", "", (), (), (), 4)
        elif workout.built_in:
            self.setWindowTitle(self.tr("Duplicate workout"))
            notice = self.tr(
                "\u201c{name}\u201d is a built-in workout and cannot be changed. "
                "You are editing a copy that is saved with your own workouts."
            ).format(name=workout.name)
            copy = self.tr(" (copy)")  # (the file's name comes from it)
            copy_name = workout.name[: MAX_NAME_LENGTH - len(copy)].rstrip() + copy
            workout = Workout(
                "", unique_name(copy_name, names), workout.description, workout.warm_up,
                workout.round, workout.cool_down, workout.default_rounds,
            )  # fmt: skip
        else:
            self.setWindowTitle(self.tr("Edit workout \u2013 {name}").format(name=workout.name))
            self._id = workout.id

        self.name = QLineEdit(workout.name)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("For example: Intervals, week 3"))
        self.description = QPlainTextEdit(workout.description)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.rounds = QSpinBox()
        self.rounds.setRange(MIN_ROUNDS, MAX_ROUNDS)
        self.rounds.setValue(workout.default_rounds)
        self.rounds.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") + 48)
        calm_wheel(self.rounds)  # the wheel scrolls the phases, not the rounds it passes
        self.sections = {name: PhaseSection(name, workout.section(name)) for name in SECTIONS}
        self.total = plain(QLabel())
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.total.setAccessibleName(self.tr("Total time"))
        self.error = plain(QLabel())
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Description:"), self.description),
            (self.tr("Default &rounds:"), self.rounds),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        if notice:
            info = QLabel(notice)
            info.setWordWrap(True)
            layout.addWidget(info)
        layout.addLayout(form)
        holder = QWidget()
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        for section in self.sections.values():
            stack.addWidget(section)
            section.changed.connect(self.update_total)
        stack.addStretch(1)
        scroll = QScrollArea()  # the three sections scroll on a small (or scaled) screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.rounds.valueChanged.connect(self.update_total)
        self.rounds.valueChanged.connect(self._recheck)
        self.name.textChanged.connect(self._recheck)
        for section in self.sections.values():
            section.changed.connect(self._recheck)
        self.update_total()
        self._opened_as = self.workout_json()
        fit_dialog(self, QSize(720, 760))  # the sections scroll on a small screen
        self.name.setFocus()

    def update_total(self) -> None:
        """ "Total with 4 rounds: 16:20, 8:20 backwards"."""
        rounds = self.rounds.value()
        total = backward = 0
        for name, section in self.sections.items():
            times = rounds if name == "round" else 1
            for phase in section.phases():
                total += phase.seconds * times
                backward += phase.seconds * times if phase.is_backward else 0
        line = self.tr("Total with %n round(s): {total}, {backward} backwards", "", rounds)
        self.total.setText(
            line.format(total=format_duration(total), backward=format_duration(backward))
        )

    def workout_json(self) -> dict[str, Any]:
        """The workout as the file format, as it stands in the widgets (not yet validated)."""
        return {
            "version": FORMAT_VERSION,
            "id": self._id or self._new_id(),
            "name": self.name.text(),
            "description": self.description.toPlainText(),
            "default_rounds": self.rounds.value(),
            **{name: [p.to_json() for p in s.phases()] for name, s in self.sections.items()},
        }

    def _new_id(self) -> str:
        return unique_id(id_from_name(self.name.text()), taken_ids(self.library))

    def reject(self) -> None:
        """Cancel / Esc: ask before throwing away changes."""
        if self.saved_workout is None and self.workout_json() != self._opened_as:
            buttons = QMessageBox.StandardButton
            question = self.tr("Close the editor and lose your changes?")
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"), question,
                buttons.Discard | buttons.Cancel, buttons.Cancel,
            )  # fmt: skip
            if answer != buttons.Discard:
                return
        super().reject()

    def save(self) -> None:
        """Validate and save; close on success, else show the problem and stay open."""
        try:
            workout = parse_workout(self.workout_json())
        except WorkoutError as error:
            self.show_error(f"{describe_field(error.field_path)}: {error.rule.english()}.")
            self._focus_field(error.field_path)
            return
        result = save_workout(workout, self.library, new=self._id is None)
        if result.value is None:
            show_on_label(self.error, result.problems[0])
            return
        self.saved_workout = result.value
        self._id = result.value.id
        self.saved.emit(self.saved_workout)
        self.accept()

    def _recheck(self) -> None:
        """A shown problem goes (or becomes the next one) as soon as the fields change."""
        if self.error.isHidden():
            return
        try:
            parse_workout(self.workout_json())
        except WorkoutError as error:
            self.show_error(f"{describe_field(error.field_path)}: {error.rule.english()}.")
        else:
            self.error.hide()

    def show_error(self, message: str) -> None:
        """A problem of the fields, under them (red; logged)."""
        show_on_label(self.error, message)

    def _focus_field(self, field_path: str) -> None:
        match = re.fullmatch(r"(warm_up|round|cool_down)(?:\[(\d+)\](?:\.(\w+))?)?", field_path)
        if match is None:
            widget = {"default_rounds": self.rounds, "description": self.description}
            widget.get(field_path, self.name).setFocus()
            return
        section = self.sections[match.group(1)]
        if match.group(2) is None:
            section.add_button.setFocus()
            return
        key = match.group(3) or "name"
        section.select(int(match.group(2)), ("name", "direction", "pace", "seconds").index(key))
