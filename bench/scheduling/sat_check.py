"""An independent second opinion on "no schedule holds every meeting": a plain SAT model.

Built from the JSON document alone (not from the solver's model, its implied constraints,
one-block windows or break floors) and solved by CaDiCaL through PySAT: one literal per meeting
and slot where it may be held, exactly one per meeting (`require_all`), at most one per
participant and slot, at most `#tables` per slot, fixed slots, precedences, `max_meetings`, and,
for `max_break_spread`, each participant's breaks counted exactly (a literal per slot where a break
ends, a unary counter per participant) with every two counts at most the spread apart.

UNSAT confirms the solver's "infeasible" by a different encoding and a different solver; SAT
gives a schedule that `validate.py` then judges (which would mean the solver's encoding is wrong).
It covers the problems of the JAIR 2022 benchmark: no interpreters, no home tables.

    .venv/bin/python -m bench.scheduling.sat_check PROBLEM.json [--no-spread] [--time-limit 60]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from dataclasses import dataclass, field
from itertools import combinations
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from pysat.card import CardEnc, EncType
from pysat.formula import IDPool
from pysat.solvers import Solver

from bench.scheduling.instance import Instance


class UnsupportedError(ValueError):
    """The problem uses a part of the format this check does not encode."""


@dataclass
class Encoding:
    inst: Instance
    pool: IDPool = field(default_factory=IDPool)
    clauses: list[list[int]] = field(default_factory=list)
    x: dict[str, dict[int, int]] = field(default_factory=dict)  # meeting -> slot -> literal
    busy: dict[tuple[str, int], int] = field(default_factory=dict)  # (participant, slot)
    counts: dict[str, list[int]] = field(default_factory=dict)  # r[j]: at least j+1 breaks

    def new(self, key: tuple) -> int:
        return self.pool.id(key)

    def cardinality(self, literals: list[int], bound: int, exact: bool = False) -> None:
        encode = CardEnc.equals if exact else CardEnc.atmost
        self.clauses += encode(literals, bound, vpool=self.pool,
                               encoding=EncType.seqcounter).clauses


def encode(doc: dict[str, Any], spread: bool = True) -> Encoding:
    """CNF of "every meeting held and every rule kept" (max_break_spread only if `spread`)."""
    inst = Instance(doc)
    if inst.interpreters or inst.home_tables:
        raise UnsupportedError("interpreters and home tables are not encoded")
    enc = Encoding(inst)
    _meetings(enc)
    _tables(enc)
    _precedences(enc)
    _participants(enc)
    limit = (doc.get("options") or {}).get("max_break_spread")
    if spread and limit is not None:
        _spread(enc, limit)
    return enc


def candidate_slots(inst: Instance, meeting: dict[str, Any]) -> list[int]:
    allowed = set(meeting.get("slots", inst.slot_index))
    fixed = inst.fixed.get(meeting["id"])
    members = [inst.participants[pid] for pid in meeting["participants"]]
    return [i for i, slot in enumerate(inst.slots)
            if slot["id"] in allowed and (fixed is None or fixed["slot"] == slot["id"])
            and not any(slot["id"] in p.get("unavailable", []) for p in members)]


def _meetings(enc: Encoding) -> None:
    for mid, meeting in enc.inst.meetings.items():
        enc.x[mid] = {i: enc.new(("x", mid, i)) for i in candidate_slots(enc.inst, meeting)}
        if not enc.x[mid]:
            enc.clauses.append([])  # a meeting with no possible slot: nothing holds them all
        else:
            enc.cardinality(list(enc.x[mid].values()), 1, exact=True)


def _tables(enc: Encoding) -> None:
    by_slot: dict[int, list[int]] = {}
    for by_meeting in enc.x.values():
        for i, literal in by_meeting.items():
            by_slot.setdefault(i, []).append(literal)
    for literals in by_slot.values():
        if len(literals) > len(enc.inst.tables):
            enc.cardinality(literals, len(enc.inst.tables))


def _precedences(enc: Encoding) -> None:
    for mid, meeting in enc.inst.meetings.items():
        for earlier in meeting.get("after", []):
            for i, later in enc.x[mid].items():
                enc.clauses += [[-later, -first] for j, first in enc.x[earlier].items() if j >= i]


def _participants(enc: Encoding) -> None:
    of: dict[str, list[str]] = {pid: [] for pid in enc.inst.participants}
    for mid, meeting in enc.inst.meetings.items():
        for pid in meeting["participants"]:
            of[pid].append(mid)
    for pid, meetings in of.items():
        cap = enc.inst.participants[pid].get("max_meetings")
        if cap is not None:
            enc.cardinality([v for mid in meetings for v in enc.x[mid].values()], cap)
        for i in range(len(enc.inst.slots)):
            _busy(enc, pid, i, [enc.x[mid][i] for mid in meetings if i in enc.x[mid]])
        enc.counts[pid] = _unary_count(enc, _break_ends(enc, pid))


def _busy(enc: Encoding, pid: str, i: int, literals: list[int]) -> None:
    """busy <-> one of the participant's meetings is in slot i (and at most one is)."""
    if not literals:
        return
    busy = enc.busy[pid, i] = enc.new(("busy", pid, i))
    enc.clauses += [[-a, -b] for a, b in combinations(literals, 2)]
    enc.clauses += [[-a, busy] for a in literals]
    enc.clauses.append([-busy, *literals])


def _break_ends(enc: Encoding, pid: str) -> list[int]:
    """One literal per slot where a break of `pid` ends: busy, not busy just before (same
    day), and busy earlier that day. Their number is the participant's breaks, exactly."""
    ends, seen = [], None
    for i in range(len(enc.inst.slots)):
        if i and not enc.inst.adjacent(i - 1, i):
            seen = None
        busy = enc.busy.get((pid, i))
        if busy is None:
            continue
        if seen is not None:
            before = enc.busy.get((pid, i - 1)) if i and enc.inst.adjacent(i - 1, i) else None
            ends.append(_and(enc, [busy, seen] + ([-before] if before else [])))
        seen = busy if seen is None else _or(enc, seen, busy)
    return ends


def _and(enc: Encoding, body: list[int]) -> int:
    out = enc.new(("and", *body))
    enc.clauses += [[-out, b] for b in body]
    enc.clauses.append([out, *[-b for b in body]])
    return out


def _or(enc: Encoding, a: int, b: int) -> int:
    out = enc.new(("or", a, b))
    enc.clauses += [[-a, out], [-b, out], [a, b, -out]]
    return out


def _unary_count(enc: Encoding, literals: list[int]) -> list[int]:
    """r[j] <-> at least j+1 of `literals` are true (both directions: fairness needs exact
    counts, a one-sided totalizer would let a count look higher than it is)."""
    counts: list[int] = []
    for i, literal in enumerate(literals):
        now = []
        for j in range(i + 1):
            already = counts[j] if j < len(counts) else None
            below = counts[j - 1] if j else None
            out = enc.new(("count", literal, j))
            keep = [already] if already else []
            if already:
                enc.clauses.append([-already, out])
            if below is None:  # at least one: any earlier one or this one
                enc.clauses += [[-literal, out], [-out, *keep, literal]]
            else:
                enc.clauses += [[-below, -literal, out], [-out, *keep, below],
                                [-out, *keep, literal]]
            now.append(out)
        counts = now
    return counts


def _spread(enc: Encoding, limit: int) -> None:
    """Breaks of any two participants differ by at most `limit`: whoever has j+limit+1
    forces everyone to have j+1."""
    for pid, high in enc.counts.items():
        for j in range(len(high) - limit):
            for other, low in enc.counts.items():
                if other != pid:
                    enc.clauses.append([-high[j + limit]] + ([low[j]] if j < len(low) else []))


@dataclass
class Verdict:
    answer: str  # "unsat", "sat" or "unknown" (time limit)
    seconds: float
    schedule: dict[str, Any] | None = None


def solve(doc: dict[str, Any], spread: bool = True, time_limit: float = 60.0) -> Verdict:
    """The SAT verdict within `time_limit` seconds, solved in a child process that is ended at
    the limit (PySAT's CaDiCaL ignores interrupts)."""
    started = time.monotonic()
    receiver, sender = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(
        target=_solve_into, args=(sender, doc, spread), daemon=True)
    child.start()
    sender.close()
    found = receiver.recv() if receiver.poll(time_limit) else None
    if child.is_alive():
        child.terminate()
    child.join()
    seconds = time.monotonic() - started
    if found is None:
        return Verdict("unknown", seconds)
    answer, schedule = found
    return Verdict(answer, seconds, schedule)


def _solve_into(sender: Connection, doc: dict[str, Any], spread: bool) -> None:
    enc = encode(doc, spread)
    with Solver(name="cadical153", bootstrap_with=enc.clauses) as solver:
        if solver.solve():
            sender.send(("sat", _schedule(enc, set(solver.get_model()))))
        else:
            sender.send(("unsat", None))


def _schedule(enc: Encoding, true: set[int]) -> dict[str, Any]:
    """The SAT model as a schedule document, tables handed out in order within each slot."""
    used: dict[int, int] = {}
    assignments = []
    for mid, by_slot in enc.x.items():
        for i, literal in by_slot.items():
            if literal in true:
                table = enc.inst.tables[used.get(i, 0)]
                used[i] = used.get(i, 0) + 1
                assignments.append({"meeting": mid, "slot": enc.inst.slots[i]["id"],
                                    "table": table})
    return {"format": "incontra-b2b-schedule/1", "assignments": assignments, "unscheduled": []}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scheduling.sat_check",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("problem", type=Path)
    parser.add_argument("--no-spread", action="store_true", help="drop max_break_spread")
    parser.add_argument("--time-limit", type=float, default=60.0)
    args = parser.parse_args(argv)
    try:
        doc = json.loads(args.problem.read_text(encoding="utf-8"))
        verdict = solve(doc, spread=not args.no_spread, time_limit=args.time_limit)
    except (OSError, ValueError, KeyError) as error:
        print(f"sat_check: {error}", file=sys.stderr)
        return 2
    print(f"{verdict.answer} in {verdict.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
