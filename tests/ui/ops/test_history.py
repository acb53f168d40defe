"""History operations (retrocoach/ui/ops/history.py): the CSV export and the pending flush."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrocoach.storage.files import StorageError
from retrocoach.storage.history import SessionRecord
from retrocoach.storage.paths import DataPaths
from retrocoach.ui.i18n import render, render_problem
from retrocoach.ui.ops.history import HistoryStore, export_csv, flush_pending


def record() -> SessionRecord:
    return SessionRecord(
        started_at="2026-05-03T18:30:00+02:00", workout_id="beginner", workout_name="Beginner",
        rounds_planned=4, rounds_done=4, active_seconds=900.0, backward_seconds=400.0,
        outcome="completed", kcal=None,
    )  # fmt: skip


def test_export_writes_every_session(tmp_path: Path) -> None:
    target = tmp_path / "history.csv"
    result = export_csv([record()] * 1200, target)
    assert result.value == target and len(target.read_text().splitlines()) == 1201
    assert result.done is not None
    assert render(result.done) == f"Exported 1,200 sessions to {target}."


def test_an_export_that_fails_says_so(tmp_path: Path) -> None:
    result = export_csv([record()], tmp_path)  # a folder
    assert result.value is None
    assert render_problem(result.problems[0]).startswith("The history was not exported: ")


def test_flush_pending_is_quiet_when_it_works(paths: DataPaths) -> None:
    assert flush_pending(HistoryStore(paths)) is None


def test_sessions_that_cannot_be_written_need_an_answer(paths: DataPaths) -> None:
    store = HistoryStore(paths)
    paths.data_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.data_dir.write_text("not a folder")
    with pytest.raises(StorageError):  # the record is kept pending: what this is about
        store.append(record())
    problem = flush_pending(store)
    assert problem is not None and problem.needs_answer and problem.detail
    said = render_problem(problem)
    assert said.startswith("1 session could not be saved:\n")
    assert said.endswith("then Retry. Discard quits and loses them.")
