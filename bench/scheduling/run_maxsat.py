"""The MaxSAT break search (`incontra/scheduling/maxsat.py`) alone on the JAIR 2022 events.

    flock /tmp/incontra-bench.lock .venv/bin/python -m bench.scheduling.run_maxsat \
        [--method linear linear+holders rc2] [--time-limit 30] [--only NAME ...] [--no-docs]

For each of the 20 instances of the paper's Table 1 in `../shared/bench/b2b/jair2022/original/`
(read from there, never copied into the repository) and each search method: prepare, encode and
search within the time limit (the clock starts before reading the file), place tables
(`assign.py`), validate the schedule twice (the library's `check.violations` and the independent
`bench/scheduling/validate.py`) and compare the breaks with the published optimum. Writes the
schedules and results.json into bench/out/scheduling/maxsat/ and, on a full run, the table into
docs/benchmarks.md (block `scheduling-maxsat`, placed after the scheduling section).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.docs import BENCHMARKS_MD, markers, replace_block, table
from bench.scheduling.measure import OUT, load_note, solver_revision, write_json
from bench.scheduling.run_jair import PUBLISHED_OPTIMUM, instance_name, instances
from bench.scheduling.validate import check_schedule
from incontra.scheduling.assign import assign
from incontra.scheduling.check import violations
from incontra.scheduling.io import load_problem, schedule_to_dict
from incontra.scheduling.maxsat import (
    METHODS,
    SAT_SOLVER,
    BreakSearch,
    HolderProcess,
    minimise_breaks,
    not_applicable,
)
from incontra.scheduling.prepare import Prepared, prepare
from incontra.scheduling.problem import Schedule

BLOCK = "scheduling-maxsat"
AFTER = "<!-- scheduling:end -->"  # the block sits right after the scheduling section
COMMAND = "python -m bench.scheduling.run_maxsat"


# The linear search with the holder search beside it in a child process, as the solver runs them
# (two cores).
WITH_HOLDERS = "linear+holders"
BENCH_METHODS = (*METHODS, WITH_HOLDERS)


def search(prep: Prepared, method: str, deadline: float) -> BreakSearch:
    if method != WITH_HOLDERS:
        return minimise_breaks(prep, deadline, method=method)
    holders = HolderProcess(prep, until=deadline)
    try:
        return minimise_breaks(prep, deadline, holders=holders)
    finally:
        holders.stop()


def run_one(path: Path, method: str, time_limit: float, out_dir: Path) -> dict[str, Any]:
    started = time.monotonic()
    problem = load_problem(path)
    prep = prepare(problem)
    why = not_applicable(prep)
    if why:
        return {"method": method, "status": "not applicable", "reason": why}
    found = search(prep, method, started + time_limit)
    searched = time.monotonic() - started
    row = {"method": method, "seconds": round(searched, 2), "breaks": found.breaks,
           "lower_bound": found.lower_bound, "infeasible": found.infeasible,
           "optimal": found.optimal, "valid": None}
    if found.slot_of is None:
        row["status"] = "infeasible" if found.infeasible else "no schedule"
        return row
    schedule = Schedule(assign(prep, found.slot_of), breaks_bound=found.lower_bound)
    document = schedule_to_dict(schedule)
    write_json(out_dir / f"{instance_name(path)}.{method}.json", document)
    own = violations(problem, schedule)
    independent = check_schedule(json.loads(path.read_text(encoding="utf-8")), document)
    problems = own + independent.violations + independent.option_violations
    row.update(status="optimal" if found.optimal else "feasible", valid=not problems,
               violations=problems[:5], checked_breaks=independent.breaks,
               held=independent.held, requested=independent.requested)
    return row


def yes_no(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "**no**")


def proven(run: dict[str, Any], limit: float = 30.0) -> bool:
    """Every meeting held, valid, breaks = the proven bound, within `limit` seconds."""
    return bool(run.get("valid") and run.get("optimal") and run["seconds"] <= limit
                and run.get("held") == run.get("requested"))


def cells(run: dict[str, Any]) -> list[str]:
    breaks = "-" if run.get("breaks") is None else str(run["breaks"])
    return [breaks, str(run.get("lower_bound", "-")), yes_no(run.get("valid")),
            yes_no(proven(run)), f"{run.get('seconds', 0):.1f}"]


def report(rows: list[dict[str, Any]], methods: list[str], settings: str) -> str:
    header = ["instance", "published optimum"]
    for method in methods:
        header += [f"{method}: breaks", "bound", "valid", "proven in 30 s", "time (s)"]
    lines, summary = [], []
    for row in rows:
        line = [row["instance"], str(row["published_optimum"])]
        for method in methods:
            line += cells(row["runs"][method])
        lines.append(line)
    for method in methods:
        runs = [row["runs"][method] for row in rows]
        at_published = sum(1 for row, run in zip(rows, runs, strict=True)
                           if run.get("valid") and run.get("breaks") == row["published_optimum"])
        bounds = sum(1 for row, run in zip(rows, runs, strict=True)
                     if run.get("lower_bound") == row["published_optimum"])
        summary.append(
            f"- `{method}`: proven optimal within 30 s **{sum(map(proven, runs))}/{len(rows)}**; "
            f"published optimum reached {at_published}/{len(rows)}; lower bound equal to the "
            f"published optimum {bounds}/{len(rows)}; every schedule returned valid: "
            f"{yes_no(all(run.get('valid') is not False for run in runs))}.")
    return "\n".join([settings, "", *summary, "", table(header, lines)])


def write_docs(body: str, path: Path = BENCHMARKS_MD) -> None:
    text = path.read_text(encoding="utf-8")
    start, end = markers(BLOCK)
    if start not in text:
        if AFTER not in text:
            raise ValueError(f"docs/benchmarks.md has no {AFTER} marker to place the block after")
        text = text.replace(AFTER, f"{AFTER}\n\n{start}\n{end}", 1)
    path.write_text(replace_block(text, BLOCK, body), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__.split("\n\n")[0])
    parser.add_argument("--method", nargs="+", choices=BENCH_METHODS,
                        default=["linear", WITH_HOLDERS])
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--only", nargs="*", help="instance names (default: all 20)")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args(argv)
    paths = instances(crafted=False, only=args.only)
    if not paths:
        print(f"{COMMAND}: no instance matches {args.only}", file=sys.stderr)
        return 2
    revision, load_before = solver_revision(), os.getloadavg()[0]
    out_dir = OUT / "scheduling" / "maxsat"
    rows = []
    for path in paths:
        name = instance_name(path)
        runs = {m: run_one(path, m, args.time_limit, out_dir) for m in args.method}
        rows.append({"instance": name, "published_optimum": PUBLISHED_OPTIMUM.get(name),
                     "runs": runs})
        print(name, json.dumps(runs), flush=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    settings = (
        f"Run {stamp} on {os.cpu_count()} cores, Python {sys.version.split()[0]}, PySAT with "
        f"{SAT_SOLVER}, library at commit {revision}: `minimise_breaks` alone (no CP-SAT), "
        f"{args.time_limit:g} s per instance and method, one run at a time, clock started "
        f"before reading the file; `{WITH_HOLDERS}`: with the holder search beside it in a "
        f"child process, on the second core; {load_note(load_before)} (command: `{COMMAND}`).")
    text = "### MaxSAT break search alone (JAIR 2022 originals)\n\n" + report(
        rows, args.method, settings)
    write_json(out_dir / "results.json", {"when": stamp, "revision": revision,
                                          "time_limit": args.time_limit, "rows": rows})
    if not args.no_docs and not args.only:
        write_docs(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
