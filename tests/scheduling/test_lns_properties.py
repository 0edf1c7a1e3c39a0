"""The paths for larger events (no CP-SAT model; weight by windows of slots) return only valid
schedules, on the random small events of test_properties with the size thresholds lowered."""

import pytest
from hypothesis import HealthCheck, given, settings

from incontra.scheduling import check, solve
from incontra.scheduling import solver as solver_module
from tests.scheduling.test_properties import events


def _assert_valid(problem, result):
    assert result.schedule is not None  # without require_all or fixed meetings, one exists
    assert check(problem, result.schedule) == []
    assert result.weight <= result.bound


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events())
def test_solve_large_event_path_returns_only_valid_schedules(problem):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(solver_module, "LARGE_EVENT_PAIRS", 0)
        _assert_valid(problem, solve(problem, time_limit=5, workers=1))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events())
def test_solve_weight_by_windows_returns_only_valid_schedules(problem):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(solver_module, "SMALL_WEIGHT_MODEL", 0)
        _assert_valid(problem, solve(problem, time_limit=5, workers=1))
