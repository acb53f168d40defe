"""Feedback that fades (issue 19): `plan --json` with the Auto density on a fresh data folder
and on hand-made histories. The technique tips taper with the sessions done; every safety,
announcement, look-back, Next, countdown and finish cue stays where it was."""

from __future__ import annotations

import json
from typing import Any

import pytest

from retrocoach.storage.briefing import mark_briefing_done
from retrocoach.storage.history import HistoryStore, SessionRecord
from retrocoach.storage.paths import DataPaths
from tests.cli.run import retrocoach

WORKOUT = "week-6"  # backward jogs and runs, long enough for tips


def a_session(day: int) -> SessionRecord:
    return SessionRecord(
        started_at=f"2026-09-{day:02d}T08:00:00+02:00", workout_id="week-1",
        workout_name="Week 1", rounds_planned=6, rounds_done=6, active_seconds=1320.0,
        backward_seconds=360.0, outcome="completed",
    )  # fmt: skip


def plan_after(sessions: int) -> dict[str, Any]:
    paths = DataPaths.default()
    paths.history_file.unlink(missing_ok=True)
    mark_briefing_done(paths)  # the briefing has a test of its own
    store = HistoryStore(paths)
    for day in range(1, sessions + 1):
        store.append(a_session(day))
    result = retrocoach("plan", "--json", "--workout", WORKOUT)
    assert (result.status, result.err) == (0, "")
    document: dict[str, Any] = json.loads(result.out)
    return document


def tips_of(document: dict[str, Any], category: str) -> int:
    return sum(1 for cue in document["cues"] if category in cue.get("categories", []))


def kept(document: dict[str, Any]) -> list[tuple[float, str, str]]:
    """Every cue but the gap-filling tips (look-back tips are kept)."""
    return [
        (cue["at"], cue["kind"], cue["text"])
        for cue in document["cues"]
        if cue["kind"] != "tip" or cue["categories"] == ["look-back"]
    ]


@pytest.mark.parametrize(
    ("sessions", "density", "limit", "why"),
    [
        (0, "chatty", None, "Auto: session 1 with backward work"),
        (2, "chatty", None, "Auto: session 3 with backward work"),
        (3, "normal", None, "Auto: session 4, 18 backward minutes so far"),
        (11, "normal", None, "Auto: session 12, 66 backward minutes so far"),
        (12, "normal", 4, "Auto: session 13, 72 backward minutes so far"),
        (24, "normal", 2, "Auto: session 25, 144 backward minutes so far"),
    ],
)
def test_the_density_used_and_why(sessions: int, density: str, limit: int | None, why: str) -> None:
    document = plan_after(sessions)
    assert document["density_setting"] == "auto" and document["density"] == density
    assert document["technique_tips_per_session"] == limit
    assert document["density_why"].startswith(why)


def test_the_technique_tips_taper_and_everything_else_stays() -> None:
    documents = {n: plan_after(n) for n in (0, 3, 12, 20, 24)}
    posture = {n: tips_of(d, "posture") for n, d in documents.items()}
    technique = {
        n: sum(tips_of(d, c) for c in ("posture", "feet", "arms")) for n, d in documents.items()
    }
    print("sessions before -> posture tips, technique tips:", posture, technique)
    assert posture[0] > posture[3] > posture[12] >= posture[20] > posture[24]
    assert technique[0] > technique[3] > technique[12] == technique[20] > technique[24]
    first = kept(documents[0])
    assert {kind for _at, kind, _text in first} >= {"safety", "announce", "next", "countdown"}
    for n in (3, 12, 20, 24):
        assert kept(documents[n]) == first
    # the safety tips are not technique: they still come in the last stage
    assert tips_of(documents[24], "safety") > 0


def test_plan_json_shows_the_briefing_while_it_is_due() -> None:
    assert plan_after(0)["briefing"] is False  # given once: never again
    DataPaths.default().briefing_flag.unlink()  # a fresh data folder
    document = json.loads(retrocoach("plan", "--json", "--workout", WORKOUT).out)
    briefing = [cue for cue in document["cues"] if cue["kind"] == "briefing"]
    assert document["briefing"] is True and len(briefing) >= 8
    assert document["cues"][: len(briefing)] == briefing  # first, before the lead-in
    assert all(cue["at"] < -document["lead_in_seconds"] for cue in briefing)
    assert any("shoulder" in cue["text"] for cue in briefing)
