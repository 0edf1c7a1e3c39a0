"""The scheduler on generated events as Incontra's users run them, beside the greedy baseline.

    flock /tmp/incontra-bench.lock .venv/bin/python -m bench.scheduling.run_generated
    flock /tmp/incontra-bench.lock .venv/bin/python -m bench.scheduling.run_generated --kinds forum

A run of some kinds keeps the stored results of the other kinds when they come from the same
solver revision, so the runs can be split (the bench lock is held ~12 minutes at most); the
block in docs/benchmarks.md is written once every kind has results from that revision.

Generates each kind with fixed seeds (`bench/scheduling/generate.py`), runs `incontra schedule`
with the time limit of its target (issue 3) and the greedy baseline, checks both schedules, and
writes the table into docs/benchmarks.md (block `scheduling-generated`) and the raw results and
instances into bench/out/scheduling/generated/.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.scheduling.docs import table, write_block
from bench.scheduling.generate import generate
from bench.scheduling.instance import Instance
from bench.scheduling.measure import (
    OUT,
    load_note,
    machine,
    read_json,
    solver_available,
    solver_revision,
    write_json,
)
from bench.scheduling.runner import GreedyRun, SolverRun, number, run_greedy, run_solver, yes_no

MIB_PER_GB = 1024


@dataclass(frozen=True)
class Plan:
    kind: str
    seeds: tuple[int, ...]
    time_limit: float
    target: str
    max_gap_percent: float  # 0: the weight must be proven optimal
    max_rss_mib: float | None = None


PLANS = (
    Plan("mission", (1, 2, 3), 10, "weight proven optimal within 10 s", 0),
    Plan("brokerage", (1, 2), 60, "gap <= 1% within 60 s", 1),
    Plan("forum", (1,), 300, "gap <= 3% within 300 s, peak RSS < 4 GB", 3, 4 * MIB_PER_GB),
    Plan("rescheduling", (1,), 60, "valid, every published meeting kept (gap reported)", 100),
)


KIND_NOTES = {
    "mission": "incoming mission: 25 visiting Russian companies (ru or ru+en) and 60 local "
               "Italian ones (it or it+en), 1.5 days, 48 locals at their own table, 4-6 it-ru "
               "interpreters with gaps, weights 3 mutual / 2 accepted / 1 recommended, caps, "
               "early departures, group meetings and briefings that must come first",
    "brokerage": "open brokerage event: 400 participants from six countries, 2 days, 36 tables "
                 "(6 exhibitors at stands), requests sent as in real events (15% send none, a "
                 "long tail sends many), 35% declined or unanswered, one-day attendance",
    "forum": "forum: 2,000 participants, 20,000 requests with Zipf-like popularity (the most "
             "popular receive several hundred, far beyond their caps and the 45 slots), 2 days, "
             "200 tables, 25 interpreters for the it-ru and ru-en meetings",
    "rescheduling": "the brokerage event after publication: 60% of its (greedy) schedule fixed, "
                    "4% of participants and 5% of open meetings cancelled, 8 late registrants "
                    "and 120 late requests",
}


def target_met(plan: Plan, solver: SolverRun) -> bool:
    valid = bool(solver.valid) and bool(solver.solver_check_ok)
    gap = solver.gap_percent
    close_enough = gap is not None and gap <= plan.max_gap_percent + 1e-9
    small_enough = plan.max_rss_mib is None or (solver.peak_rss_mib or 0) < plan.max_rss_mib
    return valid and close_enough and small_enough


def instance_stats(doc: dict[str, Any]) -> dict[str, int]:
    inst = Instance(doc)
    return {"participants": len(doc["participants"]), "meetings": len(doc["meetings"]),
            "requested_weight": sum(inst.weight(mid) for mid in inst.meetings),
            "slots": len(doc["slots"]), "days": len(set(inst.slot_day)),
            "tables": len(doc["tables"]), "interpreters": len(doc["interpreters"]),
            "need_interpreter": sum(1 for mid in inst.meetings if inst.needs_interpreter(mid)),
            "fixed": len(doc["fixed"])}


def run_one(plan: Plan, seed: int, out_dir: Path, workers: int) -> dict[str, Any]:
    doc = generate(plan.kind, seed)
    name = f"{plan.kind}-{seed}"
    path = out_dir / f"{name}.json"
    write_json(path, doc)
    solver = run_solver(path, doc, out_dir, name, plan.time_limit, workers)
    greedy = run_greedy(doc, out_dir, name)
    met = target_met(plan, solver)
    gap = solver.gap_percent
    print(f"{name}: {solver.status}, weight {solver.weight} / bound {solver.bound} "
          f"(gap {'-' if gap is None else f'{gap:.2f}'} %), breaks {solver.breaks}, "
          f"{solver.wall_seconds:.1f} s, {solver.peak_rss_mib:.0f} MiB, target met: {met}; "
          f"greedy weight {greedy.weight}, breaks {greedy.breaks}", flush=True)
    return {"instance": name, "kind": plan.kind, "seed": seed, "time_limit": plan.time_limit,
            "target": plan.target, "target_met": met, "stats": instance_stats(doc),
            "solver": solver.as_dict(), "greedy": vars(greedy)}


def solver_of(row: dict[str, Any]) -> SolverRun:
    return SolverRun(**{k: v for k, v in row["solver"].items() if k != "gap_percent"})


def stats_row(row: dict[str, Any]) -> list[str]:
    s = row["stats"]
    return [row["instance"], str(s["participants"]), f"{s['meetings']:,}",
            f"{s['requested_weight']:,}", f"{s['slots']} ({s['days']} days)", str(s["tables"]),
            f"{s['interpreters']} ({s['need_interpreter']:,} meetings need one)",
            f"{s['fixed']:,}"]


def result_row(row: dict[str, Any]) -> list[str]:
    solver, greedy = solver_of(row), GreedyRun(**row["greedy"])
    gap = solver.gap_percent
    gain = (None if solver.weight is None or not greedy.weight
            else 100 * (solver.weight - greedy.weight) / greedy.weight)
    return [row["instance"], f"{row['time_limit']:g}", solver.status,
            number(solver.weight), number(solver.bound, 1),
            "-" if gap is None else f"{gap:.2f}", number(solver.breaks),
            number(solver.breaks_bound), number(solver.idle_slots),
            number(solver.wall_seconds, 1), number(solver.peak_rss_mib),
            yes_no(solver.valid and solver.solver_check_ok if solver.valid is not None else None),
            number(greedy.weight), str(greedy.breaks), str(greedy.idle_slots),
            "-" if gain is None else f"{gain:+.1f}%",
            "met" if row["target_met"] else "**not met**"]


RESULT_HEADER = ["instance", "limit (s)", "status", "weight", "bound", "gap %", "breaks",
                 "breaks bound", "idle slots", "time (s)", "peak RSS (MiB)", "valid",
                 "greedy weight", "greedy breaks", "greedy idle", "weight vs greedy", "target"]


TARGETS_NOTE = ("Targets (issue 3), judged at the solver's `--time-limit`; the time column is "
                "the wall time of the whole command (start-up, reading, model building, solving, "
                "writing):")
GAP_NOTE = ("Gap = (bound - weight) / bound, where bound is the solver's proven upper bound on "
            "weight. Breaks and idle slots as defined in the format (lower is better); `breaks "
            "bound` is the solver's proven lower bound on breaks at that weight, where it has one.")
STATS_HEADER = ["instance", "participants", "meetings", "requested weight", "slots", "tables",
                "interpreters", "fixed"]


def report(rows: list[dict[str, Any]], settings: str) -> str:
    targets = "\n".join(f"- `{plan.kind}` ({KIND_NOTES[plan.kind]}): {plan.target}."
                        for plan in PLANS)
    met = sum(1 for row in rows if row["target_met"])
    return "\n".join([
        settings, "", TARGETS_NOTE, targets, "", f"Targets met: **{met}/{len(rows)}** runs.", "",
        table(STATS_HEADER, [stats_row(row) for row in rows]), "",
        table(RESULT_HEADER, [result_row(row) for row in rows]), "", GAP_NOTE,
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scheduling.run_generated",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--kinds", nargs="*", default=[p.kind for p in PLANS])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args(argv)
    if not solver_available():
        print("error: incontra/scheduling/cli.py does not exist yet", file=sys.stderr)
        return 2
    revision = solver_revision()  # before the runs: the solver's files may change meanwhile
    load_before = os.getloadavg()[0]
    out_dir = OUT / "scheduling" / "generated"
    out_dir.mkdir(parents=True, exist_ok=True)
    plans = [plan for plan in PLANS if plan.kind in args.kinds]
    rows = [run_one(plan, seed, out_dir, args.workers) for plan in plans for seed in plan.seeds]
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    part = f"{', '.join(p.kind for p in plans)} at {stamp}, {load_note(load_before)}"
    for row in rows:
        row["part"] = part
    rows = merged(read_json(out_dir / "results.json"), rows, revision, args.workers)
    write_json(out_dir / "results.json", {"when": stamp, "machine": machine(),
                                          "solver_revision": revision,
                                          "workers": args.workers, "rows": rows})
    parts = "; ".join(dict.fromkeys(row.get("part", "") for row in rows))
    settings = (f"Run on {machine()}, solver at commit {revision}: "
                f"`incontra schedule --workers {args.workers} --seed 1` with the time limit of "
                f"each target, one instance at a time ({parts}) (command: "
                "`python -m bench.scheduling.run_generated`; instances: "
                "`python -m bench.scheduling.generate KIND --seed N -o FILE`).")
    text = report(rows, settings)
    complete = {row["kind"] for row in rows} == {plan.kind for plan in PLANS}
    if not args.no_docs and complete:
        write_block("scheduling-generated", text)
    print(text)
    return 0


def merged(previous: dict[str, Any] | None, rows: list[dict[str, Any]], revision: str,
           workers: int) -> list[dict[str, Any]]:
    """The new rows, and the stored rows of the other kinds when they come from the same solver
    revision and settings; in the order of PLANS."""
    kinds = {row["kind"] for row in rows}
    same = (previous is not None and previous.get("solver_revision") == revision
            and previous.get("workers") == workers)
    kept = [row for row in (previous or {}).get("rows", []) if same and row["kind"] not in kinds]
    order = {plan.kind: n for n, plan in enumerate(PLANS)}
    return sorted([*kept, *rows], key=lambda row: (order[row["kind"]], row["seed"]))


if __name__ == "__main__":
    raise SystemExit(main())
