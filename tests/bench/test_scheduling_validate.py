"""The independent checker: every rule of the format, and the quality measures."""

import pytest

from bench.scheduling.validate import check_schedule
from tests.bench.scheduling_samples import doc, meeting, slots


def schedule(*assignments: tuple) -> dict:
    items = []
    for mid, slot, table, *interpreter in assignments:
        item = {"meeting": mid, "slot": slot, "table": table}
        if interpreter:
            item["interpreter"] = interpreter[0]
        items.append(item)
    return {"format": "incontra-b2b-schedule/1", "assignments": items}


def violations(problem: dict, *assignments: tuple) -> list[str]:
    return check_schedule(problem, schedule(*assignments)).violations


TWO = doc([meeting("m1", "a", "b"), meeting("m2", "a", "c")])


def test_check_valid_schedule_no_violation():
    assert violations(TWO, ("m1", "s1", "T1"), ("m2", "s2", "T1")) == []


def test_check_unknown_ids_and_double_assignment():
    assert violations(TWO, ("m9", "s1", "T1"), ("m1", "s9", "T1"), ("m2", "s1", "T9")) == [
        "unknown meeting 'm9'", "meeting m1: unknown slot 's9'", "meeting m2: unknown table 'T9'"]
    assert violations(TWO, ("m1", "s1", "T1"), ("m1", "s2", "T1")) == ["meeting m1 assigned twice"]


def test_check_participant_and_table_double_booked():
    assert violations(TWO, ("m1", "s1", "T1"), ("m2", "s1", "T1")) == [
        "table T1 holds 2 meetings in slot s1", "a has 2 meetings in slot s1"]


def test_check_unavailable_cap_and_home_table():
    people = [{"id": "a", "unavailable": ["s1"], "max_meetings": 1}, {"id": "b", "table": "T2"},
              {"id": "c"}]
    problem = doc([meeting("m1", "a", "b"), meeting("m2", "a", "c")], people)
    assert violations(problem, ("m1", "s1", "T1"), ("m2", "s2", "T1")) == [
        "a meets in unavailable slot s1 (m1)", "m1 is not at the home table T2 of b",
        "a has 2 meetings, more than max_meetings 1"]


def test_check_allowed_slots_and_precedence():
    problem = doc([meeting("m1", "a", "b", slots=["s3"]), meeting("m2", "a", "c", after=["m1"])])
    assert violations(problem, ("m1", "s2", "T1"), ("m2", "s1", "T1")) == [
        "m1 is outside its allowed slots (s2)", "m2 is not after m1"]


def test_check_interpreters():
    people = [{"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["ru"]},
              {"id": "c", "languages": ["ru"]}, {"id": "d", "languages": ["en"]}]
    interpreters = [{"id": "i1", "languages": ["it", "ru"], "unavailable": ["s2"]},
                    {"id": "i2", "languages": ["en", "de"]}]
    problem = doc([meeting("m1", "a", "b"), meeting("m2", "c", "d"), meeting("m3", "a", "d")],
                  people, interpreters=interpreters)
    assert violations(problem, ("m1", "s1", "T1", "i1"), ("m2", "s1", "T2", "i1")) == [
        "interpreter i1 cannot serve m2", "interpreter i1 serves 2 meetings in slot s1"]
    assert violations(problem, ("m1", "s2", "T1", "i1"), ("m3", "s1", "T1"),
                      ("m2", "s3", "T1", "i9")) == [
        "interpreter i1 is unavailable in s2", "m3 needs an interpreter and has none",
        "m2: unknown interpreter 'i9'"]


def test_check_fixed_kept():
    problem = doc([meeting("m1", "a", "b"), meeting("m2", "a", "c")],
                  fixed=[{"meeting": "m1", "slot": "s1", "table": "T2"}, {"meeting": "m2",
                                                                          "slot": "s3"}])
    assert violations(problem, ("m1", "s1", "T1"), ("m2", "s3", "T2")) == [
        "fixed meeting m1 moved: table 'T1'"]
    assert violations(problem, ("m1", "s1", "T2")) == ["fixed meeting m2 is not held"]


def test_check_breaks_and_idle_slots():
    problem = doc([meeting(f"m{n}", "a", f"p{n}") for n in range(4)])
    problem["slots"] = slots("s1", "s2", "s3", "s4", "s5", "s6")
    quality = check_schedule(problem, schedule(("m0", "s1", "T1"), ("m1", "s3", "T1"),
                                               ("m2", "s4", "T1"), ("m3", "s6", "T1")))
    assert (quality.weight, quality.held, quality.breaks, quality.idle_slots) == (4, 4, 2, 2)
    assert quality.break_spread == 2


def test_check_no_break_across_days_nor_unlisted_lunch():
    problem = doc([meeting("m1", "a", "b"), meeting("m2", "a", "c"), meeting("m3", "a", "d")])
    problem["slots"] = (slots("s1", "s2", first_hour=12) + slots("s3", first_hour=15)
                        + slots("s4", day="2026-09-12"))
    quality = check_schedule(problem, schedule(("m1", "s2", "T1"), ("m2", "s3", "T1"),
                                               ("m3", "s4", "T1")))
    assert (quality.breaks, quality.idle_slots) == (0, 0)


@pytest.mark.parametrize(("options", "expected"), [
    ({"require_all": True}, ["require_all: 1 meetings not held"]),
    ({"max_break_spread": 0}, ["max_break_spread 0: breaks differ by 1"]),
    ({}, []),
])
def test_check_options(options, expected):
    problem = doc([meeting("m1", "a", "b"), meeting("m2", "a", "c"), meeting("m3", "a", "d")],
                  options=options)
    quality = check_schedule(problem, schedule(("m1", "s1", "T1"), ("m2", "s3", "T1")))
    assert quality.option_violations == expected
    assert quality.valid
