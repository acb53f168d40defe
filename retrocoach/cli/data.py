"""`retrocoach import`, `export` and `history`: the user's data from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from retrocoach.cli import common
from retrocoach.core.text import count_of
from retrocoach.core.workout import WorkoutError, format_elapsed
from retrocoach.storage.files import StorageError
from retrocoach.storage.history import HistoryStore, csv_text
from retrocoach.storage.safe_write import TargetExists, write_new_file
from retrocoach.storage.stats import current_streak, totals
from retrocoach.storage.user_workouts import import_workout_file, workout_bytes

_ROUNDS = {True: "round ", False: "rounds"}  # "0/1 round ", "4/4 rounds" (aligned)


def import_workout(args: argparse.Namespace) -> int:
    library = common.library()
    try:
        workout = import_workout_file(Path(args.file), library)
    except (WorkoutError, StorageError) as error:
        common.warn(f"not imported: {error}")
        return 1
    print(f"imported '{workout.name}' as {workout.id}")
    return 0


def export(args: argparse.Namespace) -> int:
    """Refuses an existing file unless --force, and always anything but a regular file;
    ``-`` writes to standard output."""
    workout = common.workout(common.library(), args.workout_id)
    if args.file == "-":
        sys.stdout.buffer.write(workout_bytes(workout))
        sys.stdout.flush()
        return 0
    try:
        write_new_file(
            Path(args.file),
            workout_bytes(workout),
            overwrite=args.force,
            paths=common.paths(),
            suggested_name=f"{workout.id}.json",
        )
    except (TargetExists, StorageError) as error:
        return common.refused_write("not exported", error)
    print(f"exported {workout.id} to {args.file}")
    return 0


def history(args: argparse.Namespace) -> int:
    """Exit status 1 when the history file exists but cannot be read (never "No sessions
    yet." for a history that is only out of reach)."""
    store = HistoryStore(common.paths())
    records, problems = store.load()
    for problem in problems:
        common.warn(problem.english())
    if store.read_error is not None:
        return 1
    if args.csv:
        print(csv_text(records), end="")
        return 0
    if not records:
        print("No sessions yet.")
        return 0
    for r in records:
        print(
            f"{r.started_at[:16].replace('T', ' ')}  {r.workout_name:<36.36}  "
            f"{r.rounds_done:>2}/{r.rounds_planned:<2} {_ROUNDS[r.rounds_planned == 1]}  "
            f"{format_elapsed(r.active_seconds):>7}  "
            f"{format_elapsed(r.backward_seconds):>7} backwards  {r.outcome}"
        )
    total = totals(records)
    print(
        f"{count_of(total.sessions, 'session')} ({total.completed} completed), "
        f"{count_of(round(total.active_minutes), 'active minute')}, "
        f"{round(total.backward_minutes)} backwards; "
        f"streak: {count_of(current_streak(records), 'week')}"
    )
    return 0
