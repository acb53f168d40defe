"""The translation catalogues: extract them from the source and compile them.

``python scripts/translations.py update`` runs ``pyside6-lupdate`` over every module of
``retrocoach/`` into each ``assets/i18n/retrocoach_<lang>.ts`` (English is always there),
then marks every message with ``%n`` as a plural (lupdate marks only ``self.tr(s, "", n)``,
not ``QCoreApplication.translate(ctx, s, None, n)`` nor core's ``QT_TRANSLATE_NOOP`` texts)
and fills the English catalogue: each text as itself, and the plural forms from the ``(s)``
of the source ("%n round(s)": "%n round", "%n rounds").

``python scripts/translations.py compile`` runs ``pyside6-lrelease`` on each ``.ts`` into its
``.qm`` next to it (``make translations``).

``python -m scripts.translations check`` lists what is missing, unfinished or broken in each
language's catalogue (``scripts/translation_check.py``) and fails if anything is
(``make check-translations``; ``tests/ui/test_translations.py`` asks the same in ``make test``).

The languages are the app's (``retrocoach/core/languages.py``) and any other with a ``.ts``
here: ``update`` makes a missing one and adds each new text of the source to every catalogue
as unfinished, to be translated (Qt Linguist, or by hand in the ``.ts``).

Locations are left out of the catalogues (``-locations none``): line numbers would change the
``.ts`` on every edit of any module, and the translator's context is the message's context
(the class, or the name given to ``QCoreApplication.translate``) and its comment.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from retrocoach.core.languages import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "retrocoach"
CATALOGUE_DIR = ROOT / "assets" / "i18n"
CATALOGUE = "retrocoach"
SOURCE_LANGUAGE = "en"
_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
_PLURAL_MARK = re.compile(r"\((s|es)\)")


class CatalogueError(Exception):
    """A catalogue cannot be made (a plural without ``(s)`` and no English forms)."""


def tool(name: str) -> str:
    """A PySide6 tool (``pyside6-lupdate``) next to this Python, else on the PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def source_files(folder: Path = SOURCE_DIR) -> list[Path]:
    """Every module of `folder`, sorted (lupdate does not look into folders for ``.py``)."""
    return sorted(folder.rglob("*.py"))


def catalogue_path(language: str, folder: Path = CATALOGUE_DIR) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def languages(folder: Path = CATALOGUE_DIR) -> list[str]:
    """The languages the app offers (``core/languages.py``) and any other with a ``.ts`` in
    `folder` (one being added), English first (and always)."""
    found = {path.stem.removeprefix(f"{CATALOGUE}_") for path in folder.glob(f"{CATALOGUE}_*.ts")}
    return [SOURCE_LANGUAGE, *sorted((found | set(LANGUAGES)) - {SOURCE_LANGUAGE})]


def run_lupdate(ts_file: Path, language: str, sources: Sequence[Path] | None = None) -> None:
    """Extract the texts of `sources` (default: all of ``retrocoach/``) into `ts_file`,
    keeping its translations; texts no longer in the source are dropped."""
    files = [str(path) for path in (sources if sources is not None else source_files())]
    done = subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-locations", "none",
            "-no-obsolete",
            "-source-language", SOURCE_LANGUAGE,
            "-target-language", language,
            *files,
            "-ts", str(ts_file),
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    if done.returncode != 0:  # (it says "Removed plural forms" for each translate(..., n))
        raise CatalogueError(f"pyside6-lupdate failed:\n{done.stdout}{done.stderr}")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural of an English ``%n`` text: ``(s)`` dropped, or kept as ``s``."""
    if not _PLURAL_MARK.search(source):
        raise CatalogueError(
            f"a plural text needs '(s)' where its English plural differs: {source!r}"
        )
    return _PLURAL_MARK.sub("", source), _PLURAL_MARK.sub(r"\1", source)


Key = tuple[str, str]


@dataclass(frozen=True)
class Plural:
    forms: list[str]
    finished: bool


def plural_forms(ts_file: Path) -> dict[Key, Plural]:
    """The filled plural forms of `ts_file`, by (context, source): lupdate drops the forms of
    a message it did not see as a plural (and calls it unfinished), so :func:`update` keeps
    them across its run."""
    if not ts_file.is_file():
        return {}
    kept: dict[Key, Plural] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [form.text or "" for form in message.iter("numerusform")]
            translation = message.find("translation")
            if any(forms) and translation is not None:
                finished = translation.get("type") is None
                kept[(name, message.findtext("source") or "")] = Plural(forms, finished)
    return kept


def finish_catalogue(ts_file: Path, language: str, kept: dict[Key, Plural] | None = None) -> None:
    """Mark every ``%n`` message as a plural (with its `kept` forms); in English, fill every
    translation. The ``#:`` comments lupdate takes for translator comments are attribute
    docs here: they are left out."""
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            for comment in message.findall("extracomment"):
                message.remove(comment)
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if "%n" in source:
                forms = (kept or {}).get((name, source))
                _make_plural(message, translation, source, language, forms)
            elif language == SOURCE_LANGUAGE:
                translation.text = source
                translation.attrib.pop("type", None)
    ET.indent(tree, "    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(_HEADER + text + "\n", "utf-8")


def _make_plural(
    message: ET.Element,
    translation: ET.Element,
    source: str,
    language: str,
    kept: Plural | None,
) -> None:
    message.set("numerus", "yes")
    forms = [form.text or "" for form in translation.findall("numerusform")]
    if not any(forms) and kept is not None:
        forms = kept.forms
        if kept.finished:
            translation.attrib.pop("type", None)
    elif not any(forms):
        forms = [translation.text or ""]
    if language == SOURCE_LANGUAGE:
        derive = _PLURAL_MARK.search(source) or kept is None
        forms = list(english_forms(source)) if derive else forms
        translation.attrib.pop("type", None)
    for form in translation.findall("numerusform"):
        translation.remove(form)
    translation.text = None
    for text in forms:
        ET.SubElement(translation, "numerusform").text = text


def update(folder: Path = CATALOGUE_DIR) -> list[Path]:
    """Extract into every catalogue of `folder` (English made if missing) and finish them."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages(folder):
        ts_file = catalogue_path(language, folder)
        kept = plural_forms(ts_file)
        run_lupdate(ts_file, language)
        finish_catalogue(ts_file, language, kept)
        written.append(ts_file)
    return written


def compile_catalogue(ts_file: Path, qm_file: Path | None = None) -> Path:
    """``pyside6-lrelease`` `ts_file` into `qm_file` (default: the ``.qm`` beside it)."""
    qm_file = qm_file or ts_file.with_suffix(".qm")
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)], check=True
    )
    return qm_file


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "compile", "check"])
    args = parser.parse_args(argv)
    if args.command == "check":
        return _report_check()
    if args.command == "update":
        try:
            for path in update():
                print(f"updated {path.relative_to(ROOT)}")
        except CatalogueError as error:
            print(f"translations: {error}", file=sys.stderr)
            return 1
    else:
        for language in languages():
            path = compile_catalogue(catalogue_path(language))
            print(f"compiled {path.relative_to(ROOT)}")
    return 0


def _report_check() -> int:
    from scripts.translation_check import check  # (it imports this module)

    failed = False
    for language, lines in check().items():
        print(f"{language}: {'complete' if not lines else f'{len(lines)} problem(s)'}")
        for line in lines:
            print(f"  {line}")
        failed = failed or bool(lines)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
