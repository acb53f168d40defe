"""The boundary beeps: one short sound just before each phase boundary, on the output's beep
channel (mixed with the voice, never cutting it). A beep handed over late, or whose phase was
skipped, is not played (:func:`~retrocoach.speech.timeline.beep_on_time`).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from retrocoach.assets_path import beep_file
from retrocoach.core.session import Session
from retrocoach.speech.audio_out import BEEP, AudioOut
from retrocoach.speech.clips import load_clip
from retrocoach.speech.timeline import Beep, beep_on_time


class BeepChannel:
    """Beeps into `out`, the sound from `sound` (default: the app's beep)."""

    def __init__(self, out: AudioOut, sound: Path | None = None) -> None:
        self._out = out
        self._clip = load_clip(sound if sound is not None else beep_file())
        self._tokens = itertools.count(1)
        self.enabled = True

    def fire(self, beep: Beep, session: Session, t: float, lead: float) -> bool:
        """Play `beep`, due at workout time ``beep.at``, handed over at workout time `t`
        (`lead` before it is heard); whether it was played."""
        if not self.enabled or not self._out.available or self._clip is None:
            return False
        if not beep_on_time(beep, session, t, lead):
            return False
        delay = max(0.0, beep.at - t)  # handed over early by the output lead
        self._out.play(BEEP, self._clip, next(self._tokens), delay)
        return True

    def stop(self) -> None:
        self._out.stop(BEEP)
