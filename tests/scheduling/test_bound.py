from incontra.scheduling.bound import lp_weight_bound
from incontra.scheduling.prepare import prepare
from tests.scheduling.builders import problem


def test_lp_weight_bound_tables_limit_weight():
    p = problem(n_slots=2, tables=1, participants=list("abcdef"), meetings=[
        {"id": "m1", "participants": ["a", "b"], "weight": 3},
        {"id": "m2", "participants": ["c", "d"], "weight": 2},
        {"id": "m3", "participants": ["e", "f"], "weight": 1},
    ])
    assert lp_weight_bound(prepare(p), seconds=5) == 5


def test_lp_weight_bound_interpreters_and_caps_limit_weight():
    p = problem(
        n_slots=1, tables=5,
        participants=[{"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["ru"]},
                      {"id": "c", "languages": ["it"]}, {"id": "d", "languages": ["ru"]},
                      {"id": "e", "max_meetings": 0}, "f"],
        meetings=[("a", "b"), ("c", "d"), ("e", "f")],
        interpreters=[{"id": "i1", "languages": ["it", "ru"]}],
    )
    assert lp_weight_bound(prepare(p), seconds=5) == 1
