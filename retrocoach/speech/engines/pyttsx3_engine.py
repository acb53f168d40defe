"""pyttsx3 as a :class:`~retrocoach.speech.engines.base.SpeechEngine` (SAPI5, NSSS, espeak-ng).

One ``save_to_file`` + ``runAndWait`` per cue (several before one ``runAndWait`` keep only
the last). On Linux (the espeak driver) it also lists and accepts espeak-ng's voice variants
(``en-us+klatt4``) and the MBROLA voices whose database is installed (``mb-us3``), and it
fixes pyttsx3 2.99's header: the driver writes every file as 22,050 Hz, but MBROLA voices
speak at 16 kHz, so they played 1.38x too fast. The real rate is asked of espeak-ng
(``espeak_ng_GetSampleRate``) after each render and written into the header.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import shutil
import time
import wave
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from retrocoach.fileguard import read_regular
from retrocoach.speech.cache import default_driver, engine_id
from retrocoach.speech.engines.base import UnknownVoice

#: How long a render may take to appear after ``runAndWait`` returned.
FILE_WAIT_SECONDS = 3.0
#: The English voice the variants are listed with (``en-us+klatt4``).
VARIANT_BASE = "en-us"
#: Where Debian's mbrola-* packages put the voice databases.
MBROLA_DIRS = (Path("/usr/share/mbrola"), Path("/usr/local/share/mbrola"))


def load_factory(spec: str | None) -> Callable[[], Any]:
    """``module:callable`` -> the callable; None -> ``pyttsx3.init``."""
    if not spec:
        import pyttsx3

        return pyttsx3.init  # type: ignore[no-any-return]
    module_name, _, attribute = spec.partition(":")
    factory = getattr(importlib.import_module(module_name), attribute or "make_engine")
    if not callable(factory):
        raise TypeError(f"engine factory {spec!r} is not callable")
    return factory  # type: ignore[no-any-return]


def _espeak_dll() -> Any:
    """pyttsx3's loaded libespeak-ng (None off the espeak driver or before it loaded)."""
    if default_driver() != "espeak":
        return None
    with contextlib.suppress(Exception):
        from pyttsx3.drivers import _espeak

        return _espeak.dll
    return None


def settle_espeak() -> None:
    """Make a voice or rate change stick before the next cue (espeak driver only).

    Measured with pyttsx3 2.99: espeak runs in its asynchronous retrieval mode, and a
    ``setProperty("rate", ...)`` between two ``save_to_file``/``runAndWait`` rounds is
    silently ignored (every later cue keeps the first rate) unless ``espeak_Synchronize``
    runs after it.
    """
    if default_driver() != "espeak":
        return
    with contextlib.suppress(Exception):
        from pyttsx3.drivers import _espeak

        _espeak.Synchronize()


def espeak_sample_rate() -> int | None:
    """The rate espeak-ng synthesises at with the current voice (16000 for MBROLA)."""
    dll = _espeak_dll()
    if dll is None:
        return None
    try:
        function = dll.espeak_ng_GetSampleRate
        function.restype = ctypes.c_int
        rate = int(function())
    except (AttributeError, OSError):
        return None
    return rate if rate > 0 else None


def fix_header_rate(path: Path, rate: int) -> bool:
    """Rewrite `path`'s header with `rate` if it says otherwise; True if it changed."""
    with wave.open(str(path), "rb") as wav:
        params = wav.getparams()
        if params.framerate == rate:
            return False
        frames = wav.readframes(params.nframes)
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(params.nchannels)
        wav.setsampwidth(params.sampwidth)
        wav.setframerate(rate)
        wav.writeframes(frames)
    return True


@cache
def espeak_data_dir() -> Path | None:
    """espeak-ng's data folder, asked of the loaded library (``espeak_Info``)."""
    dll = _espeak_dll()
    if dll is None:
        return None
    try:
        info = dll.espeak_Info
        info.restype = ctypes.c_char_p
        info.argtypes = [ctypes.POINTER(ctypes.c_char_p)]
        data = ctypes.c_char_p()
        info(ctypes.byref(data))
    except (AttributeError, OSError):
        return None
    return Path(data.value.decode()) if data.value else None


def espeak_variants(data_dir: Path | None) -> list[str]:
    """The variant names (``klatt4``, ``f2`` ...) in espeak-ng's ``voices/!v`` (not the one
    with a space in its name, ``Mr serious``: a voice id is one word)."""
    folder = data_dir / "voices" / "!v" if data_dir else None
    if folder is None or not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file() and " " not in p.name)


def mbrola_database(voice_file: Path) -> str | None:
    """The MBROLA database an espeak ``mb-*`` voice file names (``mbrola us3 ...``)."""
    with contextlib.suppress(OSError, ValueError):  # through the guard, at most 64 KB
        for line in read_regular(voice_file, 64 * 1024).decode("utf-8", "replace").splitlines():
            words = line.split()
            if len(words) >= 2 and words[0] == "mbrola":
                return words[1]
    return None


def installed_mbrola_voices(data_dir: Path | None) -> list[str]:
    """``mb-*`` voices whose database and the ``mbrola`` program are both installed."""
    folder = data_dir / "voices" / "mb" if data_dir else None
    if folder is None or not folder.is_dir() or shutil.which("mbrola") is None:
        return []
    found = []
    for voice_file in sorted(folder.iterdir()):
        database = mbrola_database(voice_file)
        if database and any(
            (base / database / database).is_file() or (base / database).is_file()
            for base in MBROLA_DIRS
        ):
            found.append(voice_file.name)
    return found


class Pyttsx3Engine:
    """Wraps a pyttsx3 engine object (or a test's fault-injecting stand-in)."""

    name = "pyttsx3"

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.errors: list[str] = []
        self.voice_ids: set[str] | None = None
        self.voice: str | None = None
        self.rate: int | None = None
        self.default_voice: str | None = None
        with contextlib.suppress(Exception):
            self.default_voice = engine.getProperty("voice") or None
        with contextlib.suppress(Exception):
            engine.connect("error", self._on_error)

    def _on_error(self, exception: object = None, **_: object) -> None:
        self.errors.append(str(exception))

    def identity(self) -> str:
        return engine_id()

    def voices(self) -> list[dict[str, Any]]:
        found = []
        for voice in self.engine.getProperty("voices") or []:
            languages = [
                lang.decode("utf-8", "replace") if isinstance(lang, bytes) else str(lang)
                for lang in (getattr(voice, "languages", None) or [])
            ]
            found.append(
                {
                    "id": str(voice.id),
                    "name": str(getattr(voice, "name", "") or voice.id),
                    "languages": languages,
                    "gender": getattr(voice, "gender", None),
                }
            )
        data_dir = espeak_data_dir()
        for variant in espeak_variants(data_dir):
            found.append(
                {
                    "id": f"{VARIANT_BASE}+{variant}",
                    "name": f"English (America), variant {variant}",
                    "languages": [VARIANT_BASE],
                    "gender": None,
                }
            )
        for mbrola in installed_mbrola_voices(data_dir):
            found.append(
                {"id": mbrola, "name": f"MBROLA {mbrola}", "languages": [], "gender": None}
            )
        return found

    def _known(self, voice: str) -> bool:
        if self.voice_ids is None:
            self.voice_ids = set()
            for known in self.voices():
                self.voice_ids.update({known["id"], known["name"]})
        if voice in self.voice_ids:
            return True
        base, plus, variant = voice.partition("+")  # any voice with any variant
        return (
            bool(plus)
            and base in self.voice_ids
            and f"{VARIANT_BASE}+{variant}" in (self.voice_ids)
        )

    def _set_voice(self, voice: str | None, rate: int) -> None:
        if voice != self.voice and voice:
            if not self._known(voice):
                raise UnknownVoice(
                    f"voice {voice!r} is not installed (`retrocoach voices` lists the voices)"
                )
            self.engine.setProperty("voice", voice)
        elif voice != self.voice and self.default_voice:  # back to the engine's default
            self.engine.setProperty("voice", self.default_voice)
        changed = voice != self.voice
        self.voice = voice
        if rate != self.rate:
            self.engine.setProperty("rate", rate)
            self.rate = rate
            changed = True
        if changed:
            settle_espeak()

    def render(self, text: str, voice: str | None, rate: int, out_wav: Path) -> None:
        self._set_voice(voice, rate)
        self.errors.clear()
        with contextlib.suppress(FileNotFoundError):
            out_wav.unlink()
        self.engine.save_to_file(text, str(out_wav))
        self.engine.runAndWait()
        self._wait_for_file(out_wav)
        if self.errors:
            raise RuntimeError("; ".join(self.errors))
        if not out_wav.exists():
            raise RuntimeError("the engine wrote no file")
        if out_wav.stat().st_size <= 44:
            raise RuntimeError("the engine wrote an empty file")
        real_rate = espeak_sample_rate()
        if real_rate is not None:
            fix_header_rate(out_wav, real_rate)

    @staticmethod
    def _wait_for_file(path: Path) -> None:
        """Let an early return of ``runAndWait`` catch up with the synthesis.

        pyttsx3 2.99's espeak driver can end its loop before espeak (asynchronous) has
        finished: its queued ``endLoop`` runs in the loop's first pump. The file is then
        written a moment later by espeak's callback thread. Measured: the first render of a
        fresh worker "wrote no file" 7 times in 15 for a 150-character text under load.
        ``espeak_Synchronize`` waits for the synthesis; the poll (until the file is there and no
        longer growing) covers other drivers.
        """
        settle_espeak()
        deadline = time.monotonic() + FILE_WAIT_SECONDS
        last_size = -1
        while time.monotonic() < deadline:
            try:
                size = path.stat().st_size
            except FileNotFoundError:
                size = -1
            if size > 44 and size == last_size:  # there, and no longer growing
                return
            last_size = size
            time.sleep(0.01)
