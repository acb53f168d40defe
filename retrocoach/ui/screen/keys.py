"""Hands-free keys: media keys and the keys cheap presenter clickers send, while the window
has the focus; and the one table of every key and control that Help and the README show.

Clickers send Page Down / Page Up for their big "next" and "previous" buttons, B or the full
stop for "blank screen", and F5 (Shift+F5 on some) alternating with Esc for "slideshow".
So any of B, the full stop, F5 and Shift+F5 is one button that starts, pauses and resumes;
Esc keeps asking before it stops, so a clicker can never end a session by itself. A media
Stop key with the window focused asks too (Esc); remotely, over MPRIS, Stop pauses.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from retrocoach.desktop.mpris import RemoteCommand

#: (key, command, what the key is on the device).
HANDS_FREE_KEYS: tuple[tuple[Qt.Key | QKeySequence, RemoteCommand, str], ...] = (
    (Qt.Key.Key_MediaTogglePlayPause, RemoteCommand.PLAY_PAUSE, "Media play/pause"),
    (Qt.Key.Key_MediaPlay, RemoteCommand.PLAY_PAUSE, "Media play"),
    (Qt.Key.Key_MediaPause, RemoteCommand.PAUSE, "Media pause"),
    (Qt.Key.Key_MediaNext, RemoteCommand.NEXT, "Media next"),
    (Qt.Key.Key_MediaPrevious, RemoteCommand.PREVIOUS, "Media previous"),
    (Qt.Key.Key_PageDown, RemoteCommand.NEXT, "Clicker next (Page Down)"),
    (Qt.Key.Key_PageUp, RemoteCommand.PREVIOUS, "Clicker previous (Page Up)"),
    (Qt.Key.Key_B, RemoteCommand.PLAY_PAUSE, "Clicker blank (B)"),
    (Qt.Key.Key_Period, RemoteCommand.PLAY_PAUSE, "Clicker blank (.)"),
    (Qt.Key.Key_F5, RemoteCommand.PLAY_PAUSE, "Clicker slideshow (F5)"),
    (QKeySequence("Shift+F5"), RemoteCommand.PLAY_PAUSE, "Clicker slideshow (Shift+F5)"),
)

#: The media Stop key: the same as Esc (asks first while a session runs).
STOP_KEY = Qt.Key.Key_MediaStop

_ACTION_WORDS = {
    RemoteCommand.PLAY_PAUSE: "start / pause / resume",
    RemoteCommand.PAUSE: "pause",
    RemoteCommand.NEXT: "skip to the next phase",
    RemoteCommand.PREVIOUS: "back to the start of this phase",
}

#: The keyboard, as the README's table has it.
KEYBOARD: tuple[tuple[str, str], ...] = (
    ("Space", "start / pause / resume"),
    ("→", "skip to the next phase"),
    ("←", "back to the start of this phase (within its first 2 s: the previous phase)"),
    ("Esc", "stop (asks first while a session runs)"),
    ("F11", "full screen"),
    ("M", "mute / unmute the voice"),
    ("Ctrl+,", "settings"),
    ("Ctrl+H", "history"),
    ("Ctrl+E", "edit or duplicate the selected workout"),
    ("Ctrl+N", "new workout"),
    ("Ctrl+I / Ctrl+Shift+E", "import / export a workout file"),
    ("Ctrl+Q", "quit (asks first while a session runs)"),
    ("F1", "this list"),
)

#: Headset buttons and desktop media keys over MPRIS (Linux), window focused or not.
MPRIS_CONTROLS: tuple[tuple[str, str], ...] = (
    ("Play/pause", "start / pause / resume, said aloud: \u201cPaused\u201d, \u201cResumed\u201d"),
    ("Next", "skip, said aloud: \u201cSkipped: walk forwards\u201d"),
    ("Previous", "back, said aloud: \u201cBack: jog backwards\u201d"),
    ("Stop", "pause (stopping needs the window: Esc)"),
)


def hands_free_rows() -> list[tuple[str, str]]:
    rows = [(label, _ACTION_WORDS[command]) for _key, command, label in HANDS_FREE_KEYS]
    return [*rows, ("Media stop", "stop (asks first, as Esc)")]


def install_hands_free_keys(
    window: QWidget, handle: Callable[[RemoteCommand], object], stop: Callable[[], object]
) -> list[QShortcut]:
    """Shortcuts on `window` (while it or a child has the focus, not in dialogs)."""
    shortcuts: list[QShortcut] = []
    for key, command, _label in HANDS_FREE_KEYS:
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda command=command: handle(command))
        shortcuts.append(shortcut)
    stop_shortcut = QShortcut(QKeySequence(STOP_KEY), window)
    stop_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    stop_shortcut.activated.connect(stop)
    return [*shortcuts, stop_shortcut]


def _table(title: str, rows: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td><b>{escape(key)}</b>&nbsp;&nbsp;</td><td>{escape(action)}</td></tr>"
        for key, action in rows
    )
    return f"<h3>{escape(title)}</h3><table>{cells}</table>"


def controls_html(mpris_available: bool) -> str:
    """Help > Keyboard and controls: every key, the clicker and media keys, MPRIS."""
    mpris_note = (
        "<p>On (MPRIS is on the session bus: <code>playerctl -p retrocoach play-pause</code>).</p>"
        if mpris_available
        else "<p>Not available here: no D-Bus session bus (Linux desktops only).</p>"
    )
    return (
        _table("Keyboard", KEYBOARD)
        + _table("Presenter clicker and media keys (window focused)", hands_free_rows())
        + "<p>One button is enough: B, the full stop or F5 starts, pauses and resumes. "
        "The coach says each of these commands aloud.</p>"
        + _table("Headset buttons and desktop media keys (Linux, MPRIS)", MPRIS_CONTROLS)
        + mpris_note
    )
