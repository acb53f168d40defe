"""The voice coach: the session's cue timeline, rendered ahead and played on time.

When the driver loads a plan, the cues are built (pure: plan + tips + settings), handed to
the player, and their texts rendered into the WAV cache in the background; a second load of
the same plan renders nothing. Every cue reaches the window as a caption, heard or not.

Once the cues' texts are rendered (the timeline's; the texts said outside it, rendered after
them, are not waited for), the timeline is placed again with their measured lengths
(:class:`~retrocoach.speech.durations.MeasuredDurations`): a shorter form chosen for a long
measured text is rendered and measured in turn, at most ``MAX_PLACEMENTS`` times per plan.
This happens only before a session starts, so a running session's cues never move.
The renderer's workers are started ``PRESTART_DELAY`` after :meth:`VoiceCoach.start`, once the
window is up, so that the first cue of a workout chosen later does not wait for them.

A start waits (the driver's start gate) until the cues of the lead-in and the first
announcement are rendered and the timeline is placed with the measured lengths: at most
``PREPARE_TIMEOUT`` without progress, ``PREPARE_LIMIT`` in all. On a fresh data folder, with
``--start``, the lead-in used to begin before its "check the path behind you" cue existed,
and later the session went ahead with estimated lengths, some cues held behind others.
The session's language is the settings' (the system's when they name none:
:func:`~retrocoach.ui.live.language.session_language`): the phrasebook, the tips and the
built-in workouts' names are in it, and Auto's voice speaks it (a chosen voice of another
language gives way to Auto's).
This module only wires the pieces; the timing lives in the session and the player.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from retrocoach.core.coaching import Cue, CueKind, build_cues
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem
from retrocoach.core.problem import text as coach_text
from retrocoach.core.session import State
from retrocoach.core.taper import BackwardWork, Taper, coaching_for
from retrocoach.core.tips import TipLibrary
from retrocoach.core.workout import Plan
from retrocoach.speech.cache_room import failed_cues_problem
from retrocoach.speech.durations import MeasuredDurations
from retrocoach.speech.engines.choice import Resolved, cache_for, resolve
from retrocoach.speech.hints import NO_AUDIO_MESSAGE
from retrocoach.speech.player import CuePlayer
from retrocoach.speech.renderer import CueRenderer
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings
from retrocoach.storage.tips_files import load_tips
from retrocoach.storage.workouts import in_language
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.live.language import session_language
from retrocoach.ui.live.remote import confirmation_texts
from retrocoach.ui.live.voice_test import VoiceTester

log = logging.getLogger(__name__)

#: Rendering progress is shown only for jobs with more texts than this (a moment's work).
PROGRESS_MIN_TEXTS = 8
#: The longest a start waits for the voice without progress (a first start of the
#: synthesiser takes about a second; a hung one must not keep the runner waiting).
PREPARE_TIMEOUT = 4.0
#: The longest a start waits while the voice makes progress: each cue rendered gives
#: PREPARE_TIMEOUT more, up to this. A fresh data folder rendered a beginner session in ~10 s
#: with flite (~4 s since two render processes share the work on two cores); a start that
#: went ahead at 4 s placed the session with estimated lengths and 17 of 126 cues were held
#: behind the one before (issue 16 item 7).
PREPARE_LIMIT = 60.0
#: Seconds after the start of the voice coach (in the window's first second) before the
#: renderer's workers are started, if no job has started them yet: after the first paint.
PRESTART_DELAY = 1.0
#: Placements of one plan's timeline (the first with what is measured so far). Each one
#: renders only the few texts the last one newly chose (a tip that fits where another did not).
MAX_PLACEMENTS = 8


class VoiceCoach(QObject):
    """Owns the renderer and the player for one window.

    Nothing is rendered or handed to the player until :meth:`start`, so that whoever listens
    to :attr:`message` can connect first (the player tells "no audio output" only once, when
    it gets its first cues).
    """

    caption = Signal(str)
    message = Signal(object)  # a Problem (or a plain text): for the problem bridge
    progress = Signal(str)  # "" when there is nothing to show
    muted_changed = Signal(bool)

    def __init__(
        self,
        driver: SessionDriver,
        paths: DataPaths,
        tips: TipLibrary,
        settings: Settings,
        *,
        engine_factory: str | None = None,
        cache_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`cache_dir` defaults to the data paths' speech cache folder; `tips` are in the
        session's language (:func:`~retrocoach.ui.live.language.session_language`)."""
        super().__init__(parent)
        self.driver, self.tips, self.settings = driver, tips, settings
        self.paths = paths
        self.engine_factory = engine_factory
        self.cache_dir = cache_dir if cache_dir is not None else paths.speech_cache_dir
        self.language = session_language(settings)
        self.resolved = resolve(
            settings.voice, [paths.voices_dir], engine_factory, language=self.language
        )
        cache = cache_for(
            self.cache_dir,
            self.resolved.choice,
            settings.rate,
            self.language,
            chain=settings.voice_chain,
        )
        self.renderer = CueRenderer(cache, engine_factory, parent=self)
        self.player = CuePlayer(driver, cache, parent=self)
        self.cues: list[Cue] = []
        #: The history the Auto density tapers by (the controller sets it once it is read);
        #: a new stage applies from the next plan loaded.
        self.history: Callable[[], Sequence[BackwardWork]] = list
        self.taper: Taper | None = None  # the Auto density's stage for the current plan
        #: More texts to render with each plan's (said outside the timeline: the briefing,
        #: the effort question), set by the controller.
        self.extra_texts: Callable[[], Sequence[str]] = list
        self._placements = 0
        self._settled = True  # the timeline is placed with every length it can get
        self._unmeasured: set[str] = set()  # the texts of the cues placed with an estimate
        self._told_unavailable = False
        self._held_since = 0.0  # when a start began to wait (time.monotonic)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setInterval(round(PREPARE_TIMEOUT * 1000))
        self._prepare_timer.timeout.connect(self._release_start)
        driver.set_start_gate(self.first_cues_ready)
        driver.start_held.connect(self._on_start_held)
        self.renderer.rendered.connect(self._on_rendered)  # (before the start is looked at)
        self.renderer.rendered.connect(self._maybe_release_start)
        self.renderer.job_finished.connect(self._on_job_finished)
        self.renderer.job_finished.connect(self._maybe_release_start)
        self.renderer.unavailable.connect(self._maybe_release_start)
        self.renderer.progress.connect(self._on_progress)
        self.renderer.job_finished.connect(lambda _done, _failed: self.progress.emit(""))
        self.renderer.unavailable.connect(self._on_unavailable)
        self.renderer.moved.connect(self._on_moved)
        self.renderer.failed.connect(self._on_failed)
        self.renderer.job_finished.connect(self._tell_failed)
        self.player.caption.connect(lambda text, _kind: self.caption.emit(text))
        self.player.message.connect(self._relay)
        self._said: set[str] = set()
        self.tester = VoiceTester(self.player, paths, self.cache_dir, engine_factory, self)
        self.tester.problem.connect(self._relay)
        self._failed: dict[str, Problem] = {}  # cue text -> why, not yet told
        self._shut_down = False
        self.apply_settings(settings)

    def start(self) -> None:
        """Render the fixed cues and the current plan's; follow the plans from now on.

        Call it once the listeners are connected. No audio output is always told, even if the
        player said so before anyone listened.
        """
        self.driver.plan_changed.connect(self._on_plan)
        self._tell_voice_problem(self.resolved)
        self.renderer.render_fixed()
        QTimer.singleShot(round(PRESTART_DELAY * 1000), self, self._prestart)
        if self.driver.plan is not None:
            self._on_plan(self.driver.plan)
        if not self.audio_available and NO_AUDIO_MESSAGE not in self._said:
            self._relay(NO_AUDIO_MESSAGE)
        if self.driver.start_pending:  # --start: the start waited for the voice to exist
            self._on_start_held()

    def _prestart(self) -> None:
        if not self._shut_down:
            self.renderer.prestart()

    @property
    def muted(self) -> bool:
        return self.player.muted

    @property
    def audio_available(self) -> bool:
        """False while there is no audio output: the cues are captions only."""
        return self.player.audio_available

    def _relay(self, message: str | Problem) -> None:
        self._said.add(message if isinstance(message, str) else message.english())
        self.message.emit(message)

    def toggle_mute(self) -> None:
        self.set_muted(not self.player.muted)

    def set_muted(self, muted: bool) -> None:
        self.player.set_muted(muted)
        self.muted_changed.emit(muted)

    def apply_settings(self, settings: Settings) -> None:
        """Voice, rate, chain, volumes, mute, beeps, earcons and density; a new voice, rate
        or chain re-renders."""
        old, self.settings = self.settings, settings
        self.player.set_volume(settings.volume)
        self.player.set_beep_volume(settings.beep_volume, settings.voice_chain)
        self.player.set_earcons(settings.earcons)
        self.player.set_beeps_enabled(settings.beeps)
        if settings.muted != self.player.muted:
            self.set_muted(settings.muted)
        language = session_language(settings)
        language_changed = language != self.language
        if language_changed:
            self.language = language
            self.tips, problems = load_tips(self.paths, language)
            for problem in problems:
                self._relay(problem.english())
        voice_changed = (settings.voice, settings.rate, settings.voice_chain) != (
            old.voice,
            old.rate,
            old.voice_chain,
        )
        if voice_changed or language_changed:
            self._told_unavailable = False
            self.resolved = resolve(
                settings.voice, [self.paths.voices_dir], self.engine_factory, language=language
            )
            self._tell_voice_problem(self.resolved)
            cache = cache_for(
                self.cache_dir,
                self.resolved.choice,
                settings.rate,
                language,
                chain=settings.voice_chain,
            )
            self.renderer.set_cache(cache)
            self.player.set_cache(self.renderer.cache)
        timeline_changed = (settings.density, settings.place) != (old.density, old.place)
        replace = voice_changed or language_changed or timeline_changed
        if replace and self.driver.plan is not None:
            self._on_plan(self.driver.plan)

    def _tell_voice_problem(self, resolved: Resolved) -> None:
        """The asked voice cannot speak (missing engine, broken voice file): say which voice
        speaks instead."""
        if resolved.problem:  # a WARNING: on the problems panel, not only the status line
            said = coach_text("VoiceCoach", QT_TRANSLATE_NOOP("VoiceCoach", "Voice: {problem}."),
                        problem=resolved.problem.what)  # fmt: skip
            self._relay(replace(resolved.problem, what=said))

    def first_cues_ready(self) -> bool:
        """True when the lead-in's cues and the first announcement can be heard (or never
        will: no voice, no audio output, muted)."""
        if self.renderer.unavailable_reason is not None or self.player.muted:
            return True
        if not self.player.audio_available:
            return True
        cache = self.renderer.cache
        first = all(cache.lookup(cue.text) is not None for cue in self.cues if cue.at <= 0.0)
        return first and self._settled

    def _on_start_held(self) -> None:
        self.progress.emit(self.tr("Preparing the voice…"))
        self._held_since = time.monotonic()
        self._prepare_timer.start()
        self._maybe_release_start()

    def _maybe_release_start(self, *_: object) -> None:
        if not self.driver.start_pending:
            return
        if self.first_cues_ready():
            self._release_start()
        elif time.monotonic() - self._held_since + PREPARE_TIMEOUT <= PREPARE_LIMIT:
            self._prepare_timer.start()  # progress: the voice gets PREPARE_TIMEOUT more

    def _release_start(self) -> None:
        self._prepare_timer.stop()
        if self.driver.start_pending:
            log.info(
                "held start released after %.2f s, %d of %d cues measured",
                time.monotonic() - self._held_since,
                sum(cue.measured for cue in self.cues),
                len(self.cues),
            )
            self.progress.emit("")
            self.driver.release_start()

    def test_voice(self, settings: Settings) -> None:
        """Settings' "Test the voice": `settings`' voice, loud chain, voice volume, now."""
        self.tester.test(settings)

    def shutdown(self) -> None:
        """At quit: nothing more is rendered or played (a plan loaded after this, by a file
        watcher or a late signal, is not followed)."""
        self._shut_down = True
        self._prepare_timer.stop()
        self.tester.shutdown()
        self.renderer.shutdown()
        self.player.close()

    def _on_plan(self, plan: Plan) -> None:
        if self._shut_down:
            return
        self._placements = 0
        self._place(plan, render=True)

    def _place(self, plan: Plan, *, render: bool) -> None:
        """Build the timeline with the lengths measured so far; render what is missing."""
        self._placements += 1
        coaching, self.taper = coaching_for(
            self.settings.density,
            self.history(),
            words_per_minute=self.settings.rate,
            place=self.settings.place,
            language=self.language,
        )
        measured = MeasuredDurations(self.renderer.cache.lookup)
        spoken = in_language(plan, self.language)  # the screen's library may show another
        cues = build_cues(spoken, self.tips, coaching, measured)
        if cues != self.cues:  # a time or a text moved (lengths alone do not count)
            self.player.set_cues(cues)
        self.cues = cues
        self._unmeasured = {cue.text for cue in cues if not cue.measured}
        self._settled = not self._unmeasured
        if render or not self._settled:
            # after the cues: they are needed first
            confirmations = confirmation_texts(spoken, self.language)
            extra = self.extra_texts()
            self.renderer.render([*(cue.text for cue in cues), *confirmations, *extra])

    def _on_rendered(self, cue_text: str, _path: object) -> None:
        """The last of the cues' texts is measured: place the timeline again now, not when
        the job ends (the texts said outside the timeline come after them)."""
        if self._settled or cue_text not in self._unmeasured:
            return
        self._unmeasured.discard(cue_text)
        if not self._unmeasured:
            self._on_job_finished()

    def _on_job_finished(self, *_: object) -> None:
        """Place the timeline again with the lengths just rendered, before a session only
        (after one, the finish cues may still be playing on the session's axis)."""
        plan = self.driver.plan
        if plan is None or self._settled:
            return
        if self.driver.state is not State.IDLE:
            # a session began (a held start was released after PREPARE_TIMEOUT while a slow
            # engine still rendered): its timeline is not placed again, so it is settled
            self._settled = True
            return
        if self._placements >= MAX_PLACEMENTS or self.renderer.unavailable_reason is not None:
            self._settled = True  # what could not be measured stays estimated
            return
        self._place(plan, render=False)

    def confirm(self, text: str) -> None:
        """Say `text` now (a remote command's confirmation) and show it as the caption."""
        self.caption.emit(text)
        self.player.say_now(text)

    def _on_progress(self, done: int, total: int) -> None:
        if total > PROGRESS_MIN_TEXTS and done < total:
            self.progress.emit(
                self.tr("Preparing the voice: {done} of %n cue(s)", "", total).format(done=done)
            )

    def _on_unavailable(self, problem: Problem) -> None:
        if not self._told_unavailable:  # one clear message, not one per cue
            self._told_unavailable = True
            self._relay(problem)  # SERIOUS: not even the safety check can be heard

    def _on_moved(self, problem: Problem) -> None:
        """The cache was full: the player finds the cues in the scratch folder too."""
        self.player.set_cache(self.renderer.cache)
        self._relay(problem)

    def _on_failed(self, cue_text: str, problem: Problem) -> None:
        self._failed[cue_text] = problem
        if cue_text == self._safety_text():  # at once: the runner must know before starting
            self._tell_failed()

    def _safety_text(self) -> str | None:
        return next((c.text for c in self.cues if c.kind is CueKind.SAFETY), None)

    def _tell_failed(self, *_: object) -> None:
        """The cues a job could not render, as one problem (SERIOUS if the safety check is
        among them), told when the job ends; a later job's own failures are told again."""
        failed = {text: why for text, why in self._failed.items() if text not in self._said}
        self._failed.clear()
        if failed and not self._told_unavailable:
            self._said.update(failed)
            self._relay(failed_cues_problem(failed, self._safety_text()))
