"""What the runner lived through in a session: the workout seconds actually spent (skipped
stretches do not count), in all, backwards, and in each phase, and the rounds done."""

from __future__ import annotations

from retrocoach.core.workout import Pace, Plan


class LivedTime:
    """The lived seconds of one run of `plan`; :meth:`add` a stretch as it is lived."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.active = 0.0
        self.backward = 0.0
        self.by_phase: dict[int, float] = {}

    def add(self, t_from: float, t_to: float) -> None:
        """Add the naturally lived stretch [t_from, t_to] of workout time."""
        low, high = max(t_from, 0.0), min(t_to, float(self.plan.total_seconds))
        if high <= low:
            return
        self.active += high - low
        for p in self.plan.phases:
            if p.start < high and p.end > low:
                lived = min(high, p.end) - max(low, p.start)
                self.by_phase[p.index] = self.by_phase.get(p.index, 0.0) + lived
                if p.phase.is_backward:
                    self.backward += lived

    def rounds_done(self) -> int:
        """Rounds whose last phase was lived to its end (skipping through a round is not it)."""
        last_of_round: dict[int, int] = {}
        for p in self.plan.phases:
            if p.round is not None:
                last_of_round[p.round] = p.index
        return sum(
            1
            for index in last_of_round.values()
            if self.by_phase.get(index, 0.0) >= self.plan.phases[index].seconds - 1e-6
        )


def longest_backward_run(plan: Plan, by_phase: dict[int, float]) -> float:
    """The longest continuous backward jog or run lived: the lived seconds of consecutive
    backward jog and run phases added up (a walk, a forward phase or a stretch not lived
    whole ends it)."""
    best = current = 0.0
    for p in plan.phases:
        lived = by_phase.get(p.index, 0.0)
        if p.phase.is_backward and p.phase.pace is not Pace.WALK and lived > 0:
            current += lived
            best = max(best, current)
            if lived < p.seconds - 1e-6:  # skipped or stopped part-way: the run ended here
                current = 0.0
        else:
            current = 0.0
    return best
