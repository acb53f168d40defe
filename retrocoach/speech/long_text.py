"""Speaking a text of any length: split it into sentences, render each, join the WAVs.

One render of a long text is fragile: the first render in a fresh worker fails with "the
engine wrote no file" once the text is longer than about 100 characters (pyttsx3's espeak
driver returns from ``runAndWait`` before espeak's asynchronous synthesis has finished), and
a long render can pass the per-render timeout. So :func:`render_long` renders pieces of at
most :data:`MAX_PIECE` characters, cut at sentence ends, then commas, then spaces. A piece
that still fails is split in half and tried again, down to a single word, which is tried
twice; then the error stands. The pieces are joined with a short pause, like a sentence
break.
"""

from __future__ import annotations

import re
import wave
from collections.abc import Sequence
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.speech.cache import DEFAULT_RATE
from retrocoach.speech.errors import EngineUnavailable, RenderError, speech_text
from retrocoach.speech.process import RenderProcess

#: Characters per rendered piece.
MAX_PIECE = 100
#: Silence between two pieces (the renderer trims each piece's own silence).
GAP_SECONDS = 0.25

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\s*\n\s*")
_CLAUSE_END = re.compile(r"(?<=,)\s+")


def split_text(text: str, limit: int = MAX_PIECE) -> list[str]:
    """`text` as pieces of at most `limit` characters, whole sentences where they fit.

    Consecutive short sentences share a piece; whitespace runs become one space; an empty
    or all-space text gives no pieces.
    """
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        for part in _fit(" ".join(sentence.split()), limit):
            if pieces and len(pieces[-1]) + 1 + len(part) <= limit:
                pieces[-1] = f"{pieces[-1]} {part}"
            else:
                pieces.append(part)
    return pieces


def _fit(sentence: str, limit: int) -> list[str]:
    """One sentence as parts of at most `limit` characters: at commas, then at spaces."""
    if len(sentence) <= limit:
        return [sentence] if sentence else []
    parts: list[str] = []
    for clause in _CLAUSE_END.split(sentence):
        words = clause.split(" ") if len(clause) > limit else [clause]
        for word in words:
            while len(word) > limit:  # no space to cut at: cut anyway
                parts.append(word[:limit])
                word = word[limit:]
            if parts and len(parts[-1]) + 1 + len(word) <= limit:
                parts[-1] = f"{parts[-1]} {word}"
            elif word:
                parts.append(word)
    return parts


def join_wavs(parts: Sequence[Path], dest: Path, gap_seconds: float = GAP_SECONDS) -> Path:
    """Write the WAVs `parts` one after the other into `dest`, `gap_seconds` of silence
    between them; RenderError if they differ in rate, channels or sample width."""
    if not parts:
        raise RenderError(speech_text(QT_TRANSLATE_NOOP("speech", "nothing to join")))
    frames: list[bytes] = []
    params: tuple[int, int, int] | None = None
    for part in parts:
        with wave.open(str(part), "rb") as wav:
            these = (wav.getnchannels(), wav.getsampwidth(), wav.getframerate())
            if params is not None and these != params:
                raise RenderError(
                    speech_text(
                        QT_TRANSLATE_NOOP(
                            "speech", "cannot join WAVs of different formats ({first}, {other})"
                        ),
                        first=str(params),
                        other=str(these),
                    )
                )
            params = these
            frames.append(wav.readframes(wav.getnframes()))
    assert params is not None
    channels, width, rate = params
    silence = b"\x00" * (round(gap_seconds * rate) * channels * width)
    with wave.open(str(dest), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        out.writeframes(silence.join(frames))
    return dest


def render_long(
    process: RenderProcess,
    text: str,
    dest: Path,
    voice: str | None = None,
    rate: int = DEFAULT_RATE,
) -> Path:
    """Render `text` of any length into the WAV `dest` (its folder is a scratch space).

    Raises RenderError (with the last piece's error) or EngineUnavailable like
    :meth:`RenderProcess.render`, and RenderError for an empty text.
    """
    pieces = split_text(text)
    if not pieces:
        raise RenderError(speech_text(QT_TRANSLATE_NOOP("speech", "nothing to say (empty text)")))
    rendered: list[Path] = []

    def render(piece: str, tries: int = 2) -> None:
        target = dest.with_name(f".{dest.stem}-{len(rendered):05d}.wav")
        try:
            rendered.append(process.render(piece, target, voice, rate))
        except EngineUnavailable:
            raise
        except RenderError:
            words = piece.split(" ")
            if len(words) > 1:
                half = len(words) // 2
                render(" ".join(words[:half]))
                render(" ".join(words[half:]))
            elif tries > 1:
                render(piece, tries - 1)
            else:
                raise

    try:
        for piece in pieces:
            render(piece)
        return join_wavs(rendered, dest)
    finally:
        for part in rendered:
            part.unlink(missing_ok=True)
