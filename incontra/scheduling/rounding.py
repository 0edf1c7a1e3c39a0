"""A placement guided by the LP relaxation: the start of every solve, and the result on events
too large for CP-SAT.

The LP over slot blocks (`bound.py`) is almost integral on real events (on a generated forum of
20,000 requests, all but 5 of its 9,000 held meetings are at 1): it says which meetings to hold
and in which block (a half-day, a day), but not the slot inside the block, where each participant
meets at most once per slot. The greedy (`greedy.py`) supplies that: the meetings the LP holds go
first, heaviest first, each trying the slots of its LP block before its other candidates; the
rest fill what is left. Weight and validity never depend on the LP being right: the greedy
checks every rule as it places, and the solver keeps whichever start is heavier.
"""

from __future__ import annotations

from collections import Counter

from incontra.scheduling.bound import LpSolution
from incontra.scheduling.greedy import greedy_slots
from incontra.scheduling.prepare import Prepared


def lp_guided_slots(prep: Prepared, lp: LpSolution) -> dict[str, int]:
    """A valid placement (meeting id -> slot index) that follows the LP's choice of meetings
    and blocks."""
    block_of = rounded(prep, lp)
    weight = {m.id: m.weight for m in prep.problem.meetings}
    first = sorted(block_of, key=lambda mid: (-weight[mid], len(prep.candidates[mid]), mid))
    prefer = {mid: frozenset(lp.blocks[b]) for mid, b in block_of.items()}
    return greedy_slots(prep, first=first, prefer=prefer)


def rounded(prep: Prepared, lp: LpSolution) -> dict[str, int]:
    """Meeting -> block, for the meetings the LP holds at least half in one block, largest
    share first, within the caps (which the LP respects only fractionally)."""
    problem = prep.problem
    best: dict[str, tuple[float, int]] = {}
    for (mid, b), value in lp.held.items():
        if value >= 0.5 and value > best.get(mid, (0.0, -1))[0]:
            best[mid] = (value, b)
    count: Counter[str] = Counter()
    block_of: dict[str, int] = {}
    for mid, (_, b) in sorted(best.items(), key=lambda item: (-item[1][0], item[0])):
        members = problem.meeting_by_id[mid].participants
        if all(_room(prep, pid, count[pid]) for pid in members):
            count.update(members)
            block_of[mid] = b
    return block_of


def _room(prep: Prepared, pid: str, used: int) -> bool:
    cap = prep.problem.participant_by_id[pid].max_meetings
    return cap is None or used < cap
