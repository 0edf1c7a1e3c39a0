"""What can be decided before solving: the slots each meeting can use, and why some cannot be held.

The model only gets a variable for a meeting in a slot where it could really take place (every
participant free, inside the meeting's own slots, an interpreter able to serve it available), which
keeps large events small and lets the explanations name the cause of an impossible meeting.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

from incontra.scheduling.problem import Fixed, Meeting, Problem


@dataclass(frozen=True)
class Prepared:
    problem: Problem
    # meeting id -> slot indices where it may be held, in slot order
    candidates: dict[str, tuple[int, ...]]
    # meeting id -> the table it must use (a participant's home table or a fixed table)
    required_table: dict[str, str]
    # meeting id -> interpreters able to serve it (only meetings that need one)
    servers: dict[str, frozenset[str]]
    # meeting id -> why it can never be held (static reasons, in words)
    impossible: dict[str, str]
    # fixed entries that contradict the problem itself, in words
    fixed_conflicts: tuple[str, ...]


def prepare(problem: Problem) -> Prepared:
    servers = {m.id: _servers(problem, m) for m in problem.meetings if problem.needs_interpreter(m)}
    required: dict[str, str] = {}
    impossible: dict[str, str] = {}
    candidates: dict[str, tuple[int, ...]] = {}
    for meeting in problem.meetings:
        table, clash = _required_table(problem, meeting)
        if table is not None:
            required[meeting.id] = table
        reason = clash or _static_reason(problem, meeting, servers.get(meeting.id))
        slots = () if reason else _candidate_slots(problem, meeting, servers.get(meeting.id))
        if not reason and not slots:
            reason = _no_slot_reason(problem, meeting)
        if reason:
            impossible[meeting.id] = reason
        candidates[meeting.id] = slots
    conflicts = tuple(
        c for f in problem.fixed for c in _fixed_conflicts(problem, f, candidates, impossible)
    )
    _apply_fixed(problem, candidates)
    return Prepared(problem, candidates, required, servers, impossible, conflicts)


def _servers(problem: Problem, meeting: Meeting) -> frozenset[str]:
    return frozenset(i.id for i in problem.interpreters if problem.can_serve(i, meeting))


def _required_table(problem: Problem, meeting: Meeting) -> tuple[str | None, str | None]:
    homes = {
        pid: problem.participant_by_id[pid].table for pid in meeting.participants
        if problem.participant_by_id[pid].table is not None
    }
    fixed = problem.fixed_by_meeting.get(meeting.id)
    tables = set(homes.values()) | ({fixed.table} if fixed and fixed.table else set())
    if len(tables) > 1:
        where = ", ".join(f"{pid} at {table}" for pid, table in sorted(homes.items()))
        if fixed and fixed.table:
            where += f", fixed at {fixed.table}"
        return None, f"home-table clash: {where}; a meeting is held at one table"
    return (tables.pop() if tables else None), None


def _static_reason(problem: Problem, meeting: Meeting, servers: frozenset[str] | None) -> str:
    if servers is not None and not servers:
        return f"no interpreter for the language pair {problem.language_pair(meeting)}"
    for pid in meeting.participants:
        cap = problem.participant_by_id[pid].max_meetings
        if cap == 0:
            return f"{pid} accepts no meetings (max_meetings 0)"
    return ""


def _allowed_slots(problem: Problem, meeting: Meeting) -> list[int]:
    blocked: set[str] = set()
    for pid in meeting.participants:
        blocked |= problem.participant_by_id[pid].unavailable
    return [
        i for i, slot in enumerate(problem.slots)
        if slot.id not in blocked and (meeting.slots is None or slot.id in meeting.slots)
    ]


def _candidate_slots(
    problem: Problem, meeting: Meeting, servers: frozenset[str] | None,
) -> tuple[int, ...]:
    slots = _allowed_slots(problem, meeting)
    if servers is not None:
        slots = [i for i in slots if _interpreter_free(problem, servers, problem.slots[i].id)]
    return tuple(slots)


def _interpreter_free(problem: Problem, servers: frozenset[str], slot_id: str) -> bool:
    return any(slot_id not in problem.interpreter_by_id[i].unavailable for i in servers)


def _no_slot_reason(problem: Problem, meeting: Meeting) -> str:
    names = " and ".join(meeting.participants)
    if not _allowed_slots(problem, meeting):
        scope = " within the meeting's own slots" if meeting.slots is not None else ""
        return f"no common free slot for {names}{scope}"
    return (
        f"no interpreter for {problem.language_pair(meeting)} is available in any common free "
        f"slot of {names}"
    )


def _fixed_conflicts(
    problem: Problem, fixed: Fixed, candidates: dict[str, tuple[int, ...]],
    impossible: dict[str, str],
) -> list[str]:
    meeting = problem.meeting_by_id[fixed.meeting]
    found = []
    if meeting.id in impossible:
        found.append(f"meeting {meeting.id} is fixed but cannot be held: {impossible[meeting.id]}")
    elif problem.slot_index[fixed.slot] not in candidates[meeting.id]:
        found.append(_fixed_slot_conflict(problem, meeting, fixed))
    if fixed.interpreter is not None:
        found.extend(_fixed_interpreter_conflicts(problem, meeting, fixed))
    return found


def _fixed_slot_conflict(problem: Problem, meeting: Meeting, fixed: Fixed) -> str:
    head = f"meeting {meeting.id} is fixed in slot {fixed.slot}"
    if meeting.slots is not None and fixed.slot not in meeting.slots:
        return f"{head}, outside the slots it may use"
    for pid in meeting.participants:
        if fixed.slot in problem.participant_by_id[pid].unavailable:
            return f"{head}, where {pid} is unavailable"
    return f"{head}, where it cannot be held ({_no_slot_reason(problem, meeting)})"


def _fixed_interpreter_conflicts(problem: Problem, meeting: Meeting, fixed: Fixed) -> list[str]:
    interpreter = problem.interpreter_by_id[fixed.interpreter]
    head = f"meeting {meeting.id} is fixed with interpreter {interpreter.id}"
    found = []
    if not problem.can_serve(interpreter, meeting):
        found.append(f"{head}, who cannot serve {problem.language_pair(meeting)}")
    if fixed.slot in interpreter.unavailable:
        found.append(f"{head}, who is unavailable in slot {fixed.slot}")
    return found


def _apply_fixed(problem: Problem, candidates: dict[str, tuple[int, ...]]) -> None:
    """A fixed meeting is held in its slot and nowhere else."""
    for fixed in problem.fixed:
        index = problem.slot_index[fixed.slot]
        candidates[fixed.meeting] = (index,) if index in candidates[fixed.meeting] else ()


def has_perfect_matching(options: Mapping[Hashable, Iterable[Hashable]]) -> bool:
    """Every key can get its own value among its options (augmenting paths; small inputs)."""
    owner: dict[Hashable, Hashable] = {}
    choices = {key: sorted(values, key=str) for key, values in options.items()}

    def augment(key: Hashable, seen: set[Hashable]) -> bool:
        for value in choices[key]:
            if value not in seen:
                seen.add(value)
                if value not in owner or augment(owner[value], seen):
                    owner[value] = key
                    return True
        return False

    return all(augment(key, set()) for key in sorted(choices, key=lambda k: len(choices[k])))


def window_fits(prep: Prepared, meetings: Iterable[str], window: tuple[int, ...]) -> bool:
    """Can these meetings all be held in distinct slots of `window`?"""
    inside = set(window)
    return has_perfect_matching({mid: [s for s in prep.candidates[mid] if s in inside]
                                 for mid in meetings})
