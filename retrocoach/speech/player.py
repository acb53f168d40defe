"""Plays each rendered cue at its due time, and a beep at each phase boundary.

The timeline lives on the session's workout-time axis, so the player needs no clock of its
own: for the next cue it asks the session when that workout time is reached (a deadline on
the driver's monotonic clock) and arms one single-shot precise QTimer for that moment. On
every state or phase change (pause, skip, back, restart) it re-plans the same way, so nothing
drifts and nothing is played late. What comes due when is the pure
:mod:`~retrocoach.speech.timeline`; which cue holds the voice,
:mod:`~retrocoach.speech.voice_channel`; the sounds, :mod:`~retrocoach.speech.clip_pool`.
This QObject wires them to the driver, a timer and one :class:`~retrocoach.speech.audio_out.
AudioOut` stream (which says why one): each sound is handed over ``output_lead`` early.

Every cue reached on time is emitted as ``caption(text, kind)`` (heard or not), then ends in
exactly one of ``played(cue, delay_seconds)`` (handed to the output; the delay is how late it
will be heard) or ``dropped(cue, reason)``. A played cue later emits ``ended(cue)``, or
``interrupted(cue, reason)`` when it is cut short; ``held(cue, wait_seconds)`` says that a
cue waits for the playing one. ``beeped(phase index | None)`` marks each boundary beep (None:
the end of the session); ``sounding``/``silenced`` relay the output's (ducking follows them);
``message(problem)`` a :class:`~retrocoach.core.problem.Problem`
for the runner (no audio output, and its return).
"""

from __future__ import annotations

import contextlib
import logging
import math
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from retrocoach.core.coaching import Cue
from retrocoach.core.session import Outcome, Session, State
from retrocoach.core.workout import PlannedPhase
from retrocoach.speech.audio_out import VOICE, AudioOut
from retrocoach.speech.beep_channel import BeepChannel
from retrocoach.speech.cache import SpeechCache
from retrocoach.speech.clip_pool import ClipPool
from retrocoach.speech.clips import load_clip
from retrocoach.speech.levels import DEFAULT_CHAIN, sound_gain
from retrocoach.speech.timeline import (
    BEEP_LEAD,
    EARLY,
    Beep,
    CueTimeline,
    start_of,
    why_stale,
)
from retrocoach.speech.voice_channel import HOLD_MAX, VoiceChannel

log = logging.getLogger(__name__)

#: A cue reached later than this (seconds) is dropped instead of played late.
LATE_TOLERANCE = 1.0
#: How many upcoming cues are kept loaded ahead of time.
PRELOAD_AHEAD = 6

__all__ = ["BEEP_LEAD", "HOLD_MAX", "LATE_TOLERANCE", "CuePlayer"]


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
    message = Signal(object)  # a Problem
    sounding = Signal(str, float, float)
    silenced = Signal(str)

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
        default_clock: Callable[[], float] = getattr(driver, "clock", time.monotonic)
        self._clock = clock or default_clock
        self._late_tolerance = late_tolerance
        self._timeline = CueTimeline()
        self._volume = 1.0
        self._pool = ClipPool(cache)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.poll)
        self._owns_output = output is None
        self._out = output if output is not None else AudioOut(self)
        self._fixed_lead = lead
        self._voice = VoiceChannel(
            self._out,
            self._pool,
            self._clock,
            lambda: self.output_lead,
            self._retry,
            late_tolerance,
            self,
        )
        for name in ("played", "dropped", "interrupted", "ended", "held", "message"):
            getattr(self._voice, name).connect(getattr(self, name))
        self.dropped.connect(self._log_dropped)
        self._beeps = BeepChannel(self._out, beep)
        self._sample_token = 0
        self._out.finished.connect(self._on_sound_finished)
        self._out.availability_changed.connect(self._on_availability_changed)
        self._out.sounding.connect(self.sounding)
        self._out.silenced.connect(self.silenced)
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
        return self._voice.muted

    def set_muted(self, muted: bool) -> None:
        self._voice.set_muted(bool(muted))
        if muted:
            self._beeps.stop()

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """The voice's level: 0 (silent) to 1 (as rendered), linear, applied as it plays."""
        self._volume = min(max(float(volume), 0.0), 1.0)
        self._out.set_level(VOICE, self._volume)

    def set_beep_volume(self, volume: float, chain: str = DEFAULT_CHAIN) -> None:
        """The boundary sounds' level (0..1), matched to the loudness of `chain`'s voice."""
        self._beeps.set_level(min(max(float(volume), 0.0), 1.0) * sound_gain(chain))

    def set_earcons(self, earcons: bool) -> None:
        """A falling two-tone into backwards and a rising one into forwards, or the beep."""
        self._beeps.earcons = bool(earcons)

    @property
    def beeps_enabled(self) -> bool:
        return self._beeps.enabled

    def set_beeps_enabled(self, enabled: bool) -> None:
        self._beeps.enabled = bool(enabled)

    def set_cache(self, cache: SpeechCache | None) -> None:
        """Another voice or rate: the next cues come from this cache."""
        self._pool.set_cache(cache)
        self._preload()

    @property
    def current_cue(self) -> Cue | None:
        """The cue whose sound is playing now, if any."""
        return self._voice.current_cue

    def sounds_ready(self) -> bool:
        """True once the next cues' sounds are decoded (they are decoded as the cues are set)."""
        if self._pool.cache is None or not self._out.available:
            return True
        return self._pool.ready(cue.text for cue in self._timeline.upcoming_cues(PRELOAD_AHEAD))

    def close(self) -> None:
        """Stop sound and timers and let go of the driver (the window is closing)."""
        self._timer.stop()
        self._voice.stop_current("closed")
        self._voice.drop_held("closed")
        self._voice.forget()
        for name, slot in self._connections:
            with contextlib.suppress(RuntimeError, TypeError):
                getattr(self._driver, name).disconnect(slot)
        self._connections = []
        self._pool.clear()
        self._beeps.stop()
        if self._owns_output:
            self._out.close()

    def say_now(self, text: str) -> bool:
        """Speak `text` at once, outside the timeline (a remote command's confirmation), cutting
        the cue that plays; the next cue treats it as an announcement. False when it cannot be
        heard now (muted, no audio output, `text` not rendered)."""
        return self._voice.say_now(text)

    def play_sample(self, path: Path, volume: float) -> bool:
        """Play the WAV at `path` at once at voice level `volume`, outside the timeline (the
        Settings' "Test the voice"), cutting the cue that plays; the voice's own level comes
        back when it ends. False without an output or a usable file."""
        clip = load_clip(path)
        if clip is None or not self._out.available:
            return False
        self._voice.stop_current("cut by the voice test")
        self._voice.drop_held("cut by the voice test")
        self._sample_token -= 1  # negative: never one of the voice channel's own tokens
        self._out.set_level(VOICE, min(max(float(volume), 0.0), 1.0))
        return self._out.play(VOICE, clip, self._sample_token, 0.0)

    def _on_sound_finished(self, channel: str, token: int) -> None:
        if channel == VOICE and token == self._sample_token:
            self._out.set_level(VOICE, self._volume)

    # --- the timeline -----------------------------------------------------------------------

    def set_cues(self, cues: Sequence[Cue]) -> None:
        """The session's cue timeline (any order); replaces the previous one."""
        self._timeline.set_cues(cues)
        log.debug("cues set n=%d", len(self._timeline.cues))
        self._rebuild()
        if not self._out.available:
            self._voice.tell_no_audio()
        self.poll()

    def _rebuild(self) -> None:
        session = self._session()
        phases = session.plan.phases if session is not None else ()
        self._timeline.rebuild(phases, start_of(session))
        self._voice.drop_held("stopped")
        self._pool.clear()
        self._preload()

    def _session(self) -> Session | None:
        session: Session | None = getattr(self._driver, "session", None)
        return session

    def _moment(self) -> tuple[Session, float, float] | None:
        """(session, clock now, workout time now) while cues may fire, else None."""
        session = self._session()
        moment = self._timeline.moment(session, self._clock()) if session is not None else None
        if session is None or moment is None:
            return None
        return session, *moment

    def poll(self) -> None:
        """Fire everything due now, preload what comes next, re-arm the timer.

        The timer's slot; tests with a fake clock call it after moving the clock.
        """
        moment = self._moment()
        if moment is None:
            self._stop_timer()
            return
        session, now, t = moment
        held = self._voice.waiting
        if held is not None and now >= held.release - EARLY:
            self._voice.release_held()
        for item in self._timeline.take_due(t, self.output_lead):
            if isinstance(item, Beep):
                self._fire_beep(item, session, t)
            else:
                self._fire_cue(item, session, t)
        self._preload()
        self._arm(now)

    def _arm(self, now: float) -> None:
        due = self._timeline.next_handover(self.output_lead)
        if due is None:
            self._stop_timer()
            return
        self._timer.start(max(0, math.ceil((due - now) * 1000.0)))
        self._out.expect(due - now)  # the stream may sleep until just before then

    def _stop_timer(self) -> None:
        self._timer.stop()
        self._out.expect(None)

    def _fire_beep(self, beep: Beep, session: Session, t: float) -> None:
        if self._voice.muted or not self._beeps.fire(beep, session, t, self.output_lead):
            return
        anchor = self._timeline.anchor
        if log.isEnabledFor(logging.DEBUG) and anchor is not None:
            heard = self._clock() + self.output_lead
            log.debug("beep handed due=%.6f heard=%.6f", anchor + beep.at, heard)
        self.beeped.emit(beep.phase)

    def _fire_cue(self, cue: Cue, session: Session, t: float) -> None:
        lateness = t + self.output_lead - cue.at
        why = why_stale(cue, session, max(t, cue.at), lateness, self._late_tolerance)
        if why is not None:
            self.dropped.emit(cue, why)
            return
        self.caption.emit(cue.text, cue.kind.value)
        anchor = self._timeline.anchor
        assert anchor is not None
        self._voice.speak(cue, anchor + cue.at)

    def _retry(self, cue: Cue, due: float) -> None:
        """A held cue may be said now, if it is still worth saying."""
        moment = self._moment()
        if moment is None:
            self.dropped.emit(cue, "session not running")
            return
        session, now, t = moment
        lateness = now + self.output_lead - due
        why = why_stale(cue, session, t, lateness, self._late_tolerance)
        if why is not None:
            self.dropped.emit(cue, why)
        else:
            self._voice.speak(cue, due)

    # --- sound ------------------------------------------------------------------------------

    def _preload(self) -> None:
        """Decode the next few cues' sounds now, so playing them is instant."""
        if self._out.available:
            self._pool.preload(cue.text for cue in self._timeline.upcoming_cues(PRELOAD_AHEAD))

    def _log_dropped(self, cue: Cue, reason: str) -> None:  # (benchmarks read it)
        log.debug("cue dropped at=%.3f reason=%s text=%s", cue.at, reason, cue.text)

    def _on_availability_changed(self, available: bool) -> None:
        if available:  # (after the voice, which connected first)
            self._preload()

    # --- driver signals ---------------------------------------------------------------------

    def _on_state_changed(self, state: object) -> None:
        if state is State.PAUSED:
            self._voice.stop_current("paused")
            self._voice.drop_held("paused")
        elif state is State.IDLE:
            self._voice.stop_current("stopped")
            self._rebuild()
        self.poll()

    def _on_phase_changed(self, phase: object) -> None:
        if isinstance(phase, PlannedPhase):
            playing, held = self._voice.playing_cue, self._voice.waiting
            if playing is not None and playing.phase not in (None, phase.index):
                self._voice.stop_current("phase over")
            if held is not None and held.cue.phase not in (None, phase.index):
                self._voice.drop_held("phase over")
        self.poll()

    def _on_finished(self, outcome: object) -> None:
        if outcome is Outcome.STOPPED:
            self._voice.stop_current("stopped")
            self._voice.drop_held("stopped")
            self._stop_timer()
        else:
            self.poll()

    def _on_plan_changed(self, plan: object) -> None:
        """A new session: its beeps come from the new plan; the caller sets its cues."""
        self._voice.stop_current("stopped")
        self._rebuild()
        self._stop_timer()
