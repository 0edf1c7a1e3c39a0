"""Ranking metrics on hand-made examples, with exact values."""

import math

import pytest

from bench.matching.metrics import (
    dcg,
    mean_scores,
    ndcg_at,
    query_scores,
    recall_at,
    reciprocal_rank,
)


def test_recall_at_counts_relevant_found_in_the_cut():
    assert recall_at(["a", "b", "c"], {"b": 2, "x": 2}) == 0.5
    assert recall_at(["a", "b", "c"], {"c": 2}, k=2) == 0.0


def test_recall_at_without_relevant_profiles_is_an_error():
    with pytest.raises(ValueError, match="at least one relevant"):
        recall_at(["a"], {})


def test_reciprocal_rank_is_one_over_the_first_relevant_position():
    assert reciprocal_rank(["a", "b", "c"], {"c": 2, "b": 2}) == 0.5
    assert reciprocal_rank(["a", "b", "c"], {"a": 1}) == 1.0


def test_reciprocal_rank_below_the_cut_is_zero():
    ranked = [f"p{i}" for i in range(1, 12)]
    assert reciprocal_rank(ranked, {"p11": 2}) == 0.0
    assert reciprocal_rank(ranked, {"p10": 2}) == 0.1


def test_dcg_uses_exponential_gains_and_log_discount():
    assert dcg([2, 0, 1]) == 3.0 + 0.0 + 1.0 / 2.0


def test_ndcg_of_a_single_partner_at_rank_two():
    assert ndcg_at(["a", "b"], {"b": 2}) == pytest.approx(1 / math.log2(3))


def test_ndcg_with_graded_relevance():
    expected = (3 / math.log2(3) + 1 / 2) / (3 + 1 / math.log2(3))
    assert ndcg_at(["x", "a", "b"], {"a": 2, "b": 1}) == pytest.approx(expected)


def test_ndcg_of_the_ideal_order_is_one():
    assert ndcg_at(["a", "b", "z"], {"a": 2, "b": 1}) == 1.0


def test_mean_scores_average_each_metric_over_queries():
    first = query_scores(["a", "b"], {"a": 2})
    second = query_scores(["a", "b"], {"b": 2, "c": 2})
    means = mean_scores([first, second])
    assert means["queries"] == 2
    assert means["recall@10"] == 0.75
    assert means["mrr"] == 0.75
    assert means["ndcg@10"] == pytest.approx((1 + (3 / math.log2(3)) / (3 + 3 / math.log2(3))) / 2)


def test_mean_scores_of_no_query_report_zero_queries():
    assert mean_scores([]) == {"queries": 0}
