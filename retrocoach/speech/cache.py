"""The WAV cache of rendered cues: one file per (text, voice, rate, engine).

The key is a SHA-256 of those four, so changing the voice or the rate (or upgrading the
engine) simply looks up other files; nothing is ever overwritten in place. A cached file is
only trusted after a cheap header check (RIFF/WAVE, at least one frame), so a file truncated
by a crash or a full disk is rendered again instead of played as noise.
"""

from __future__ import annotations

import array
import contextlib
import functools
import hashlib
import json
import os
import sys
import wave
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

#: pyttsx3's default speaking rate on our settings' scale (words per minute).
DEFAULT_RATE = 175
#: Bumped when the files' processing changes (e.g. trimming), so old files are not reused.
CACHE_FORMAT = 2
#: 16-bit sample magnitude below which audio counts as silence (about -44 dBFS).
SILENCE_THRESHOLD = 200
#: Smallest plausible WAV: a 44-byte header plus one 16-bit frame.
_MIN_WAV_BYTES = 46


def default_driver() -> str:
    """The pyttsx3 driver this platform uses (the same choice pyttsx3.init() makes)."""
    if sys.platform == "win32":
        return "sapi5"
    if sys.platform == "darwin":
        return "nsss"
    return "espeak"


@functools.cache
def engine_id() -> str:
    """``pyttsx3-<version>/<driver>``: part of the cache key, so an upgrade re-renders."""
    try:
        version = metadata.version("pyttsx3")
    except metadata.PackageNotFoundError:
        version = "missing"
    return f"pyttsx3-{version}/{default_driver()}"


@dataclass(frozen=True)
class WavInfo:
    frames: int
    rate: int
    channels: int
    sample_width: int

    @property
    def seconds(self) -> float:
        return self.frames / self.rate if self.rate else 0.0


def wav_info(path: Path) -> WavInfo | None:
    """The header of a usable WAV file, or None if it is missing, empty or not a WAV."""
    try:
        if path.stat().st_size < _MIN_WAV_BYTES:
            return None
        with path.open("rb") as handle:
            magic = handle.read(12)
            if magic[:4] != b"RIFF" or magic[8:12] != b"WAVE":
                return None
            handle.seek(0)
            with wave.open(handle, "rb") as wav:
                info = WavInfo(
                    wav.getnframes(), wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
                )
    except (OSError, EOFError, wave.Error):
        return None
    return info if info.frames > 0 and info.rate > 0 else None


#: Silence kept before the speech when a cue is trimmed: a cue is heard this long after its
#: first sample (the player starts cues this much earlier).
LEAD_SILENCE = 0.010


def trim_silence(
    path: Path,
    threshold: int = SILENCE_THRESHOLD,
    keep_lead: float = LEAD_SILENCE,
    keep_tail: float = 0.080,
) -> WavInfo | None:
    """Cut the silence espeak puts before and after the speech (16-bit mono/stereo WAVs).

    A cue then starts sounding the moment it is played, and its length is its speaking time,
    which the player uses to know when a cue is over. Rewrites `path` in place (the caller
    renders to a temp file); returns the new header, None if the file is not a 16-bit WAV.
    """
    try:
        with wave.open(str(path), "rb") as wav:
            params = wav.getparams()
            frames = wav.readframes(wav.getnframes())
    except (OSError, EOFError, wave.Error):
        return None
    if params.sampwidth != 2 or not frames:
        return wav_info(path)
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    step = params.nchannels
    first = 0
    while first < len(samples) and abs(samples[first]) < threshold:
        first += 1
    last = len(samples) - 1
    while last > first and abs(samples[last]) < threshold:
        last -= 1
    if first >= len(samples):  # all silence: leave it, the caller judges
        return wav_info(path)
    start_frame = max(0, first // step - round(keep_lead * params.framerate))
    end_frame = min(len(samples) // step, last // step + 1 + round(keep_tail * params.framerate))
    kept = frames[start_frame * step * 2 : end_frame * step * 2]
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(params.nchannels)
        wav.setsampwidth(2)
        wav.setframerate(params.framerate)
        wav.writeframes(kept)
    return wav_info(path)


class SpeechCache:
    """Rendered cues in `folder` for one voice and rate.

    ``path_for(text)`` names the file a text renders to; ``has(text)`` says whether that file
    exists and is a valid WAV. The folder is created on first write (by the renderer).
    """

    def __init__(
        self,
        folder: Path,
        voice: str | None = None,
        rate: int = DEFAULT_RATE,
        engine: str | None = None,
    ) -> None:
        self.folder = Path(folder)
        self.voice = voice
        self.rate = int(rate)
        self.engine = engine if engine is not None else engine_id()
        # path -> (size, mtime_ns) of files already validated: has() stays one stat() call.
        self._valid: dict[Path, tuple[int, int]] = {}

    def with_voice(self, voice: str | None, rate: int) -> SpeechCache:
        """The same folder and engine, another voice or rate."""
        return SpeechCache(self.folder, voice, rate, self.engine)

    def key(self, text: str) -> str:
        payload = json.dumps(
            [text, self.voice or "", self.rate, self.engine, CACHE_FORMAT], ensure_ascii=False
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def path_for(self, text: str) -> Path:
        return self.folder / f"{self.key(text)}.wav"

    def has(self, text: str) -> bool:
        return self.valid_path(self.path_for(text))

    def lookup(self, text: str) -> Path | None:
        """The cached file for `text` if it is there and valid."""
        path = self.path_for(text)
        return path if self.valid_path(path) else None

    def valid_path(self, path: Path) -> bool:
        try:
            stat = path.stat()
        except OSError:
            self._valid.pop(path, None)
            return False
        signature = (stat.st_size, stat.st_mtime_ns)
        if self._valid.get(path) == signature:
            return True
        if wav_info(path) is None:
            return False
        self._valid[path] = signature
        return True

    def clean_temp_files(self) -> None:
        """Remove this process's temp files left by a killed render (``RenderProcess.render``
        writes ``.NAME.PID.tmp.wav`` and renames it into place once it is valid)."""
        if not self.folder.is_dir():
            return
        for leftover in self.folder.glob(f".*.{os.getpid()}.tmp.wav"):
            with contextlib.suppress(OSError):
                leftover.unlink()
