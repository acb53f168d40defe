"""The window in German, Spanish and French: no English word, and nothing cut, anywhere.

Each test builds the real app as ``retrocoach --lang XX`` does and walks every state of a
session (idle, lead-in, each kind of phase, paused, muted, the end card, a stopped session)
and every dialog of the menus.

- No English word: a word of the English texts that the language's catalogue never uses is
  an English word left on screen. Data is allowed: workout and phase names, paths, voice
  names, the voice's caption (the phrasebook and the tips). The built-in workouts' names
  and phase names are translated as data by the spoken side (issue 18), not by the catalogue.
- Nothing cut: at 1024x600, 1366x768 and 1080x1920 (dialogs sized for that screen), no label
  needs more room than it has, none ends in "…", no button, check box, combo or spin box
  text is wider than its room (``screen_checks.cut_texts``).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from retrocoach.core.languages import LANGUAGES
from retrocoach.ui.look import geometry
from tests.core.clock import FakeClock
from tests.ui.language_walk import close_window, open_window, settle, walk_dialogs, walk_states
from tests.ui.screen_checks import cut_texts, english_words

SIZES = [(1024, 600), (1366, 768), (1080, 1920)]
OTHER_LANGUAGES = [language for language in LANGUAGES if language != "en"]


def _assert_none(seen: dict[str, list[str]], what: str) -> None:
    lines = [f"{scene}:\n  " + "\n  ".join(found) for scene, found in seen.items() if found]
    assert not lines, f"{what}:\n" + "\n".join(lines)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_english_word_in_any_state_or_dialog(
    qtbot: QtBot, clock: FakeClock, language: str
) -> None:
    opened = open_window(qtbot, clock, language)
    window, data = opened.window, opened.data
    seen: dict[str, list[str]] = {}
    try:
        walk_states(
            window, clock, lambda scene: seen.update({scene: english_words(window, language, data)})
        )
        seen |= walk_dialogs(window, lambda dialog: english_words(dialog, language, data))
    finally:
        close_window(opened)
    _assert_none(seen, f"English words in the {language} window")


def _window_cut(window: QWidget, size: tuple[int, int]) -> list[str]:
    found = cut_texts(window)
    if (window.width(), window.height()) != size:
        found.append(f"the window is {window.width()}x{window.height()}, not {size}")
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_at_any_size(
    qtbot: QtBot, clock: FakeClock, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = open_window(qtbot, clock, language)
    window = opened.window
    seen: dict[str, list[str]] = {}

    def look(scene: str) -> None:
        for size in SIZES:
            window.resize(*size)
            settle()
            seen[f"{scene}, {size[0]}x{size[1]}"] = _window_cut(window, size)

    try:
        walk_states(window, clock, look)
        for width, height in SIZES:
            area = QRect(0, 0, width, height)
            monkeypatch.setattr(geometry, "available", lambda _widget=None, area=area: area)
            window.resize(width, height)
            settle()
            found = walk_dialogs(window, cut_texts)
            seen |= {f"{name}, {width}x{height}": lines for name, lines in found.items()}
    finally:
        close_window(opened)
    _assert_none(seen, f"texts cut in the {language} window")
