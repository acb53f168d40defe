"""A data folder of the test's own for the operations."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrocoach.storage.paths import DataPaths


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    monkeypatch.setenv("RETROCOACH_HOME", str(tmp_path / "home"))
    return DataPaths.default()
