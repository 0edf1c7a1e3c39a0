"""One benchmark run: the solver's command on one instance, its schedule checked twice, and the
greedy baseline beside it. Shared by `run_jair` and `run_generated`."""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bench.scheduling.greedy import greedy_schedule
from bench.scheduling.measure import (
    GRACE_SECONDS,
    check_command,
    read_json,
    run_measured,
    solver_command,
    write_json,
)
from bench.scheduling.validate import check_schedule

EPSILON = 1e-6
# How `incontra schedule` says that it proved no schedule exists (exit code 1, on stderr).
PROVEN_INFEASIBLE = re.compile(r"proven infeasible", re.IGNORECASE)


@dataclass
class SolverRun:
    """What one run of `incontra schedule` produced, as measured and checked by the bench."""

    # optimal | weight optimal | feasible | infeasible | no schedule | failed | killed
    status: str = "not run"
    exit_code: int | None = None
    wall_seconds: float | None = None
    peak_rss_mib: float | None = None
    weight: float | None = None
    bound: float | None = None
    held: int | None = None
    requested: int | None = None
    breaks: int | None = None
    breaks_bound: int | None = None
    idle_slots: int | None = None
    valid: bool | None = None  # by bench/scheduling/validate.py
    solver_check_ok: bool | None = None  # by `incontra schedule --check`
    violations: list[str] = field(default_factory=list)
    option_violations: list[str] = field(default_factory=list)
    message: str = ""

    @property
    def gap_percent(self) -> float | None:
        if self.weight is None or not self.bound:
            return None
        return 100 * max(0.0, self.bound - self.weight) / self.bound

    @property
    def breaks_proven(self) -> bool:
        return self.breaks is not None and self.breaks_bound == self.breaks

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"gap_percent": self.gap_percent}


def run_solver(problem_path: Path, problem: dict[str, Any], out_dir: Path, name: str,
               time_limit: float, workers: int) -> SolverRun:
    schedule_path = out_dir / f"{name}.schedule.json"
    schedule_path.unlink(missing_ok=True)
    measured = run_measured(solver_command(problem_path, schedule_path, time_limit, workers),
                            timeout=time_limit + GRACE_SECONDS)
    (out_dir / f"{name}.solver.log").write_text(measured.output, encoding="utf-8")
    run = SolverRun(exit_code=measured.exit_code, wall_seconds=measured.wall_seconds,
                    peak_rss_mib=measured.peak_rss_mib, message=_last_lines(measured.output))
    schedule = read_json(schedule_path) if measured.exit_code == 0 else None
    if measured.killed:
        run.status = "killed"
    elif schedule is None:
        run.status = _no_schedule_status(measured.exit_code, measured.output)
    else:
        _judge(run, problem, schedule)
        run.solver_check_ok = _solver_check(problem_path, schedule_path, out_dir, name)
    return run


def _no_schedule_status(exit_code: int, output: str) -> str:
    if exit_code == 1:
        return "infeasible" if PROVEN_INFEASIBLE.search(output) else "no schedule"
    return f"failed (exit {exit_code})"


def _judge(run: SolverRun, problem: dict[str, Any], schedule: dict[str, Any]) -> None:
    quality = check_schedule(problem, schedule)
    run.weight, run.held, run.requested = quality.weight, quality.held, quality.requested
    run.breaks, run.idle_slots = quality.breaks, quality.idle_slots
    run.valid, run.violations = quality.valid, quality.violations[:20]
    run.option_violations = quality.option_violations
    run.bound, run.breaks_bound = schedule.get("bound"), schedule.get("breaks_bound")
    reported = str(schedule.get("status", "")).lower()
    if "infeasible" in reported:
        run.status = "infeasible"
    elif run.bound is not None and run.weight >= run.bound - EPSILON:
        run.status = "optimal" if run.breaks_proven else "weight optimal"
    else:
        run.status = "feasible"


def _solver_check(problem_path: Path, schedule_path: Path, out_dir: Path, name: str) -> bool:
    measured = run_measured(check_command(problem_path, schedule_path), timeout=600)
    (out_dir / f"{name}.check.log").write_text(measured.output, encoding="utf-8")
    return measured.exit_code == 0


def _last_lines(output: str, count: int = 3) -> str:
    return " / ".join(line.strip() for line in output.strip().splitlines()[-count:])


@dataclass
class GreedyRun:
    weight: float
    held: int
    requested: int
    breaks: int
    idle_slots: int
    valid: bool
    seconds: float
    option_violations: list[str]


def run_greedy(problem: dict[str, Any], out_dir: Path, name: str) -> GreedyRun:
    start = time.monotonic()
    schedule = greedy_schedule(problem)
    seconds = time.monotonic() - start
    write_json(out_dir / f"{name}.greedy.json", schedule)
    quality = check_schedule(problem, schedule)
    return GreedyRun(quality.weight, quality.held, quality.requested, quality.breaks,
                     quality.idle_slots, quality.valid, seconds, quality.option_violations)


def yes_no(value: bool | None) -> str:
    return {True: "yes", False: "**no**", None: "-"}[value]


def number(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}"
