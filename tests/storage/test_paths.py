"""DataPaths: RETROCOACH_HOME puts everything in one folder; otherwise platformdirs."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from retrocoach.storage.paths import DataPaths


def test_home_variable_puts_everything_under_one_folder(tmp_path: Path) -> None:
    paths = DataPaths.default({"RETROCOACH_HOME": str(tmp_path)})
    assert paths == DataPaths(
        tmp_path / "config", tmp_path / "data", tmp_path / "cache", tmp_path / "logs"
    )
    assert paths.settings_file == tmp_path / "config" / "settings.json"
    assert paths.tips_file == tmp_path / "config" / "tips.json"
    assert paths.workouts_dir == tmp_path / "data" / "workouts"
    assert paths.history_file == tmp_path / "data" / "history.jsonl"
    assert paths.journal_file == tmp_path / "data" / "session-journal.json"
    assert paths.speech_cache_dir == tmp_path / "cache" / "speech"
    assert not any(path.exists() for _, path in paths.describe())  # nothing created


def test_home_variable_from_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RETROCOACH_HOME", str(tmp_path / "portable"))
    assert DataPaths.default().data_dir == tmp_path / "portable" / "data"


def test_home_variable_expands_the_user_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = DataPaths.default({"RETROCOACH_HOME": "~/rc"})
    assert paths.config_dir == Path("~/rc").expanduser() / "config"


def test_relative_home_becomes_absolute() -> None:
    assert DataPaths.default({"RETROCOACH_HOME": "rc"}).config_dir.is_absolute()


@pytest.mark.parametrize("environ", [{}, {"RETROCOACH_HOME": ""}, {"RETROCOACH_HOME": "  "}])
def test_platform_folders_without_the_variable(environ: dict[str, str]) -> None:
    paths = DataPaths.default(environ)
    assert paths.config_dir == Path(platformdirs.user_config_dir("retrocoach", appauthor=False))
    assert paths.data_dir == Path(platformdirs.user_data_dir("retrocoach", appauthor=False))
    assert paths.cache_dir == Path(platformdirs.user_cache_dir("retrocoach", appauthor=False))
    assert paths.log_dir == Path(platformdirs.user_log_dir("retrocoach", appauthor=False))
    assert all("retrocoach" in str(path) for _, path in paths.describe())


def test_folder_problems_name_the_file_in_the_way(tmp_path: Path) -> None:
    paths = DataPaths.under(tmp_path / "home")
    assert paths.folder_problem(paths.data_dir) is None  # missing: made on the first write
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "data").write_text("x")
    problem = paths.folder_problem(paths.workouts_dir)
    assert problem is not None and "is a file, not a folder" in problem
