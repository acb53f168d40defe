"""User workouts: save, delete, import (validated, never half-way), export; a fuzzed importer."""

from __future__ import annotations

import dataclasses
import errno
import json
import multiprocessing
import os
import random
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retrocoach.core.workout import Workout, WorkoutError
from retrocoach.storage.files import StorageError
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.user_workouts import (
    import_workout_file,
    open_library,
    read_import_file,
    save_new_user_workout,
    save_user_workout,
    unique_id,
    unique_name,
    workout_bytes,
)
from retrocoach.storage.workouts import WorkoutLibrary

from .conftest import make_workout


def _user_files(paths: DataPaths) -> list[str]:
    if not paths.workouts_dir.exists():
        return []
    return sorted(path.name for path in paths.workouts_dir.iterdir())


def _write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# --- save and delete ------------------------------------------------------------------------


def write_workout_file(workout: Workout, path: Path) -> None:
    """A workout file as the app writes it (what an export gives a user to import)."""
    path.write_bytes(workout_bytes(workout))


def test_save_appears_in_the_library(paths: DataPaths) -> None:
    library = open_library(paths)
    workout = make_workout()
    path = save_user_workout(workout, library)
    assert path == paths.workouts_dir / "my-intervals.json"
    assert library.get("my-intervals") == workout
    assert not library.get("my-intervals").built_in
    assert open_library(paths).get("my-intervals") == workout
    assert _user_files(paths) == ["my-intervals.json"]


def test_save_again_replaces_the_same_file(paths: DataPaths) -> None:
    library = open_library(paths)
    save_user_workout(make_workout(), library)
    edited = dataclasses.replace(make_workout(), name="  Renamed  ", default_rounds=6)
    save_user_workout(edited, library)
    assert library.get("my-intervals").name == "Renamed"  # trimmed as a file load would
    assert library.get("my-intervals").default_rounds == 6
    assert _user_files(paths) == ["my-intervals.json"]


def test_save_keeps_a_hand_named_file(paths: DataPaths) -> None:
    _write(paths.workouts_dir / "mine.json", workout_bytes(make_workout()))
    library = open_library(paths)
    save_user_workout(dataclasses.replace(make_workout(), default_rounds=2), library)
    assert _user_files(paths) == ["mine.json"]
    assert library.get("my-intervals").default_rounds == 2


def test_save_moves_a_damaged_file_aside(paths: DataPaths) -> None:
    _write(paths.workouts_dir / "my-intervals.json", b"{damaged")
    library = open_library(paths)
    save_user_workout(make_workout(), library)
    files = _user_files(paths)
    assert files[0] == "my-intervals.json" and files[1].startswith("my-intervals.json.corrupt-")
    assert (paths.workouts_dir / files[1]).read_bytes() == b"{damaged"


def test_save_never_overwrites_another_workout_in_the_way(paths: DataPaths) -> None:
    other = make_workout("other", "Other")
    _write(paths.workouts_dir / "my-intervals.json", workout_bytes(other))
    library = open_library(paths)
    path = save_user_workout(make_workout(), library)
    assert path.name == "my-intervals-2.json"
    assert library.get("other") == other and library.get("my-intervals") == make_workout()


def test_built_ins_cannot_be_saved_over(paths: DataPaths) -> None:
    library = open_library(paths)
    with pytest.raises(WorkoutError, match="built-in"):
        save_user_workout(make_workout("beginner"), library)
    assert _user_files(paths) == []
    assert library.get("beginner").built_in


def test_invalid_workout_is_not_saved(paths: DataPaths) -> None:
    library = open_library(paths)
    with pytest.raises(WorkoutError, match="name"):
        save_user_workout(make_workout(name="x" * 61), library)
    with pytest.raises(WorkoutError, match="id"):
        save_user_workout(make_workout("Not An Id"), library)
    assert _user_files(paths) == []


def test_library_without_a_user_folder_is_refused() -> None:
    with pytest.raises(ValueError, match="user folder"):
        save_user_workout(make_workout(), WorkoutLibrary())


def test_save_on_a_read_only_disk(paths: DataPaths, read_only_disk: Callable[[], None]) -> None:
    library = open_library(paths)
    with pytest.raises(StorageError, match="read-only"):
        save_user_workout(make_workout(), library)
    read_only_disk()
    assert _user_files(paths) == []


# --- export and import ----------------------------------------------------------------------


def test_export_then_import_round_trip(paths: DataPaths, tmp_path: Path) -> None:
    library = open_library(paths)
    target = tmp_path / "share" / "intervals.json"
    target.parent.mkdir()  # export never creates folders (see the test below)
    write_workout_file(make_workout(), target)
    assert json.loads(target.read_text())["version"] == 1
    imported = import_workout_file(target, library)
    assert imported == make_workout() and not imported.built_in
    assert library.get("my-intervals") == imported
    assert _user_files(paths) == ["my-intervals.json"]


def test_importing_the_same_file_twice_makes_no_copy(paths: DataPaths, tmp_path: Path) -> None:
    library = open_library(paths)
    source = tmp_path / "w.json"
    write_workout_file(make_workout(), source)
    first = import_workout_file(source, library)
    second = import_workout_file(source, library)
    assert first == second and _user_files(paths) == ["my-intervals.json"]
    # and importing the user's own file from its folder is a no-op too
    assert import_workout_file(paths.workouts_dir / "my-intervals.json", library) == first
    assert _user_files(paths) == ["my-intervals.json"]


def test_import_of_a_built_in_gets_a_new_id_and_name(paths: DataPaths, tmp_path: Path) -> None:
    library = open_library(paths)
    source = tmp_path / "beginner.json"
    write_workout_file(library.get("beginner"), source)
    imported = import_workout_file(source, library)
    assert imported.id == "beginner-2"
    assert imported.name == library.get("beginner").name + " (2)"
    assert library.get("beginner").built_in and not imported.built_in
    assert _user_files(paths) == ["beginner-2.json"]


def test_import_of_a_different_workout_with_a_used_id(paths: DataPaths, tmp_path: Path) -> None:
    library = open_library(paths)
    save_user_workout(make_workout(), library)
    source = tmp_path / "w.json"
    write_workout_file(dataclasses.replace(make_workout(), name="Shared intervals"), source)
    imported = import_workout_file(source, library)
    assert (imported.id, imported.name) == ("my-intervals-2", "Shared intervals")
    assert library.get("my-intervals") == make_workout()  # the user's own one is untouched
    assert _user_files(paths) == ["my-intervals-2.json", "my-intervals.json"]


def test_import_never_writes_over_a_damaged_file(paths: DataPaths, tmp_path: Path) -> None:
    damaged = _write(paths.workouts_dir / "my-intervals.json", b'{"version": 1, "id": "my-')
    library = open_library(paths)
    assert library.problems  # reported by the library, left for the user to fix
    source = tmp_path / "w.json"
    write_workout_file(make_workout(), source)
    imported = import_workout_file(source, library)
    assert imported == make_workout()
    assert damaged.read_bytes() == b'{"version": 1, "id": "my-'
    assert _user_files(paths) == ["my-intervals-2.json", "my-intervals.json"]


def _valid_json() -> dict[str, Any]:
    return make_workout().to_json()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"version": 2}, "version"),
        ({"version": None}, "version"),
        ({"id": "Bad Id"}, "id"),
        ({"name": ""}, "name"),
        ({"default_rounds": 51}, "default_rounds"),
        ({"round": []}, "round"),
        ({"extra": 1}, "extra"),
    ],
)
def test_invalid_file_is_refused_naming_the_field(
    paths: DataPaths, tmp_path: Path, change: dict[str, object], field: str
) -> None:
    source = _write(tmp_path / "w.json", json.dumps({**_valid_json(), **change}))
    with pytest.raises(WorkoutError) as caught:
        import_workout_file(source, open_library(paths))
    assert caught.value.field_path == field
    assert str(source) in str(caught.value)
    assert _user_files(paths) == []


def test_phase_field_is_named(paths: DataPaths, tmp_path: Path) -> None:
    data = _valid_json()
    data["round"][1]["seconds"] = 0
    source = _write(tmp_path / "w.json", json.dumps(data))
    with pytest.raises(WorkoutError, match=r"round\[1\]\.seconds: must be a whole number"):
        import_workout_file(source, open_library(paths))


_TEN_MB = random.Random(7).randbytes(10 * 1024 * 1024)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (json.dumps(_valid_json())[:-20], "not valid JSON"),
        (random.Random(3).randbytes(500), "not UTF-8"),
        (b'{"version": 1, "id": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b"[" * 100_000, "nested too deeply"),
        (json.dumps({**_valid_json(), "description": "x" * 300_000}), "256 KB"),
        (_TEN_MB, "256 KB"),
        (b"", "not valid JSON"),
    ],
    ids=["truncated", "random-bytes", "huge-int", "deep", "over-256KB", "10MB", "empty"],
)
def test_damaged_files_are_refused(
    paths: DataPaths, tmp_path: Path, content: bytes | str, words: str
) -> None:
    source = _write(tmp_path / "w.json", content)
    before = source.read_bytes()
    with pytest.raises(WorkoutError, match=words):
        import_workout_file(source, open_library(paths))
    assert source.read_bytes() == before
    assert _user_files(paths) == []


def test_not_a_file(paths: DataPaths, tmp_path: Path) -> None:
    with pytest.raises(WorkoutError, match="is not a file"):
        import_workout_file(tmp_path, open_library(paths))
    with pytest.raises(WorkoutError, match="cannot be read"):
        import_workout_file(tmp_path / "missing.json", open_library(paths))


def test_import_on_a_read_only_disk_writes_nothing(
    paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "w.json"
    write_workout_file(make_workout(), source)
    library = open_library(paths)

    def refuse(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError) as caught:
        import_workout_file(source, library)
    assert "read-only" in str(caught.value) and "my-intervals.json" in str(caught.value)
    assert _user_files(paths) == []  # no temp file left behind
    assert "my-intervals" not in library.ids()


def test_import_into_a_folder_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    library = open_library(DataPaths.under(blocker))
    source = tmp_path / "w.json"
    write_workout_file(make_workout(), source)
    with pytest.raises(StorageError, match="not a folder"):
        import_workout_file(source, library)


def test_unique_id_and_name() -> None:
    assert unique_id("a", []) == "a"
    assert unique_id("a", ["a", "a-2"]) == "a-3"
    long_id = "x" * 40
    assert unique_id(long_id, [long_id]) == "x" * 38 + "-2"
    assert unique_name("Run", ["run"]) == "Run (2)"
    assert len(unique_name("n" * 60, ["n" * 60])) == 60


# --- fuzz -----------------------------------------------------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)
_KEYS = [
    "version",
    "id",
    "name",
    "description",
    "default_rounds",
    "warm_up",
    "round",
    "cool_down",
    "seconds",
    "direction",
    "pace",
]


@st.composite
def _mutated_workouts(draw: st.DrawFn) -> object:
    """A valid workout with a few fields replaced, deleted or added: reaches deep checks."""
    data: dict[str, Any] = make_workout().to_json()
    for _ in range(draw(st.integers(1, 3))):
        targets: list[dict[str, Any]] = [data]
        for section in ("warm_up", "round"):
            phases = data.get(section)
            if isinstance(phases, list):
                targets.extend(p for p in phases if isinstance(p, dict))
        target = draw(st.sampled_from(targets))
        key = draw(st.sampled_from(_KEYS))
        if draw(st.booleans()):
            target[key] = draw(_json_values)
        else:
            target.pop(key, None)
    return data


def _check_import(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths.under(Path(folder) / "home")
        source = Path(folder) / "import.json"
        source.write_bytes(content)
        library = open_library(paths)
        try:
            workout = import_workout_file(source, library)
        except (WorkoutError, StorageError) as error:
            assert str(error)
            assert _user_files(paths) == []
            return
        assert _user_files(paths) == [f"{workout.id}.json"]  # whole, alone, loadable
        assert open_library(paths).get(workout.id) == workout


_FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FUZZ
@given(_json_values)
def test_fuzz_import_random_json(value: object) -> None:
    _check_import(json.dumps(value).encode())


@_FUZZ
@given(_mutated_workouts())
def test_fuzz_import_mutated_workouts(value: object) -> None:
    _check_import(json.dumps(value).encode())


@_FUZZ
@given(st.binary(max_size=2000))
def test_fuzz_import_random_bytes(content: bytes) -> None:
    _check_import(content)


# --- parallel imports (real processes, started together at a barrier) -----------------------


def _import_at_barrier(source: str, user_dir: str, barrier: Any, results: Any) -> None:
    library = WorkoutLibrary(user_dir=Path(user_dir))
    barrier.wait()
    results.put(import_workout_file(Path(source), library).id)


def _import_in_parallel(paths: DataPaths, sources: list[Path]) -> list[str]:
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(len(sources))
    results = context.Queue()
    workers = [
        context.Process(
            target=_import_at_barrier, args=(str(s), str(paths.workouts_dir), barrier, results)
        )
        for s in sources
    ]
    for worker in workers:
        worker.start()
    ids = [results.get(timeout=60) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    return sorted(ids)


def test_parallel_imports_of_one_id_keep_every_workout(paths: DataPaths, tmp_path: Path) -> None:
    """Eight processes import eight different workouts with one id at once: eight files."""
    sources = []
    for number in range(8):
        source = tmp_path / f"w{number}.json"
        write_workout_file(make_workout(name=f"Race {number}"), source)
        sources.append(source)
    ids = _import_in_parallel(paths, sources)
    assert len(set(ids)) == 8, ids
    files = _user_files(paths)
    assert len(files) == 8, files
    names = {read_import_file(paths.workouts_dir / name).name for name in files}
    assert names == {f"Race {number}" for number in range(8)}


def test_parallel_imports_of_one_file_make_no_copies(paths: DataPaths, tmp_path: Path) -> None:
    sources = []
    for number in range(8):
        source = tmp_path / f"same{number}.json"
        write_workout_file(make_workout("race", "Race"), source)
        sources.append(source)
    assert _import_in_parallel(paths, sources) == ["race"] * 8
    assert _user_files(paths) == ["race.json"]


def _save_at_barrier(user_dir: str, barrier: Any, results: Any) -> None:
    library = WorkoutLibrary(user_dir=Path(user_dir))
    barrier.wait()
    results.put(save_new_user_workout(make_workout(name="Saved by the editor"), library).id)


def test_the_editor_and_a_command_line_import_of_one_id_keep_both(
    paths: DataPaths, tmp_path: Path
) -> None:
    """The editor saves a new workout as ``my-intervals`` (free when it chose it) while the
    command line imports another workout with that id, at once (real processes): both are
    kept, under two ids."""
    context = multiprocessing.get_context("fork")
    source = tmp_path / "import.json"
    write_workout_file(make_workout(name="Imported"), source)
    for _attempt in range(5):  # a few rounds: the race needs them to overlap
        shutil.rmtree(paths.workouts_dir, ignore_errors=True)
        barrier, results = context.Barrier(2), context.Queue()
        workers = [
            context.Process(
                target=_save_at_barrier, args=(str(paths.workouts_dir), barrier, results)
            ),
            context.Process(
                target=_import_at_barrier,
                args=(str(source), str(paths.workouts_dir), barrier, results),
            ),
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=60)
            assert worker.exitcode == 0
        names = sorted(
            read_import_file(paths.workouts_dir / name).name for name in _user_files(paths)
        )
        assert names == ["Imported", "Saved by the editor"], names
