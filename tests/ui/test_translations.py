"""The German, Spanish and French catalogues are complete, compiled, and what the app shows.

``make test`` fails here on a text missing or unfinished in any language (after a new English
text: ``make update-translations``, translate it in each ``assets/i18n/retrocoach_<lang>.ts``,
``make translations``), on a ``{field}`` or ``%n`` lost in a translation, and on a plural
without the language's number of forms.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtWidgets import QApplication

from retrocoach.core.languages import LANGUAGES
from retrocoach.ui.i18n import catalogue_file, install_translators
from scripts import translations
from scripts.translation_check import check, plural_form_count, problems

OTHER_LANGUAGES = [language for language in LANGUAGES if language != "en"]


def test_every_language_has_a_catalogue() -> None:
    assert set(OTHER_LANGUAGES) >= {"de", "es", "fr"}
    assert translations.languages() == ["en", *sorted(OTHER_LANGUAGES)]


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_catalogue_is_complete(language: str) -> None:
    found = problems(language)
    assert not found, (
        f"assets/i18n/retrocoach_{language}.ts is not complete ('make check-translations'):\n"
        + "\n".join(found)
    )


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_the_compiled_catalogue_is_the_committed_one(language: str, tmp_path: Path) -> None:
    compiled = translations.compile_catalogue(
        translations.catalogue_path(language), tmp_path / f"{language}.qm"
    )
    assert catalogue_file(language).read_bytes() == compiled.read_bytes(), (
        f"assets/i18n/retrocoach_{language}.qm is older than its .ts: run 'make translations'"
    )


def test_plural_forms_per_language() -> None:
    assert [plural_form_count(language) for language in ("de", "es", "fr", "pl")] == [2, 2, 2, 3]


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("de", ["0 Runden", "1 Runde", "2 Runden"]),
        ("es", ["0 series", "1 serie", "2 series"]),
        ("fr", ["0 série", "1 série", "2 séries"]),  # French: the singular below 2
    ],
)
def test_the_app_shows_the_language(qapp: QApplication, language: str, counts: list[str]) -> None:
    try:
        assert install_translators(qapp, language) == language
        shown = [
            QCoreApplication.translate("SessionCard", "%n round(s)", None, n) for n in (0, 1, 2)
        ]
        assert shown == counts
        assert QCoreApplication.translate("ControlBar", "Stop") != "Stop"
        # Qt's own catalogue: the standard buttons of a message box
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"
    finally:
        install_translators(qapp)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_qt_ships_its_own_catalogue(language: str) -> None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / f"qtbase_{language}.qm").is_file()


def _catalogue(folder: Path, language: str, messages: str) -> None:
    translations.catalogue_path(language, folder).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">\n'
        f"<context><name>Box</name>{messages}</context></TS>\n",
        "utf-8",
    )


def test_the_check_finds_what_is_wrong(tmp_path: Path) -> None:
    english = (
        "<message><source>Start</source><translation>Start</translation></message>"
        "<message><source>Stop</source><translation>Stop</translation></message>"
        "<message><source>Hello {name}</source><translation>Hello {name}</translation></message>"
        '<message numerus="yes"><source>%n round(s)</source><translation>'
        "<numerusform>%n round</numerusform><numerusform>%n rounds</numerusform>"
        "</translation></message>"
        "<message><source>Gone</source><translation>Gone</translation></message>"
    )
    _catalogue(tmp_path, "en", english)
    _catalogue(
        tmp_path,
        "de",
        '<message><source>Start</source><translation type="unfinished"/></message>'
        "<message><source>Hello {name}</source><translation>Hallo {nam}</translation></message>"
        '<message numerus="yes"><source>%n round(s)</source><translation>'
        "<numerusform>eine Runde</numerusform></translation></message>"
        "<message><source>Gone</source><translation>Weg</translation></message>"
        "<message><source>Old</source><translation>Alt</translation></message>",
    )
    found = "\n".join(problems("de", tmp_path))
    assert "missing (run 'make update-translations'): [Box] 'Stop'" in found
    assert "not in the English catalogue (run 'make update-translations'): [Box] 'Old'" in found
    assert "unfinished: [Box] 'Start'" in found
    assert "fields ['nam'] differ from the source's: [Box] 'Hello {name}'" in found
    assert "1 plural forms, de has 2: [Box] '%n round(s)'" in found
    assert "'%n' kept in the source or the translation only: [Box] '%n round(s)'" in found
    assert "'Gone'" not in found
    shutil.copyfile(translations.catalogue_path("de", tmp_path), tmp_path / "retrocoach_xx.ts")
    assert set(check(tmp_path)) == {"de", "xx", *OTHER_LANGUAGES}
    assert check(tmp_path)["es"] == ["retrocoach_es.ts is missing: run 'make update-translations'"]
