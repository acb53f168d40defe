"""Every test runs with its own data folders: nothing reads or writes the real user's files."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """RETROCOACH_HOME under the test's tmp_path (tests may point it elsewhere)."""
    home = tmp_path / "retrocoach-home"
    monkeypatch.setenv("RETROCOACH_HOME", str(home))
    return home
