"""``retrocoach say``: a rendered WAV heard through the app's audio stream, outside any session
(in a small event loop of its own)."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity
from retrocoach.speech.errors import RenderError, SpeechError, speech_text
from retrocoach.speech.hints import audio_fix


def play_file(path: Path) -> None:
    """Play a WAV through the app's audio stream in a small event loop; returns when it has
    been heard to the end."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from retrocoach.speech.audio_out import VOICE, AudioOut
    from retrocoach.speech.clips import load_clip

    clip = load_clip(path)
    if clip is None:
        raise RenderError(
            speech_text(
                QT_TRANSLATE_NOOP("speech", "{path} is not a playable WAV file"),
                path=str(path),
            )
        )
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    out = AudioOut()
    if not out.available:
        raise SpeechError(
            Problem(
                speech_text(QT_TRANSLATE_NOOP("speech", "no audio output device")),
                Severity.SERIOUS,
                fix=audio_fix(),
            )
        )
    loop = QEventLoop()
    heard: list[int] = []

    def on_finished(_channel: str, token: int) -> None:
        heard.append(token)
        loop.quit()

    out.finished.connect(on_finished)
    out.play(VOICE, clip, 1)
    QTimer.singleShot(round((clip.seconds + 5.0) * 1000), loop.quit)  # never hang
    started = time.monotonic()
    interrupted: list[int] = []

    def on_sigint(signum: int, _frame: object) -> None:
        # Raising KeyboardInterrupt here would surface inside a Qt slot (a traceback, and
        # the sound plays on): end the loop instead, and raise once it has returned.
        interrupted.append(signum)
        loop.quit()

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        loop.exec()
    finally:
        signal.signal(signal.SIGINT, previous)
        out.close()
    del app
    if interrupted:
        raise KeyboardInterrupt
    if not heard:
        raise SpeechError(
            speech_text(
                QT_TRANSLATE_NOOP("speech", "the sound did not finish within {seconds} s"),
                seconds=f"{time.monotonic() - started:.0f}",
            )
        )
