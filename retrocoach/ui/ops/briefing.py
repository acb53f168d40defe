"""The briefing's flag: whether it is due, and keeping that it was given."""

from __future__ import annotations

from retrocoach.core.problem import Problem
from retrocoach.storage.briefing import briefing_due, mark_briefing_done
from retrocoach.storage.paths import DataPaths

__all__ = ["briefing_due", "mark_done"]


def mark_done(paths: DataPaths) -> Problem | None:
    """The briefing was heard or skipped: never forced again (the problem if not kept)."""
    return mark_briefing_done(paths)
