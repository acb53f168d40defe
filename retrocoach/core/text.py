"""Showing user input back to the user without letting it flood the screen.

A value echoed in a message (an id from a file, an argument) can be any length: a 200 KB id
must not become a 200 KB error line. :func:`quote` shows one value, cut to about 60
characters with "…"; :func:`cut_long_words` is the net for whole messages (paths and other
values that arrive already formatted), cutting any run of non-space characters that is longer
than a path normally is, in the middle so both ends stay readable.
"""

from __future__ import annotations

import re

ELLIPSIS = "\u2026"
#: How much of an echoed value is shown.
MAX_SHOWN = 60
#: A run of non-space characters longer than this in a message is cut (paths can be long).
MAX_WORD = 160


def count_of(number: int, word: str, plural: str | None = None) -> str:
    """ "1 round", "4 rounds", "1,200 sessions" (English: the UI's own words)."""
    return f"{number:,} {word if number == 1 else plural or word + 's'}"


def shorten(text: str, limit: int = MAX_SHOWN) -> str:
    """`text` itself, or its first `limit` - 1 characters and "…" (`limit` in all)."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def quote(value: object, limit: int = MAX_SHOWN) -> str:
    """``repr(value)`` cut to `limit` characters: ``'abc…``; a cut string loses its end quote.

    Only the first ``limit * 4`` characters of a long string are looked at, so a huge value
    costs nothing to show.
    """
    if isinstance(value, str) and len(value) > limit:
        value = value[: limit * 4]
    return shorten(repr(value), limit)


def cut_long_words(message: str, limit: int = MAX_WORD) -> str:
    """`message` with every run of more than `limit` non-space characters cut in the middle."""
    pattern = re.compile(rf"\S{{{limit + 1},}}")
    head = (limit - 1) // 2
    tail = limit - 1 - head
    return pattern.sub(lambda m: m.group()[:head] + ELLIPSIS + m.group()[-tail:], message)


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def printable(message: str) -> str:
    """`message` with control characters (ESC, newlines, tabs...) shown as ``\\x1b`` escapes,
    so a value echoed to a terminal cannot start an escape sequence or a new line."""
    return _CONTROLS.sub(lambda m: repr(m.group())[1:-1], message)
