from incontra.scheduling.bound import lp_weight_solution
from incontra.scheduling.greedy import greedy_slots
from incontra.scheduling.prepare import prepare
from incontra.scheduling.rounding import lp_guided_slots, rounded
from tests.scheduling.builders import problem


def _greedy_trap():
    # The heaviest meeting first (m1) blocks both others: weight 2 where 3 is possible.
    return prepare(problem(
        n_slots=1, tables=2,
        participants=[{"id": "a", "max_meetings": 1}, "b", "c", "d"],
        meetings=[{"id": "m1", "participants": ["a", "b"], "weight": 2},
                  {"id": "m2", "participants": ["a", "c"], "weight": 1},
                  {"id": "m3", "participants": ["b", "d"], "weight": 2}],
    ))


def test_greedy_slots_heaviest_first_misses_the_optimum():
    assert greedy_slots(_greedy_trap()) == {"m1": 0}


def test_lp_guided_slots_follow_the_lp_to_the_optimum():
    prep = _greedy_trap()
    lp = lp_weight_solution(prep, seconds=5)
    assert (lp.value, rounded(prep, lp)) == (3, {"m2": 0, "m3": 0})
    assert lp_guided_slots(prep, lp) == {"m2": 0, "m3": 0}


def test_rounded_keeps_caps_when_the_lp_splits_a_meeting():
    # A triangle in one slot: the LP holds each meeting half; rounding keeps all three at 0.5,
    # and each participant's cap of 1 lets only one of them through.
    prep = prepare(problem(
        n_slots=1, tables=3,
        participants=[{"id": p, "max_meetings": 1} for p in "abc"],
        meetings=[("a", "b"), ("b", "c"), ("a", "c")],
    ))
    lp = lp_weight_solution(prep, seconds=5)
    assert lp.value == 1.5
    assert len(rounded(prep, lp)) == 1


def test_greedy_slots_extend_a_start_and_try_preferred_slots_first():
    prep = prepare(problem(n_slots=3, participants=["a", "b", "c"],
                           meetings=[("a", "b"), ("b", "c")]))
    assert greedy_slots(prep, start={"m1": 1}) == {"m1": 1, "m2": 0}
    assert greedy_slots(prep, start={"m1": 1}, prefer={"m2": frozenset({2})}) == {
        "m1": 1, "m2": 2}
