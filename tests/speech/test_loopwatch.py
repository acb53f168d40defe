"""The stall watch itself: a busy GUI thread counts as the app's stall, a sleeping one not."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from tests.speech.loopwatch import LoopWatch


def test_a_busy_event_loop_is_the_apps_stall_and_a_waiting_one_is_not(qtbot: QtBot) -> None:
    watch = LoopWatch().start()
    qtbot.wait(50)
    time.sleep(0.15)  # blocked, but not on the CPU (as when the machine gives it none)
    qtbot.wait(50)
    assert watch.max_gap >= 0.15
    assert watch.max_busy < 0.05
    burn_until = time.perf_counter() + 0.12
    while time.perf_counter() < burn_until:  # the app's own work on the GUI thread
        pass
    qtbot.wait(50)
    watch.stop()
    assert watch.max_busy >= 0.08
