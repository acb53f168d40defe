"""The English phrasebook: every line the coach says that is not a tip.

The timeline builder (:mod:`retrocoach.core.coaching`) decides *when* something is said and
asks this module *how* to say it, from language-neutral facts (a direction, a pace, a number
of seconds). A second language is a second module with the same functions
(:class:`retrocoach.core.phrases.Phrasebook`).

Every ``*_forms`` function returns its texts longest first: the builder takes the first one
that fits the moment, so a short phase gets a shorter form, never a cut-off sentence.

Where a line gives advice, it rests on the team's facts file
(``research/coaching-facts.md``): the treadmill check on "Treadmill: safety clip, hands on
rails, half forward walking pace"; the finish on "Expect calf/quad soreness at first" and
"Repeat a week if sore or unsteady".
"""

from __future__ import annotations

from retrocoach.core.workout import Direction, Pace, split_duration

LANGUAGE = "en"

_DIRECTION = {Direction.BACKWARD: "backwards", Direction.FORWARD: "forwards"}
_PACE = {Pace.WALK: "walk", Pace.JOG: "jog", Pace.RUN: "run"}
#: Said with the preview of a turn from backwards to forwards: ease off before turning (its
#: shortest form says only the first part).
EASE_OFF_SHORT = "Slow down"
EASE_OFF = f"{EASE_OFF_SHORT}, ready to turn"
#: How to turn on a moving belt, said before a turn on a treadmill instead of EASE_OFF: the
#: makers' advice is to straddle the belt on the side rails while it changes (NordicTrack and
#: ProForm user's manuals, ICON Health & Fitness, "Important precautions": stand on the foot
#: rails when starting or stopping the belt, keep the safety key clipped on; Consumer
#: Reports, "How to Stay Safe on a Treadmill", 2019: straddle the belt as it starts).
TREADMILL_TURN_SHORT = "Slow the belt"
TREADMILL_TURN = f"{TREADMILL_TURN_SHORT}, step onto the side rails, turn, step back on"
#: The effort question said after the finish, and its answers (1 to 10: EFFORT_WORDS); the
#: window shows core.effort's texts in its own language, the voice says these.
EFFORT_WORDS: tuple[str, ...] = (
    "very easy",
    "easy",
    "moderate",
    "somewhat hard",
    "hard",
    "harder",
    "very hard",
    "very, very hard",
    "almost maximal",
    "maximal",
)
EFFORT_QUESTION = "How hard was that? From 1, very easy, to 10, maximal. Press a number, or skip."
EFFORT_ANSWER = "Effort {effort}: {word}. Saved."
EFFORT_CHOICE = "{effort}, {word}"
#: Said in the lead-in (or right after the first announcement without one), per place.
_PATH_CHECK = {
    "track": ("Check the path behind you is clear", "Check behind you", "Look back"),
    "hall": ("Check the floor behind you is clear", "Check behind you", "Look back"),
    "treadmill": (
        "Safety clip on, hands near the rails, half your walking pace",
        "Safety clip on, hands near the rails",
        "Safety clip on",
    ),
}


def duration(seconds: int) -> str:
    """ "1 hour 5 minutes", "1 minute 30 seconds", "30 seconds", "1 second"."""
    hours, minutes, secs = split_duration(seconds)
    parts = [
        f"{value} {unit}{'' if value == 1 else 's'}"
        for value, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
        if value
    ]
    return " ".join(parts) if parts else "0 seconds"


def movement(direction: Direction, pace: Pace) -> str:
    """ "Jog backwards": the name of a phase that has none of its own."""
    return f"{_PACE[pace].capitalize()} {_DIRECTION[direction]}"


def count(number: int) -> str:
    """A countdown number as it is written for the voice ("3")."""
    return str(number)


def path_check_forms(place: str) -> list[str]:
    """The session's opening safety check where the runner runs (track, hall, treadmill)."""
    return list(_PATH_CHECK.get(place, _PATH_CHECK["track"]))


def announce_forms(
    name: str, seconds: int, direction: Direction, pace: Pace, turned: bool
) -> list[str]:
    """ "Jog backwards, 30 seconds", then shorter, down to one word.

    The one word names the direction when it changes ("Backwards"), else the pace ("Jog").
    """
    one_word = _DIRECTION[direction].capitalize() if turned else _PACE[pace].capitalize()
    return _unique([f"{name}, {duration(seconds)}", name, movement(direction, pace), one_word])


def round_forms(number: int, rounds: int) -> list[str]:
    if rounds == 1:
        return ["One round only"]
    if number == rounds:
        return ["Last round"]
    return [f"Round {number} of {rounds}", f"Round {number}"]


def next_forms(
    name: str, seconds: int, direction: Direction, pace: Pace, ease_off: bool
) -> list[str]:
    """ "Next: walk forwards, 1 minute", then shorter; with `ease_off` each ends with
    :data:`EASE_OFF` (the shortest with "Slow down")."""
    name = _lower_first(name)
    plain = _unique(
        [
            f"Next: {name}, {duration(seconds)}",
            f"Next: {name}",
            f"Next: {_lower_first(movement(direction, pace))}",
        ]
    )
    if not ease_off:
        return plain
    shortest = f"Next: {_DIRECTION[direction]}. {EASE_OFF_SHORT}"
    return [f"{text}. {EASE_OFF}" for text in plain] + [shortest]


def treadmill_turn_forms(name: str, seconds: int, direction: Direction, pace: Pace) -> list[str]:
    """On a treadmill, the Next cue before a turn says how to turn on a moving belt
    (:data:`TREADMILL_TURN`), the shortest with "Slow the belt"."""
    plain = next_forms(name, seconds, direction, pace, ease_off=False)
    shortest = f"Next: {_DIRECTION[direction]}. {TREADMILL_TURN_SHORT}"
    return [f"{text}. {TREADMILL_TURN}" for text in plain] + [shortest]


def almost_done_forms() -> list[str]:
    return ["Almost done"]


def halfway(seconds_to_go: int) -> str:
    return f"Halfway: {duration(seconds_to_go)} to go"


def done(total: int, backward: int) -> str:
    """ "Done: 16 minutes, 8 of them backwards" (minutes rounded; seconds under a minute)."""
    if total < 60:
        said = duration(total)
    else:
        minutes = _round_half_up(total / 60)
        said = f"{minutes} minute{'' if minutes == 1 else 's'}"
    if backward == 0:
        return f"Done: {said}"
    if backward == total:
        return f"Done: {said}, all of it backwards"
    if total < 60:
        return f"Done: {said}, {backward} of them backwards"
    back_minutes = _round_half_up(backward / 60)
    if back_minutes == 0:
        return f"Done: {said}, {duration(backward)} of it backwards"
    if back_minutes >= minutes:
        return f"Done: {said}, nearly all of it backwards"
    return f"Done: {said}, {back_minutes} of them backwards"


def finish_lines(total: int, backward: int) -> list[str]:
    """What the finish says, in order: the summary, then (after backward work) what to expect
    and what to do next time."""
    lines = [done(total, backward)]
    if backward:
        lines += [
            "Sore calves and thighs tomorrow are normal at first",
            "Sore or unsteady? Repeat this workout next time; if not, move on",
        ]
    return lines


def _round_half_up(value: float) -> int:
    return int(value + 0.5)


def _lower_first(text: str) -> str:
    """ "Walk forwards" -> "walk forwards"; leaves "HIIT block" alone."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(texts))


#: Confirmations of a remote command (a headset button, a clicker: the runner is not looking).
PAUSED = "Paused"
RESUMED = "Resumed"


def skipped(name: str) -> str:
    """ "Skipped: walk forwards": a skip names the phase now running."""
    return f"Skipped: {name[:1].lower()}{name[1:]}"


def went_back(name: str) -> str:
    """ "Back: jog backwards": a step back names the phase now running."""
    return f"Back: {name[:1].lower()}{name[1:]}"
