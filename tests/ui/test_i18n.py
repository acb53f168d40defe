"""Every text a user sees is translatable: the catalogue, the source and the real window.

- The committed catalogue (``assets/i18n/retrocoach_en.ts``) is what ``pyside6-lupdate``
  extracts from the source now, finished (every plural with its English forms), and the
  committed ``.qm`` is its compilation.
- Every text the source marks (``self.tr``, ``translate``, ``QT_TRANSLATE_NOOP``) is one that
  lupdate finds (its parser misses some forms, e.g. a count written as ``plan.rounds``).
- No literal text goes straight to a Qt text call (one test per module: the findings are
  listed by file and line).
- With a pseudo-translator installed (every text in ``⟦...⟧``), the real window in every
  state and each dialog of its menus shows no word outside the markers but data.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from retrocoach import __version__
from retrocoach.core.languages import LANGUAGE_NAMES
from retrocoach.core.problem import text
from retrocoach.core.session import State
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.app import GuiOptions, build_app
from retrocoach.ui.i18n import catalogue_file, install_translators, render
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.screen.main_window import MainWindow
from scripts import translations
from tests.conftest import share_rendered_voice
from tests.core.clock import FakeClock
from tests.ui.i18n_source import catalogue_messages, marked_texts, unmarked_texts
from tests.ui.i18n_walk import (
    CLOSE,
    DATA_LABELS,
    OPEN,
    PseudoTranslator,
    data_paths,
    findings,
    install_pseudo,
    untranslated,
    workout_words,
)
from tests.ui.test_app import SHORT_WORKOUT

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_TS = translations.catalogue_path("en")
MODULES = translations.source_files()
QT_MODULES = [m for m in MODULES if m.relative_to(ROOT).parts[1] in ("ui", "desktop")]


def _id(module: Path) -> str:
    return str(module.relative_to(ROOT))


# --- the catalogue ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English catalogue as `make update-translations` would write it now."""
    folder = tmp_path_factory.mktemp("i18n")
    ts_file = translations.catalogue_path("en", folder)
    shutil.copyfile(ENGLISH_TS, ts_file)
    kept = translations.plural_forms(ts_file)
    translations.run_lupdate(ts_file, "en")
    translations.finish_catalogue(ts_file, "en", kept)
    return ts_file


def test_the_catalogue_is_up_to_date_with_the_source(extracted: Path) -> None:
    committed, now = catalogue_messages(ENGLISH_TS), catalogue_messages(extracted)
    missing, gone = sorted(now - committed), sorted(committed - now)
    assert not missing and not gone, (
        "assets/i18n/retrocoach_en.ts is not what the source says: run "
        f"'make update-translations'.\nNew texts: {missing}\nTexts no longer used: {gone}"
    )
    assert ENGLISH_TS.read_text("utf-8") == extracted.read_text("utf-8"), (
        "the English catalogue is not finished: run 'make update-translations'"
    )


def test_the_compiled_catalogue_is_the_committed_one(tmp_path: Path) -> None:
    compiled = translations.compile_catalogue(ENGLISH_TS, tmp_path / "en.qm")
    assert catalogue_file("en").read_bytes() == compiled.read_bytes(), (
        "assets/i18n/retrocoach_en.qm is older than its .ts: run 'make translations'"
    )


def test_english_plurals_and_core_texts_render(qapp: QApplication) -> None:
    install_translators(qapp)
    translate = QCoreApplication.translate
    assert translate("SessionOverview", "%n round(s)", None, 1) == "1 round"
    assert translate("SessionOverview", "%n round(s)", None, 4) == "4 rounds"
    assert translate("SessionCard", "{done} of %n round(s)", None, 1) == "{done} of 1 round"
    marked = text("Keys", "Keyboard")
    assert render(marked) == "Keyboard"
    assert render(text("Nowhere", "{n} of {m}", n=1, m=2)) == "1 of 2"


def test_a_missing_language_falls_back_to_english(qapp: QApplication) -> None:
    assert install_translators(qapp, "xx") == "en"
    assert QCoreApplication.translate("SessionOverview", "%n round(s)", None, 2) == "2 rounds"
    install_translators(qapp)


def test_plurals_need_their_english_forms() -> None:
    assert translations.english_forms("%n round(s)") == ("%n round", "%n rounds")
    with pytest.raises(translations.CatalogueError):
        translations.english_forms("%n people")


# --- the source -------------------------------------------------------------------------------


@pytest.mark.parametrize("module", MODULES, ids=_id)
def test_every_marked_text_is_in_the_catalogue(module: Path, extracted: Path) -> None:
    found = catalogue_messages(extracted)
    lost = [
        f"line {line}: {message}" for line, message in marked_texts(module) if message not in found
    ]
    assert not lost, (
        f"pyside6-lupdate does not see these texts of {_id(module)} (write the count as a "
        "name, the context and text as literals):\n" + "\n".join(lost)
    )


@pytest.mark.parametrize("module", QT_MODULES, ids=_id)
def test_no_literal_text_goes_to_qt_unmarked(module: Path) -> None:
    lines = list(unmarked_texts(module))
    assert not lines, (
        f"texts in {_id(module)} reach the screen untranslated: wrap them in self.tr() or "
        "QCoreApplication.translate():\n" + "\n".join(lines)
    )


def test_the_source_checks_find_what_they_should(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        "class Box:\n"
        "    def build(self):\n"
        "        self.label.setText('Hello')\n"
        "        self.label.setText(self.tr('Marked'))\n"
        "        QLabel(f'Round {n}')\n"
        "        log.warning('for the log')\n"
        "        self.combo.addItem(self.tr('Shown'), 'data')\n"
        "        translate('Ctx', 'lost %n', None, plan.rounds)\n"
        "        self.setWindowTitle('retrocoach')\n"
        "        QFileDialog.getSaveFileName(self, 'Export', f'{name}.json', 'Files (*.json)')\n",
        "utf-8",
    )
    assert [line.split(":")[0] for line in unmarked_texts(module)] == [
        "line 3",
        "line 5",
        "line 10",
        "line 10",
    ]
    assert [message for _line, message in marked_texts(module)] == [
        ("Box", "Marked"),
        ("Box", "Shown"),
        ("Ctx", "lost %n"),
    ]


# --- the window, pseudo-translated ------------------------------------------------------------


def test_untranslated_finds_words_outside_the_markers() -> None:
    data = {"Short test"}
    assert untranslated(f"{OPEN}Next: {OPEN}Short test{CLOSE}{CLOSE}  0:30", data) == ""
    assert untranslated("Short test · 12:00", data) == ""
    assert untranslated(f"<b>{OPEN}Done{CLOSE}</b> Stop", data) == "Stop"
    assert untranslated(f"Round 2 of {OPEN}4 rounds{CLOSE}", data) == "Round 2 of"


@pytest.fixture
def pseudo_window(
    qtbot: QtBot, isolated_home: Path, clock: FakeClock, qapp: QApplication
) -> Iterator[tuple[MainWindow, set[str]]]:
    """The real app's window built under the pseudo-translator, its voice ready; and the data
    it may show."""
    paths = DataPaths.default()
    paths.workouts_dir.mkdir(parents=True)
    (paths.workouts_dir / "short.json").write_text(json.dumps(SHORT_WORKOUT), "utf-8")
    share_rendered_voice(paths)
    translator = install_pseudo()
    driver = SessionDriver(clock=clock.monotonic, wall_clock=clock.wall)
    app = build_app(GuiOptions(workout_id="short"), driver=driver, paths=paths)
    window = app.window
    qtbot.addWidget(window, before_close_func=lambda _w: _stop(driver))  # else close asks
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: app.voice is not None and app.voice.first_cues_ready(), timeout=60_000)
    data = workout_words([SHORT_WORKOUT]) | data_paths(f for _l, f in paths.describe())
    data |= {"retrocoach", __version__, *LANGUAGE_NAMES.values()}  # (each in its own words)
    yield window, data
    driver.stop()
    app.save_on_exit()
    QCoreApplication.removeTranslator(translator)


def _stop(driver: SessionDriver) -> None:
    driver.stop()


def _state(window: MainWindow) -> State:
    return window.driver.state


def _advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    for _ in range(int(seconds)):
        clock.advance(1)
        window.driver.tick()


def test_every_state_of_the_window_is_translated(
    pseudo_window: tuple[MainWindow, set[str]], clock: FakeClock
) -> None:
    window, data = pseudo_window
    driver = window.driver
    seen: dict[str, list[str]] = {"idle": findings(window, data)}
    driver.start()
    assert _state(window) is State.LEAD_IN
    seen["lead-in"] = findings(window, data)
    _advance(window, clock, window.lead_in_seconds + 2)
    assert _state(window) is State.RUNNING
    seen["running"] = findings(window, data)
    driver.pause()
    seen["paused"] = findings(window, data)
    driver.resume()
    _advance(window, clock, 200)
    assert _state(window) is State.FINISHED
    seen["finished"] = findings(window, data)
    _assert_none(seen)


#: Menu actions that open no window of the app's own: quit, full screen, mute, and the file
#: dialogs of import and export (Qt's own dialog; their titles and filters are checked in the
#: source).
SKIPPED_SHORTCUTS = frozenset({"Ctrl+Q", "Ctrl+I", "Ctrl+Shift+E", "M", "F11"})


def _dialog_actions(window: MainWindow) -> list[QAction]:
    actions = []
    for top in window.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if isinstance(menu, QMenu) else []:
            keys = action.shortcut().toString()
            if action.isSeparator() or keys in SKIPPED_SHORTCUTS or "\tF11" in action.text():
                continue
            actions.append(action)
    return actions


def _open_and_read(action: QAction, read: Callable[[QWidget], list[str]]) -> list[str]:
    """Trigger `action`; read the modal window it opens, then close it."""
    result: list[str] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            if tries:
                tries.pop()
                QTimer.singleShot(50, look)
            return
        result.extend(read(modal))
        if isinstance(modal, QDialog | QMessageBox):
            modal.reject()
        else:
            modal.close()

    tries = [None] * 200  # up to 10 s: Settings lists the voices first
    QTimer.singleShot(0, look)
    action.trigger()
    return result


def test_every_dialog_is_translated(pseudo_window: tuple[MainWindow, set[str]]) -> None:
    window, data = pseudo_window
    actions = _dialog_actions(window)
    assert len(actions) >= 6, [a.text() for a in actions]
    seen = {
        action.text(): _open_and_read(action, lambda modal: findings(modal, data))
        for action in actions
    }
    _assert_none(seen)


def _assert_none(seen: dict[str, list[str]]) -> None:
    lines = [f"{scene}:\n  " + "\n  ".join(found) for scene, found in seen.items() if found]
    assert not lines, "untranslated texts on screen:\n" + "\n".join(lines)


def test_the_pseudo_translator_marks_every_lookup(qapp: QApplication) -> None:
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("X", "%n apple(s)", None, 3) == f"{OPEN}3 apple(s){CLOSE}"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "caption" in DATA_LABELS
