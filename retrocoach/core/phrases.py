"""Which phrasebook speaks a language: the wording the timeline builder asks for.

A phrasebook is a module (``phrases_en`` ...) with the functions of :class:`Phrasebook`;
adding a language is adding such a module and one line to :data:`_BOOKS`.
"""

from __future__ import annotations

from types import ModuleType
from typing import Protocol, cast

from retrocoach.core import phrases_de, phrases_en, phrases_es, phrases_fr
from retrocoach.core.workout import Direction, Pace


class Phrasebook(Protocol):
    """Every non-tip line of a session, from language-neutral facts (see ``phrases_en``)."""

    LANGUAGE: str
    EASE_OFF: str
    EASE_OFF_SHORT: str
    PAUSED: str
    RESUMED: str
    TREADMILL_TURN: str
    TREADMILL_TURN_SHORT: str
    EFFORT_WORDS: tuple[str, ...]
    EFFORT_QUESTION: str
    EFFORT_ANSWER: str
    EFFORT_CHOICE: str

    def duration(self, seconds: int) -> str: ...
    def movement(self, direction: Direction, pace: Pace) -> str: ...
    def count(self, number: int) -> str: ...
    def path_check_forms(self, place: str) -> list[str]: ...
    def announce_forms(
        self, name: str, seconds: int, direction: Direction, pace: Pace, turned: bool
    ) -> list[str]: ...
    def round_forms(self, number: int, rounds: int) -> list[str]: ...
    def next_forms(
        self, name: str, seconds: int, direction: Direction, pace: Pace, ease_off: bool
    ) -> list[str]: ...
    def treadmill_turn_forms(
        self, name: str, seconds: int, direction: Direction, pace: Pace
    ) -> list[str]: ...
    def almost_done_forms(self) -> list[str]: ...
    def halfway(self, seconds_to_go: int) -> str: ...
    def finish_lines(self, total: int, backward: int) -> list[str]: ...
    def skipped(self, name: str) -> str: ...
    def went_back(self, name: str) -> str: ...


_BOOKS: dict[str, ModuleType] = {
    book.LANGUAGE: book for book in (phrases_en, phrases_de, phrases_es, phrases_fr)
}
LANGUAGES = tuple(_BOOKS)


def phrasebook(language: str) -> Phrasebook:
    """The phrasebook of `language`; ValueError naming the known ones if there is none."""
    try:
        return cast(Phrasebook, _BOOKS[language])
    except KeyError:
        raise ValueError(
            f"no phrasebook for language {language!r} (known: {', '.join(LANGUAGES)})"
        ) from None
