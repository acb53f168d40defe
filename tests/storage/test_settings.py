"""Settings: validation, only non-default values saved, damaged files backed up."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from retrocoach.core.problem import Severity
from retrocoach.storage.files import StorageError, backups_of
from retrocoach.storage.paths import DataPaths
from retrocoach.storage.problems import english
from retrocoach.storage.settings import Settings, SettingsStore


def _backups(paths: DataPaths) -> list[Path]:
    return backups_of(paths.settings_file)


def test_defaults() -> None:
    settings = Settings()
    assert settings.rate == 175 and settings.volume == 1.0 and settings.beeps
    assert settings.density == "auto" and settings.theme == "dark"
    assert settings.lead_in_seconds == 10 and settings.body_weight_kg is None
    assert not settings.muted and not settings.fullscreen
    assert settings.voice_chain == "loud" and settings.earcons and settings.beep_volume == 1.0
    assert settings.non_defaults() == {}


def test_missing_file_gives_defaults(paths: DataPaths) -> None:
    assert SettingsStore(paths).load() == (Settings(), [])


def test_round_trip_writes_only_non_default_values(paths: DataPaths) -> None:
    settings = Settings(
        voice="english+f3",
        volume=0.5,
        muted=True,
        density="chatty",
        body_weight_kg=72.5,
        theme="high-contrast",
        last_workout="week-3",
        last_rounds=5,
        window_width=1280,
        window_height=800,
        fullscreen=True,
        lead_in_seconds=10,  # the default: not written
    )
    SettingsStore(paths).save(settings)
    on_disk = json.loads(paths.settings_file.read_text())
    assert on_disk == {
        "voice": "english+f3",
        "volume": 0.5,
        "muted": True,
        "density": "chatty",
        "body_weight_kg": 72.5,
        "theme": "high-contrast",
        "last_workout": "week-3",
        "last_rounds": 5,
        "window_width": 1280,
        "window_height": 800,
        "fullscreen": True,
    }
    assert SettingsStore(paths).load() == (settings, [])


def test_all_defaults_save_an_empty_object(paths: DataPaths) -> None:
    SettingsStore(paths).save(Settings())
    assert json.loads(paths.settings_file.read_text()) == {}


def test_a_value_back_to_its_default_is_removed(paths: DataPaths) -> None:
    store = SettingsStore(paths)
    store.save(Settings(volume=0.3, muted=True))
    store.save(Settings(muted=True))
    assert json.loads(paths.settings_file.read_text()) == {"muted": True}


def test_unchanged_settings_are_not_rewritten(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore(paths)
    store.save(Settings(muted=True))
    store.load()
    writes: list[Path] = []
    monkeypatch.setattr(
        "retrocoach.storage.settings.atomic_write_bytes", lambda path, _data: writes.append(path)
    )
    store.save(Settings(muted=True))
    assert writes == []
    store.save(Settings(muted=False))
    assert writes == [paths.settings_file]


def test_invalid_values_fall_back_one_by_one(paths: DataPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    content = json.dumps(
        {"volume": 7, "rate": "fast", "muted": True, "theme": "light", "lead_in_seconds": 99}
    )
    paths.settings_file.write_text(content)
    settings, found = SettingsStore(paths).load()
    messages = english(found)
    assert settings == Settings(muted=True, theme="light")
    text = "\n".join(messages)
    assert "volume: must be a number from 0 to 1, got 7; the default (1.0) is used." in text
    assert "rate: must be a whole number from 90 to 400, got 'fast'" in text
    assert "lead_in_seconds: must be a whole number from 0 to 60, got 99" in text
    # the file as it was is kept before a save drops the bad values
    (backup,) = _backups(paths)
    assert backup.read_text() == content
    assert backup.name in messages[-1]
    # loading again does not pile up copies of the same file
    SettingsStore(paths).load()
    assert _backups(paths) == [backup]
    SettingsStore(paths).save(settings)
    assert json.loads(paths.settings_file.read_text()) == {"muted": True, "theme": "light"}
    assert backup.read_text() == content


def test_where_you_run_is_a_setting_and_a_bad_place_falls_back(paths: DataPaths) -> None:
    assert Settings().place == "track"
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('{"place": "treadmill"}')
    assert SettingsStore(paths).load() == (Settings(place="treadmill"), [])
    paths.settings_file.write_text('{"place": "gym", "muted": true}')
    settings, found = SettingsStore(paths).load()
    messages = english(found)
    assert settings == Settings(muted=True)
    assert messages[0] == (
        "settings.json: place: must be one of track, hall, treadmill, got 'gym'; "
        'the default ("track") is used.'
    )
    (backup,) = _backups(paths)  # the hand edit is kept
    assert backup.read_text() == '{"place": "gym", "muted": true}'


def test_unknown_keys_are_named_once_and_kept(paths: DataPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('{"voice_volume": 0.5, "future_option": [1, 2], "muted": true}')
    store = SettingsStore(paths)
    settings, found = store.load()
    assert settings == Settings(muted=True)
    assert english(found) == [
        f"settings.json: retrocoach does not know the setting '{key}' (a typo?); it is kept "
        "in the file but not used."
        for key in ("future_option", "voice_volume")
    ]  # one line each, nothing else: no copy is kept aside for them
    assert all(problem.severity is Severity.WARNING for problem in found)
    assert _backups(paths) == []
    store.save(dataclasses.replace(settings, volume=0.5))
    assert json.loads(paths.settings_file.read_text()) == {
        "voice_volume": 0.5,
        "future_option": [1, 2],
        "muted": True,
        "volume": 0.5,
    }
    store.save(dataclasses.replace(settings, volume=0.7))  # saved again: still kept
    assert json.loads(paths.settings_file.read_text())["voice_volume"] == 0.5
    assert len(SettingsStore(paths).load()[1]) == 2  # named again at the next start only


def test_a_bad_language_names_the_languages_and_the_empty_choice(paths: DataPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('{"language": "German"}')
    _settings, found = SettingsStore(paths).load()
    assert english(found)[0] == (
        'settings.json: language: must be one of en, de, es, fr, or "" for the system\'s '
        "language, got 'German'; the default (\"\") is used."
    )


_GARBAGE = random.Random(4).randbytes(10 * 1024 * 1024)


@pytest.mark.parametrize(
    "content",
    [
        b'{"volume": 0.5, "muted": tr',
        random.Random(1).randbytes(300),
        b"[1, 2, 3]",
        b'"settings"',
        b"null",
        _GARBAGE,
        '{"voice": "caf\u00e9"}'.encode("utf-16"),
    ],
    ids=["truncated", "random-bytes", "list", "string", "null", "10MB-garbage", "utf-16"],
)
def test_damaged_file_is_backed_up_and_defaults_used(paths: DataPaths, content: bytes) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_bytes(content)
    store = SettingsStore(paths)
    settings, found = store.load()
    messages = english(found)
    assert settings == Settings()
    (backup,) = _backups(paths)
    assert backup.read_bytes() == content
    assert len(messages) == 1 and backup.name in messages[0]
    assert str(paths.settings_file) in messages[0]
    # the app goes on and saves: the backup is never touched
    store.save(Settings(muted=True))
    assert SettingsStore(paths).load() == (Settings(muted=True), [])
    assert backup.read_bytes() == content


def test_second_damage_gets_a_second_backup(paths: DataPaths) -> None:
    paths.config_dir.mkdir(parents=True)
    for content in (b"{bad one", b"{bad two"):
        paths.settings_file.write_bytes(content)
        SettingsStore(paths).load()
    assert sorted(b.read_bytes() for b in _backups(paths)) == [b"{bad one", b"{bad two"]


def test_read_only_disk_raises_a_clear_error_and_loses_nothing(paths: DataPaths) -> None:
    store = SettingsStore(paths)
    store.save(Settings(volume=0.4))
    before = paths.settings_file.read_bytes()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "replace", _erofs)
        with pytest.raises(StorageError) as caught:
            store.save(Settings(volume=0.9))
    assert str(paths.settings_file) in str(caught.value)
    assert "read-only" in str(caught.value)
    assert paths.settings_file.read_bytes() == before
    assert sorted(p.name for p in paths.config_dir.iterdir()) == ["settings.json"]
    # once the disk is writable again, the next save works
    store.save(Settings(volume=0.9))
    assert SettingsStore(paths).load()[0].volume == 0.9


def test_fully_read_only_disk(paths: DataPaths, read_only_disk: Callable[[], None]) -> None:
    store = SettingsStore(paths)
    assert store.load() == (Settings(), [])
    with pytest.raises(StorageError, match="read-only"):
        store.save(Settings(muted=True))
    read_only_disk()
    store.save(Settings(muted=True))
    assert SettingsStore(paths).load()[0].muted


def test_config_folder_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    paths = DataPaths.under(blocker)
    store = SettingsStore(paths)
    assert store.load() == (Settings(), [])
    with pytest.raises(StorageError) as caught:
        store.save(Settings(muted=True))
    assert str(paths.settings_file) in str(caught.value)
    assert blocker.read_text() == "not a folder"


def test_damaged_file_that_cannot_be_moved_aside_is_never_overwritten(
    paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_bytes(b"{damaged")
    store = SettingsStore(paths)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "replace", _erofs)
        settings, found = store.load()
        messages = english(found)
    assert settings == Settings() and "could not be moved aside" in messages[0]
    # the folder turns out writable for new files but the rename still fails: no save
    monkeypatch.setattr(os, "replace", _erofs)
    with pytest.raises(StorageError, match="not overwritten"):
        store.save(Settings(muted=True))
    assert paths.settings_file.read_bytes() == b"{damaged"
    monkeypatch.undo()
    store.save(Settings(muted=True))  # now the damaged file is moved aside first
    (backup,) = _backups(paths)
    assert backup.read_bytes() == b"{damaged"
    assert SettingsStore(paths).load() == (Settings(muted=True), [])


def _erofs(*_args: object) -> None:
    raise OSError(errno.EROFS, "Read-only file system")


# --- a hand edit while the app is open (the hostile trial: overwritten at the next save) ---


def _loaded_store(paths: DataPaths, settings: Settings) -> SettingsStore:
    SettingsStore(paths).save(settings)
    store = SettingsStore(paths)
    assert store.load() == (settings, [])
    return store


def test_a_hand_edit_while_open_is_merged_into_the_next_save(paths: DataPaths) -> None:
    store = _loaded_store(paths, Settings(rate=200, theme="light"))
    edited = {"rate": 150, "theme": "light", "beeps": False, "future_key": 1}
    paths.settings_file.write_text(json.dumps(edited))  # by hand, the app still open
    saved = store.save(Settings(rate=200, theme="light", volume=0.5))  # the app's change
    assert saved == Settings(rate=150, theme="light", beeps=False, volume=0.5)
    on_disk = json.loads(paths.settings_file.read_text())
    assert on_disk == {**edited, "volume": 0.5}
    [notice] = store.notices
    assert "was edited while retrocoach was open; the edits are kept" in notice.english()
    assert backups_of(paths.settings_file) == []


def test_a_clashing_hand_edit_is_kept_aside_and_said(paths: DataPaths) -> None:
    store = _loaded_store(paths, Settings(rate=200))
    paths.settings_file.write_text(json.dumps({"rate": 150, "volume": 7, "beeps": False}))
    saved = store.save(Settings(rate=250))  # rate changed on both sides; volume 7 is invalid
    assert saved == Settings(rate=250, beeps=False)
    [backup] = backups_of(paths.settings_file)
    assert json.loads(backup.read_text()) == {"rate": 150, "volume": 7, "beeps": False}
    [notice] = store.notices
    assert "rate, volume" in notice.english() and backup.name in notice.english()


def test_an_edit_that_broke_the_file_is_kept_aside(paths: DataPaths) -> None:
    store = _loaded_store(paths, Settings(rate=200))
    paths.settings_file.write_text('{"rate": 150,')
    assert store.save(Settings(rate=210)) == Settings(rate=210)
    [backup] = backups_of(paths.settings_file)
    assert backup.read_text() == '{"rate": 150,'
    assert "cannot be read any more" in store.notices[0].english()


def test_a_settings_file_with_a_key_twice_is_refused_by_name(paths: DataPaths) -> None:
    """Issue 17 item 9: ``{"rate": 120, "rate": 300}`` passed silently as 300."""
    paths.config_dir.mkdir(parents=True)
    paths.settings_file.write_text('{"rate": 120, "rate": 300}')
    settings, [problem] = SettingsStore(paths).load()
    assert settings == Settings()
    assert 'the key "rate" is written twice' in problem.english()
    assert backups_of(paths.settings_file)  # kept aside, not lost
