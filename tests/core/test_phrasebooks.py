"""The phrasebooks of every language: the same functions, the numbers a voice reads right,
and the forms the timeline needs (a one-word announcement for a 1 s phase)."""

from __future__ import annotations

import pytest

from retrocoach.core import phrases_en
from retrocoach.core.languages import LANGUAGES, pick_language
from retrocoach.core.phrases import LANGUAGES as BOOKS
from retrocoach.core.phrases import Phrasebook, phrasebook
from retrocoach.core.tips import spoken_word_count
from retrocoach.core.workout import Direction, Pace

EACH = pytest.mark.parametrize("language", LANGUAGES)
OTHERS = [language for language in LANGUAGES if language != "en"]


def test_every_language_has_a_phrasebook() -> None:
    assert set(BOOKS) == set(LANGUAGES)
    names = {name for name in Phrasebook.__dict__ if not name.startswith("_")}
    names |= set(Phrasebook.__annotations__)
    for language in LANGUAGES:
        book = phrasebook(language)
        assert language == book.LANGUAGE
        missing = {name for name in names if not hasattr(book, name)}
        assert missing == set(), (language, missing)


@pytest.mark.parametrize(
    ("wanted", "system", "expected"),
    [
        ("", "de_AT", ("de", False)),
        ("", "pt_BR", ("en", False)),
        ("", "C", ("en", False)),
        ("fr", "de_DE", ("fr", False)),
        ("es_MX", "en_US", ("es", False)),
        ("xx", "de_DE", ("en", True)),
    ],
)
def test_pick_language(wanted: str, system: str, expected: tuple[str, bool]) -> None:
    assert pick_language(wanted, system) == expected


@pytest.mark.parametrize(
    ("language", "seconds", "said"),
    [
        ("de", 30, "30 Sekunden"),
        ("de", 60, "eine Minute"),
        ("de", 90, "eine Minute 30 Sekunden"),
        ("de", 3600, "eine Stunde"),
        ("es", 60, "un minuto"),
        ("es", 90, "un minuto y 30 segundos"),
        ("es", 21, "veintiún segundos"),
        ("es", 31, "treinta y un segundos"),
        ("es", 3600, "una hora"),
        ("fr", 60, "une minute"),
        ("fr", 21, "vingt et une secondes"),
        ("fr", 1, "une seconde"),
        ("fr", 300, "5 minutes"),
    ],
)
def test_durations_in_words_a_voice_reads_right(language: str, seconds: int, said: str) -> None:
    """A voice reads "1 Minute" as "eins Minute", "1 minuto" as "uno minuto": the one (and
    Spanish and French twenty-one ...) is written out in the unit's gender."""
    assert phrasebook(language).duration(seconds) == said


@EACH
def test_the_shortest_announcement_is_one_word(language: str) -> None:
    """A 1 s phase at the slowest rate holds one word and the gap (cues.MIN_WORDS_PER_MINUTE)."""
    book = phrasebook(language)
    for direction in Direction:
        for pace in Pace:
            for turned in (True, False):
                forms = book.announce_forms("Name", 1, direction, pace, turned)
                assert spoken_word_count(forms[-1]) == 1, (language, forms)
    assert [book.count(n) for n in (3, 2, 1)] == ["3", "2", "1"]


@EACH
def test_ease_off_is_in_every_form_of_a_turn_to_forwards(language: str) -> None:
    book = phrasebook(language)
    forms = book.next_forms("Walk", 60, Direction.FORWARD, Pace.WALK, ease_off=True)
    assert all(book.EASE_OFF_SHORT in form for form in forms)
    plain = book.next_forms("Walk", 60, Direction.FORWARD, Pace.WALK, ease_off=False)
    assert not any(book.EASE_OFF_SHORT in form for form in plain)


@pytest.mark.parametrize("language", OTHERS)
def test_nothing_said_is_english(language: str) -> None:
    """Each line differs from the English one (a forgotten line would be English)."""
    book, english = phrasebook(language), phrasebook("en")
    pairs = [
        (book.EASE_OFF, english.EASE_OFF),
        (
            book.movement(Direction.BACKWARD, Pace.JOG),
            english.movement(Direction.BACKWARD, Pace.JOG),
        ),
        (book.almost_done_forms()[0], english.almost_done_forms()[0]),
        (book.halfway(90), english.halfway(90)),
        (book.round_forms(2, 4)[0], english.round_forms(2, 4)[0]),
        (book.round_forms(4, 4)[0], english.round_forms(4, 4)[0]),
        (book.finish_lines(960, 480)[0], english.finish_lines(960, 480)[0]),
        (book.skipped("x"), english.skipped("x")),
        (book.TREADMILL_TURN, english.TREADMILL_TURN),
        (book.EFFORT_QUESTION, english.EFFORT_QUESTION),
        (book.EFFORT_ANSWER, english.EFFORT_ANSWER),
        *zip(book.EFFORT_WORDS[:-1], english.EFFORT_WORDS[:-1], strict=True),  # "maximal"
    ]
    for place in ("track", "hall", "treadmill"):
        pairs += list(
            zip(book.path_check_forms(place), english.path_check_forms(place), strict=True)
        )
    for ours, theirs in pairs:
        assert ours != theirs


@pytest.mark.parametrize(
    ("language", "total", "backward", "said"),
    [
        ("de", 960, 480, "Geschafft: 16 Minuten, 8 davon rückwärts"),
        ("de", 60, 60, "Geschafft: eine Minute, alles rückwärts"),
        ("es", 960, 480, "Terminado: 16 minutos, 8 de espaldas"),
        ("fr", 960, 480, "Terminé : 16 minutes, dont 8 à reculons"),
        ("fr", 600, 0, "Terminé : 10 minutes"),
    ],
)
def test_the_summary(language: str, total: int, backward: int, said: str) -> None:
    assert phrasebook(language).finish_lines(total, backward)[0] == said
    assert len(phrasebook(language).finish_lines(total, backward)) == (3 if backward else 1)


def test_english_is_unchanged() -> None:
    assert phrasebook("en") is phrases_en


@EACH
def test_how_to_turn_on_a_belt_is_in_every_form_of_a_treadmill_turn(language: str) -> None:
    book = phrasebook(language)
    forms = book.treadmill_turn_forms("Walk", 60, Direction.FORWARD, Pace.WALK)
    assert forms and all(book.TREADMILL_TURN_SHORT in form for form in forms)
    assert all(book.TREADMILL_TURN in form for form in forms[:-1])
    assert not any(book.EASE_OFF_SHORT in form for form in forms)


@EACH
def test_every_language_has_the_whole_effort_scale(language: str) -> None:
    book = phrasebook(language)
    assert len(book.EFFORT_WORDS) == 10 == len(set(book.EFFORT_WORDS))
    assert all(word.strip() for word in book.EFFORT_WORDS)
    for line in (book.EFFORT_ANSWER, book.EFFORT_CHOICE):
        assert "{effort}" in line and "{word}" in line
    assert "1" in book.EFFORT_QUESTION and "10" in book.EFFORT_QUESTION
