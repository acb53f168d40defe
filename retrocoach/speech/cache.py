"""The WAV cache of rendered cues: one file per (text, voice, rate, engine, language, chain).

``engine`` is the engine's identity: its name, version and, for a voice file (Piper), the
file's hash (:meth:`retrocoach.speech.engines.choice.VoiceChoice.identity`); ``backend`` names
the engine that renders (``pyttsx3``, ``flite``, ``piper``); ``chain`` the speech chain the
render worker puts the file through (``loud`` or ``natural``, speech/voice_chain.py). The key
is a SHA-256 of text, voice, rate, engine, the session's language (a "3" said in German is
another file than an English one) and the chain, so changing any of them (or upgrading the
engine) simply looks up other files; nothing is ever overwritten in place. A cached file is
only trusted after a cheap header check (RIFF/WAVE, at least one frame), so a file truncated
by a crash or a full disk is rendered again instead of played as noise.
"""

from __future__ import annotations

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

from retrocoach.fileguard import open_regular

#: pyttsx3's default speaking rate on our settings' scale (words per minute).
DEFAULT_RATE = 175
#: Bumped when the files' processing changes (e.g. trimming), so old files are not reused.
CACHE_FORMAT = 4  # 4: through a speech chain (speech/voice_chain.py), named in the key
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
        with open_regular(path) as handle:  # the guard: a FIFO named like a cue never hangs
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


#: Silence kept before the speech when a cue is trimmed (speech/loudness.py): a cue is heard
#: this long after its first sample (the player starts cues this much earlier).
LEAD_SILENCE = 0.010


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
        backend: str = "pyttsx3",
        language: str = "en",
        *,
        chain: str = "loud",
        also: tuple[Path, ...] = (),
    ) -> None:
        self.folder = Path(folder)
        self.language = language
        #: Folders looked in after `folder` (read only): the user's cache, when the cues are
        #: rendered into a scratch folder because it is full (:meth:`moved_to`).
        self.also = tuple(Path(f) for f in also)
        self.voice = voice
        self.rate = int(rate)
        self.engine = engine if engine is not None else engine_id()
        self.backend = backend
        self.chain = chain
        # path -> (size, mtime_ns) of files already validated: has() stays one stat() call.
        self._valid: dict[Path, tuple[int, int]] = {}

    def with_voice(self, voice: str | None, rate: int) -> SpeechCache:
        """The same folder and engine, another voice or rate."""
        return self._variant(self.folder, voice, rate, self.chain, self.also)

    def with_chain(self, chain: str) -> SpeechCache:
        """The same voice through another speech chain (other files)."""
        return self._variant(self.folder, self.voice, self.rate, chain, self.also)

    def moved_to(self, folder: Path) -> SpeechCache:
        """The same voice, new files written in `folder`; this one's files still found."""
        also = tuple(dict.fromkeys((self.folder, *self.also)))
        return self._variant(folder, self.voice, self.rate, self.chain, also)

    def _variant(
        self, folder: Path, voice: str | None, rate: int, chain: str, also: tuple[Path, ...]
    ) -> SpeechCache:
        return SpeechCache(
            folder, voice, rate, self.engine, self.backend, self.language, chain=chain, also=also
        )

    def same_voice(self, other: SpeechCache) -> bool:
        """True if `other` names the same files (same folder, voice, rate, engine, language,
        chain)."""
        mine = (self.folder, self.voice, self.rate, self.engine, self.backend, self.language)
        return (*mine, self.chain) == (
            other.folder,
            other.voice,
            other.rate,
            other.engine,
            other.backend,
            other.language,
            other.chain,
        )

    def key(self, text: str) -> str:
        payload = json.dumps(
            [
                text,
                self.voice or "",
                self.rate,
                self.engine,
                CACHE_FORMAT,
                self.language,
                self.chain,
            ],
            ensure_ascii=False,
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def path_for(self, text: str) -> Path:
        return self.folder / f"{self.key(text)}.wav"

    def has(self, text: str) -> bool:
        return self.lookup(text) is not None

    def lookup(self, text: str) -> Path | None:
        """The cached file for `text` if it is there and valid (here, else in :attr:`also`)."""
        path = self.path_for(text)
        if self.valid_path(path):
            return path
        for folder in self.also:
            if self.valid_path(folder / path.name):
                return folder / path.name
        return None

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
