from incontra.scheduling.check import busy_slots, quality, violations
from incontra.scheduling.io import problem_from_dict
from incontra.scheduling.problem import Assignment, Schedule
from tests.scheduling.builders import document, problem, slots


def _schedule(*rows) -> Schedule:
    return Schedule(tuple(Assignment(*row) for row in rows))


def test_violations_valid_schedule_is_empty():
    p = problem(participants=["a", "b", "c"], meetings=[("a", "b"), ("a", "c")])
    assert violations(p, _schedule(("m1", "s1", "T1"), ("m2", "s2", "T1"))) == []


def test_violations_unknown_ids():
    p = problem()
    found = violations(p, _schedule(("m9", "s1", "T1"), ("m1", "s9", "T7", "i4")))
    assert found == [
        "assignment of unknown meeting 'm9'",
        "meeting 'm1' is in unknown slot 's9'",
        "meeting 'm1' is at unknown table 'T7'",
        "meeting 'm1' has unknown interpreter 'i4'",
    ]


def test_violations_meeting_assigned_twice():
    p = problem()
    assert violations(p, _schedule(("m1", "s1", "T1"), ("m1", "s2", "T1"))) == [
        "meeting m1 is assigned 2 times"]


def test_violations_table_and_participant_double_booked():
    p = problem(participants=["a", "b", "c"], meetings=[("a", "b"), ("a", "c")])
    found = violations(p, _schedule(("m1", "s1", "T1"), ("m2", "s1", "T1")))
    assert found == ["table T1 holds 2 meetings in slot s1", "a is in 2 meetings in slot s1"]


def test_violations_unavailable_and_max_meetings():
    p = problem(participants=[{"id": "a", "unavailable": ["s1"], "max_meetings": 1}, "b", "c"],
                meetings=[("a", "b"), ("a", "c")])
    found = violations(p, _schedule(("m1", "s1", "T1"), ("m2", "s2", "T1")))
    assert found == ["a is unavailable in slot s1 but meets in m1",
                     "a has 2 meetings, more than max_meetings 1"]


def test_violations_meeting_slots_and_precedence():
    p = problem(participants=["a", "b", "c"], meetings=[
        {"id": "m1", "participants": ["a", "b"], "slots": ["s3"]},
        {"id": "m2", "participants": ["a", "c"], "after": ["m1"]},
    ])
    found = violations(p, _schedule(("m1", "s2", "T1"), ("m2", "s1", "T1")))
    assert found == ["meeting m1 is in slot s2, outside its allowed slots",
                     "meeting m2 must come after m1"]


def test_violations_home_table():
    p = problem(participants=[{"id": "a", "table": "T2"}, "b"])
    assert violations(p, _schedule(("m1", "s1", "T1"))) == [
        "meeting m1 is at T1, not at a's table T2"]


def test_violations_interpreters():
    p = problem(
        participants=[{"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["ru"]},
                      {"id": "c", "languages": ["ru"]}, {"id": "d", "languages": ["it"]}],
        meetings=[("a", "b"), ("d", "c")],
        interpreters=[{"id": "i1", "languages": ["it", "ru"], "unavailable": ["s2"]},
                      {"id": "i2", "languages": ["it", "en"]}],
    )
    assert violations(p, _schedule(("m1", "s1", "T1"))) == [
        "meeting m1 needs an interpreter (it/ru) and has none"]
    found = violations(p, _schedule(("m1", "s2", "T1", "i1"), ("m2", "s1", "T1", "i2")))
    assert found == ["interpreter i1 is unavailable in slot s2",
                     "interpreter i2 cannot serve meeting m2 (it/ru)"]
    found = violations(p, _schedule(("m1", "s1", "T1", "i1"), ("m2", "s1", "T2", "i1")))
    assert found == ["interpreter i1 serves 2 meetings in slot s1"]


def test_violations_fixed_moved_or_missing():
    p = problem(participants=["a", "b", "c"], meetings=[("a", "b"), ("a", "c")],
                fixed=[{"meeting": "m1", "slot": "s2", "table": "T2"},
                       {"meeting": "m2", "slot": "s3"}])
    assert violations(p, _schedule(("m1", "s2", "T1"))) == [
        "fixed meeting m1 was moved", "fixed meeting m2 is missing"]


def test_violations_require_all_and_break_spread():
    p = problem(participants=["a", "b", "c", "d"], meetings=[("a", "b"), ("a", "c"), ("c", "d")],
                options={"require_all": True, "max_break_spread": 0})
    found = violations(p, _schedule(("m1", "s1", "T1"), ("m2", "s3", "T1")))
    assert found == ["require_all: 1 meetings are not held (m3)",
                     "max_break_spread 0: a has 1 breaks, b has 0"]


def test_quality_breaks_idle_weight_and_load():
    p = problem(
        n_slots=5,
        participants=[{"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["ru"]}, "c", "d"],
        meetings=[{"id": "m1", "participants": ["a", "b"], "weight": 3}, ("a", "c"), ("a", "d")],
        interpreters=[{"id": "i1", "languages": ["it", "ru"]}],
    )
    q = quality(p, _schedule(("m1", "s1", "T1", "i1"), ("m2", "s3", "T1"), ("m3", "s5", "T1")))
    assert (q.weight, q.held, q.breaks, q.idle_slots) == (5, 3, 2, 2)
    assert q.breaks_by_participant == {"a": 2, "b": 0, "c": 0, "d": 0}
    assert q.meetings_by_participant == {"a": 3, "b": 1, "c": 1, "d": 1}
    assert q.interpreter_load == {"i1": 1}


def test_quality_lunch_pause_does_not_break_but_a_new_day_does_not_either():
    data = document(participants=["a", "b", "c", "d"],
                    meetings=[("a", "b"), ("a", "c"), ("a", "d")])
    morning, afternoon = slots(1, first_hour=12), slots(1, first_hour=14)
    afternoon[0]["id"] = "s2"
    next_day = slots(1, day="2026-09-12")
    data["slots"] = [*morning, *afternoon, *next_day]
    p = problem_from_dict(data)
    assert p.adjacent(0, 1) is True  # same day, consecutive in the list
    assert p.adjacent(1, 2) is False  # another day
    q = quality(p, _schedule(("m1", "s1", "T1"), ("m2", "s2", "T1"), ("m3", "12-s1", "T1")))
    assert (q.breaks, q.idle_slots) == (0, 0)


def test_busy_slots_sorted_by_slot_order():
    p = problem(participants=["a", "b", "c"], meetings=[("a", "b"), ("a", "c")])
    busy = busy_slots(p, [Assignment("m2", "s3", "T1"), Assignment("m1", "s1", "T1")])
    assert busy["a"] == [0, 2]
