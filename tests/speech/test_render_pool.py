"""The renderer's two render processes (issue 16 item 7): a session's texts split over two
workers on two cores, handed out in order, every worker ended at shutdown.

Every text is real pyttsx3 + espeak-ng speech; ``tests.speech.faulty_engine`` only logs when
each render starts and ends, in which worker (``$RETROCOACH_RENDER_LOG``), and kills a worker
on the ``[die]`` text (once).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from retrocoach.speech import batch
from retrocoach.speech.batch import default_lanes
from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.renderer import CueRenderer
from tests.speech.faulty_engine import DIE, FAULT_DIR_ENV, HANG, RENDER_LOG_ENV

LOGGED = "tests.speech.faulty_engine:make_engine"


@dataclass(frozen=True)
class Event:
    kind: str  # "start" or "end"
    pid: int
    text: str


def read_log(path: Path) -> list[Event]:
    if not path.exists():
        return []
    events = []
    for line in path.read_text("utf-8").splitlines():
        kind, pid, text = line.split(" ", 2)
        events.append(Event(kind, int(pid), text))
    return events


@pytest.fixture
def render_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The workers' render log (they inherit the environment); the fault memory beside it."""
    log = tmp_path / "renders.log"
    monkeypatch.setenv(RENDER_LOG_ENV, str(log))
    monkeypatch.setenv(FAULT_DIR_ENV, str(tmp_path))
    return log


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_one_lane_per_cpu_and_at_most_two(monkeypatch: pytest.MonkeyPatch) -> None:
    for cpus, lanes in ((1, 1), (2, 2), (8, 2)):
        monkeypatch.setattr(os, "sched_getaffinity", lambda _pid, n=cpus: set(range(n)))
        assert default_lanes() == lanes
    assert batch.MAX_LANES == 2


def test_a_batch_renders_every_text_once_in_order_on_two_workers(
    espeak: None, cache: SpeechCache, qtbot: QtBot, render_log: Path
) -> None:
    renderer = CueRenderer(cache, engine_factory=LOGGED, workers=2)
    texts = [f"Cue number {n}, keep your chest up" for n in range(12)]
    with qtbot.waitSignal(renderer.job_finished, timeout=30_000) as done:
        renderer.render(texts)
    assert done.args == [12, 0]
    assert all(cache.has(text) for text in texts)
    assert sorted(cache.folder.rglob("*.wav")) == sorted(cache.path_for(t) for t in texts)
    events = read_log(render_log)
    starts = [event.text for event in events if event.kind == "start"]
    assert set(starts) == set(texts)
    # each once (a second try only after a failed render, in a fresh worker: espeak-ng
    # wrote no file about once in a few hundred first renders)
    assert len(starts) == len(texts) + renderer.killed
    assert len({event.pid for event in events}) >= 2  # both workers rendered
    # In order, two at once: when a text starts, all but one of the texts before it are
    # done (the other lane's, which may still be rendering).
    ended: set[str] = set()
    for event in events:
        if event.kind == "end":
            ended.add(event.text)
            continue
        before = texts[: texts.index(event.text)]
        assert len([text for text in before if text not in ended]) <= 1, event
    renderer.shutdown()


def test_one_worker_renders_alone_and_one_text_starts_one_worker(
    espeak: None, cache: SpeechCache, qtbot: QtBot, render_log: Path
) -> None:
    single = CueRenderer(cache, engine_factory=LOGGED, workers=1)
    texts = ["Short quick steps", "Look over your shoulder", "Arms relaxed"]
    with qtbot.waitSignal(single.job_finished, timeout=20_000) as done:
        single.render(texts)
    assert done.args == [3, 0]
    # (a second worker only to replace one that failed a render)
    assert len({event.pid for event in read_log(render_log)}) == 1 + single.killed
    assert single.started == 1 + single.killed
    single.shutdown()
    pair = CueRenderer(cache, engine_factory=LOGGED, workers=2)
    with qtbot.waitSignal(pair.job_finished, timeout=20_000) as done:
        pair.render(["Breathe out"])
    assert done.args == [1, 0]
    assert pair.started == 1 + pair.killed  # a second one for one text: only its start
    pair.shutdown()


def test_a_killed_worker_is_replaced_and_its_cue_rendered(
    espeak: None, cache: SpeechCache, qtbot: QtBot, render_log: Path
) -> None:
    renderer = CueRenderer(cache, engine_factory=LOGGED, workers=2)
    texts = ["Stand tall", f"Lean back a little {DIE}", "Heels down", "Soft knees", "Eyes up"]
    with qtbot.waitSignal(renderer.job_finished, timeout=30_000) as done:
        renderer.render(texts)
    assert done.args == [5, 0]
    assert all(cache.has(text) for text in texts)
    tries = [e for e in read_log(render_log) if e.kind == "start" and DIE in e.text]
    assert len(tries) == 2  # killed in the first try, rendered in the second
    dead, second = tries[0].pid, tries[1].pid
    assert dead != second and gone(dead)  # in a fresh worker
    assert renderer.started >= 3  # two workers, and the one that replaced the dead one
    assert all(process.alive for process in renderer.processes)
    renderer.shutdown()


def test_shutdown_ends_both_workers_even_when_both_hang(
    espeak: None, cache: SpeechCache, qtbot: QtBot, render_log: Path
) -> None:
    renderer = CueRenderer(cache, engine_factory=LOGGED, timeout=30.0, workers=2)
    renderer.render([f"First {HANG}", f"Second {HANG}", "Never reached"])

    def both_hanging() -> bool:
        return len([e for e in read_log(render_log) if e.kind == "start"]) == 2

    qtbot.waitUntil(both_hanging, timeout=15_000)
    pids = [process.pid for process in renderer.processes]
    assert None not in pids and len(set(pids)) == 2
    renderer.shutdown(timeout=0.5)
    for pid in pids:
        assert pid is not None
        qtbot.waitUntil(partial(gone, pid), timeout=5_000)  # reaped: no orphan
    assert not any(process.alive for process in renderer.processes)
    assert not cache.has("Never reached")


def test_prestart_starts_every_worker_and_a_job_then_starts_none(
    espeak: None, cache: SpeechCache, qtbot: QtBot, render_log: Path
) -> None:
    renderer = CueRenderer(cache, engine_factory=LOGGED, workers=2)
    renderer.prestart()
    qtbot.waitUntil(lambda: all(p.alive for p in renderer.processes), timeout=15_000)
    pids = {process.pid for process in renderer.processes}
    assert read_log(render_log) == []  # started, nothing rendered
    texts = ["Jog backwards", "Walk forwards", "three", "two"]
    with qtbot.waitSignal(renderer.job_finished, timeout=20_000) as done:
        renderer.render(texts)
        renderer.prestart()  # while a job runs: it is not cancelled
    assert done.args == [4, 0]
    events = read_log(render_log)
    first_tries = {next(e.pid for e in events if e.text == text) for text in texts[:2]}
    assert first_tries <= pids  # by the workers already started
    # no worker started for the job, but to replace one that failed a render
    assert renderer.started <= 2 + renderer.killed
    renderer.shutdown()
    assert all(gone(pid) for pid in pids if pid is not None)
