"""The voice: which cue is heard now, which one waits for it, and handing cues to the output.

One cue is heard at a time, and none while muted. A cue whose sound is not rendered (or not
playable) is dropped. A cue that comes due while another plays is started, made to wait
(held), cut in or dropped by the pure rules of :mod:`retrocoach.speech.arbitration`; a held
cue is handed back to its owner (the player) when the playing one should have ended, and the
owner checks whether it is still worth saying.

Signals: ``played(cue, delay_seconds)`` when a cue is handed to the output (the delay is how
late it will be heard), ``dropped(cue, reason)``, ``interrupted(cue, reason)`` when one is
cut short, ``ended(cue)`` when its sound finishes, ``held(cue, wait_seconds)``;
``message(problem)`` tells the runner once that there is no audio output to speak through
(:data:`~retrocoach.speech.hints.NO_AUDIO`), and when it is back.
"""

from __future__ import annotations

import itertools
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from retrocoach.core.coaching import Cue, CueKind
from retrocoach.speech.arbitration import Action, Playing, arrive, queue_behind
from retrocoach.speech.audio_out import VOICE, AudioOut
from retrocoach.speech.cache import LEAD_SILENCE
from retrocoach.speech.clip_pool import ClipPool
from retrocoach.speech.clips import Clip
from retrocoach.speech.hints import AUDIO_BACK, NO_AUDIO

log = logging.getLogger(__name__)

#: A cue may wait this long for the playing one to end instead of cutting it or being dropped.
HOLD_MAX = 0.6


@dataclass
class _Playing:
    cue: Cue
    token: int  # the AudioOut token of its clip
    due: float  # clock time the cue was due (to be heard)
    until: float  # clock time its audio ends


@dataclass(frozen=True)
class Held:
    cue: Cue
    due: float  # clock time the cue was due
    release: float  # clock time to try again


class VoiceChannel(QObject):
    """The voice channel of `out`, its sounds from `pool`. `clock` is the player's; `lead` how
    early sounds are handed over; `release(cue, due)` is called when a held cue may be tried
    again."""

    played = Signal(object, float)
    dropped = Signal(object, str)
    interrupted = Signal(object, str)
    ended = Signal(object)
    held = Signal(object, float)
    message = Signal(object)  # a Problem

    def __init__(
        self,
        out: AudioOut,
        pool: ClipPool,
        clock: Callable[[], float],
        lead: Callable[[], float],
        release: Callable[[Cue, float], None],
        late_tolerance: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._out = out
        self._pool = pool
        self._muted = False
        self._told_no_audio = False
        self._clock = clock
        self._lead = lead
        self._release = release
        self._late_tolerance = late_tolerance
        self._playing: _Playing | None = None
        self._held: Held | None = None
        self._tokens = itertools.count(1)
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._hold_timer.timeout.connect(self.release_held)
        out.finished.connect(self._on_sound_finished)
        out.availability_changed.connect(self._on_availability_changed)

    @property
    def muted(self) -> bool:
        return self._muted

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted:
            self.stop_current("muted")
            self.drop_held("muted")

    @property
    def current_cue(self) -> Cue | None:
        """The cue whose sound is playing now, if any."""
        playing = self._playing
        return playing.cue if playing is not None and self._busy(playing) else None

    @property
    def playing_cue(self) -> Cue | None:
        """The cue last started, until it ends or is stopped (it may be heard to its end)."""
        return self._playing.cue if self._playing is not None else None

    @property
    def waiting(self) -> Held | None:
        """The cue that waits for the playing one, if any."""
        return self._held

    def speak(self, cue: Cue, due: float) -> None:
        """Hand `cue` (to be heard at clock time `due`) to the output, or hold or drop it."""
        if self._muted:
            self.dropped.emit(cue, "muted")
            return
        if not self._out.available:
            self.tell_no_audio()
            self.dropped.emit(cue, "no audio output")
            return
        path = self._pool.path(cue.text)
        clip = self._pool.get(path) if path is not None else None
        if path is None:
            self.dropped.emit(cue, "not rendered")
        elif clip is None:
            self.dropped.emit(cue, "cannot play the file")
        else:
            self._arrive(cue, due, clip)

    def _arrive(self, cue: Cue, due: float, clip: Clip) -> None:
        current = self._playing
        now = self._clock()
        heard_now = now + self._lead()
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
                self.stop_current(decision.reason)
            self._start(cue, due, clip)

    def say_now(self, text: str) -> bool:
        """Speak `text` at once, cutting what plays; it counts as an announcement. False when
        it cannot be heard now (muted, no audio output, `text` not rendered)."""
        if self._muted or not self._out.available:
            return False
        path = self._pool.path(text)
        clip = self._pool.get(path) if path is not None else None
        if clip is None:
            return False
        reason = f"cut by '{text}'"
        self.stop_current(reason)
        self.drop_held(reason)
        now = self._clock()
        cue = Cue(at=math.nan, kind=CueKind.ANNOUNCE, text=text, phase=None)
        token = next(self._tokens)
        if not self._out.play(VOICE, clip, token, 0.0):
            return False
        heard = now + self._lead()
        self._playing = _Playing(cue, token, heard, heard + clip.seconds)
        log.debug("said now heard=%.6f text=%s", heard, text)
        return True

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
        self._held = Held(cue, due, release)
        wait = release - self._clock()
        self._hold_timer.start(max(0, math.ceil(wait * 1000.0)))
        self.held.emit(cue, wait)

    def release_held(self) -> None:
        """Hand the held cue back to its owner to be tried again (the hold timer's slot)."""
        held, self._held = self._held, None
        self._hold_timer.stop()
        if held is not None:
            self._release(held.cue, held.due)

    def drop_held(self, reason: str) -> None:
        held, self._held = self._held, None
        self._hold_timer.stop()
        if held is not None:
            self.dropped.emit(held.cue, reason)

    def stop_current(self, reason: str) -> None:
        """Cut the playing cue short (``interrupted``), if one is heard."""
        playing, self._playing = self._playing, None
        if playing is not None and self._busy(playing):
            self._out.stop(VOICE)
            self.interrupted.emit(playing.cue, reason)

    def forget(self) -> None:
        """Let go of the playing cue without a signal (the player is closing)."""
        self._playing = None

    def _busy(self, playing: _Playing) -> bool:
        return self._out.is_playing(VOICE, playing.token) and self._clock() < playing.until

    def _on_sound_finished(self, channel: str, token: int) -> None:
        playing = self._playing
        if channel == VOICE and playing is not None and playing.token == token:
            self._playing = None
            self.ended.emit(playing.cue)

    def tell_no_audio(self) -> None:
        """Say that there is no audio output (once, until it comes back)."""
        if not self._told_no_audio:
            self._told_no_audio = True
            self.message.emit(NO_AUDIO)

    def _on_availability_changed(self, available: bool) -> None:
        self.stop_current("audio output changed")
        if available:
            self._told_no_audio = False
            self.message.emit(AUDIO_BACK)
        else:
            self.tell_no_audio()
