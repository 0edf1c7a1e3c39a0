"""`incontra schedule`: solve or check a B2B schedule on files.

    incontra schedule PROBLEM.json -o SCHEDULE.json [--time-limit S] [--seed N] [--workers N]
    incontra schedule --check PROBLEM.json SCHEDULE.json

Exit codes: 0 a schedule was written (or the checked schedule is valid); 1 no schedule (proven
infeasible, or none found in time), or the checked schedule is invalid; 2 bad input or usage.
"""

from __future__ import annotations

import argparse
import sys

from incontra.scheduling.check import quality, violations
from incontra.scheduling.io import (
    ProblemError,
    load_problem,
    load_schedule,
    write_schedule,
)
from incontra.scheduling.solver import Result, solve

EXIT_OK, EXIT_NO_SCHEDULE, EXIT_BAD_INPUT = 0, 1, 2
SHOWN_REASONS = 20  # unscheduled meetings explained on stderr; the file has them all


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors with our exit code and no traceback."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        raise ProblemError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="incontra schedule", description="Schedule B2B meetings optimally.")
    parser.add_argument("problem", help="problem file (incontra-b2b/1 JSON)")
    parser.add_argument("schedule", nargs="?", help="schedule file to check (with --check)")
    parser.add_argument("-o", "--output", help="where to write the schedule")
    parser.add_argument("--check", action="store_true", help="validate SCHEDULE for PROBLEM")
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds (default 60)")
    parser.add_argument("--seed", type=int, default=0, help="solver random seed (default 0)")
    parser.add_argument("--workers", type=int, default=2, help="solver threads (default 2)")
    parser.add_argument("--deterministic", action="store_true",
                        help="same seed, same schedule: interleaved workers, budget in "
                             "deterministic time (see docs/scheduling.md)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    return parser


def main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
        _validate_args(args)
        if args.check:
            return _check(args.problem, args.schedule)
        return _solve(args)
    except ProblemError as exc:
        print(f"incontra schedule: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


def _validate_args(args: argparse.Namespace) -> None:
    if args.check and not args.schedule:
        raise ProblemError("--check needs PROBLEM.json and SCHEDULE.json")
    if not args.check and args.schedule:
        raise ProblemError(f"unexpected argument {args.schedule!r} (did you mean -o?)")
    if not args.check and not args.output:
        raise ProblemError("-o SCHEDULE.json is required")
    if args.time_limit <= 0 or args.workers < 1:
        raise ProblemError("--time-limit must be > 0 and --workers >= 1")


def _check(problem_path: str, schedule_path: str) -> int:
    problem = load_problem(problem_path)
    schedule = load_schedule(schedule_path)
    broken = violations(problem, schedule)
    for line in broken:
        print(f"invalid: {line}")
    _print_quality(problem, schedule)
    return EXIT_NO_SCHEDULE if broken else EXIT_OK


def _print_quality(problem, schedule) -> None:
    q = quality(problem, schedule)
    total = sum(m.weight for m in problem.meetings)
    print(f"meetings held: {q.held} of {len(problem.meetings)}")
    print(f"weight: {q.weight:g} of {total:g} requested"
          + (f" (bound {schedule.bound:g})" if schedule.bound is not None else ""))
    print(f"breaks: {q.breaks}"
          + (f" (bound {schedule.breaks_bound})" if schedule.breaks_bound is not None else ""))
    print(f"idle slots: {q.idle_slots}")
    counts = sorted(q.meetings_by_participant.values())
    if counts:
        print(f"meetings per participant: min {counts[0]}, median {counts[len(counts) // 2]}, "
              f"max {counts[-1]}")
    for iid, load in sorted(q.interpreter_load.items()):
        print(f"interpreter {iid}: {load} meetings")


def _solve(args: argparse.Namespace) -> int:
    problem = load_problem(args.problem)
    progress = None if args.quiet else _stderr
    result = solve(problem, time_limit=args.time_limit, seed=args.seed, workers=args.workers,
                   progress=progress, deterministic=args.deterministic)
    if result.schedule is None:
        proof = " (proven infeasible)" if result.proven_infeasible else ""
        print(f"incontra schedule: no schedule{proof}: {result.reason}", file=sys.stderr)
        return EXIT_NO_SCHEDULE
    write_schedule(result.schedule, args.output, extra=_extra(result))
    _summary(result)
    return EXIT_OK


def _extra(result: Result) -> dict:
    return {"status": result.status, "unscheduled_reasons": result.unscheduled_reasons}


def _summary(result: Result) -> None:
    gap = "" if result.gap is None else f", gap {result.gap:.2%}"
    _stderr(f"{result.status}: weight {result.weight:g} (bound {result.bound}{gap}), "
            f"breaks {result.breaks} (bound {result.breaks_bound}), "
            f"idle slots {result.idle_slots}, {result.seconds:.1f}s")
    reasons = list(result.unscheduled_reasons.items())
    for mid, reason in reasons[:SHOWN_REASONS]:
        _stderr(f"not scheduled: {mid}: {reason}")
    if len(reasons) > SHOWN_REASONS:
        _stderr(f"... and {len(reasons) - SHOWN_REASONS} more not scheduled "
                "(every reason is in the schedule file, under unscheduled_reasons)")


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)
