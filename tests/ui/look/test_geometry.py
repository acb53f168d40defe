"""The first window: maximised on small and portrait screens, a share of a big one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from retrocoach.ui.look.geometry import opens_maximised


@pytest.mark.parametrize(
    ("width", "height", "maximised"),
    [(1920, 1080, False), (2560, 1440, False), (1280, 800, False), (1366, 768, True),
     (1280, 720, True), (1024, 600, True), (1080, 1920, True), (1200, 1920, True)],
)  # fmt: skip
def test_small_and_portrait_screens_open_maximised(
    width: int, height: int, maximised: bool
) -> None:
    assert opens_maximised(QRect(0, 0, width, height)) is maximised
