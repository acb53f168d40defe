"""The briefing's flag (storage.briefing)."""

from __future__ import annotations

from pathlib import Path

from retrocoach.storage.briefing import briefing_due, mark_briefing_done
from retrocoach.storage.history import HistoryStore
from retrocoach.storage.paths import DataPaths

from .history_data import a_record


def test_due_on_a_fresh_folder_and_never_again_once_given(tmp_path: Path) -> None:
    paths = DataPaths.under(tmp_path / "home")
    assert briefing_due(paths)
    assert mark_briefing_done(paths) is None
    assert paths.briefing_flag.is_file() and not briefing_due(paths)


def test_a_folder_with_a_history_does_not_get_it(tmp_path: Path) -> None:
    paths = DataPaths.under(tmp_path / "home")
    HistoryStore(paths).append(a_record())
    assert not briefing_due(paths)


def test_a_refused_write_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    paths = DataPaths.under(tmp_path / "home")
    paths.data_dir.parent.mkdir(parents=True)
    paths.data_dir.write_text("a file where the folder should be")
    problem = mark_briefing_done(paths)
    assert problem is not None and briefing_due(paths)
