"""The greedy baseline: first fit in weight and request order, always a valid schedule."""

import json

import pytest

from bench.scheduling.generate import generate
from bench.scheduling.greedy import greedy_schedule, main
from bench.scheduling.validate import check_schedule
from tests.bench.scheduling_samples import doc, meeting


def placed(schedule: dict) -> dict[str, tuple]:
    return {a["meeting"]: (a["slot"], a["table"], a.get("interpreter"))
            for a in schedule["assignments"]}


def test_greedy_shared_participant_consecutive_slots():
    schedule = greedy_schedule(doc([meeting("m1", "a", "b"), meeting("m2", "a", "c")]))
    assert placed(schedule) == {"m1": ("s1", "T1", None), "m2": ("s2", "T1", None)}
    assert schedule["unscheduled"] == []


def test_greedy_heavier_meeting_booked_first():
    people = [{"id": "a", "max_meetings": 1}, {"id": "b"}, {"id": "c"}]
    schedule = greedy_schedule(doc([meeting("m1", "a", "b"), meeting("m2", "a", "c", weight=3)],
                                   people))
    assert placed(schedule) == {"m2": ("s1", "T1", None)}
    assert schedule["unscheduled"] == ["m1"]


def test_greedy_skips_unavailable_and_disallowed_slots():
    people = [{"id": "a", "unavailable": ["s1"]}, {"id": "b"}]
    schedule = greedy_schedule(doc([meeting("m1", "a", "b", slots=["s1", "s3", "s4"])], people))
    assert placed(schedule) == {"m1": ("s3", "T1", None)}


def test_greedy_home_table_used_and_general_tables_preferred():
    people = [{"id": "host", "table": "T1"}, {"id": "a"}, {"id": "b"}, {"id": "c"}]
    schedule = greedy_schedule(doc([meeting("m1", "a", "b"), meeting("m2", "host", "c")], people))
    assert placed(schedule) == {"m1": ("s1", "T2", None), "m2": ("s1", "T1", None)}


def test_greedy_two_hosts_different_tables_unscheduled():
    people = [{"id": "h1", "table": "T1"}, {"id": "h2", "table": "T2"}]
    schedule = greedy_schedule(doc([meeting("m1", "h1", "h2")], people))
    assert schedule == {"format": "incontra-b2b-schedule/1", "assignments": [],
                        "unscheduled": ["m1"]}


def test_greedy_interpreter_first_available_who_can_serve():
    people = [{"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["ru"]},
              {"id": "c", "languages": ["it", "ru"]}]
    interpreters = [{"id": "i-de", "languages": ["it", "de"]},
                    {"id": "i1", "languages": ["it", "ru"], "unavailable": ["s1"]},
                    {"id": "i2", "languages": ["ru", "it"]}]
    schedule = greedy_schedule(doc([meeting("m1", "a", "b"), meeting("m2", "a", "c")], people,
                                   interpreters=interpreters))
    assert placed(schedule) == {"m1": ("s1", "T1", "i2"), "m2": ("s2", "T1", None)}


def test_greedy_no_interpreter_unscheduled():
    people = [{"id": "a", "languages": ["it"]}, {"id": "b", "languages": ["ru"]}]
    schedule = greedy_schedule(doc([meeting("m1", "a", "b")], people))
    assert schedule["unscheduled"] == ["m1"]


def test_greedy_precedence_blocks_earlier_meeting_booked_late():
    # m2 must come after m1 but weighs more, so it is booked first in s1 and m1 finds no earlier
    # slot: the myopia the optimiser is compared against.
    schedule = greedy_schedule(doc([meeting("m1", "a", "b"),
                                    meeting("m2", "a", "c", weight=2, after=["m1"])]))
    assert placed(schedule) == {"m2": ("s1", "T1", None)}
    assert schedule["unscheduled"] == ["m1"]


def test_greedy_precedence_respected_in_request_order():
    schedule = greedy_schedule(doc([meeting("m1", "a", "b"),
                                    meeting("m2", "c", "d", after=["m1"])]))
    assert placed(schedule) == {"m1": ("s1", "T1", None), "m2": ("s2", "T1", None)}


def test_greedy_keeps_fixed_assignments():
    fixed = [{"meeting": "m2", "slot": "s1", "table": "T2"}, {"meeting": "m3", "slot": "s2"}]
    schedule = greedy_schedule(doc([meeting("m1", "a", "b", weight=3), meeting("m2", "a", "c"),
                                    meeting("m3", "b", "c")], fixed=fixed))
    assert placed(schedule) == {"m2": ("s1", "T2", None), "m3": ("s2", "T1", None),
                                "m1": ("s3", "T1", None)}


def test_greedy_fixed_slot_only_leaves_named_table_free():
    fixed = [{"meeting": "m1", "slot": "s1"}, {"meeting": "m2", "slot": "s1", "table": "T1"}]
    schedule = greedy_schedule(doc([meeting("m1", "a", "b"), meeting("m2", "c", "d")],
                                   fixed=fixed))
    assert placed(schedule) == {"m2": ("s1", "T1", None), "m1": ("s1", "T2", None)}


@pytest.mark.parametrize("kind", ["mission", "brokerage", "rescheduling"])
def test_greedy_valid_on_generated(kind):
    problem = generate(kind, 3)
    quality = check_schedule(problem, greedy_schedule(problem))
    assert quality.violations == []
    assert quality.held > len(problem["meetings"]) // 2


def test_greedy_valid_by_solver_check():
    check = pytest.importorskip("incontra.scheduling.check")
    io = pytest.importorskip("incontra.scheduling.io")
    problem = generate("mission", 3)
    schedule = greedy_schedule(problem)
    parsed_problem, parsed_schedule = io.problem_from_dict(problem), io.schedule_from_dict(schedule)
    ours = check_schedule(problem, schedule)
    assert check.violations(parsed_problem, parsed_schedule) == []
    theirs = check.quality(parsed_problem, parsed_schedule)
    assert (theirs.weight, theirs.held, theirs.breaks, theirs.idle_slots) == (
        ours.weight, ours.held, ours.breaks, ours.idle_slots)


def test_greedy_cli_writes_schedule(tmp_path):
    problem = doc([meeting("m1", "a", "b")])
    (tmp_path / "p.json").write_text(json.dumps(problem))
    assert main([str(tmp_path / "p.json"), "-o", str(tmp_path / "s.json")]) == 0
    assert json.loads((tmp_path / "s.json").read_text()) == greedy_schedule(problem)


def test_greedy_cli_malformed_json_exit_2(tmp_path, capsys):
    (tmp_path / "p.json").write_text("{not json")
    assert main([str(tmp_path / "p.json"), "-o", str(tmp_path / "s.json")]) == 2
    assert capsys.readouterr().err.startswith(f"error: {tmp_path / 'p.json'}: cannot schedule")
