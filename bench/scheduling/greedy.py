"""The greedy baseline: what organisers' matchmaking tools do today.

Published (fixed) meetings are placed first, as given. Then every other meeting, by weight and
then in request order (the order of the document), takes the first slot in which all its
participants are free, available and under their cap, with the first free table (the home table
when a participant has one; otherwise a table that is nobody's home table, then any) and the
first free interpreter who can serve it. A meeting that finds no such slot is left out. No
look-ahead, no repair: exactly the first-come-first-served booking the optimiser is compared with.

    python -m bench.scheduling.greedy PROBLEM.json -o SCHEDULE.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.scheduling.instance import Instance


@dataclass
class _Board:
    """Who and what is taken in each slot, while the greedy fills the schedule."""

    inst: Instance
    busy: set[tuple[str, int]] = field(default_factory=set)
    taken_tables: set[tuple[str, int]] = field(default_factory=set)
    taken_interpreters: set[tuple[str, int]] = field(default_factory=set)
    held: Counter[str] = field(default_factory=Counter)
    slot_of: dict[str, int] = field(default_factory=dict)
    assignments: list[dict[str, str]] = field(default_factory=list)

    def place(self, mid: str, slot: int, table: str, interpreter: str | None) -> None:
        for pid in self.inst.meetings[mid]["participants"]:
            self.busy.add((pid, slot))
            self.held[pid] += 1
        self.taken_tables.add((table, slot))
        item = {"meeting": mid, "slot": self.inst.slots[slot]["id"], "table": table}
        if interpreter is not None:
            self.taken_interpreters.add((interpreter, slot))
            item["interpreter"] = interpreter
        self.slot_of[mid] = slot
        self.assignments.append(item)


def greedy_schedule(problem: dict[str, Any]) -> dict[str, Any]:
    """A valid `incontra-b2b-schedule/1` document for `problem`, built greedily."""
    inst = Instance(problem)
    board = _Board(inst)
    general_tables = [t for t in inst.tables if t not in inst.home_tables]
    table_order = general_tables + [t for t in inst.tables if t in inst.home_tables]
    # Fixed entries that name their table and interpreter first, so that those that leave them
    # open do not take them.
    for mid, entry in sorted(inst.fixed.items(), key=lambda item: (
            item[1].get("table") is None, item[1].get("interpreter") is None)):
        _place_fixed(board, mid, entry, table_order)
    order = sorted(
        (mid for mid in inst.meetings if mid not in inst.fixed),
        key=lambda mid: -inst.weight(mid),  # stable: request order among equal weights
    )
    for mid in order:
        _place_first_fit(board, mid, table_order)
    return {
        "format": "incontra-b2b-schedule/1",
        "assignments": board.assignments,
        "unscheduled": [mid for mid in inst.meetings if mid not in board.slot_of],
    }


def _place_fixed(board: _Board, mid: str, entry: dict[str, Any], table_order: list[str]) -> None:
    slot = board.inst.slot_index[entry["slot"]]
    table = entry.get("table") or _free_table(board, mid, slot, table_order)
    interpreter = entry.get("interpreter")
    if interpreter is None and board.inst.needs_interpreter(mid):
        interpreter = _free_interpreter(board, mid, slot)
    if table is not None:
        board.place(mid, slot, table, interpreter)


def _place_first_fit(board: _Board, mid: str, table_order: list[str]) -> None:
    homes = board.inst.home_tables_of(mid)
    if len(homes) > 1:
        return  # two hosts with different home tables can never meet
    needs_interpreter = board.inst.needs_interpreter(mid)
    eligible = _eligible_interpreters(board.inst, mid) if needs_interpreter else []
    for slot in _candidate_slots(board.inst, mid):
        if not _people_free(board, mid, slot) or not _order_allows(board, mid, slot):
            continue
        table = _free_table(board, mid, slot, table_order)
        interpreter = _first_available(board, eligible, slot) if needs_interpreter else None
        if table is not None and (interpreter is not None or not needs_interpreter):
            board.place(mid, slot, table, interpreter)
            return


def _candidate_slots(inst: Instance, mid: str) -> list[int]:
    allowed = inst.meetings[mid].get("slots")
    if allowed is None:
        return list(range(len(inst.slots)))
    return sorted(inst.slot_index[sid] for sid in allowed)


def _people_free(board: _Board, mid: str, slot: int) -> bool:
    slot_id = board.inst.slots[slot]["id"]
    for pid in board.inst.meetings[mid]["participants"]:
        person = board.inst.participants[pid]
        cap = person.get("max_meetings")
        if ((pid, slot) in board.busy or slot_id in person.get("unavailable", ())
                or (cap is not None and board.held[pid] >= cap)):
            return False
    return True


def _order_allows(board: _Board, mid: str, slot: int) -> bool:
    """Precedences with meetings already placed: earlier ones before, later ones after."""
    earlier = (board.slot_of[m] for m in board.inst.meetings[mid].get("after", ())
               if m in board.slot_of)
    later = (board.slot_of[m] for m in board.inst.later_meetings.get(mid, ())
             if m in board.slot_of)
    return all(s < slot for s in earlier) and all(s > slot for s in later)


def _free_table(board: _Board, mid: str, slot: int, table_order: list[str]) -> str | None:
    homes = board.inst.home_tables_of(mid)
    candidates = sorted(homes) if homes else table_order
    return next((t for t in candidates if (t, slot) not in board.taken_tables), None)


def _eligible_interpreters(inst: Instance, mid: str) -> list[str]:
    return [iid for iid in inst.interpreters if inst.can_serve(iid, mid)]


def _free_interpreter(board: _Board, mid: str, slot: int) -> str | None:
    return _first_available(board, _eligible_interpreters(board.inst, mid), slot)


def _first_available(board: _Board, eligible: list[str], slot: int) -> str | None:
    slot_id = board.inst.slots[slot]["id"]
    return next((iid for iid in eligible
                 if (iid, slot) not in board.taken_interpreters
                 and slot_id not in board.inst.interpreters[iid].get("unavailable", ())), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scheduling.greedy",
                                     description="Greedy first-fit baseline schedule.")
    parser.add_argument("problem", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        problem = json.loads(args.problem.read_text(encoding="utf-8"))
        schedule = greedy_schedule(problem)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"error: {args.problem}: cannot schedule this document ({exc})", file=sys.stderr)
        return 2
    args.output.write_text(json.dumps(schedule, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
