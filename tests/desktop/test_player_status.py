"""What MPRIS shows of the session, without a bus (the bus: tests/desktop/test_mpris_app.py)."""

from __future__ import annotations

from retrocoach.desktop.player_status import NO_TRACK, player_status


def test_no_workout_shows_the_app_and_no_track() -> None:
    status = player_status(None)
    assert status.playback == "Stopped"
    assert status.metadata["mpris:trackid"] == NO_TRACK
    assert status.metadata["xesam:title"] == "retrocoach"
    assert not (status.can_go_next or status.can_go_previous or status.can_pause)


def test_the_properties_follow_the_status() -> None:
    properties = player_status(None).properties()
    assert properties["PlaybackStatus"] == "Stopped"
    assert properties["CanPlay"] is False  # nothing chosen: nothing to play
    assert properties["Metadata"]["xesam:title"] == "retrocoach"  # type: ignore[index]
