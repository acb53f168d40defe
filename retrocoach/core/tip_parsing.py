"""Reading a tips file: every entry validated, a bad entry reported (naming the source, the
tip id and the field) and skipped while the rest load.

Nothing here reads files; the caller passes decoded JSON or the text. The file format is in
:mod:`retrocoach.core.tips`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from retrocoach.core.tip_model import (
    ALL_PLACES,
    FORMAT_VERSION,
    PHASE_KEYS,
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
_TIP_FIELDS = ("id", "text", "categories", "phases", "places", "source")


def parse_tips(data: object, source: str = "") -> tuple[TipLibrary, list[str]]:
    """Validate a decoded tips file; return the library of good tips and the problems found."""
    problems: list[str] = []
    if not _check_top_level(data, source, {"version", "tips"}, problems):
        return TipLibrary(), problems
    assert isinstance(data, Mapping)
    if "tips" not in data:
        problems.append(_where(source, "tips") + "missing (a list of tips is required)")
        return TipLibrary(), problems
    tips = _parse_entries(data["tips"], source, problems)
    return TipLibrary(tuple(tips)), problems


def parse_tips_text(text: str, source: str = "") -> tuple[TipLibrary, list[str]]:
    """Like :func:`parse_tips`, from JSON text; a JSON error is one problem and no tips."""
    data, problem = _decode(text, source)
    if problem:
        return TipLibrary(), [problem]
    return parse_tips(data, source)


def merge_user_tips(
    base: TipLibrary, user_data: object, source: str = ""
) -> tuple[TipLibrary, list[str]]:
    """Apply a user tips file to `base`: add tips, override built-ins by id, switch some off.

    ``tips`` and ``disabled`` are both optional. A user tip with a built-in's id replaces it in
    place; new ones follow the built-ins. ``disabled`` ids are left out (also user ones); an id
    that names no tip is reported. A file that is unusable as a whole leaves `base` unchanged.
    """
    problems: list[str] = []
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
            problems.append(_where(source, f"disabled[{index}]") + f"no tip has the id {tip_id!r}")
    off = {tip_id for _, tip_id in disabled}
    return TipLibrary(tuple(tip for tip in merged if tip.id not in off)), problems


def merge_user_tips_text(
    base: TipLibrary, text: str, source: str = ""
) -> tuple[TipLibrary, list[str]]:
    """Like :func:`merge_user_tips`, from JSON text."""
    data, problem = _decode(text, source)
    if problem:
        return base, [problem]
    return merge_user_tips(base, data, source)


def _decode(text: str, source: str) -> tuple[object, str]:
    try:
        return json.loads(text), ""
    except json.JSONDecodeError as error:
        return None, (
            f"{_where(source, '')}is not valid JSON (line {error.lineno}, column "
            f"{error.colno}: {error.msg})"
        )
    except RecursionError:
        return None, f"{_where(source, '')}is nested too deeply to be a tips file"


def _where(source: str, field_path: str) -> str:
    parts = [part for part in (source, field_path) if part]
    return "".join(f"{part}: " for part in parts)


def _check_top_level(data: object, source: str, allowed: set[str], problems: list[str]) -> bool:
    if not isinstance(data, Mapping):
        problems.append(_where(source, "") + "must be a JSON object")
        return False
    version = data.get("version")
    if version != FORMAT_VERSION or isinstance(version, bool):
        problems.append(_where(source, "version") + f"must be {FORMAT_VERSION}, got {version!r}")
        return False
    for name in sorted(set(data) - allowed, key=str):
        problems.append(
            _where(source, str(name)) + f"unknown field (allowed: {', '.join(sorted(allowed))})"
        )
    return True


def _parse_entries(value: object, source: str, problems: list[str]) -> list[Tip]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        problems.append(_where(source, "tips") + "must be a list of tips")
        return []
    tips: list[Tip] = []
    seen: set[str] = set()
    for index, entry in enumerate(value):
        tip = _parse_entry(entry, index, source, problems)
        if tip is None:
            continue
        if tip.id in seen:
            problems.append(
                _where(source, f"tip {tip.id!r} (tips[{index}])")
                + "id: used by an earlier tip in this file; this one is skipped"
            )
            continue
        seen.add(tip.id)
        tips.append(tip)
    return tips


class _EntryError(Exception):
    def __init__(self, field_name: str, problem: str) -> None:
        super().__init__(f"{field_name}: {problem}")


def _parse_entry(entry: object, index: int, source: str, problems: list[str]) -> Tip | None:
    position = f"tips[{index}]"
    if not isinstance(entry, Mapping):
        problems.append(
            _where(source, position) + "must be an object with " + ", ".join(_TIP_FIELDS)
        )
        return None
    tip_id = entry.get("id")
    if not isinstance(tip_id, str) or not _ID_PATTERN.match(tip_id):
        problems.append(
            _where(source, position) + "id: must be 1 to 40 characters of a-z, 0-9 and '-', "
            f"starting with a letter or digit, got {tip_id!r:.60}"
        )
        return None
    try:
        return _build_tip(tip_id, entry)
    except _EntryError as error:
        problems.append(_where(source, f"tip {tip_id!r} ({position})") + str(error))
        return None


def _build_tip(tip_id: str, entry: Mapping[object, object]) -> Tip:
    unknown = sorted(str(name) for name in entry if name not in _TIP_FIELDS)
    if unknown:
        raise _EntryError(unknown[0], f"unknown field (allowed: {', '.join(_TIP_FIELDS)})")
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _EntryError("text", f"must be non-empty text, got {text!r:.60}")
    text = " ".join(text.split())
    words = spoken_word_count(text)
    if not 1 <= words <= MAX_TIP_WORDS:
        raise _EntryError(
            "text",
            f"must be 1 to {MAX_TIP_WORDS} spoken words (a tip is heard mid-stride), got {words}",
        )
    if len(text) > MAX_TIP_CHARACTERS:
        raise _EntryError("text", f"must be at most {MAX_TIP_CHARACTERS} characters")
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
        raise _EntryError(
            "source",
            f"must name what the tip rests on (the seed, a study or a page) in 1 to "
            f"{MAX_SOURCE_CHARACTERS} characters, got {tip_source!r:.60}",
        )
    return Tip(tip_id, text, categories, phases, tip_source.strip(), places)


def _choices(value: object, field_name: str, allowed: list[str]) -> list[str]:
    allowed_text = ", ".join(allowed)
    if not isinstance(value, Sequence) or isinstance(value, str) or not value:
        raise _EntryError(field_name, f"must be a non-empty list from: {allowed_text}")
    for item in value:
        if item not in allowed:
            raise _EntryError(field_name, f"{item!r:.40} is not one of: {allowed_text}")
    return [str(item) for item in value]


def _parse_disabled(value: object, source: str, problems: list[str]) -> list[tuple[int, str]]:
    if not isinstance(value, Sequence) or isinstance(value, str):
        problems.append(_where(source, "disabled") + "must be a list of tip ids")
        return []
    ids: list[tuple[int, str]] = []
    for index, item in enumerate(value):
        if isinstance(item, str):
            ids.append((index, item))
        else:
            problems.append(
                _where(source, f"disabled[{index}]") + f"must be a tip id, got {item!r:.40}"
            )
    return ids
