"""Optimal B2B meeting scheduling (pure Python, no Django): `solve` a problem, `check` a schedule.

Input and output are the dataclasses of `problem.py`, read from and written to the
`incontra-b2b/1` JSON documents by `io.py`.
"""

from incontra.scheduling.check import Quality, quality, violations
from incontra.scheduling.io import ProblemError, load_problem, load_schedule, write_schedule
from incontra.scheduling.problem import Assignment, Problem, Schedule
from incontra.scheduling.solver import Result, solve


def check(problem: Problem, schedule: Schedule) -> list[str]:
    """Every rule of the format the schedule breaks, in words (empty when valid)."""
    return violations(problem, schedule)


__all__ = [
    "Assignment", "Problem", "ProblemError", "Quality", "Result", "Schedule", "check",
    "load_problem", "load_schedule", "quality", "solve", "write_schedule",
]
