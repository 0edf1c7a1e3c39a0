"""The independent SAT cross-check of "no schedule holds every meeting", and split runs."""

import argparse
from pathlib import Path

import pytest

from bench.scheduling.run_jair import chunk, part_of
from bench.scheduling.sat_check import UnsupportedError, encode, solve
from bench.scheduling.validate import check_schedule
from tests.bench.scheduling_samples import doc, meeting

ALL = {"require_all": True}


def test_sat_check_feasible_gives_a_valid_schedule():
    problem = doc([meeting("m1", "a", "b"), meeting("m2", "a", "c"), meeting("m3", "b", "c")],
                  options=ALL)
    verdict = solve(problem)
    assert verdict.answer == "sat"
    quality = check_schedule(problem, verdict.schedule)
    assert (quality.valid, quality.held, quality.option_violations) == (True, 3, [])


def test_sat_check_more_meetings_than_table_slots_unsat():
    problem = doc([meeting(f"m{i}", f"p{i}", f"q{i}") for i in range(9)], options=ALL)
    assert solve(problem).answer == "unsat"  # 4 slots x 2 tables = 8 places


def test_sat_check_fixed_outside_session_unsat():
    problem = doc([meeting("m1", "a", "b", slots=["s1", "s2"])],
                  fixed=[{"meeting": "m1", "slot": "s3"}], options=ALL)
    assert solve(problem).answer == "unsat"


def test_sat_check_precedence_respected():
    problem = doc([meeting("m1", "a", "b", slots=["s2"]), meeting("m2", "a", "c", after=["m1"],
                                                                     slots=["s1", "s2"])],
                  options=ALL)
    assert solve(problem).answer == "unsat"  # m2 must come after m1 (s2): no slot left


def test_sat_check_fairness_rule_alone_makes_it_unsat():
    # a must meet in s1 and s4 (one break); b, c, d, e meet once (no break): spread 1.
    meetings = [meeting("m1", "a", "b", slots=["s1"]), meeting("m2", "a", "c", slots=["s4"]),
                meeting("m3", "d", "e")]
    strict = doc(meetings, options={**ALL, "max_break_spread": 0})
    loose = doc(meetings, options={**ALL, "max_break_spread": 1})
    assert solve(strict, spread=False).answer == "sat"
    assert solve(strict).answer == "unsat"
    assert solve(loose).answer == "sat"


def test_sat_check_one_idle_slot_is_a_break():
    # a meets in s1 and s3 only: one break, b and c none; the count must not read 0.
    meetings = [meeting("m1", "a", "b", slots=["s1"]), meeting("m2", "a", "c", slots=["s3"])]
    assert solve(doc(meetings, options={**ALL, "max_break_spread": 0})).answer == "unsat"
    assert solve(doc(meetings, options={**ALL, "max_break_spread": 1})).answer == "sat"


def test_sat_check_refuses_interpreters():
    problem = doc([meeting("m1", "a", "b")], interpreters=[{"id": "i1", "languages": ["it"]}])
    with pytest.raises(UnsupportedError):
        encode(problem)


def test_chunk_covers_every_path_once():
    paths = [Path(f"p{i}") for i in range(10)]
    parts = [chunk(paths, k, 3) for k in (1, 2, 3)]
    assert [len(p) for p in parts] == [3, 3, 4]
    assert [path for part in parts for path in part] == paths


def test_part_of_rejects_bad_parts():
    assert part_of("2/5") == (2, 5)
    with pytest.raises(argparse.ArgumentTypeError):
        part_of("6/5")
