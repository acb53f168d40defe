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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.desktop.mpris import RemoteCommand

#: (key, command, what the key is on the device).
HANDS_FREE_KEYS: tuple[tuple[Qt.Key | QKeySequence, RemoteCommand, str], ...] = (
    (
        Qt.Key.Key_MediaTogglePlayPause,
        RemoteCommand.PLAY_PAUSE,
        QT_TRANSLATE_NOOP("Keys", "Media play/pause"),
    ),
    (Qt.Key.Key_MediaPlay, RemoteCommand.PLAY_PAUSE, QT_TRANSLATE_NOOP("Keys", "Media play")),
    (Qt.Key.Key_MediaPause, RemoteCommand.PAUSE, QT_TRANSLATE_NOOP("Keys", "Media pause")),
    (Qt.Key.Key_MediaNext, RemoteCommand.NEXT, QT_TRANSLATE_NOOP("Keys", "Media next")),
    (Qt.Key.Key_MediaPrevious, RemoteCommand.PREVIOUS, QT_TRANSLATE_NOOP("Keys", "Media previous")),
    (
        Qt.Key.Key_PageDown,
        RemoteCommand.NEXT,
        QT_TRANSLATE_NOOP("Keys", "Clicker next (Page Down)"),
    ),
    (
        Qt.Key.Key_PageUp,
        RemoteCommand.PREVIOUS,
        QT_TRANSLATE_NOOP("Keys", "Clicker previous (Page Up)"),
    ),
    (Qt.Key.Key_B, RemoteCommand.PLAY_PAUSE, QT_TRANSLATE_NOOP("Keys", "Clicker blank (B)")),
    (Qt.Key.Key_Period, RemoteCommand.PLAY_PAUSE, QT_TRANSLATE_NOOP("Keys", "Clicker blank (.)")),
    (Qt.Key.Key_F5, RemoteCommand.PLAY_PAUSE, QT_TRANSLATE_NOOP("Keys", "Clicker slideshow (F5)")),
    (
        QKeySequence("Shift+F5"),
        RemoteCommand.PLAY_PAUSE,
        QT_TRANSLATE_NOOP("Keys", "Clicker slideshow (Shift+F5)"),
    ),
)

#: The media Stop key: the same as Esc (asks first while a session runs).
STOP_KEY = Qt.Key.Key_MediaStop

_ACTION_WORDS = {
    RemoteCommand.PLAY_PAUSE: QT_TRANSLATE_NOOP("Keys", "start / pause / resume"),
    RemoteCommand.PAUSE: QT_TRANSLATE_NOOP("Keys", "pause"),
    RemoteCommand.NEXT: QT_TRANSLATE_NOOP("Keys", "skip to the next phase"),
    RemoteCommand.PREVIOUS: QT_TRANSLATE_NOOP("Keys", "back to the start of this phase"),
}

#: The keyboard, as the README's table has it.
KEYBOARD: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Keys", "Space"), QT_TRANSLATE_NOOP("Keys", "start / pause / resume")),
    ("→", QT_TRANSLATE_NOOP("Keys", "skip to the next phase")),
    (
        "←",
        QT_TRANSLATE_NOOP(
            "Keys", "back to the start of this phase (within its first 2 s: the previous phase)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Esc"),
        QT_TRANSLATE_NOOP("Keys", "stop (asks first while a session runs)"),
    ),
    (QT_TRANSLATE_NOOP("Keys", "F11"), QT_TRANSLATE_NOOP("Keys", "full screen")),
    (QT_TRANSLATE_NOOP("Keys", "M"), QT_TRANSLATE_NOOP("Keys", "mute / unmute the voice")),
    (QT_TRANSLATE_NOOP("Keys", "Ctrl+,"), QT_TRANSLATE_NOOP("Keys", "settings")),
    (QT_TRANSLATE_NOOP("Keys", "Ctrl+H"), QT_TRANSLATE_NOOP("Keys", "history")),
    (
        QT_TRANSLATE_NOOP("Keys", "Ctrl+E"),
        QT_TRANSLATE_NOOP("Keys", "edit or duplicate the selected workout"),
    ),
    (QT_TRANSLATE_NOOP("Keys", "Ctrl+N"), QT_TRANSLATE_NOOP("Keys", "new workout")),
    (
        QT_TRANSLATE_NOOP("Keys", "Ctrl+I / Ctrl+Shift+E"),
        QT_TRANSLATE_NOOP("Keys", "import / export a workout file"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Ctrl+Q"),
        QT_TRANSLATE_NOOP("Keys", "quit (asks first while a session runs)"),
    ),
    (QT_TRANSLATE_NOOP("Keys", "F1"), QT_TRANSLATE_NOOP("Keys", "this list")),
)

#: Headset buttons and desktop media keys over MPRIS (Linux), window focused or not.
MPRIS_CONTROLS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Keys", "Play/pause"),
        QT_TRANSLATE_NOOP("Keys", "start / pause / resume, said aloud: “Paused”, “Resumed”"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Next"),
        QT_TRANSLATE_NOOP("Keys", "skip, said aloud: “Skipped: walk forwards”"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Previous"),
        QT_TRANSLATE_NOOP("Keys", "back, said aloud: “Back: jog backwards”"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Stop"),
        QT_TRANSLATE_NOOP("Keys", "pause (stopping needs the window: Esc)"),
    ),
)


#: What each sound says, heard without words (Settings: "Direction sounds", beep volume).
SOUNDS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Keys", "Two tones falling (high, low)"),
        QT_TRANSLATE_NOOP("Keys", "now backwards: the phase starting runs backwards"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "Two tones rising (low, high)"),
        QT_TRANSLATE_NOOP("Keys", "now forwards: the phase starting runs forwards"),
    ),
    (
        QT_TRANSLATE_NOOP("Keys", "One beep"),
        QT_TRANSLATE_NOOP(
            "Keys", "the end of the session (every phase, with the direction sounds off)"
        ),
    ),
    (QT_TRANSLATE_NOOP("Keys", "“3, 2, 1”"), QT_TRANSLATE_NOOP("Keys", "the count into a phase")),
)


def _tr(text: str) -> str:
    """A text of this module's tables in the language installed."""
    return QCoreApplication.translate("Keys", text)


def hands_free_rows() -> list[tuple[str, str]]:
    """(key, what it does) for the clicker and media keys, translated."""
    rows = [(_tr(label), _tr(_ACTION_WORDS[command])) for _key, command, label in HANDS_FREE_KEYS]
    stop = (
        _tr(QT_TRANSLATE_NOOP("Keys", "Media stop")),
        _tr(QT_TRANSLATE_NOOP("Keys", "stop (asks first, as Esc)")),
    )
    return [*rows, stop]


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


def _translated(rows: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(_tr(key), _tr(action)) for key, action in rows]


def controls_html(mpris_available: bool) -> str:
    """Help > Keyboard and controls: every key, the clicker and media keys, MPRIS, and what
    the boundary sounds mean."""
    translate = QCoreApplication.translate
    mpris_note = (
        translate(
            "Keys",
            "<p>On (MPRIS is on the session bus: "
            "<code>playerctl -p retrocoach play-pause</code>).</p>",
        )
        if mpris_available
        else translate(
            "Keys", "<p>Not available here: no D-Bus session bus (Linux desktops only).</p>"
        )
    )
    return (
        _table(translate("Keys", "Keyboard"), _translated(KEYBOARD))
        + _table(
            translate("Keys", "Presenter clicker and media keys (window focused)"),
            hands_free_rows(),
        )
        + translate(
            "Keys",
            "<p>One button is enough: B, the full stop or F5 starts, pauses and resumes. "
            "The coach says each of these commands aloud.</p>",
        )
        + _table(
            translate("Keys", "Headset buttons and desktop media keys (Linux, MPRIS)"),
            _translated(MPRIS_CONTROLS),
        )
        + mpris_note
        + _table(translate("Keys", "Sounds"), _translated(SOUNDS))
    )
