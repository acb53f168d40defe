"""The settings dialog with real widgets: values in, edits through the widgets, values out."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QScrollArea, QWidget
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from retrocoach.core.languages import LANGUAGES
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.settings import PLACES, Settings, SettingsStore
from retrocoach.ui.dialogs.settings_dialog import DEFAULT_VOICE_LABEL, SettingsDialog
from retrocoach.ui.i18n import install_translators
from retrocoach.ui.look import geometry
from tests.ui.screen_checks import cut_texts

VOICES = [("en-gb", "English (Great Britain)"), ("de", "German")]
REMEMBERED = Settings(
    last_workout="week-2", last_rounds=5, window_width=1024, window_height=700, fullscreen=True
)


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    monkeypatch.setenv("RETROCOACH_HOME", str(tmp_path))
    return DataPaths.default()


def click(dialog: SettingsDialog, widget: QWidget) -> None:
    """Click `widget` near its left end (a check box's box, whatever the column's width),
    scrolled into view first (the groups scroll on a small screen)."""
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(widget)
    at = QPoint(min(8, widget.width() // 2), widget.height() // 2)
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def make_dialog(qtbot: QtBot, settings: Settings = REMEMBERED) -> SettingsDialog:
    dialog = SettingsDialog(settings, VOICES)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_shows_the_given_settings(qtbot: QtBot) -> None:
    settings = replace(REMEMBERED, voice="de", rate=220, volume=0.4, density="chatty")
    dialog = make_dialog(qtbot, replace(settings, body_weight_kg=82.5, theme="light"))
    assert dialog.voice.currentText() == "German"
    assert [dialog.voice.itemText(i) for i in range(3)] == [
        DEFAULT_VOICE_LABEL,
        "English (Great Britain)",
        "German",
    ]
    assert dialog.rate.value() == 220
    assert dialog.volume.value() == 40 and dialog.volume_text.text() == "40 %"
    assert dialog.density.currentData() == "chatty"
    assert dialog.place.currentText() == "On a track or a field"
    assert [dialog.place.itemData(i) for i in range(dialog.place.count())] == list(PLACES)
    assert dialog.estimate.isChecked() and dialog.weight.isEnabled()
    assert dialog.weight.value() == 82.5
    assert dialog.theme.currentText() == "Light"


def test_unchanged_dialog_gives_the_same_settings(qtbot: QtBot) -> None:
    odd = replace(REMEMBERED, volume=0.333, body_weight_kg=70.25, voice="de")
    assert make_dialog(qtbot, odd).result_settings() == odd


def test_edits_through_the_widgets_are_in_the_result(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.voice.setCurrentIndex(dialog.voice.findText("English (Great Britain)"))
    dialog.rate.setValue(150)
    dialog.volume.setFocus()
    QTest.keyClick(dialog.volume, Qt.Key.Key_PageDown)  # 100 % -> 90 %
    QTest.keyClick(dialog.volume, Qt.Key.Key_Left)  # -> 89 %
    click(dialog, dialog.muted)
    click(dialog, dialog.beeps)
    dialog.density.setCurrentIndex(dialog.density.findData("quiet"))
    dialog.lead_in.setValue(25)
    dialog.place.setCurrentIndex(dialog.place.findText("On a treadmill"))
    assert not dialog.weight.isEnabled()
    click(dialog, dialog.estimate)
    assert dialog.weight.isEnabled()
    dialog.weight.setValue(64.5)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))

    result = dialog.result_settings()
    assert result == replace(
        REMEMBERED,
        voice="en-gb",
        rate=150,
        volume=0.89,
        muted=True,
        beeps=False,
        density="quiet",
        place="treadmill",
        lead_in_seconds=25,
        body_weight_kg=64.5,
        theme="high-contrast",
    )
    QTest.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_flash_can_be_turned_off(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.flash.isChecked()  # on by default
    dialog.flash.click()
    assert dialog.result_settings().flash_boundaries is False
    assert make_dialog(qtbot, dialog.result_settings()).flash.isChecked() is False


def test_switching_the_estimate_off_forgets_the_weight(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, replace(REMEMBERED, body_weight_kg=90.0))
    click(dialog, dialog.estimate)
    assert not dialog.weight.isEnabled()
    assert dialog.result_settings().body_weight_kg is None


def test_ranges_come_from_the_settings_rules(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert (dialog.rate.minimum(), dialog.rate.maximum()) == (90, 400)
    assert (dialog.lead_in.minimum(), dialog.lead_in.maximum()) == (0, 60)
    assert (dialog.weight.minimum(), dialog.weight.maximum()) == (20.0, 300.0)
    assert (dialog.volume.minimum(), dialog.volume.maximum()) == (0, 100)
    dialog.rate.setValue(1000)  # clamped by the widget: no invalid Settings can come out
    assert dialog.result_settings().rate == 400


def test_restore_defaults_keeps_the_remembered_fields(qtbot: QtBot) -> None:
    custom = replace(REMEMBERED, voice="de", rate=300, muted=True, theme="light")
    dialog = make_dialog(qtbot, replace(custom, body_weight_kg=75.0, lead_in_seconds=0))
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # restoring is not closing
    assert dialog.voice.currentText() == DEFAULT_VOICE_LABEL
    assert dialog.result_settings() == REMEMBERED
    assert dialog.result_settings().non_defaults() == REMEMBERED.non_defaults()


def test_a_voice_that_is_no_longer_installed_is_kept(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, replace(REMEMBERED, voice="old-voice"))
    assert dialog.voice.currentText() == "old-voice (not installed)"
    assert dialog.result_settings().voice == "old-voice"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_has_a_buddy_and_a_mnemonic(
    qtbot: QtBot, qapp: QApplication, language: str
) -> None:
    install_translators(qapp, language)
    try:
        dialog = make_dialog(qtbot)
    finally:
        install_translators(qapp)
    labelled = [label for label in dialog.findChildren(QLabel) if label.text().endswith(":")]
    assert len(labelled) == 11
    for label in labelled:
        assert "&" in label.text() and label.buddy() is not None, label.text()
    mnemonics = [label.text()[label.text().index("&") + 1].lower() for label in labelled]
    checkboxes = [
        dialog.muted, dialog.beeps, dialog.estimate, dialog.keep_awake, dialog.duck,
        dialog.earcons, dialog.test_button,
    ]  # fmt: skip
    restore = dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
    mnemonics += [box.text()[box.text().index("&") + 1].lower() for box in [*checkboxes, restore]]
    assert len(set(mnemonics)) == len(mnemonics), mnemonics  # no two share a key


def test_the_language_choice(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, replace(REMEMBERED, language="fr"))
    offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert offered == ["", "en", "de", "es", "fr"]
    names = [dialog.language.itemText(i) for i in range(1, dialog.language.count())]
    assert names == ["English", "Deutsch", "Español", "Français"]  # each in its own words
    assert dialog.language.itemText(0).startswith("System language (")
    assert dialog.result_settings().language == "fr"
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert dialog.result_settings().language == "de"
    dialog.restore_defaults()
    assert dialog.result_settings().language == ""


def test_the_result_saves_and_loads_back(qtbot: QtBot, paths: DataPaths) -> None:
    dialog = make_dialog(qtbot)
    dialog.lead_in.setValue(30)
    store = SettingsStore(paths)
    store.save(dialog.result_settings())
    loaded, messages = SettingsStore(paths).load()
    assert messages == [] and loaded.lead_in_seconds == 30
    assert loaded.last_workout == "week-2"


def test_a_piper_voice_file_is_chosen_by_its_path(qtbot: QtBot, tmp_path: Path) -> None:
    model = tmp_path / "en_US-test-medium.onnx"
    dialog = make_dialog(qtbot, replace(REMEMBERED, voice=f"piper:{model}"))
    assert dialog.piper_file.text() == str(model)  # not in the list: shown as a path
    assert dialog.voice.currentText() == DEFAULT_VOICE_LABEL
    assert dialog.result_settings().voice == f"piper:{model}"  # unchanged, kept
    dialog.piper_file.clear()
    dialog.voice.setCurrentIndex(dialog.voice.findText("German"))
    assert dialog.result_settings().voice == "de"
    QTest.keyClicks(dialog.piper_file, "/voices/other.onnx")
    assert dialog.result_settings().voice == "piper:/voices/other.onnx"  # the path wins


def test_while_the_voices_are_listed_the_voice_is_kept(qtbot: QtBot) -> None:
    dialog = SettingsDialog(replace(REMEMBERED, voice="de"), (), listing=True)
    qtbot.addWidget(dialog)
    assert [dialog.voice.itemText(i) for i in range(dialog.voice.count())] == [
        "Listing voices\u2026"
    ]
    assert not dialog.voice.isEnabled()
    assert dialog.result_settings().voice == "de"  # OK while listing changes nothing
    dialog.set_voices(VOICES)
    assert dialog.voice.isEnabled() and dialog.voice.currentText() == "German"
    assert dialog.result_settings() == replace(REMEMBERED, voice="de")


def test_a_piper_file_that_is_not_listed_goes_to_its_box_once_listed(qtbot: QtBot) -> None:
    voice = "piper:/voices/en_US-x-medium.onnx"
    dialog = SettingsDialog(replace(REMEMBERED, voice=voice), (), listing=True)
    qtbot.addWidget(dialog)
    assert dialog.piper_file.text() == "" and dialog.result_settings().voice == voice
    dialog.set_voices(VOICES)
    assert dialog.piper_file.text() == "/voices/en_US-x-medium.onnx"
    assert dialog.voice.currentText() == DEFAULT_VOICE_LABEL
    assert dialog.result_settings().voice == voice


def test_lowering_other_sounds_is_on_by_default_and_can_be_switched_off(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.duck.isChecked() and dialog.duck.isEnabled()
    assert dialog.duck.text() == "Lower other sounds while the coach spea&ks"
    assert not dialog.duck_note.isVisible()
    QTest.mouseClick(dialog.duck, Qt.MouseButton.LeftButton)
    assert dialog.result_settings() == replace(REMEMBERED, duck_others=False)


def test_on_a_mac_the_dialog_says_other_sounds_cannot_be_lowered(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    dialog = make_dialog(qtbot)
    assert not dialog.duck.isEnabled()
    assert dialog.duck_note.isVisible()
    assert dialog.duck_note.text() == (
        "Not available here: macOS lets no app set another app's volume"
    )


def test_the_room_the_sound_levels_and_the_direction_sounds(qtbot: QtBot) -> None:
    settings = replace(REMEMBERED, beep_volume=0.7, voice_chain="natural", earcons=False)
    dialog = make_dialog(qtbot, settings)
    assert dialog.chain.currentData() == "natural"
    assert dialog.beep_volume.value() == 70 and dialog.beep_volume_text.text() == "70 %"
    assert not dialog.earcons.isChecked()
    assert dialog.result_settings() == settings
    dialog.chain.setCurrentIndex(dialog.chain.findData("loud"))
    dialog.beep_volume.setValue(30)
    click(dialog, dialog.earcons)
    assert dialog.result_settings() == replace(
        settings, beep_volume=0.3, voice_chain="loud", earcons=True
    )
    dialog.restore_defaults()
    shown = dialog.result_settings()
    assert (shown.voice_chain, shown.beep_volume, shown.earcons) == ("loud", 1.0, True)


def test_test_the_voice_asks_for_the_settings_as_shown(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.volume.setValue(55)
    dialog.voice.setCurrentIndex(dialog.voice.findText("German"))
    asked: list[Settings] = []
    dialog.test_voice.connect(asked.append)
    click(dialog, dialog.test_button)
    assert [(s.voice, s.volume) for s in asked] == [("de", 0.55)]
    assert dialog.isVisible()  # the dialog stays open: nothing is applied yet


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600), (1080, 1920)])
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_on_a_small_or_portrait_screen(
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    size: tuple[int, int],
) -> None:
    """Nothing is cut, not even behind the vertical scroll bar (the trial's 1366x768 in
    English: the groups were wider than the viewport beside the bar)."""
    area = QRect(0, 0, *size)
    monkeypatch.setattr(geometry, "available", lambda _widget=None: area)
    install_translators(qapp, language)
    try:
        dialog = make_dialog(qtbot, Settings())  # a fresh data folder's settings
    finally:
        install_translators(qapp)
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None
    assert dialog.width() <= size[0] and dialog.height() <= size[1]
    cut: list[str] = []

    def nothing_cut() -> bool:  # once the scroll area has placed its bar and its widget
        cut[:] = cut_texts(dialog)
        return not cut

    try:
        qtbot.waitUntil(nothing_cut, timeout=2000)
    except TimeoutError:
        raise AssertionError("cut: " + "\n".join(cut)) from None
    bar = scroll.verticalScrollBar()
    content = scroll.widget()
    assert content is not None
    if bar.isVisible():  # the groups fit beside the bar
        assert content.width() <= scroll.viewport().width()
