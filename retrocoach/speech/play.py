"""``retrocoach say``: a rendered WAV heard through the app's audio stream, outside any session
(in a small event loop of its own)."""

from __future__ import annotations

import signal
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity
from retrocoach.speech.errors import RenderError, SpeechError, speech_text
from retrocoach.speech.hints import audio_fix

#: Longest stretch played as one clip (the player's clips stop at 16 MB; a long `say` is
#: played as pieces of this length, one after the other, with no gap).
PIECE_SECONDS = 60


def play_file(path: Path) -> None:
    """Play a WAV of any length through the app's audio stream in a small event loop (in
    pieces of :data:`PIECE_SECONDS`, written beside `path`); returns when it has been heard to
    the end."""
    for piece in _pieces(path):
        _play_piece(piece)


def _pieces(path: Path) -> Iterator[Path]:
    try:
        with wave.open(str(path), "rb") as wav:
            params = wav.getparams()
            step = max(1, params.framerate * PIECE_SECONDS)
            index = 0
            while frames := wav.readframes(step):
                piece = path.with_name(f".{path.stem}-play-{index:04d}.wav")
                with wave.open(str(piece), "wb") as out:
                    out.setparams(params)
                    out.writeframes(frames)
                yield piece
                piece.unlink(missing_ok=True)
                index += 1
    except (EOFError, wave.Error) as error:
        raise RenderError(
            speech_text(
                QT_TRANSLATE_NOOP("speech", "{path} is not a playable WAV file"), path=str(path)
            )
        ) from error
    except OSError as error:
        raise RenderError(
            speech_text(
                QT_TRANSLATE_NOOP("speech", "the speech could not be played ({error})"),
                error=error.strerror or type(error).__name__,
            )
        ) from error


def _play_piece(path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from retrocoach.speech.audio_out import VOICE, AudioOut
    from retrocoach.speech.clips import load_clip

    clip = load_clip(path)
    if clip is None:
        raise RenderError(
            speech_text(QT_TRANSLATE_NOOP("speech", "the speech is not a playable sound"))
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
