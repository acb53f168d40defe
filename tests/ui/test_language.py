"""The window's language: ``--lang``, else the Language setting, else the system's; a language
without a catalogue is English throughout (Qt's buttons too) and says so."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from retrocoach.cli import build_parser
from retrocoach.core.languages import pick_language
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui import i18n
from retrocoach.ui.app import GuiOptions, build_app
from retrocoach.ui.dialogs.workout_editor import WorkoutEditor
from retrocoach.ui.i18n import catalogue_file, choose_language, install_translators, render
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.main_window import MainWindow


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    install_translators(qapp)


def _cancel() -> str:
    """Qt's own text of a standard button, in the language installed."""
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


def test_a_language_with_a_catalogue(english_after: QApplication) -> None:
    assert choose_language(english_after, "de") == ("de", [])
    assert QCoreApplication.translate("ControlBar", "Stop") == "Stopp"
    assert _cancel() == "Abbrechen"


def test_no_language_asked_is_the_systems(english_after: QApplication) -> None:
    system, _ = pick_language("", QLocale.system().name())
    assert choose_language(english_after, "") == (system, [])


def test_an_unknown_language_is_english_and_says_so(english_after: QApplication) -> None:
    install_translators(english_after, "fr")
    shown, problems = choose_language(english_after, "pt")
    assert shown == "en"
    assert QCoreApplication.translate("ControlBar", "Stop") == "Stop"
    assert _cancel() == "Cancel"  # no French left: never a mix
    assert [render(problem.what) for problem in problems] == [
        "There is no catalogue for the language 'pt': the window is in English."
    ]


def test_a_missing_catalogue_is_english_and_says_so(
    english_after: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copyfile(catalogue_file("en"), tmp_path / "retrocoach_en.qm")
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: tmp_path)  # an install without German
    shown, problems = choose_language(english_after, "de")
    assert shown == "en" and len(problems) == 1
    assert "'de'" in problems[0].english()
    assert _cancel() == "Cancel"


def test_the_command_line_names_the_language() -> None:
    args = build_parser().parse_args(["--lang", "fr", "--workout", "beginner"])
    assert args.window_language == "fr"
    assert build_parser().parse_args([]).window_language == ""
    options = GuiOptions(workout_id="beginner", language="fr")
    assert options.as_arguments() == ["--workout", "beginner", "--lang", "fr"]


def _stop(driver: SessionDriver) -> None:
    driver.stop()


def _window(qtbot: QtBot, options: GuiOptions, paths: DataPaths) -> tuple[MainWindow, list[str]]:
    driver = SessionDriver()
    controller = build_app(options, driver=driver, paths=paths, translate=True)
    qtbot.addWidget(controller.window, before_close_func=lambda _w: _stop(driver))
    problems = [*controller.option_problems, *controller.startup_problems]
    return controller.window, [problem.english() for problem in problems]


@pytest.mark.parametrize(
    ("option", "setting", "stop"),
    [("de", "", "Stopp"), ("", "es", "Parar"), ("fr", "es", "Arrêter"), ("en", "fr", "Stop")],
)
def test_the_window_is_built_in_the_language(
    qtbot: QtBot,
    english_after: QApplication,
    isolated_home: Path,
    option: str,
    setting: str,
    stop: str,
) -> None:
    paths = DataPaths.default()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"language": setting} if setting else {}), "utf-8")
    window, problems = _window(qtbot, GuiOptions(language=option), paths)
    assert window.stop_button.text() == stop
    assert problems == []


def test_the_window_in_a_missing_language_is_english_with_a_message(
    qtbot: QtBot, english_after: QApplication, isolated_home: Path
) -> None:
    driver = SessionDriver()
    paths = DataPaths.default()
    controller = build_app(GuiOptions(language="pt"), driver=driver, paths=paths, translate=True)
    qtbot.addWidget(controller.window, before_close_func=lambda _w: _stop(driver))
    assert controller.window.stop_button.text() == "Stop"
    assert controller.startup_problems == []  # not a file's problem: the command line's
    [problem] = controller.option_problems
    assert "'pt'" in problem.english()


def test_a_copys_name_is_in_the_language(
    qtbot: QtBot, english_after: QApplication, isolated_home: Path
) -> None:
    install_translators(english_after, "de")
    library = WorkoutLibrary(user_dir=DataPaths.default().workouts_dir)
    editor = WorkoutEditor(library, library.get("beginner"))
    qtbot.addWidget(editor)
    assert editor.name.text() == f"{library.get('beginner').name} (Kopie)"
