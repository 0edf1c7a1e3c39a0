"""More weight on mid-sized events: large-neighbourhood search over windows of slots.

On events of a few hundred participants (20,000 to 40,000 candidate pairs) CP-SAT's weight
model does not improve the LP-guided start within tens of seconds, with or without a hint. A
window of a few consecutive slots of one day is small enough to solve exactly: every meeting
held in it (except fixed ones) may move to another slot of the window or give its place, and
every meeting not held may come in, within what the rest of the schedule leaves (caps,
precedences). Nothing outside the window uses its slots, so tables, interpreters and
participants per slot are all in the window's model. The current placement is the hint, so a
window never loses weight.

Each window costs its CP-SAT deterministic time plus WINDOW_WORK (building its model) of a
`Budget`, so that a deterministic run solves the same windows whatever the machine's load.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter

from ortools.sat.python import cp_model

from incontra.scheduling.budget import Budget
from incontra.scheduling.model import build_weight_model, held
from incontra.scheduling.prepare import Prepared

WINDOW_SLOTS = 6
# Building a window's model, in the budget's units (about seconds).
WINDOW_WORK = 0.1


def heavier(
    prep: Prepared, slot_of: dict[str, int], budget: Budget, seed: int = 0,
) -> dict[str, int]:
    """`slot_of` with windows re-solved for weight, in random order, until the budget is spent
    or a full round of windows gains nothing."""
    windows = _windows(prep)
    rng = random.Random(seed)
    current = dict(slot_of)
    gained = True
    while gained and budget.work_left() >= 0.5 and budget.seconds_left() >= 0.5:
        gained = False
        rng.shuffle(windows)
        for window in windows:
            if budget.work_left() < 0.5 or budget.seconds_left() < 0.5:
                break
            found = _solve_window(prep, current, window, budget, seed)
            if found is not None:
                current, gained = found, True
    return current


def _windows(prep: Prepared) -> list[tuple[int, ...]]:
    """Windows of WINDOW_SLOTS consecutive slots of one day, overlapping by half."""
    found = []
    step = max(1, WINDOW_SLOTS // 2)
    for day in prep.problem.days:
        for start in range(0, max(1, len(day) - step), step):
            found.append(tuple(day[start:start + WINDOW_SLOTS]))
    return found


def _solve_window(
    prep: Prepared, current: dict[str, int],
    window: tuple[int, ...], budget: Budget, seed: int,
) -> dict[str, int] | None:
    """The placement with the window re-solved, or None when it gains no weight."""
    inside = set(window)
    outside = {mid: s for mid, s in current.items() if s not in inside}
    count = Counter(pid for mid in outside for pid in prep.problem.meeting_by_id[mid].participants)
    candidates = {m.id: _window_slots(prep, m.id, inside, outside, count)
                  for m in prep.problem.meetings}
    fixed = tuple(f for f in prep.problem.fixed if prep.problem.slot_index[f.slot] in inside)
    sub = dataclasses.replace(prep, problem=dataclasses.replace(prep.problem, fixed=fixed),
                              candidates=candidates)
    model = build_weight_model(sub)
    _add_caps_left(model, count)
    for mid, by_slot in model.x.items():
        for s, var in by_slot.items():
            model.cp.add_hint(var, current.get(mid) == s)
    model.cp.maximize(model.weight)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = min(2.0, budget.seconds_left())
    if budget.deterministic:
        solver.parameters.max_deterministic_time = min(2.0, budget.work_left())
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    status = solver.solve(model.cp)
    budget.spend(solver.deterministic_time + WINDOW_WORK)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    placed = {mid: s for mid, by_slot in model.x.items()
              for s, var in by_slot.items() if solver.boolean_value(var)}
    weight = prep.problem.meeting_by_id
    before = sum(weight[mid].weight for mid, s in current.items() if s in inside)
    if sum(weight[mid].weight for mid in placed) <= before + 1e-9:
        return None
    return outside | placed


def _window_slots(
    prep: Prepared, mid: str, inside: set[int],
    outside: dict[str, int], count: Counter[str],
) -> tuple[int, ...]:
    """The window slots open to a meeting not held outside it: its participants under their
    caps, its precedences with meetings held outside kept."""
    problem = prep.problem
    if mid in outside:
        return ()
    for pid in problem.meeting_by_id[mid].participants:
        cap = problem.participant_by_id[pid].max_meetings
        if cap is not None and count[pid] >= cap:
            return ()
    before_it = problem.meeting_by_id[mid].after
    return tuple(s for s in prep.candidates[mid] if s in inside
                 and all(outside.get(e, -1) < s for e in before_it)
                 and all(outside.get(after_it, len(problem.slots)) > s
                         for after_it in problem.later_of.get(mid, ())))


def _add_caps_left(model, count: Counter[str]) -> None:
    """Caps count the meetings held outside the window."""
    problem = model.prep.problem
    for participant in problem.participants:
        cap = participant.max_meetings
        mine = [mid for mid in problem.meetings_of[participant.id] if model.x.get(mid)]
        if cap is not None and mine and len(mine) > cap - count[participant.id]:
            model.cp.add(sum(held(model, mid) for mid in mine) <= cap - count[participant.id])
