"""The voice coach speaks the session's language: its phrasebook, its tips, the built-in
workout's names in it, and a voice of it, rendered for real (espeak-ng's German voice) and
placed with the measured lengths; a change of language in Settings re-renders."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from pytestqt.qtbot import QtBot

from retrocoach.core.coaching import MIN_CUE_GAP_SECONDS
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import Settings
from retrocoach.storage.tips_files import load_tips
from retrocoach.storage.workouts import WorkoutLibrary
from retrocoach.ui.live.driver import SessionDriver
from retrocoach.ui.live.remote import confirmation_texts
from retrocoach.ui.live.voice import VoiceCoach


def test_a_german_session_is_german_from_the_voice_to_the_names(
    qtbot: QtBot, isolated_home: Path
) -> None:
    paths = DataPaths.default()
    settings = Settings(language="de")
    english_screen = WorkoutLibrary()  # the screen may still show English names
    driver = SessionDriver()
    tips, _ = load_tips(paths, "de")
    coach = VoiceCoach(driver, paths, tips, settings)
    try:
        assert coach.language == "de"
        assert coach.resolved.choice.spec == "pyttsx3:gmw/de"
        assert coach.renderer.cache.language == "de"
        driver.load(english_screen.get("beginner").plan(1))
        coach.start()
        qtbot.waitUntil(lambda: coach._settled, timeout=60_000)
        texts = [cue.text for cue in coach.cues]
        assert texts[0] == "Schau, ob der Weg hinter dir frei ist"
        assert "Aufwärmen: rückwärts gehen, 5 Minuten" in texts
        assert "Rückwärts joggen, 30 Sekunden" in texts
        assert not any("backwards" in text or "Warm-up" in text for text in texts)
        assert all(cue.measured for cue in coach.cues)  # real German renders placed them
        for earlier, later in zip(coach.cues, coach.cues[1:], strict=False):
            assert later.at >= earlier.at + earlier.seconds + MIN_CUE_GAP_SECONDS - 1e-6
        assert "Übersprungen: Rückwärts joggen" in confirmation_texts(
            WorkoutLibrary(language="de").get("beginner").plan(1), "de"
        )
        coach.apply_settings(dataclasses.replace(settings, language="es"))
        assert coach.resolved.choice.spec == "pyttsx3:roa/es"
        assert coach.cues[0].text == "Comprueba que el camino detrás está libre"
        assert "Trota de espaldas, 30 segundos" in [cue.text for cue in coach.cues]
    finally:
        coach.shutdown()
