"""The tip library's model: a :class:`Tip` (what is said, for which phases, places and
categories), the :class:`TipLibrary`, and the phase keys tips are filed under.

Parsing a tips file is :mod:`retrocoach.core.tip_parsing`; picking tips without repeats is
:mod:`retrocoach.core.tip_picker`; :mod:`retrocoach.core.tips` gathers all three.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

FORMAT_VERSION = 1


class TipCategory(StrEnum):
    POSTURE = "posture"
    ARMS = "arms"
    FEET = "feet"
    EFFORT = "effort"
    SAFETY = "safety"
    RECOVERY = "recovery"
    MOTIVATION = "motivation"
    #: A glance behind (on a treadmill: its own check instead); opens backward jogs and runs.
    LOOK_BACK = "look-back"


class Focus(StrEnum):
    """Where a technique tip puts the runner's attention (issue 19): on the effect of the
    movement (``external``: "push the ground away") or on a body part (``internal``: "land on
    the ball of your foot"). Effect cues beat body-part cues for learning a movement (Wulf
    2013 review; Porter et al., JSCR 2015;29(4):947-53); the library keeps body-part wording
    only where it alone is clear."""

    EXTERNAL = "external"
    INTERNAL = "internal"


class Place(StrEnum):
    """Where the runner runs: some tips only make sense in one place (a treadmill's clip)."""

    TRACK = "track"  # a track, a field or any outdoor route: the default
    HALL = "hall"
    TREADMILL = "treadmill"


ALL_PLACES = frozenset(Place)


#: Phase keys a tip can suit: ``<direction>-<pace>`` of :class:`retrocoach.core.workout.Phase`.
PHASE_KEYS = (
    "backward-walk",
    "backward-jog",
    "backward-run",
    "forward-walk",
    "forward-jog",
    "forward-run",
)


def phase_key(direction: str, pace: str) -> str:
    """A phase's tip key: ``phase_key(Direction.BACKWARD, Pace.JOG)`` -> "backward-jog"."""
    return f"{direction}-{pace}"


def spoken_word_count(text: str) -> int:
    """Words a voice says for `text`: tokens, with a number of 2+ digits counted as 2 words.

    "Round 12 of 50" -> 6 ("round twelve of fifty" is closer to that in speaking time than 4).
    Tokens without letters or digits (a lone dash) count as nothing.
    """
    count = 0
    for token in text.split():
        digits = sum(ch.isdigit() for ch in token)
        if digits:
            count += 1 if digits == 1 else 2
        elif any(ch.isalpha() for ch in token):
            count += 1
    return count


@dataclass(frozen=True)
class Tip:
    """One short spoken tip, the phases it suits and what it rests on."""

    id: str
    text: str
    categories: frozenset[TipCategory]
    phases: frozenset[str]
    source: str
    places: frozenset[Place] = ALL_PLACES
    #: Technique tips (posture, feet, arms) in the shipped library say theirs; optional.
    focus: Focus | None = None

    def suits(self, key: str, categories: Iterable[str], place: str | None = None) -> bool:
        """True if the tip suits phase `key`, has one of `categories` and (given) `place`."""
        return (
            key in self.phases
            and not self.categories.isdisjoint(categories)
            and (place is None or place in self.places)
        )

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "id": self.id,
            "text": self.text,
            "categories": sorted(self.categories),
            "phases": [key for key in PHASE_KEYS if key in self.phases],
            "places": [place.value for place in Place if place in self.places],
            "source": self.source,
        }
        if self.focus is not None:
            data["focus"] = self.focus.value
        return data


@dataclass(frozen=True)
class TipLibrary:
    """An ordered set of tips with unique ids."""

    tips: tuple[Tip, ...] = ()
    _suitable: dict[tuple[str, frozenset[str], str | None], tuple[Tip, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        seen: set[str] = set()
        for tip in self.tips:
            if tip.id in seen:
                raise ValueError(f"duplicate tip id {tip.id!r}")
            seen.add(tip.id)

    def __len__(self) -> int:
        return len(self.tips)

    def __iter__(self) -> Iterator[Tip]:
        return iter(self.tips)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(tip.id for tip in self.tips)

    def get(self, tip_id: str) -> Tip | None:
        return next((tip for tip in self.tips if tip.id == tip_id), None)

    def suitable(
        self, key: str, categories: Iterable[str], place: str | None = None
    ) -> tuple[Tip, ...]:
        """Tips that suit phase `key`, one of `categories` and `place` (None: any), in library
        order (cached)."""
        wanted = frozenset(categories)
        cache_key = (key, wanted, place)
        found = self._suitable.get(cache_key)
        if found is None:
            found = tuple(tip for tip in self.tips if tip.suits(key, wanted, place))
            self._suitable[cache_key] = found
        return found

    def to_json(self) -> dict[str, object]:
        return {"version": FORMAT_VERSION, "tips": [tip.to_json() for tip in self.tips]}
