"""Saving the settings (retrocoach/ui/ops/settings.py)."""

from __future__ import annotations

from retrocoach.storage.paths import DataPaths
from retrocoach.ui.i18n import render_problem
from retrocoach.ui.ops.settings import Settings, SettingsStore, save_settings


def test_saved_settings_load_again(paths: DataPaths) -> None:
    store = SettingsStore(paths)
    assert save_settings(store, Settings(rate=200)) == (Settings(rate=200), [])
    assert SettingsStore(paths).load()[0].rate == 200


def test_settings_that_cannot_be_saved_are_a_problem(paths: DataPaths) -> None:
    paths.config_dir.parent.mkdir(parents=True, exist_ok=True)
    paths.config_dir.write_text("in the way")
    _settings, [problem] = save_settings(SettingsStore(paths), Settings(rate=200))
    assert render_problem(problem).startswith("Settings not saved: ")
