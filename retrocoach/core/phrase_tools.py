"""Small helpers the phrasebooks of other languages share (English keeps its own copies)."""

from __future__ import annotations


def unique(texts: list[str]) -> list[str]:
    """`texts` without repeats, in order (a short phase name may equal its movement)."""
    return list(dict.fromkeys(texts))


def round_half_up(value: float) -> int:
    return int(value + 0.5)


def lower_first(text: str) -> str:
    """ "Trota de espaldas" -> "trota de espaldas" after a colon; leaves "HIIT" alone."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def whole_minutes(total: int) -> int:
    """Minutes as the finish says them (rounded half up)."""
    return round_half_up(total / 60)
