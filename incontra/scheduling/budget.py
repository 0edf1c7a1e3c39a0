"""What a local search may still spend: wall-clock seconds, or counted work when the run must
be deterministic.

CP-SAT measures its own deterministic time; the local searches around it (`polish.py`,
`lns.py`) count their steps in the same rough unit (about a second of work on a 2-core
machine of 2026), so that one seed gives one schedule whatever the machine's load. The wall
clock stays the hard limit in both modes: if it cuts a search first, a deterministic run may
differ (as CP-SAT's own runs do).
"""

from __future__ import annotations

import time


class Budget:
    def __init__(self, amount: float, *, deterministic: bool = False,
                 hard_deadline: float | None = None) -> None:
        self.amount = max(0.0, amount)
        self.deterministic = deterministic
        self.used = 0.0
        now = time.monotonic()
        self.deadline = now + self.amount if not deterministic else hard_deadline or float("inf")
        if hard_deadline is not None:
            self.deadline = min(self.deadline, hard_deadline)

    def spend(self, work: float) -> None:
        """Count work done (deterministic mode; a no-op on the wall clock)."""
        self.used += work

    def spent(self) -> bool:
        if time.monotonic() >= self.deadline:
            return True
        return self.deterministic and self.used >= self.amount

    def seconds_left(self) -> float:
        return max(0.0, self.deadline - time.monotonic())

    def work_left(self) -> float:
        """Work units left (deterministic mode) or seconds left."""
        if self.deterministic:
            return max(0.0, self.amount - self.used)
        return self.seconds_left()
