"""Can an engine render here? One short word rendered by a fresh worker (``retrocoach check``)."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from retrocoach.core.problem import QT_TRANSLATE_NOOP
from retrocoach.speech.cache import wav_info
from retrocoach.speech.errors import EngineUnavailable, RenderError, speech_text
from retrocoach.speech.hints import install_hint
from retrocoach.speech.process import START_TIMEOUT, RenderProcess


@dataclass(frozen=True)
class Probe:
    """What a working engine rendered: its identity, the audio's length and rate, the time."""

    engine: str
    seconds: float
    rate: int
    took: float

    def describe(self) -> str:
        return (
            f"renders speech ({self.seconds:.2f} s of audio at {self.rate} Hz "
            f"in {self.took * 1000:.0f} ms)"
        )


def probe(
    engine_factory: str | None = None,
    timeout: float = START_TIMEOUT,
    backend: str = "pyttsx3",
    voice: str | None = None,
    voice_dirs: tuple[Path, ...] = (),
) -> Probe:
    """Render a short word to a temp WAV and check it; raises EngineUnavailable (the engine
    cannot speak here: its problem has the fix) when it cannot."""
    with tempfile.TemporaryDirectory(prefix="retrocoach-probe-") as folder:
        target = Path(folder) / "probe.wav"
        with RenderProcess(
            engine_factory, start_timeout=timeout, backend=backend, voice_dirs=voice_dirs
        ) as process:
            started = time.monotonic()
            try:
                process.render("Ready", target, voice=voice, timeout=timeout)
            except EngineUnavailable:
                raise
            except RenderError as error:  # it starts but cannot render: the install's fault
                raise EngineUnavailable(error.problem.what, install_hint()) from error
            info = wav_info(target)
            if info is None:
                raise EngineUnavailable(
                    speech_text(QT_TRANSLATE_NOOP("speech", "the probe wrote no audio")),
                    install_hint(),
                )
            return Probe(process.engine, info.seconds, info.rate, time.monotonic() - started)
