"""Fewest breaks by SAT, for events where every meeting must be held (`require_all`).

A second engine beside CP-SAT for the break phase, after Bofill et al., JAIR 74 (2022), whose best
solver is MaxSAT on a boolean model with two implied constraints ("imp12+"). With `require_all`
the weight is fixed, so what remains is one question: the fewest breaks of a valid schedule.

Encoding (CNF, literals from one `IDPool`):

- `x[m][s]`: meeting m in slot s, for its candidate slots only (`prepare.py`: unavailability,
  the meeting's own slots, fixed slots and interpreters' availability are already applied there);
  exactly one per meeting;
- tables are interchangeable: at most `#tables` meetings per slot, at most one per slot among the
  meetings bound to one table (home or fixed table); by Hall's theorem a table assignment then
  exists, which `assign.py` builds;
- interpreters: one literal per meeting, slot and interpreter able to serve it there (one chosen
  when the meeting is held), at most one meeting per interpreter and slot;
- precedences (pairs of slots in the wrong order excluded), `max_meetings` (with every meeting
  held: a cap below a participant's meetings is infeasible at once);
- `busy[p][s]` is the or of p's meetings in s, with at most one of them;
- a *hole* literal per participant and slot where a break ends: busy there, not busy in the
  adjacent slot before, busy earlier that day, stated in both directions, so that the number of
  true holes is exactly the format's breaks (`check.breaks_of`);
- implied (imp12+): every participant is busy in exactly as many slots as they have meetings,
  and at most `widest meeting x #tables` participants are busy per slot;
- `max_break_spread`: an exact unary count of each participant's holes; whoever has j + d + 1
  breaks makes a "someone has j + d + 1" literal true, which forces everyone to have j + 1.

Search: the holes are the soft clauses (each costs one break). `linear` finds a first schedule,
then asks for at most k breaks for k = 0, 1, ... through an incremental totalizer (each "no" is a
proof that raises the lower bound by one, the first "yes" is optimal); `rc2` is core-guided MaxSAT
(PySAT's RC2 with core exhaustion and reduction). Both stop at a deadline by interrupting the SAT
solver; both are deterministic for the same input when they finish before it.

Holder search (`_HolderSearch`, run beside in a child process by `HolderProcess`): which
participants take the breaks, by implicit hitting sets over "p has no break" assumptions at the
proven bound; it finds optima that the "at most k" search does not (docs/scheduling.md).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial

from ortools.sat.python import cp_model
from pysat.card import CardEnc, EncType, ITotalizer
from pysat.examples.rc2 import RC2
from pysat.formula import WCNF, IDPool
from pysat.solvers import Solver

from incontra.scheduling.prepare import Prepared, window_fits

# The SAT solver inside both searches: Glucose 4 honours interrupts (CaDiCaL in PySAT does not).
SAT_SOLVER = "glucose4"
METHODS = ("linear", "rc2")


@dataclass(frozen=True)
class BreakSearch:
    """The best schedule's slots (None when none was found), its breaks and the proven bound."""

    slot_of: dict[str, int] | None
    breaks: int | None
    lower_bound: int
    infeasible: bool = False

    @property
    def optimal(self) -> bool:
        return self.breaks is not None and self.breaks <= self.lower_bound


def not_applicable(prep: Prepared) -> str:
    """Why this engine cannot decide the problem, or "" when it can."""
    if not prep.problem.options.require_all:
        return "the MaxSAT break search needs require_all (every meeting held)"
    return ""


# --- encoding ---------------------------------------------------------------------------------

@dataclass
class Encoding:
    prep: Prepared
    pool: IDPool = field(default_factory=IDPool)
    hard: list[list[int]] = field(default_factory=list)
    x: dict[str, dict[int, int]] = field(default_factory=dict)  # meeting -> slot -> literal
    busy: dict[str, dict[int, int]] = field(default_factory=dict)  # participant -> slot -> literal
    holes: dict[str, list[int]] = field(default_factory=dict)  # participant -> break ends
    windows: list[int] = field(default_factory=list)  # "busy in exactly this one block"

    def new(self, *key: object) -> int:
        return self.pool.id(key)

    def add_card(self, literals: list[int], bound: int, exact: bool = False) -> None:
        if len(literals) < bound or (not exact and len(literals) == bound):
            if exact:
                self.hard.append([])  # more required than there are literals: unsatisfiable
            return
        how = CardEnc.equals if exact else CardEnc.atmost
        kind = EncType.pairwise if bound == 1 and len(literals) <= 6 else EncType.seqcounter
        self.hard += how(literals, bound, vpool=self.pool, encoding=kind).clauses

    def all_holes(self) -> list[int]:
        return [h for holes in self.holes.values() for h in holes]


def encode(prep: Prepared, slot_counts: bool = True) -> Encoding:
    """The CNF of "every meeting held, every rule kept", with hole literals for the breaks;
    `slot_counts` adds the per-slot half of imp12+ (see `_busy_per_slot`)."""
    enc = Encoding(prep)
    _meetings(enc)
    _tables(enc)
    _interpreters(enc)
    _precedences(enc)
    _caps(enc)
    _busy(enc)
    _holes(enc)
    _busy_counts(enc)
    if slot_counts:
        _busy_per_slot(enc)
    _windows(enc)
    spread = prep.problem.options.max_break_spread
    if spread is not None:
        _spread(enc, spread)
    return enc


def _meetings(enc: Encoding) -> None:
    for meeting in enc.prep.problem.meetings:
        slots = enc.prep.candidates[meeting.id]
        enc.x[meeting.id] = {s: enc.new("x", meeting.id, s) for s in slots}
        if not slots:
            enc.hard.append([])  # never held, yet required: nothing satisfies the rest
        else:
            enc.add_card(list(enc.x[meeting.id].values()), 1, exact=True)


def _by_slot(enc: Encoding, meeting_ids: list[str] | tuple[str, ...]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for mid in meeting_ids:
        for s, literal in enc.x[mid].items():
            found.setdefault(s, []).append(literal)
    return dict(sorted(found.items()))


def _tables(enc: Encoding) -> None:
    capacity = len(enc.prep.problem.tables)
    for literals in _by_slot(enc, list(enc.x)).values():
        enc.add_card(literals, capacity)
    bound: dict[str, list[str]] = {}
    for mid, table in sorted(enc.prep.required_table.items()):
        bound.setdefault(table, []).append(mid)
    for meeting_ids in bound.values():
        for literals in _by_slot(enc, meeting_ids).values():
            enc.add_card(literals, 1)


def _interpreters(enc: Encoding) -> None:
    """A chosen interpreter per held meeting that needs one; one meeting each per slot."""
    problem = enc.prep.problem
    pinned = {f.meeting: f.interpreter for f in problem.fixed if f.interpreter is not None}
    per_interpreter: dict[tuple[str, int], list[int]] = {}
    for mid in sorted(enc.prep.servers):
        for s, held in enc.x[mid].items():
            slot_id = problem.slots[s].id
            options = [i for i in sorted(enc.prep.servers[mid])
                       if slot_id not in problem.interpreter_by_id[i].unavailable
                       and pinned.get(mid, i) == i]
            chosen = [enc.new("y", mid, i, s) for i in options]
            enc.hard.append([-held, *chosen])
            enc.hard += [[-y, held] for y in chosen]
            for iid, y in zip(options, chosen, strict=True):
                per_interpreter.setdefault((iid, s), []).append(y)
    for literals in per_interpreter.values():
        enc.add_card(literals, 1)


def _precedences(enc: Encoding) -> None:
    for meeting in enc.prep.problem.meetings:
        for earlier in meeting.after:
            for s, later in enc.x[meeting.id].items():
                enc.hard += [[-later, -first] for t, first in enc.x[earlier].items() if t >= s]


def _caps(enc: Encoding) -> None:
    """Every meeting is held, so a cap below a participant's meetings cannot be kept."""
    problem = enc.prep.problem
    for participant in problem.participants:
        cap = participant.max_meetings
        if cap is not None and cap < len(problem.meetings_of[participant.id]):
            enc.hard.append([])


def _busy(enc: Encoding) -> None:
    """busy[p][s] <-> one of p's meetings is in s; at most one is."""
    for participant in enc.prep.problem.participants:
        by_slot = _by_slot(enc, enc.prep.problem.meetings_of[participant.id])
        enc.busy[participant.id] = {s: _busy_literal(enc, participant.id, s, literals)
                                    for s, literals in by_slot.items()}


def _busy_literal(enc: Encoding, pid: str, s: int, literals: list[int]) -> int:
    if len(literals) == 1:
        return literals[0]
    enc.add_card(literals, 1)
    busy = enc.new("busy", pid, s)
    enc.hard += [[-a, busy] for a in literals]
    enc.hard.append([-busy, *literals])
    return busy


def _holes(enc: Encoding) -> None:
    for pid in enc.busy:
        enc.holes[pid] = [h for day in enc.prep.problem.days for h in _day_holes(enc, pid, day)]


def _day_holes(enc: Encoding, pid: str, day: tuple[int, ...]) -> list[int]:
    """One literal per slot where a break ends: busy, not busy just before, busy earlier."""
    busy = enc.busy[pid]
    holes: list[int] = []
    seen = None  # "busy in an earlier slot of the day", exactly
    for s in (s for s in day if s in busy):
        if seen is not None:
            before = busy.get(s - 1) if s - 1 in day else None
            holes.append(_and(enc, [busy[s], seen] + ([-before] if before else [])))
        seen = busy[s] if seen is None else _or(enc, seen, busy[s])
    return holes


def _and(enc: Encoding, body: list[int]) -> int:
    out = enc.new("and", *body)
    enc.hard += [[-out, b] for b in body]
    enc.hard.append([out, *[-b for b in body]])
    return out


def _or(enc: Encoding, a: int, b: int) -> int:
    out = enc.new("or", a, b)
    enc.hard += [[-a, out], [-b, out], [a, b, -out]]
    return out


def _busy_counts(enc: Encoding) -> None:
    """imp12+ of Bofill et al., first half: busy slots per participant = their meetings."""
    for pid, busy in enc.busy.items():
        enc.add_card(list(busy.values()), len(enc.prep.problem.meetings_of[pid]), exact=True)


def _busy_per_slot(enc: Encoding) -> None:
    """imp12+, second half: at most widest meeting x #tables participants busy per slot.

    Implied by the table count, yet it changes what the SAT solver learns: with it, the events
    whose tables are nearly full are solved (tic-13crafc: optimum in 4 s, > 15 s without);
    without it, others (forum-13crafc, ticf-13crafc: 2.5 and 5 s, > 15 s with). The search
    runs both encodings in turn."""
    problem = enc.prep.problem
    per_slot: dict[int, list[int]] = {}
    for busy in enc.busy.values():
        for s, literal in busy.items():
            per_slot.setdefault(s, []).append(literal)
    widest = max((len(m.participants) for m in problem.meetings), default=2)
    for literals in per_slot.values():
        enc.add_card(literals, widest * len(problem.tables))


def _windows(enc: Encoding) -> None:
    """A participant without breaks is busy in one window of exactly n consecutive slots.

    For a participant whose n meetings all fall on one day, one literal per window start where
    the meetings can fill the window (a matching test): no hole implies one of them, each implies
    its n slots busy. The solver then decides whole participant days instead of single slots.
    Implied "support" clauses (busy in s: a hole, or a window covering s) let it refute a
    participant without breaks from a single busy slot (shorter refutations of wrong holders on
    ticf-13crafb in development runs).
    """
    for pid, holes in enc.holes.items():
        day = _single_day(enc, pid)
        if day is None or not holes:
            continue
        meetings = enc.prep.problem.meetings_of[pid]
        n = len(meetings)
        starts = [i for i in range(len(day) - n + 1)
                  if window_fits(enc.prep, meetings, day[i:i + n])]
        windows = [enc.new("window", pid, day[i]) for i in starts]
        enc.windows += windows
        enc.hard.append([*holes, *windows])
        for i, window in zip(starts, windows, strict=True):
            enc.hard += [[-window, enc.busy[pid][s]] for s in day[i:i + n]]
            enc.hard += [[-window, -h] for h in holes]
        for s, busy in enc.busy[pid].items():
            covering = [w for i, w in zip(starts, windows, strict=True) if s in day[i:i + n]]
            enc.hard.append([-busy, *holes, *covering])
        enc.add_card(windows, 1)


def _single_day(enc: Encoding, pid: str) -> tuple[int, ...] | None:
    """The day of all of `pid`'s candidate slots, when they have two meetings or more."""
    meetings = enc.prep.problem.meetings_of[pid]
    used = {s for mid in meetings for s in enc.prep.candidates[mid]}
    if len(meetings) < 2 or not used:
        return None
    return next((day for day in enc.prep.problem.days if used <= set(day)), None)


def _spread(enc: Encoding, spread: int) -> None:
    """max - min breaks <= spread, on exact unary counts of every participant's holes."""
    counts = {pid: _unary_count(enc, holes) for pid, holes in enc.holes.items()}
    longest = max((len(c) for c in counts.values()), default=0)
    for j in range(longest - spread):
        someone = enc.new("someone has", j + spread + 1)
        for count in counts.values():
            if j + spread < len(count):
                enc.hard.append([-count[j + spread], someone])
            enc.hard.append([-someone, count[j]] if j < len(count) else [-someone])


def _unary_count(enc: Encoding, literals: list[int]) -> list[int]:
    """r[j] <-> at least j + 1 of `literals` are true, in both directions (a one-sided counter
    would let a participant look as if they had more breaks than they have)."""
    counts: list[int] = []
    for literal in literals:
        now = []
        for j in range(len(counts) + 1):
            already = counts[j] if j < len(counts) else None
            below = counts[j - 1] if j else None
            out = enc.new("count", literal, j)
            keep = [already] if already else []
            if already:
                enc.hard.append([-already, out])
            if below is None:
                enc.hard += [[-literal, out], [-out, *keep, literal]]
            else:
                enc.hard += [[-below, -literal, out], [-out, *keep, below],
                             [-out, *keep, literal]]
            now.append(out)
        counts = now
    return counts


# --- search -----------------------------------------------------------------------------------

def minimise_breaks(
    prep: Prepared, deadline: float, method: str = "linear",
    start: dict[str, int] | None = None, holders: HolderProcess | None = None,
) -> BreakSearch:
    """Fewest breaks of a schedule holding every meeting, searched until `deadline`
    (`time.monotonic()` seconds). `start`, a known placement, only sets the solver's first
    guesses (phases). `holders`, a holder search running beside (linear method only), shares
    bounds and its schedule; it is left running."""
    why = not_applicable(prep)
    if why:
        raise ValueError(why)
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; expected one of {', '.join(METHODS)}")
    if method == "rc2":
        return _rc2_search(encode(prep), deadline, start)
    return _linear_search(prep, deadline, start, holders)


@contextmanager
def _interrupt_at(deadline: float, interrupt) -> Iterator[None]:
    timer = threading.Timer(max(0.0, deadline - time.monotonic()), interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def _phases(enc: Encoding, start: dict[str, int] | None) -> list[int]:
    """First guesses: the known placement, if any, and no breaks."""
    guesses = [-h for h in enc.all_holes()]
    for mid, s in sorted((start or {}).items()):
        literal = enc.x.get(mid, {}).get(s)
        if literal is not None:
            guesses.append(literal)
    return guesses


# Conflicts for each encoding's first turn; every round doubles it. Deterministic (unlike time
# slices); on the JAIR events Glucose makes 1,000 (ticf-14crafa) to 15,000 conflicts a second.
FIRST_TURN_CONFLICTS = 10_000


@dataclass
class _Progress:
    """What the searches have established together."""

    best: tuple[dict[str, int], int] | None = None  # slots and breaks of the best schedule
    bound: int = 0  # proven lower bound on breaks
    infeasible: bool = False

    def done(self) -> bool:
        return self.infeasible or (self.best is not None and self.best[1] <= self.bound)

    def offer(self, enc: Encoding, model: list[int]) -> None:
        found = _read(enc, set(model))
        if self.best is None or found[1] < self.best[1]:
            self.best = found


@dataclass
class _Searcher:
    """One encoding in one incremental SAT solver, asking "at most `bound` breaks?"."""

    enc: Encoding
    solver: Solver
    counter: ITotalizer | None = None

    def turn(self, progress: _Progress, conflicts: int) -> None:
        """Search until `conflicts` more conflicts, an interrupt, or the optimum."""
        while not progress.done():
            self.solver.conf_budget(conflicts)
            limit = self.at_most(progress.bound) if progress.best is not None else []
            found = self.solver.solve_limited(assumptions=limit, expect_interrupt=True)
            if found is None:
                return
            if found:
                progress.offer(self.enc, self.solver.get_model())
            elif limit:
                progress.bound += 1
            else:
                progress.infeasible = True

    def at_most(self, bound: int) -> list[int]:
        holes = self.enc.all_holes()
        if not holes:
            return []
        if self.counter is None:
            self.counter = ITotalizer(holes, ubound=bound + 1, top_id=self.enc.pool.top)
            self.solver.append_formula(self.counter.cnf.clauses)
        elif bound >= self.counter.ubound:
            self.counter.increase(ubound=bound + 1, top_id=self.counter.top_id)
            self.solver.append_formula(self.counter.cnf.clauses[-self.counter.nof_new:])
        return [-self.counter.rhs[bound]]

    def close(self) -> None:
        if self.counter is not None:
            self.counter.delete()
        self.solver.delete()


# Conflicts for one call of the holder search; a call that runs out is skipped (its holders are
# not tried again until every other set of holders has been), and the allowance doubles when
# there is nothing left to try.
HOLDER_CALL_CONFLICTS = 10_000
# How many times a core is solved again on itself to shrink it.
CORE_TRIMS = 3


@dataclass
class _HolderSearch:
    """Who takes the breaks, by implicit hitting sets (as in MaxHS, Davies and Bacchus 2011).

    Everyone outside a set of holders is assumed to have no break, with at most `bound` breaks
    in all. "Unsatisfiable" names a core: participants of whom one at least must take a break.
    The next holders are a smallest set meeting every core. It finds schedules at the proven
    bound that the plain "at most k breaks?" does not (ticf-13crafb: three breaks on three
    participants with few meetings). Runs in the solver of a `_Searcher`, sharing what it learnt.
    """

    searcher: _Searcher
    no_break: dict[str, int]  # participant -> "has no break" (assumed for non-holders)
    target: int = -1  # the bound the cores were found under
    cores: list[frozenset[str]] = field(default_factory=list)
    skipped: list[frozenset[str]] = field(default_factory=list)
    holders: frozenset[str] = frozenset()
    call_conflicts: int = HOLDER_CALL_CONFLICTS

    @classmethod
    def inside(cls, searcher: _Searcher) -> _HolderSearch:
        enc = searcher.enc
        no_break = {pid: enc.new("no break", pid) for pid, holes in enc.holes.items() if holes}
        searcher.solver.append_formula(
            [[-no_break[pid], -h] for pid in no_break for h in enc.holes[pid]])
        return cls(searcher, no_break)

    def turn(self, progress: _Progress, conflicts: int, deadline: float) -> None:
        """Try holders until `conflicts` more conflicts, the deadline, or the optimum."""
        stop = self._conflicts() + conflicts
        while (not progress.done() and self._conflicts() < stop
               and time.monotonic() < deadline):
            if self.target != progress.bound:
                self._restart(progress.bound)
            self._try(progress)

    def _restart(self, bound: int) -> None:
        """Cores found under a lower bound do not hold under this one."""
        self.target, self.cores, self.skipped, self.holders = bound, [], [], frozenset()

    def _try(self, progress: _Progress) -> None:
        solver = self.searcher.solver
        limit = self.searcher.at_most(progress.bound)
        assumed = [literal for pid, literal in self.no_break.items() if pid not in self.holders]
        solver.conf_budget(self.call_conflicts)
        found = solver.solve_limited(assumptions=limit + assumed, expect_interrupt=True)
        if found:
            progress.offer(self.searcher.enc, solver.get_model())
            return
        if found is None:
            self.skipped.append(self.holders)
        else:
            core = self._trimmed(limit, self._core_of(solver.get_core()))
            if not core:  # at most `bound` breaks is impossible whoever takes them
                progress.bound += 1
                return
            self.cores.append(core)
        self._next_holders(progress)

    def _core_of(self, literals: list[int] | None) -> frozenset[str]:
        failed = set(literals or ())
        return frozenset(pid for pid, literal in self.no_break.items() if literal in failed)

    def _trimmed(self, limit: list[int], core: frozenset[str]) -> frozenset[str]:
        solver = self.searcher.solver
        for _ in range(CORE_TRIMS):
            solver.conf_budget(self.call_conflicts)
            assumed = [self.no_break[pid] for pid in sorted(core)]
            found = solver.solve_limited(assumptions=limit + assumed, expect_interrupt=True)
            if found is not False:
                break
            smaller = self._core_of(solver.get_core())
            if len(smaller) >= len(core):
                break
            core = smaller
        return core

    def _next_holders(self, progress: _Progress) -> None:
        holders = _hitting_set(self.cores, self.skipped, progress.bound)
        if holders is not None:
            self.holders = holders
        elif self.skipped:  # every set of holders small enough was skipped: try them all again
            self.skipped, self.call_conflicts = [], 2 * self.call_conflicts
        else:  # every set meeting the cores has more participants than breaks allowed
            progress.bound += 1

    def _conflicts(self) -> int:
        return self.searcher.solver.accum_stats().get("conflicts", 0)


class HolderProcess:
    """The holder search in a child process, so that it works on the second core while this
    one runs the linear search and CP-SAT (the SAT solvers hold the GIL: a thread would not).

    The child is forked (no pickling, no second start-up); it encodes the event itself, reads
    the lower bound proven here from shared memory and writes its own there, and sends the
    first schedule it finds (the optimum: it only looks at the proven bound) through a pipe.
    Listeners are called, from a watcher thread, when that schedule arrives."""

    def __init__(self, prep: Prepared, until: float):
        context = multiprocessing.get_context("fork")
        self._bound = context.Value("i", 0)
        receiving, sending = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_holder_child, args=(prep, until, self._bound, sending), daemon=True)
        self._process.start()
        sending.close()
        self._receiving = receiving
        self._found: tuple[dict[str, int], int] | None = None
        self._listeners: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._watch, daemon=True).start()

    @property
    def bound(self) -> int:
        return self._bound.value

    @property
    def found(self) -> tuple[dict[str, int], int] | None:
        """The optimal schedule's slots and breaks, once the child has found it."""
        with self._lock:
            return self._found

    def searching(self) -> bool:
        return self.found is None and self._process.is_alive()

    def raise_bound(self, bound: int) -> None:
        with self._bound.get_lock():
            self._bound.value = max(self._bound.value, bound)

    @contextmanager
    def listening(self, listener: Callable[[], None]) -> Iterator[None]:
        """Call `listener` when the schedule arrives (at once if it has) while inside."""
        with self._lock:
            self._listeners.append(listener)
            arrived = self._found is not None
        if arrived:
            listener()
        try:
            yield
        finally:
            with self._lock:
                self._listeners.remove(listener)

    def yield_cpu(self, niceness: int) -> None:
        """Lower the child's priority (it cannot be raised again), so that a search run here
        on both cores gets most of them."""
        if self._process.is_alive():
            with suppress(ProcessLookupError):
                os.setpriority(os.PRIO_PROCESS, self._process.pid, niceness)

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiving.close()

    def _watch(self) -> None:
        try:
            found = self._receiving.recv()
        except (EOFError, OSError):  # the child ended without a schedule, or was stopped
            return
        with self._lock:
            self._found = found
            listeners = list(self._listeners)
        for listener in listeners:
            listener()


def _holder_child(prep: Prepared, until: float, shared_bound, sending) -> None:
    """The holder search at the bound shared with the parent, until the optimum (which it
    sends), `until`, or the parent kills it."""
    enc = encode(prep)
    solver = Solver(name=SAT_SOLVER, bootstrap_with=enc.hard)
    solver.set_phases(_phases(enc, None))
    search = _HolderSearch.inside(_Searcher(enc, solver))
    progress = _Progress()
    while not progress.done() and time.monotonic() < until:
        _exchange(shared_bound, progress)
        search.turn(progress, HOLDER_CALL_CONFLICTS, until)
        _exchange(shared_bound, progress)
    if progress.done() and not progress.infeasible:
        sending.send(progress.best)
    sending.close()


def _exchange(shared_bound, progress: _Progress) -> None:
    with shared_bound.get_lock():
        shared_bound.value = progress.bound = max(shared_bound.value, progress.bound)


def _hitting_set(
    cores: list[frozenset[str]], skipped: list[frozenset[str]], most: int,
) -> frozenset[str] | None:
    """A smallest set of at most `most` participants meeting every core and none of `skipped`;
    among those, one of participants found in many small cores. None when there is none."""
    model = cp_model.CpModel()
    chosen = {pid: model.new_bool_var(pid) for pid in sorted(set().union(*cores))}
    for core in cores:
        model.add_bool_or([chosen[pid] for pid in sorted(core)])
    for holders in skipped:
        if holders <= chosen.keys():  # any other set differs from the new one anyway
            model.add_bool_or([chosen[p].Not() if p in holders else chosen[p] for p in chosen])
    model.add(sum(chosen.values()) <= most)
    weight = {pid: sum(1 / len(core) for core in cores if pid in core) for pid in chosen}
    top = max(weight.values(), default=1.0)
    model.minimize(sum((1000 - int(100 * weight[pid] / top)) * x for pid, x in chosen.items()))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    if solver.solve(model) not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    return frozenset(pid for pid, x in chosen.items() if solver.value(x))


def _interrupt_all(searchers: list[_Searcher]) -> None:
    for searcher in searchers:
        searcher.solver.interrupt()


@contextmanager
def _listening(holders: HolderProcess | None, listener: Callable[[], None]) -> Iterator[None]:
    if holders is None:
        yield
        return
    with holders.listening(listener):
        yield


def _share(holders: HolderProcess | None, progress: _Progress) -> None:
    """Tell the holder search the bound proven here; take its bound and schedule."""
    if holders is None:
        return
    holders.raise_bound(progress.bound)
    progress.bound = max(progress.bound, holders.bound)
    found = holders.found
    if found is not None and (progress.best is None or found[1] < progress.best[1]):
        progress.best = found


def _linear_search(
    prep: Prepared, deadline: float, start: dict[str, int] | None,
    holders: HolderProcess | None = None,
) -> BreakSearch:
    """A first schedule, then "at most k breaks?" for k = 0, 1, ... (each "no" proves k + 1),
    on both encodings (with and without per-slot counts) in turns of doubling conflict budgets.
    The holder search, when running beside, shares its bound and its schedule."""
    progress = _Progress()
    searchers = []
    try:
        for slot_counts in (True, False):
            enc = encode(prep, slot_counts=slot_counts)
            solver = Solver(name=SAT_SOLVER, bootstrap_with=enc.hard)
            solver.set_phases(_phases(enc, start))
            searchers.append(_Searcher(enc, solver))
        budget = FIRST_TURN_CONFLICTS
        interrupt = partial(_interrupt_all, searchers)
        with _interrupt_at(deadline, interrupt), _listening(holders, interrupt):
            while not progress.done() and time.monotonic() < deadline:
                for searcher in searchers:
                    _share(holders, progress)
                    searcher.turn(progress, budget)
                    _share(holders, progress)
                    if progress.done() or time.monotonic() >= deadline:
                        break
                budget *= 2
    finally:
        for searcher in searchers:
            searcher.close()
    if progress.infeasible:
        return BreakSearch(None, None, 0, infeasible=True)
    if progress.best is None:
        return BreakSearch(None, None, progress.bound)
    return BreakSearch(progress.best[0], progress.best[1], progress.bound)


def _read(enc: Encoding, true: set[int]) -> tuple[dict[str, int], int]:
    slot_of = {mid: s for mid, by_slot in enc.x.items()
               for s, literal in by_slot.items() if literal in true}
    return slot_of, sum(1 for h in enc.all_holes() if h in true)


def _rc2_search(enc: Encoding, deadline: float, start: dict[str, int] | None) -> BreakSearch:
    """Core-guided MaxSAT: each core found raises the lower bound; the first model is optimal."""
    wcnf = WCNF()
    wcnf.extend(enc.hard)
    for hole in enc.all_holes():
        wcnf.append([-hole], weight=1)
    with RC2(wcnf, solver=SAT_SOLVER, adapt=True, exhaust=True, minz=True) as rc2:
        rc2.oracle.set_phases(_phases(enc, start))
        with _interrupt_at(deadline, rc2.interrupt):
            model = rc2.compute(expect_interrupt=True)
        if model is not None:
            slot_of, breaks = _read(enc, set(model))
            return BreakSearch(slot_of, breaks, rc2.cost)
        if rc2.interrupted:
            return BreakSearch(None, None, rc2.cost)
        return BreakSearch(None, None, 0, infeasible=True)
