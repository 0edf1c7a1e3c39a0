"""What every phase of the CP-SAT solver shares: the state of one solve (`Run`), the CP-SAT call
with its time share and progress lines, hints, and the checks of a placement."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from incontra.scheduling import maxsat
from incontra.scheduling.assign import AssignmentError, assign
from incontra.scheduling.bound import LpSolution
from incontra.scheduling.budget import Budget
from incontra.scheduling.check import participant_breaks, violations
from incontra.scheduling.model import Model
from incontra.scheduling.polish import fewer_breaks
from incontra.scheduling.prepare import Prepared
from incontra.scheduling.problem import Schedule

Progress = Callable[[str], None]


@dataclass
class Run:
    """One solve: the event, its model, the time and workers, and the best schedule so far."""

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


def time_left(run: Run) -> float:
    return run.deadline - time.monotonic()


def left(run: Run) -> float:
    """What is left to decide how to spend it: deterministic work units in deterministic mode
    (so that the decision does not depend on the machine's load), else seconds."""
    return max(0.0, run.work_left) if run.deterministic else time_left(run)


def local_budget(run: Run, share: float) -> Budget:
    """`share` of what is left, for a local search (`polish.py`, `lns.py`); the caller charges
    its counted work to the run (`charge`)."""
    return Budget(share * left(run), deterministic=run.deterministic, hard_deadline=run.deadline)


def charge(run: Run, budget: Budget) -> None:
    run.work_left -= budget.used


def optimise(
    run: Run, phase: str, share: float, cap: float | None = None, core: bool = False,
    first_only: bool = False, stop_at: float | None = None,
) -> tuple[int, cp_model.CpSolver]:
    solver = new_solver(run, share, cap)
    if too_large(run, share):
        say(run, f"{phase}: skipped, too little time left for a model this size")
        return cp_model.UNKNOWN, solver
    if core:
        use_core_search(solver, run.workers)
    if first_only and run.workers > 1:
        solver.parameters.subsolvers.extend(FIRST_SUBSOLVERS[:run.workers])
    solver.parameters.stop_after_first_solution = first_only
    callback = SolutionPrinter(run, phase, stop_at)
    status = solve_model(run, solver, run.model.cp, callback)
    run.work_left -= solver.deterministic_time
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        run.slot_of = slots_from(run, solver)
        hint_all(run, solver)
    say(run, f"{phase}: {solver.status_name(status).lower()}, "
              f"best {solver.objective_value:g}, bound {solver.best_objective_bound:g}"
              if status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
              else f"{phase}: {solver.status_name(status).lower()}")
    return status, solver


def solve_model(
    run: Run, solver: cp_model.CpSolver, model: cp_model.CpModel,
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


def new_solver(run: Run, share: float, cap: float | None) -> cp_model.CpSolver:
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


def use_core_search(solver: cp_model.CpSolver, workers: int) -> None:
    if workers == 1:
        solver.parameters.optimize_with_core = True
    else:
        solver.parameters.subsolvers.extend(BREAK_SUBSOLVERS[:workers])


class SolutionPrinter(cp_model.CpSolverSolutionCallback):
    """Prints each solution; stops the search at `stop_at` (an objective proven elsewhere)."""

    def __init__(self, run: Run, phase: str, stop_at: float | None = None):
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
        say(self.run, f"{self.phase}: best {best:g}, bound {bound:g}, gap {gap:.1%}")


def say(run: Run, message: str) -> None:
    if run.progress is not None:
        run.progress(f"[{time.monotonic() - run.started:6.1f}s] {message}")


# --- solutions and hints ----------------------------------------------------------------------

def slots_from(run: Run, solver: cp_model.CpSolver) -> dict[str, int]:
    return {
        mid: s for mid, by_slot in run.model.x.items()
        for s, var in by_slot.items() if solver.boolean_value(var)
    }


def polished(run: Run, slot_of: dict[str, int], share: float = 0.3) -> dict[str, int]:
    """The same meetings with fewer breaks (`polish.py`), within `share` of the time left."""
    before = breaks_of(run, slot_of)
    budget = local_budget(run, share)
    moved = fewer_breaks(run.prep, slot_of, budget)
    charge(run, budget)
    if not valid(run, moved):  # the moves keep every rule; never trusted blindly
        return slot_of
    say(run, f"moved meetings: breaks {before} -> {breaks_of(run, moved)}")
    return moved


def hint_placement(run: Run, slot_of: dict[str, int]) -> None:
    """Hint a placement to the full model, completed to every model variable when it is
    feasible: a complete, feasible hint is CP-SAT's first solution at once; a partial one may be
    lost on a large model. (The break phase gains from it, unlike the weight phase.)"""
    if too_large(run, share=1.0):
        hint_slots(run, slot_of)
        return
    probe = run.model.cp.clone()
    probe.clear_objective()
    for mid, by_slot in run.model.x.items():
        for s, var in by_slot.items():
            probe.add(probe.get_bool_var_from_proto_index(var.index) == int(slot_of.get(mid) == s))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = max(0.1, 0.1 * time_left(run))
    if solver.solve(probe) in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        hint_all(run, solver)
    else:
        hint_slots(run, slot_of)


def valid(run: Run, slot_of: dict[str, int]) -> bool:
    try:
        return not violations(run.prep.problem, Schedule(assign(run.prep, slot_of)))
    except AssignmentError:
        return False


def too_large(run: Run, share: float) -> bool:
    """Too little time for CP-SAT to do anything useful on a model this size (about 1 s of
    presolve and root LP per 10,000 variables on this class of model)."""
    seconds_needed = len(run.model.cp.proto.variables) / 10_000
    return left(run) * share < seconds_needed


def hint_slots(run: Run, slot_of: dict[str, int]) -> None:
    cp = run.model.cp
    cp.clear_hints()
    for mid, by_slot in run.model.x.items():
        for s, var in by_slot.items():
            cp.add_hint(var, slot_of.get(mid) == s)


def hint_all(run: Run, solver: cp_model.CpSolver) -> None:
    cp = run.model.cp
    cp.clear_hints()
    for index in range(len(cp.proto.variables)):
        var = cp.get_int_var_from_proto_index(index)
        cp.add_hint(var, solver.value(var))


def solution_weight(run: Run) -> float:
    return weight_of(run, run.slot_of)


def weight_of(run: Run, slot_of: dict[str, int]) -> float:
    return sum(run.prep.problem.meeting_by_id[mid].weight for mid in slot_of)


def solution_breaks(run: Run) -> int:
    return breaks_of(run, run.slot_of)


def breaks_of(run: Run, slot_of: dict[str, int]) -> int:
    return sum(participant_breaks(run.prep.problem, assign(run.prep, slot_of)).values())


