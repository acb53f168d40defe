"""How storage words problems (storage.problems): texts in the storage context, warnings."""

from __future__ import annotations

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Severity
from retrocoach.storage.problems import CONTEXT, english, said, warning


def test_said_marks_the_storage_context_and_fills_fields() -> None:
    shown = said(QT_TRANSLATE_NOOP("storage", "%n line(s) of {path}"), 2, path="/h")
    assert shown.context == CONTEXT == "storage" and shown.english() == "2 lines of /h"


def test_a_warning_keeps_its_detail_for_the_log_only() -> None:
    problem = warning(QT_TRANSLATE_NOOP("storage", "{path} already exists."), path="x", detail="d")
    assert problem.severity is Severity.WARNING and problem.detail == "d"
    assert english([problem]) == ["x already exists."]
