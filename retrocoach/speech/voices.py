"""Which voices are installed: asked of each engine's worker (seconds: never on the GUI thread).

:func:`all_voices` goes on when an engine is missing or fails, and returns one problem per
engine beside the voices it found.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem
from retrocoach.speech.engines.base import ENGINE_NAMES
from retrocoach.speech.engines.choice import engine_problem, injected
from retrocoach.speech.errors import SpeechError, speech_text
from retrocoach.speech.process import START_TIMEOUT, RenderProcess


@dataclass(frozen=True)
class VoiceInfo:
    id: str
    name: str
    languages: tuple[str, ...]
    gender: str | None
    engine: str = "pyttsx3"

    @property
    def spec(self) -> str:
        """The settings' voice spec (``engine:id``, see speech/engines/choice.py)."""
        return f"{self.engine}:{self.id}"

    def describe(self) -> str:
        languages = ", ".join(self.languages)
        return f"{self.spec}  {self.name}" + (f"  [{languages}]" if languages else "")


def list_voices(
    engine_factory: str | None = None,
    timeout: float = START_TIMEOUT,
    backend: str = "pyttsx3",
    voice_dirs: tuple[Path, ...] = (),
) -> list[VoiceInfo]:
    """One engine's installed voices, asked of a fresh worker (raises SpeechError)."""
    with RenderProcess(
        engine_factory, start_timeout=timeout, backend=backend, voice_dirs=voice_dirs
    ) as process:
        return [
            VoiceInfo(
                str(v["id"]),
                str(v.get("name") or v["id"]),
                tuple(str(lang) for lang in v.get("languages") or ()),
                v.get("gender"),
                backend,
            )
            for v in process.voices(timeout)
        ]


def all_voices(
    voice_dirs: tuple[Path, ...] = (),
    engine_factory: str | None = None,
    timeout: float = START_TIMEOUT,
) -> tuple[list[VoiceInfo], list[Problem]]:
    """Every installed engine's voices, and one problem per engine that has none (its what
    names the engine: ``flite: flite is not installed ...``).

    With an injected pyttsx3 stand-in (tests), only pyttsx3 is asked.
    """
    found: list[VoiceInfo] = []
    problems: list[Problem] = []
    for backend in ("pyttsx3",) if injected(engine_factory) else ENGINE_NAMES:
        problem = engine_problem(backend)
        if problem is None:
            try:
                found += list_voices(engine_factory, timeout, backend, voice_dirs)
                continue
            except SpeechError as error:
                problem = error.problem
        what = speech_text(
            QT_TRANSLATE_NOOP("speech", "{engine}: {problem}"),
            engine=backend,
            problem=problem.what,
        )
        problems.append(Problem(what, problem.severity, problem.why, problem.fix, problem.detail))
    return found, problems
