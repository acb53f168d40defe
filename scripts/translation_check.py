"""Is a language's catalogue complete? What ``make check-translations`` and the tests ask.

A catalogue ``assets/i18n/retrocoach_<lang>.ts`` is complete when it holds every message of
the English one (the source's texts, kept up to date by ``make update-translations``) and no
other, none is unfinished or empty, each translation keeps the ``{name}`` fields of its source
(``.format()`` fills them after the translation: a lost or misspelt field is a crash or a gap)
and its ``%n``, and each plural has as many forms as the language has (German, Spanish,
French: two, French using the singular for 0 and 1; Polish would have three): the number
``pyside6-lupdate`` itself writes for that language.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts import translations

_FIELD = re.compile(r"\{(\w*)\}")


@dataclass(frozen=True)
class Entry:
    """One message of a catalogue: its translation's forms (one unless a plural)."""

    forms: tuple[str, ...]
    unfinished: bool
    plural: bool


Key = tuple[str, str]


def entries(ts_file: Path) -> dict[Key, Entry]:
    """(context, source) -> :class:`Entry` of every message of `ts_file`."""
    found: dict[Key, Entry] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = None if translation is None else translation.get("type")
            plural = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif plural:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            key = (name, message.findtext("source") or "")
            found[key] = Entry(forms, kind is not None, plural)
    return found


@cache
def plural_form_count(language: str) -> int:
    """How many forms a plural has in `language`: as many as ``pyside6-lupdate`` writes."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "sample.py")
        source.write_text(
            "from PySide6.QtCore import QObject\n\n\nclass Sample(QObject):\n"
            "    def show(self, n):\n        return self.tr('%n thing(s)', '', n)\n",
            "utf-8",
        )
        ts_file = Path(folder, "sample.ts")
        subprocess.run(
            [translations.tool("pyside6-lupdate"), "-silent", "-target-language", language,
             str(source), "-ts", str(ts_file)],
            check=True, capture_output=True,
        )  # fmt: skip
        return max(len(entry.forms) for entry in entries(ts_file).values())


def fields(text: str) -> set[str]:
    return set(_FIELD.findall(text))


def problems(language: str, folder: Path = translations.CATALOGUE_DIR) -> list[str]:
    """What keeps `language`'s catalogue from being complete, one line each ("" none)."""
    ts_file = translations.catalogue_path(language, folder)
    if not ts_file.is_file():
        return [f"{ts_file.name} is missing: run 'make update-translations'"]
    english = entries(translations.catalogue_path(translations.SOURCE_LANGUAGE, folder))
    found = entries(ts_file)
    lines = [
        f"missing (run 'make update-translations'): [{context}] {source!r}"
        for context, source in sorted(english.keys() - found.keys())
    ]
    lines += [
        f"not in the English catalogue (run 'make update-translations'): [{context}] {source!r}"
        for context, source in sorted(found.keys() - english.keys())
    ]
    count = plural_form_count(language)
    for (context, source), entry in sorted(found.items()):
        if (context, source) not in english:
            continue
        where = f"[{context}] {source!r}"
        if entry.unfinished or not entry.forms or not all(form.strip() for form in entry.forms):
            lines.append(f"unfinished: {where}")
            continue
        if entry.plural and len(entry.forms) != count:
            lines.append(f"{len(entry.forms)} plural forms, {language} has {count}: {where}")
        for form in entry.forms:
            if fields(form) != fields(source):
                lines.append(f"fields {sorted(fields(form))} differ from the source's: {where}")
            if ("%n" in form) != ("%n" in source):
                lines.append(f"'%n' kept in the source or the translation only: {where}")
    return lines


def check(folder: Path = translations.CATALOGUE_DIR) -> dict[str, list[str]]:
    """Every language but English with what is wrong in it (an empty list: complete)."""
    return {
        language: problems(language, folder)
        for language in translations.languages(folder)
        if language != translations.SOURCE_LANGUAGE
    }
