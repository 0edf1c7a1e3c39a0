"""The CP-SAT model of a B2B event.

Encoding (see docs/scheduling.md):

- one boolean `x[m][s]` per meeting and *candidate* slot only (`prepare.py`);
- tables are interchangeable, so there are no table variables: at most `#tables` meetings per
  slot, and at most one per slot among the meetings bound to the same table (home or fixed
  table). By Hall's theorem that is exactly the condition for a table assignment to exist, which
  `assign.py` then builds;
- interpreters likewise: meetings are grouped by the set of interpreters able to serve them and,
  per slot, every union of groups holds at most as many meetings as it has free interpreters
  (Hall's condition again, exact); with many groups, explicit interpreter variables instead;
- `busy[p][s]` is the sum of p's meetings in s; a *break* is a start of a busy run that is not the
  first run of the day: `breaks[p][d] = starts - any_busy`, with `start = busy[s] and not
  busy[s-1]` stated exactly (fairness compares breaks, so they must not be over-counted);
- each participant's breaks get a proven lower bound computed on that participant alone
  (`participant_break_floor`), which the LP relaxation cannot see by itself.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from incontra.scheduling.prepare import Prepared, window_fits

MAX_HALL_GROUPS = 8  # 2**8 union constraints per slot at most; beyond that, explicit variables


@dataclass
class Model:
    prep: Prepared
    cp: cp_model.CpModel = field(default_factory=cp_model.CpModel)
    x: dict[str, dict[int, cp_model.IntVar]] = field(default_factory=dict)
    busy: dict[str, dict[int, cp_model.IntVar]] = field(default_factory=dict)
    breaks: dict[str, cp_model.LinearExprT] = field(default_factory=dict)
    weight_scale: int = 1
    weight: cp_model.LinearExprT = 0
    total_breaks: cp_model.LinearExprT = 0
    holes: list[cp_model.IntVar] = field(default_factory=list)
    # With a soft fairness rule (`build_model(..., fair=False)`): by how much the spread of
    # breaks exceeds `max_break_spread` (0 when the rule is kept).
    spread_excess: cp_model.LinearExprT = 0
    break_floor: dict[str, int] = field(default_factory=dict)


def build_model(
    prep: Prepared, *, break_floors: bool = True, windows: bool = True, fair: bool = True,
) -> Model:
    """The full model; `fair=False` turns `max_break_spread` into `spread_excess`, which a first
    search can minimise instead of requiring it."""
    model = Model(prep)
    _add_meetings(model)
    _add_tables(model)
    _add_interpreters(model)
    _add_caps_and_precedences(model)
    _add_busy(model)
    if break_floors and prep.problem.options.require_all:
        model.break_floor = {p.id: participant_break_floor(prep, p.id)
                             for p in prep.problem.participants}
    _add_breaks(model, fair)
    _add_implied(model)
    if windows:
        _add_windows(model)
    return model


def build_weight_model(prep: Prepared) -> Model:
    """Only what limits the weight (meetings, tables, interpreters, caps, precedences): a far
    smaller model that CP-SAT closes where the full one stalls; the weight phase solves it."""
    model = Model(prep)
    _add_meetings(model)
    _add_tables(model)
    _add_interpreters(model)
    _add_caps_and_precedences(model)
    for participant in prep.problem.participants:  # one meeting per slot (busy does it otherwise)
        for variables in _by_slot(model, list(prep.problem.meetings_of[participant.id])).values():
            if len(variables) > 1:
                model.cp.add_at_most_one(variables)
    return model


def held(model: Model, meeting_id: str) -> cp_model.LinearExprT:
    return sum(model.x[meeting_id].values())


# --- meetings, tables, interpreters ------------------------------------------------------------

def _add_meetings(model: Model) -> None:
    problem, cp = model.prep.problem, model.cp
    model.weight_scale = weight_scale([m.weight for m in problem.meetings])
    terms = []
    for meeting in problem.meetings:
        slots = model.prep.candidates[meeting.id]
        model.x[meeting.id] = {s: cp.new_bool_var(f"x_{meeting.id}_{s}") for s in slots}
        count = held(model, meeting.id)
        must = problem.options.require_all or meeting.id in problem.fixed_by_meeting
        if must:
            cp.add(count == 1)
        elif len(slots) > 1:
            cp.add(count <= 1)
        terms.append(round(meeting.weight * model.weight_scale) * count)
    model.weight = sum(terms)


def weight_scale(weights: list[float]) -> int:
    """Smallest power of ten that makes every weight whole (CP-SAT needs integers)."""
    for scale in (1, 10, 100, 1000):
        if all(abs(w * scale - round(w * scale)) < 1e-9 for w in weights):
            return scale
    return 1000


def _by_slot(model: Model, meeting_ids: list[str]) -> dict[int, list[cp_model.IntVar]]:
    found: dict[int, list[cp_model.IntVar]] = {}
    for mid in meeting_ids:
        for s, var in model.x[mid].items():
            found.setdefault(s, []).append(var)
    return found


def _add_tables(model: Model) -> None:
    cp, prep = model.cp, model.prep
    capacity = len(prep.problem.tables)
    for variables in _by_slot(model, list(model.x)).values():
        if len(variables) > capacity:
            cp.add(sum(variables) <= capacity)
    bound: dict[str, list[str]] = {}
    for mid, table in prep.required_table.items():
        bound.setdefault(table, []).append(mid)
    for meeting_ids in bound.values():
        for variables in _by_slot(model, meeting_ids).values():
            if len(variables) > 1:
                cp.add_at_most_one(variables)


def _add_interpreters(model: Model) -> None:
    prep = model.prep
    needing = [mid for mid in prep.servers if model.x[mid]]
    fixed_interpreter = {
        f.meeting: f.interpreter for f in prep.problem.fixed if f.interpreter is not None
    }
    free = [mid for mid in needing if mid not in fixed_interpreter]
    groups: dict[frozenset[str], list[str]] = {}
    for mid in free:
        groups.setdefault(prep.servers[mid], []).append(mid)
    if len(groups) <= MAX_HALL_GROUPS:
        _add_interpreter_hall(model, groups, fixed_interpreter)
    else:
        _add_interpreter_variables(model, free, fixed_interpreter)


def _interpreters_free(model: Model, fixed_interpreter: dict[str, str]) -> list[set[str]]:
    """Per slot, the interpreters neither unavailable nor taken by a fixed meeting."""
    problem = model.prep.problem
    free = [
        {i.id for i in problem.interpreters if slot.id not in i.unavailable}
        for slot in problem.slots
    ]
    for mid, iid in fixed_interpreter.items():
        free[problem.slot_index[problem.fixed_by_meeting[mid].slot]].discard(iid)
    return free


def _add_interpreter_hall(
    model: Model, groups: dict[frozenset[str], list[str]], fixed_interpreter: dict[str, str],
) -> None:
    free = _interpreters_free(model, fixed_interpreter)
    by_group = {servers: _by_slot(model, mids) for servers, mids in groups.items()}
    keys = list(groups)
    for size in range(1, len(keys) + 1):
        for combo in itertools.combinations(keys, size):
            for s in range(len(free)):
                variables = [v for key in combo for v in by_group[key].get(s, [])]
                available = len(set().union(*combo) & free[s])
                if len(variables) > available:
                    model.cp.add(sum(variables) <= available)


def _add_interpreter_variables(
    model: Model, free_meetings: list[str], fixed_interpreter: dict[str, str],
) -> None:
    free = _interpreters_free(model, fixed_interpreter)
    per_interpreter: dict[tuple[str, int], list[cp_model.IntVar]] = {}
    for mid in free_meetings:
        for s, var in model.x[mid].items():
            options = [i for i in sorted(model.prep.servers[mid]) if i in free[s]]
            chosen = [model.cp.new_bool_var(f"y_{mid}_{i}_{s}") for i in options]
            model.cp.add(sum(chosen) == var)
            for iid, y in zip(options, chosen, strict=True):
                per_interpreter.setdefault((iid, s), []).append(y)
    for variables in per_interpreter.values():
        if len(variables) > 1:
            model.cp.add_at_most_one(variables)


def _add_caps_and_precedences(model: Model) -> None:
    problem, cp = model.prep.problem, model.cp
    for participant in problem.participants:
        if participant.max_meetings is not None:
            meetings = problem.meetings_of[participant.id]
            cp.add(sum(held(model, mid) for mid in meetings) <= participant.max_meetings)
    for meeting in problem.meetings:
        for earlier in meeting.after:
            _add_precedence(model, earlier, meeting.id)


def _add_precedence(model: Model, earlier: str, later: str) -> None:
    """When both are held, `earlier` is in a strictly earlier slot than `later`."""
    for s, var in model.x[later].items():
        clashing = [v for t, v in model.x[earlier].items() if t >= s]
        if clashing:
            model.cp.add(var + sum(clashing) <= 1)


# --- busy slots and breaks ---------------------------------------------------------------------

def _add_busy(model: Model) -> None:
    problem = model.prep.problem
    for participant in problem.participants:
        by_slot = _by_slot(model, list(problem.meetings_of[participant.id]))
        model.busy[participant.id] = {s: _or_sum(model, v) for s, v in sorted(by_slot.items())}


def _or_sum(model: Model, variables: list[cp_model.IntVar]) -> cp_model.IntVar:
    """A boolean equal to the sum of at most one true variable (a participant's slot)."""
    if len(variables) == 1:
        return variables[0]
    busy = model.cp.new_bool_var("busy")
    model.cp.add(sum(variables) == busy)
    return busy


def _add_breaks(model: Model, fair: bool = True) -> None:
    problem = model.prep.problem
    for participant in problem.participants:
        per_day = [_day_breaks(model, participant.id, day) for day in problem.days]
        holes = [h for day in problem.days for h in _day_holes(model, participant.id, day)]
        floor = model.break_floor.get(participant.id, 0)
        total = model.cp.new_int_var(floor, len(problem.slots), f"breaks_{participant.id}")
        model.cp.add(total == sum(per_day))
        model.cp.add(total == sum(holes))
        model.breaks[participant.id] = total
        model.holes.extend(holes)
    # A sum of literals, not of integers: core-guided search then finds its unsatisfiable cores
    # over single breaks, as the MaxSAT solvers of the literature do.
    model.total_breaks = sum(model.holes)
    spread = problem.options.max_break_spread
    if spread is not None:
        _add_break_spread(model, spread, fair)


def _day_holes(model: Model, pid: str, day: tuple[int, ...]) -> list[cp_model.IntVar]:
    """One literal per slot where a break ends: busy there, free just before, busy earlier."""
    cp, busy = model.cp, model.busy[pid]
    holes, seen = [], None
    for s in (s for s in day if s in busy):
        before = busy.get(s - 1) if s - 1 in day else None
        if seen is not None:
            body = [busy[s], seen] + ([before.Not()] if before is not None else [])
            hole = cp.new_bool_var(f"hole_{pid}_{s}")
            for literal in body:
                cp.add_implication(hole, literal)
            cp.add_bool_or([hole] + [literal.Not() for literal in body])
            holes.append(hole)
        seen = busy[s] if seen is None else _or_exact(cp, seen, busy[s])
    return holes


def _or_exact(cp: cp_model.CpModel, a: cp_model.IntVar, b: cp_model.IntVar) -> cp_model.IntVar:
    both = cp.new_bool_var("seen")
    cp.add_implication(a, both)
    cp.add_implication(b, both)
    cp.add_bool_or([a, b, both.Not()])
    return both


def _day_breaks(model: Model, pid: str, day: tuple[int, ...]) -> cp_model.LinearExprT:
    busy = model.busy[pid]
    slots = [s for s in day if s in busy]
    if len(slots) < 2:
        return 0
    starts = [_run_start(model, busy[s], busy.get(s - 1) if s - 1 in day else None)
              for s in slots]
    return sum(starts) - _any_busy(model, pid, day, [busy[s] for s in slots])


def _run_start(model: Model, now: cp_model.IntVar, before: cp_model.IntVar | None):
    """True exactly when a busy run starts here: busy now, not busy in the adjacent slot before."""
    if before is None:
        return now
    start = model.cp.new_bool_var("start")
    model.cp.add_bool_or([now.Not(), before, start])
    model.cp.add_implication(start, now)
    model.cp.add_implication(start, before.Not())
    return start


def _any_busy(model: Model, pid: str, day: tuple[int, ...], busy: list[cp_model.IntVar]):
    if _surely_busy(model, pid, set(day)):
        return 1
    anything = model.cp.new_bool_var(f"any_{pid}")
    for var in busy:
        model.cp.add_implication(var, anything)
    model.cp.add_bool_or([*busy, anything.Not()])
    return anything


def _surely_busy(model: Model, pid: str, day: set[int]) -> bool:
    """The participant certainly meets that day: a meeting that must be held only fits there."""
    problem, prep = model.prep.problem, model.prep
    for mid in problem.meetings_of[pid]:
        must = problem.options.require_all or mid in problem.fixed_by_meeting
        if must and prep.candidates[mid] and set(prep.candidates[mid]) <= day:
            return True
    return False


def _add_break_spread(model: Model, spread: int, hard: bool = True) -> None:
    cp, horizon = model.cp, len(model.prep.problem.slots)
    low = cp.new_int_var(0, horizon, "fewest_breaks")
    high = cp.new_int_var(0, horizon, "most_breaks")
    for total in model.breaks.values():
        cp.add(low <= total)
        cp.add(total <= high)
    if hard:
        cp.add(high - low <= spread)
    else:
        model.spread_excess = cp.new_int_var(0, horizon, "spread_excess")
        cp.add(high - low - spread <= model.spread_excess)


# --- implied constraints and one-block windows -------------------------------------------------

def _must_hold(problem, mid: str) -> bool:
    return problem.options.require_all or mid in problem.fixed_by_meeting


def _add_implied(model: Model) -> None:
    """Redundant counts that CP-SAT propagates much better than the sums they follow from."""
    problem, cp = model.prep.problem, model.cp
    per_slot: dict[int, list[cp_model.IntVar]] = {}
    for participant in problem.participants:
        busy = model.busy[participant.id]
        meetings = problem.meetings_of[participant.id]
        if busy and all(_must_hold(problem, mid) for mid in meetings):
            cp.add(sum(busy.values()) == len(meetings))
        for s, var in busy.items():
            per_slot.setdefault(s, []).append(var)
    tables = len(problem.tables)
    widest = max((len(m.participants) for m in problem.meetings), default=2)
    seats: dict[int, list[cp_model.LinearExprT]] = {}
    for meeting in problem.meetings:
        for s, var in model.x[meeting.id].items():
            seats.setdefault(s, []).append(len(meeting.participants) * var)
    for s, variables in per_slot.items():
        cp.add(sum(variables) == sum(seats[s]))
        if len(variables) > widest * tables:
            cp.add(sum(variables) <= widest * tables)


def _add_windows(model: Model) -> None:
    """A participant without breaks is busy in one window of exactly n consecutive slots.

    For every participant whose n meetings must all be held on one day, a boolean per feasible
    window start (one where the meetings can fill the window, by a matching test) says "busy
    exactly there". A participant with no break must pick one of them, which lets CP-SAT decide
    whole participant days at once instead of meeting by meeting.
    """
    problem, cp = model.prep.problem, model.cp
    for participant in problem.participants:
        day = _single_day(model, participant.id)
        if day is None:
            continue
        meetings = list(problem.meetings_of[participant.id])
        n, busy = len(meetings), model.busy[participant.id]
        starts = [i for i in range(len(day) - n + 1)
                  if window_fits(model.prep, meetings, day[i:i + n])]
        one_block = cp.new_bool_var(f"one_block_{participant.id}")
        windows = [cp.new_bool_var(f"window_{participant.id}_{day[i]}") for i in starts]
        cp.add(sum(windows) == one_block)
        for i, window in zip(starts, windows, strict=True):
            for s in day[i:i + n]:
                cp.add_implication(window, busy[s])
        cp.add(model.breaks[participant.id] == 0).only_enforce_if(one_block)
        cp.add(model.breaks[participant.id] >= 1).only_enforce_if(one_block.Not())


def _single_day(model: Model, pid: str) -> tuple[int, ...] | None:
    problem = model.prep.problem
    meetings = problem.meetings_of[pid]
    if len(meetings) < 2 or not all(_must_hold(problem, mid) for mid in meetings):
        return None
    used = {s for mid in meetings for s in model.prep.candidates[mid]}
    for day in problem.days:
        if used and used <= set(day):
            return day
    return None


# --- per-participant lower bound on breaks -----------------------------------------------------

def participant_break_floor(prep: Prepared, pid: str) -> int:
    """Fewest breaks `pid` can have when all their meetings are held, looking at them alone.

    A window of consecutive free slots that can host all of the participant's meetings (a perfect
    matching of meetings to slots) means no break is needed; otherwise a small exact model
    computes the minimum. The LP relaxation of the full model is far weaker than this.
    """
    problem = prep.problem
    meetings = [mid for mid in problem.meetings_of[pid] if prep.candidates[mid]]
    if len(meetings) < 2 or len(meetings) < len(problem.meetings_of[pid]):
        return 0
    if len(problem.days) == 1 and _fits_one_window(prep, meetings, problem.days[0]):
        return 0
    return _exact_floor(prep, pid, meetings)


def _fits_one_window(prep: Prepared, meetings: list[str], day: tuple[int, ...]) -> bool:
    n = len(meetings)
    return any(window_fits(prep, meetings, day[i:i + n]) for i in range(len(day) - n + 1))


def _exact_floor(prep: Prepared, pid: str, meetings: list[str]) -> int:
    problem = prep.problem
    sub = Prepared(
        problem=problem,
        candidates={mid: prep.candidates[mid] if mid in meetings else ()
                    for mid in prep.candidates},
        required_table={}, servers={}, impossible={}, fixed_conflicts=(),
    )
    model = Model(sub)
    for mid in meetings:
        model.x[mid] = {s: model.cp.new_bool_var("x") for s in sub.candidates[mid]}
        model.cp.add_exactly_one(model.x[mid].values())
    for mid in problem.meeting_by_id:
        model.x.setdefault(mid, {})
    for mid in meetings:
        for earlier in problem.meeting_by_id[mid].after:
            _add_precedence(model, earlier, mid)
    by_slot = _by_slot(model, meetings)
    model.busy[pid] = {s: _or_sum(model, v) for s, v in sorted(by_slot.items())}
    for variables in by_slot.values():
        model.cp.add_at_most_one(variables)
    total = sum(_day_breaks(model, pid, day) for day in problem.days)
    model.cp.minimize(total)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = 2.0
    status = solver.solve(model.cp)
    if status == cp_model.OPTIMAL:
        return round(solver.objective_value)
    if status == cp_model.FEASIBLE:
        return max(0, math.ceil(solver.best_objective_bound - 1e-6))
    return 0


# --- idle slots (phase 3 only) -----------------------------------------------------------------

def add_idle(model: Model) -> cp_model.LinearExprT:
    """Idle slots: per participant and day, slots inside the span of their meetings, not busy.

    `seen[s]` (a meeting at or before s) and `ahead[s]` (one at or after s) bracket the span;
    a slot in both is in the span. Minimising makes the span indicators tight.
    """
    terms = []
    for busy in model.busy.values():
        for day in model.prep.problem.days:
            slots = [s for s in day if s in busy]
            if len(slots) > 2:
                terms.append(_day_idle(model, [busy[s] for s in slots], day, slots))
    idle = model.cp.new_int_var(0, len(model.prep.problem.slots) * len(model.busy), "idle")
    model.cp.add(idle == sum(terms))
    model.cp.add(idle >= model.total_breaks)  # every break leaves at least one idle slot
    return idle


def _day_idle(model: Model, busy: list, day: tuple[int, ...], slots: list[int]):
    cp = model.cp
    first, last = slots[0], slots[-1]
    span = [day.index(s) for s in (first, last)]
    inner = list(day[span[0]:span[1] + 1])
    where = dict(zip(slots, busy, strict=True))
    seen, ahead = {}, {}
    previous = None
    for s in inner:
        seen[s] = _or_chain(cp, previous, where.get(s))
        previous = seen[s]
    previous = None
    for s in reversed(inner):
        ahead[s] = _or_chain(cp, previous, where.get(s))
        previous = ahead[s]
    in_span = []
    for s in inner[1:-1]:
        inside = cp.new_bool_var("in_span")
        cp.add_bool_or([seen[s].Not(), ahead[s].Not(), inside])
        in_span.append(inside)
    idle = cp.new_int_var(0, len(inner), "idle")
    cp.add(idle == sum(in_span) - sum(where[s] for s in inner[1:-1] if s in where))
    return idle


def _or_chain(cp: cp_model.CpModel, previous, current):
    """A boolean at least as true as `previous or current` (upper side left to minimisation)."""
    if previous is None:
        return current
    if current is None:
        return previous
    both = cp.new_bool_var("seen")
    cp.add_implication(previous, both)
    cp.add_implication(current, both)
    return both
