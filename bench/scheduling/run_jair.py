"""The scheduler on the real brokerage events of Bofill et al., JAIR 74 (2022).

    flock /tmp/incontra-bench.lock .venv/bin/python -m bench.scheduling.run_jair [--crafted]

Runs `incontra schedule` (30 s, 2 workers by default) on the 20 instances of the paper's Table 1
in `../shared/bench/b2b/jair2022/original/` (read from there, never copied into the repository),
or with `--crafted` on the 120 variants of section 7.4; checks every schedule, compares the breaks
with the published optimum, runs the greedy baseline beside it, cross-checks every "infeasible"
with an independent plain SAT model (`sat_check.py`), and writes the table into
docs/benchmarks.md (block `scheduling-jair` or `scheduling-crafted`) and the raw results into
bench/out/scheduling/.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.scheduling.docs import table, write_block
from bench.scheduling.measure import (
    OUT,
    REPO,
    load_note,
    machine,
    read_json,
    solver_available,
    solver_revision,
    write_json,
)
from bench.scheduling.runner import GreedyRun, SolverRun, number, run_greedy, run_solver, yes_no
from bench.scheduling.sat_check import solve as sat_solve
from bench.scheduling.validate import check_schedule

JAIR = REPO.parent / "shared" / "bench" / "b2b" / "jair2022"

# Optimal total breaks with fairness d = 2 and every meeting held: Bofill et al. (2022),
# Tables 2-11, as listed in ../shared/bench/b2b/README.md.
PUBLISHED_OPTIMUM = {
    "forum-13": 0, "forum-13crafb": 6, "forum-13crafc": 1, "forum-14": 2, "forumt-14": 5,
    "forumt-14crafc": 5, "forumt-14crafd": 4, "forumt-14crafe": 5, "tic-12": 0,
    "tic-12crafc": 0, "tic-13": 0, "tic-13crafb": 0, "tic-13crafc": 4, "tic-14crafa": 0,
    "tic-14crafc": 0, "tic-14crafd": 0, "ticf-13crafa": 0, "ticf-13crafb": 3,
    "ticf-13crafc": 1, "ticf-14crafa": 0,
}


def instance_name(path: Path) -> str:
    return path.name.removesuffix(".json").removesuffix(".original")


def variant_of(name: str) -> str:
    """The kind of crafted variant: 'forb0003', 'fixed020-Forb', 'prec15'..."""
    return name.split(".", 1)[1] if "." in name else "original"


def instances(crafted: bool, only: list[str] | None) -> list[Path]:
    found = sorted((JAIR / ("crafted" if crafted else "original")).glob("*.json"))
    return [p for p in found if not only or instance_name(p) in only]


def obvious_conflict(problem: dict[str, Any]) -> str | None:
    """A reason no schedule can hold every meeting that needs no search: a fixed slot outside
    the meeting's session or in an unavailable slot, or two fixed meetings of one participant in
    one slot. An independent check of the solver's 'infeasible'; None when there is no such
    obvious reason (the instance may still be infeasible)."""
    meetings = {m["id"]: m for m in problem["meetings"]}
    unavailable = {p["id"]: set(p.get("unavailable", [])) for p in problem["participants"]}
    taken: set[tuple[str, str]] = set()
    for entry in problem.get("fixed", []):
        meeting, slot = meetings[entry["meeting"]], entry["slot"]
        if slot not in meeting.get("slots", [slot]):
            return f"{meeting['id']} fixed outside its session"
        for pid in meeting["participants"]:
            if slot in unavailable[pid] or (pid, slot) in taken:
                return f"{meeting['id']} fixed where {pid} cannot meet"
            taken.add((pid, slot))
    return None


SAT_CHECK_SECONDS = 60.0  # per SAT call; an instance not settled by then stays unconfirmed


def cross_check(problem: dict[str, Any], out_dir: Path, name: str) -> dict[str, Any]:
    """The independent SAT model's opinion on "no schedule holds every meeting".

    First without `max_break_spread` (UNSAT there settles it, and says the fairness rule is not
    the cause), then with it. A SAT answer gives a schedule that `validate.py` judges: if valid,
    the solver's "infeasible" was wrong."""
    relaxed = sat_solve(problem, spread=False, time_limit=SAT_CHECK_SECONDS)
    if relaxed.answer == "unsat":
        return {"verdict": "confirmed", "how": "UNSAT without the fairness rule",
                "seconds": round(relaxed.seconds, 1)}
    full = sat_solve(problem, spread=True, time_limit=SAT_CHECK_SECONDS)
    seconds = round(relaxed.seconds + full.seconds, 1)
    if full.answer == "unsat":
        return {"verdict": "confirmed", "how": "UNSAT only with the fairness rule",
                "seconds": seconds}
    if full.answer == "unknown":
        return {"verdict": "unconfirmed", "how": "SAT check timed out", "seconds": seconds}
    write_json(out_dir / f"{name}.sat-schedule.json", full.schedule)
    quality = check_schedule(problem, full.schedule)
    wrong = quality.valid and not quality.option_violations
    return {"verdict": "refuted" if wrong else "unconfirmed",
            "how": "SAT schedule valid: the solver's infeasible is wrong" if wrong
            else "SAT schedule rejected by validate.py: " + "; ".join(
                quality.violations + quality.option_violations)[:200],
            "seconds": seconds}


def run_one(path: Path, out_dir: Path, time_limit: float, workers: int) -> dict[str, Any]:
    problem = json.loads(path.read_text(encoding="utf-8"))
    name = instance_name(path)
    solver = run_solver(path, problem, out_dir, name, time_limit, workers)
    greedy = run_greedy(problem, out_dir, name)
    row = {"instance": name, "published_optimum": PUBLISHED_OPTIMUM.get(name),
           "meetings": len(problem["meetings"]), "participants": len(problem["participants"]),
           "obvious_conflict": obvious_conflict(problem),
           "solver": solver.as_dict(), "greedy": vars(greedy)}
    if solver.status == "infeasible":
        row["sat_check"] = cross_check(problem, out_dir, name)
        print(f"{name}: SAT check {row['sat_check']}", flush=True)
    print(f"{name}: {solver.status}, breaks {solver.breaks} (bound {solver.breaks_bound}, "
          f"published {row['published_optimum']}), {solver.wall_seconds:.1f} s, "
          f"{solver.peak_rss_mib:.0f} MiB; greedy held {greedy.held}/{greedy.requested}, "
          f"breaks {greedy.breaks}", flush=True)
    return row


def solver_of(row: dict[str, Any]) -> SolverRun:
    return SolverRun(**{k: v for k, v in row["solver"].items() if k != "gap_percent"})


def proven_optimal(solver: SolverRun) -> bool:
    """Every meeting held and the breaks equal to the solver's proven lower bound."""
    return (solver.held == solver.requested and solver.breaks_proven and bool(solver.valid)
            and not solver.option_violations)


def fully_valid(solver: SolverRun) -> bool | None:
    if solver.valid is None:
        return None
    return solver.valid and bool(solver.solver_check_ok) and not solver.option_violations


def solver_cells(solver: SolverRun) -> list[str]:
    if solver.held is None:
        return [solver.status, "-", "-", "-"]
    return [f"{solver.held}/{solver.requested}", number(solver.breaks),
            number(solver.breaks_bound), yes_no(fully_valid(solver))]


def original_row(row: dict[str, Any]) -> list[str]:
    solver, greedy = solver_of(row), GreedyRun(**row["greedy"])
    published = row["published_optimum"]
    at_published = None if solver.breaks is None else (
        solver.held == solver.requested and solver.breaks == published)
    return [row["instance"], str(row["meetings"]), str(published), *solver_cells(solver),
            yes_no(proven_optimal(solver)), yes_no(at_published),
            number(solver.wall_seconds, 1), number(solver.peak_rss_mib),
            f"{greedy.held}/{greedy.requested}", str(greedy.breaks)]


ORIGINAL_HEADER = ["instance", "meetings", "published optimum", "held", "breaks",
                   "breaks bound", "valid", "proven optimal", "= published", "time (s)",
                   "peak RSS (MiB)", "greedy held", "greedy breaks"]


def original_report(rows: list[dict[str, Any]], settings: str) -> str:
    solvers = [solver_of(row) for row in rows]
    at_published = sum(1 for row, s in zip(rows, solvers, strict=True)
                       if s.held == s.requested and s.breaks == row["published_optimum"])
    proven = sum(1 for s in solvers if proven_optimal(s))
    in_time = sum(1 for s in solvers if proven_optimal(s) and s.wall_seconds <= 30)
    greedy_all = sum(1 for row in rows if row["greedy"]["held"] == row["greedy"]["requested"])
    target = "met" if in_time == len(rows) == 20 else "**not met**"
    n = len(rows)
    findings = [
        (f"- published optimum reached: **{at_published}/{n}**; proven optimal (every meeting "
         f"held, breaks = proven lower bound, fairness respected): **{proven}/{n}**; proven "
         f"optimal within 30 s wall time: **{in_time}/{n}** (target: 20/20, {target})."),
        (f"- slowest run {max(s.wall_seconds or 0 for s in solvers):.1f} s, largest peak RSS "
         f"{max(s.peak_rss_mib or 0 for s in solvers):.0f} MiB (wall time of the whole command, "
         "including start-up and reading the file)."),
        (f"- greedy baseline: holds every meeting in {greedy_all}/{n} instances (it has no "
         "notion of `require_all`), with breaks as shown."),
    ]
    return "\n".join([settings, "", *findings, "",
                      table(ORIGINAL_HEADER, [original_row(row) for row in rows])])


CRAFTED_OUTCOMES = ["proven optimal", "weight optimal", "feasible", "infeasible", "no schedule",
                    "invalid", "failed"]


def crafted_outcome(solver: SolverRun) -> str:
    """One of CRAFTED_OUTCOMES: what the solver proved, or that it broke a rule."""
    if proven_optimal(solver):
        return "proven optimal"
    if fully_valid(solver) is False:
        return "invalid"  # a rule broken, require_all and fairness included
    return solver.status if solver.status in CRAFTED_OUTCOMES else "failed"


def crafted_report(rows: list[dict[str, Any]], settings: str) -> str:
    by_variant: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        counts = by_variant[variant_of(row["instance"])]
        counts[crafted_outcome(solver_of(row))] += 1
        counts["obvious conflict"] += bool(row["obvious_conflict"])
        counts["SAT confirmed"] += sat_verdict(row) == "confirmed"
    outcomes = CRAFTED_OUTCOMES
    summary = [[variant, str(sum(c[o] for o in outcomes)), *[str(c[o]) for o in outcomes],
                str(c["obvious conflict"]), str(c["SAT confirmed"])]
               for variant, c in sorted(by_variant.items())]
    details = [[row["instance"], str(row["meetings"]), solver_of(row).status,
                *solver_cells(solver_of(row))[:3], yes_no(proven_optimal(solver_of(row))),
                row["obvious_conflict"] or "", sat_cell(row),
                number(solver_of(row).wall_seconds, 1)] for row in rows]
    legend = ("'infeasible' means the solver proved that no schedule holds every meeting. Two "
              "independent checks: 'obvious conflict' counts the instances in which the bench "
              "itself sees a reason that needs no search (a meeting fixed outside its session or "
              "where a participant cannot meet); 'SAT confirmed' counts the claims that a plain "
              "SAT model built from the JSON alone (`bench/scheduling/sat_check.py`: no implied "
              "constraints, windows or break floors; CaDiCaL, at most "
              f"{SAT_CHECK_SECONDS:g} s per call) also finds unsatisfiable.")
    return "\n".join([
        settings, "", legend, "", sat_summary(rows), "",
        table(["variant", "instances", *outcomes, "obvious conflict", "SAT confirmed"], summary),
        "", "<details><summary>every instance</summary>", "",
        table(["instance", "meetings", "status", "held", "breaks", "breaks bound",
               "proven optimal", "obvious conflict", "SAT check", "time (s)"], details), "",
        "</details>",
    ])


def sat_verdict(row: dict[str, Any]) -> str | None:
    return (row.get("sat_check") or {}).get("verdict")


def sat_cell(row: dict[str, Any]) -> str:
    check = row.get("sat_check")
    if not check:
        return ""
    return f"{check['verdict']}: {check['how']} ({check['seconds']:g} s)"


def sat_summary(rows: list[dict[str, Any]]) -> str:
    claims = [row for row in rows if solver_of(row).status == "infeasible"]
    verdicts = Counter(sat_verdict(row) for row in claims)
    hows = Counter(row["sat_check"]["how"] for row in claims
                   if sat_verdict(row) == "confirmed")
    detail = ", ".join(f"{n} {how}" for how, n in sorted(hows.items()))
    return (f"- 'infeasible' claims: **{len(claims)}**; confirmed by the independent SAT model: "
            f"**{verdicts['confirmed']}**" + (f" ({detail})" if detail else "") +
            f"; refuted (a valid schedule found): **{verdicts['refuted']}**; unconfirmed: "
            f"**{len(claims) - verdicts['confirmed'] - verdicts['refuted']}**.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scheduling.run_jair",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--crafted", action="store_true", help="the 120 crafted variants")
    parser.add_argument("--time-limit", type=float, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", nargs="*", help="instance names (default: all)")
    parser.add_argument("--part", type=part_of, metavar="K/N",
                        help="run the K-th of N consecutive parts (so that no run holds the "
                             "bench lock too long); part 1 starts afresh, later parts add their "
                             "rows to the results of the earlier ones")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args(argv)
    if not solver_available():
        print("error: incontra/scheduling/cli.py does not exist yet", file=sys.stderr)
        return 2
    revision = solver_revision()  # before the runs: the solver's files may change meanwhile
    load_before = os.getloadavg()[0]
    kind = "crafted" if args.crafted else "original"
    out_dir = OUT / "scheduling" / f"jair-{kind}"
    out_dir.mkdir(parents=True, exist_ok=True)
    every = instances(args.crafted, args.only)
    paths = every if args.part is None else chunk(every, *args.part)
    earlier = earlier_rows(out_dir, args, {instance_name(p) for p in paths})
    rows: list[dict[str, Any]] = []
    report = ""
    for path in paths:
        rows.append({**run_one(path, out_dir, args.time_limit, args.workers),
                     "solver_revision": revision})
        # Written after every instance, so that an interrupted run still reports what it did.
        merged = sorted(earlier + rows, key=lambda row: row["instance"])
        report = publish(args, merged, len(every), out_dir, revision, load_before)
    print(report)
    return 0


def part_of(text: str) -> tuple[int, int]:
    k, _, n = text.partition("/")
    if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
        raise argparse.ArgumentTypeError(f"expected K/N with 1 <= K <= N, got {text!r}")
    return int(k), int(n)


def chunk(paths: list[Path], k: int, n: int) -> list[Path]:
    """The k-th (from 1) of n consecutive, nearly equal parts of `paths`."""
    return paths[(k - 1) * len(paths) // n:k * len(paths) // n]


def earlier_rows(out_dir: Path, args: argparse.Namespace, now: set[str]) -> list[dict[str, Any]]:
    """Rows of the earlier parts of a split run, with the same settings (none for part 1)."""
    if args.part is None or args.part[0] == 1:
        return []
    previous = read_json(out_dir / "results.json") or {}
    if (previous.get("time_limit"), previous.get("workers")) != (args.time_limit, args.workers):
        return []
    return [row for row in previous.get("rows", []) if row["instance"] not in now]


def publish(args: argparse.Namespace, rows: list[dict[str, Any]], planned: int, out_dir: Path,
            revision: str, load_before: float) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    revisions = sorted({row.get("solver_revision", revision) for row in rows})
    write_json(out_dir / "results.json", {"when": stamp, "machine": machine(),
                                          "solver_revision": ", ".join(revisions),
                                          "time_limit": args.time_limit,
                                          "workers": args.workers, "rows": rows})
    command = "python -m bench.scheduling.run_jair" + (" --crafted" if args.crafted else "")
    partial = "" if len(rows) == planned else (
        f" **Partial: {len(rows)} of {planned} instances run so far** (in file order).")
    split = "" if args.part is None else (
        f" Run in {args.part[1]} parts (`--part K/{args.part[1]}`), this text written by part "
        f"{args.part[0]}; the load note is that part's.")
    commits = (f"commit {revisions[0]}" if len(revisions) == 1 else
               f"commits {', '.join(revisions)} (parts run at different commits)")
    settings = (f"Run {stamp} on {machine()}, solver at {commits}: "
                f"`incontra schedule --time-limit {args.time_limit:g} --workers {args.workers} "
                f"--seed 1`, one instance at a time; {load_note(load_before)} "
                f"(command: `{command}`).{partial}{split}")
    report = crafted_report(rows, settings) if args.crafted else original_report(rows, settings)
    if not args.no_docs and not args.only:
        write_block(f"scheduling-{'crafted' if args.crafted else 'jair'}", report)
    return report


if __name__ == "__main__":
    raise SystemExit(main())
