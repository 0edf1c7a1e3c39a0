from incontra.scheduling.bound import lp_weight_bound, lp_weight_solution, slot_blocks
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


def _half_day_event():
    # c leaves after s2: slots s1-s2 and s3-s4 are the only two blocks.
    return problem(n_slots=4, tables=1, participants=["a", "b", {"id": "c", "unavailable":
                                                                  ["s3", "s4"]}],
                   meetings=[("a", "b"), ("a", "c"), ("b", "c")])


def test_slot_blocks_group_slots_no_meeting_tells_apart():
    assert slot_blocks(prepare(_half_day_event())) == [(0, 1), (2, 3)]


def test_slot_blocks_split_by_interpreter_availability():
    p = problem(n_slots=3, participants=[{"id": "a", "languages": ["it"]},
                                         {"id": "b", "languages": ["ru"]}],
                interpreters=[{"id": "i1", "languages": ["it", "ru"], "unavailable": ["s3"]}])
    # s3 has no interpreter, so m1 cannot use it and nothing else can: a block of its own
    assert slot_blocks(prepare(p)) == [(0, 1), (2,)]


def test_lp_weight_solution_block_capacity_is_its_slots():
    # One table: two meetings fit in s1-s2 where c is present; m1 alone could also use s3-s4,
    # so all three are held.
    solution = lp_weight_solution(prepare(_half_day_event()), seconds=5)
    assert (solution.value, solution.held) == (3, {("m1", 1): 1, ("m2", 0): 1, ("m3", 0): 1})


def test_lp_weight_bound_counts_interpreter_slots_over_a_block():
    # Three it-ru meetings, one interpreter, two slots: at most two are held.
    p = problem(
        n_slots=2, tables=3,
        participants=[{"id": p, "languages": [lang]}
                      for p, lang in zip("abcdef", ["it", "ru"] * 3, strict=True)],
        meetings=[("a", "b"), ("c", "d"), ("e", "f")],
        interpreters=[{"id": "i1", "languages": ["it", "ru"]}],
    )
    assert lp_weight_bound(prepare(p), seconds=5) == 2
