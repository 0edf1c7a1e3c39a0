"""Solving in phases with CP-SAT: weight, then breaks, then idle slots, then tables.

Each phase optimises one objective with the previous ones held at the values reached (or, when
that value was not proven optimal, at least reached), and starts from the previous solution as a
hint. Bounds come from the solver's dual bounds: `bound` from the weight phase, `breaks_bound`
from the break phase.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial

from ortools.sat.python import cp_model

from incontra.scheduling import maxsat
from incontra.scheduling.assign import AssignmentError, assign
from incontra.scheduling.bound import LpSolution, lp_weight_solution
from incontra.scheduling.budget import Budget
from incontra.scheduling.check import participant_breaks, quality, violations
from incontra.scheduling.explain import explain_infeasible, explain_unscheduled
from incontra.scheduling.greedy import greedy_slots
from incontra.scheduling.lns import heavier
from incontra.scheduling.model import (
    Model,
    add_idle,
    build_model,
    build_weight_model,
    weight_scale,
)
from incontra.scheduling.polish import fewer_breaks
from incontra.scheduling.prepare import Prepared, prepare
from incontra.scheduling.problem import Problem, Schedule
from incontra.scheduling.rounding import lp_guided_slots

Progress = Callable[[str], None]


class InvalidScheduleError(RuntimeError):
    """The solver produced a schedule that breaks a rule: a bug, never shown as a result."""


@dataclass(frozen=True)
class Result:
    status: str  # "optimal", "feasible", "infeasible" or "unknown" (no schedule found in time)
    schedule: Schedule | None
    weight: float = 0.0
    bound: float | None = None
    breaks: int | None = None
    breaks_bound: int | None = None
    idle_slots: int | None = None
    proven_infeasible: bool = False
    reason: str = ""  # why no schedule exists (infeasible / unknown), in words
    unscheduled_reasons: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def gap(self) -> float | None:
        """Relative distance of the weight from its proven upper bound."""
        if self.bound is None or self.schedule is None:
            return None
        return 0.0 if self.bound <= 0 else max(0.0, (self.bound - self.weight) / self.bound)


@dataclass
class _Run:
    prep: Prepared
    model: Model
    deadline: float
    seed: int
    workers: int
    progress: Progress | None
    started: float
    deterministic: bool = False
    work_left: float = 0.0  # deterministic-time budget left (deterministic mode only)
    slot_of: dict[str, int] | None = None  # the best solution so far, None before any
    lp: LpSolution | None = None  # the LP relaxation of the weight, when solved
    holders: maxsat.HolderProcess | None = None  # the holder search beside, once started


def solve(
    problem: Problem, *, time_limit: float = 60.0, seed: int = 0, workers: int = 2,
    progress: Progress | None = None, deterministic: bool = False,
) -> Result:
    """Best schedule found within `time_limit` seconds, with its proven bounds.

    `deterministic` makes CP-SAT interleave its workers and share the budget in deterministic
    time units (about a second of work each), so that one seed gives one schedule whatever the
    machine load; the wall-clock limit still applies and, if it cuts a phase first, the result
    may differ between runs.
    """
    started = time.monotonic()
    prep = prepare(problem)
    blocked = _statically_infeasible(prep)
    if blocked:
        return Result("infeasible", None, proven_infeasible=True, reason=blocked,
                      seconds=time.monotonic() - started)
    # Keep a little time for tables, explanations and the final check of large events.
    deadline = started + time_limit - min(5.0, 0.05 * time_limit)
    if _large(prep):
        run = _Run(prep, Model(prep), deadline, seed, workers, progress, started, deterministic,
                   work_left=time_limit)
        return _solve_large(run)
    run = _Run(prep, build_model(prep), deadline, seed, workers, progress, started,
               deterministic, work_left=time_limit)
    _say(run, f"model built: {len(run.model.cp.proto.variables)} variables, "
              f"{len(run.model.cp.proto.constraints)} constraints")
    return _solve_phases(run)


def _statically_infeasible(prep: Prepared) -> str:
    if prep.fixed_conflicts:
        return "; ".join(prep.fixed_conflicts)
    if prep.problem.options.require_all and prep.impossible:
        mid, why = next(iter(sorted(prep.impossible.items())))
        more = len(prep.impossible) - 1
        return f"meeting {mid} cannot be held: {why}" + (f" (and {more} more)" if more else "")
    return ""


# Candidate (meeting, slot) pairs beyond which CP-SAT is not used: its model would take minutes
# and gigabytes (a forum of 20,000 requests over 45 slots: 800,000 variables, 4 GB), while the
# LP-guided placement is within 1 % of the LP bound there.
LARGE_EVENT_PAIRS = 200_000


def _large(prep: Prepared) -> bool:
    pairs = sum(len(slots) for slots in prep.candidates.values())
    return pairs > LARGE_EVENT_PAIRS and not prep.problem.options.require_all


def _solve_large(run: _Run) -> Result:
    """The LP bound and the better of the two greedy placements (LP-guided and plain), with
    fewer breaks by moving meetings."""
    _say(run, "large event: LP-guided placement, no CP-SAT model")
    _start(run)
    if run.slot_of is None:
        return _no_schedule(run, cp_model.UNKNOWN)
    run.slot_of = _polished(run, run.slot_of, share=0.8)
    bound = _upper_bound(run)
    schedule = _schedule(run, bound, None)
    q = quality(run.prep.problem, schedule)
    return Result(
        status="feasible", schedule=schedule, weight=q.weight, bound=bound, breaks=q.breaks,
        idle_slots=q.idle_slots, unscheduled_reasons=explain_unscheduled(run.prep, run.slot_of),
        seconds=time.monotonic() - run.started,
    )


def _solve_phases(run: _Run) -> Result:
    _start(run)
    if run.slot_of is not None:
        _hint_placement(run, run.slot_of)
    if run.prep.problem.options.require_all:
        # Every meeting is held, so the weight is known; go straight to breaks.
        weight_status, bound = cp_model.OPTIMAL, sum(m.weight for m in run.prep.problem.meetings)
    else:
        weight_status, bound = _weight_phase(run)
        if run.slot_of is None:
            return _no_schedule(run, weight_status)
    breaks_status, breaks_bound = _breaks_phase(run)
    if run.slot_of is None:
        return _no_schedule(run, breaks_status)
    if _solution_breaks(run) > 0:  # without breaks there are no idle slots either
        _idle_phase(run)
    schedule = _schedule(run, bound, breaks_bound)
    q = quality(run.prep.problem, schedule)
    proven = weight_status == cp_model.OPTIMAL and breaks_status == cp_model.OPTIMAL
    return Result(
        status="optimal" if proven else "feasible", schedule=schedule, weight=q.weight,
        bound=bound, breaks=q.breaks, breaks_bound=breaks_bound, idle_slots=q.idle_slots,
        unscheduled_reasons=explain_unscheduled(run.prep, run.slot_of),
        seconds=time.monotonic() - run.started,
    )


def _no_schedule(run: _Run, status: int) -> Result:
    seconds = time.monotonic() - run.started
    if status == cp_model.INFEASIBLE:
        return Result("infeasible", None, proven_infeasible=True,
                      reason=explain_infeasible(run.prep), seconds=seconds)
    return Result("unknown", None, reason="no valid schedule was found within the time limit "
                  f"({explain_infeasible(run.prep)})", seconds=seconds)


# --- phases -----------------------------------------------------------------------------------

def _weight_phase(run: _Run) -> tuple[int, float | None]:
    """Phase 1: the most weight, on the weight model alone (`build_weight_model`: no busy,
    break or window variables), which CP-SAT closes within seconds where the full model stalls;
    the full model then keeps at least that weight, hinted with the placement found."""
    problem, model = run.prep.problem, run.model
    total = _upper_bound(run)
    # The LP bound is not added as a constraint: on the missions it slows CP-SAT down several
    # times; the search stops instead as soon as it reaches the bound.
    stop_at = round(total * model.weight_scale)
    if run.slot_of is not None and _solution_weight(run) * model.weight_scale >= stop_at:
        _say(run, f"weight: optimal, best {_solution_weight(run):g}, bound {total:g} "
                  "(the start reaches the LP bound)")
        _settle(run)
        return cp_model.OPTIMAL, _solution_weight(run)
    solver = None
    pairs = sum(len(slots) for slots in run.prep.candidates.values())
    if problem.options.max_break_spread is not None:
        # the weight model knows nothing of the fairness rule: the full model then
        model.cp.maximize(model.weight)
        status, solver = _optimise(run, "weight", share=0.5, stop_at=stop_at)
    elif pairs <= SMALL_WEIGHT_MODEL or run.slot_of is None:
        status, solver = _solve_weight_model(run, build_weight_model(run.prep), stop_at)
    else:
        status = _window_search(run)
    if status == cp_model.INFEASIBLE or run.slot_of is None:
        return status, None
    best = _solution_weight(run)
    _settle(run)
    bound = total
    if solver is not None and status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        bound = min(total, solver.best_objective_bound / model.weight_scale)
    if status == cp_model.OPTIMAL or best >= bound - 1e-9:
        return cp_model.OPTIMAL, best
    return status, bound


def _upper_bound(run: _Run) -> float:
    """The requested total or the LP bound, rounded down to the weights' granularity (every
    weight is a multiple of 1 / weight_scale, so no schedule lies in between)."""
    meetings = run.prep.problem.meetings
    total = sum(m.weight for m in meetings)
    if run.lp is not None:
        total = min(total, run.lp.value)
    scale = weight_scale([m.weight for m in meetings])
    return math.floor(total * scale + 1e-6) / scale


def _settle(run: _Run) -> None:
    """The weight reached, with fewer breaks by moving meetings (`polish.py`), is the hint of
    the later phases; they keep that weight and never end with more breaks than it (their own
    solutions replace it)."""
    run.slot_of = _polished(run, run.slot_of)
    _hint_placement(run, run.slot_of)
    model = run.model
    model.cp.add(model.weight >= round(_solution_weight(run) * model.weight_scale))
    model.cp.add(model.total_breaks <= _solution_breaks(run))


# Weight models of up to this many candidate (meeting, slot) pairs are solved whole, with 70 % of
# the time (the missions: 8,000 to 10,000, optimal in 2 to 5 s; the break phase then improves
# the moved schedule by a break or two at most). Larger ones by windows (`lns.py`): on the
# brokerage events (37,000) CP-SAT does not improve the LP-guided start in 25 s on the whole
# model, with or without a hint, while windows of slots gain 3 to 9 in 3 to 6 s.
SMALL_WEIGHT_MODEL = 20_000


def _window_search(run: _Run) -> int:
    """Weight by re-solving windows of slots (`lns.py`) within a fifth of the time left."""
    before = _solution_weight(run)
    budget = _local_budget(run, 0.2)
    run.slot_of = heavier(run.prep, run.slot_of, budget, seed=run.seed)
    _charge(run, budget)
    _say(run, f"weight by windows of slots: {before:g} -> {_solution_weight(run):g}")
    return cp_model.UNKNOWN


def _solve_weight_model(
    run: _Run, weights: Model, stop_at: float,
) -> tuple[int, cp_model.CpSolver]:
    """Maximise the weight model; keep what it finds when heavier than the start.

    No hint: on the missions, hinting the start (plain or LP-guided greedy) keeps CP-SAT from
    reaching the optimum in 8 s where it reaches it in 2 to 5 s without. One worker: on the
    missions it reaches the optimum in 2.8 to 4 s on a loaded machine, two in 3.5 to 8 s.
    """
    size = len(weights.cp.proto.variables)
    share = 0.7
    solver = _solver(run, share=share, cap=None)
    solver.parameters.num_workers = 1
    if _left(run) * share < size / 10_000:
        _say(run, "weight: skipped, too little time left for a model this size")
        return cp_model.UNKNOWN, solver
    weights.cp.maximize(weights.weight)
    status = solver.solve(weights.cp, _Progress(run, "weight", stop_at))
    run.work_left -= solver.deterministic_time
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        found = {mid: s for mid, by_slot in weights.x.items()
                 for s, var in by_slot.items() if solver.boolean_value(var)}
        if run.slot_of is None or _weight_of(run, found) > _solution_weight(run):
            run.slot_of = found
        _say(run, f"weight: {solver.status_name(status).lower()}, "
                  f"best {solver.objective_value / weights.weight_scale:g}, "
                  f"bound {solver.best_objective_bound / weights.weight_scale:g}")
    else:
        _say(run, f"weight: {solver.status_name(status).lower()}")
    return status, solver


def _breaks_phase(run: _Run) -> tuple[int, int | None]:
    """Phase 2: fewest breaks at that weight (`_search_breaks`), or the holder search's optimum
    when it finds one, on the other core, before the CP-SAT searches end."""
    run.holders = _start_holders(run)
    try:
        status, floor = _search_breaks(run)
    finally:
        holders, run.holders = run.holders, None
        if holders is not None:
            holders.stop()
    found = holders.found if holders is not None else None
    if found is None:
        return status, floor
    if not _valid(run, found[0]):  # a bug: never let it through, but say so
        _say(run, "holder search: its schedule breaks a rule; not used")
        return status, floor
    slot_of, breaks = found
    if run.slot_of is None or breaks < _solution_breaks(run):
        run.slot_of = slot_of
        _hint_slots(run, slot_of)
    _say(run, f"holder search: {breaks} breaks, at the proven bound")
    run.model.cp.add(run.model.total_breaks <= breaks)
    return cp_model.OPTIMAL, breaks


def _start_holders(run: _Run) -> maxsat.HolderProcess | None:
    """With `require_all`, the SAT holder search starts at once on the second core: it needs
    time (ticf-13crafb: about 15 s alone), and the bounds proven here help it along. Not with
    one worker (one core asked for), nor in deterministic mode (what it finds depends on when)."""
    if run.workers < 2 or run.deterministic or maxsat.not_applicable(run.prep):
        return None
    return maxsat.HolderProcess(run.prep, until=run.deadline)


def _search_breaks(run: _Run) -> tuple[int, int | None]:
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
            status, _ = _optimise(run, "first schedule", share=0.5, first_only=True)
        if run.slot_of is not None:
            status, floor = _core_phase(run, floor, share=0.85)
    if run.slot_of is None:
        return status, None
    if status != cp_model.OPTIMAL and model.break_floor and _left(run) > 1.0:
        reached, floor = _try_floor(run, floor, share=0.6)
        found = _solution_breaks(run)
        if reached or found <= floor:
            status, floor = cp_model.OPTIMAL, found
        else:
            status, floor = _core_phase(run, floor, share=0.85)
    model.cp.add(model.total_breaks <= _solution_breaks(run))
    return status, (floor if model.break_floor or status != cp_model.UNKNOWN else None)


MAX_FLOOR_STEPS = 1  # target searches before the core-guided search takes over

# Share of the time left for the MaxSAT break search (maxsat.py) before CP-SAT's own.
MAXSAT_SHARE = 0.45


# Priority (Unix niceness) of the SAT holder search while CP-SAT searches on both cores: on
# forum-13crafb the core-guided search needs the cores (at 0, its proof comes 4 s later).
HOLDER_NICENESS = 10


def _maxsat_breaks(run: _Run) -> maxsat.BreakSearch | None:
    """With `require_all`, the MaxSAT break search runs first, as a portfolio: it proves some
    events CP-SAT does not (tic-13crafc's bound, forum-13crafc) and CP-SAT others
    (forum-13crafb), so it gets a share of the time and hands on its schedule (as the hints)
    and its proven lower bound. Skipped in deterministic mode: its time limit is a wall clock."""
    if run.deterministic or maxsat.not_applicable(run.prep):
        return None
    deadline = time.monotonic() + MAXSAT_SHARE * _time_left(run)
    found = maxsat.minimise_breaks(run.prep, deadline, start=run.slot_of, holders=run.holders)
    if run.holders is not None and (found.optimal or run.holders.bound == 0):
        # at a bound of 0 breaks there is no one to choose as holder: nothing left to do
        run.holders.stop()
    elif run.holders is not None:
        # CP-SAT's core-guided search comes next, on both cores: the holder search gives way
        run.holders.yield_cpu(HOLDER_NICENESS)
    if found.slot_of is None or not _valid(run, found.slot_of):
        _say(run, f"maxsat: no schedule; breaks >= {found.lower_bound}")
        return replace(found, slot_of=None, breaks=None)
    if run.slot_of is None or _breaks_of(run, found.slot_of) <= _solution_breaks(run):
        run.slot_of = found.slot_of
        _hint_slots(run, found.slot_of)
    _say(run, f"maxsat: {found.breaks} breaks, breaks >= {found.lower_bound}")
    return found


def _core_phase(run: _Run, floor: int, share: float) -> tuple[int, int]:
    """Core-guided minimisation of breaks; returns its status and the proven lower bound.

    The bound proven so far is not added as a constraint: on forum-13crafb the core-guided
    search then proves the optimum but finds no schedule within 30 s (20 s without)."""
    status, solver = _optimise(run, "breaks", share=share, core=True)
    if status == cp_model.OPTIMAL:
        return status, _solution_breaks(run)
    if status == cp_model.FEASIBLE:
        return status, max(floor, math.ceil(solver.best_objective_bound - 1e-6))
    return status, floor


def _fair_start(run: _Run, share: float) -> None:
    """A first schedule under a fairness rule, found with the rule relaxed into the objective.

    Requiring `max_break_spread` from the start leaves CP-SAT without any schedule for 20 s and
    more on some JAIR events (forum-13crafb); on a model without the rule, whose schedules are
    easy, minimising by how much the spread exceeds it reaches a fair schedule in 2 to 10 s.
    """
    relaxed = build_model(run.prep, fair=False)
    if _too_large(run, share):
        return
    relaxed.cp.minimize(relaxed.spread_excess)
    solver = _solver(run, share, cap=None)
    status = solver.solve(relaxed.cp)
    run.work_left -= solver.deterministic_time
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE) or solver.objective_value > 0:
        _say(run, f"fair start: {solver.status_name(status).lower()}")
        return
    slot_of = {mid: s for mid, by_slot in relaxed.x.items()
               for s, var in by_slot.items() if solver.boolean_value(var)}
    if _valid(run, slot_of):
        run.slot_of = slot_of
        _hint_placement(run, slot_of)
        _say(run, f"fair start: {_solution_breaks(run)} breaks")


def _time_left(run: _Run) -> float:
    return run.deadline - time.monotonic()


def _left(run: _Run) -> float:
    """What is left to decide how to spend it: deterministic work units in deterministic mode
    (so that the decision does not depend on the machine's load), else seconds."""
    return max(0.0, run.work_left) if run.deterministic else _time_left(run)


def _local_budget(run: _Run, share: float) -> Budget:
    """`share` of what is left, for a local search (`polish.py`, `lns.py`); the caller charges
    its counted work to the run (`_charge`)."""
    return Budget(share * _left(run), deterministic=run.deterministic, hard_deadline=run.deadline)


def _charge(run: _Run, budget: Budget) -> None:
    run.work_left -= budget.used


def _try_floor(run: _Run, floor: int, share: float = 0.15) -> tuple[bool, int]:
    """Look for a schedule with no more breaks than the sum of the participants' own floors.

    When it exists it is optimal at once; this search, with every participant held to their
    floor, propagates far better than the optimisation (most participants must then fill one
    window of consecutive slots). Returns whether one was found, and the proven lower bound.
    """
    if _too_large(run, share):
        return False, floor
    probe = run.model.cp.clone()
    probe.clear_objective()
    breaks = [probe.get_int_var_from_proto_index(v.index) for v in run.model.breaks.values()]
    probe.add(sum(breaks) <= floor)
    solver = _solver(run, share=share, cap=None)
    if run.workers > 1:
        solver.parameters.subsolvers.extend(FIRST_SUBSOLVERS[:run.workers])
    status = _solve(run, solver, probe)
    run.work_left -= solver.deterministic_time
    _say(run, f"breaks <= {floor}: {solver.status_name(status).lower()}")
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        run.slot_of = _slots_from(run, solver)
        _hint_all(run, solver)
        return True, floor
    return False, floor + 1 if status == cp_model.INFEASIBLE else floor


# Share of the time left for the holder search. Round r tries the (r + 1) x HOLDER_COUNT
# participants with the most meetings (less those refuted), each for up to HOLDER_LIMIT
# (seconds, or deterministic units), with the seed moved on by r.
HOLDER_SHARE = 0.55
HOLDER_COUNT = 6
HOLDER_LIMIT = 3.0


def _holder_search(run: _Run, target: int, share: float) -> bool:
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
    budget = _local_budget(run, share)
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
    _charge(run, budget)
    _say(run, f"breaks <= {target}: " + ("one holder takes the break beyond the floors"
                                         if found else "infeasible (SAT holder search)"
                                         if _outrun(run, target) else "no single holder found"))
    return found


def _outrun(run: _Run, target: int) -> bool:
    """Whether the SAT holder search beside has proven that `target` breaks are too few."""
    return run.holders is not None and run.holders.bound > target


def _holder_round(
    run: _Run, pool: ThreadPoolExecutor, holders: list[str],
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
                run.slot_of = _slots_from(run, solver)
                _hint_all(run, solver)
                return True
            if status == cp_model.INFEASIBLE:
                refuted.add(pid)
    return False


def _probe_holder(
    run: _Run, holder: str, *, target: int, seed: int, budget: Budget,
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
    return _solve(run, solver, probe), solver


def _idle_phase(run: _Run) -> None:
    """Phase 3 (short): fewest idle slots with weight and breaks kept."""
    idle = add_idle(run.model)
    run.model.cp.minimize(idle)
    _optimise(run, "idle slots", share=1.0, cap=max(1.0, 0.1 * (run.deadline - run.started)))


# --- one CP-SAT call --------------------------------------------------------------------------

def _optimise(
    run: _Run, phase: str, share: float, cap: float | None = None, core: bool = False,
    first_only: bool = False, stop_at: float | None = None,
) -> tuple[int, cp_model.CpSolver]:
    solver = _solver(run, share, cap)
    if _too_large(run, share):
        _say(run, f"{phase}: skipped, too little time left for a model this size")
        return cp_model.UNKNOWN, solver
    if core:
        _use_core_search(solver, run.workers)
    if first_only and run.workers > 1:
        solver.parameters.subsolvers.extend(FIRST_SUBSOLVERS[:run.workers])
    solver.parameters.stop_after_first_solution = first_only
    callback = _Progress(run, phase, stop_at)
    status = _solve(run, solver, run.model.cp, callback)
    run.work_left -= solver.deterministic_time
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        run.slot_of = _slots_from(run, solver)
        _hint_all(run, solver)
    _say(run, f"{phase}: {solver.status_name(status).lower()}, "
              f"best {solver.objective_value:g}, bound {solver.best_objective_bound:g}"
              if status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
              else f"{phase}: {solver.status_name(status).lower()}")
    return status, solver


def _solve(
    run: _Run, solver: cp_model.CpSolver, model: cp_model.CpModel,
    callback: cp_model.CpSolverSolutionCallback | None = None,
) -> int:
    """`solver.solve`, stopped when the holder search running beside finds the optimum (and
    then over at once: a stop before the solve starts would be forgotten)."""
    if run.holders is None:
        return solver.solve(model, callback)
    with run.holders.listening(solver.stop_search):
        if run.holders.found is not None:
            solver.parameters.max_time_in_seconds = 0.0
        return solver.solve(model, callback)


def _solver(run: _Run, share: float, cap: float | None) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    remaining = max(0.05, run.deadline - time.monotonic())
    solver.parameters.max_time_in_seconds = min(remaining * share, cap or remaining)
    solver.parameters.num_workers = run.workers
    solver.parameters.random_seed = run.seed
    if run.deterministic:
        work = max(0.05, run.work_left)
        solver.parameters.interleave_search = True
        solver.parameters.max_deterministic_time = min(work * share, cap or work)
        solver.parameters.max_time_in_seconds = remaining  # the wall clock stays the hard limit
    return solver


# Full-search workers in order of use for the break phase: core-guided search first (it raises
# the lower bound one unsatisfiable core at a time, like the MaxSAT solvers of the literature,
# which suits small optimal break counts), then the LP-guided search that finds solutions.
BREAK_SUBSOLVERS = ("core", "default_lp", "quick_restart_no_lp", "max_lp", "reduced_costs",
                    "pseudo_costs", "lb_tree_search", "probing")


# Workers for a first schedule, or one at a target breaks count: on the JAIR events, restarts
# without the LP find one several times (at a target, up to 30 times) faster than LP-guided search.
FIRST_SUBSOLVERS = ("quick_restart_no_lp", "quick_restart", "default_lp", "no_lp")


def _use_core_search(solver: cp_model.CpSolver, workers: int) -> None:
    if workers == 1:
        solver.parameters.optimize_with_core = True
    else:
        solver.parameters.subsolvers.extend(BREAK_SUBSOLVERS[:workers])


class _Progress(cp_model.CpSolverSolutionCallback):
    """Prints each solution; stops the search at `stop_at` (an objective proven elsewhere)."""

    def __init__(self, run: _Run, phase: str, stop_at: float | None = None):
        super().__init__()
        self.run, self.phase, self.stop_at = run, phase, stop_at

    def on_solution_callback(self) -> None:
        if self.stop_at is not None and self.objective_value >= self.stop_at - 1e-6:
            self.stop_search()
        if self.run.progress is None:
            return
        best, bound = self.objective_value, self.best_objective_bound
        if self.phase == "weight":
            scale = self.run.model.weight_scale
            best, bound = best / scale, bound / scale
        gap = abs(bound - best) / max(abs(best), 1e-9) if best else abs(bound - best)
        _say(self.run, f"{self.phase}: best {best:g}, bound {bound:g}, gap {gap:.1%}")


def _say(run: _Run, message: str) -> None:
    if run.progress is not None:
        run.progress(f"[{time.monotonic() - run.started:6.1f}s] {message}")


# --- solutions and hints ----------------------------------------------------------------------

def _slots_from(run: _Run, solver: cp_model.CpSolver) -> dict[str, int]:
    return {
        mid: s for mid, by_slot in run.model.x.items()
        for s, var in by_slot.items() if solver.boolean_value(var)
    }


def _start(run: _Run) -> None:
    """The LP relaxation of the weight, and the heavier of two greedy placements: plain, and
    guided by the LP (`rounding.py`), which is within about 1 % of the LP bound on generated
    events where the plain one is 1 to 8 % below.

    A valid start is kept as the fallback result, checked by the format's rules directly, so
    that even an event too large for CP-SAT to finish a phase in the time limit gets a schedule.
    With `require_all` the weight is known, so only the plain greedy, as a hint for breaks.
    """
    starts = {"greedy": greedy_slots(run.prep)}
    if not run.prep.problem.options.require_all:
        run.lp = lp_weight_solution(run.prep, seconds=0.2 * _time_left(run))
    if run.lp is not None:
        _say(run, f"LP bound on weight: {run.lp.value:g} ({len(run.lp.blocks)} slot blocks)")
        starts["LP-guided greedy"] = lp_guided_slots(run.prep, run.lp)
    # When the greedy ones break the fairness rule: a poor start, but a valid one (the only
    # schedule of a large event, which gets no CP-SAT model).
    problem = run.prep.problem
    starts["fixed meetings only"] = {f.meeting: problem.slot_index[f.slot] for f in problem.fixed}
    for name, slot_of in starts.items():
        if _valid(run, slot_of) and (run.slot_of is None or
                                     _weight_of(run, slot_of) > _solution_weight(run)):
            run.slot_of = slot_of
            _say(run, f"{name} start: {len(slot_of)} meetings, weight {_solution_weight(run):g}")
    if run.slot_of is None:
        _hint_slots(run, starts["greedy"])


def _polished(run: _Run, slot_of: dict[str, int], share: float = 0.3) -> dict[str, int]:
    """The same meetings with fewer breaks (`polish.py`), within `share` of the time left."""
    before = _breaks_of(run, slot_of)
    budget = _local_budget(run, share)
    moved = fewer_breaks(run.prep, slot_of, budget)
    _charge(run, budget)
    if not _valid(run, moved):  # the moves keep every rule; never trusted blindly
        return slot_of
    _say(run, f"moved meetings: breaks {before} -> {_breaks_of(run, moved)}")
    return moved


def _hint_placement(run: _Run, slot_of: dict[str, int]) -> None:
    """Hint a placement to the full model, completed to every model variable when it is
    feasible: a complete, feasible hint is CP-SAT's first solution at once; a partial one may be
    lost on a large model. (The break phase gains from it, unlike the weight phase.)"""
    if _too_large(run, share=1.0):
        _hint_slots(run, slot_of)
        return
    probe = run.model.cp.clone()
    probe.clear_objective()
    for mid, by_slot in run.model.x.items():
        for s, var in by_slot.items():
            probe.add(probe.get_bool_var_from_proto_index(var.index) == int(slot_of.get(mid) == s))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = max(0.1, 0.1 * _time_left(run))
    if solver.solve(probe) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        _hint_all(run, solver)
    else:
        _hint_slots(run, slot_of)


def _valid(run: _Run, slot_of: dict[str, int]) -> bool:
    try:
        return not violations(run.prep.problem, Schedule(assign(run.prep, slot_of)))
    except AssignmentError:
        return False


def _too_large(run: _Run, share: float) -> bool:
    """Too little time for CP-SAT to do anything useful on a model this size (about 1 s of
    presolve and root LP per 10,000 variables on this class of model)."""
    seconds_needed = len(run.model.cp.proto.variables) / 10_000
    return _left(run) * share < seconds_needed


def _hint_slots(run: _Run, slot_of: dict[str, int]) -> None:
    cp = run.model.cp
    cp.clear_hints()
    for mid, by_slot in run.model.x.items():
        for s, var in by_slot.items():
            cp.add_hint(var, slot_of.get(mid) == s)


def _hint_all(run: _Run, solver: cp_model.CpSolver) -> None:
    cp = run.model.cp
    cp.clear_hints()
    for index in range(len(cp.proto.variables)):
        var = cp.get_int_var_from_proto_index(index)
        cp.add_hint(var, solver.value(var))


def _solution_weight(run: _Run) -> float:
    return _weight_of(run, run.slot_of)


def _weight_of(run: _Run, slot_of: dict[str, int]) -> float:
    return sum(run.prep.problem.meeting_by_id[mid].weight for mid in slot_of)


def _solution_breaks(run: _Run) -> int:
    return _breaks_of(run, run.slot_of)


def _breaks_of(run: _Run, slot_of: dict[str, int]) -> int:
    return sum(participant_breaks(run.prep.problem, assign(run.prep, slot_of)).values())


def _schedule(run: _Run, bound: float | None, breaks_bound: int | None) -> Schedule:
    problem = run.prep.problem
    schedule = Schedule(
        assignments=assign(run.prep, run.slot_of),
        unscheduled=tuple(m.id for m in problem.meetings if m.id not in run.slot_of),
        bound=bound, breaks_bound=breaks_bound,
    )
    broken = violations(problem, schedule)
    if broken:
        raise InvalidScheduleError("the solver produced an invalid schedule: " + "; ".join(broken))
    return schedule
