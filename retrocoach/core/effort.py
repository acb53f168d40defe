"""How hard a session felt: the effort scale asked at the finish (pure).

The scale is the session RPE of Foster et al. (2001), a 0-10 category-ratio scale after Borg
(CR10), with words of our own between its anchors; 0 ("rest") is left out, since a session
that was done was never rest. Each number has its word, so that the runner answers with a
feeling, not a figure. The words are marked for
translation (context ``Effort``) and shown with :func:`retrocoach.ui.i18n.render`; the voice
says them in the session's language from its phrasebook (the ``said_*`` functions).

Answering by key: 1 to 9 are themselves and 0 is 10 (the key after 9 on a keyboard row).
A clicker has only "next" and "previous": :func:`step` moves along the scale, starting from
:data:`CLICKER_START` the first time, and stops at both ends.
"""

from __future__ import annotations

from retrocoach.core.phrases import phrasebook
from retrocoach.core.problem import QT_TRANSLATE_NOOP, Text, text

LOWEST = 1
HIGHEST = 10
#: Where a clicker's first "next" or "previous" lands: the middle of the scale.
CLICKER_START = 5

_WORDS: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("Effort", "very easy"),
    2: QT_TRANSLATE_NOOP("Effort", "easy"),
    3: QT_TRANSLATE_NOOP("Effort", "moderate"),
    4: QT_TRANSLATE_NOOP("Effort", "somewhat hard"),
    5: QT_TRANSLATE_NOOP("Effort", "hard"),
    6: QT_TRANSLATE_NOOP("Effort", "harder"),
    7: QT_TRANSLATE_NOOP("Effort", "very hard"),
    8: QT_TRANSLATE_NOOP("Effort", "very, very hard"),
    9: QT_TRANSLATE_NOOP("Effort", "almost maximal"),
    10: QT_TRANSLATE_NOOP("Effort", "maximal"),
}

QUESTION = QT_TRANSLATE_NOOP("Effort", "How hard was that? Keys 1 to 9, 0 for 10, or Skip")
#: Said once the finish is said: the question and how to answer it.
SPOKEN_QUESTION = QT_TRANSLATE_NOOP(
    "Effort", "How hard was that? From 1, very easy, to 10, maximal. Press a number, or skip."
)
ANSWER = QT_TRANSLATE_NOOP("Effort", "Effort {effort}: {word}. Saved.")
#: Said as a clicker moves along the scale.
CHOICE = QT_TRANSLATE_NOOP("Effort", "{effort}, {word}")


def question() -> Text:
    """The question on the end card."""
    return text("Effort", QUESTION)


def spoken_question() -> Text:
    """The question as said after the finish, with how to answer it."""
    return text("Effort", SPOKEN_QUESTION)


def scale() -> range:
    """The answers, 1 to 10."""
    return range(LOWEST, HIGHEST + 1)


def word(effort: int) -> Text:
    """The word of a number of the scale ("very easy" for 1)."""
    if effort not in _WORDS:
        raise ValueError(f"effort must be from {LOWEST} to {HIGHEST}, got {effort!r}")
    return text("Effort", _WORDS[effort])


def answer(effort: int) -> Text:
    """What the coach says and shows once an effort is given."""
    return text("Effort", ANSWER, effort=effort, word=word(effort))


def choice(effort: int) -> Text:
    """What the coach says as a clicker lands on `effort` ("7, very hard")."""
    return text("Effort", CHOICE, effort=effort, word=word(effort))


def said_question(language: str) -> str:
    """The question as the voice says it in `language` (its phrasebook's words: the voice may
    speak another language than the window shows)."""
    return phrasebook(language).EFFORT_QUESTION


def said_word(effort: int, language: str) -> str:
    """The word of a number of the scale as the voice says it in `language`."""
    word(effort)  # ValueError off the scale
    return phrasebook(language).EFFORT_WORDS[effort - LOWEST]


def said_answer(effort: int, language: str) -> str:
    """:func:`answer` as the voice says it in `language`."""
    book = phrasebook(language)
    return book.EFFORT_ANSWER.format(effort=effort, word=said_word(effort, language))


def said_choice(effort: int, language: str) -> str:
    """:func:`choice` as the voice says it in `language`."""
    book = phrasebook(language)
    return book.EFFORT_CHOICE.format(effort=effort, word=said_word(effort, language))


def from_digit(digit: int) -> int:
    """The effort a number key gives: 1-9 themselves, 0 is 10."""
    if not 0 <= digit <= 9:
        raise ValueError(f"a digit from 0 to 9 was expected, got {digit!r}")
    return HIGHEST if digit == 0 else digit


def step(current: int | None, delta: int) -> int:
    """A clicker's next (+1) or previous (-1): from `current` (None: nothing chosen yet, the
    first press lands on :data:`CLICKER_START`), kept within the scale."""
    if current is None:
        return CLICKER_START
    return max(LOWEST, min(HIGHEST, current + delta))
