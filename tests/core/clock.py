"""A fake monotonic + wall clock pair for the pure core: time moves only when a test says."""

from __future__ import annotations


class FakeClock:
    """`monotonic()` and `wall()` advance together, unless a test makes the machine sleep."""

    def __init__(self, start: float = 1000.0, wall_offset: float = 1_700_000_000.0) -> None:
        self.now = start
        self.wall_offset = wall_offset

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return self.now + self.wall_offset

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep_machine(self, seconds: float) -> None:
        """A suspend: the wall clock jumps, the monotonic clock stands still (as on Linux)."""
        self.wall_offset += seconds
