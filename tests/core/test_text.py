"""Echoed user input is cut to a readable length (issue 8, item 12)."""

from __future__ import annotations

from retrocoach.core.text import ELLIPSIS, count_of, cut_long_words, printable, quote, shorten


def test_shorten_keeps_short_text_and_cuts_long_text_to_the_limit() -> None:
    assert shorten("beginner") == "beginner"
    assert shorten("x" * 60) == "x" * 60
    assert shorten("x" * 61) == "x" * 59 + ELLIPSIS
    assert len(shorten("x" * 200_000)) == 60


def test_quote_shows_a_repr_of_at_most_60_characters() -> None:
    assert quote("Bad Id") == "'Bad Id'"
    assert quote(None) == "None"
    assert quote("x" * 200_000) == "'" + "x" * 58 + ELLIPSIS
    assert len(quote(list(range(100_000)))) == 60


def test_cut_long_words_cuts_each_long_run_in_the_middle() -> None:
    path = "/home/me/" + "a" * 300 + "/out.json"
    message = cut_long_words(f"Cannot save {path}: the disk is full.")
    assert message.startswith("Cannot save /home/me/aaa")
    assert message.endswith("aaa/out.json: the disk is full.")
    assert ELLIPSIS in message
    assert len(message) < 200
    short = "Cannot save /tmp/out.json: the disk is full."
    assert cut_long_words(short) == short


def test_printable_escapes_control_characters() -> None:
    assert printable("a\x1b[2Jb\nc\td\x9b") == "a\\x1b[2Jb\\nc\\td\\x9b"
    assert printable("Ré sumé \u2026") == "Ré sumé \u2026"


def test_count_of_says_one_thing_or_many() -> None:
    """The trial: "1 rounds", "1 sessions", "week(s)"."""
    assert count_of(1, "round") == "1 round"
    assert count_of(4, "round") == "4 rounds"
    assert count_of(0, "week") == "0 weeks"
    assert count_of(1200, "session") == "1,200 sessions"
    assert count_of(2, "person", "people") == "2 people"
