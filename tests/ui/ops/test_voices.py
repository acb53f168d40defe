"""Listing the voices off the GUI thread (retrocoach/ui/ops/voices.py), and Settings opening
before the list is there."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from retrocoach.core.errors import RetrocoachError
from retrocoach.core.problem import Problem
from retrocoach.ui.i18n import render_problem
from retrocoach.ui.ops.voices import Voice, VoiceList

VOICES: list[Voice] = [("flite:rms", "flite: rms"), ("espeak:en-us", "espeak: en-us")]


class SlowLister:
    """Lists `VOICES` once :attr:`go` is set (the test decides when the engines answer)."""

    def __init__(self, fail: bool = False) -> None:
        self.go, self.calls, self.fail = threading.Event(), 0, fail
        self.threads: list[QThread] = []

    def __call__(self) -> list[Voice]:
        self.calls += 1
        self.threads.append(QThread.currentThread())
        assert self.go.wait(10), "the test never let the lister answer"
        if self.fail:
            raise RetrocoachError("no engine could list its voices")
        return list(VOICES)


def test_the_list_arrives_on_the_gui_thread_and_is_kept(qtbot: QtBot) -> None:
    lister = SlowLister()
    voices = VoiceList(lister)
    got: list[tuple[list[Voice], QThread]] = []
    voices.listed.connect(lambda found: got.append((found, QThread.currentThread())))
    assert voices.request() and voices.running
    assert voices.request(), "a second request joins the running one"
    assert got == [] and voices.cached is None
    lister.go.set()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(VOICES, QThread.currentThread())]  # delivered on this (the GUI) thread
    assert lister.threads[0] is not QThread.currentThread()  # listed on another thread
    assert voices.cached == VOICES and lister.calls == 1
    assert not voices.request(), "a known list is not asked for again"


def test_a_failed_listing_is_a_problem_and_an_empty_list(qtbot: QtBot) -> None:
    lister = SlowLister(fail=True)
    voices = VoiceList(lister)
    problems: list[Problem] = []
    lists: list[list[Voice]] = []
    voices.failed.connect(problems.append)
    voices.listed.connect(lists.append)
    voices.request()
    lister.go.set()
    qtbot.waitUntil(lambda: bool(lists), timeout=5000)
    assert lists == [[]] and voices.cached is None
    said = render_problem(problems[0])
    assert said == "Could not list the voices: no engine could list its voices"
    assert voices.wait(5) and voices.request(), "the next Settings asks again"
    lister.fail = False
    qtbot.waitUntil(lambda: voices.cached == VOICES, timeout=5000)


def test_settings_is_shown_before_the_voices_are_listed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog opens at once saying it is listing; the list fills it when it comes."""
    from retrocoach.ui.app import GuiOptions, build_app
    from retrocoach.ui.dialogs.settings_dialog import DEFAULT_VOICE_LABEL, SettingsDialog
    from retrocoach.ui.live.driver import SessionDriver

    monkeypatch.setenv("RETROCOACH_HOME", str(tmp_path))
    app = build_app(GuiOptions(workout_id="beginner"), driver=SessionDriver())
    qtbot.addWidget(app.window)
    lister = SlowLister()
    app.voices._lister = lister  # the engines' slow answer, under the test's control
    seen: dict[str, object] = {}

    def exec_(dialog: SettingsDialog) -> int:
        dialog.show()
        seen["shown while listing"] = dialog.isVisible() and lister.calls <= 1
        seen["listing"] = dialog.voice.currentText()
        seen["enabled"] = dialog.voice.isEnabled()
        seen["answered"] = lister.go.is_set()
        lister.go.set()  # the engines answer now
        qtbot.waitUntil(lambda: dialog.voice.isEnabled(), timeout=5000)
        seen["voices"] = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    app.actions["Settings"].trigger()
    assert seen == {
        "shown while listing": True,
        "listing": "Listing voices\u2026",
        "enabled": False,
        "answered": False,
        "voices": [DEFAULT_VOICE_LABEL, "flite: rms", "espeak: en-us"],
    }
    assert app.voices.cached == VOICES
