"""Settings' "Test the voice": a sample cue in the chosen voice, through the loud-room chain,
played at once at the chosen voice volume.

The sample is rendered by a renderer of its own (a render worker started on first use, off
the GUI thread) into the same WAV cache as the session's cues, keyed by the voice, rate and
the loud chain, so a second test of the same voice plays at once. Once the file is there the
player plays it on the voice channel (:meth:`~retrocoach.speech.player.CuePlayer.
play_sample`). What goes wrong (no voice, no audio output) is a :class:`Problem` on
:attr:`VoiceTester.problem`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity, text
from retrocoach.speech.engines.choice import cache_for, resolve
from retrocoach.speech.player import CuePlayer
from retrocoach.speech.renderer import CueRenderer
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings

#: The chain a test plays through (what the issue asks the button to show).
TEST_CHAIN = "loud"


class VoiceTester(QObject):
    """Renders and plays the sample cue for the settings a user is trying."""

    problem = Signal(object)  # a Problem
    played = Signal(str)  # the sample's text, once handed to the output

    def __init__(
        self,
        player: CuePlayer,
        paths: DataPaths,
        cache_dir: Path,
        engine_factory: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.player, self.paths, self.cache_dir = player, paths, cache_dir
        self.engine_factory = engine_factory
        self._renderer: CueRenderer | None = None
        self._volume = 1.0
        self._text = ""

    def sample_text(self) -> str:
        return self.tr("This is your coach. Jog backwards, forty seconds. Check behind you.")

    def test(self, settings: Settings) -> None:
        """Render the sample in `settings`' voice (if not cached yet), then play it."""
        resolved = resolve(settings.voice, [self.paths.voices_dir], self.engine_factory)
        cache = cache_for(self.cache_dir, resolved.choice, settings.rate, chain=TEST_CHAIN)
        self._volume, self._text = settings.volume, self.sample_text()
        if self._renderer is None:
            # one sample at a time: one worker
            self._renderer = CueRenderer(cache, self.engine_factory, parent=self, workers=1)
            self._renderer.rendered.connect(self._on_rendered)
            self._renderer.failed.connect(lambda _text, problem: self.problem.emit(problem))
            self._renderer.unavailable.connect(self.problem.emit)
        else:
            self._renderer.set_cache(cache)
        self._renderer.render([self._text])

    def _on_rendered(self, cue_text: str, path: object) -> None:
        if cue_text != self._text or not isinstance(path, Path):
            return
        if self.player.play_sample(path, self._volume):
            self.played.emit(cue_text)
            return
        no_output = QT_TRANSLATE_NOOP(
            "VoiceTester", "The voice test could not be played: no audio output."
        )
        what = text("VoiceTester", no_output)
        self.problem.emit(Problem(what, Severity.WARNING))

    def shutdown(self) -> None:
        if self._renderer is not None:
            self._renderer.shutdown()
