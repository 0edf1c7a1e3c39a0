"""Validity and quality of a schedule, computed from the format's rules alone (not the model).

`violations()` lists every broken rule in words; `quality()` measures weight, breaks, idle slots,
meetings per participant and interpreter load. The solver runs `violations()` on each of its
results, so a modelling error can never leak an invalid schedule.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from incontra.scheduling.problem import Assignment, Problem, Schedule


@dataclass(frozen=True)
class Quality:
    weight: float
    held: int
    breaks: int
    idle_slots: int
    breaks_by_participant: dict[str, int]
    meetings_by_participant: dict[str, int]
    interpreter_load: dict[str, int]


def violations(problem: Problem, schedule: Schedule) -> list[str]:
    found = _unknown_ids(problem, schedule)
    known = [a for a in schedule.assignments if _is_known(problem, a)]
    for rule in (_assigned_once, _tables, _participants, _meeting_rules, _home_tables,
                 _interpreters, _fixed, _require_all, _break_spread):
        found.extend(rule(problem, known))
    return found


def _is_known(problem: Problem, a: Assignment) -> bool:
    return (a.meeting in problem.meeting_by_id and a.slot in problem.slot_index
            and a.table in problem.tables
            and (a.interpreter is None or a.interpreter in problem.interpreter_by_id))


def _unknown_ids(problem: Problem, schedule: Schedule) -> list[str]:
    found = []
    for a in schedule.assignments:
        if a.meeting not in problem.meeting_by_id:
            found.append(f"assignment of unknown meeting {a.meeting!r}")
        if a.slot not in problem.slot_index:
            found.append(f"meeting {a.meeting!r} is in unknown slot {a.slot!r}")
        if a.table not in problem.tables:
            found.append(f"meeting {a.meeting!r} is at unknown table {a.table!r}")
        if a.interpreter is not None and a.interpreter not in problem.interpreter_by_id:
            found.append(f"meeting {a.meeting!r} has unknown interpreter {a.interpreter!r}")
    return found


def _assigned_once(problem: Problem, known: list[Assignment]) -> list[str]:
    counts = Counter(a.meeting for a in known)
    return [f"meeting {mid} is assigned {n} times" for mid, n in sorted(counts.items()) if n > 1]


def _tables(problem: Problem, known: list[Assignment]) -> list[str]:
    counts = Counter((a.slot, a.table) for a in known)
    return [f"table {table} holds {n} meetings in slot {slot}"
            for (slot, table), n in sorted(counts.items()) if n > 1]


def _participants(problem: Problem, known: list[Assignment]) -> list[str]:
    found = []
    seen: Counter[tuple[str, str]] = Counter()
    held: Counter[str] = Counter()
    for a in known:
        for pid in problem.meeting_by_id[a.meeting].participants:
            seen[(pid, a.slot)] += 1
            held[pid] += 1
            if a.slot in problem.participant_by_id[pid].unavailable:
                found.append(f"{pid} is unavailable in slot {a.slot} but meets in {a.meeting}")
    found += [f"{pid} is in {n} meetings in slot {slot}"
              for (pid, slot), n in sorted(seen.items()) if n > 1]
    for pid, n in sorted(held.items()):
        cap = problem.participant_by_id[pid].max_meetings
        if cap is not None and n > cap:
            found.append(f"{pid} has {n} meetings, more than max_meetings {cap}")
    return found


def _meeting_rules(problem: Problem, known: list[Assignment]) -> list[str]:
    found = []
    slot_of = {a.meeting: problem.slot_index[a.slot] for a in known}
    for a in known:
        meeting = problem.meeting_by_id[a.meeting]
        if meeting.slots is not None and a.slot not in meeting.slots:
            found.append(f"meeting {a.meeting} is in slot {a.slot}, outside its allowed slots")
        for earlier in meeting.after:
            if earlier in slot_of and slot_of[earlier] >= slot_of[a.meeting]:
                found.append(f"meeting {a.meeting} must come after {earlier}")
    return found


def _home_tables(problem: Problem, known: list[Assignment]) -> list[str]:
    found = []
    for a in known:
        for pid in problem.meeting_by_id[a.meeting].participants:
            home = problem.participant_by_id[pid].table
            if home is not None and a.table != home:
                found.append(f"meeting {a.meeting} is at {a.table}, not at {pid}'s table {home}")
    return found


def _interpreters(problem: Problem, known: list[Assignment]) -> list[str]:
    found = []
    for a in known:
        meeting = problem.meeting_by_id[a.meeting]
        if a.interpreter is None:
            if problem.needs_interpreter(meeting):
                found.append(f"meeting {a.meeting} needs an interpreter "
                             f"({problem.language_pair(meeting)}) and has none")
            continue
        interpreter = problem.interpreter_by_id[a.interpreter]
        if not problem.can_serve(interpreter, meeting):
            found.append(f"interpreter {a.interpreter} cannot serve meeting {a.meeting} "
                         f"({problem.language_pair(meeting)})")
        if a.slot in interpreter.unavailable:
            found.append(f"interpreter {a.interpreter} is unavailable in slot {a.slot}")
    counts = Counter((a.interpreter, a.slot) for a in known if a.interpreter is not None)
    found += [f"interpreter {iid} serves {n} meetings in slot {slot}"
              for (iid, slot), n in sorted(counts.items()) if n > 1]
    return found


def _fixed(problem: Problem, known: list[Assignment]) -> list[str]:
    found = []
    placed = {a.meeting: a for a in known}
    for fixed in problem.fixed:
        a = placed.get(fixed.meeting)
        if a is None:
            found.append(f"fixed meeting {fixed.meeting} is missing")
        elif (a.slot != fixed.slot or (fixed.table and a.table != fixed.table)
              or (fixed.interpreter and a.interpreter != fixed.interpreter)):
            found.append(f"fixed meeting {fixed.meeting} was moved")
    return found


def _require_all(problem: Problem, known: list[Assignment]) -> list[str]:
    if not problem.options.require_all:
        return []
    placed = {a.meeting for a in known}
    missing = [m.id for m in problem.meetings if m.id not in placed]
    if not missing:
        return []
    shown = ", ".join(missing[:5]) + (", ..." if len(missing) > 5 else "")
    return [f"require_all: {len(missing)} meetings are not held ({shown})"]


def _break_spread(problem: Problem, known: list[Assignment]) -> list[str]:
    spread = problem.options.max_break_spread
    if spread is None or not problem.participants:
        return []
    breaks = participant_breaks(problem, known)
    low = min(breaks, key=breaks.__getitem__)
    high = max(breaks, key=breaks.__getitem__)
    if breaks[high] - breaks[low] > spread:
        message = (f"max_break_spread {spread}: {high} has {breaks[high]} breaks, "
                   f"{low} has {breaks[low]}")
        return [message]
    return []


# --- quality -----------------------------------------------------------------------------------

def busy_slots(problem: Problem, assignments: list[Assignment] | tuple[Assignment, ...]):
    """Participant id -> sorted slot indices in which they meet."""
    busy: dict[str, list[int]] = {p.id: [] for p in problem.participants}
    for a in assignments:
        for pid in problem.meeting_by_id[a.meeting].participants:
            busy[pid].append(problem.slot_index[a.slot])
    return {pid: sorted(slots) for pid, slots in busy.items()}


def breaks_of(problem: Problem, slots: list[int]) -> int:
    """Breaks: consecutive meetings on the same day that are not in adjacent slots."""
    return sum(
        1 for i, j in pairwise(slots)
        if problem.slots[i].day == problem.slots[j].day and not problem.adjacent(i, j)
    )


def idle_of(problem: Problem, slots: list[int]) -> int:
    """Idle slots: listed slots strictly between two same-day meetings, without a meeting."""
    return sum(
        j - i - 1 for i, j in pairwise(slots)
        if problem.slots[i].day == problem.slots[j].day
    )


def participant_breaks(problem: Problem, assignments) -> dict[str, int]:
    return {pid: breaks_of(problem, s) for pid, s in busy_slots(problem, assignments).items()}


def quality(problem: Problem, schedule: Schedule) -> Quality:
    known = [a for a in schedule.assignments if _is_known(problem, a)]
    busy = busy_slots(problem, known)
    breaks = {pid: breaks_of(problem, slots) for pid, slots in busy.items()}
    return Quality(
        weight=sum(problem.meeting_by_id[a.meeting].weight for a in known),
        held=len(known),
        breaks=sum(breaks.values()),
        idle_slots=sum(idle_of(problem, slots) for slots in busy.values()),
        breaks_by_participant=breaks,
        meetings_by_participant={pid: len(slots) for pid, slots in busy.items()},
        interpreter_load=dict(Counter(a.interpreter for a in known if a.interpreter)),
    )
