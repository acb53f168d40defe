"""Plays each rendered cue at its due time, and a beep at each phase boundary.

The cue timeline lives on the session's workout-time axis, so the player needs no clock of
its own: for the next cue it asks the session when that workout time is reached
(``session.clock_time_at``, a deadline on the driver's monotonic clock) and arms one
single-shot precise QTimer for that moment. On every state or phase change (pause, skip,
back, restart) it re-plans the same way, so nothing drifts and nothing is played late:

- a cue more than ``late_tolerance`` (1 s) late, or whose phase is no longer running, is
  dropped; after a jump back (back, restart) the cues from there on play again;
- priorities: safety, announce, round, finish (3) > countdown (2) > next, halfway, tip (1).
  A cue of higher priority cuts the playing one at once. A cue of lower or equal priority
  never cuts in while the playing one has more than ``HOLD_MAX`` (0.6 s) left: an equal one
  then cuts (the newest information wins), a lower one is dropped. If the playing cue ends
  within ``HOLD_MAX``, the new one waits for it and starts right after (real speech runs a
  little longer than the timeline's estimate: a tip right after "Warm-up: walk backwards, 5
  minutes" is held for 0.1 s instead of being lost);
- a cue whose WAV is not in the cache (not rendered in time, no engine) is a caption only.

Every cue reached on time is emitted as ``caption(text, kind)`` (the window shows it, heard or
not); every reached cue then ends in exactly one of ``played(cue, delay_seconds)`` (emitted
from the sound's playingChanged signal; the delay is from its due time) or ``dropped(cue,
reason)``. A played cue later emits ``ended(cue)`` when its sound finishes, or
``interrupted(cue, reason)`` when it is cut short; ``held(cue, wait_seconds)`` says that a
cue waits for the playing one to end. ``beeped(phase index | None)`` marks each
boundary beep (None: the end of the session).

QSoundEffect is used rather than QMediaPlayer: the cached WAVs are small, it keeps them
decoded in memory, and ``play()`` reports playing within a fraction of a millisecond (measured
on PulseAudio: ~0.1 ms vs ~1 ms for QMediaPlayer, which also has to demux). The next few cues
are kept loaded, so that a countdown never waits on a file.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import math
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

from retrocoach.assets_path import assets_dir
from retrocoach.core.coaching import Cue
from retrocoach.core.session import Outcome, Session, State
from retrocoach.core.workout import PlannedPhase
from retrocoach.speech.cache import SpeechCache, wav_info
from retrocoach.speech.hints import NO_AUDIO_MESSAGE

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
#: Loaded sound effects kept around (next cues + recently played).
POOL_SIZE = 12
#: How many upcoming cues are kept loaded ahead of time.
PRELOAD_AHEAD = 6


def beep_path() -> Path:
    return assets_dir() / "sounds" / "beep.wav"


def _dispose(effect: QSoundEffect) -> None:
    """Stop and delete a sound effect safely.

    Detached from the player first: a QSoundEffect still a child of the player when the
    player is destroyed, with its own deleteLater() pending, aborted the process ("pure
    virtual method called", PySide6 6.12 on PulseAudio).
    """
    effect.stop()
    effect.setParent(None)
    effect.deleteLater()


@dataclass(frozen=True)
class _Beep:
    at: float
    phase: int | None  # the phase that starts here; None for the end of the session


@dataclass
class _Sound:
    effect: QSoundEffect
    seconds: float


@dataclass
class _Playing:
    cue: Cue
    sound: _Sound
    due: float  # clock time the cue was due
    until: float  # clock time its audio ends
    started: bool = False


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
        parent: QObject | None = None,
    ) -> None:
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
        self._pool: OrderedDict[Path, _Sound] = OrderedDict()
        self._playing: _Playing | None = None
        self._held: _Held | None = None
        self._timer = self._precise_timer(self.poll)
        self._hold_timer = self._precise_timer(self._release_held)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._audio_ok = bool(QMediaDevices.audioOutputs())
        self._told_no_audio = False
        self._beep = self._load_beep(beep if beep is not None else beep_path())
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
        return self._audio_ok

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = bool(muted)
        if self._muted:
            self._stop_current("muted")
            self._drop_held("muted")
            if self._beep is not None:
                self._beep.stop()

    @property
    def volume(self) -> float:
        return self._volume

    def set_volume(self, volume: float) -> None:
        """0 (silent) to 1 (full), linear."""
        self._volume = min(max(float(volume), 0.0), 1.0)
        for sound in self._pool.values():
            sound.effect.setVolume(self._volume)
        if self._beep is not None:
            self._beep.setVolume(self._volume)

    @property
    def beeps_enabled(self) -> bool:
        return self._beeps

    def set_beeps_enabled(self, enabled: bool) -> None:
        self._beeps = bool(enabled)

    def set_cache(self, cache: SpeechCache | None) -> None:
        """Another voice or rate: the next cues come from this cache."""
        self._cache = cache
        self._drop_pool()
        self._preload()

    @property
    def current_cue(self) -> Cue | None:
        """The cue whose sound is playing now, if any."""
        playing = self._playing
        if playing is not None and self._busy(playing):
            return playing.cue
        return None

    def sounds_ready(self) -> bool:
        """True once every preloaded sound (and the beep) is decoded and ready to play."""
        effects = [sound.effect for sound in self._pool.values()]
        if self._beep is not None:
            effects.append(self._beep)
        return all(effect.status() == QSoundEffect.Status.Ready for effect in effects)

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
        self._drop_pool()
        if self._beep is not None:
            self._beep.stop()

    # --- the timeline -----------------------------------------------------------------------

    def set_cues(self, cues: Sequence[Cue]) -> None:
        """The session's cue timeline (any order); replaces the previous one."""
        self._cues = sorted(cues, key=lambda cue: cue.at)
        self._rebuild()
        if not self._audio_ok:
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
        self._drop_pool()
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
            self._timer.stop()
            return
        now, t = moment
        if self._held is not None and now >= self._held.release - EARLY:
            self._release_held()
        if self._last_t is not None and t < self._last_t - 1e-3:  # back / restart
            self._cursor = bisect.bisect_left(self._ats, t - REWIND_MARGIN)
        self._last_t = t
        while self._cursor < len(self._items) and self._items[self._cursor].at <= t + EARLY:
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
            self._timer.stop()
            return
        due = self._anchor + self._items[self._cursor].at
        self._timer.start(max(0, math.ceil((due - now) * 1000.0)))

    def _phase_index_at(self, session: Session, t: float) -> int | None:
        phase = session.plan.phase_at(t)
        return phase.index if phase is not None else None

    def _fire_beep(self, beep: _Beep, session: Session, t: float) -> None:
        if t - beep.at > BEEP_TOLERANCE or self._muted or not self._beeps or not self._audio_ok:
            return
        boundary = beep.at + BEEP_LEAD
        if beep.phase is not None and self._phase_index_at(session, max(t, boundary)) != beep.phase:
            return
        if self._beep is not None:
            self._beep.play()
            self.beeped.emit(beep.phase)

    def _fire_cue(self, cue: Cue, session: Session, t: float) -> None:
        late = t - cue.at
        if cue.phase is not None and self._phase_index_at(session, max(t, cue.at)) != cue.phase:
            self.dropped.emit(cue, "phase over")
            return
        if late > self._late_tolerance:
            self.dropped.emit(cue, f"late by {late:.1f} s")
            return
        self.caption.emit(cue.text, cue.kind.value)
        assert self._anchor is not None
        self._speak(cue, self._anchor + cue.at)

    # --- sound ------------------------------------------------------------------------------

    def _speak(self, cue: Cue, due: float) -> None:
        if self._muted:
            self.dropped.emit(cue, "muted")
            return
        if not self._audio_ok:
            self._tell_no_audio()
            self.dropped.emit(cue, "no audio output")
            return
        path = self._cache.lookup(cue.text) if self._cache is not None else None
        if path is None:
            self.dropped.emit(cue, "not rendered")
            return
        current = self._playing
        if current is not None and self._busy(current):
            if cue.priority <= current.cue.priority:
                now = self._clock()
                remaining = current.until - now
                if remaining <= HOLD_MAX and now + remaining - due <= self._late_tolerance:
                    self._hold(cue, due, now + remaining)
                    return
                if cue.priority < current.cue.priority:
                    self.dropped.emit(cue, f"{current.cue.kind.value} playing")
                    return
            self._stop_current(f"cut by {cue.kind.value}")
        self._start(cue, due, path)

    def _start(self, cue: Cue, due: float, path: Path) -> None:
        sound = self._sound_for(path)
        if sound is None:
            self.dropped.emit(cue, "cannot play the file")
            return
        if sound.effect.isPlaying():  # the same file still draining: restart it cleanly
            sound.effect.stop()
        playing = _Playing(cue, sound, due, self._clock() + sound.seconds)
        self._playing = playing
        sound.effect.play()  # playingChanged(True) -> _on_playing_changed -> played
        status = sound.effect.status()  # still Loading: it plays (and says so) once loaded
        failed = status in (QSoundEffect.Status.Error, QSoundEffect.Status.Null)
        if failed and not playing.started and not sound.effect.isPlaying():
            self._playing = None
            self.dropped.emit(cue, f"audio error ({status.name})")

    def _hold(self, cue: Cue, due: float, release: float) -> None:
        held = self._held
        if held is not None:
            if held.cue.priority >= cue.priority:
                self.dropped.emit(cue, f"{held.cue.kind.value} waiting")
                return
            self.dropped.emit(held.cue, f"superseded by {cue.kind.value}")
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
        if cue.phase is not None and self._phase_index_at(session, t) != cue.phase:
            self.dropped.emit(cue, "phase over")
        elif now - held.due > self._late_tolerance:
            self.dropped.emit(cue, f"late by {now - held.due:.1f} s")
        else:
            self._speak(cue, held.due)

    def _drop_held(self, reason: str) -> None:
        held, self._held = self._held, None
        self._hold_timer.stop()
        if held is not None:
            self.dropped.emit(held.cue, reason)

    def _busy(self, playing: _Playing) -> bool:
        effect = playing.sound.effect
        if not playing.started:  # play() was called while the file was still loading
            return effect.status() == QSoundEffect.Status.Loading or effect.isPlaying()
        return effect.isPlaying() and self._clock() < playing.until

    def _on_playing_changed(self, sound: _Sound) -> None:
        playing = self._playing
        if playing is None or playing.sound is not sound or not shiboken6.isValid(sound.effect):
            return  # not ours any more, or the effect is being destroyed with the player
        if sound.effect.isPlaying() and not playing.started:
            playing.started = True
            now = self._clock()
            playing.until = now + sound.seconds
            self.played.emit(playing.cue, now - playing.due)
        elif not sound.effect.isPlaying():
            self._playing = None
            if playing.started:
                self.ended.emit(playing.cue)

    def _stop_current(self, reason: str) -> None:
        playing, self._playing = self._playing, None
        if playing is not None and self._busy(playing):
            playing.sound.effect.stop()
            self.interrupted.emit(playing.cue, reason)

    def _sound_for(self, path: Path) -> _Sound | None:
        sound = self._pool.get(path)
        if sound is not None:
            self._pool.move_to_end(path)
            return sound
        info = wav_info(path)
        if info is None:
            return None
        effect = QSoundEffect(self)
        effect.setVolume(self._volume)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        sound = _Sound(effect, info.seconds)
        effect.playingChanged.connect(functools.partial(self._on_playing_changed, sound))
        self._pool[path] = sound
        self._trim_pool()
        return sound

    def _trim_pool(self) -> None:
        while len(self._pool) > POOL_SIZE:
            for path, sound in self._pool.items():
                if self._playing is None or self._playing.sound is not sound:
                    del self._pool[path]
                    _dispose(sound.effect)
                    break
            else:
                return

    def _drop_pool(self) -> None:
        keep = self._playing.sound if self._playing is not None else None
        for path, sound in list(self._pool.items()):
            if sound is not keep:
                del self._pool[path]
                _dispose(sound.effect)

    def _preload(self) -> None:
        """Load the next few cues' sounds now, so playing them is instant."""
        if self._cache is None or not self._audio_ok:
            return
        wanted = 0
        for item in self._items[self._cursor :]:
            if wanted >= PRELOAD_AHEAD:
                break
            if isinstance(item, _Beep):
                continue
            wanted += 1
            path = self._cache.lookup(item.text)
            if path is not None and path not in self._pool:
                self._sound_for(path)
            elif path is not None:
                self._pool.move_to_end(path)

    def _load_beep(self, path: Path) -> QSoundEffect | None:
        if wav_info(path) is None:
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(self._volume)
        return effect

    def _tell_no_audio(self) -> None:
        if not self._told_no_audio:
            self._told_no_audio = True
            self.message.emit(NO_AUDIO_MESSAGE)

    def _on_outputs_changed(self) -> None:
        available = bool(QMediaDevices.audioOutputs())
        if available == self._audio_ok:
            return
        self._audio_ok = available
        # Effects are bound to the device they were created for: load them again.
        self._stop_current("audio output changed")
        self._drop_pool()
        beep = self._beep.source() if self._beep is not None else None
        if self._beep is not None:
            _dispose(self._beep)
        self._beep = self._load_beep(Path(beep.toLocalFile())) if beep is not None else None
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
            self._timer.stop()
        else:
            self.poll()

    def _on_plan_changed(self, plan: object) -> None:
        """A new session: its beeps come from the new plan; the caller sets its cues."""
        self._stop_current("stopped")
        self._rebuild()
        self._timer.stop()
