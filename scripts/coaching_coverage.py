"""How well the built-in workouts' timelines keep the coaching rules of issue 9.

For every place and density, over every built-in workout at its default rounds (what
`retrocoach plan --json --workout ID --density D --place P` prints, with estimated lengths):
look-back cues opening backward jogs and runs, turns previewed by "Next", backward-to-forward
previews that say to slow down, tips said, and tips repeated within five minutes.

    python scripts/coaching_coverage.py
"""

from __future__ import annotations

from typing import Any

from retrocoach.cli.plan import plan_document
from retrocoach.core.coaching import CoachingSettings, Density
from retrocoach.core.cues import LOOK_BACK_MIN_PHASE_SECONDS, TURN_NEXT_MIN_PHASE_SECONDS
from retrocoach.core.phrases_en import EASE_OFF_SHORT
from retrocoach.core.tips import REPEAT_GAP_SECONDS, Place
from retrocoach.storage.tips_files import load_tips
from retrocoach.storage.workouts import WorkoutLibrary

OPENING = ("announce", "safety", "round")


def coverage(doc: dict[str, Any], counts: dict[str, int], look_back_ids: set[str]) -> None:
    phases = doc["phases"]
    last_said: dict[str, float] = {}
    for cue in doc["cues"]:
        if cue["kind"] == "tip":
            counts["tips"] += 1
            previous = last_said.get(cue["tip_id"])
            if previous is not None and cue["at"] - previous < REPEAT_GAP_SECONDS:
                counts["repeats within 5 min"] += 1
            last_said[cue["tip_id"]] = cue["at"]
    for phase in phases:
        mine = [cue for cue in doc["cues"] if cue["phase"] == phase["index"]]
        backward = phase["direction"] == "backward"
        if backward and phase["pace"] != "walk" and phase["seconds"] >= LOOK_BACK_MIN_PHASE_SECONDS:
            counts["backward jog/run phases"] += 1
            first = next(cue for cue in mine if cue["kind"] not in OPENING)
            if first["kind"] == "tip" and first["categories"] == ["look-back"]:
                counts["opened by a look-back cue"] += 1
                look_back_ids.add(first["tip_id"])
        following = phases[phase["index"] + 1] if phase["index"] + 1 < len(phases) else None
        turns = following is not None and following["direction"] != phase["direction"]
        if turns and phase["seconds"] >= TURN_NEXT_MIN_PHASE_SECONDS:
            counts["turns"] += 1
            nexts = [cue for cue in mine if cue["kind"] == "next"]
            counts["turns previewed"] += bool(nexts)
            if backward:
                counts["backward->forward turns"] += 1
                counts["... saying slow down"] += bool(nexts and EASE_OFF_SHORT in nexts[0]["text"])


def main() -> None:
    tips, problems = load_tips(None)
    assert not problems, problems
    workouts = [w for w in WorkoutLibrary().workouts() if w.built_in]
    for place in Place:
        for density in Density:
            counts: dict[str, int] = dict.fromkeys(
                [
                    "backward jog/run phases",
                    "opened by a look-back cue",
                    "turns",
                    "turns previewed",
                    "backward->forward turns",
                    "... saying slow down",
                    "tips",
                    "repeats within 5 min",
                ],
                0,
            )
            ids: set[str] = set()
            for workout in workouts:
                coaching = CoachingSettings(density=density, place=place)
                coverage(plan_document(workout.plan(), tips, coaching), counts, ids)
            figures = ", ".join(f"{name} {value}" for name, value in counts.items())
            print(f"{place.value}/{density.value}: {figures}, distinct look-back tips {len(ids)}")


if __name__ == "__main__":
    main()
