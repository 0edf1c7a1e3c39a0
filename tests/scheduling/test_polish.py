from incontra.scheduling.budget import Budget
from incontra.scheduling.polish import fewer_breaks
from incontra.scheduling.prepare import prepare
from tests.scheduling.builders import problem


def test_fewer_breaks_closes_a_gap():
    prep = prepare(problem(participants=["a", "b", "c"], meetings=[("a", "b"), ("a", "c")]))
    # a meets in s1 and s3: one break; moving m1 to s2 removes it
    assert fewer_breaks(prep, {"m1": 0, "m2": 2}, Budget(5)) == {"m1": 1, "m2": 2}


def test_fewer_breaks_never_moves_a_fixed_meeting():
    prep = prepare(problem(participants=["a", "b", "c"], meetings=[("a", "b"), ("a", "c")],
                           fixed=[{"meeting": "m1", "slot": "s1"}]))
    assert fewer_breaks(prep, {"m1": 0, "m2": 2}, Budget(5)) == {"m1": 0, "m2": 1}


def test_fewer_breaks_respects_a_busy_participant():
    # m2 could close a's gap only in s2, where c is unavailable: no move helps
    prep = prepare(problem(participants=["a", "b", {"id": "c", "unavailable": ["s2"]}],
                           meetings=[{"id": "m1", "participants": ["a", "b"], "slots": ["s1"]},
                                     ("a", "c")]))
    assert fewer_breaks(prep, {"m1": 0, "m2": 2}, Budget(5)) == {"m1": 0, "m2": 2}


def test_fewer_breaks_with_no_work_left_moves_nothing():
    prep = prepare(problem(participants=["a", "b", "c"], meetings=[("a", "b"), ("a", "c")]))
    spent = Budget(0, deterministic=True)
    assert fewer_breaks(prep, {"m1": 0, "m2": 2}, spent) == {"m1": 0, "m2": 2}
