"""Plays each rendered cue at its due time, and a beep at each phase boundary.

The cue timeline lives on the session's workout-time axis, so the player needs no clock of
its own: for the next cue it asks the session when that workout time is reached
(``session.clock_time_at``, a deadline on the driver's monotonic clock) and arms one
single-shot precise QTimer for that moment. On every state or phase change (pause, skip,
back, restart) it re-plans the same way, so nothing drifts and nothing is played late:

- which cue is heard when two want the voice at once (priorities, cut, hold, drop when late
  or stale) is decided by the pure rules of :mod:`retrocoach.speech.arbitration`; after a
  jump back (back, restart) the cues from there on play again;
- a cue whose WAV is not in the cache (not rendered in time, no engine) is a caption only.

Every cue reached on time is emitted as ``caption(text, kind)`` (the window shows it, heard or
not); every reached cue then ends in exactly one of ``played(cue, delay_seconds)`` (when it is
handed to the output; the delay is how late it will be heard) or ``dropped(cue,
reason)``. A played cue later emits ``ended(cue)`` when its sound finishes, or
``interrupted(cue, reason)`` when it is cut short; ``held(cue, wait_seconds)`` says that a
cue waits for the playing one to end. ``beeped(phase index | None)`` marks each
boundary beep (None: the end of the session).

Sound goes through one :class:`~retrocoach.speech.audio_out.AudioOut` stream that lives as
long as the player (see that module for why not a QSoundEffect per cue). Every cue and beep is
handed over ``output_lead`` seconds before its due time and placed in the stream at the frame
heard at that time. The next few cues are kept decoded in memory
(plain bytes: nothing to load or dispose while a session plays), so a countdown never waits
on a file.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from retrocoach.assets_path import beep_file
from retrocoach.core.coaching import Cue, CueKind
from retrocoach.core.session import Outcome, Session, State
from retrocoach.core.workout import PlannedPhase
from retrocoach.speech.arbitration import Action, Playing, arrive, queue_behind, stale
from retrocoach.speech.audio_out import BEEP, VOICE, AudioOut
from retrocoach.speech.cache import LEAD_SILENCE, SpeechCache
from retrocoach.speech.clips import Clip, load_clip
from retrocoach.speech.hints import NO_AUDIO_MESSAGE

log = logging.getLogger(__name__)

#: A cue reached later than this (seconds) is dropped instead of played late.
LATE_TOLERANCE = 1.0
#: A cue may wait this long for the playing one to end instead of cutting it or being dropped.
HOLD_MAX = 0.6
#: The boundary beep (120 ms) starts this long before the boundary, so that it has ended when
#: the phase's announcement starts on the boundary (a beep on top of the first syllable masks
#: it, and the two together clipped).
BEEP_LEAD = 0.15
#: A boundary beep later than this is skipped.
BEEP_TOLERANCE = 0.3
#: After a jump back to workout time t, cues from t - REWIND_MARGIN on play again.
REWIND_MARGIN = 0.25
#: A timer that fires this much early still counts as on time.
EARLY = 0.002
#: Decoded clips kept around (next cues + recently played).
POOL_SIZE = 12
#: How many upcoming cues are kept loaded ahead of time.
PRELOAD_AHEAD = 6


@dataclass(frozen=True)
class _Beep:
    at: float
    phase: int | None  # the phase that starts here; None for the end of the session


@dataclass
class _Playing:
    cue: Cue
    token: int  # the AudioOut token of its clip
    due: float  # clock time the cue was due (to be heard)
    until: float  # clock time its audio ends


@dataclass(frozen=True)
class _Held:
    cue: Cue
    due: float
    release: float  # clock time to try again


class CuePlayer(QObject):
    """Plays `cues` for the session of `driver` from the WAVs in `cache`.

    `driver` is a ``SessionDriver`` (signals ``state_changed``, ``phase_changed``,
    ``finished``, ``plan_changed`` and a ``session`` property); `clock` defaults to the
    driver's ``clock`` (the session's), else ``time.monotonic``.
    """

    caption = Signal(str, str)
    played = Signal(object, float)
    dropped = Signal(object, str)
    interrupted = Signal(object, str)
    ended = Signal(object)
    held = Signal(object, float)
    beeped = Signal(object)
    message = Signal(str)

    def __init__(
        self,
        driver: QObject,
        cache: SpeechCache | None = None,
        *,
        clock: Callable[[], float] | None = None,
        beep: Path | None = None,
        late_tolerance: float = LATE_TOLERANCE,
        output: AudioOut | None = None,
        lead: float | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`output` defaults to a stream of the player's own. `lead` fixes how early sounds are
        handed to it; by default the stream's measured latency (tests on a fake clock pass 0,
        so that a cue due at t is handed over exactly at t)."""
        super().__init__(parent)
        self._driver = driver
        self._cache = cache
        default_clock: Callable[[], float] = getattr(driver, "clock", time.monotonic)
        self._clock = clock or default_clock
        self._late_tolerance = late_tolerance
        self._cues: list[Cue] = []
        self._items: list[Cue | _Beep] = []
        self._ats: list[float] = []
        self._cursor = 0
        self._last_t: float | None = None
        self._anchor: float | None = None
        self._muted = False
        self._volume = 1.0
        self._beeps = True
        self._pool: OrderedDict[Path, Clip] = OrderedDict()
        self._playing: _Playing | None = None
        self._held: _Held | None = None
        self._tokens = itertools.count(1)
        self._timer = self._precise_timer(self.poll)
        self._hold_timer = self._precise_timer(self._release_held)
        self._owns_output = output is None
        self._out = output if output is not None else AudioOut(self)
        self._out.finished.connect(self._on_sound_finished)
        self._out.availability_changed.connect(self._on_availability_changed)
        self._fixed_lead = lead
        self.dropped.connect(self._log_dropped)
        self._told_no_audio = False
        self._beep = load_clip(beep if beep is not None else beep_file())
        self._connections: list[tuple[str, Callable[[object], None]]] = []
        for name, slot in (
            ("state_changed", self._on_state_changed),
            ("phase_changed", self._on_phase_changed),
            ("finished", self._on_finished),
            ("plan_changed", self._on_plan_changed),
        ):
            signal = getattr(driver, name, None)
            if signal is not None:
                signal.connect(slot)
                self._connections.append((name, slot))

    def _precise_timer(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    # --- settings ---------------------------------------------------------------------------

    @property
    def audio_available(self) -> bool:
        return self._out.available

    @property
    def output_lead(self) -> float:
        """Seconds before its due time that a sound is handed to the output stream."""
        return self._fixed_lead if self._fixed_lead is not None else self._out.latency

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if self._muted:
            self._stop_current("muted")
            self._drop_held("muted")
            self._out.stop(BEEP)

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """0 (silent) to 1 (full), linear."""
        self._volume = min(max(float(volume), 0.0), 1.0)
        self._out.set_volume(self._volume)

    @property
    def beeps_enabled(self) -> bool:
        return self._beeps

    def set_beeps_enabled(self, enabled: bool) -> None:
        self._beeps = bool(enabled)

    def set_cache(self, cache: SpeechCache | None) -> None:
        """Another voice or rate: the next cues come from this cache."""
        self._cache = cache
        self._pool.clear()
        self._preload()

    @property
    def current_cue(self) -> Cue | None:
        """The cue whose sound is playing now, if any."""
        playing = self._playing
        if playing is not None and self._busy(playing):
            return playing.cue
        return None

    def sounds_ready(self) -> bool:
        """True once the next cues' sounds are decoded (they are decoded as the cues are set)."""
        if self._cache is None or not self._out.available:
            return True
        upcoming = [item for item in self._items[self._cursor :] if isinstance(item, Cue)]
        paths = [self._cache.lookup(cue.text) for cue in upcoming[:PRELOAD_AHEAD]]
        return all(path is None or path in self._pool for path in paths)

    def close(self) -> None:
        """Stop sound and timers and let go of the driver (the window is closing)."""
        self._timer.stop()
        self._stop_current("closed")
        self._drop_held("closed")
        self._playing = None
        for name, slot in self._connections:
            with contextlib.suppress(RuntimeError, TypeError):
                getattr(self._driver, name).disconnect(slot)
        self._connections = []
        self._pool.clear()
        self._out.stop(BEEP)
        if self._owns_output:
            self._out.close()

    def say_now(self, text: str) -> bool:
        """Speak `text` at once, outside the timeline (a remote command's confirmation), cutting
        the cue that plays; the next cue treats it as an announcement. False when it cannot be
        heard now (muted, no audio output, `text` not rendered)."""
        if self._muted or not self._out.available or self._cache is None:
            return False
        path = self._cache.lookup(text)
        clip = self._clip_for(path) if path is not None else None
        if clip is None:
            return False
        self._stop_current(f"cut by '{text}'")
        self._drop_held(f"cut by '{text}'")
        now = self._clock()
        cue = Cue(at=math.nan, kind=CueKind.ANNOUNCE, text=text, phase=None)
        token = next(self._tokens)
        if not self._out.play(VOICE, clip, token, 0.0):
            return False
        heard = now + self.output_lead
        self._playing = _Playing(cue, token, heard, heard + clip.seconds)
        log.debug("said now text=%s", text)
        return True

    # --- the timeline -----------------------------------------------------------------------

    def set_cues(self, cues: Sequence[Cue]) -> None:
        """The session's cue timeline (any order); replaces the previous one."""
        self._cues = sorted(cues, key=lambda cue: cue.at)
        log.debug("cues set n=%d", len(self._cues))
        self._rebuild()
        if not self._out.available:
            self._tell_no_audio()
        self.poll()

    def _rebuild(self) -> None:
        items: list[Cue | _Beep] = []
        session = self._session()
        if session is not None:
            phases = session.plan.phases
            items += [_Beep(p.start - BEEP_LEAD, p.index) for p in phases]
            if phases:
                items.append(_Beep(phases[-1].end - BEEP_LEAD, None))
        items += self._cues
        # Stable: a beep sorts before a cue at the same moment.
        items.sort(key=lambda item: (item.at, 0 if isinstance(item, _Beep) else 1))
        self._items = items
        self._ats = [item.at for item in items]
        self._anchor = None
        self._last_t = None
        self._drop_held("stopped")
        t = session.workout_time() if session is not None else -math.inf
        self._cursor = bisect.bisect_left(self._ats, t - REWIND_MARGIN)
        self._pool.clear()
        self._preload()

    def _session(self) -> Session | None:
        session: Session | None = getattr(self._driver, "session", None)
        return session

    def _now_t(self, session: Session) -> tuple[float, float] | None:
        """(clock now, workout time now) while cues may fire, else None."""
        if session.is_moving():
            anchor = session.clock_time_at(0.0)
            assert anchor is not None
            self._anchor = anchor
        elif not (
            session.state is State.FINISHED
            and session.outcome is Outcome.COMPLETED
            and self._anchor is not None
        ):
            return None
        # After a completed session the axis runs on, so the finish cue still lands on time.
        now = self._clock()
        return now, now - self._anchor

    def poll(self) -> None:
        """Fire everything due now, preload what comes next, re-arm the timer.

        The timer's slot; tests with a fake clock call it after moving the clock.
        """
        session = self._session()
        moment = self._now_t(session) if session is not None else None
        if session is None or moment is None:
            self._stop_timer()
            return
        now, t = moment
        if self._held is not None and now >= self._held.release - EARLY:
            self._release_held()
        if self._last_t is not None and t < self._last_t - 1e-3:  # back / restart
            self._cursor = bisect.bisect_left(self._ats, t - REWIND_MARGIN)
        self._last_t = t
        horizon = t + self.output_lead + EARLY
        while self._cursor < len(self._items) and self._items[self._cursor].at <= horizon:
            item = self._items[self._cursor]
            self._cursor += 1
            if isinstance(item, _Beep):
                self._fire_beep(item, session, t)
            else:
                self._fire_cue(item, session, t)
        self._preload()
        self._arm(now)

    def _arm(self, now: float) -> None:
        if self._cursor >= len(self._items) or self._anchor is None:
            self._stop_timer()
            return
        due = self._anchor + self._items[self._cursor].at - self.output_lead
        self._timer.start(max(0, math.ceil((due - now) * 1000.0)))
        self._out.expect(due - now)  # the stream may sleep until just before then

    def _stop_timer(self) -> None:
        self._timer.stop()
        self._out.expect(None)

    def _phase_index_at(self, session: Session, t: float) -> int | None:
        phase = session.plan.phase_at(t)
        return phase.index if phase is not None else None

    def _fire_beep(self, beep: _Beep, session: Session, t: float) -> None:
        heard = t + self.output_lead
        if heard - beep.at > BEEP_TOLERANCE or self._muted or not self._beeps:
            return
        if not self._out.available or self._beep is None:
            return
        boundary = beep.at + BEEP_LEAD
        if beep.phase is not None and self._phase_index_at(session, max(t, boundary)) != beep.phase:
            return
        delay = max(0.0, beep.at - t)  # handed over early by the output lead
        self._out.play(BEEP, self._beep, next(self._tokens), delay)
        if log.isEnabledFor(logging.DEBUG) and self._anchor is not None:
            log.debug(
                "beep handed due=%.6f heard=%.6f",
                self._anchor + beep.at,
                self._clock() + self.output_lead,
            )
        self.beeped.emit(beep.phase)

    def _fire_cue(self, cue: Cue, session: Session, t: float) -> None:
        phase_over = (
            cue.phase is not None and self._phase_index_at(session, max(t, cue.at)) != cue.phase
        )
        why = stale(phase_over, t + self.output_lead - cue.at, self._late_tolerance)
        if why is not None:
            self.dropped.emit(cue, why)
            return
        self.caption.emit(cue.text, cue.kind.value)
        assert self._anchor is not None
        self._speak(cue, self._anchor + cue.at)

    # --- sound ------------------------------------------------------------------------------

    def _speak(self, cue: Cue, due: float) -> None:
        """Hand `cue` (to be heard at clock time `due`) to the output, or hold or drop it."""
        if self._muted:
            self.dropped.emit(cue, "muted")
            return
        if not self._out.available:
            self._tell_no_audio()
            self.dropped.emit(cue, "no audio output")
            return
        path = self._cache.lookup(cue.text) if self._cache is not None else None
        clip = self._clip_for(path) if path is not None else None
        if path is None:
            self.dropped.emit(cue, "not rendered")
            return
        if clip is None:
            self.dropped.emit(cue, "cannot play the file")
            return
        current = self._playing
        now = self._clock()
        heard_now = now + self.output_lead
        playing = (
            Playing(current.cue.priority, current.cue.kind.value, current.until - heard_now)
            if current is not None and self._busy(current)
            else None
        )
        decision = arrive(
            cue.priority,
            cue.kind.value,
            playing,
            lateness=heard_now - due,
            hold_max=HOLD_MAX,
            late_tolerance=self._late_tolerance,
        )
        if decision.action is Action.HOLD:
            self._hold(cue, due, now + decision.wait)
        elif decision.action is Action.DROP:
            self.dropped.emit(cue, decision.reason)
        else:
            if decision.action is Action.CUT:
                self._stop_current(decision.reason)
            self._start(cue, due, clip)

    def _start(self, cue: Cue, due: float, clip: Clip) -> None:
        token = next(self._tokens)
        now = self._clock()
        delay = max(0.0, due - now - LEAD_SILENCE)  # the speech begins after that silence
        if not self._out.play(VOICE, clip, token, delay):
            self.dropped.emit(cue, "no audio output")
            return
        heard = now + delay
        self._playing = _Playing(cue, token, due, heard + clip.seconds)
        log.debug("cue handed due=%.6f heard=%.6f text=%s", due, heard, cue.text)
        self.played.emit(cue, heard - due)

    def _hold(self, cue: Cue, due: float, release: float) -> None:
        held = self._held
        waiting = (held.cue.priority, held.cue.kind.value) if held is not None else None
        drop_new, drop_held = queue_behind(cue.priority, cue.kind.value, waiting)
        if drop_new is not None:
            self.dropped.emit(cue, drop_new)
            return
        if held is not None and drop_held is not None:
            self.dropped.emit(held.cue, drop_held)
        self._held = _Held(cue, due, release)
        wait = release - self._clock()
        self._hold_timer.start(max(0, math.ceil(wait * 1000.0)))
        self.held.emit(cue, wait)

    def _release_held(self) -> None:
        held, self._held = self._held, None
        self._hold_timer.stop()
        if held is None:
            return
        session = self._session()
        moment = self._now_t(session) if session is not None else None
        if session is None or moment is None:
            self.dropped.emit(held.cue, "session not running")
            return
        now, t = moment
        cue = held.cue
        phase_over = cue.phase is not None and self._phase_index_at(session, t) != cue.phase
        why = stale(phase_over, now + self.output_lead - held.due, self._late_tolerance)
        if why is not None:
            self.dropped.emit(cue, why)
        else:
            self._speak(cue, held.due)

    def _drop_held(self, reason: str) -> None:
        held, self._held = self._held, None
        self._hold_timer.stop()
        if held is not None:
            self.dropped.emit(held.cue, reason)

    def _busy(self, playing: _Playing) -> bool:
        return self._out.is_playing(VOICE, playing.token) and self._clock() < playing.until

    def _on_sound_finished(self, channel: str, token: int) -> None:
        playing = self._playing
        if channel == VOICE and playing is not None and playing.token == token:
            self._playing = None
            self.ended.emit(playing.cue)

    def _stop_current(self, reason: str) -> None:
        playing, self._playing = self._playing, None
        if playing is not None and self._busy(playing):
            self._out.stop(VOICE)
            self.interrupted.emit(playing.cue, reason)

    def _clip_for(self, path: Path) -> Clip | None:
        clip = self._pool.get(path)
        if clip is not None:
            self._pool.move_to_end(path)
            return clip
        clip = load_clip(path)
        if clip is None:
            return None
        self._pool[path] = clip
        while len(self._pool) > POOL_SIZE:
            self._pool.popitem(last=False)  # plain bytes: nothing to stop or dispose
        return clip

    def _preload(self) -> None:
        """Decode the next few cues' sounds now, so playing them is instant."""
        if self._cache is None or not self._out.available:
            return
        wanted = 0
        for item in self._items[self._cursor :]:
            if wanted >= PRELOAD_AHEAD:
                break
            if isinstance(item, _Beep):
                continue
            wanted += 1
            path = self._cache.lookup(item.text)
            if path is not None:
                self._clip_for(path)

    def _log_dropped(self, cue: Cue, reason: str) -> None:
        log.debug("cue dropped at=%.3f reason=%s text=%s", cue.at, reason, cue.text)

    def _tell_no_audio(self) -> None:
        if not self._told_no_audio:
            self._told_no_audio = True
            self.message.emit(NO_AUDIO_MESSAGE)

    def _on_availability_changed(self, available: bool) -> None:
        self._stop_current("audio output changed")
        if available:
            self._told_no_audio = False
            self.message.emit("Audio output found: cues are spoken again.")
            self._preload()
        else:
            self._tell_no_audio()

    # --- driver signals ---------------------------------------------------------------------

    def _on_state_changed(self, state: object) -> None:
        if state is State.PAUSED:
            self._stop_current("paused")
            self._drop_held("paused")
        elif state is State.IDLE:
            self._stop_current("stopped")
            self._rebuild()
        self.poll()

    def _on_phase_changed(self, phase: object) -> None:
        if isinstance(phase, PlannedPhase):
            playing, held = self._playing, self._held
            if playing is not None and playing.cue.phase not in (None, phase.index):
                self._stop_current("phase over")
            if held is not None and held.cue.phase not in (None, phase.index):
                self._drop_held("phase over")
        self.poll()

    def _on_finished(self, outcome: object) -> None:
        if outcome is Outcome.STOPPED:
            self._stop_current("stopped")
            self._drop_held("stopped")
            self._stop_timer()
        else:
            self.poll()

    def _on_plan_changed(self, plan: object) -> None:
        """A new session: its beeps come from the new plan; the caller sets its cues."""
        self._stop_current("stopped")
        self._rebuild()
        self._stop_timer()
