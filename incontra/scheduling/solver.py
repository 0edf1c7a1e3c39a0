"""Solving in phases with CP-SAT: weight, then breaks, then idle slots, then tables.

Each phase optimises one objective with the previous ones held at the values reached (or, when
that value was not proven optimal, at least reached), and starts from the previous solution as a
hint. Bounds come from the solver's dual bounds: `bound` from the weight phase, `breaks_bound`
from the break phase.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from incontra.scheduling.assign import assign
from incontra.scheduling.bound import lp_weight_solution
from incontra.scheduling.breaks import breaks_phase
from incontra.scheduling.check import quality, violations
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
from incontra.scheduling.prepare import Prepared, prepare
from incontra.scheduling.problem import Problem, Schedule
from incontra.scheduling.rounding import lp_guided_slots
from incontra.scheduling.solving import (
    Progress,
    Run,
    SolutionPrinter,
    charge,
    hint_placement,
    hint_slots,
    left,
    local_budget,
    new_solver,
    optimise,
    polished,
    say,
    solution_breaks,
    solution_weight,
    time_left,
    valid,
    weight_of,
)


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
        run = Run(prep, Model(prep), deadline, seed, workers, progress, started, deterministic,
                   work_left=time_limit)
        return _solve_large(run)
    run = Run(prep, build_model(prep), deadline, seed, workers, progress, started,
               deterministic, work_left=time_limit)
    say(run, f"model built: {len(run.model.cp.proto.variables)} variables, "
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


def _solve_large(run: Run) -> Result:
    """The LP bound and the better of the two greedy placements (LP-guided and plain), with
    fewer breaks by moving meetings."""
    say(run, "large event: LP-guided placement, no CP-SAT model")
    _start(run)
    if run.slot_of is None:
        return _no_schedule(run, cp_model.UNKNOWN)
    run.slot_of = polished(run, run.slot_of, share=0.8)
    bound = _upper_bound(run)
    schedule = _schedule(run, bound, None)
    q = quality(run.prep.problem, schedule)
    return Result(
        status="feasible", schedule=schedule, weight=q.weight, bound=bound, breaks=q.breaks,
        idle_slots=q.idle_slots, unscheduled_reasons=explain_unscheduled(run.prep, run.slot_of),
        seconds=time.monotonic() - run.started,
    )


def _solve_phases(run: Run) -> Result:
    _start(run)
    if run.slot_of is not None:
        hint_placement(run, run.slot_of)
    if run.prep.problem.options.require_all:
        # Every meeting is held, so the weight is known; go straight to breaks.
        weight_status, bound = cp_model.OPTIMAL, sum(m.weight for m in run.prep.problem.meetings)
    else:
        weight_status, bound = _weight_phase(run)
        if run.slot_of is None:
            return _no_schedule(run, weight_status)
    breaks_status, breaks_bound = breaks_phase(run)
    if run.slot_of is None:
        return _no_schedule(run, breaks_status)
    if solution_breaks(run) > 0:  # without breaks there are no idle slots either
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


def _no_schedule(run: Run, status: int) -> Result:
    seconds = time.monotonic() - run.started
    if status == cp_model.INFEASIBLE:
        return Result("infeasible", None, proven_infeasible=True,
                      reason=explain_infeasible(run.prep), seconds=seconds)
    return Result("unknown", None, reason="no valid schedule was found within the time limit "
                  f"({explain_infeasible(run.prep)})", seconds=seconds)


# --- phases -----------------------------------------------------------------------------------

def _weight_phase(run: Run) -> tuple[int, float | None]:
    """Phase 1: the most weight, on the weight model alone (`build_weight_model`: no busy,
    break or window variables), which CP-SAT closes within seconds where the full model stalls;
    the full model then keeps at least that weight, hinted with the placement found."""
    problem, model = run.prep.problem, run.model
    total = _upper_bound(run)
    # The LP bound is not added as a constraint: on the missions it slows CP-SAT down several
    # times; the search stops instead as soon as it reaches the bound.
    stop_at = round(total * model.weight_scale)
    if run.slot_of is not None and solution_weight(run) * model.weight_scale >= stop_at:
        say(run, f"weight: optimal, best {solution_weight(run):g}, bound {total:g} "
                  "(the start reaches the LP bound)")
        _settle(run)
        return cp_model.OPTIMAL, solution_weight(run)
    solver = None
    pairs = sum(len(slots) for slots in run.prep.candidates.values())
    if problem.options.max_break_spread is not None:
        # the weight model knows nothing of the fairness rule: the full model then
        model.cp.maximize(model.weight)
        status, solver = optimise(run, "weight", share=0.5, stop_at=stop_at)
    elif pairs <= SMALL_WEIGHT_MODEL or run.slot_of is None:
        status, solver = _solve_weight_model(run, build_weight_model(run.prep), stop_at)
    else:
        status = _window_search(run)
    if status == cp_model.INFEASIBLE or run.slot_of is None:
        return status, None
    best = solution_weight(run)
    _settle(run)
    bound = total
    if solver is not None and status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        bound = min(total, solver.best_objective_bound / model.weight_scale)
    if status == cp_model.OPTIMAL or best >= bound - 1e-9:
        return cp_model.OPTIMAL, best
    return status, bound


def _upper_bound(run: Run) -> float:
    """The requested total or the LP bound, rounded down to the weights' granularity (every
    weight is a multiple of 1 / weight_scale, so no schedule lies in between)."""
    meetings = run.prep.problem.meetings
    total = sum(m.weight for m in meetings)
    if run.lp is not None:
        total = min(total, run.lp.value)
    scale = weight_scale([m.weight for m in meetings])
    return math.floor(total * scale + 1e-6) / scale


def _settle(run: Run) -> None:
    """The weight reached, with fewer breaks by moving meetings (`polish.py`), is the hint of
    the later phases; they keep that weight and never end with more breaks than it (their own
    solutions replace it)."""
    run.slot_of = polished(run, run.slot_of)
    hint_placement(run, run.slot_of)
    model = run.model
    model.cp.add(model.weight >= round(solution_weight(run) * model.weight_scale))
    model.cp.add(model.total_breaks <= solution_breaks(run))


# Weight models of up to this many candidate (meeting, slot) pairs are solved whole, with 70 % of
# the time (the missions: 8,000 to 10,000, optimal in 2 to 5 s; the break phase then improves
# the moved schedule by a break or two at most). Larger ones by windows (`lns.py`): on the
# brokerage events (37,000) CP-SAT does not improve the LP-guided start in 25 s on the whole
# model, with or without a hint, while windows of slots gain 3 to 9 in 3 to 6 s.
SMALL_WEIGHT_MODEL = 20_000


def _window_search(run: Run) -> int:
    """Weight by re-solving windows of slots (`lns.py`) within a fifth of the time left."""
    before = solution_weight(run)
    budget = local_budget(run, 0.2)
    run.slot_of = heavier(run.prep, run.slot_of, budget, seed=run.seed)
    charge(run, budget)
    say(run, f"weight by windows of slots: {before:g} -> {solution_weight(run):g}")
    return cp_model.UNKNOWN


def _solve_weight_model(
    run: Run, weights: Model, stop_at: float,
) -> tuple[int, cp_model.CpSolver]:
    """Maximise the weight model; keep what it finds when heavier than the start.

    No hint: on the missions, hinting the start (plain or LP-guided greedy) keeps CP-SAT from
    reaching the optimum in 8 s where it reaches it in 2 to 5 s without. One worker: on the
    missions it reaches the optimum in 2.8 to 4 s on a loaded machine, two in 3.5 to 8 s.
    """
    size = len(weights.cp.proto.variables)
    share = 0.7
    solver = new_solver(run, share=share, cap=None)
    solver.parameters.num_workers = 1
    if left(run) * share < size / 10_000:
        say(run, "weight: skipped, too little time left for a model this size")
        return cp_model.UNKNOWN, solver
    weights.cp.maximize(weights.weight)
    status = solver.solve(weights.cp, SolutionPrinter(run, "weight", stop_at))
    run.work_left -= solver.deterministic_time
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        found = {mid: s for mid, by_slot in weights.x.items()
                 for s, var in by_slot.items() if solver.boolean_value(var)}
        if run.slot_of is None or weight_of(run, found) > solution_weight(run):
            run.slot_of = found
        say(run, f"weight: {solver.status_name(status).lower()}, "
                  f"best {solver.objective_value / weights.weight_scale:g}, "
                  f"bound {solver.best_objective_bound / weights.weight_scale:g}")
    else:
        say(run, f"weight: {solver.status_name(status).lower()}")
    return status, solver


def _idle_phase(run: Run) -> None:
    """Phase 3 (short): fewest idle slots with weight and breaks kept."""
    idle = add_idle(run.model)
    run.model.cp.minimize(idle)
    optimise(run, "idle slots", share=1.0, cap=max(1.0, 0.1 * (run.deadline - run.started)))


def _start(run: Run) -> None:
    """The LP relaxation of the weight, and the heavier of two greedy placements: plain, and
    guided by the LP (`rounding.py`), which is within about 1 % of the LP bound on generated
    events where the plain one is 1 to 8 % below.

    A valid start is kept as the fallback result, checked by the format's rules directly, so
    that even an event too large for CP-SAT to finish a phase in the time limit gets a schedule.
    With `require_all` the weight is known, so only the plain greedy, as a hint for breaks.
    """
    starts = {"greedy": greedy_slots(run.prep)}
    if not run.prep.problem.options.require_all:
        run.lp = lp_weight_solution(run.prep, seconds=0.2 * time_left(run))
    if run.lp is not None:
        say(run, f"LP bound on weight: {run.lp.value:g} ({len(run.lp.blocks)} slot blocks)")
        starts["LP-guided greedy"] = lp_guided_slots(run.prep, run.lp)
    # When the greedy ones break the fairness rule: a poor start, but a valid one (the only
    # schedule of a large event, which gets no CP-SAT model).
    problem = run.prep.problem
    starts["fixed meetings only"] = {f.meeting: problem.slot_index[f.slot] for f in problem.fixed}
    for name, slot_of in starts.items():
        if valid(run, slot_of) and (run.slot_of is None or
                                     weight_of(run, slot_of) > solution_weight(run)):
            run.slot_of = slot_of
            say(run, f"{name} start: {len(slot_of)} meetings, weight {solution_weight(run):g}")
    if run.slot_of is None:
        hint_slots(run, starts["greedy"])


def _schedule(run: Run, bound: float | None, breaks_bound: int | None) -> Schedule:
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
