"""The MaxSAT break search: exact optima on small events, infeasibility, deadlines, and
agreement with the CP-SAT solver on random events."""

import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incontra.scheduling import check, solve
from incontra.scheduling.assign import assign
from incontra.scheduling.check import quality
from incontra.scheduling.io import problem_from_dict
from incontra.scheduling.maxsat import (
    METHODS,
    BreakSearch,
    HolderProcess,
    _hitting_set,
    minimise_breaks,
    not_applicable,
)
from incontra.scheduling.prepare import prepare
from incontra.scheduling.problem import Problem, Schedule
from tests.scheduling.builders import document, slots

TRIANGLE = [("a", "b"), ("a", "c"), ("b", "c")]


def _search(problem: Problem, method: str = "linear", seconds: float = 10.0) -> BreakSearch:
    return minimise_breaks(prepare(problem), time.monotonic() + seconds, method=method)


def _valid_breaks(problem: Problem, found: BreakSearch) -> int:
    """The breaks of the schedule found, after checking it against every rule of the format."""
    schedule = Schedule(assign(prepare(problem), found.slot_of))
    assert check(problem, schedule) == []
    return quality(problem, schedule).breaks


def _problem(**kwargs) -> Problem:
    options = {"require_all": True, **kwargs.pop("options", {})}
    return problem_from_dict(document(options=options, **kwargs))


@pytest.mark.parametrize("method", METHODS)
def test_minimise_breaks_triangle_in_three_slots_has_one_break(method):
    # Whoever is not in the middle meeting meets in the first and the last slot.
    found = _search(_problem(n_slots=3, tables=1, participants=["a", "b", "c"],
                             meetings=TRIANGLE), method)
    assert (found.breaks, found.lower_bound, found.optimal) == (1, 1, True)
    assert _valid_breaks(_problem(n_slots=3, tables=1, participants=["a", "b", "c"],
                                  meetings=TRIANGLE), found) == 1


@pytest.mark.parametrize("method", METHODS)
def test_minimise_breaks_avoidable_breaks_are_avoided(method):
    problem = _problem(n_slots=4, tables=2, participants=["a", "b", "c", "d"],
                       meetings=[("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")])
    found = _search(problem, method)
    assert (found.breaks, found.lower_bound) == (0, 0)
    assert _valid_breaks(problem, found) == 0


def test_minimise_breaks_fixed_meetings_force_two_breaks():
    problem = _problem(n_slots=5, tables=1, participants=["a", "b", "c", "d"],
                       meetings=[("a", "b"), ("a", "c"), ("a", "d")],
                       fixed=[{"meeting": "m1", "slot": "s1"}, {"meeting": "m2", "slot": "s3"},
                              {"meeting": "m3", "slot": "s5"}])
    found = _search(problem)
    assert (found.breaks, found.lower_bound) == (2, 2)
    assert found.slot_of == {"m1": 0, "m2": 2, "m3": 4}


def test_minimise_breaks_unlisted_lunch_pause_does_not_separate_slots():
    data = document(participants=["a", "b", "c"], meetings=[
        {"id": "m1", "participants": ["a", "b"], "slots": ["s2"]},
        {"id": "m2", "participants": ["a", "c"], "slots": ["s3"]},
    ], options={"require_all": True})
    data["slots"] = [*slots(2), {"id": "s3", "start": "2026-09-11T14:00",
                                 "end": "2026-09-11T14:20"}]
    found = _search(problem_from_dict(data))
    assert (found.breaks, found.lower_bound) == (0, 0)


def test_minimise_breaks_counts_no_break_across_days():
    data = document(participants=["a", "b", "c"], meetings=[
        {"id": "m1", "participants": ["a", "b"], "slots": ["s1"]},
        {"id": "m2", "participants": ["a", "c"], "slots": ["12-s2"]},
    ], options={"require_all": True})
    data["slots"] = slots(2) + slots(2, day="2026-09-12")
    found = _search(problem_from_dict(data))
    assert (found.breaks, found.lower_bound) == (0, 0)


def test_minimise_breaks_gap_on_one_day_counts_once():
    # a meets in s1 and s4 of the same day: one break, however many idle slots between.
    problem = _problem(n_slots=4, tables=2, participants=["a", "b", "c"], meetings=[
        {"id": "m1", "participants": ["a", "b"], "slots": ["s1"]},
        {"id": "m2", "participants": ["a", "c"], "slots": ["s4"]}])
    found = _search(problem)
    assert (found.breaks, found.lower_bound) == (1, 1)


@pytest.mark.parametrize("method", METHODS)
def test_minimise_breaks_fairness_zero_spread_makes_triangle_infeasible(method):
    # One participant of a triangle in three slots always has a break, the others none.
    problem = _problem(n_slots=3, tables=1, participants=["a", "b", "c"], meetings=TRIANGLE,
                       options={"max_break_spread": 0})
    found = _search(problem, method)
    assert found.infeasible
    assert found.slot_of is None


def test_minimise_breaks_fairness_spread_one_keeps_the_optimum():
    problem = _problem(n_slots=3, tables=1, participants=["a", "b", "c"], meetings=TRIANGLE,
                       options={"max_break_spread": 1})
    assert _search(problem).breaks == 1


def test_minimise_breaks_fairness_raises_the_optimum():
    # a meets b in s1 and c in s3: a has a break. b-c in s2 leaves b and c without one
    # (1 break in all); with spread 0 they need one each, so b-c goes to s5 (3 breaks).
    meetings = [{"id": "m1", "participants": ["a", "b"], "slots": ["s1"]},
                {"id": "m2", "participants": ["a", "c"], "slots": ["s3"]},
                {"id": "m3", "participants": ["b", "c"]}]
    base = {"n_slots": 5, "tables": 1, "participants": ["a", "b", "c"], "meetings": meetings}
    unfair = _search(_problem(**base))
    fair = _search(_problem(**base, options={"max_break_spread": 0}))
    assert (unfair.breaks, unfair.slot_of["m3"]) == (1, 1)
    assert (fair.breaks, fair.lower_bound, fair.slot_of["m3"]) == (3, 3, 4)


def test_minimise_breaks_too_many_meetings_is_infeasible():
    problem = _problem(n_slots=2, tables=2, participants=["a", "b", "c", "d"],
                       meetings=[("a", "b"), ("a", "c"), ("a", "d")])
    found = _search(problem)
    assert (found.infeasible, found.slot_of, found.breaks) == (True, None, None)


def test_minimise_breaks_max_meetings_below_requests_is_infeasible():
    problem = _problem(n_slots=3, participants=[{"id": "a", "max_meetings": 1}, "b", "c"],
                       meetings=[("a", "b"), ("a", "c")])
    assert _search(problem).infeasible


def test_minimise_breaks_shared_home_table_holds_one_meeting_per_slot():
    problem = _problem(n_slots=2, tables=2, participants=[
        {"id": "a", "table": "T1"}, {"id": "b", "table": "T1"}, "c", "d"],
        meetings=[("a", "c"), ("b", "d")])
    found = _search(problem)
    assert found.slot_of["m1"] != found.slot_of["m2"]
    assert _valid_breaks(problem, found) == 0


def test_minimise_breaks_one_interpreter_serves_one_meeting_per_slot():
    problem = _problem(n_slots=3, tables=2, participants=[
        {"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["ru"]},
        {"id": "c", "languages": ["ru"]}],
        meetings=[("a", "b"), ("a", "c")],
        interpreters=[{"id": "i1", "languages": ["it", "ru"], "unavailable": ["s2"]}])
    found = _search(problem)
    # The interpreter is away in s2, so a meets in s1 and s3: one break, which is optimal.
    assert (found.breaks, found.lower_bound) == (1, 1)
    assert _valid_breaks(problem, found) == 1


def test_minimise_breaks_precedence_is_kept():
    problem = _problem(n_slots=2, tables=2, participants=["a", "b", "c"], meetings=[
        {"id": "m1", "participants": ["a", "b"], "after": ["m2"]},
        {"id": "m2", "participants": ["a", "c"]}])
    found = _search(problem)
    assert found.slot_of == {"m2": 0, "m1": 1}


def test_minimise_breaks_without_require_all_is_not_applicable():
    problem = problem_from_dict(document(n_slots=2))
    assert "require_all" in not_applicable(prepare(problem))
    with pytest.raises(ValueError, match="require_all"):
        _search(problem)


def test_minimise_breaks_unknown_method_is_refused():
    with pytest.raises(ValueError, match="unknown method 'greedy'"):
        _search(_problem(n_slots=2), method="greedy")


@pytest.mark.parametrize("method", METHODS)
def test_minimise_breaks_past_deadline_gives_a_valid_result_or_none(method):
    problem = _problem(n_slots=4, tables=2, participants=["a", "b", "c", "d"],
                       meetings=[("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("a", "d")])
    found = minimise_breaks(prepare(problem), time.monotonic() - 1.0, method=method)
    assert not found.infeasible
    if found.slot_of is not None:
        assert _valid_breaks(problem, found) == found.breaks >= found.lower_bound


def _two_triangles() -> Problem:
    """Two triangles of meetings in three slots: one participant of each has a break."""
    people = [f"{t}{k}" for t in "xy" for k in "abc"]
    pairs = [(f"{t}{a}", f"{t}{b}") for t in "xy" for a, b in ("ab", "ac", "bc")]
    return _problem(n_slots=3, tables=2, participants=people, meetings=pairs)


def _holders_found(holders: HolderProcess) -> tuple[dict[str, int], int]:
    arrived = threading.Event()
    with holders.listening(arrived.set):
        arrived.wait(timeout=60)
    assert holders.found is not None
    return holders.found


def test_holder_process_finds_the_optimum_proving_the_bound_itself():
    problem = _two_triangles()
    holders = HolderProcess(prepare(problem), until=time.monotonic() + 60)
    try:
        slot_of, breaks = _holders_found(holders)
        assert (breaks, holders.bound) == (2, 2)
        assert _valid_breaks(problem, BreakSearch(slot_of, breaks, 2)) == 2
    finally:
        holders.stop()
    assert not holders.searching()


def test_holder_process_shares_bounds_both_ways():
    holders = HolderProcess(prepare(_two_triangles()), until=time.monotonic() + 60)
    try:
        holders.raise_bound(1)
        assert holders.bound >= 1
        _holders_found(holders)
        holders.raise_bound(0)  # a lower bound never lowers it
        assert holders.bound == 2
    finally:
        holders.stop()


def test_holder_process_listener_added_after_the_schedule_is_called_at_once():
    holders = HolderProcess(prepare(_two_triangles()), until=time.monotonic() + 60)
    try:
        _holders_found(holders)
        called = []
        with holders.listening(lambda: called.append(True)):
            pass
        assert called == [True]
    finally:
        holders.stop()


def test_holder_process_stopped_early_finds_nothing():
    holders = HolderProcess(prepare(_two_triangles()), until=time.monotonic() - 1)
    holders.stop()
    assert holders.found is None
    assert not holders.searching()


def test_linear_search_takes_the_holder_process_schedule():
    problem = _two_triangles()
    prep = prepare(problem)
    holders = HolderProcess(prep, until=time.monotonic() + 60)
    try:
        _holders_found(holders)
        found = minimise_breaks(prep, time.monotonic() + 60, holders=holders)
    finally:
        holders.stop()
    assert (found.breaks, found.lower_bound, found.optimal) == (2, 2, True)
    assert _valid_breaks(problem, found) == 2


def test_hitting_set_is_a_smallest_set_meeting_every_core():
    cores = [frozenset("ab"), frozenset("bc")]
    assert _hitting_set(cores, [], most=3) == frozenset("b")


def test_hitting_set_prefers_participants_in_many_small_cores():
    cores = [frozenset("ab"), frozenset("bc"), frozenset("ad"), frozenset("a")]
    assert _hitting_set(cores, [], most=3) == frozenset("ab")


def test_hitting_set_avoids_skipped_sets():
    cores = [frozenset("ab"), frozenset("bc")]
    found = _hitting_set(cores, [frozenset("b")], most=3)
    assert found is not None
    assert len(found) == 2
    assert all(found & core for core in cores)


def test_hitting_set_larger_than_allowed_is_none():
    assert _hitting_set([frozenset("a"), frozenset("b")], [], most=1) is None


@st.composite
def events(draw):
    n_slots = draw(st.integers(2, 5))
    slot_ids = [f"s{i + 1}" for i in range(n_slots)]
    people = [{"id": f"p{i}", "unavailable": draw(st.lists(st.sampled_from(slot_ids), max_size=1))}
              for i in range(draw(st.integers(3, 5)))]
    ids = [p["id"] for p in people]
    meetings = [{"id": f"m{i}", "participants": draw(st.lists(
        st.sampled_from(ids), min_size=2, max_size=2, unique=True))}
        for i in range(draw(st.integers(2, 6)))]
    spread = draw(st.sampled_from([None, 0, 1]))
    return problem_from_dict(document(
        n_slots=n_slots, tables=draw(st.integers(1, 3)), participants=people, meetings=meetings,
        options={"require_all": True, "max_break_spread": spread}))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events())
def test_minimise_breaks_agrees_with_cp_sat(problem):
    found = _search(problem)
    result = solve(problem, time_limit=10, workers=1)
    assert found.infeasible == (result.status == "infeasible")
    if result.status == "optimal":
        assert found.optimal
        assert found.breaks == result.breaks
        assert _valid_breaks(problem, found) == found.breaks
