"""An LP upper bound on the weight, for events too large for CP-SAT to close at its root.

The relaxation keeps what limits weight (participant per slot, caps, tables, home tables,
interpreters per group of meetings they can serve) and drops what only rearranges meetings
(precedences, break fairness): a valid upper bound for every schedule. GLOP solves it in seconds
where CP-SAT's own bound may stay at the total requested weight for minutes.
"""

from __future__ import annotations

from collections import defaultdict

from ortools.linear_solver import pywraplp

from incontra.scheduling.prepare import Prepared


def lp_weight_bound(prep: Prepared, seconds: float) -> float | None:
    """Optimum of the LP relaxation, or None when GLOP does not prove it in time."""
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None or not prep.problem.meetings:
        return None
    solver.SetTimeLimit(max(1, int(seconds * 1000)))
    x = _columns(solver, prep)
    _add_rows(solver, prep, x)
    objective = solver.Objective()
    for (mid, _), var in x.items():
        objective.SetCoefficient(var, prep.problem.meeting_by_id[mid].weight)
    objective.SetMaximization()
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return None
    return objective.Value()


def _columns(solver: pywraplp.Solver, prep: Prepared) -> dict[tuple[str, int], pywraplp.Variable]:
    return {(mid, s): solver.NumVar(0.0, 1.0, "")
            for mid, slots in prep.candidates.items() for s in slots}


def _add_rows(solver: pywraplp.Solver, prep: Prepared, x: dict) -> None:
    problem = prep.problem
    per_meeting: dict[str, list] = defaultdict(list)
    per_person_slot: dict[tuple[str, int], list] = defaultdict(list)
    per_slot: dict[int, list] = defaultdict(list)
    per_table_slot: dict[tuple[str, int], list] = defaultdict(list)
    per_group_slot: dict[tuple[frozenset[str], int], list] = defaultdict(list)
    for (mid, s), var in x.items():
        per_meeting[mid].append(var)
        per_slot[s].append(var)
        for pid in problem.meeting_by_id[mid].participants:
            per_person_slot[(pid, s)].append(var)
        if mid in prep.required_table:
            per_table_slot[(prep.required_table[mid], s)].append(var)
        if mid in prep.servers:
            per_group_slot[(prep.servers[mid], s)].append(var)
    for variables in [*per_meeting.values(), *per_person_slot.values(),
                      *per_table_slot.values()]:
        _at_most(solver, variables, 1)
    for variables in per_slot.values():
        _at_most(solver, variables, len(problem.tables))
    for (servers, s), variables in per_group_slot.items():
        slot_id = problem.slots[s].id
        free = [i for i in servers if slot_id not in problem.interpreter_by_id[i].unavailable]
        _at_most(solver, variables, len(free))
    for participant in problem.participants:
        if participant.max_meetings is not None:
            mine = [var for mid in problem.meetings_of[participant.id] for var in per_meeting[mid]]
            _at_most(solver, mine, participant.max_meetings)


def _at_most(solver: pywraplp.Solver, variables: list, limit: int) -> None:
    if len(variables) > limit:
        row = solver.RowConstraint(0.0, float(limit), "")
        for var in variables:
            row.SetCoefficient(var, 1.0)
