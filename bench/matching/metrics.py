"""Ranking metrics over a cut-off list: recall@k, reciprocal rank and nDCG@k.

`ranked` is a system's answer for one query, best first; `relevant` maps the judged partners to
their grade (1 or more). Every system answers with at most ten profiles, so the mean reciprocal
rank here is MRR@10: a partner ranked below ten counts zero.
"""

import math
from collections.abc import Iterable, Mapping, Sequence


def recall_at(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    if not relevant:
        raise ValueError("a query needs at least one relevant profile")
    return len(set(ranked[:k]) & set(relevant)) / len(relevant)


def reciprocal_rank(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    for position, profile_id in enumerate(ranked[:k], start=1):
        if profile_id in relevant:
            return 1.0 / position
    return 0.0


def dcg(gains: Iterable[float]) -> float:
    """Discounted cumulative gain with exponential gains, position 1 undiscounted."""
    return sum((2.0**gain - 1.0) / math.log2(position + 1)
               for position, gain in enumerate(gains, start=1))


def ndcg_at(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    ideal = dcg(sorted(relevant.values(), reverse=True)[:k])
    if ideal == 0:
        raise ValueError("a query needs at least one relevant profile with a positive grade")
    return dcg(relevant.get(profile_id, 0) for profile_id in ranked[:k]) / ideal


def query_scores(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> dict:
    return {
        "recall@10": recall_at(ranked, relevant, k),
        "mrr": reciprocal_rank(ranked, relevant, k),
        "ndcg@10": ndcg_at(ranked, relevant, k),
    }


def mean_scores(per_query: list[dict]) -> dict:
    """The mean of each metric over queries, with their number."""
    if not per_query:
        return {"queries": 0}
    names = [name for name in per_query[0] if name != "query"]
    means = {name: sum(scores[name] for scores in per_query) / len(per_query) for name in names}
    return {"queries": len(per_query), **means}
