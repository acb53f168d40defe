"""The briefing before the first session: about a minute of what to know before walking
backwards for the first time, spoken and shown, skippable (pure).

The content follows the research notes (``coaching-facts.md``, Safety): a clinician's OK for
people with dizziness, balance problems or falls (backward walking is disproportionately
impaired with them: Davalos-Bichara 2014, Fritz 2013; the advice itself is an inference);
flat, light, flexible shoes (Runner's World DE); walk the stretch forwards first; grass, a
track or an empty hall to start (Achilles Running, retrorunning.de); on a treadmill the
safety clip and half the forward walking pace; a glance over alternate shoulders every few
steps (retrorunning.de); calf and thigh soreness to expect at first. The words are this
module's own.

The app plays it before the first start on a fresh data folder (and from Help, on demand),
before the lead-in; :func:`briefing_cues` places its lines on the session's time axis just
before the lead-in, which is how ``plan --json`` shows them (kind ``briefing``).
"""

from __future__ import annotations

from retrocoach.core.cues import (
    DEFAULT_WORDS_PER_MINUTE,
    Cue,
    CueKind,
    estimate_speaking_seconds,
)

#: Silence after each line of the briefing.
LINE_GAP_SECONDS = 0.8

#: The briefing's lines per language (the phrasebook languages add theirs here).
LINES: dict[str, tuple[str, ...]] = {
    "en": (
        "Before your first backward session, one minute of safety. Press Space to skip it.",
        "If you get dizzy, have balance problems or have fallen before, ask a doctor or a "
        "physiotherapist first.",
        "Wear flat, light shoes that bend easily.",
        "Walk your route forwards first, and look out for holes, stones and roots.",
        "Start on grass, a running track or an empty hall, away from other people.",
        "On a treadmill, clip the safety key to your clothes, hold the side rails, and start "
        "at half your forward walking pace.",
        "Look back over your shoulder every few steps, left and right in turn.",
        "Your calves and thighs work in a new way: some soreness for a day or two is normal.",
        "Small, slow steps today. That's all. Enjoy your first session.",
    ),
}


def briefing_lines(language: str = "en") -> tuple[str, ...]:
    """The briefing in `language` (English where it has none yet)."""
    return LINES.get(language, LINES["en"])


def briefing_cues(
    lead_in_seconds: float,
    words_per_minute: int = DEFAULT_WORDS_PER_MINUTE,
    language: str = "en",
) -> list[Cue]:
    """The briefing as cues ending :data:`LINE_GAP_SECONDS` before the lead-in begins (the
    session's axis: 0 is the end of the lead-in, so every briefing cue is before
    ``-lead_in_seconds``)."""
    lines = briefing_lines(language)
    lengths = [estimate_speaking_seconds(line, words_per_minute) for line in lines]
    total = sum(lengths) + LINE_GAP_SECONDS * len(lines)
    at = -float(lead_in_seconds) - total
    cues = []
    for line, seconds in zip(lines, lengths, strict=True):
        cues.append(Cue(round(at, 3), CueKind.BRIEFING, line, None, seconds, False))
        at += seconds + LINE_GAP_SECONDS
    return cues


def briefing_seconds(words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> float:
    """How long the briefing takes, silences included."""
    cues = briefing_cues(0, words_per_minute)
    return -cues[0].at
