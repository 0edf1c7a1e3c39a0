"""The benchmark plumbing: docs blocks, measured child processes, judging a solver's schedule."""

import sys

import pytest

from bench.scheduling.docs import replace_block, table, write_block
from bench.scheduling.measure import run_measured
from bench.scheduling.run_jair import obvious_conflict, variant_of
from bench.scheduling.runner import SolverRun, _judge
from tests.bench.scheduling_samples import doc, meeting

PAGE = """# Benchmarks

<!-- scheduling:start -->
(not yet run)
<!-- scheduling:end -->

<!-- matching:start -->
matching figures
<!-- matching:end -->
"""


def test_write_block_creates_sub_blocks_and_keeps_others(tmp_path):
    page = tmp_path / "benchmarks.md"
    page.write_text(PAGE)
    write_block("scheduling-jair", "| jair |", page)
    write_block("scheduling-generated", "| generated |", page)
    write_block("scheduling-jair", "| jair, again |", page)
    text = page.read_text()
    assert "<!-- scheduling-jair:start -->\n| jair, again |\n<!-- scheduling-jair:end -->" in text
    assert ("<!-- scheduling-generated:start -->\n| generated |\n"
            "<!-- scheduling-generated:end -->") in text
    assert "(not yet run: `python -m bench.scheduling.run_jair --crafted`)" in text
    assert text.endswith("<!-- scheduling:end -->\n\n<!-- matching:start -->\nmatching figures\n"
                         "<!-- matching:end -->\n")
    assert text.count("### Real brokerage events (JAIR 2022)") == 1


def test_replace_block_missing_markers_raises():
    with pytest.raises(ValueError, match="no <!-- scheduling-x:start -->"):
        replace_block(PAGE, "scheduling-x", "body")


def test_table_markdown():
    assert table(["a", "b"], [["1", "2"]]) == "| a | b |\n| --- | --- |\n| 1 | 2 |"


def test_run_measured_exit_code_and_output():
    measured = run_measured([sys.executable, "-c", "print('hello'); raise SystemExit(3)"], 60)
    assert (measured.exit_code, measured.output, measured.killed) == (3, "hello\n", False)
    assert measured.peak_rss_mib > 1


def test_run_measured_kills_after_timeout():
    measured = run_measured([sys.executable, "-c", "import time; time.sleep(60)"], 0.5)
    assert measured.killed
    assert measured.exit_code == -9


def schedule_doc(**extra) -> dict:
    return {"format": "incontra-b2b-schedule/1", "assignments": [
        {"meeting": "m1", "slot": "s1", "table": "T1"},
        {"meeting": "m2", "slot": "s3", "table": "T1"}]} | extra


PROBLEM = doc([meeting("m1", "a", "b"), meeting("m2", "a", "c", weight=2)])


@pytest.mark.parametrize(("bounds", "status"), [
    ({"bound": 3, "breaks_bound": 1}, "optimal"),
    ({"bound": 3, "breaks_bound": 0}, "weight optimal"),
    ({"bound": 3.5}, "feasible"),
    ({}, "feasible"),
    ({"status": "infeasible"}, "infeasible"),
])
def test_judge_status(bounds, status):
    run = SolverRun()
    _judge(run, PROBLEM, schedule_doc(**bounds))
    assert (run.status, run.weight, run.breaks, run.valid) == (status, 3, 1, True)


def test_solver_run_gap_percent():
    assert SolverRun(weight=99, bound=100).gap_percent == pytest.approx(1.0)
    assert SolverRun(weight=99).gap_percent is None


def test_obvious_conflict_fixed_outside_session():
    problem = doc([meeting("m1", "a", "b", slots=["s1"]), meeting("m2", "a", "c")],
                  fixed=[{"meeting": "m1", "slot": "s2"}])
    assert obvious_conflict(problem) == "m1 fixed outside its session"


def test_obvious_conflict_two_fixed_meetings_one_slot():
    problem = doc([meeting("m1", "a", "b"), meeting("m2", "a", "c")],
                  fixed=[{"meeting": "m1", "slot": "s2"}, {"meeting": "m2", "slot": "s2"}])
    assert obvious_conflict(problem) == "m2 fixed where a cannot meet"
    problem["fixed"][1]["slot"] = "s3"
    assert obvious_conflict(problem) is None


def test_variant_of_crafted_names():
    assert variant_of("forum-13.fixed020-Forb") == "fixed020-Forb"
    assert variant_of("tic-12") == "original"
