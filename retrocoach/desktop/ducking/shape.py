"""When other sounds are lowered, and how far: a pure function of the sounds the app plays.

The app's output says, for each of its channels (voice, beep), which sound will be heard from
when to when. A new sound on a channel replaces the one before, as in the output stream: what
of the old one is heard ends where the new one begins, and an old one not yet begun by then
is never heard. The
duck follows every sound: it starts ``AHEAD`` before the sound is heard and reaches its depth
over ``RAMP_DOWN``; it holds until ``HOLD_AFTER`` after the sound and comes back up over
``RAMP_UP`` (so the others are at full volume again ``HOLD_AFTER + RAMP_UP`` after it). Sounds
whose ducks touch make one duck (no dip between a cue and a beep 0.2 s after it). Times are
seconds on one monotonic clock (the output's).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: The duck starts this long before a sound is heard ...
AHEAD = 0.10
#: ... and is at its full depth this long after it started (20 ms before the sound).
RAMP_DOWN = 0.08
#: After a sound, the others stay low this long ...
HOLD_AFTER = 0.10
#: ... and then come back to their volume over this long (all back 0.3 s after the sound).
RAMP_UP = 0.20
#: How often the volume moves during a ramp (seconds).
STEP = 0.02
#: How far other sounds are lowered by default (dB).
DEFAULT_DEPTH_DB = 12.0


@dataclass(frozen=True)
class Sound:
    start: float
    end: float


def factor_of(depth_db: float) -> float:
    """The linear volume factor of a duck `depth_db` deep (12 dB: 0.251)."""
    return float(10.0 ** (-abs(depth_db) / 20.0))


class DuckShape:
    """The app's sounds per channel, and the depth of the duck they ask for at any moment."""

    def __init__(self, depth_db: float = DEFAULT_DEPTH_DB) -> None:
        self.depth_db = abs(depth_db)
        #: per channel, its sounds in order: only the last can still go on; those before it
        #: are kept (cut where the next began) while their ducks may still join a new one
        self._sounds: dict[str, list[Sound]] = {}

    def sound(self, channel: str, start: float, seconds: float) -> None:
        """A sound on `channel` heard from `start` for `seconds` (replacing the channel's)."""
        self._cut(channel, start)
        self._sounds.setdefault(channel, []).append(Sound(start, start + max(0.0, seconds)))

    def stop(self, channel: str, now: float) -> None:
        """The sound on `channel` was cut at `now` (nothing of it is heard after)."""
        self._cut(channel, now)

    def _cut(self, channel: str, moment: float) -> None:
        """Nothing on `channel` is heard from `moment` on."""
        sounds = self._sounds.get(channel, [])
        kept = [Sound(s.start, min(s.end, moment)) for s in sounds if s.start < moment]
        if kept:
            self._sounds[channel] = kept
        else:
            self._sounds.pop(channel, None)

    def clear(self) -> None:
        self._sounds.clear()

    def forget_before(self, now: float) -> None:
        """Drop sounds whose duck is over by `now`."""
        for channel in list(self._sounds):
            left = [s for s in self._sounds[channel] if s.end + HOLD_AFTER + RAMP_UP > now]
            if left:
                self._sounds[channel] = left
            else:
                del self._sounds[channel]

    def depth_at(self, now: float) -> float:
        """How deep (dB, >= 0) the others are to be at `now`: the deepest any sound asks."""
        return max((self._depth_for(sound, now) for sound in self._merged()), default=0.0)

    def _merged(self) -> list[Sound]:
        """The sounds, those whose ducks touch or overlap joined into one."""
        merged: list[Sound] = []
        every = (sound for sounds in self._sounds.values() for sound in sounds)
        for sound in sorted(every, key=lambda s: s.start):
            if merged and sound.start - AHEAD <= merged[-1].end + HOLD_AFTER + RAMP_UP:
                last = merged[-1]
                merged[-1] = Sound(last.start, max(last.end, sound.end))
            else:
                merged.append(sound)
        return merged

    def _depth_for(self, sound: Sound, now: float) -> float:
        begin = sound.start - AHEAD
        if now < begin:
            return 0.0
        if now < begin + RAMP_DOWN:
            return self.depth_db * (now - begin) / RAMP_DOWN
        release = sound.end + HOLD_AFTER
        if now <= release:
            return self.depth_db
        if now < release + RAMP_UP:
            return self.depth_db * (1.0 - (now - release) / RAMP_UP)
        return 0.0

    def next_change(self, now: float) -> float | None:
        """When the depth next changes (a ramp step, the start or end of a duck); None: never.
        During a ramp that is the next step, ``STEP`` away."""
        moments: list[float] = []
        for sound in self._merged():
            begin = sound.start - AHEAD
            release = sound.end + HOLD_AFTER
            for a, b in ((begin, begin + RAMP_DOWN), (release, release + RAMP_UP)):
                if now < a:
                    moments.append(a)
                elif now < b:
                    moments.append(min(b, now + STEP))
        return min(moments, default=None)


def quantised(depth_db: float) -> float:
    """`depth_db` to 0.1 dB (volumes are only set again when this changes)."""
    return 0.0 if depth_db < 0.05 else math.floor(depth_db * 10.0 + 0.5) / 10.0
