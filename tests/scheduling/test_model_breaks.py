"""The break literals of the model (`Model.holes`) and the relaxed fairness rule."""

from ortools.sat.python import cp_model

from incontra.scheduling.io import problem_from_dict
from incontra.scheduling.model import build_model
from incontra.scheduling.prepare import prepare
from tests.scheduling.builders import document, problem, slots


def _pinned(p, slot_of: dict[str, int], **kwargs):
    """The model with every meeting held in the given slot index; solved."""
    model = build_model(prepare(p), **kwargs)
    for mid, by_slot in model.x.items():
        for s, var in by_slot.items():
            model.cp.add(var == int(slot_of[mid] == s))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    status = solver.solve(model.cp)
    return model, solver, status


def _star(n_slots: int, n_meetings: int, **options):
    people = ["a", *[f"v{i}" for i in range(n_meetings)]]
    return problem(n_slots=n_slots, tables=n_meetings, participants=people,
                   meetings=[("a", f"v{i}") for i in range(n_meetings)], **options)


def test_model_holes_count_each_run_of_idle_slots_once():
    # a meets in s1, s3, s4, s7: idle s2, then idle s5-s6: two breaks.
    model, solver, status = _pinned(_star(7, 4), {"m1": 0, "m2": 2, "m3": 3, "m4": 6})
    assert status == cp_model.OPTIMAL
    assert solver.value(model.breaks["a"]) == 2
    assert solver.value(model.total_breaks) == 2
    assert sum(solver.value(h) for h in model.holes) == 2


def test_model_holes_zero_for_one_block():
    model, solver, status = _pinned(_star(7, 3), {"m1": 2, "m2": 3, "m3": 4})
    assert status == cp_model.OPTIMAL
    assert solver.value(model.total_breaks) == 0


def test_model_holes_not_across_days():
    # Last slot of day 1 and first of day 2 are not adjacent, yet no break: breaks are per day.
    doc = document(n_slots=2, tables=2, participants=["a", "b", "c"],
                   meetings=[("a", "b"), ("a", "c")])
    doc["slots"] = slots(2) + slots(2, day="2026-09-12")
    model, solver, status = _pinned(problem_from_dict(doc), {"m1": 1, "m2": 2})
    assert status == cp_model.OPTIMAL
    assert solver.value(model.total_breaks) == 0


def test_model_fairness_rule_is_hard_by_default():
    # a has one break, everyone else none: spread 1 > 0 is not allowed.
    p = _star(4, 2, options={"require_all": True, "max_break_spread": 0})
    _, _, status = _pinned(p, {"m1": 0, "m2": 2})
    assert status == cp_model.INFEASIBLE


def test_model_fairness_rule_relaxed_measures_the_excess():
    p = _star(4, 2, options={"require_all": True, "max_break_spread": 0})
    model, solver, status = _pinned(p, {"m1": 0, "m2": 2}, fair=False)
    assert status == cp_model.OPTIMAL
    assert solver.value(model.spread_excess) >= 1
    minimised = build_model(prepare(p), fair=False)
    minimised.cp.minimize(minimised.spread_excess)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    assert solver.solve(minimised.cp) == cp_model.OPTIMAL
    assert solver.objective_value == 0  # the two meetings side by side
