"""A settings file edited by hand while the app is open is merged, never overwritten silently.

Before a save the store reads the file again. When it is not what the app last read or wrote,
someone edited it: each key the app did not change since takes the file's value (the hand
edit wins), each key the app changed keeps the app's value. When both changed one key
differently, or the edit holds a value the app cannot use, or the file no longer parses, the
file as edited is kept aside (``settings.json.corrupt-...``) before anything is written, and
the user is told what was kept where.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from retrocoach.core import strict_json
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Problem, Severity
from retrocoach.storage.corrupt import copy_aside, set_aside
from retrocoach.storage.errors import StorageError
from retrocoach.storage.problems import said, warning

_MISSING = object()


@dataclass
class Merge:
    """What a save writes after a hand edit: the `values` to write and what to tell."""

    values: dict[str, object]
    problems: list[Problem] = field(default_factory=list)


def three_way(
    base: Mapping[str, object], ours: Mapping[str, object], theirs: Mapping[str, object]
) -> tuple[dict[str, object], list[str]]:
    """Merge the file's keys: `base` (the file as the app knew it), `ours` (the app's values
    now), `theirs` (the file as edited). The merged values and the keys both changed."""
    merged: dict[str, object] = {}
    conflicts: list[str] = []
    for key in sorted({*base, *ours, *theirs}):
        was = base.get(key, _MISSING)
        mine, edited = ours.get(key, _MISSING), theirs.get(key, _MISSING)
        value = edited if mine == was else mine
        if mine != was and edited not in (was, mine):
            conflicts.append(key)
        if value is not _MISSING:
            merged[key] = value
    return merged, conflicts


def edited_outside(
    path: Path,
    base: Mapping[str, object],
    ours: Mapping[str, object],
    theirs: Mapping[str, object] | None,
    invalid: list[str],
) -> Merge:
    """The merge of a hand edit (`theirs`, None when the edited file does not parse; the
    keys in `invalid` hold values the app cannot use)."""
    if theirs is None:
        backup = _keep(path, set_aside)
        unreadable = QT_TRANSLATE_NOOP(
            "storage",
            "{path} was edited while retrocoach was open and cannot be read any more; the "
            "edited file is kept as {backup} and retrocoach's settings are saved.",
        )
        return Merge(dict(ours), [warning(unreadable, path=str(path), backup=backup)])
    merged, conflicts = three_way(base, ours, theirs)
    merged = {key: value for key, value in merged.items() if key not in invalid}
    if not conflicts and not invalid:
        kept = QT_TRANSLATE_NOOP(
            "storage", "{path} was edited while retrocoach was open; the edits are kept."
        )
        return Merge(merged, [Problem(said(kept, path=str(path)), Severity.INFO)])
    backup = _keep(path, copy_aside)
    lost = QT_TRANSLATE_NOOP(
        "storage",
        "{path} was edited while retrocoach was open. Kept from the edit: all but {keys} "
        "(changed in retrocoach too, or not a value retrocoach can use); the edited file is "
        "kept as {backup}.",
    )
    keys = ", ".join(sorted({*conflicts, *invalid}))
    return Merge(merged, [warning(lost, path=str(path), keys=keys, backup=backup)])


def _keep(path: Path, how: Callable[[Path], Path]) -> str:
    """Keep the edited file aside (renamed or copied); its name. StorageError (nothing is
    written then) if it cannot be kept."""
    return how(path).name


def decode(raw: bytes) -> dict[str, object] | None:
    """The JSON object in `raw`, or None if it is not one."""
    try:
        value = strict_json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


__all__ = ["Merge", "StorageError", "decode", "edited_outside", "three_way"]
