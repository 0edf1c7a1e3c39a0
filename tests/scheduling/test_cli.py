import json

from incontra.scheduling.cli import main
from tests.scheduling.builders import document


def _write(tmp_path, name, data) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_cli_schedule_writes_a_valid_schedule(tmp_path, capsys):
    problem = _write(tmp_path, "p.json", document(
        participants=[{"id": "a", "unavailable": ["s2"]}, "b", "c"],
        meetings=[("a", "b"), ("a", "c")], options={"require_all": True}))
    out = tmp_path / "s.json"
    assert main([problem, "-o", str(out), "--time-limit", "10", "--workers", "1"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "incontra-b2b-schedule/1"
    assert (data["bound"], data["breaks_bound"], data["unscheduled"]) == (2, 1, [])
    err = capsys.readouterr().err
    assert "optimal: weight 2 (bound 2, gap 0.00%), breaks 1 (bound 1), idle slots 1" in err
    assert main(["--check", problem, str(out)]) == 0
    printed = capsys.readouterr().out
    assert "meetings held: 2 of 2" in printed
    assert "breaks: 1 (bound 1)" in printed


def test_cli_check_invalid_schedule_exit_1(tmp_path, capsys):
    problem = _write(tmp_path, "p.json", document())
    schedule = _write(tmp_path, "s.json", {
        "format": "incontra-b2b-schedule/1",
        "assignments": [{"meeting": "m1", "slot": "s1", "table": "T9"}]})
    assert main(["--check", problem, schedule]) == 1
    assert "invalid: meeting 'm1' is at unknown table 'T9'" in capsys.readouterr().out


def test_cli_check_schedule_wrong_format_exit_2(tmp_path, capsys):
    problem = _write(tmp_path, "p.json", document())
    schedule = _write(tmp_path, "s.json", {"format": "incontra-b2b/1", "assignments": []})
    assert main(["--check", problem, schedule]) == 2
    assert "format must be 'incontra-b2b-schedule/1'" in capsys.readouterr().err


def test_cli_infeasible_exit_1_with_reason(tmp_path, capsys):
    problem = _write(tmp_path, "p.json", document(
        n_slots=2, participants=["a", "b", "c", "d"],
        meetings=[("a", "b"), ("a", "c"), ("a", "d")], options={"require_all": True}))
    assert main([problem, "-o", str(tmp_path / "s.json"), "-q", "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "no schedule (proven infeasible): the 3 meetings of a cannot all be placed" in err
    assert not (tmp_path / "s.json").exists()


def test_cli_dispatch_from_incontra_command(tmp_path, capsys):
    from incontra.cli import main as incontra_main

    problem = _write(tmp_path, "p.json", document())
    assert incontra_main(["schedule", problem, "-o", str(tmp_path / "s.json"), "-q"]) == 0
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["unscheduled"] == []
