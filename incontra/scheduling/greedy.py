"""A fast greedy placement, used as the solver's first hint (never as a result on its own).

Fixed meetings first, then by weight (heaviest first) and fewest candidate slots; each meeting goes
to the first candidate slot, next to its participants' meetings when possible, where participants,
tables, home tables, interpreters, caps and precedences still allow it.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from incontra.scheduling.prepare import Prepared, has_perfect_matching


def greedy_slots(prep: Prepared) -> dict[str, int]:
    state = _State(prep)
    problem = prep.problem
    order = sorted(
        (m for m in problem.meetings if prep.candidates[m.id]),
        key=lambda m: (m.id not in problem.fixed_by_meeting, -m.weight,
                       len(prep.candidates[m.id]), m.id),
    )
    for meeting in order:
        for s in state.ranked_slots(meeting.id):
            if state.fits(meeting.id, s):
                state.place(meeting.id, s)
                break
    return state.slot_of


class _State:
    def __init__(self, prep: Prepared):
        self.prep = prep
        self.slot_of: dict[str, int] = {}
        self.busy: set[tuple[str, int]] = set()
        self.count: Counter[str] = Counter()
        self.meetings_in: Counter[int] = Counter()
        self.table_used: set[tuple[str, int]] = set()
        self.interpreters: dict[int, list[frozenset[str]]] = defaultdict(list)
        self.later: dict[str, list[str]] = defaultdict(list)  # meeting -> meetings after it
        for meeting in prep.problem.meetings:
            for earlier in meeting.after:
                self.later[earlier].append(meeting.id)

    def ranked_slots(self, mid: str) -> list[int]:
        """Candidate slots, those next to a participant's meeting first (fewer breaks)."""
        members = self.prep.problem.meeting_by_id[mid].participants
        def touching(s: int) -> int:
            return -sum((p, s - 1) in self.busy or (p, s + 1) in self.busy for p in members)
        return sorted(self.prep.candidates[mid], key=lambda s: (touching(s), s))

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
        return not any(o in self.slot_of and self.slot_of[o] <= s for o in self.later[mid])

    def _interpreter_ok(self, mid: str, s: int) -> bool:
        servers = self.prep.servers.get(mid)
        if servers is None:
            return True
        slot_id = self.prep.problem.slots[s].id
        free = {i for i in servers
                if slot_id not in self.prep.problem.interpreter_by_id[i].unavailable}
        options = [*self.interpreters[s], frozenset(free)]
        return has_perfect_matching(dict(enumerate(options)))

    def place(self, mid: str, s: int) -> None:
        problem = self.prep.problem
        self.slot_of[mid] = s
        self.meetings_in[s] += 1
        for pid in problem.meeting_by_id[mid].participants:
            self.busy.add((pid, s))
            self.count[pid] += 1
        if mid in self.prep.required_table:
            self.table_used.add((self.prep.required_table[mid], s))
        if mid in self.prep.servers:
            slot_id = problem.slots[s].id
            self.interpreters[s].append(frozenset(
                i for i in self.prep.servers[mid]
                if slot_id not in problem.interpreter_by_id[i].unavailable))
