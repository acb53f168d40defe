"""JSON that says one thing once: a key written twice in one object is refused.

Python's ``json.loads`` keeps the last of two equal keys silently, so a hand-edited workout,
settings or tips file could mean something other than what its reader sees at the top.
:func:`loads` raises :class:`DuplicateKeyError` (a ``ValueError``, like every JSON error)
naming the key instead.
"""

from __future__ import annotations

import json
from typing import Any


class DuplicateKeyError(ValueError):
    """An object of the JSON text has `key` twice."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {json.dumps(key, ensure_ascii=False)} is written twice")
        self.key = key


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise DuplicateKeyError(key)
        result[key] = value
    return result


def loads(text: str | bytes) -> Any:
    """``json.loads`` that refuses a key written twice in one object (DuplicateKeyError)."""
    return json.loads(text, object_pairs_hook=_unique)


__all__ = ["DuplicateKeyError", "loads"]
