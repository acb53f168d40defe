"""Piper, the neural voice (``pip install 'retrocoach[piper]'``; piper-tts is GPL-3).

Imported only here, in the render process, never in the app's. A voice is a local pair
``NAME.onnx`` + ``NAME.onnx.json``; its id is the ``.onnx`` path. Voices are found in the
folders the worker is given (the data folder's ``voices/``) or named by path in Settings.
Nothing is ever downloaded. Loading a voice takes about a second, so loaded voices stay in
memory for the worker's life.
"""

from __future__ import annotations

import json
import os
import wave
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Text
from retrocoach.fileguard import (
    NotARegularFileError,
    check_regular,
    kind_text,
    open_regular,
    read_regular,
)
from retrocoach.speech.engines.base import UnknownVoice, stretch_for
from retrocoach.speech.errors import speech_text

#: The file a voice's settings live in, beside the model.
CONFIG_SUFFIX = ".json"


def config_for(model: Path) -> Path:
    return model.with_name(model.name + CONFIG_SUFFIX)


#: The most a voice's settings file may hold (a real one is about 5 KB).
MAX_CONFIG_BYTES = 4 * 1024 * 1024
#: The settings a Piper voice cannot load without.
_REQUIRED = ("audio", "num_symbols", "phoneme_id_map")


def _is_onnx(model: Path) -> bool:
    """Whether `model` starts as an ONNX model does (protobuf field 1, ``ir_version``: a small
    varint), read through the guard."""
    with open_regular(model) as handle:
        head = handle.read(2)
    return len(head) == 2 and head[0] == 0x08 and 1 <= head[1] <= 64


def read_config(model: Path) -> Any:
    """The parsed settings beside `model`, read through the guard (no FIFO, no device)."""
    return json.loads(read_regular(config_for(model), MAX_CONFIG_BYTES).decode("utf-8"))


def voice_problem(model: Path) -> Text | None:
    """Why `model` is not a usable Piper voice (None if it looks usable), without loading it.

    Both files are read through :mod:`retrocoach.fileguard`: a FIFO or ``/dev/zero`` in their
    place is named, never opened for a blocking read.
    """
    if model.suffix != ".onnx":
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech", "{model} is not a Piper voice (a .onnx file with its .onnx.json)"
            ),
            model=str(model),
        )
    try:
        mode = os.stat(model).st_mode
        check_regular(model, mode)
    except FileNotFoundError:
        return speech_text(
            QT_TRANSLATE_NOOP("speech", "the Piper voice {model} does not exist"),
            model=str(model),
        )
    except OSError:
        return speech_text(
            QT_TRANSLATE_NOOP("speech", "the Piper voice {model} is {kind}, not a voice file"),
            model=str(model),
            kind=kind_text(mode),
        )
    try:
        damaged = model.stat().st_size < 1024 or not _is_onnx(model)
    except OSError:
        damaged = True
    if damaged:
        return speech_text(
            QT_TRANSLATE_NOOP("speech", "the Piper voice {model} is damaged (not an ONNX model)"),
            model=str(model),
        )
    config = config_for(model)
    try:
        settings = read_config(model)
    except FileNotFoundError:
        return speech_text(
            QT_TRANSLATE_NOOP("speech", "the Piper voice {model} has no {config} beside it"),
            model=str(model),
            config=config.name,
        )
    except NotARegularFileError as error:
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech", "the Piper voice settings {config} cannot be read: {error}"
            ),
            config=str(config),
            error=error.strerror,
        )
    except (OSError, ValueError):
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech",
                "the Piper voice settings {config} cannot be read (not a readable JSON file)",
            ),
            config=str(config),
        )
    if not isinstance(settings, dict) or any(key not in settings for key in _REQUIRED):
        return speech_text(
            QT_TRANSLATE_NOOP(
                "speech", "the Piper voice settings {config} are not a Piper voice's"
            ),
            config=str(config),
        )
    return None


def find_voices(folders: Sequence[Path]) -> list[Path]:
    """The usable ``.onnx`` voices in `folders` (not recursive), sorted by name."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += [p for p in folder.glob("*.onnx") if voice_problem(p) is None]
    return sorted(found, key=lambda p: (p.name, str(p)))


def unusable_voices(folders: Sequence[Path]) -> list[tuple[Path, Text]]:
    """The ``.onnx`` files in `folders` that are not usable voices, each with why (a link to
    ``/dev/zero``, a damaged model, settings missing...), sorted by name."""
    found: list[tuple[Path, Text]] = []
    for folder in folders:
        if folder.is_dir():
            for model in sorted(folder.glob("*.onnx")):
                problem = voice_problem(model)
                if problem is not None:
                    found.append((model, problem))
    return found


def language_code(model: Path) -> str:
    """The language a voice's settings name (``"de_DE"``), "" when they name none."""
    try:
        settings = read_config(model)
        return str(settings.get("language", {}).get("code", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def voice_language(model: Path) -> str | None:
    """The ISO 639-1 language a voice speaks (``"de"`` for ``de_DE``), None if unnamed."""
    return language_code(model).split("_")[0].lower() or None


def describe(model: Path) -> dict[str, Any]:
    language = language_code(model)
    return {
        "id": str(model),
        "name": model.stem,
        "languages": [language] if language else [],
        "gender": None,
    }


class PiperEngine:
    name = "piper"

    def __init__(self, voice_dirs: Sequence[Path] = ()) -> None:
        from piper import PiperVoice  # ImportError here: the extra is not installed

        self._loader = PiperVoice.load
        self.voice_dirs = tuple(voice_dirs)
        self._loaded: dict[str, Any] = {}

    def identity(self) -> str:
        return f"piper-{metadata.version('piper-tts')}"

    def voices(self) -> list[dict[str, Any]]:
        return [describe(model) for model in find_voices(self.voice_dirs)]

    def _voice(self, voice: str | None) -> Any:
        if not voice:
            found = find_voices(self.voice_dirs)
            if not found:
                raise UnknownVoice(
                    "no Piper voice: put a .onnx + .onnx.json pair in the voices folder "
                    "or choose one in Settings"
                )
            voice = str(found[0])
        if voice not in self._loaded:
            problem = voice_problem(Path(voice))
            if problem:
                raise UnknownVoice(problem.english())
            try:
                self._loaded[voice] = self._loader(voice)
            except Exception as error:
                raise UnknownVoice(
                    f"the Piper voice {voice} cannot be loaded ({type(error).__name__}: {error})"
                ) from error
        return self._loaded[voice]

    def render(self, text: str, voice: str | None, rate: int, out_wav: Path) -> None:
        from piper import SynthesisConfig

        model = self._voice(voice)
        config = SynthesisConfig(length_scale=stretch_for(rate))
        with wave.open(str(out_wav), "wb") as wav:
            model.synthesize_wav(text, wav, syn_config=config)
