"""Picking tips for a session without repeats (:class:`TipPicker`)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Iterable

from retrocoach.core.tip_model import Tip, TipLibrary

#: A tip is not said again within this many seconds of workout time (issue 9).
REPEAT_GAP_SECONDS = 300.0


class TipPicker:
    """Picks tips for a session: no tip comes back while an unused suitable one exists, and
    never within :data:`REPEAT_GAP_SECONDS` of workout time.

    "Suitable" means the pool of one :meth:`pick` call (phase key, categories, place) less
    the tips said in the last five minutes. The picker takes a least-used tip of that pool, so
    a tip is repeated only when every tip of the pool was used at least as often. A `fits`
    filter (e.g. "short enough for this gap") never breaks that rule: if no least-used tip
    fits, there is no tip rather than a repeat. Deterministic for a given random generator;
    avoids the tip it gave last when another one is just as fresh. Calls must come in time
    order (the timeline is built from start to end).
    """

    def __init__(self, library: TipLibrary, rng: random.Random | None = None) -> None:
        self.library = library
        self._rng = rng if rng is not None else random.Random(0)
        self._uses: dict[str, int] = {}
        self._said_at: dict[str, float] = {}
        self._last: str | None = None

    def times_used(self, tip_id: str) -> int:
        return self._uses.get(tip_id, 0)

    def fresh(
        self,
        key: str,
        categories: Iterable[str],
        at: float | None = None,
        place: str | None = None,
    ) -> list[Tip]:
        """The tips :meth:`pick` would choose from at `at` (None: no five-minute rule), in a
        seeded random order (the tip given last, if among them, at the end)."""
        pool = [
            tip
            for tip in self.library.suitable(key, categories, place)
            if at is None or at - self._said_at.get(tip.id, -math.inf) >= REPEAT_GAP_SECONDS
        ]
        if not pool:
            return []
        fewest = min(self._uses.get(tip.id, 0) for tip in pool)
        fresh = [tip for tip in pool if self._uses.get(tip.id, 0) == fewest]
        self._rng.shuffle(fresh)
        fresh.sort(key=lambda tip: tip.id == self._last)
        return fresh

    def oldest(self, key: str, categories: Iterable[str], place: str | None = None) -> list[Tip]:
        """Every suitable tip, the one said longest ago (or never) first: for a cue that must
        be said even when the five-minute rule leaves nothing fresh."""
        pool = list(self.library.suitable(key, categories, place))
        pool.sort(key=lambda tip: self._said_at.get(tip.id, -math.inf))
        return pool

    def use(self, tip: Tip, at: float | None = None) -> None:
        """Count `tip` as said (at workout time `at`, if given)."""
        self._uses[tip.id] = self._uses.get(tip.id, 0) + 1
        if at is not None:
            self._said_at[tip.id] = at
        self._last = tip.id

    def pick(
        self,
        key: str,
        categories: Iterable[str],
        fits: Callable[[Tip], bool] | None = None,
        *,
        at: float | None = None,
        place: str | None = None,
    ) -> Tip | None:
        fresh = self.fresh(key, categories, at, place)
        tip = next((tip for tip in fresh if fits is None or fits(tip)), None)
        if tip is not None:
            self.use(tip, at)
        return tip
