"""Tables and interpreters for meetings whose slots are decided.

The model only guarantees (by Hall's condition) that an assignment exists; these functions build
one. Tables: meetings bound to a table get it; the others keep, when free, the table one of their
participants sat at in their previous meeting that day, so that visitors move as little as
possible. Interpreters: a bipartite matching per slot, fixed interpreters first.
"""

from __future__ import annotations

from incontra.scheduling.prepare import Prepared
from incontra.scheduling.problem import Assignment


class AssignmentError(RuntimeError):
    """No table or interpreter could be found: the model and the rules disagree (a bug)."""


def assign(prep: Prepared, slot_of: dict[str, int]) -> tuple[Assignment, ...]:
    tables = _assign_tables(prep, slot_of)
    interpreters = _assign_interpreters(prep, slot_of)
    problem = prep.problem
    return tuple(
        Assignment(mid, problem.slots[slot_of[mid]].id, tables[mid], interpreters.get(mid))
        for mid in sorted(slot_of, key=lambda m: (slot_of[m], tables[m], m))
    )


def _assign_tables(prep: Prepared, slot_of: dict[str, int]) -> dict[str, str]:
    problem = prep.problem
    table_of: dict[str, str] = {}
    last_table: dict[str, tuple[int, str]] = {}  # participant -> (slot, table) of latest meeting
    for s, here in _by_slot(slot_of).items():
        taken = {prep.required_table[mid] for mid in here if mid in prep.required_table}
        for mid in here:
            if mid in prep.required_table:
                table_of[mid] = prep.required_table[mid]
        for mid in [m for m in here if m not in prep.required_table]:
            table = _preferred_free_table(prep, mid, s, last_table, taken)
            taken.add(table)
            table_of[mid] = table
        for mid in here:
            for pid in problem.meeting_by_id[mid].participants:
                last_table[pid] = (s, table_of[mid])
    return table_of


def _by_slot(slot_of: dict[str, int]) -> dict[int, list[str]]:
    """Slot -> its meetings, both in order."""
    found: dict[int, list[str]] = {}
    for mid in sorted(slot_of):
        found.setdefault(slot_of[mid], []).append(mid)
    return dict(sorted(found.items()))


def _preferred_free_table(
    prep: Prepared, mid: str, s: int, last_table: dict[str, tuple[int, str]], taken: set[str],
) -> str:
    problem = prep.problem
    for pid in problem.meeting_by_id[mid].participants:
        previous = last_table.get(pid)
        if (previous and problem.slots[previous[0]].day == problem.slots[s].day
                and previous[1] not in taken):
            return previous[1]
    free = [t for t in problem.tables if t not in taken]
    if not free:
        raise AssignmentError(f"no free table for meeting {mid} in slot {problem.slots[s].id}")
    # Leave home tables to their hosts when another table is free.
    homes = set(prep.required_table.values())
    return next((t for t in free if t not in homes), free[0])


def _assign_interpreters(prep: Prepared, slot_of: dict[str, int]) -> dict[str, str]:
    problem = prep.problem
    chosen: dict[str, str] = {}
    for s, here in _by_slot(slot_of).items():
        slot_id = problem.slots[s].id
        needing = [mid for mid in here if mid in prep.servers]
        owner: dict[str, str] = {}
        for mid in needing:
            fixed = problem.fixed_by_meeting.get(mid)
            if fixed and fixed.interpreter:
                owner[fixed.interpreter] = mid
        pinned = set(owner)
        options = {
            mid: sorted(i for i in prep.servers[mid]
                        if slot_id not in problem.interpreter_by_id[i].unavailable
                        and i not in pinned)
            for mid in needing if mid not in owner.values()
        }
        for mid in sorted(options, key=lambda m: len(options[m])):
            if not _augment(mid, options, owner, set()):
                raise AssignmentError(f"no interpreter for meeting {mid} in slot {slot_id}")
        chosen.update({mid: iid for iid, mid in owner.items()})
    return chosen


def _augment(mid: str, options: dict[str, list[str]], owner: dict[str, str], seen: set[str]):
    for iid in options[mid]:
        if iid not in seen:
            seen.add(iid)
            if iid not in owner or (owner[iid] in options
                                    and _augment(owner[iid], options, owner, seen)):
                owner[iid] = mid
                return True
    return False
