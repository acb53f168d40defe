"""The briefing before the first session marked as given in a data folder: for the tests that
start the real app on a fresh folder to look at something else (a session that starts at once).
"""

from __future__ import annotations

from pathlib import Path

from retrocoach.storage.paths import DataPaths


def mark_briefing_given(home: Path) -> None:
    flag = DataPaths.under(home).briefing_flag
    flag.parent.mkdir(parents=True, exist_ok=True)
    flag.write_text("given (tests)\n", "utf-8")
