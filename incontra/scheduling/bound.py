"""An LP upper bound on the weight, for events too large for CP-SAT to close at its root.

The relaxation keeps what limits weight (participant per slot, caps, tables, home tables,
interpreters per group of meetings they can serve) and drops what only rearranges meetings
(precedences, break fairness): a valid upper bound for every schedule. GLOP solves it in seconds
where CP-SAT's own bound may stay at the total requested weight for minutes.

Slots are aggregated into *blocks*: slots that no meeting and no interpreter tells apart (the same
meetings have them as candidates, the same interpreters are free). Any fractional solution of the
slot-by-slot LP can be averaged over the slots of each block without losing weight or breaking a
row, and a per-block solution spreads back evenly, so the block LP has exactly the optimum of the
slot-by-slot LP, with one column per meeting and block instead of per meeting and slot. Real
events have few blocks (half-days, days, sessions): a forum of 20,000 requests over 45 slots gets
about 58,000 columns instead of 650,000, and GLOP solves it in seconds.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass

from ortools.linear_solver import pywraplp

from incontra.scheduling.prepare import Prepared

MAX_HALL_GROUPS = 8  # interpreter groups whose every union gets a row; beyond, one row per group

Column = tuple[str, int]  # (meeting id, block index)


@dataclass(frozen=True)
class LpSolution:
    value: float  # the LP optimum: an upper bound on the weight of any valid schedule
    blocks: list[tuple[int, ...]]  # slot indices of each block (`slot_blocks`)
    held: dict[Column, float]  # how much of each meeting the LP holds in each block (> 0 only)


def lp_weight_bound(prep: Prepared, seconds: float) -> float | None:
    """Optimum of the LP relaxation, or None when GLOP does not prove it in time."""
    solution = lp_weight_solution(prep, seconds)
    return None if solution is None else solution.value


def lp_weight_solution(prep: Prepared, seconds: float) -> LpSolution | None:
    """The LP optimum and its solution per meeting and block; None when GLOP does not prove it
    in time."""
    solver = pywraplp.Solver.CreateSolver("GLOP")
    if solver is None or not prep.problem.meetings:
        return None
    solver.SetTimeLimit(max(1, int(seconds * 1000)))
    blocks = slot_blocks(prep)
    x = _columns(solver, prep, blocks)
    _add_rows(solver, prep, blocks, x)
    objective = solver.Objective()
    for (mid, _), var in x.items():
        objective.SetCoefficient(var, prep.problem.meeting_by_id[mid].weight)
    objective.SetMaximization()
    if solver.Solve() != pywraplp.Solver.OPTIMAL:
        return None
    held = {column: var.solution_value() for column, var in x.items()
            if var.solution_value() > 1e-9}
    return LpSolution(objective.Value(), blocks, held)


def slot_blocks(prep: Prepared) -> list[tuple[int, ...]]:
    """Slots grouped by what tells them apart: the meetings that may use them and the free
    interpreters. In slot order of each block's first slot."""
    problem = prep.problem
    meetings_in: dict[int, list[str]] = defaultdict(list)
    for mid, slots in prep.candidates.items():
        for s in slots:
            meetings_in[s].append(mid)
    groups: dict[tuple, list[int]] = {}
    for s, slot in enumerate(problem.slots):
        free = frozenset(i.id for i in problem.interpreters if slot.id not in i.unavailable)
        groups.setdefault((tuple(meetings_in[s]), free), []).append(s)
    return [tuple(slots) for slots in groups.values()]


def _columns(
    solver: pywraplp.Solver, prep: Prepared, blocks: list[tuple[int, ...]],
) -> dict[Column, pywraplp.Variable]:
    block_of = {s: b for b, slots in enumerate(blocks) for s in slots}
    used = {(mid, block_of[s]) for mid, slots in prep.candidates.items() for s in slots}
    return {column: solver.NumVar(0.0, 1.0, "") for column in sorted(used)}


def _add_rows(
    solver: pywraplp.Solver, prep: Prepared, blocks: list[tuple[int, ...]], x: dict,
) -> None:
    problem = prep.problem
    per_meeting: dict[str, list] = defaultdict(list)
    per_person_block: dict[tuple[str, int], list] = defaultdict(list)
    per_block: dict[int, list] = defaultdict(list)
    per_table_block: dict[tuple[str, int], list] = defaultdict(list)
    for (mid, b), var in x.items():
        per_meeting[mid].append(var)
        per_block[b].append(var)
        for pid in problem.meeting_by_id[mid].participants:
            per_person_block[(pid, b)].append(var)
        if mid in prep.required_table:
            per_table_block[(prep.required_table[mid], b)].append(var)
    for variables in per_meeting.values():
        _at_most(solver, variables, 1)
    for (_, b), variables in [*per_person_block.items(), *per_table_block.items()]:
        _at_most(solver, variables, len(blocks[b]))
    for b, variables in per_block.items():
        _at_most(solver, variables, len(problem.tables) * len(blocks[b]))
    _add_interpreter_rows(solver, prep, blocks, x)
    for participant in problem.participants:
        if participant.max_meetings is not None:
            mine = [var for mid in problem.meetings_of[participant.id] for var in per_meeting[mid]]
            _at_most(solver, mine, participant.max_meetings)


def _add_interpreter_rows(
    solver: pywraplp.Solver, prep: Prepared, blocks: list[tuple[int, ...]], x: dict,
) -> None:
    """Per block, the meetings of a set of interpreter groups take at most the interpreter-slots
    of the interpreters that serve them (Hall's condition, summed over the block's slots): every
    union when there are few groups, else each group alone and all of them together."""
    problem = prep.problem
    by_group: dict[tuple[frozenset[str], int], list] = defaultdict(list)
    for (mid, b), var in x.items():
        if mid in prep.servers:
            by_group[(prep.servers[mid], b)].append(var)
    groups = sorted({servers for servers, _ in by_group}, key=sorted)
    if len(groups) <= MAX_HALL_GROUPS:
        combos = [c for size in range(1, len(groups) + 1)
                  for c in itertools.combinations(groups, size)]
    else:
        combos = [(g,) for g in groups] + [tuple(groups)]
    for b, slots in enumerate(blocks):
        slot_id = problem.slots[slots[0]].id
        free = {i.id for i in problem.interpreters if slot_id not in i.unavailable}
        for combo in combos:
            variables = [v for g in combo for v in by_group.get((g, b), [])]
            _at_most(solver, variables, len(frozenset().union(*combo) & free) * len(slots))


def _at_most(solver: pywraplp.Solver, variables: list, limit: int) -> None:
    if len(variables) > limit:
        row = solver.RowConstraint(0.0, float(limit), "")
        for var in variables:
            row.SetCoefficient(var, 1.0)
