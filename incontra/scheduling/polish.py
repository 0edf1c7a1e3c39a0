"""Fewer breaks by moving single meetings, the same meetings held: a fast local search.

The weight phase chooses *which* meetings to hold; its solver places them in whatever slots
close the proof first, which leaves participants' days full of gaps (on the generated missions,
70 % more breaks than the greedy). This moves one meeting at a time to the candidate slot,
free for all its participants and within every rule (`greedy.Board.fits`), that removes the most
breaks of its participants (ties: the fewest idle slots), until no move helps or time is up. The
break phase then starts from a far better schedule, and on events too large for the break phase
this is its only improvement. Fixed meetings never move.

Each tried move counts as MOVE_WORK of a `Budget`, so that a deterministic run stops after the
same moves whatever the machine's load.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable

from incontra.scheduling.budget import Budget
from incontra.scheduling.greedy import Board
from incontra.scheduling.prepare import Prepared

# Work of one tried move or swap, in the budget's units (about seconds): a try took 90 to 190 us
# of CPU on the generated events (missions to forum), so a deterministic run stays within time.
MOVE_WORK = 2e-4


def fewer_breaks(prep: Prepared, slot_of: dict[str, int], budget: Budget) -> dict[str, int]:
    """The placement with single meetings moved while each move lowers (breaks, idle slots) of
    the participants it touches; the same meetings, every rule kept."""
    board = Board(prep, {})
    for mid, s in slot_of.items():
        board.place(mid, s)
    days = _Days(prep, board)
    movable = sorted(mid for mid in slot_of if mid not in prep.problem.fixed_by_meeting)
    movable_set = set(movable)
    improved = True
    while improved and not budget.spent():
        improved = _pass(movable, budget, lambda mid: _move_if_better(board, days, mid))
        if not improved:  # single moves are stuck: swaps may open new ones
            improved = _pass(movable, budget,
                             lambda mid: _swap_if_better(board, days, mid, movable_set))
    return dict(board.slot_of)


def _pass(movable: list[str], budget: Budget, try_one: Callable[[str], bool]) -> bool:
    improved = False
    for mid in movable:
        improved = try_one(mid) or improved
        budget.spend(MOVE_WORK)
        if budget.spent():
            break
    return improved


class _Days:
    """Per participant and day, the busy slots; scores a participant's (breaks, idle slots)."""

    def __init__(self, prep: Prepared, board: Board):
        self.prep, self.board = prep, board
        self.day_of = {s: d for d, slots in enumerate(prep.problem.days) for s in slots}

    def score(self, pid: str, day: int, extra: tuple[int, ...] = ()) -> tuple[int, int]:
        """(breaks, idle slots) of the participant on that day, as if also busy in the `extra`
        slots."""
        slots = sorted(s for s in (*self.board.slots_of[pid], *extra) if self.day_of[s] == day)
        if not slots:
            return 0, 0
        # check.breaks_of/idle_of count the same for one day's slots, but look up each slot's
        # day again, which this hot loop cannot afford (the moves ran markedly slower).
        breaks = sum(1 for a, b in itertools.pairwise(slots) if b != a + 1)
        return breaks, slots[-1] - slots[0] + 1 - len(slots)


def _move_if_better(board: Board, days: _Days, mid: str) -> bool:
    """Move the meeting to the slot that lowers its participants' (breaks, idle slots) most.

    With the meeting taken out, each slot is scored by what putting it back there adds to its
    participants' days (only the day of that slot changes), before the slower check of every
    rule.
    """
    members = board.prep.problem.meeting_by_id[mid].participants
    here = board.slot_of[mid]
    board.unplace(mid)
    day_lists: dict[tuple[str, int], list[int]] = {}

    def added(s: int) -> tuple[int, int]:
        day = days.day_of[s]
        costs = []
        for pid in members:
            if (pid, day) not in day_lists:
                day_lists[(pid, day)] = sorted(t for t in board.slots_of[pid]
                                               if days.day_of[t] == day)
            costs.append(_insertion_cost(day_lists[(pid, day)], s))
        return sum(b for b, _ in costs), sum(i for _, i in costs)

    best_score, best_slot = added(here), here
    for s in board.prep.candidates[mid]:
        if s == here or any((pid, s) in board.busy for pid in members):
            continue
        score = added(s)
        if score < best_score and board.fits(mid, s):
            best_score, best_slot = score, s
    board.place(mid, best_slot)
    return best_slot != here


def _insertion_cost(day: list[int], s: int) -> tuple[int, int]:
    """(breaks, idle slots) added to a participant's day (its busy slots, sorted) by a meeting
    in slot s (free that day)."""
    i = bisect.bisect_left(day, s)
    before = day[i - 1] if i > 0 else None
    after = day[i] if i < len(day) else None
    if before is not None and after is not None:  # inside a gap, which was a break already
        return int(s != before + 1) + int(after != s + 1) - 1, -1
    if before is not None:
        return int(s != before + 1), s - before - 1
    if after is not None:
        return int(after != s + 1), after - s - 1
    return 0, 0


def _swap_if_better(board: Board, days: _Days, mid: str, movable: set[str]) -> bool:
    """Swap the slots of `mid` and another meeting of one of its participants on the same day
    when that lowers (breaks, idle slots): the shared participant keeps their day, the others
    get the other slot."""
    problem, here = board.prep.problem, board.slot_of[mid]
    for pid in problem.meeting_by_id[mid].participants:
        for other in problem.meetings_of[pid]:
            there = board.slot_of.get(other)
            if (other != mid and other in movable and there is not None
                    and days.day_of[there] == days.day_of[here]
                    and _swap_helps(board, days, (mid, here), (other, there))):
                return True
    return False


def _swap_helps(board: Board, days: _Days, first: tuple[str, int], second: tuple[str, int]) -> bool:
    (mid, here), (other, there) = first, second
    problem = board.prep.problem
    if here not in board.prep.candidates[other] or there not in board.prep.candidates[mid]:
        return False
    mine, theirs = (problem.meeting_by_id[mid].participants,
                    problem.meeting_by_id[other].participants)
    members = tuple(dict.fromkeys((*mine, *theirs)))
    day = days.day_of[here]  # the day of both slots, the only one that changes
    before = _total(days, members, day)
    board.unplace(mid)
    board.unplace(other)
    extra = {pid: (there,) * (pid in mine) + (here,) * (pid in theirs) for pid in members}
    if _total(days, members, day, extra) < before and board.fits(mid, there):
        board.place(mid, there)
        if board.fits(other, here):
            board.place(other, here)
            return True
        board.unplace(mid)
    board.place(mid, here)
    board.place(other, there)
    return False


def _total(
    days: _Days, members: tuple[str, ...], day: int,
    extra: dict[str, tuple[int, ...]] | None = None,
) -> tuple[int, int]:
    scores = [days.score(pid, day, (extra or {}).get(pid, ())) for pid in members]
    return sum(b for b, _ in scores), sum(i for _, i in scores)
