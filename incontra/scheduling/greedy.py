"""A fast greedy placement, used as the solver's first hint (never as a result on its own).

Fixed meetings first, then by weight (heaviest first) and fewest candidate slots; each meeting goes
to the first candidate slot, next to its participants' meetings when possible, where participants,
tables, home tables, interpreters, caps and precedences still allow it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from incontra.scheduling.prepare import Prepared, has_perfect_matching


def greedy_slots(
    prep: Prepared, *, start: dict[str, int] | None = None, first: Sequence[str] = (),
    prefer: dict[str, frozenset[int]] | None = None,
) -> dict[str, int]:
    """A valid placement (meeting id -> slot index).

    `start`: a valid placement to extend; `first`: meetings to place before all others, in that
    order (the LP's choice on large events); `prefer`: slots each meeting tries before its other
    candidates (the LP's block).
    """
    state = Board(prep, prefer or {})
    for mid, s in (start or {}).items():
        state.place(mid, s)
    problem = prep.problem
    rest = sorted(
        (m.id for m in problem.meetings if prep.candidates[m.id]),
        key=lambda mid: (mid not in problem.fixed_by_meeting, -problem.meeting_by_id[mid].weight,
                         len(prep.candidates[mid]), mid),
    )
    fixed = [f.meeting for f in problem.fixed if prep.candidates[f.meeting]]
    for mid in [*fixed, *first, *rest]:
        if mid in state.slot_of:
            continue
        for s in state.ranked_slots(mid):
            if state.fits(mid, s):
                state.place(mid, s)
                break
    return state.slot_of


class Board:
    """Who and what each slot holds while meetings are placed (and moved, `polish.py`)."""

    def __init__(self, prep: Prepared, prefer: dict[str, frozenset[int]]):
        self.prep = prep
        self.prefer = prefer
        self.slot_of: dict[str, int] = {}
        self.busy: set[tuple[str, int]] = set()
        self.slots_of: dict[str, set[int]] = defaultdict(set)  # participant -> busy slots
        self.count: Counter[str] = Counter()
        self.meetings_in: Counter[int] = Counter()
        self.table_used: set[tuple[str, int]] = set()
        self.interpreters: dict[int, list[frozenset[str]]] = defaultdict(list)

    def ranked_slots(self, mid: str) -> list[int]:
        """Candidate slots, the preferred ones first, then those next to a participant's meeting
        (fewer breaks)."""
        members = self.prep.problem.meeting_by_id[mid].participants
        preferred = self.prefer.get(mid, frozenset())
        def touching(s: int) -> int:
            return -sum((p, s - 1) in self.busy or (p, s + 1) in self.busy for p in members)
        return sorted(self.prep.candidates[mid],
                      key=lambda s: (s not in preferred, touching(s), s))

    def fits(self, mid: str, s: int) -> bool:
        problem, prep = self.prep.problem, self.prep
        meeting = problem.meeting_by_id[mid]
        for pid in meeting.participants:
            cap = problem.participant_by_id[pid].max_meetings
            if (pid, s) in self.busy or (cap is not None and self.count[pid] >= cap):
                return False
        if self.meetings_in[s] >= len(problem.tables):
            return False
        table = prep.required_table.get(mid)
        if table is not None and (table, s) in self.table_used:
            return False
        return self._order_ok(mid, s) and self._interpreter_ok(mid, s)

    def _order_ok(self, mid: str, s: int) -> bool:
        problem = self.prep.problem
        before = problem.meeting_by_id[mid].after
        if any(e in self.slot_of and self.slot_of[e] >= s for e in before):
            return False
        after = problem.later_of.get(mid, ())
        return not any(o in self.slot_of and self.slot_of[o] <= s for o in after)

    def _interpreter_ok(self, mid: str, s: int) -> bool:
        servers = self.prep.servers.get(mid)
        if servers is None:
            return True
        slot_id = self.prep.problem.slots[s].id
        free = {i for i in servers
                if slot_id not in self.prep.problem.interpreter_by_id[i].unavailable}
        options = [*self.interpreters[s], frozenset(free)]
        return has_perfect_matching(dict(enumerate(options)))

    def unplace(self, mid: str) -> None:
        problem = self.prep.problem
        s = self.slot_of.pop(mid)
        self.meetings_in[s] -= 1
        for pid in problem.meeting_by_id[mid].participants:
            self.busy.discard((pid, s))
            self.slots_of[pid].discard(s)
            self.count[pid] -= 1
        if mid in self.prep.required_table:
            self.table_used.discard((self.prep.required_table[mid], s))
        if mid in self.prep.servers:
            self.interpreters[s].remove(self._servers_free(mid, s))

    def _servers_free(self, mid: str, s: int) -> frozenset[str]:
        slot_id = self.prep.problem.slots[s].id
        return frozenset(i for i in self.prep.servers[mid]
                         if slot_id not in self.prep.problem.interpreter_by_id[i].unavailable)

    def place(self, mid: str, s: int) -> None:
        problem = self.prep.problem
        self.slot_of[mid] = s
        self.meetings_in[s] += 1
        for pid in problem.meeting_by_id[mid].participants:
            self.busy.add((pid, s))
            self.slots_of[pid].add(s)
            self.count[pid] += 1
        if mid in self.prep.required_table:
            self.table_used.add((self.prep.required_table[mid], s))
        if mid in self.prep.servers:
            self.interpreters[s].append(self._servers_free(mid, s))
