"""The one problem bridge (retrocoach/ui/problems.py): each problem logged and shown where
its severity says."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity, text
from retrocoach.ui.i18n import render, render_problem
from retrocoach.ui.problems import ProblemBridge, show_on_label


class Places:
    def __init__(self, qtbot: QtBot) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        self.status: list[str] = []
        self.panel: list[str] = []
        self.bridge = ProblemBridge(self.window, self.status.append, self.panel.append)


@pytest.fixture
def places(qtbot: QtBot) -> Places:
    return Places(qtbot)


def test_render_fills_fields_after_translation_and_plural_counts() -> None:
    rounds = text("Test", QT_TRANSLATE_NOOP("Test", "%n rounds of {name}"), 3, name="Hills")
    assert render(rounds) == "3 rounds of Hills"
    braces = text("Test", QT_TRANSLATE_NOOP("Test", "Bad: {value}"), value="{x}")
    assert render(braces) == "Bad: {x}", "an argument is never formatted again"


def test_a_problem_reads_what_why_and_fix() -> None:
    problem = Problem(
        text("T", QT_TRANSLATE_NOOP("T", "Not saved")),
        why=text("T", QT_TRANSLATE_NOOP("T", "the disk is full")),
        fix=text("T", QT_TRANSLATE_NOOP("T", "Free some space.")),
    )
    assert render_problem(problem) == "Not saved. the disk is full. Free some space."
    assert render_problem(Problem(text("T", "Settings not saved: x"))) == "Settings not saved: x"


def test_info_goes_to_the_status_line_only(
    places: Places, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, "retrocoach.ui.problems"):
        places.bridge.report("Imported 'Hills'.")
    assert places.status == ["Imported 'Hills'."]
    assert places.bridge.panel.box is None and places.panel == []
    assert "Imported 'Hills'." in caplog.text


def test_a_warning_is_in_the_problems_panel_too(places: Places) -> None:
    places.bridge.report("Settings not saved: disk full", Severity.WARNING)
    places.bridge.report(RetrocoachError("Tip skipped", fix="edit tips.json"), Severity.WARNING)
    box = places.bridge.panel.box
    assert box is not None and box.isVisible() and not box.isModal()
    assert box.detailedText().split("\n\n") == [
        "Settings not saved: disk full",
        "Tip skipped. Fix: edit tips.json",
    ]
    assert places.status[-1] == "Tip skipped. Fix: edit tips.json"
    assert places.panel == []


def test_a_serious_problem_is_on_the_session_panel(places: Places) -> None:
    problem = Problem(text("T", "The voice cannot speak the safety check"), Severity.SERIOUS)
    places.bridge.report(problem)
    assert places.panel == ["The voice cannot speak the safety check"]
    assert places.status == places.panel and places.bridge.panel.box is not None
    places.bridge.clear_serious()
    assert places.panel[-1] == ""


def test_the_start_up_problems_come_together(places: Places) -> None:
    problems = [Problem(text("T", f"bad file {n}")) for n in range(6)]
    places.bridge.report_startup(problems)
    box = places.bridge.panel.box
    assert box is not None and box.windowTitle() == "Some files had problems"
    assert box.informativeText().count("\u2022") == 4  # the first four; all in the details
    assert box.detailedText().count("bad file") == 6
    assert places.status == ["bad file 5"]
    places.bridge.report_startup([])  # nothing found: nothing shown
    assert places.status == ["bad file 5"]


def test_a_bad_option_at_the_start_is_titled_as_one(places: Places) -> None:
    option = Problem(text("T", "There is no catalogue for the language 'xx'"))
    places.bridge.report_startup([], [option])
    box = places.bridge.panel.box
    assert box is not None and box.windowTitle() == "A command-line option was not used"
    assert "'xx'" in box.informativeText() and places.status == [option.english()]


def test_an_answer_to_a_command_is_a_box_titled_after_it(
    places: Places, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, message: str, *_rest: object) -> object:
        shown.append((title, message))
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", warning)
    places.bridge.report("Not exported:\nread-only", title="Not exported")
    assert shown == [("Not exported", "Not exported:\nread-only")] and places.status == []
    buttons = QMessageBox.StandardButton
    answer = places.bridge.ask(
        "Sessions not saved", "2 session(s) could not be saved", buttons.Retry, buttons.Retry
    )
    assert answer == buttons.Retry and shown[-1][0] == "Sessions not saved"


def test_every_report_is_announced(places: Places) -> None:
    seen: list[Problem] = []
    places.bridge.reported.connect(seen.append)
    places.bridge.report("one")
    assert [p.severity for p in seen] == [Severity.INFO]


def test_a_dialog_line_is_red_for_a_problem_and_plain_for_news(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    show_on_label(label, "The history was not exported: no room")
    assert label.text() == "The history was not exported: no room"
    assert "color" in label.styleSheet() and not label.isHidden()
    show_on_label(label, "Exported 4 sessions.", problem=False)
    assert label.text() == "Exported 4 sessions." and label.styleSheet() == ""
