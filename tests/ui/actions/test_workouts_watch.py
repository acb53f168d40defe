"""Issue 17: the window reads the workouts again when the workouts' files change, and only
then: not when the session journal (or any other file in the data folder) changes, also while
the workouts folder is not there yet and the data folder is watched in its place
(``WorkoutActions``' QFileSystemWatcher, retrocoach/ui/actions/workouts.py). Real files, the
real watcher; the import is the real command in a child process."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.storage.journal import SessionJournal
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.actions.workouts import QUIET_MSEC, WorkoutActions
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.ops.workouts import WorkoutLibrary
from retrocoach.ui.screen.main_window import MainWindow
from tests.cli.run import retrocoach

HILLS = {
    "version": 1, "id": "hills", "name": "Hills", "default_rounds": 2,
    "round": [{"name": "Jog", "direction": "backward", "pace": "jog", "seconds": 30}],
}  # fmt: skip
#: Long enough for a change the watcher would act on to have been acted on (quiet + margin).
SETTLE_MSEC = QUIET_MSEC * 5


class Watched:
    """The window's workout actions on the test's data folder, counting the library's
    re-reads."""

    def __init__(self, qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot, self.paths = qtbot, paths
        library = WorkoutLibrary(user_dir=paths.workouts_dir)
        self.window = MainWindow(library, SessionDriver())
        qtbot.addWidget(self.window)
        self.reads = 0
        read_again = library.reload

        def counted() -> None:
            self.reads += 1
            read_again()

        self.actions = WorkoutActions(self.window, library, paths, self.window.problems)
        monkeypatch.setattr(library, "reload", counted)

    def names(self) -> list[str]:
        picker = self.window.workout_picker
        return [picker.itemText(i) for i in range(picker.count())]

    def watched(self) -> list[str]:
        return self.actions._watcher.directories()

    def seen_and_settled(self, change: Callable[[], object]) -> None:
        """Make `change` in the watched folder: the watcher sees it, and its quiet time ends."""
        with self.qtbot.waitSignal(self.actions._watcher.directoryChanged, timeout=10_000):
            change()
        with self.qtbot.waitSignal(self.actions._quiet.timeout, timeout=10_000):
            pass

    def shows(self, name: str) -> None:
        self.qtbot.waitUntil(lambda: name in self.names(), timeout=10_000)


def journal_writes(paths: DataPaths) -> SessionJournal:
    """A session's journal as the app writes it: begun, then updated."""
    journal = SessionJournal(paths)
    assert journal.begin("beginner", "Beginner reverse running", 4) == []
    assert journal.update(rounds_done=1, active_seconds=60, backward_seconds=30) == []
    return journal


@pytest.fixture
def paths(isolated_home: Path) -> DataPaths:
    paths = DataPaths.default()  # RETROCOACH_HOME=isolated_home, for the child's import too
    paths.data_dir.mkdir(parents=True)
    return paths


def test_the_journal_beside_a_missing_workouts_folder_is_no_reason_to_read_again(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The data folder is watched until the workouts folder exists: its journal and other
    files change there, the watcher sees them, and the workouts are not read again. Then the
    workouts folder is made, and a workout put in it is read."""
    watch = Watched(qtbot, paths, monkeypatch)
    assert watch.watched() == [str(paths.data_dir)]
    watch.seen_and_settled(lambda: journal_writes(paths))
    watch.seen_and_settled(lambda: (paths.data_dir / "notes.txt").write_text("x", "utf-8"))
    watch.seen_and_settled(lambda: journal_writes(paths))  # rewritten in place this time
    assert watch.reads == 0
    watch.seen_and_settled(paths.workouts_dir.mkdir)
    assert watch.watched() == [str(paths.workouts_dir)]  # now the workouts folder itself
    assert watch.reads == 0  # an empty folder: nothing to read
    (paths.workouts_dir / "hills.json").write_text(json.dumps(HILLS), "utf-8")
    watch.shows("Hills (yours)")
    assert watch.reads == 1


def test_a_workout_imported_by_the_command_line_shows_without_a_restart(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No workouts folder at first: `retrocoach import` makes it and the file at once."""
    watch = Watched(qtbot, paths, monkeypatch)
    source = tmp_path / "hills.json"
    source.write_text(json.dumps(HILLS), "utf-8")
    imported = retrocoach("import", source)
    assert imported.status == 0, imported.err
    watch.shows("Hills (yours)")
    assert watch.reads == 1 and watch.watched() == [str(paths.workouts_dir)]


def test_with_the_workouts_folder_only_its_files_count(
    qtbot: QtBot, paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The workouts folder is watched, not the data folder: the journal, the history and
    other files do not even wake the watcher; a workout changed or removed is read again."""
    paths.workouts_dir.mkdir()
    hills = paths.workouts_dir / "hills.json"
    hills.write_text(json.dumps(HILLS), "utf-8")
    watch = Watched(qtbot, paths, monkeypatch)
    assert "Hills (yours)" in watch.names()
    with qtbot.assertNotEmitted(watch.actions._watcher.directoryChanged, wait=SETTLE_MSEC):
        journal = journal_writes(paths)
        (paths.data_dir / "notes.txt").write_text("x", "utf-8")
        ended = journal.current
        assert ended is not None
        assert journal.finish(replace(ended, outcome="completed")) == []  # to the history
    assert paths.history_file.is_file() and not paths.journal_file.exists()
    assert watch.reads == 0
    hills.write_text(json.dumps(HILLS | {"name": "Steep hills"}), "utf-8")  # in place
    watch.shows("Steep hills (yours)")
    assert "Hills (yours)" not in watch.names() and watch.reads == 1
    spare = paths.workouts_dir / "hills.json.new"  # replaced, as the app's own writes do
    spare.write_text(json.dumps(HILLS | {"name": "Long hills"}), "utf-8")
    spare.replace(hills)
    watch.shows("Long hills (yours)")
    hills.write_text(json.dumps(HILLS | {"name": "Short hills"}), "utf-8")  # the new file
    watch.shows("Short hills (yours)")
    assert watch.reads == 3
    hills.unlink()
    qtbot.waitUntil(lambda: not any("hills" in name for name in watch.names()), timeout=10_000)
    assert watch.reads == 4
