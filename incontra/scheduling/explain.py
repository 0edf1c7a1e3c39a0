"""Reasons in words: why a meeting was left out, why no schedule holds every meeting."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from incontra.scheduling.prepare import Prepared, has_perfect_matching
from incontra.scheduling.problem import Problem

SHOWN_SLOTS = 4  # slots named in one explanation before "..."


@dataclass(frozen=True)
class _Placed:
    """A schedule indexed for the questions explanations ask."""

    slot_of: dict[str, int]
    in_slot: dict[int, list[str]]
    meeting_of: dict[tuple[str, int], str]  # (participant, slot) -> meeting
    held: Counter[str]
    later: dict[str, list[str]]  # meeting -> meetings that must come after it


def _index(prep: Prepared, slot_of: dict[str, int]) -> _Placed:
    in_slot: dict[int, list[str]] = defaultdict(list)
    meeting_of: dict[tuple[str, int], str] = {}
    held: Counter[str] = Counter()
    for mid, s in slot_of.items():
        in_slot[s].append(mid)
        for pid in prep.problem.meeting_by_id[mid].participants:
            meeting_of[(pid, s)] = mid
            held[pid] += 1
    return _Placed(slot_of, in_slot, meeting_of, held, _later_than(prep.problem))


def explain_unscheduled(prep: Prepared, slot_of: dict[str, int]) -> dict[str, str]:
    placed = _index(prep, slot_of)
    return {
        m.id: _reason(prep, m.id, placed)
        for m in prep.problem.meetings if m.id not in slot_of
    }


def _reason(prep: Prepared, mid: str, placed: _Placed) -> str:
    if mid in prep.impossible:
        return prep.impossible[mid]
    problem = prep.problem
    for pid in problem.meeting_by_id[mid].participants:
        cap = problem.participant_by_id[pid].max_meetings
        if cap is not None and placed.held[pid] >= cap:
            return f"{pid} is full (max_meetings {cap} reached)"
    blocked = {s: _blockers(prep, mid, s, placed) for s in prep.candidates[mid]}
    open_slots = [problem.slots[s].id for s, why in blocked.items() if not why]
    if open_slots:
        return (f"slot {open_slots[0]} was still open; holding it as well would break the "
                "max_break_spread rule or was not reached within the time limit")
    shown = [f"{problem.slots[s].id} ({why})" for s, why in list(blocked.items())[:SHOWN_SLOTS]]
    more = ", ..." if len(blocked) > SHOWN_SLOTS else ""
    return f"every common free slot is taken: {', '.join(shown)}{more}"


def _blockers(prep: Prepared, mid: str, s: int, placed: _Placed) -> str:
    problem = prep.problem
    here = placed.in_slot.get(s, [])
    for pid in problem.meeting_by_id[mid].participants:
        other = placed.meeting_of.get((pid, s))
        if other is not None:
            return f"{pid} is in {other}"
    table = prep.required_table.get(mid)
    if table is not None and any(prep.required_table.get(m) == table for m in here):
        return f"home table {table} is in use"
    if len(here) >= len(problem.tables):
        return f"all {len(problem.tables)} tables in use"
    if mid in prep.servers and _interpreters_busy(prep, mid, s, here):
        return f"no {problem.language_pair(problem.meeting_by_id[mid])} interpreter free"
    return _order_blocker(prep, mid, s, placed)


def _interpreters_busy(prep: Prepared, mid: str, s: int, here: list[str]) -> bool:
    problem = prep.problem
    slot_id = problem.slots[s].id
    needing = [m for m in here if m in prep.servers] + [mid]
    options = {
        m: [i for i in prep.servers[m] if slot_id not in problem.interpreter_by_id[i].unavailable]
        for m in needing
    }
    return not has_perfect_matching(options)


def _order_blocker(prep: Prepared, mid: str, s: int, placed: _Placed) -> str:
    problem, slot_of = prep.problem, placed.slot_of
    for earlier in problem.meeting_by_id[mid].after:
        if earlier in slot_of and slot_of[earlier] >= s:
            return f"it must come after {earlier}, held in {problem.slots[slot_of[earlier]].id}"
    for later in placed.later.get(mid, ()):
        if later in slot_of and slot_of[later] <= s:
            return f"it must come before {later}, held in {problem.slots[slot_of[later]].id}"
    return ""


def _later_than(problem: Problem) -> dict[str, list[str]]:
    later: dict[str, list[str]] = defaultdict(list)
    for meeting in problem.meetings:
        for earlier in meeting.after:
            later[earlier].append(meeting.id)
    return later


def explain_infeasible(prep: Prepared) -> str:
    """The first simple cause found of "no schedule holds every meeting", in words."""
    for finder in (_over_capacity, _over_cap, _participant_overload, _fixed_clash):
        reason = finder(prep)
        if reason:
            return reason
    return ("no schedule satisfies all the rules together (availability, tables, interpreters, "
            "precedences and max_break_spread); no single participant or slot explains it")


def _over_capacity(prep: Prepared) -> str:
    problem = prep.problem
    if not problem.options.require_all:
        return ""
    places = len(problem.tables) * len(problem.slots)
    if len(problem.meetings) > places:
        return (f"{len(problem.meetings)} meetings must be held but there are only {places} "
                f"table-slots ({len(problem.tables)} tables x {len(problem.slots)} slots)")
    return ""


def _over_cap(prep: Prepared) -> str:
    problem = prep.problem
    if not problem.options.require_all:
        return ""
    for p in problem.participants:
        n = len(problem.meetings_of[p.id])
        if p.max_meetings is not None and n > p.max_meetings:
            return f"{p.id} has {n} meetings to hold but accepts at most {p.max_meetings}"
    return ""


def _participant_overload(prep: Prepared) -> str:
    problem = prep.problem
    if not problem.options.require_all:
        return ""
    for p in problem.participants:
        meetings = problem.meetings_of[p.id]
        options = {mid: list(prep.candidates[mid]) for mid in meetings}
        if not has_perfect_matching(options):
            free = len({s for slots in options.values() for s in slots})
            return (f"the {len(meetings)} meetings of {p.id} cannot all be placed in distinct "
                    f"slots they may use ({free} such slots)")
    return ""


def _fixed_clash(prep: Prepared) -> str:
    problem = prep.problem
    seen: dict[tuple[str, str], str] = {}
    for fixed in problem.fixed:
        for pid in problem.meeting_by_id[fixed.meeting].participants:
            key = (pid, fixed.slot)
            if key in seen:
                return (f"fixed meetings {seen[key]} and {fixed.meeting} both put {pid} in slot "
                        f"{fixed.slot}")
            seen[key] = fixed.meeting
    return ""
