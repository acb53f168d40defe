"""The app's languages: its catalogue and Qt's own, installed at start-up, and core's texts.

Qt looks a text up in the installed translators, newest first: the app's catalogue
(``assets/i18n/retrocoach_<lang>.qm``, compiled from the ``.ts`` that ``pyside6-lupdate``
extracts; ``make translations``) and Qt's own ``qtbase_<lang>.qm`` for the standard buttons
and dialogs. English has a catalogue too: it holds the ``%n`` plural forms ("1 round",
"4 rounds"), which the source text ("%n round(s)") cannot.

A language without a catalogue falls back to English, never to a mix: Qt's buttons then stay
English as well. :func:`choose_language` picks the language at start-up (``--lang``, else the
Language setting, else the system's) and says when it falls back. A change in Settings
applies at the next start: the window's texts are set once, when it is built.
QtCore only, so ``ui/live`` may use :func:`render`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from retrocoach.assets_path import catalogue_dir
from retrocoach.core.languages import LANGUAGE_NAMES, LANGUAGES, pick_language
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text, text

log = logging.getLogger(__name__)

#: The catalogue's base name: ``retrocoach_<lang>.ts`` / ``.qm``.
CATALOGUE = "retrocoach"
#: The language of the source texts, and the one used when a catalogue is missing.
SOURCE_LANGUAGE = "en"

#: The translators installed now (a second :func:`install_translators` replaces them).
_installed: list[QTranslator] = []


def catalogue_file(language: str) -> Path:
    """The compiled catalogue of `language` (it may not exist)."""
    return catalogue_dir() / f"{CATALOGUE}_{language}.qm"


def _load(path: Path, parent: QCoreApplication) -> QTranslator | None:
    translator = QTranslator(parent)
    if path.is_file() and translator.load(str(path)):
        return translator
    translator.deleteLater()
    return None


def install_translators(app: QCoreApplication, language: str = SOURCE_LANGUAGE) -> str:
    """Install Qt's and the app's catalogues for `language` (``"de"``, ``"pt_BR"``); returns
    the language in effect: `language`, or English when its app catalogue is missing.

    Calling it again replaces the translators installed before (a change of language). The
    default ``QLocale`` (day and month names, decimal commas) becomes the language's: the
    system's own locale when it is of that language ("de_AT"), else the language's.
    """
    remove_translators(app)
    app_catalogue = _load(catalogue_file(language), app)
    if app_catalogue is None and language != SOURCE_LANGUAGE:
        log.warning("no catalogue for language %r: the window stays English", language)
        language = SOURCE_LANGUAGE
        app_catalogue = _load(catalogue_file(language), app)
    if app_catalogue is None:  # a broken install: the source texts, "%n" filled by Qt
        log.warning("the English catalogue is missing: %s", catalogue_file(language))
    system = QLocale.system()  # dates and numbers as the language writes them
    same = system.name().split("_")[0] == language
    QLocale.setDefault(system if same else QLocale(language))
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_catalogue = _load(qt_dir / f"qtbase_{language}.qm", app)
    for translator in (qt_catalogue, app_catalogue):  # the last installed is asked first
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators :func:`install_translators` put in."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


def translate(context: str, source: str, count: int | None = None) -> str:
    """`source` in the language installed (``%n`` filled with `count`)."""
    return QCoreApplication.translate(context, source, None, -1 if count is None else count)


def render(text: Text) -> str:
    """A core :class:`Text` in the language installed: translated, ``%n`` and ``{fields}``
    filled, Text arguments translated too (the source is a literal marked with
    ``QT_TRANSLATE_NOOP`` where core wrote it)."""
    return text.rendered(translate)


def render_problem(problem: Problem) -> str:
    """What, why and what to do, in one paragraph, in the language installed."""
    return problem.rendered(translate)


def choose_language(app: QCoreApplication, wanted: str) -> tuple[str, list[Problem]]:
    """Install the catalogues of `wanted` (``--lang`` or the setting; "" is the system's
    language, ``QLocale.system()``); the language shown, and a problem when it is English
    because `wanted` has no catalogue (the problem says so in English)."""
    language, unknown = pick_language(wanted, QLocale.system().name())
    shown = install_translators(app, language)
    if not unknown and shown == language:
        return shown, []
    missing = QT_TRANSLATE_NOOP(
        "App", "There is no catalogue for the language '{language}': the window is in English."
    )
    offered = QT_TRANSLATE_NOOP("App", "Languages: {languages}.")
    problem = Problem(
        text("App", missing, language=wanted or language),
        fix=text("App", offered, languages=", ".join(LANGUAGES)),
    )
    log.warning("%s", problem.english())
    return shown, [problem]


def language_name(language: str) -> str:
    """`language` in its own words ("Deutsch", "Español"), the same in every language
    (Qt's ``nativeLanguageName`` says "American English", "español de España")."""
    return LANGUAGE_NAMES.get(language, language)
