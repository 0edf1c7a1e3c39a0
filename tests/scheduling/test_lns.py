from incontra.scheduling.budget import Budget
from incontra.scheduling.lns import heavier
from incontra.scheduling.prepare import prepare
from tests.scheduling.builders import problem


def _greedy_trap(**extra):
    return prepare(problem(
        n_slots=1, tables=2,
        participants=[{"id": "a", "max_meetings": 1}, "b", "c", "d"],
        meetings=[{"id": "m1", "participants": ["a", "b"], "weight": 2},
                  {"id": "m2", "participants": ["a", "c"], "weight": 1},
                  {"id": "m3", "participants": ["b", "d"], "weight": 2}], **extra))


def test_heavier_resolves_a_window_for_more_weight():
    assert heavier(_greedy_trap(), {"m1": 0}, Budget(10)) == {"m2": 0, "m3": 0}


def test_heavier_keeps_fixed_meetings():
    prep = _greedy_trap(fixed=[{"meeting": "m1", "slot": "s1"}])
    assert heavier(prep, {"m1": 0}, Budget(10)) == {"m1": 0}


def test_heavier_counts_caps_outside_the_window():
    # Windows of 6 slots overlapping by 3 over 9 slots: a's one meeting is held in s9, outside
    # the first window, so m1 cannot come into it.
    prep = prepare(problem(
        n_slots=9, tables=1, participants=[{"id": "a", "max_meetings": 1}, "b", "c"],
        meetings=[{"id": "m1", "participants": ["a", "b"], "weight": 1},
                  {"id": "m2", "participants": ["a", "c"], "weight": 1, "slots": ["s9"]}]))
    assert heavier(prep, {"m2": 8}, Budget(10)) == {"m2": 8}
