import multiprocessing
import threading

import pytest

from incontra.scheduling import breaks as breaks_module
from incontra.scheduling import check, solve
from incontra.scheduling import solver as solver_module
from incontra.scheduling.problem import Assignment
from tests.scheduling.builders import problem


def _solve(p, **kwargs):
    result = solve(p, time_limit=10, seed=0, workers=1, **kwargs)
    if result.schedule is not None:
        assert check(p, result.schedule) == []
    return result


def _slot_of(result) -> dict[str, str]:
    return {a.meeting: a.slot for a in result.schedule.assignments}


def test_solve_weight_optimum_with_one_table():
    p = problem(n_slots=2, tables=1, participants=list("abcdef"), meetings=[
        {"id": "m1", "participants": ["a", "b"], "weight": 3},
        {"id": "m2", "participants": ["c", "d"], "weight": 2},
        {"id": "m3", "participants": ["e", "f"], "weight": 1},
    ])
    result = _solve(p)
    assert (result.status, result.weight, result.bound, result.breaks) == ("optimal", 5, 5, 0)
    assert result.schedule.unscheduled == ("m3",)
    assert result.unscheduled_reasons == {
        "m3": "every common free slot is taken: s1 (all 1 tables in use), "
              "s2 (all 1 tables in use)"}


def test_solve_forced_break_is_proven():
    p = problem(participants=[{"id": "a", "unavailable": ["s2"]}, "b", "c"],
                meetings=[("a", "b"), ("a", "c")], options={"require_all": True})
    result = _solve(p)
    assert (result.status, result.breaks, result.breaks_bound, result.idle_slots) == (
        "optimal", 1, 1, 1)
    assert set(_slot_of(result).values()) == {"s1", "s3"}


def test_solve_avoidable_break_is_avoided():
    p = problem(n_slots=5, participants=["a", "b", "c", "d"],
                meetings=[("a", "b"), ("a", "c"), ("a", "d")], options={"require_all": True})
    result = _solve(p)
    assert (result.status, result.weight, result.breaks, result.breaks_bound) == (
        "optimal", 3, 0, 0)
    slots = sorted(int(s[1:]) for s in _slot_of(result).values())
    assert slots == list(range(slots[0], slots[0] + 3))


def test_solve_minimises_idle_slots_after_breaks():
    # a must meet in s1 (m1 only there) and s5 (m3 only there); m2 is free: one break either
    # way, and the fewest idle slots put m2 next to one of them.
    p = problem(n_slots=5, participants=["a", "b", "c", "d"], meetings=[
        {"id": "m1", "participants": ["a", "b"], "slots": ["s1"]},
        {"id": "m2", "participants": ["a", "c"]},
        {"id": "m3", "participants": ["a", "d"], "slots": ["s5"]},
    ], options={"require_all": True})
    result = _solve(p)
    assert (result.breaks, result.idle_slots) == (1, 2)
    assert _slot_of(result)["m2"] in {"s2", "s4"}


def test_solve_keeps_fixed_assignments():
    p = problem(n_slots=3, tables=3, participants=["a", "b", "c"],
                meetings=[("a", "b"), ("a", "c"), ("b", "c")],
                fixed=[{"meeting": "m2", "slot": "s3", "table": "T3"}])
    result = _solve(p)
    assert Assignment("m2", "s3", "T3") in result.schedule.assignments
    # a triangle with m2 pinned last: a and c both want the middle slot, one of them waits
    assert (result.weight, result.breaks, result.breaks_bound) == (3, 1, 1)


def test_solve_infeasible_fixed_assignment_is_reported():
    p = problem(participants=[{"id": "a", "unavailable": ["s1"]}, "b"],
                fixed=[{"meeting": "m1", "slot": "s1"}])
    result = _solve(p)
    assert (result.status, result.schedule, result.proven_infeasible) == (
        "infeasible", None, True)
    assert result.reason == "meeting m1 is fixed in slot s1, where a is unavailable"


def test_solve_require_all_infeasible_is_proven_with_reason():
    p = problem(n_slots=2, participants=["a", "b", "c", "d"],
                meetings=[("a", "b"), ("a", "c"), ("a", "d")], options={"require_all": True})
    result = _solve(p)
    assert (result.status, result.proven_infeasible) == ("infeasible", True)
    assert result.reason == ("the 3 meetings of a cannot all be placed in distinct slots they "
                             "may use (2 such slots)")


def test_solve_break_spread_changes_the_optimum():
    base = {"participants": [{"id": "a", "unavailable": ["s2"]}, "b", "c"],
            "meetings": [("a", "b"), ("a", "c")]}
    assert (_solve(problem(**base)).weight, _solve(problem(**base)).breaks) == (2, 1)
    fair = _solve(problem(**base, options={"max_break_spread": 0}))
    assert (fair.status, fair.weight, fair.breaks) == ("optimal", 1, 0)
    strict = _solve(problem(**base, options={"max_break_spread": 0, "require_all": True}))
    assert (strict.status, strict.proven_infeasible) == ("infeasible", True)


def test_solve_interpreters_shared_over_slots():
    people = [{"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["ru"]},
              {"id": "c", "languages": ["it", "en"]}, {"id": "d", "languages": ["ru"]}]
    interpreters = [{"id": "i1", "languages": ["it", "ru"]}]
    one_slot = _solve(problem(n_slots=1, participants=people, meetings=[("a", "b"), ("c", "d")],
                              interpreters=interpreters))
    assert one_slot.weight == 1
    (_, reason), = one_slot.unscheduled_reasons.items()
    assert reason == "every common free slot is taken: s1 (no en-it/ru interpreter free)" or (
        reason == "every common free slot is taken: s1 (no it/ru interpreter free)")
    two_slots = _solve(problem(n_slots=2, participants=people, meetings=[("a", "b"), ("c", "d")],
                               interpreters=interpreters))
    assert two_slots.weight == 2
    assert {a.interpreter for a in two_slots.schedule.assignments} == {"i1"}


def test_solve_no_interpreter_for_language_pair():
    p = problem(participants=[{"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["zh"]}],
                interpreters=[{"id": "i1", "languages": ["it", "ru"]}])
    result = _solve(p)
    assert result.unscheduled_reasons == {"m1": "no interpreter for the language pair it/zh"}


def test_solve_home_tables_hold_one_meeting_per_slot():
    p = problem(n_slots=1, tables=3,
                participants=[{"id": "h1", "table": "T1"}, {"id": "h2", "table": "T1"}, "v1",
                              "v2"],
                meetings=[("h1", "v1"), ("h2", "v2")])
    result = _solve(p)
    assert result.weight == 1
    assert [a.table for a in result.schedule.assignments] == ["T1"]


def test_solve_home_table_clash_explained():
    p = problem(participants=[{"id": "a", "table": "T1"}, {"id": "b", "table": "T2"}])
    result = _solve(p)
    assert result.unscheduled_reasons == {
        "m1": "home-table clash: a at T1, b at T2; a meeting is held at one table"}


def test_solve_max_meetings_explained():
    p = problem(participants=[{"id": "a", "max_meetings": 1}, "b", "c"],
                meetings=[{"id": "m1", "participants": ["a", "b"], "weight": 2}, ("a", "c")])
    result = _solve(p)
    assert result.unscheduled_reasons == {"m2": "a is full (max_meetings 1 reached)"}


def test_solve_precedence_respected_and_explained():
    p = problem(n_slots=2, participants=["a", "b", "c", "d"], meetings=[
        {"id": "m1", "participants": ["a", "b"], "slots": ["s2"], "weight": 2},
        {"id": "m2", "participants": ["c", "d"], "after": ["m1"]},
    ])
    result = _solve(p)
    assert result.weight == 2
    assert result.unscheduled_reasons == {
        "m2": "every common free slot is taken: s1 (it must come after m1, held in s2), "
              "s2 (it must come after m1, held in s2)"}


def test_solve_multi_day_breaks_only_within_a_day():
    from incontra.scheduling.io import problem_from_dict
    from tests.scheduling.builders import document, slots

    data = document(participants=["a", "b", "c"], meetings=[
        {"id": "m1", "participants": ["a", "b"], "slots": ["s1"]},
        {"id": "m2", "participants": ["a", "c"], "slots": ["12-s2"]},
    ], options={"require_all": True})
    data["slots"] = slots(2) + slots(2, day="2026-09-12")
    result = _solve(problem_from_dict(data))
    assert (result.breaks, result.breaks_bound) == (0, 0)


def test_solve_never_returns_an_invalid_schedule(monkeypatch):
    def one_table_for_all(prep, slot_of):
        return tuple(Assignment(mid, prep.problem.slots[s].id, "T1") for mid, s in slot_of.items())

    monkeypatch.setattr(solver_module, "assign", one_table_for_all)
    p = problem(n_slots=1, participants=list("abcd"), meetings=[("a", "b"), ("c", "d")])
    with pytest.raises(solver_module.InvalidScheduleError, match="table T1 holds 2 meetings"):
        solve(p, time_limit=5, workers=1)


def test_solve_reports_progress_lines():
    lines = []
    _solve(problem(participants=["a", "b", "c"], meetings=[("a", "b"), ("b", "c")]),
           progress=lines.append)
    assert any("weight: optimal, best 2, bound 2" in line for line in lines)
    assert any(line.endswith("breaks: optimal, best 0, bound 0") for line in lines)


def test_solve_same_seed_one_worker_same_schedule():
    p = problem(n_slots=4, tables=2, participants=list("abcdef"),
                meetings=[("a", "b"), ("a", "c"), ("d", "e"), ("e", "f"), ("b", "f")])
    first = solve(p, time_limit=10, seed=3, workers=1)
    second = solve(p, time_limit=10, seed=3, workers=1)
    assert first.schedule == second.schedule


def test_solve_deterministic_mode_repeats_exactly():
    p = problem(n_slots=4, tables=2, participants=list("abcdefgh"),
                meetings=[("a", "b"), ("a", "c"), ("d", "e"), ("e", "f"), ("b", "f"), ("g", "h"),
                          ("a", "h"), ("c", "g")])
    runs = [solve(p, time_limit=10, seed=5, workers=2, deterministic=True) for _ in range(3)]
    assert runs[0].schedule == runs[1].schedule == runs[2].schedule
    assert runs[0].weight == 8


def test_solve_require_all_with_impossible_meeting_names_it():
    p = problem(n_slots=2, participants=[{"id": "a", "unavailable": ["s1"]},
                                         {"id": "b", "unavailable": ["s2"]}],
                options={"require_all": True})
    result = _solve(p)
    assert (result.status, result.proven_infeasible) == ("infeasible", True)
    assert result.reason == "meeting m1 cannot be held: no common free slot for a and b"


def test_solve_late_request_placed_around_published_meetings():
    # Rescheduling: m1 and m2 are published; m3 arrived late and m4 was cancelled (not listed).
    p = problem(n_slots=3, tables=1, participants=["a", "b", "c", "d"],
                meetings=[("a", "b"), ("c", "d"), ("a", "c")],
                fixed=[{"meeting": "m1", "slot": "s1", "table": "T1"},
                       {"meeting": "m2", "slot": "s3", "table": "T1"}])
    result = _solve(p)
    assert _slot_of(result) == {"m1": "s1", "m2": "s3", "m3": "s2"}
    assert (result.weight, result.breaks) == (3, 0)


def test_solve_large_event_uses_lp_guided_placement(monkeypatch):
    monkeypatch.setattr(solver_module, "LARGE_EVENT_PAIRS", 0)
    lines = []
    p = problem(n_slots=1, tables=2,
                participants=[{"id": "a", "max_meetings": 1}, "b", "c", "d"],
                meetings=[{"id": "m1", "participants": ["a", "b"], "weight": 2},
                          {"id": "m2", "participants": ["a", "c"], "weight": 1},
                          {"id": "m3", "participants": ["b", "d"], "weight": 2}])
    result = _solve(p, progress=lines.append)
    assert (result.status, result.weight, result.bound, result.breaks_bound) == (
        "feasible", 3, 3, None)
    assert _slot_of(result) == {"m2": "s1", "m3": "s1"}
    assert any(line.endswith("large event: LP-guided placement, no CP-SAT model")
               for line in lines)


def test_solve_weight_bound_is_the_rounded_down_lp():
    # A triangle in one slot: the LP says 1.5, one meeting is all that fits
    p = problem(n_slots=1, tables=3, participants=["a", "b", "c"],
                meetings=[("a", "b"), ("b", "c"), ("a", "c")])
    result = _solve(p)
    assert (result.status, result.weight, result.bound) == ("optimal", 1, 1)


def test_solve_weight_model_proves_below_the_lp_bound():
    # Two triangles in one slot: the LP holds every meeting half (3), one meeting per triangle
    # is all that fits (2); the weight model proves it.
    lines = []
    p = problem(n_slots=1, tables=6, participants=list("abcdef"),
                meetings=[("a", "b"), ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("d", "f")])
    result = _solve(p, progress=lines.append)
    assert (result.status, result.weight, result.bound) == ("optimal", 2, 2)
    assert any("LP bound on weight: 3" in line for line in lines)
    assert any(line.endswith("weight: optimal, best 2, bound 2") for line in lines)


def test_solve_large_event_keeps_the_fairness_rule(monkeypatch):
    # Both greedy starts give a a break and b, c none (spread 1 > 0); the large-event path,
    # without a CP-SAT model, falls back to a valid start.
    monkeypatch.setattr(solver_module, "LARGE_EVENT_PAIRS", 0)
    p = problem(participants=[{"id": "a", "unavailable": ["s2"]}, "b", "c"],
                meetings=[("a", "b"), ("a", "c")], options={"max_break_spread": 0})
    result = _solve(p)
    assert (result.status, result.bound) == ("feasible", 2)
    assert check(p, result.schedule) == []


def _triangles(count: int):
    """`count` disjoint triangles of meetings (every participant meets the other two) in 4
    slots: their three meetings take three slots, so whoever shares the first and the last has
    a break, though each participant alone could meet in two adjacent slots (floors 0)."""
    people = [f"{t}{k}" for t in range(count) for k in "abc"]
    pairs = [(f"{t}{x}", f"{t}{y}") for t in range(count) for x, y in ("ab", "ac", "bc")]
    return problem(n_slots=4, tables=3, participants=people, meetings=pairs,
                   options={"require_all": True, "max_break_spread": 2})


@pytest.fixture
def without_holder_process(monkeypatch):
    """No SAT holder search beside: it would race the searches under test."""
    monkeypatch.setattr(breaks_module, "_start_holders", lambda run: None)


@pytest.fixture
def cp_sat_breaks_only(monkeypatch, without_holder_process):
    """The CP-SAT break search alone, without the MaxSAT searches."""
    monkeypatch.setattr(breaks_module, "_maxsat_breaks", lambda run: None)


def _wait_for_holders(run) -> None:
    arrived = threading.Event()
    with run.holders.listening(arrived.set):
        arrived.wait(timeout=60)


def test_solve_takes_the_optimum_of_the_holder_search_beside(monkeypatch):
    # The MaxSAT step waits for the holder search instead of searching: the CP-SAT searches
    # after it stop at once, and the holder search's schedule is the result.
    monkeypatch.setattr(breaks_module, "_maxsat_breaks", _wait_for_holders)
    lines = []
    problem = _triangles(2)
    result = solve(problem, time_limit=60, seed=0, workers=2, progress=lines.append)
    assert (result.status, result.breaks, result.breaks_bound) == ("optimal", 2, 2)
    assert check(problem, result.schedule) == []
    assert any(line.endswith("holder search: 2 breaks, at the proven bound") for line in lines)
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize(("workers", "deterministic", "started"),
                         [(2, False, 1), (1, False, 0), (2, True, 0)])
def test_solve_holder_process_only_on_a_second_core_and_not_deterministic(
        monkeypatch, workers, deterministic, started):
    created = []

    class Recorded(breaks_module.maxsat.HolderProcess):
        def __init__(self, *args, **kwargs):
            created.append(True)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(breaks_module.maxsat, "HolderProcess", Recorded)
    result = solve(_triangles(2), time_limit=20, seed=0, workers=workers,
                   deterministic=deterministic)
    assert (result.status, result.breaks) == ("optimal", 2)
    assert len(created) == started
    assert multiprocessing.active_children() == []


def test_solve_never_uses_a_maxsat_schedule_that_breaks_a_rule(monkeypatch,
                                                               without_holder_process):
    # As if the MaxSAT encoding had a bug: its schedule is refused, CP-SAT goes on.
    monkeypatch.setattr(breaks_module, "valid", lambda run, slot_of: False)
    lines = []
    problem = _triangles(2)
    result = solve(problem, time_limit=20, seed=0, workers=2, progress=lines.append)
    assert any(line.endswith("maxsat: its schedule breaks a rule, not used; breaks >= 2")
               for line in lines)
    assert result.schedule is not None
    assert check(problem, result.schedule) == []


def test_solve_maxsat_proves_the_optimum_when_no_single_holder_exists(without_holder_process):
    lines = []
    result = solve(_triangles(2), time_limit=10, seed=0, workers=2, progress=lines.append)
    assert (result.status, result.breaks, result.breaks_bound) == ("optimal", 2, 2)
    assert any(line.endswith("breaks <= 1: no single holder found") for line in lines)
    assert any(line.endswith("maxsat: 2 breaks, breaks >= 2") for line in lines)
    assert not any(line.startswith("breaks:") or "] breaks:" in line for line in lines)


def test_solve_single_holder_takes_the_unavoidable_break(cp_sat_breaks_only):
    lines = []
    result = solve(_triangles(1), time_limit=10, seed=0, workers=2, progress=lines.append)
    assert (result.status, result.breaks, result.breaks_bound) == ("optimal", 1, 1)
    assert any(line.endswith("breaks <= 0: infeasible") for line in lines)
    assert any(line.endswith("breaks <= 1: one holder takes the break beyond the floors")
               for line in lines)


def test_solve_no_single_holder_then_core_search_proves_the_optimum(cp_sat_breaks_only):
    lines = []
    result = _solve(_triangles(2), progress=lines.append)
    assert (result.status, result.breaks, result.breaks_bound) == ("optimal", 2, 2)
    assert any(line.endswith("breaks <= 1: no single holder found") for line in lines)


def test_solve_holder_search_repeats_in_deterministic_mode():
    runs = [solve(_triangles(1), time_limit=10, seed=2, workers=2, deterministic=True)
            for _ in range(3)]
    assert runs[0].schedule == runs[1].schedule == runs[2].schedule
    assert (runs[0].status, runs[0].breaks) == ("optimal", 1)
