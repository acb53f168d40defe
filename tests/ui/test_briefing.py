"""The briefing before the first session with the real app (build_app, as ``retrocoach
--start`` runs it): it runs before the first start on a fresh data folder, Space skips it and
starts, it is kept as given and not played before the second start; Help plays it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from retrocoach.core.briefing import briefing_lines
from retrocoach.core.session import State
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.app import GuiOptions, build_app
from retrocoach.ui.controller import AppController
from retrocoach.ui.live.briefing import BriefingPlayer
from retrocoach.ui.live.driver import SessionDriver
from tests.conftest import share_rendered_voice


def open_app(qtbot: QtBot, paths: DataPaths) -> AppController:
    """The app as `retrocoach --workout first-steps --start` opens it, shown."""
    driver = SessionDriver()
    app = build_app(GuiOptions(workout_id="first-steps", start=True), driver=driver, paths=paths)
    qtbot.addWidget(app.window, before_close_func=lambda _w: _stop(driver))
    app.window.show()
    qtbot.waitExposed(app.window)
    return app


def _stop(driver: SessionDriver) -> None:
    driver.stop()


def started(app: AppController) -> bool:
    driver = app.window.driver
    return driver.state is not State.IDLE or driver.start_pending


@pytest.mark.fresh_data_folder
def test_the_briefing_runs_before_the_first_start_only(qtbot: QtBot, isolated_home: Path) -> None:
    paths = DataPaths.default()
    share_rendered_voice(paths)
    first = open_app(qtbot, paths)
    assert first.briefing.running and not started(first)  # --start played the briefing
    qtbot.waitUntil(lambda: briefing_lines()[0] in first.window.panel.caption_label.text())
    QTest.keyClick(first.window, Qt.Key.Key_Space)  # skips it, and starts
    assert not first.briefing.running and started(first)
    assert paths.briefing_flag.is_file()
    first.window.driver.stop()
    first.window.close()

    second = open_app(qtbot, paths)  # the same data folder: a second --start
    assert not second.briefing.running and started(second)
    assert second.briefing.times_played == 0
    second.window.driver.stop()
    second.briefing.play()  # Help > Before your first session
    assert second.briefing.running
    second.briefing.player.skip()


@pytest.mark.fresh_data_folder
def test_while_the_briefing_plays_the_panel_says_space_skips_it(
    qtbot: QtBot, isolated_home: Path
) -> None:
    """Not "Press Space to start": the briefing is being said, and Space skips it and starts
    (the start veto in BriefingActions)."""
    paths = DataPaths.default()
    share_rendered_voice(paths)
    app = open_app(qtbot, paths)
    card = app.window.panel.card
    assert app.briefing.running
    assert card.hint_label.text() == "Briefing: Space skips it and starts"
    app.briefing.player.skip()  # skipped (or heard to the end): the session starts
    assert not app.briefing.running
    qtbot.waitUntil(lambda: started(app))
    app.window.driver.stop()
    qtbot.waitUntil(lambda: app.window.driver.state in (State.IDLE, State.FINISHED))
    app.effort.skip()  # "How hard was that?" (if asked) holds any start while it is open
    app.briefing.play()  # Help > Before your first session
    assert card.hint_label.text() == "Briefing: Space skips it and starts"
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    QTest.keyClick(app.window, Qt.Key.Key_Space)  # skips it, and starts again
    assert not app.briefing.running and started(app)
    app.window.driver.stop()
    assert card.hint_label.text() in ("Press Space to start", "Space to go again")


def test_the_player_says_each_line_then_finishes(qtbot: QtBot) -> None:
    said: list[str] = []
    player = BriefingPlayer(said.append, length=lambda _text: 0.05)
    player.words_per_minute = 400
    with qtbot.waitSignal(player.finished, timeout=5000) as heard:
        player.play(["one", "two"])
    assert heard.args == [True] and said == ["one", "two"] and not player.running


def test_skipping_the_player_says_so(qtbot: QtBot) -> None:
    player = BriefingPlayer(lambda _text: None)
    player.play(["a long first line of the briefing"])
    with qtbot.waitSignal(player.finished, timeout=1000) as skipped:
        player.skip()
    assert skipped.args == [False]


@pytest.mark.fresh_data_folder
def test_while_the_briefing_plays_the_window_says_so_and_stop_cancels_it(
    qtbot: QtBot, isolated_home: Path
) -> None:
    """Trial finding: during the briefing the panel said READY, the button Start and Stop was
    greyed out. Now: BRIEFING, "Skip briefing" (what Space and the button do) and a Stop that
    cancels it: no session starts, and the briefing is still due for the next start."""
    paths = DataPaths.default()
    share_rendered_voice(paths)
    app = open_app(qtbot, paths)
    window = app.window
    assert app.briefing.running
    assert window.panel.tag_label.text() == "BRIEFING"
    assert window.start_button.text() == "Skip briefing"
    assert window.stop_button.isEnabled()
    QTest.mouseClick(window.stop_button, Qt.MouseButton.LeftButton)
    assert not app.briefing.running and not started(app)
    assert not paths.briefing_flag.is_file()  # cancelled, not heard: played again next time
    assert window.panel.tag_label.text() == "READY"
    assert window.start_button.text() == "Start"
    assert not window.stop_button.isEnabled()
    QTest.mouseClick(window.start_button, Qt.MouseButton.LeftButton)  # plays it again
    assert app.briefing.running and not started(app)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Escape)  # Esc cancels it too
    assert not app.briefing.running and not started(app)
    QTest.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(window.start_button, Qt.MouseButton.LeftButton)  # "Skip briefing"
    assert not app.briefing.running and started(app)
    assert paths.briefing_flag.is_file()
    window.driver.stop()
