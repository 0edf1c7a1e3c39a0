"""The break phase: fewest breaks at the weight reached (docs/scheduling.md, "Break phase").

CP-SAT searches at a target (the participants' floors, one holder), the MaxSAT search
(`maxsat.py`) and CP-SAT's core-guided search in turn, with the SAT holder search beside them in
a child process."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import partial

from ortools.sat.python import cp_model

from incontra.scheduling import maxsat
from incontra.scheduling.budget import Budget
from incontra.scheduling.model import build_model
from incontra.scheduling.solving import (
    FIRST_SUBSOLVERS,
    Run,
    breaks_of,
    charge,
    hint_all,
    hint_placement,
    hint_slots,
    left,
    local_budget,
    new_solver,
    optimise,
    say,
    slots_from,
    solution_breaks,
    solve_model,
    time_left,
    too_large,
    valid,
)


def breaks_phase(run: Run) -> tuple[int, int | None]:
    """Phase 2: fewest breaks at that weight (`_search_breaks`), or the holder search's optimum
    when it finds one, on the other core, before the CP-SAT searches end."""
    try:
        status, floor = _search_breaks(run)
    finally:
        holders, run.holders = run.holders, None
        if holders is not None:
            holders.stop()
    found = holders.found if holders is not None else None
    if found is None:
        return status, floor
    if not valid(run, found[0]):  # a bug: never let it through, but say so
        say(run, "holder search: its schedule breaks a rule; not used")
        return status, floor
    slot_of, breaks = found
    if run.slot_of is None or breaks < solution_breaks(run):
        run.slot_of = slot_of
        hint_slots(run, slot_of)
    say(run, f"holder search: {breaks} breaks, at the proven bound")
    run.model.cp.add(run.model.total_breaks <= breaks)
    return cp_model.OPTIMAL, breaks


def _start_holders(run: Run) -> maxsat.HolderProcess | None:
    """With `require_all`, the SAT holder search starts on the second core once the first
    target search has failed: it needs time (ticf-13crafb: 14.2 s beside the linear search
    alone, `bench/scheduling/run_maxsat.py`), and the bounds proven here help it along. Not
    earlier: most events are settled by that first search, which a child encoding beside it
    slows down (the crafted JAIR variants). Not with one worker (one core asked for), nor in
    deterministic mode (what it finds depends on when)."""
    if run.workers < 2 or run.deterministic or maxsat.not_applicable(run.prep):
        return None
    return maxsat.HolderProcess(run.prep, until=run.deadline)


def _search_breaks(run: Run) -> tuple[int, int | None]:
    """Fewest breaks by CP-SAT, and by MaxSAT with `require_all`.

    With `require_all`, a schedule at the proven lower bound is looked for directly first (and
    again after the core-guided search has raised the bound): a search held to a target breaks
    count propagates far better than the optimisation. Each proof that the target cannot be met
    raises the bound by one. When the participants' floors are all 0 and the first proof raises
    the bound to 1, the holder search (`_holder_search`) looks for the one participant to take
    that break.
    """
    model = run.model
    model.cp.minimize(model.total_breaks)
    floors = floor = sum(model.break_floor.values()) if model.break_floor else 0
    for _ in range(MAX_FLOOR_STEPS if model.break_floor else 0):
        # Linear search up from the floor while each step is settled quickly (an infeasible
        # event would otherwise climb forever: hence the cap on steps).
        reached, raised = _try_floor(run, floor)
        if reached:
            run.model.cp.add(model.total_breaks <= floor)
            return cp_model.OPTIMAL, floor
        if raised == floor:
            break
        floor = raised
    run.holders = _start_holders(run)
    if run.holders is not None:
        run.holders.raise_bound(floor)
    holder_case = bool(model.break_floor) and floors == 0 and floor == 1
    if holder_case and _holder_search(run, 1, HOLDER_SHARE):
        model.cp.add(model.total_breaks <= floor)
        return cp_model.OPTIMAL, floor
    found = _maxsat_breaks(run)
    if found is not None:
        if found.optimal:
            model.cp.add(model.total_breaks <= found.breaks)
            return cp_model.OPTIMAL, found.breaks
        floor = max(floor, found.lower_bound)
    fairness = run.prep.problem.options.max_break_spread is not None
    if holder_case and run.slot_of is None and fairness:
        # the time spent leaves the core-guided search too little to find a first schedule
        # itself (ticf-13crafb: none in 12 s)
        _fair_start(run, share=0.5)
    # Without a schedule yet, keep time for the fair start below should this search find none.
    status, floor = _core_phase(run, floor, share=0.85 if run.slot_of is not None else 0.6)
    if run.slot_of is None and status != cp_model.INFEASIBLE:
        # Core-guided search may not find a first schedule on events with a fairness rule;
        # with the rule relaxed into the objective (or restarts without the LP, when there is
        # no such rule) one comes quickly, and the core-guided search resumes from it.
        if run.prep.problem.options.max_break_spread is not None:
            _fair_start(run, share=0.5)
        else:
            status, _ = optimise(run, "first schedule", share=0.5, first_only=True)
        if run.slot_of is not None:
            status, floor = _core_phase(run, floor, share=0.85)
    if run.slot_of is None:
        return status, None
    if status != cp_model.OPTIMAL and model.break_floor and left(run) > 1.0:
        reached, floor = _try_floor(run, floor, share=0.6)
        found = solution_breaks(run)
        if reached or found <= floor:
            status, floor = cp_model.OPTIMAL, found
        else:
            status, floor = _core_phase(run, floor, share=0.85)
    model.cp.add(model.total_breaks <= solution_breaks(run))
    return status, (floor if model.break_floor or status != cp_model.UNKNOWN else None)


MAX_FLOOR_STEPS = 1  # target searches before the core-guided search takes over

# Share of the time left for the MaxSAT break search (maxsat.py) before CP-SAT's own.
MAXSAT_SHARE = 0.45


# Priority (Unix niceness) of the SAT holder search while CP-SAT searches on both cores: on
# forum-13crafb the core-guided search needs the cores (at 0, its proof came later in
# development runs).
HOLDER_NICENESS = 10


def _maxsat_breaks(run: Run) -> maxsat.BreakSearch | None:
    """With `require_all`, the MaxSAT break search runs first, as a portfolio: it proves some
    events CP-SAT does not (tic-13crafc's bound, forum-13crafc) and CP-SAT others
    (forum-13crafb), so it gets a share of the time and hands on its schedule (as the hints)
    and its proven lower bound. Skipped in deterministic mode: its time limit is a wall clock."""
    if run.deterministic or maxsat.not_applicable(run.prep):
        return None
    deadline = time.monotonic() + MAXSAT_SHARE * time_left(run)
    found = maxsat.minimise_breaks(run.prep, deadline, start=run.slot_of, holders=run.holders)
    if run.holders is not None and (found.optimal or run.holders.bound == 0):
        # at a bound of 0 breaks there is no one to choose as holder: nothing left to do
        run.holders.stop()
    elif run.holders is not None:
        # CP-SAT's core-guided search comes next, on both cores: the holder search gives way
        run.holders.yield_cpu(HOLDER_NICENESS)
    if found.slot_of is None:
        say(run, f"maxsat: no schedule; breaks >= {found.lower_bound}")
        return found
    if not valid(run, found.slot_of):  # a bug: never let it through, but say so
        say(run, f"maxsat: its schedule breaks a rule, not used; breaks >= {found.lower_bound}")
        return replace(found, slot_of=None, breaks=None)
    if run.slot_of is None or breaks_of(run, found.slot_of) <= solution_breaks(run):
        run.slot_of = found.slot_of
        hint_slots(run, found.slot_of)
    say(run, f"maxsat: {found.breaks} breaks, breaks >= {found.lower_bound}")
    return found


def _core_phase(run: Run, floor: int, share: float) -> tuple[int, int]:
    """Core-guided minimisation of breaks; returns its status and the proven lower bound.

    The bound proven so far is not added as a constraint: on forum-13crafb the core-guided
    search then proves the optimum but finds no schedule within 30 s (20 s without)."""
    status, solver = optimise(run, "breaks", share=share, core=True)
    if status == cp_model.OPTIMAL:
        return status, solution_breaks(run)
    if status == cp_model.FEASIBLE:
        return status, max(floor, math.ceil(solver.best_objective_bound - 1e-6))
    return status, floor


def _fair_start(run: Run, share: float) -> None:
    """A first schedule under a fairness rule, found with the rule relaxed into the objective.

    Requiring `max_break_spread` from the start leaves CP-SAT without any schedule for 20 s and
    more on some JAIR events (forum-13crafb); on a model without the rule, whose schedules are
    easy, minimising by how much the spread exceeds it reaches a fair schedule in 2 to 10 s.
    """
    relaxed = build_model(run.prep, fair=False)
    if too_large(run, share):
        return
    relaxed.cp.minimize(relaxed.spread_excess)
    solver = new_solver(run, share, cap=None)
    status = solve_model(run, solver, relaxed.cp)
    run.work_left -= solver.deterministic_time
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or solver.objective_value > 0:
        say(run, f"fair start: {solver.status_name(status).lower()}")
        return
    slot_of = {mid: s for mid, by_slot in relaxed.x.items()
               for s, var in by_slot.items() if solver.boolean_value(var)}
    if valid(run, slot_of):
        run.slot_of = slot_of
        hint_placement(run, slot_of)
        say(run, f"fair start: {solution_breaks(run)} breaks")


def _try_floor(run: Run, floor: int, share: float = 0.15) -> tuple[bool, int]:
    """Look for a schedule with no more breaks than the sum of the participants' own floors.

    When it exists it is optimal at once; this search, with every participant held to their
    floor, propagates far better than the optimisation (most participants must then fill one
    window of consecutive slots). Returns whether one was found, and the proven lower bound.
    """
    if too_large(run, share):
        return False, floor
    probe = run.model.cp.clone()
    probe.clear_objective()
    breaks = [probe.get_int_var_from_proto_index(v.index) for v in run.model.breaks.values()]
    probe.add(sum(breaks) <= floor)
    solver = new_solver(run, share=share, cap=None)
    if run.workers > 1:
        solver.parameters.subsolvers.extend(FIRST_SUBSOLVERS[:run.workers])
    status = solve_model(run, solver, probe)
    run.work_left -= solver.deterministic_time
    say(run, f"breaks <= {floor}: {solver.status_name(status).lower()}")
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        run.slot_of = slots_from(run, solver)
        hint_all(run, solver)
        return True, floor
    return False, floor + 1 if status == cp_model.INFEASIBLE else floor


# Share of the time left for the holder search. Round r tries the (r + 1) x HOLDER_COUNT
# participants with the most meetings (less those refuted), each for up to HOLDER_LIMIT
# (seconds, or deterministic units), with the seed moved on by r.
HOLDER_SHARE = 0.55
HOLDER_COUNT = 6
HOLDER_LIMIT = 3.0


def _holder_search(run: Run, target: int, share: float) -> bool:
    """Look for a schedule at `target` breaks, one above the sum of the participants' floors,
    in which every participant keeps their floor but one (the holder), who takes the extra break.

    On the JAIR events whose optimum is such a break (forum-13crafc, ticf-13crafc), the target
    search finds no schedule within the time limit while it must choose who takes the break,
    but one within seconds once told who, and its presolve refutes most wrong holders in well
    under a second. Told the holder, the time to a schedule depends much on the seed: so short
    searches in rounds, each round with another seed and a few more participants, most meetings
    first, one per worker at a time; a refuted holder is not tried again. Each search is one
    single-threaded worker without the LP (restart workers, or two workers on one holder, were
    slower there) and without phase saving (with it, fewer seeds found the holder's schedule).
    """
    problem = run.prep.problem
    budget = local_budget(run, share)
    order = sorted((p.id for p in problem.participants if len(problem.meetings_of[p.id]) > 1),
                   key=lambda pid: -len(problem.meetings_of[pid]))
    refuted: set[str] = set()
    found, rounds = False, 0
    with ThreadPoolExecutor(max_workers=run.workers) as pool:
        while (not found and not budget.spent() and len(refuted) < len(order)
               and not _outrun(run, target)):
            probe = partial(_probe_holder, run, target=target, seed=run.seed + rounds,
                            budget=budget)
            rounds += 1
            tried = [pid for pid in order[:rounds * HOLDER_COUNT] if pid not in refuted]
            found = _holder_round(run, pool, tried, probe, budget, refuted, target)
    charge(run, budget)
    say(run, f"breaks <= {target}: " + ("one holder takes the break beyond the floors"
                                         if found else "infeasible (SAT holder search)"
                                         if _outrun(run, target) else "no single holder found"))
    return found


def _outrun(run: Run, target: int) -> bool:
    """Whether the SAT holder search beside has proven that `target` breaks are too few."""
    return run.holders is not None and run.holders.bound > target


def _holder_round(
    run: Run, pool: ThreadPoolExecutor, holders: list[str],
    probe: Callable[[str], tuple[int, cp_model.CpSolver]], budget: Budget, refuted: set[str],
    target: int,
) -> bool:
    """One round over the holders, as many at a time as there are workers; whether a schedule
    was found (it becomes the run's solution). Adds the holders proven impossible to
    `refuted`."""
    for first in range(0, len(holders), run.workers):
        if budget.spent() or _outrun(run, target):
            return False
        batch = holders[first:first + run.workers]
        results = list(pool.map(probe, batch))
        budget.spend(sum(solver.deterministic_time for _, solver in results) / len(batch))
        for pid, (status, solver) in zip(batch, results, strict=True):
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                run.slot_of = slots_from(run, solver)
                hint_all(run, solver)
                return True
            if status == cp_model.INFEASIBLE:
                refuted.add(pid)
    return False


def _probe_holder(
    run: Run, holder: str, *, target: int, seed: int, budget: Budget,
) -> tuple[int, cp_model.CpSolver]:
    """Search for a schedule at `target` breaks where only `holder` exceeds their floor."""
    model = run.model
    probe = model.cp.clone()
    probe.clear_objective()
    probe.clear_hints()
    for pid, breaks in model.breaks.items():
        var = probe.get_int_var_from_proto_index(breaks.index)
        floor = model.break_floor.get(pid, 0)
        probe.add(var <= floor + target - sum(model.break_floor.values())
                  if pid == holder else var == floor)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.linearization_level = 0
    solver.parameters.use_phase_saving = False
    solver.parameters.random_seed = seed
    solver.parameters.max_time_in_seconds = budget.seconds_left()
    if run.deterministic:
        solver.parameters.max_deterministic_time = min(HOLDER_LIMIT, budget.work_left())
    else:
        solver.parameters.max_time_in_seconds = min(HOLDER_LIMIT, budget.seconds_left())
    return solve_model(run, solver, probe), solver


