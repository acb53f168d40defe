"""The boundary sounds: one short sound just before each phase boundary, on the output's beep
channel (mixed with the voice, never cutting it). A sound handed over late, or whose phase
was skipped, is not played (:func:`~retrocoach.speech.timeline.beep_on_time`).

With :attr:`BeepChannel.earcons` on, a boundary into a backward phase plays a falling
two-tone and one into a forward phase a rising one (``assets/sounds/make_earcons.py``), so
the direction reaches the runner even when the words are masked; the end of the session, and
every boundary with earcons off, plays the plain beep. All are made at the loud voice's
loudness; :meth:`BeepChannel.set_level` sets the channel's level (the beep volume times the
match to the voice's chain, speech/levels.py).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from retrocoach.assets_path import beep_file, earcon_file
from retrocoach.core.session import Session
from retrocoach.core.workout_model import Direction
from retrocoach.speech.audio_out import BEEP, AudioOut
from retrocoach.speech.clips import Clip, load_clip
from retrocoach.speech.timeline import Beep, beep_on_time


class BeepChannel:
    """Boundary sounds into `out`; the plain beep from `sound` (default: the app's beep)."""

    def __init__(self, out: AudioOut, sound: Path | None = None) -> None:
        self._out = out
        self._clip = load_clip(sound if sound is not None else beep_file())
        self._earcons: dict[Direction, Clip | None] = {
            direction: load_clip(earcon_file(direction.value)) for direction in Direction
        }
        self._tokens = itertools.count(1)
        self.enabled = True
        self.earcons = False

    def set_level(self, level: float) -> None:
        """0 (silent) to 1 (as made)."""
        self._out.set_level(BEEP, level)

    def sound_for(self, beep: Beep, session: Session) -> Clip | None:
        """The earcon of the phase `beep` opens (earcons on), else the plain beep."""
        phases = session.plan.phases
        if self.earcons and beep.phase is not None and 0 <= beep.phase < len(phases):
            earcon = self._earcons.get(phases[beep.phase].phase.direction)
            if earcon is not None:
                return earcon
        return self._clip

    def fire(self, beep: Beep, session: Session, t: float, lead: float) -> bool:
        """Play `beep`, due at workout time ``beep.at``, handed over at workout time `t`
        (`lead` before it is heard); whether it was played."""
        if not self.enabled or not self._out.available:
            return False
        clip = self.sound_for(beep, session)
        if clip is None or not beep_on_time(beep, session, t, lead):
            return False
        delay = max(0.0, beep.at - t)  # handed over early by the output lead
        self._out.play(BEEP, clip, next(self._tokens), delay)
        return True

    def stop(self) -> None:
        self._out.stop(BEEP)
