"""CueRenderer: background rendering, faults of the engine, a window that never stalls.

The faults come from ``tests.speech.faulty_engine`` (raises on init, raises mid-cue, hangs
10 s, writes an empty file); every other text is real pyttsx3 + espeak-ng speech. While each
fault plays out, a 10 ms QTimer measures the event loop and a real SessionDriver runs a short
session on the real clock: boundaries must stay on time and captions keep coming.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.core.coaching import Cue, CueKind
from retrocoach.core.problem import Severity
from retrocoach.core.workout import Direction, Pace, Phase, Plan, Workout
from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.player import CuePlayer
from retrocoach.speech.renderer import RENDER_THREAD, CueRenderer
from retrocoach.ui.live.driver import SessionDriver
from tests.speech.faulty_engine import EMPTY, FAULT_DIR_ENV, FLAKY, HANG, RAISE
from tests.speech.loopwatch import LoopWatch
from tests.speech.pulse import PulseSetup

FAULTY = "tests.speech.faulty_engine:make_engine"
BROKEN = "tests.speech.faulty_engine:broken_init"
MAX_STALL = 0.050


def assert_no_stall(watch: LoopWatch) -> None:
    """The app never kept its event loop from a tick for MAX_STALL: judged by the CPU time the
    process used within a gap, so a loaded machine that leaves the process waiting for a CPU
    (a gap with almost no CPU time in it) does not fail the test; a renderer holding the GUI
    thread or the GIL does."""
    assert watch.max_busy < MAX_STALL, (
        f"the app kept its event loop busy for {watch.max_busy * 1000:.0f} ms "
        f"(longest gap {watch.max_gap * 1000:.0f} ms, {watch.max_gap_cpu * 1000:.0f} ms of CPU)"
    )


@dataclass
class Record:
    progress: list[tuple[int, int]] = field(default_factory=list)
    rendered: dict[str, Path] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    unavailable: list[str] = field(default_factory=list)
    finished: list[tuple[int, int]] = field(default_factory=list)


def record(renderer: CueRenderer) -> Record:
    rec = Record()
    renderer.progress.connect(lambda done, total: rec.progress.append((done, total)))
    renderer.rendered.connect(lambda text, path: rec.rendered.__setitem__(text, path))
    renderer.failed.connect(lambda text, problem: rec.failed.__setitem__(text, problem.english()))
    renderer.unavailable.connect(lambda problem: rec.unavailable.append(problem.english()))
    renderer.job_finished.connect(lambda now, failed: rec.finished.append((now, failed)))
    return rec


@pytest.fixture
def watch() -> Iterator[LoopWatch]:
    loop_watch = LoopWatch().start()
    yield loop_watch
    loop_watch.stop()


def short_plan(seconds: int = 1, phases: int = 3) -> Plan:
    phase_list = tuple(
        Phase(f"Step {i + 1}", Direction.BACKWARD, Pace.JOG, seconds) for i in range(phases)
    )
    return Workout("short", "Short", "", (), phase_list, (), 1).plan(1, lead_in_seconds=0)


@dataclass
class LiveSession:
    """A real driver on the real clock with a player, recording captions and boundaries."""

    driver: SessionDriver
    player: CuePlayer
    captions: list[tuple[str, float]] = field(default_factory=list)

    def boundary_lateness(self) -> list[float]:
        return [handled - deadline for _, deadline, handled in self.driver.boundary_log]


def live_session(cache: SpeechCache, cues: list[Cue], plan: Plan) -> LiveSession:
    driver = SessionDriver(plan)
    player = CuePlayer(driver, cache)
    live = LiveSession(driver, player)

    def on_caption(text: str, kind: str) -> None:
        live.captions.append((text, time.monotonic()))

    player.caption.connect(on_caption)
    player.set_cues(cues)
    driver.start()
    return live


def phase_cues(texts: list[str]) -> list[Cue]:
    return [Cue(float(i), CueKind.ANNOUNCE, text, i) for i, text in enumerate(texts)]


def test_an_engine_that_cannot_start_is_reported_once_and_captions_keep_coming(
    cache: SpeechCache, qtbot: QtBot, watch: LoopWatch, null_sink: PulseSetup
) -> None:
    renderer = CueRenderer(cache, engine_factory=BROKEN)
    rec = record(renderer)
    texts = ["Jog backwards, one second", "Keep going", "Nearly there"]
    live = live_session(cache, phase_cues(texts), short_plan())
    with qtbot.waitSignal(renderer.job_finished, timeout=10_000):
        renderer.render(texts)
    with qtbot.waitSignal(renderer.job_finished, timeout=10_000):
        renderer.render([*texts, "one more"])  # the next workout: still no engine
    assert len(rec.unavailable) == 1  # one clear message, not one per job or per cue
    message = rec.unavailable[0]
    assert "sudo apt-get install espeak-ng" in message
    assert "captions" in message
    reason = renderer.unavailable_reason
    assert reason is not None and reason.english() == message
    assert reason.severity is Severity.SERIOUS  # not even the safety check can be heard
    assert rec.rendered == {}
    qtbot.waitUntil(lambda: len(live.captions) == len(texts), timeout=5_000)
    assert [text for text, _ in live.captions] == texts  # every cue still shown on time
    anchor = live.driver.session.clock_time_at(0.0) if live.driver.session else None
    if anchor is not None:  # still running: check each caption against its due time
        # A cue (and its caption) is handed over the output's lead before it is due.
        early = live.player.output_lead + MAX_STALL
        offsets = [at - (anchor + i) for i, (_, at) in enumerate(live.captions)]
        assert all(-early < offset < MAX_STALL for offset in offsets), offsets
    qtbot.waitUntil(
        lambda: live.driver.session is not None and live.driver.state.value == "finished",
        timeout=5_000,
    )
    assert max(live.boundary_lateness()) < MAX_STALL
    assert_no_stall(watch)
    renderer.shutdown()


def test_a_hung_engine_is_killed_and_replaced_and_later_cues_still_render(
    cache: SpeechCache, qtbot: QtBot, watch: LoopWatch, null_sink: PulseSetup
) -> None:
    # 2 s: a real render on a loaded machine (both lanes busy, a test suite alongside) took
    # over 1 s once and counted as a second hang
    renderer = CueRenderer(cache, engine_factory=FAULTY, timeout=2.0)
    rec = record(renderer)
    texts = ["Jog backwards", f"Stuck {HANG}", "Run backwards", "Walk forwards"]
    live = live_session(cache, phase_cues(texts), short_plan(seconds=1, phases=4))
    started = time.monotonic()
    with qtbot.waitSignal(renderer.job_finished, timeout=15_000) as done:
        renderer.render(texts)
    took = time.monotonic() - started
    assert took < 8.0  # the 2 s deadline, not the 10 s hang
    assert done.args == [3, 1], rec.failed
    assert set(rec.rendered) == {"Jog backwards", "Run backwards", "Walk forwards"}
    assert "timed out" in rec.failed[f"Stuck {HANG}"]
    assert renderer.killed >= 1 and renderer.started >= 2  # replaced
    assert rec.unavailable == []
    assert rec.progress[-1] == (4, 4)
    assert all(cache.has(text) for text in rec.rendered)
    qtbot.waitUntil(lambda: live.driver.state.value == "finished", timeout=6_000)
    assert [text for text, _ in live.captions] == texts  # the hung one too, as a caption
    assert max(live.boundary_lateness()) < MAX_STALL
    assert_no_stall(watch)
    renderer.shutdown()


def test_an_error_mid_cue_or_an_empty_file_fails_only_that_cue(
    cache: SpeechCache, qtbot: QtBot, watch: LoopWatch
) -> None:
    renderer = CueRenderer(cache, engine_factory=FAULTY, timeout=5.0)
    rec = record(renderer)
    texts = [f"Boom {RAISE}", "Chest up", f"Nothing {EMPTY}", "Short quick steps"]
    with qtbot.waitSignal(renderer.job_finished, timeout=15_000) as done:
        renderer.render(texts)
    assert done.args == [2, 2]
    assert set(rec.rendered) == {"Chest up", "Short quick steps"}
    assert "simulated engine failure" in rec.failed[f"Boom {RAISE}"]
    assert "empty" in rec.failed[f"Nothing {EMPTY}"]
    assert not cache.has(f"Boom {RAISE}") and not cache.has(f"Nothing {EMPTY}")
    assert rec.unavailable == []
    # A fresh engine after each failure: each failing cue is tried twice (the retry), each
    # failed try kills its worker, and a cue follows each failing one in the list: at least
    # 1 + 2 + 2 workers, whether the lanes are one or two.
    assert renderer.started >= 5  # (a busy machine may cost one more retry)
    assert_no_stall(watch)
    renderer.shutdown()


def test_a_cue_whose_first_render_writes_no_file_is_retried_once_and_rendered(
    cache: SpeechCache, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(FAULT_DIR_ENV, str(tmp_path))
    renderer = CueRenderer(cache, engine_factory=FAULTY, timeout=5.0)
    rec = record(renderer)
    texts = [f"Glance over your shoulder {FLAKY}", "Chest up"]
    with qtbot.waitSignal(renderer.job_finished, timeout=15_000) as done:
        renderer.render(texts)
    assert (tmp_path / "flaky-seen").exists()  # the fault did happen once
    assert done.args == [2, 0]
    assert set(rec.rendered) == set(texts) and rec.failed == {}
    assert cache.has(texts[0])
    # the failed worker was replaced for the retry (a busy machine may cost one more retry)
    assert renderer.started >= 2
    renderer.shutdown()


def test_a_new_job_replaces_the_running_one(
    espeak: None, cache: SpeechCache, qtbot: QtBot, watch: LoopWatch
) -> None:
    renderer = CueRenderer(cache)
    rec = record(renderer)
    old = [f"Old workout cue number {i}" for i in range(40)]
    new = ["New workout, first cue", "three", "two", "one"]
    renderer.render(old)
    qtbot.waitUntil(lambda: len(rec.rendered) >= 1, timeout=10_000)
    with qtbot.waitSignal(renderer.job_finished, timeout=10_000):
        renderer.render(new)
    assert set(new) <= set(rec.rendered)
    rendered_old = [t for t in old if cache.has(t)]
    assert len(rendered_old) < len(old)  # the old job stopped part way
    assert rec.finished == [(len(new), 0)]  # only the current job reports
    assert_no_stall(watch)
    renderer.shutdown()


def test_changing_voice_or_rate_renders_the_texts_again(
    espeak: None, cache: SpeechCache, qtbot: QtBot
) -> None:
    renderer = CueRenderer(cache)
    rec = record(renderer)
    texts = ["Walk forwards, one minute", "three"]
    with qtbot.waitSignal(renderer.job_finished, timeout=10_000):
        renderer.render(texts)
    first = dict(rec.rendered)
    with qtbot.waitSignal(renderer.job_finished, timeout=10_000) as done:
        renderer.set_voice("gmw/en-us", 220)
    assert done.args == [2, 0]
    assert renderer.cache.voice == "gmw/en-us" and renderer.cache.rate == 220
    for text in texts:
        assert rec.rendered[text] != first[text]
        assert rec.rendered[text].read_bytes() != first[text].read_bytes()
    renderer.shutdown()


def test_the_countdown_words_render_at_start_up(
    espeak: None, cache: SpeechCache, qtbot: QtBot
) -> None:
    renderer = CueRenderer(cache)
    rec = record(renderer)
    with qtbot.waitSignal(renderer.job_finished, timeout=10_000) as done:
        renderer.render_fixed()
    assert done.args == [3, 0], rec
    assert all(cache.has(word) for word in ("3", "2", "1"))
    renderer.shutdown()


def test_the_render_thread_never_calls_into_qt(cache: SpeechCache, qtbot: QtBot) -> None:
    """Item 0: the render thread emitted a Qt signal to wake the GUI thread (and at quit
    "Signal source has been deleted"); it must only touch Python objects and its pipe."""
    calls: list[str] = []

    def profiler(frame: FrameType, event: str, arg: object) -> None:
        if event != "c_call" or not threading.current_thread().name.startswith(RENDER_THREAD):
            return
        owner = getattr(arg, "__self__", None)
        module = type(owner).__module__ if owner is not None else ""
        if module.startswith(("PySide6", "shiboken6")):
            calls.append(f"{type(owner).__name__}.{getattr(arg, '__name__', '?')}")

    threading.setprofile(profiler)
    try:
        renderer = CueRenderer(cache)
        with qtbot.waitSignal(renderer.job_finished, timeout=20_000):
            renderer.render(["Chest up", "Short quick steps"])
        assert cache.has("Chest up")
        renderer.shutdown()
    finally:
        threading.setprofile(None)
    assert calls == []
