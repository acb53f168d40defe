"""Trial finding 1 on the command line, run as the user runs it: the 9,800-hour workout is
refused at import, a copy already in the workouts folder is reported and skipped (the other
workouts still load), and no round count makes a session longer than 4 hours."""

from __future__ import annotations

import json
import time
from pathlib import Path

from retrocoach.storage.paths import DataPaths
from tests.cli.run import retrocoach


def monster() -> dict[str, object]:
    """The trial's file: 98 round phases of 7200 s, 50 rounds; every field within its limit."""
    kinds = [("backward", "jog"), ("forward", "walk")] * 49
    return {
        "version": 1,
        "id": "monster",
        "name": "monster",
        "default_rounds": 50,
        "round": [{"name": "a", "direction": d, "pace": p, "seconds": 7200} for d, p in kinds],
    }


def hours() -> dict[str, object]:
    """1-hour rounds: 4 fit in the cap."""
    phases = [
        {"name": "back", "direction": "backward", "pace": "jog", "seconds": 1800},
        {"name": "walk", "direction": "forward", "pace": "walk", "seconds": 1800},
    ]
    return {"version": 1, "id": "hours", "name": "Hours", "default_rounds": 2, "round": phases}


def test_importing_the_monster_is_refused_naming_it_its_length_and_the_cap(
    isolated_home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "m.json"
    source.write_text(json.dumps(monster()), "utf-8")
    result = retrocoach("import", source)
    assert result.status == 1, result
    assert f"not imported: {source}: default_rounds: 'monster' would last 9800:00:00" in result.err
    assert "more than the 4 hours a session may last" in result.err
    folder = DataPaths.default().workouts_dir
    assert not folder.exists() or not list(folder.iterdir())


def test_a_monster_already_in_the_folder_is_reported_and_the_others_load(
    isolated_home: Path,
) -> None:
    folder = DataPaths.default().workouts_dir
    folder.mkdir(parents=True)
    (folder / "monster.json").write_text(json.dumps(monster()), "utf-8")
    (folder / "hours.json").write_text(json.dumps(hours()), "utf-8")
    started = time.monotonic()
    listed = retrocoach("workouts")
    assert listed.status == 0, listed
    assert "skipped a workout file" in listed.err and "9800:00:00" in listed.err
    assert any(line.startswith("hours ") for line in listed.lines)
    assert any(line.startswith("beginner ") for line in listed.lines)
    planned = retrocoach("plan", "--workout", "monster", "--json")
    assert planned.status == 2 and "unknown workout 'monster'" in planned.err, planned
    assert time.monotonic() - started < 60  # it took 60 s for the plan alone


def test_no_round_count_passes_the_cap(isolated_home: Path, tmp_path: Path) -> None:
    source = tmp_path / "hours.json"
    source.write_text(json.dumps(hours()), "utf-8")
    assert retrocoach("import", source).status == 0
    four = retrocoach("plan", "--workout", "hours", "--rounds", "4", "--json")
    assert four.status == 0 and json.loads(four.out)["total_seconds"] == 4 * 3600
    five = retrocoach("plan", "--workout", "hours", "--rounds", "5")
    assert five.status == 1
    assert "rounds: 'Hours' would last 5:00:00 with 5 rounds" in five.err
    assert "(at most 4)" in five.err
    # the window is refused on the command line, before any window opens
    window = retrocoach("--workout", "hours", "--rounds", "5")
    assert window.status == 1 and "would last 5:00:00" in window.err, window
