"""Reading a tips file: every entry validated, a bad entry reported (naming the source, the
tip id and the field) and skipped while the rest load.

Nothing here reads files; the caller passes decoded JSON or the text. The file format is in
:mod:`retrocoach.core.tips`. Each problem is a :class:`~retrocoach.core.problem.Problem` whose
texts are in the ``tips`` catalogue context: where (the source and the field) and why.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from retrocoach.core import strict_json
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Text
from retrocoach.core.strict_json import DuplicateKeyError
from retrocoach.core.tip_model import (
    ALL_PLACES,
    FORMAT_VERSION,
    PHASE_KEYS,
    Focus,
    Place,
    Tip,
    TipCategory,
    TipLibrary,
    spoken_word_count,
)

MAX_TIP_WORDS = 12
MAX_TIP_CHARACTERS = 120
MAX_SOURCE_CHARACTERS = 200
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_TIP_FIELDS = ("id", "text", "categories", "phases", "places", "source", "focus")


def parse_tips(data: object, source: str = "") -> tuple[TipLibrary, list[Problem]]:
    """Validate a decoded tips file; return the library of good tips and the problems found."""
    problems: list[Problem] = []
    if not _check_top_level(data, source, {"version", "tips"}, problems):
        return TipLibrary(), problems
    assert isinstance(data, Mapping)
    if "tips" not in data:
        problems.append(
            _at(
                source,
                "tips",
                _t(QT_TRANSLATE_NOOP("tips", "missing (a list of tips is required)")),
            )
        )
        return TipLibrary(), problems
    tips = _parse_entries(data["tips"], source, problems)
    return TipLibrary(tuple(tips)), problems


def parse_tips_text(text: str, source: str = "") -> tuple[TipLibrary, list[Problem]]:
    """Like :func:`parse_tips`, from JSON text; a JSON error is one problem and no tips."""
    data, problem = _decode(text, source)
    if problem is not None:
        return TipLibrary(), [problem]
    return parse_tips(data, source)


def merge_user_tips(
    base: TipLibrary, user_data: object, source: str = ""
) -> tuple[TipLibrary, list[Problem]]:
    """Apply a user tips file to `base`: add tips, override built-ins by id, switch some off.

    ``tips`` and ``disabled`` are both optional. A user tip with a built-in's id replaces it in
    place; new ones follow the built-ins. ``disabled`` ids are left out (also user ones); an id
    that names no tip is reported. A file that is unusable as a whole leaves `base` unchanged.
    """
    problems: list[Problem] = []
    if not _check_top_level(user_data, source, {"version", "tips", "disabled"}, problems):
        return base, problems
    assert isinstance(user_data, Mapping)
    user_tips = _parse_entries(user_data.get("tips", []), source, problems)
    disabled = _parse_disabled(user_data.get("disabled", []), source, problems)
    overrides = {tip.id: tip for tip in user_tips}
    merged = [overrides.pop(tip.id, tip) for tip in base.tips]
    merged.extend(tip for tip in user_tips if tip.id in overrides)
    known = {tip.id for tip in merged}
    for index, tip_id in disabled:
        if tip_id not in known:
            unknown = _t(QT_TRANSLATE_NOOP("tips", "no tip has the id {id}"), id=repr(tip_id))
            problems.append(_at(source, f"disabled[{index}]", unknown))
    off = {tip_id for _, tip_id in disabled}
    return TipLibrary(tuple(tip for tip in merged if tip.id not in off)), problems


def merge_user_tips_text(
    base: TipLibrary, text: str, source: str = ""
) -> tuple[TipLibrary, list[Problem]]:
    """Like :func:`merge_user_tips`, from JSON text."""
    data, problem = _decode(text, source)
    if problem is not None:
        return base, [problem]
    return merge_user_tips(base, data, source)


def _decode(text: str, source: str) -> tuple[object, Problem | None]:
    try:
        return strict_json.loads(text), None
    except DuplicateKeyError as error:
        twice = _t(
            QT_TRANSLATE_NOOP("tips", "has the key '{key}' twice; keep one of them"),
            key=error.key,
        )
        return None, _at(source, "", twice)
    except json.JSONDecodeError as error:
        not_json = _t(
            QT_TRANSLATE_NOOP("tips", "is not valid JSON (line {line}, column {column}: {reason})"),
            line=error.lineno,
            column=error.colno,
            reason=error.msg,
        )
        return None, _at(source, "", not_json)
    except RecursionError:
        return None, _at(
            source, "", _t(QT_TRANSLATE_NOOP("tips", "is nested too deeply to be a tips file"))
        )


def _t(template: str, /, **args: object) -> Text:
    """A text of the tips checks (`template` marked where it is written)."""
    return Text("tips", template, MappingProxyType(dict(args)))


def _at(source: str, field_path: str, reason: Text) -> Problem:
    """`reason`, after the source and the field that are given ("tips.json: tips[2]: ...")."""
    where = "".join(f"{part}: " for part in (source, field_path) if part)
    return Problem(_t(QT_TRANSLATE_NOOP("tips", "{where}{reason}"), where=where, reason=reason))


def _check_top_level(data: object, source: str, allowed: set[str], problems: list[Problem]) -> bool:
    if not isinstance(data, Mapping):
        problems.append(_at(source, "", _t(QT_TRANSLATE_NOOP("tips", "must be a JSON object"))))
        return False
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        wrong = _t(
            QT_TRANSLATE_NOOP("tips", "must be {version}, got {got}"),
            version=FORMAT_VERSION,
            got=repr(version),
        )
        problems.append(_at(source, "version", wrong))
        return False
    for name in sorted(set(data) - allowed, key=str):
        unknown = _t(
            QT_TRANSLATE_NOOP("tips", "unknown field (allowed: {fields})"),
            fields=", ".join(sorted(allowed)),
        )
        problems.append(_at(source, str(name), unknown))
    return True


def _parse_entries(value: object, source: str, problems: list[Problem]) -> list[Tip]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        problems.append(
            _at(source, "tips", _t(QT_TRANSLATE_NOOP("tips", "must be a list of tips")))
        )
        return []
    tips: list[Tip] = []
    seen: set[str] = set()
    for index, entry in enumerate(value):
        tip = _parse_entry(entry, index, source, problems)
        if tip is None:
            continue
        if tip.id in seen:
            again = _t(
                QT_TRANSLATE_NOOP(
                    "tips", "id: used by an earlier tip in this file; this one is skipped"
                )
            )
            problems.append(_at(source, f"tip {tip.id!r} (tips[{index}])", again))
            continue
        seen.add(tip.id)
        tips.append(tip)
    return tips


class _EntryError(Exception):
    """A bad field of one tip: the whole tip is skipped."""

    def __init__(self, field_name: str, problem: Text) -> None:
        self.reason = _t(
            QT_TRANSLATE_NOOP("tips", "{field}: {problem}"), field=field_name, problem=problem
        )
        super().__init__(self.reason.english())


def _parse_entry(entry: object, index: int, source: str, problems: list[Problem]) -> Tip | None:
    position = f"tips[{index}]"
    if not isinstance(entry, Mapping):
        shape = _t(
            QT_TRANSLATE_NOOP("tips", "must be an object with {fields}"),
            fields=", ".join(_TIP_FIELDS),
        )
        problems.append(_at(source, position, shape))
        return None
    tip_id = entry.get("id")
    if not isinstance(tip_id, str) or not _ID_PATTERN.match(tip_id):
        bad_id = _t(
            QT_TRANSLATE_NOOP(
                "tips",
                "id: must be 1 to 40 characters of a-z, 0-9 and '-', "
                "starting with a letter or digit, got {got}",
            ),
            got=f"{tip_id!r:.60}",
        )
        problems.append(_at(source, position, bad_id))
        return None
    try:
        return _build_tip(tip_id, entry)
    except _EntryError as error:
        problems.append(_at(source, f"tip {tip_id!r} ({position})", error.reason))
        return None


def _build_tip(tip_id: str, entry: Mapping[object, object]) -> Tip:
    unknown = sorted(str(name) for name in entry if name not in _TIP_FIELDS)
    if unknown:
        allowed = ", ".join(_TIP_FIELDS)
        raise _EntryError(
            unknown[0],
            _t(QT_TRANSLATE_NOOP("tips", "unknown field (allowed: {fields})"), fields=allowed),
        )
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _EntryError(
            "text",
            _t(QT_TRANSLATE_NOOP("tips", "must be non-empty text, got {got}"), got=f"{text!r:.60}"),
        )
    text = " ".join(text.split())
    words = spoken_word_count(text)
    if not 1 <= words <= MAX_TIP_WORDS:
        too_many = _t(
            QT_TRANSLATE_NOOP(
                "tips", "must be 1 to {most} spoken words (a tip is heard mid-stride), got {got}"
            ),
            most=MAX_TIP_WORDS,
            got=words,
        )
        raise _EntryError("text", too_many)
    if len(text) > MAX_TIP_CHARACTERS:
        too_long = _t(
            QT_TRANSLATE_NOOP("tips", "must be at most {most} characters"), most=MAX_TIP_CHARACTERS
        )
        raise _EntryError("text", too_long)
    categories = frozenset(
        TipCategory(name)
        for name in _choices(entry.get("categories"), "categories", [c.value for c in TipCategory])
    )
    phases = frozenset(_choices(entry.get("phases"), "phases", list(PHASE_KEYS)))
    places = ALL_PLACES
    if "places" in entry:
        places = frozenset(
            Place(name) for name in _choices(entry["places"], "places", [p.value for p in Place])
        )
    tip_source = entry.get("source")
    if (
        not isinstance(tip_source, str)
        or not tip_source.strip()
        or len(tip_source) > MAX_SOURCE_CHARACTERS
    ):
        no_source = _t(
            QT_TRANSLATE_NOOP(
                "tips",
                "must name what the tip rests on (the seed, a study or a page) in 1 to "
                "{most} characters, got {got}",
            ),
            most=MAX_SOURCE_CHARACTERS,
            got=f"{tip_source!r:.60}",
        )
        raise _EntryError("source", no_source)
    focus = None
    if "focus" in entry:
        focus = Focus(_choice(entry["focus"], "focus", [f.value for f in Focus]))
    return Tip(tip_id, text, categories, phases, tip_source.strip(), places, focus)


def _choice(value: object, field_name: str, allowed: list[str]) -> str:
    if value not in allowed:
        other = _t(
            QT_TRANSLATE_NOOP("tips", "{item} is not one of: {allowed}"),
            item=f"{value!r:.40}",
            allowed=", ".join(allowed),
        )
        raise _EntryError(field_name, other)
    return str(value)


def _choices(value: object, field_name: str, allowed: list[str]) -> list[str]:
    allowed_text = ", ".join(allowed)
    if not isinstance(value, Sequence) or isinstance(value, str) or not value:
        empty = _t(
            QT_TRANSLATE_NOOP("tips", "must be a non-empty list from: {allowed}"),
            allowed=allowed_text,
        )
        raise _EntryError(field_name, empty)
    for item in value:
        if item not in allowed:
            other = _t(
                QT_TRANSLATE_NOOP("tips", "{item} is not one of: {allowed}"),
                item=f"{item!r:.40}",
                allowed=allowed_text,
            )
            raise _EntryError(field_name, other)
    return [str(item) for item in value]


def _parse_disabled(value: object, source: str, problems: list[Problem]) -> list[tuple[int, str]]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        problems.append(
            _at(source, "disabled", _t(QT_TRANSLATE_NOOP("tips", "must be a list of tip ids")))
        )
        return []
    ids: list[tuple[int, str]] = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            ids.append((index, item))
        else:
            not_id = _t(
                QT_TRANSLATE_NOOP("tips", "must be a tip id, got {got}"), got=f"{item!r:.40}"
            )
            problems.append(_at(source, f"disabled[{index}]", not_id))
    return ids
