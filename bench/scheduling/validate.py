"""An independent checker of `incontra-b2b-schedule/1` documents, written from the format alone.

The benchmarks use it beside the solver's own `--check`, so that a figure in docs/benchmarks.md
never rests on the solver judging itself.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from bench.scheduling.instance import Instance


@dataclass
class Quality:
    """What a schedule achieves, and every rule of the format it breaks (empty when valid)."""

    violations: list[str] = field(default_factory=list)
    weight: float = 0
    held: int = 0
    requested: int = 0
    breaks: int = 0
    idle_slots: int = 0
    break_spread: int = 0
    option_violations: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.violations


def check_schedule(problem: dict[str, Any], schedule: dict[str, Any]) -> Quality:
    """Validate `schedule` against every rule of `problem` and measure its quality."""
    inst = Instance(problem)
    quality = Quality(requested=len(inst.meetings))
    if schedule.get("format") != "incontra-b2b-schedule/1":
        quality.violations.append(f"format is {schedule.get('format')!r}")
    placed = _known_assignments(inst, schedule.get("assignments", []), quality.violations)
    for check in (_check_capacity, _check_participants, _check_meeting_rules,
                  _check_interpreters, _check_fixed):
        check(inst, placed, quality.violations)
    _measure(inst, placed, quality)
    _check_options(inst, placed, quality)
    return quality


def _known_assignments(
    inst: Instance, assignments: list[dict[str, Any]], violations: list[str],
) -> dict[str, dict[str, Any]]:
    """Assignments whose meeting, slot and table exist, by meeting id; the rest are violations."""
    placed: dict[str, dict[str, Any]] = {}
    for item in assignments:
        meeting, slot, table = item.get("meeting"), item.get("slot"), item.get("table")
        if meeting not in inst.meetings:
            violations.append(f"unknown meeting {meeting!r}")
        elif meeting in placed:
            violations.append(f"meeting {meeting} assigned twice")
        elif slot not in inst.slot_index:
            violations.append(f"meeting {meeting}: unknown slot {slot!r}")
        elif table not in inst.tables:
            violations.append(f"meeting {meeting}: unknown table {table!r}")
        else:
            placed[meeting] = item
    return placed


def _check_capacity(inst: Instance, placed: dict, violations: list[str]) -> None:
    used = Counter((a["slot"], a["table"]) for a in placed.values())
    violations.extend(f"table {table} holds {n} meetings in slot {slot}"
                      for (slot, table), n in used.items() if n > 1)


def _check_participants(inst: Instance, placed: dict, violations: list[str]) -> None:
    busy: Counter[tuple[str, str]] = Counter()
    held: Counter[str] = Counter()
    for mid, item in placed.items():
        for pid in inst.meetings[mid]["participants"]:
            person = inst.participants[pid]
            busy[pid, item["slot"]] += 1
            held[pid] += 1
            if item["slot"] in person.get("unavailable", []):
                violations.append(f"{pid} meets in unavailable slot {item['slot']} ({mid})")
            if person.get("table") and person["table"] != item["table"]:
                violations.append(f"{mid} is not at the home table {person['table']} of {pid}")
    violations.extend(f"{pid} has {n} meetings in slot {slot}"
                      for (pid, slot), n in busy.items() if n > 1)
    for pid, n in held.items():
        cap = inst.participants[pid].get("max_meetings")
        if cap is not None and n > cap:
            violations.append(f"{pid} has {n} meetings, more than max_meetings {cap}")


def _check_meeting_rules(inst: Instance, placed: dict, violations: list[str]) -> None:
    for mid, item in placed.items():
        meeting = inst.meetings[mid]
        allowed = meeting.get("slots")
        if allowed is not None and item["slot"] not in allowed:
            violations.append(f"{mid} is outside its allowed slots ({item['slot']})")
        for earlier in meeting.get("after", []):
            if earlier in placed and (inst.slot_index[placed[earlier]["slot"]]
                                      >= inst.slot_index[item["slot"]]):
                violations.append(f"{mid} is not after {earlier}")


def _check_interpreters(inst: Instance, placed: dict, violations: list[str]) -> None:
    serving: Counter[tuple[str, str]] = Counter()
    for mid, item in placed.items():
        interpreter = item.get("interpreter")
        if interpreter is None:
            if inst.needs_interpreter(mid):
                violations.append(f"{mid} needs an interpreter and has none")
            continue
        if interpreter not in inst.interpreters:
            violations.append(f"{mid}: unknown interpreter {interpreter!r}")
            continue
        serving[interpreter, item["slot"]] += 1
        if not inst.can_serve(interpreter, mid):
            violations.append(f"interpreter {interpreter} cannot serve {mid}")
        if item["slot"] in inst.interpreters[interpreter].get("unavailable", []):
            violations.append(f"interpreter {interpreter} is unavailable in {item['slot']}")
    violations.extend(f"interpreter {iid} serves {n} meetings in slot {slot}"
                      for (iid, slot), n in serving.items() if n > 1)


def _check_fixed(inst: Instance, placed: dict, violations: list[str]) -> None:
    for mid, entry in inst.fixed.items():
        item = placed.get(mid)
        if item is None:
            violations.append(f"fixed meeting {mid} is not held")
            continue
        for key in ("slot", "table", "interpreter"):
            if entry.get(key) is not None and entry[key] != item.get(key):
                violations.append(f"fixed meeting {mid} moved: {key} {item.get(key)!r}")


def participant_slots(inst: Instance, placed: dict) -> dict[str, list[int]]:
    """Participant id -> sorted indices of the slots in which they meet."""
    slots: dict[str, list[int]] = defaultdict(list)
    for mid, item in placed.items():
        for pid in inst.meetings[mid]["participants"]:
            slots[pid].append(inst.slot_index[item["slot"]])
    return {pid: sorted(found) for pid, found in slots.items()}


def breaks_and_idle(inst: Instance, busy: list[int]) -> tuple[int, int]:
    """Breaks and idle slots of one participant meeting in the sorted slot indices `busy`."""
    breaks = idle = 0
    for before, after in pairwise(busy):
        if inst.slot_day[before] == inst.slot_day[after] and not inst.adjacent(before, after):
            breaks += 1
            idle += after - before - 1
    return breaks, idle


def _measure(inst: Instance, placed: dict, quality: Quality) -> None:
    quality.held = len(placed)
    quality.weight = sum(inst.weight(mid) for mid in placed)
    per_person = [breaks_and_idle(inst, busy)
                  for busy in participant_slots(inst, placed).values()]
    quality.breaks = sum(b for b, _ in per_person)
    quality.idle_slots = sum(i for _, i in per_person)
    # Participants without meetings have 0 breaks and count for the spread, as in the paper.
    counts = [b for b, _ in per_person] + [0] * (len(inst.participants) - len(per_person))
    quality.break_spread = max(counts, default=0) - min(counts, default=0)


def _check_options(inst: Instance, placed: dict, quality: Quality) -> None:
    options = inst.doc.get("options") or {}
    if options.get("require_all") and quality.held < quality.requested:
        quality.option_violations.append(
            f"require_all: {quality.requested - quality.held} meetings not held")
    spread = options.get("max_break_spread")
    if spread is not None and quality.break_spread > spread:
        quality.option_violations.append(
            f"max_break_spread {spread}: breaks differ by {quality.break_spread}")
