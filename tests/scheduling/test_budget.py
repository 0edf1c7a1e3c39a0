import time

from incontra.scheduling.budget import Budget


def test_budget_deterministic_counts_work_not_time():
    budget = Budget(1.0, deterministic=True)
    budget.spend(0.6)
    assert (budget.spent(), round(budget.work_left(), 6)) == (False, 0.4)
    budget.spend(0.5)
    assert (budget.spent(), budget.work_left()) == (True, 0.0)


def test_budget_on_the_wall_clock_ignores_counted_work():
    budget = Budget(60.0)
    budget.spend(1_000.0)
    assert not budget.spent()


def test_budget_hard_deadline_stops_a_deterministic_search():
    budget = Budget(100.0, deterministic=True, hard_deadline=time.monotonic() - 1)
    assert budget.spent()
    assert budget.seconds_left() == 0.0
