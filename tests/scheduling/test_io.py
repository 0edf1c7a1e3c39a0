import json

import pytest

from incontra.scheduling.cli import main
from incontra.scheduling.io import (
    ProblemError,
    problem_from_dict,
    schedule_from_dict,
    schedule_to_dict,
)
from incontra.scheduling.problem import Assignment, Schedule
from tests.scheduling.builders import document


def _error(data) -> str:
    with pytest.raises(ProblemError) as caught:
        problem_from_dict(data)
    return str(caught.value)


def test_problem_from_dict_reads_every_field():
    data = document(
        participants=[{"id": "a", "languages": ["it"], "unavailable": ["s1"], "max_meetings": 2,
                       "table": "T1"}, {"id": "b"}],
        meetings=[{"id": "m1", "participants": ["a", "b"], "weight": 3, "slots": ["s2"],
                   "after": []}],
        interpreters=[{"id": "i1", "languages": ["it", "ru"]}],
        fixed=[{"meeting": "m1", "slot": "s2", "table": "T1"}],
        options={"require_all": True, "max_break_spread": 2},
    )
    problem = problem_from_dict(data)
    a = problem.participant_by_id["a"]
    assert (a.languages, a.unavailable, a.max_meetings, a.table) == (
        frozenset({"it"}), frozenset({"s1"}), 2, "T1")
    assert problem.participant_by_id["b"].languages is None
    assert problem.meetings[0].weight == 3
    assert problem.meetings[0].slots == frozenset({"s2"})
    assert problem.fixed[0].table == "T1"
    assert (problem.options.require_all, problem.options.max_break_spread) == (True, 2)


def test_problem_from_dict_unknown_participant():
    message = _error(document(meetings=[("a", "zz")]))
    assert message == "meeting 'm1': unknown participant id 'zz'"


def test_problem_from_dict_meeting_with_one_participant():
    message = _error(document(meetings=[{"id": "m1", "participants": ["a"]}]))
    assert message == "meeting 'm1': a meeting needs at least two different participants"


def test_problem_from_dict_meeting_with_same_participant_twice():
    message = _error(document(meetings=[{"id": "m1", "participants": ["a", "a"]}]))
    assert "at least two different participants" in message


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("participants", [{"id": "a"}, {"id": "a"}], "duplicate participant id 'a'"),
    ("meetings", [{"id": "m", "participants": ["a", "b"]}] * 2, "duplicate meeting id 'm'"),
    ("tables", ["T1", "T1"], "duplicate table id 'T1'"),
])
def test_problem_from_dict_duplicate_ids(field, value, expected):
    data = document()
    data[field] = value
    assert _error(data) == expected


def test_problem_from_dict_duplicate_slot_ids():
    data = document()
    data["slots"][1]["id"] = "s1"
    assert _error(data) == "duplicate slot id 's1'"


@pytest.mark.parametrize("weight", [0, -1])
def test_problem_from_dict_weight_not_positive(weight):
    data = document(meetings=[{"id": "m1", "participants": ["a", "b"], "weight": weight}])
    assert _error(data) == f"meeting 'm1': weight must be > 0, found {weight}"


def test_problem_from_dict_wrong_format():
    data = document()
    data["format"] = "other/2"
    assert _error(data) == "problem: format must be 'incontra-b2b/1', found 'other/2'"


def test_problem_from_dict_unknown_slot_in_unavailable():
    data = document(participants=[{"id": "a", "unavailable": ["s9"]}, "b"])
    assert _error(data) == "participant 'a': unavailable: unknown slot id 's9'"


def test_problem_from_dict_unknown_meeting_in_fixed_and_after():
    assert _error(document(fixed=[{"meeting": "m9", "slot": "s1"}])) == (
        "fixed[0]: unknown meeting id 'm9'")
    data = document(meetings=[{"id": "m1", "participants": ["a", "b"], "after": ["m7"]}])
    assert _error(data) == "meeting 'm1': after: unknown meeting id 'm7'"


def test_problem_from_dict_unknown_home_table():
    data = document(participants=[{"id": "a", "table": "T9"}, "b"])
    assert _error(data) == "participant 'a': unknown table id 'T9'"


def test_schedule_round_trip():
    schedule = Schedule((Assignment("m1", "s1", "T1", "i1"), Assignment("m2", "s2", "T2")),
                        ("m3",), bound=4.0, breaks_bound=1)
    data = json.loads(json.dumps(schedule_to_dict(schedule)))
    assert data["assignments"][1] == {"meeting": "m2", "slot": "s2", "table": "T2"}
    assert schedule_from_dict(data) == schedule


def _run(tmp_path, capsys, text: str) -> tuple[int, str]:
    path = tmp_path / "problem.json"
    path.write_text(text, encoding="utf-8")
    code = main([str(path), "-o", str(tmp_path / "out.json")])
    return code, capsys.readouterr().err


def test_cli_malformed_json_exit_2(tmp_path, capsys):
    code, err = _run(tmp_path, capsys, '{"format": "incontra-b2b/1", ')
    assert code == 2
    assert "malformed JSON at line 1" in err
    assert "Traceback" not in err


def test_cli_wrong_format_exit_2(tmp_path, capsys):
    data = document()
    data["format"] = "incontra-b2b/9"
    code, err = _run(tmp_path, capsys, json.dumps(data))
    assert code == 2
    assert "format must be 'incontra-b2b/1', found 'incontra-b2b/9'" in err


@pytest.mark.parametrize(("meetings", "expected"), [
    ([("a", "x")], "unknown participant id 'x'"),
    ([{"id": "m1", "participants": ["a"]}], "needs at least two different participants"),
    ([("a", "b"), ("a", "b")], None),
])
def test_cli_bad_meetings_exit_2(tmp_path, capsys, meetings, expected):
    data = document(meetings=meetings)
    if expected is None:  # two meetings given the same id on purpose
        data["meetings"][1]["id"] = "m1"
        expected = "duplicate meeting id 'm1'"
    code, err = _run(tmp_path, capsys, json.dumps(data))
    assert code == 2
    assert expected in err


def test_cli_missing_file_exit_2(tmp_path, capsys):
    code = main([str(tmp_path / "nope.json"), "-o", str(tmp_path / "out.json")])
    assert code == 2
    assert "cannot read the file" in capsys.readouterr().err


def test_cli_usage_error_exit_2(capsys):
    assert main(["--check", "only-one.json"]) == 2
    assert "--check needs PROBLEM.json and SCHEDULE.json" in capsys.readouterr().err
    assert main(["problem.json"]) == 2
    assert "-o SCHEDULE.json is required" in capsys.readouterr().err
    assert main(["--no-such-flag"]) == 2
