"""Reading and writing `incontra-b2b/1` problems and `incontra-b2b-schedule/1` schedules.

Every defect of the input becomes a `ProblemError` whose message names the offending entry, so
that the command line can print it instead of a traceback.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from incontra.scheduling.problem import (
    Assignment,
    Fixed,
    Interpreter,
    Meeting,
    Options,
    Participant,
    Problem,
    Schedule,
    Slot,
)

PROBLEM_FORMAT = "incontra-b2b/1"
SCHEDULE_FORMAT = "incontra-b2b-schedule/1"


class ProblemError(ValueError):
    """The input is not a valid problem or schedule document; the message says why."""


def load_problem(path: str | Path) -> Problem:
    return problem_from_dict(_load_json(path), source=str(path))


def load_schedule(path: str | Path) -> Schedule:
    return schedule_from_dict(_load_json(path), source=str(path))


def _load_json(path: str | Path) -> Any:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ProblemError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ProblemError(f"{path}: the file is not UTF-8 text") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ProblemError(
            f"{path}: malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc


# --- small typed accessors -------------------------------------------------------------------

def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProblemError(f"{where} must be a JSON object")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise ProblemError(f"{where} must be a list")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ProblemError(f"{where} must be a non-empty string")
    return value


def _texts(value: Any, where: str) -> list[str]:
    return [_text(item, f"{where}[{i}]") for i, item in enumerate(_list(value, where))]


def _ids_in(ids: Iterable[str], known: set[str] | dict[str, Any], kind: str, where: str) -> None:
    for item in ids:
        if item not in known:
            raise ProblemError(f"{where}: unknown {kind} id {item!r}")


def _unique(ids: list[str], kind: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ProblemError(f"duplicate {kind} id {item!r}")
        seen.add(item)


def _check_format(data: dict[str, Any], expected: str, source: str) -> None:
    found = data.get("format")
    if found != expected:
        raise ProblemError(f"{source}: format must be {expected!r}, found {found!r}")


# --- problem -----------------------------------------------------------------------------------

def problem_from_dict(data: Any, source: str = "problem") -> Problem:
    data = _obj(data, source)
    _check_format(data, PROBLEM_FORMAT, source)
    slots = _parse_slots(data.get("slots"))
    slot_ids = {s.id for s in slots}
    tables = _texts(data.get("tables", []), "tables")
    _unique(tables, "table")
    participants = [
        _parse_participant(_obj(raw, f"participants[{i}]"), i, slot_ids, set(tables))
        for i, raw in enumerate(_list(data.get("participants"), "participants"))
    ]
    _unique([p.id for p in participants], "participant")
    interpreters = [
        _parse_interpreter(_obj(raw, f"interpreters[{i}]"), i, slot_ids)
        for i, raw in enumerate(_list(data.get("interpreters", []), "interpreters"))
    ]
    _unique([it.id for it in interpreters], "interpreter")
    participant_ids = {p.id for p in participants}
    meetings = [
        _parse_meeting(_obj(raw, f"meetings[{i}]"), i, participant_ids, slot_ids)
        for i, raw in enumerate(_list(data.get("meetings"), "meetings"))
    ]
    _unique([m.id for m in meetings], "meeting")
    _check_after(meetings)
    fixed = _parse_fixed(data.get("fixed", []), meetings, slot_ids, set(tables), interpreters)
    options = _parse_options(data.get("options", {}))
    if not tables and meetings:
        raise ProblemError("tables: at least one table is needed to hold meetings")
    return Problem(
        slots=tuple(slots), tables=tuple(tables), participants=tuple(participants),
        meetings=tuple(meetings), interpreters=tuple(interpreters), fixed=tuple(fixed),
        options=options, name=str(data.get("name", "")),
    )


def _parse_time(value: Any, where: str) -> datetime:
    try:
        return datetime.fromisoformat(_text(value, where))
    except ValueError as exc:
        raise ProblemError(f"{where}: {value!r} is not an ISO 8601 date-time") from exc


def _parse_slots(raw: Any) -> list[Slot]:
    slots = []
    for i, item in enumerate(_list(raw, "slots")):
        item = _obj(item, f"slots[{i}]")
        slot = Slot(
            id=_text(item.get("id"), f"slots[{i}].id"),
            start=_parse_time(item.get("start"), f"slots[{i}].start"),
            end=_parse_time(item.get("end"), f"slots[{i}].end"),
        )
        if slot.end <= slot.start:
            raise ProblemError(f"slot {slot.id!r}: end must be after start")
        slots.append(slot)
    _unique([s.id for s in slots], "slot")
    # The format says slots are ordered by start; order them so adjacency is well defined.
    return sorted(slots, key=lambda s: s.start)


def _parse_languages(raw: Any, where: str) -> frozenset[str] | None:
    return None if raw is None else frozenset(_texts(raw, where))


def _parse_participant(raw: dict, i: int, slot_ids: set[str], tables: set[str]) -> Participant:
    pid = _text(raw.get("id"), f"participants[{i}].id")
    unavailable = _texts(raw.get("unavailable", []), f"participant {pid!r}: unavailable")
    _ids_in(unavailable, slot_ids, "slot", f"participant {pid!r}: unavailable")
    table = raw.get("table")
    if table is not None and table not in tables:
        raise ProblemError(f"participant {pid!r}: unknown table id {table!r}")
    return Participant(
        id=pid,
        name=str(raw.get("name", "")),
        languages=_parse_languages(raw.get("languages"), f"participant {pid!r}: languages"),
        unavailable=frozenset(unavailable),
        max_meetings=_optional_count(raw.get("max_meetings"), f"participant {pid!r}: max_meetings"),
        table=table,
    )


def _optional_count(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ProblemError(f"{where} must be a whole number >= 0, found {value!r}")
    return value


def _parse_interpreter(raw: dict, i: int, slot_ids: set[str]) -> Interpreter:
    iid = _text(raw.get("id"), f"interpreters[{i}].id")
    unavailable = _texts(raw.get("unavailable", []), f"interpreter {iid!r}: unavailable")
    _ids_in(unavailable, slot_ids, "slot", f"interpreter {iid!r}: unavailable")
    languages = _texts(raw.get("languages", []), f"interpreter {iid!r}: languages")
    return Interpreter(id=iid, languages=frozenset(languages), unavailable=frozenset(unavailable))


def _parse_meeting(raw: dict, i: int, participant_ids: set[str], slot_ids: set[str]) -> Meeting:
    mid = _text(raw.get("id"), f"meetings[{i}].id")
    where = f"meeting {mid!r}"
    members = _texts(raw.get("participants"), f"{where}: participants")
    _ids_in(members, participant_ids, "participant", where)
    if len(set(members)) < 2:
        raise ProblemError(f"{where}: a meeting needs at least two different participants")
    if len(set(members)) != len(members):
        raise ProblemError(f"{where}: a participant is listed twice")
    weight = raw.get("weight", 1)
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not math.isfinite(weight):
        raise ProblemError(f"{where}: weight must be a number, found {weight!r}")
    if weight <= 0:
        raise ProblemError(f"{where}: weight must be > 0, found {weight!r}")
    slots = raw.get("slots")
    if slots is not None:
        slots = _texts(slots, f"{where}: slots")
        _ids_in(slots, slot_ids, "slot", f"{where}: slots")
    after = _texts(raw.get("after", []), f"{where}: after")
    return Meeting(
        id=mid, participants=tuple(members), weight=weight,
        slots=None if slots is None else frozenset(slots), after=tuple(after),
    )


def _check_after(meetings: list[Meeting]) -> None:
    ids = {m.id for m in meetings}
    for meeting in meetings:
        _ids_in(meeting.after, ids, "meeting", f"meeting {meeting.id!r}: after")
        if meeting.id in meeting.after:
            raise ProblemError(f"meeting {meeting.id!r}: a meeting cannot come after itself")


def _parse_fixed(
    raw: Any, meetings: list[Meeting], slot_ids: set[str], tables: set[str],
    interpreters: list[Interpreter],
) -> list[Fixed]:
    meeting_ids = {m.id for m in meetings}
    interpreter_ids = {it.id for it in interpreters}
    fixed = []
    for i, item in enumerate(_list(raw, "fixed")):
        item = _obj(item, f"fixed[{i}]")
        entry = Fixed(
            meeting=_text(item.get("meeting"), f"fixed[{i}].meeting"),
            slot=_text(item.get("slot"), f"fixed[{i}].slot"),
            table=item.get("table"),
            interpreter=item.get("interpreter"),
        )
        where = f"fixed[{i}]"
        _ids_in([entry.meeting], meeting_ids, "meeting", where)
        _ids_in([entry.slot], slot_ids, "slot", where)
        if entry.table is not None:
            _ids_in([_text(entry.table, f"{where}.table")], tables, "table", where)
        if entry.interpreter is not None:
            _ids_in([_text(entry.interpreter, f"{where}.interpreter")], interpreter_ids,
                    "interpreter", where)
        fixed.append(entry)
    _unique([f.meeting for f in fixed], "fixed meeting")
    return fixed


def _parse_options(raw: Any) -> Options:
    raw = _obj(raw, "options")
    require_all = raw.get("require_all", False)
    if not isinstance(require_all, bool):
        raise ProblemError(f"options.require_all must be true or false, found {require_all!r}")
    spread = _optional_count(raw.get("max_break_spread"), "options.max_break_spread")
    return Options(require_all=require_all, max_break_spread=spread)


# --- schedule ----------------------------------------------------------------------------------

def schedule_from_dict(data: Any, source: str = "schedule") -> Schedule:
    data = _obj(data, source)
    _check_format(data, SCHEDULE_FORMAT, source)
    assignments = []
    for i, item in enumerate(_list(data.get("assignments"), "assignments")):
        item = _obj(item, f"assignments[{i}]")
        interpreter = item.get("interpreter")
        assignments.append(Assignment(
            meeting=_text(item.get("meeting"), f"assignments[{i}].meeting"),
            slot=_text(item.get("slot"), f"assignments[{i}].slot"),
            table=_text(item.get("table"), f"assignments[{i}].table"),
            interpreter=None if interpreter is None
            else _text(interpreter, f"assignments[{i}].interpreter"),
        ))
    unscheduled = _texts(data.get("unscheduled", []), "unscheduled")
    bound = data.get("bound")
    if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int | float)):
        raise ProblemError(f"bound must be a number, found {bound!r}")
    breaks_bound = _optional_count(data.get("breaks_bound"), "breaks_bound")
    return Schedule(tuple(assignments), tuple(unscheduled), bound, breaks_bound)


def schedule_to_dict(schedule: Schedule, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": SCHEDULE_FORMAT,
        "assignments": [_assignment_to_dict(a) for a in schedule.assignments],
        "unscheduled": list(schedule.unscheduled),
    }
    if schedule.bound is not None:
        data["bound"] = schedule.bound
    if schedule.breaks_bound is not None:
        data["breaks_bound"] = schedule.breaks_bound
    data.update(extra or {})
    return data


def _assignment_to_dict(assignment: Assignment) -> dict[str, str]:
    item = {"meeting": assignment.meeting, "slot": assignment.slot, "table": assignment.table}
    if assignment.interpreter is not None:
        item["interpreter"] = assignment.interpreter
    return item


def write_schedule(
    schedule: Schedule, path: str | Path, extra: dict[str, Any] | None = None,
) -> None:
    text = json.dumps(schedule_to_dict(schedule, extra), indent=1, ensure_ascii=False)
    Path(path).write_text(text + "\n", encoding="utf-8")
