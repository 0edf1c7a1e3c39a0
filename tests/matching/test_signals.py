import numpy as np
import pytest

from incontra.matching.signals import SOFTMAX_TEMPERATURE, log_partition


def test_log_partition_is_log_sum_exp_over_known_neighbours():
    neighbours = np.array([[0.5, 0.3, -2.0]])  # -2: an empty place in the list

    expected = np.log(np.exp(0.5 / SOFTMAX_TEMPERATURE) + np.exp(0.3 / SOFTMAX_TEMPERATURE))
    assert log_partition(neighbours)[0] == pytest.approx(expected)


def test_log_partition_at_another_temperature():
    neighbours = np.array([[0.5, 0.3, -2.0]])

    assert log_partition(neighbours, temperature=0.1)[0] == pytest.approx(np.log(np.e**5 + np.e**3))


def test_log_partition_of_an_empty_list_is_minus_infinity():
    assert log_partition(np.array([[-2.0, -2.0]]))[0] == -np.inf
