"""Trial finding 2: with a read-only data folder the ducking state file had nowhere to go:
ducking failed with "[Errno 30] Read-only file system" and the user was told "the sound
server did not answer". The state file now falls back to the private temporary folder (as
the journal and the instance lock do), the next start restores from either place, and when
neither place can be written the message says so. Real read-only bind mounts."""

from __future__ import annotations

import time
from pathlib import Path

from retrocoach.core.problem import Problem
from retrocoach.desktop.ducking.ducker import Ducker
from retrocoach.desktop.ducking.lowering import Record
from retrocoach.desktop.ducking.places import StatePlaces
from retrocoach.desktop.ducking.state import read_state, write_state
from retrocoach.storage.paths import DataPaths
from tests.desktop.fake_volumes import FakeVolumes
from tests.desktop.test_ducker import wait_until
from tests.storage.read_only import read_only_mount


def places(home: Path, spare: Path | None) -> StatePlaces:
    return StatePlaces(DataPaths.under(home).ducking_state_file, spare)


def test_a_read_only_cache_puts_the_state_in_the_private_temporary_folder(
    tmp_path: Path,
) -> None:
    home, spare = tmp_path / "home", tmp_path / "private" / "ducked-volumes-x.json"
    chosen = places(home, spare)
    backend = FakeVolumes(music=1.0)
    problems: list[Problem] = []
    with read_only_mount(home):
        ducker = Ducker(lambda: backend, chosen, on_problem=problems.append)
        ducker.sound("voice", time.monotonic(), 5.0)
        wait_until(lambda: backend.volumes["music"][0] < 0.3)
        assert problems == []
        [(key, record)] = read_state(spare).items()  # the original, noted before lowering
        assert key == "music" and record.original == (1.0, 1.0)
        assert (spare.parent.stat().st_mode & 0o777) == 0o700  # private
        assert not chosen.main.exists()
        ducker.close()
    assert backend.volumes["music"] == (1.0, 1.0)
    assert not spare.exists()  # all given back: removed


def test_a_start_after_a_crash_restores_from_the_spare_too(tmp_path: Path) -> None:
    home, spare = tmp_path / "home", tmp_path / "private" / "ducked-volumes-x.json"
    backend = FakeVolumes(music=0.25)
    write_state(spare, {"music": Record("app-music", (0.8, 0.8), (0.25, 0.25))})
    with read_only_mount(home):
        ducker = Ducker(lambda: backend, places(home, spare))
        wait_until(lambda: backend.volumes["music"] == (0.8, 0.8))
        ducker.close()
    assert backend.volumes["music"] == (0.8, 0.8)
    assert not spare.exists()


def test_when_no_place_takes_the_file_the_message_says_why(tmp_path: Path) -> None:
    home = tmp_path / "home"
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way of the spare folder")
    backend = FakeVolumes(music=1.0)
    problems: list[Problem] = []
    with read_only_mount(home):
        ducker = Ducker(
            lambda: backend, places(home, blocked / "ducked.json"), on_problem=problems.append
        )
        ducker.sound("voice", time.monotonic(), 0.5)
        wait_until(lambda: problems)
        ducker.close()
    assert backend.volumes["music"] == (1.0, 1.0)  # nothing lowered without a note of it
    [problem] = problems
    said = problem.english()
    assert said.startswith("Other sounds cannot be lowered while the coach speaks.")
    main = DataPaths.under(home).ducking_state_file
    assert f"cannot be noted down first in {main} (Read-only file system; nor in " in said
    assert f"{blocked / 'ducked.json'}: not a private folder of this user)" in said
    assert "sound server" not in said
