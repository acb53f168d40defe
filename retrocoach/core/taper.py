"""The Auto density: feedback that fades as the runner learns (pure).

In gait retraining, feedback that is frequent at first and fades over 8-18 sessions worked
best (review, PMC7083994). Auto says the most while backward running is new and less as the
runner's sessions of backward work add up. Only the technique tips fade (posture, feet,
arms: :data:`~retrocoach.core.cues.TECHNIQUE_CATEGORIES`); the safety check, the look-back
cues, the announcements, "Next", the countdown and the finish are the same at every stage.

The stages, by the number of the coming session among those with backward work (at least
:data:`MIN_BACKWARD_SECONDS` backwards; a session stopped in its first minute taught little):

========  ======================================================================
sessions  what the coach says
========  ======================================================================
1-3       chatty: a tip about every 20 s
4-12      normal: a tip about every 45 s
13-24     normal, but at most 4 technique tips in the session
25 on     normal, but at most 2 technique tips in the session
========  ======================================================================
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import MappingProxyType
from typing import Protocol

from retrocoach.core.cues import CoachingSettings, Density
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Text
from retrocoach.core.tips import Place

#: The density setting that follows the runner's sessions.
AUTO = "auto"
#: A session counts towards the taper with this much backward work.
MIN_BACKWARD_SECONDS = 60.0
#: The last session of the chatty stage, and of the normal one.
CHATTY_UNTIL = 3
NORMAL_UNTIL = 12
#: The last session with FEWER_TECHNIQUE_TIPS; after it, FEWEST_TECHNIQUE_TIPS.
FEWER_UNTIL = 24
FEWER_TECHNIQUE_TIPS = 4
FEWEST_TECHNIQUE_TIPS = 2


class BackwardWork(Protocol):
    """What the taper needs of a history record: its backward seconds."""

    @property
    def backward_seconds(self) -> float: ...


@dataclass(frozen=True)
class Taper:
    """The density used for the coming session, the technique tip limit, and why."""

    density: Density
    technique_tips_per_session: int | None
    why: Text
    session: int  # the coming session's number among those with backward work
    backward_minutes: int  # backward minutes so far

    @property
    def reason(self) -> str:
        return self.why.english()


def _t(template: str, /, **args: object) -> Text:
    return Text("taper", template, MappingProxyType(dict(args)), None)


def auto_taper(history: Iterable[BackwardWork]) -> Taper:
    """The Auto density for the session after `history` (any order)."""
    seconds = [float(r.backward_seconds) for r in history]
    session = 1 + sum(1 for s in seconds if s >= MIN_BACKWARD_SECONDS)
    minutes = int(sum(seconds) // 60)
    if session <= CHATTY_UNTIL:
        why = QT_TRANSLATE_NOOP(
            "taper",
            "Auto: session {session} with backward work, so plenty of tips while it is new "
            "(chatty up to session {until}).",
        )
        return Taper(
            Density.CHATTY, None, _t(why, session=session, until=CHATTY_UNTIL), session, minutes
        )
    if session <= NORMAL_UNTIL:
        why = QT_TRANSLATE_NOOP(
            "taper",
            "Auto: session {session}, {minutes} backward minutes so far: a tip about every "
            "45 s (normal up to session {until}).",
        )
        args = {"session": session, "minutes": minutes, "until": NORMAL_UNTIL}
        return Taper(Density.NORMAL, None, _t(why, **args), session, minutes)
    limit = FEWER_TECHNIQUE_TIPS if session <= FEWER_UNTIL else FEWEST_TECHNIQUE_TIPS
    why = QT_TRANSLATE_NOOP(
        "taper",
        "Auto: session {session}, {minutes} backward minutes so far: you know the technique, "
        "so at most {limit} technique tips in the session.",
    )
    args = {"session": session, "minutes": minutes, "limit": limit}
    return Taper(Density.NORMAL, limit, _t(why, **args), session, minutes)


def chosen(density: str, history: Iterable[BackwardWork]) -> Taper | None:
    """The taper when the setting is Auto; None for a fixed density (the setting decides)."""
    return auto_taper(history) if density == AUTO else None


def coaching_for(
    density: str,
    history: Iterable[BackwardWork],
    *,
    words_per_minute: int,
    place: Place | str,
    seed: int = 0,
    language: str = "en",
) -> tuple[CoachingSettings, Taper | None]:
    """The coaching settings for a density setting (``auto`` or a fixed one), and the taper
    when it is Auto."""
    taper = chosen(density, history)
    fixed = Density(density) if taper is None else taper.density
    coaching = CoachingSettings(
        density=fixed,
        words_per_minute=words_per_minute,
        seed=seed,
        place=Place(place),
        technique_tips_per_session=None if taper is None else taper.technique_tips_per_session,
        language=language,
    )
    return coaching, taper
