"""Which engine and voice speak: a voice spec, what is installed, and Auto.

Runs in the app's process and imports no engine (only looks for them). A *voice spec* is the
one string the settings keep: ``"ENGINE:VOICE"`` (``flite:rms``, ``pyttsx3:en-us+klatt4``,
``piper:/home/me/voices/en_US-joe-medium.onnx``), ``"ENGINE"`` for that engine's default
voice, or None for Auto. A spec without a known engine prefix is a pyttsx3 voice id (the
settings of earlier versions).

Auto takes the first installed entry of :data:`AUTO_ORDER`, the order of the intelligibility
benchmark (word error rate of an offline recogniser on a beginner session's texts; the table
is in benchmarks/README.md).

A voice speaks only its language (:func:`voice_language`). For English Auto keeps that order
(Piper voices of other languages left out); for another language it takes a Piper voice of
the language (its ``.onnx.json`` names it), else espeak-ng's voice for it through pyttsx3's
espeak driver (:data:`ESPEAK_VOICES`). flite speaks English only and is never chosen for
another language; a voice chosen in Settings that speaks another language than the
session's gives way to Auto's, with a warning.
"""

from __future__ import annotations

import ctypes.util
import hashlib
import importlib.util
import os
import re
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity, Text
from retrocoach.fileguard import open_regular
from retrocoach.speech.cache import SpeechCache, default_driver, engine_id
from retrocoach.speech.engines import flite as flite_engine
from retrocoach.speech.engines import piper as piper_engine
from retrocoach.speech.engines.base import ENGINE_FACTORY_ENV, ENGINE_NAMES
from retrocoach.speech.errors import speech_text

#: Auto's order: (engine, voice); ``piper`` with voice None means each voice found. By the
#: word error rate of benchmarks/intelligibility.py on a beginner session's texts (lower is
#: clearer; the tables are in benchmarks/README.md): flite rms 0.15/0.14 in two runs, far
#: ahead; then by the mean of the runs: flite awb 0.22, slt 0.23, kal16 0.24, Piper
#: en_US-joe-medium 0.25 (five runs: its output varies); pyttsx3 + espeak-ng en-us+klatt4
#: 0.66, its default voice 0.90. A recogniser is only a proxy for a listener: Piper sounds
#: the most natural, and whoever prefers it chooses it in Settings. pyttsx3 comes last, as
#: the one engine on every platform (SAPI5, NSSS); its espeak-ng variant only where the
#: espeak driver is the one.
AUTO_ORDER: tuple[tuple[str, str | None], ...] = (
    ("flite", "rms"),
    ("flite", "awb"),
    ("flite", "slt"),
    ("flite", "kal16"),
    ("piper", None),
    ("pyttsx3", "en-us+klatt4"),
    ("pyttsx3", None),
)


#: espeak-ng's voice (a pyttsx3 voice id on the espeak driver) for each language but English,
#: whose voices are in :data:`AUTO_ORDER`. espeak-ng ships these with every install.
ESPEAK_VOICES: dict[str, str] = {"de": "gmw/de", "es": "roa/es", "fr": "roa/fr"}
#: An espeak-ng voice name that is a language: ``de``, ``en-us``, ``es-419``.
_ESPEAK_LANGUAGE = re.compile(r"([a-z]{2,3})(?:-[a-z0-9]{2,4})?")


@dataclass(frozen=True)
class VoiceChoice:
    """One engine and one of its voices (None: the engine's default)."""

    engine: str
    voice: str | None = None

    @property
    def spec(self) -> str:
        return f"{self.engine}:{self.voice}" if self.voice else self.engine

    def describe(self) -> str:
        voice = self.voice or "its default voice"
        if self.engine == "piper" and self.voice:
            voice = Path(self.voice).stem
        return f"{self.engine} ({voice})"

    def identity(self) -> str:
        """Engine, version and the voice file's hash: the cache key's engine part."""
        if self.engine == "flite":
            return flite_engine.version()
        if self.engine == "piper":
            try:
                version = metadata.version("piper-tts")
            except metadata.PackageNotFoundError:
                version = "missing"
            digest = voice_file_hash(Path(self.voice)) if self.voice else "default"
            return f"piper-{version}/{digest}"
        return engine_id()


def parse_spec(spec: str | None) -> VoiceChoice | None:
    """The choice a spec names; None for Auto (None, "", "auto")."""
    if spec is None or not spec.strip() or spec.strip() == "auto":
        return None
    engine, colon, voice = spec.strip().partition(":")
    if engine in ENGINE_NAMES or (colon and _looks_like_engine(engine)):
        # an unknown engine ("festival:kal") is kept as asked: choice_problem names it and
        # resolve() falls back to Auto's voice, instead of pyttsx3 failing on "festival:kal"
        return VoiceChoice(engine, voice.strip() or None if colon else None)
    return VoiceChoice("pyttsx3", spec.strip())


def _looks_like_engine(word: str) -> bool:
    """An engine's name: a plain lowercase word (pyttsx3 voice ids hold no colon, and a
    Windows path's drive letter, ``C:``, is one capital letter)."""
    return len(word) > 1 and word.replace("_", "").replace("-", "").isalnum() and word.islower()


def voice_file_hash(path: Path) -> str:
    """SHA-256 (first 16 hex digits) of the model and its settings; "missing" if unreadable."""
    try:
        stat = path.stat()
    except OSError:
        return "missing"
    return _hash(str(path), stat.st_size, stat.st_mtime_ns)


@cache
def _hash(path: str, size: int, mtime_ns: int) -> str:
    digest = hashlib.sha256()
    for part in (Path(path), piper_engine.config_for(Path(path))):
        try:
            with open_regular(part) as handle:  # the guard: no FIFO, no device
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except OSError:
            digest.update(b"missing")
    return digest.hexdigest()[:16]


def engine_problem(engine: str) -> Problem | None:
    """Why `engine` cannot run here (None if it is installed), with what to do."""
    if engine == "flite":
        if flite_engine.program() is None:
            return _problem(
                QT_TRANSLATE_NOOP(
                    "speech", "flite is not installed (Debian/Ubuntu: sudo apt-get install flite)"
                )
            )
        return None
    if engine == "piper":
        if importlib.util.find_spec("piper") is None:
            return _problem(
                QT_TRANSLATE_NOOP(
                    "speech",
                    "Piper is not installed "
                    "(pip install 'retrocoach[piper]' in retrocoach's Python)",
                )
            )
        return None
    if engine == "pyttsx3":
        if importlib.util.find_spec("pyttsx3") is None:
            return _problem(
                QT_TRANSLATE_NOOP("speech", "pyttsx3 is not installed (pip install pyttsx3)")
            )
        if sys.platform.startswith("linux") and not (
            ctypes.util.find_library("espeak-ng") or shutil.which("espeak-ng")
        ):
            return _problem(
                QT_TRANSLATE_NOOP(
                    "speech", "espeak-ng is not installed (sudo apt-get install espeak-ng)"
                )
            )
        return None
    return _problem(
        QT_TRANSLATE_NOOP("speech", "there is no speech engine called {engine} (known: {known})"),
        engine=repr(engine),
        known=", ".join(ENGINE_NAMES),
    )


def _problem(source: str, **args: object) -> Problem:
    """A problem of an engine or voice that cannot speak (its text says what to install)."""
    return Problem(speech_text(source, **args))


def _has_voice(engine: str, voice: str | None) -> bool:
    """Whether an installed flite or pyttsx3 has `voice` (cheaply: no engine starts)."""
    if engine == "flite":
        return voice in flite_engine.list_voice_names()
    return voice is None or default_driver() == "espeak"  # espeak-ng's variants


def voice_language(choice: VoiceChoice) -> str | None:
    """The language `choice` speaks (ISO 639-1), or None when it cannot be told without
    starting the engine (a SAPI5 or NSSS voice id)."""
    if choice.engine == "flite":
        return "en"
    if choice.engine == "piper":
        return piper_engine.voice_language(Path(choice.voice)) if choice.voice else None
    if default_driver() != "espeak":
        return None
    voice = choice.voice or "en"  # espeak-ng's default voice is English
    if voice.startswith("mb-"):  # MBROLA: mb-us1 (English), mb-de2, mb-fr1 ...
        code = voice[3:5]
        return "en" if code in ("us", "en") else code
    base = voice.partition("+")[0].rsplit("/", 1)[-1].lower()  # "gmw/de+klatt4" -> "de"
    found = _ESPEAK_LANGUAGE.fullmatch(base)  # "en-us", "es-419"; not "no-such-voice"
    return found.group(1) if found else None


def installed_choices(voice_dirs: Sequence[Path], language: str = "en") -> list[VoiceChoice]:
    """Auto's candidates for `language` that can run here, best first."""
    found: list[VoiceChoice] = []
    order = AUTO_ORDER if language == "en" else _other_order(language)
    for engine, voice in order:
        if engine_problem(engine) is not None:
            continue
        if engine == "piper":
            found += [
                VoiceChoice("piper", str(p))
                for p in piper_engine.find_voices(voice_dirs)
                if piper_engine.voice_language(p) == language
            ]
        elif _has_voice(engine, voice):
            found.append(VoiceChoice(engine, voice))
    return list(dict.fromkeys(found))


def _other_order(language: str) -> tuple[tuple[str, str | None], ...]:
    """Auto's order for a language other than English: its Piper voices, then espeak-ng's
    (only on the espeak driver: a SAPI5 or NSSS default voice may speak any language)."""
    espeak = ESPEAK_VOICES.get(language)
    if espeak is None or default_driver() != "espeak":
        return (("piper", None),)
    return (("piper", None), ("pyttsx3", espeak))


def auto_choice(voice_dirs: Sequence[Path], language: str = "en") -> VoiceChoice:
    """What Auto picks here for `language`; pyttsx3's default voice when nothing else is
    installed (it then fails to start with a message saying what to install)."""
    found = installed_choices(voice_dirs, language)
    return found[0] if found else VoiceChoice("pyttsx3")


@dataclass(frozen=True)
class Resolved:
    """The voice that will speak, and why it is not the one asked for (if it is not)."""

    choice: VoiceChoice
    auto: bool
    problem: Problem | None = None


def choice_problem(choice: VoiceChoice) -> Problem | None:
    """Why `choice` cannot speak (checked without starting the engine), or None."""
    problem = engine_problem(choice.engine)
    if problem is None and choice.engine == "piper" and choice.voice:
        found = piper_engine.voice_problem(Path(choice.voice))
        problem = Problem(found) if found is not None else None
    if problem is None and choice.engine == "flite" and choice.voice:
        names = flite_engine.list_voice_names()
        if choice.voice not in names:
            problem = _problem(
                QT_TRANSLATE_NOOP("speech", "flite has no voice {voice} (it has {voices})"),
                voice=repr(choice.voice),
                voices=", ".join(names),
            )
    return problem


def injected(engine_factory: str | None = None) -> bool:
    """True when a test injects a pyttsx3 stand-in (``--engine-factory`` or
    ``RETROCOACH_SPEECH_ENGINE``): Auto then picks pyttsx3, so the stand-in is what speaks."""
    return bool(engine_factory or os.environ.get(ENGINE_FACTORY_ENV))


def resolve(
    spec: str | None,
    voice_dirs: Sequence[Path],
    engine_factory: str | None = None,
    language: str = "en",
) -> Resolved:
    """The voice to use for `spec` in a session in `language`: Auto's pick, the asked one, or
    (when the asked one cannot run, or speaks another language) Auto's pick with the problem
    named."""
    asked = parse_spec(spec)
    if asked is None:
        if injected(engine_factory):
            return Resolved(VoiceChoice("pyttsx3"), auto=True)
        return Resolved(auto_choice(voice_dirs, language), auto=True)
    problem = choice_problem(asked)
    spoken = voice_language(asked)
    if problem is None and spoken not in (None, language):
        problem = _problem(
            QT_TRANSLATE_NOOP("speech", "{voice} speaks {spoken}, not {language}"),
            voice=asked.describe(),
            spoken=spoken,
            language=language,
        )
    if problem is None:
        return Resolved(asked, auto=False)
    fallback = auto_choice(voice_dirs, language)
    instead: Text = speech_text(
        QT_TRANSLATE_NOOP("speech", "{problem}; using {voice} instead"),
        problem=problem.what,
        voice=fallback.describe(),
    )
    return Resolved(fallback, auto=True, problem=Problem(instead, Severity.WARNING))


def cache_for(
    folder: Path, choice: VoiceChoice, rate: int, language: str = "en", *, chain: str = "loud"
) -> SpeechCache:
    """The WAV cache of `choice` at `rate` in `folder` for a session in `language`, through
    `chain` (its key names engine, voice, hash, language and chain)."""
    return SpeechCache(
        folder, choice.voice, rate, choice.identity(), choice.engine, language, chain=chain
    )
