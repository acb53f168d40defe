"""What the MPRIS service shows of the session (:class:`PlayerStatus`): the title, round,
direction and time left as plain values, apart from the D-Bus object that publishes them
(``desktop/mpris.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from retrocoach.core.commands import UNDER_WAY
from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.core.session import ALLOWED, Command, Snapshot, State
from retrocoach.core.workout import format_duration

translate = QCoreApplication.translate

NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"


@dataclass(frozen=True)
class PlayerStatus:
    """The MPRIS view of the session: plain values (object paths as strings)."""

    playback: str = "Stopped"  # Playing | Paused | Stopped
    metadata: Mapping[str, object] = field(default_factory=dict)
    can_go_next: bool = False
    can_go_previous: bool = False
    can_play: bool = False
    can_pause: bool = False

    def properties(self) -> dict[str, object]:
        """The Player interface's properties that follow the session."""
        return {
            "PlaybackStatus": self.playback,
            "Metadata": dict(self.metadata),
            "CanGoNext": self.can_go_next,
            "CanGoPrevious": self.can_go_previous,
            "CanPlay": self.can_play,
            "CanPause": self.can_pause,
        }


#: The direction in the comment line (the metadata's ``retrocoach:direction`` stays the value).
_DIRECTIONS = {
    "backward": QT_TRANSLATE_NOOP("Mpris", "Backward"),
    "forward": QT_TRANSLATE_NOOP("Mpris", "Forward"),
}


def player_status(snapshot: Snapshot | None, workout_name: str = "") -> PlayerStatus:
    """What MPRIS shows for `snapshot` (None: no workout chosen).

    The title is the phase ("Get ready" in the lead-in), the artist the round, the album the
    workout; ``retrocoach:*`` keys carry the direction, round and seconds left as numbers.
    """
    if snapshot is None:
        return PlayerStatus(metadata={"mpris:trackid": NO_TRACK, "xesam:title": "retrocoach"})
    state = snapshot.state
    playback = {State.LEAD_IN: "Playing", State.RUNNING: "Playing", State.PAUSED: "Paused"}
    allowed = ALLOWED[state]
    phase = snapshot.phase
    if snapshot.in_lead_in or phase is None:
        title, direction, track = (
            translate("Mpris", "Get ready"),
            "",
            "/org/retrocoach/phase/lead_in",
        )
    else:
        title, direction = phase.name, phase.phase.direction.value
        track = f"/org/retrocoach/phase/{phase.index}"
    if state is State.IDLE:
        title = workout_name or title
    elif state is State.FINISHED:
        title = (
            translate("Mpris", "Finished: {workout}").format(workout=workout_name)
            if workout_name
            else translate("Mpris", "Finished")
        )
    left = max(0, snapshot.displayed_seconds)
    round_text = (
        translate("Mpris", "Round {round} of {rounds}").format(
            round=snapshot.round, rounds=snapshot.rounds
        )
        if snapshot.round
        else ""
    )
    way = _DIRECTIONS.get(direction)
    time_left = translate("Mpris", "{time} left").format(time=format_duration(left))
    comment = ", ".join(
        part for part in (translate("Mpris", way) if way else "", round_text, time_left) if part
    )
    metadata: dict[str, object] = {
        "mpris:trackid": track,
        "xesam:title": title,
        "xesam:album": workout_name,
        "xesam:artist": [round_text or "retrocoach"],
        "xesam:comment": [comment],
        "retrocoach:direction": direction,
        "retrocoach:round": snapshot.round or 0,
        "retrocoach:rounds": snapshot.rounds,
        "retrocoach:secondsLeft": left,
        "retrocoach:sessionSecondsLeft": max(0, round(snapshot.total_remaining)),
    }
    return PlayerStatus(
        playback=playback.get(state, "Stopped"),
        metadata=metadata,
        can_go_next=Command.SKIP in allowed,
        can_go_previous=Command.BACK in allowed,
        can_play=True,  # also while playing: clients (playerctl) skip a player that cannot
        can_pause=state in UNDER_WAY,
    )
