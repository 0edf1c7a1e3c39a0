"""Fit the score weights on the dev split, or check a model on a split.

    python -m incontra.matching.fit bench/matching/data/dev.json bench/matching/data/dev_qrels.json
    python -m incontra.matching.fit --check bench/matching/data/test.json \
        bench/matching/data/test_qrels.json

Fitting: every query's candidate pool (the index's, hard rules applied) gives one row of signals
per candidate, labelled 1 for a judged partner and 0 otherwise; a logistic regression on those
rows gives weights that make the score a probability. Checking prints MRR and recall@10 of the
plain encoder order and of the score, per group and language pair. Tune on dev only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from incontra.matching.engine import build_index
from incontra.matching.index import MIN_POOL, MatchIndex
from incontra.matching.profiles import load_profiles
from incontra.matching.score import (
    DEFAULT_MODEL,
    LEAD_BOUND,
    SYMBOLIC_BOUND,
    ScoreModel,
    bounded,
    calibrated,
    logistic_parameters,
)
from incontra.matching.signals import FEATURES, SOFTMAX_TEMPERATURE, log_partition


@dataclass(frozen=True)
class Query:
    id: str
    relevant: frozenset[str]
    group: str
    languages: str
    niche: str = ""

    @property
    def cross_language(self) -> bool:
        first, second = self.languages.split("-")
        return first != second


@dataclass(frozen=True)
class Pool:
    query: Query
    candidates: list[str]
    features: np.ndarray
    scores: np.ndarray | None = None  # set by cross-validation: each niche by the others' model

    def labels(self) -> np.ndarray:
        return np.array([c in self.query.relevant for c in self.candidates], dtype=np.float64)


def read_queries(path: str | Path) -> list[Query]:
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    return [
        Query(
            query_id,
            frozenset(entry["relevant"]),
            entry["group"],
            entry["languages"],
            entry.get("niche", ""),
        )
        for query_id, entry in document["queries"].items()
    ]


def pools(
    index: MatchIndex, queries: list[Query], temperature: float = SOFTMAX_TEMPERATURE
) -> list[Pool]:
    found = []
    for query in queries:
        candidates = index.candidates(query.id, pool=MIN_POOL)
        features = index.features(query.id, candidates)
        if temperature != SOFTMAX_TEMPERATURE:
            features[:, 1] = _exclusive_at(index, candidates, features[:, 0], temperature)
        found.append(Pool(query, candidates, features))
    return found


def _exclusive_at(
    index: MatchIndex, candidates: list[str], cosine: np.ndarray, temperature: float
) -> np.ndarray:
    """The exclusive signal at another softmax temperature, to choose the temperature on dev."""
    neighbours = index.neighbour_similarities(candidates)
    partition = np.maximum(log_partition(neighbours, temperature), cosine / temperature)
    return cosine - temperature * partition


# Every signal enters the model; the symbolic ones as bounded adjustments (score.bounded).
SELECTED_FEATURES = FEATURES


def fit(
    found: list[Pool],
    l2: float = 1.0,
    features: tuple[str, ...] = SELECTED_FEATURES,
    bound: float = SYMBOLIC_BOUND,
    lead_bound: float | None = LEAD_BOUND,
) -> ScoreModel:
    """Weights for the chosen features (0 for the others), symbolic ones bounded, calibrated.

    Maximum likelihood over every candidate of every pool gives the weights; the symbolic ones
    are then shrunk to at most `bound` of cosine together, and one factor and a bias refitted
    on the resulting logits keep the score a calibrated probability. `lead_bound` only holds
    each query's order to cosine afterwards (`score.held_to_cosine`); it does not enter the fit.
    """
    columns = [FEATURES.index(name) for name in features]
    rows = np.vstack([pool.features for pool in found])
    labels = np.concatenate([pool.labels() for pool in found])
    chosen = logistic_parameters(rows[:, columns], labels, l2)
    weights = np.zeros(len(FEATURES))
    weights[columns] = chosen[0]
    fitted = ScoreModel(tuple(float(w) for w in weights), chosen[1], lead_bound)
    return calibrated(bounded(fitted, bound), rows, labels)


def cross_validated(
    found: list[Pool],
    l2: float,
    features: tuple[str, ...],
    bound: float = SYMBOLIC_BOUND,
    lead_bound: float | None = LEAD_BOUND,
) -> list[Pool]:
    """Each niche scored by a model fitted on the other niches: honest figures for dev."""
    rescored = []
    for niche in sorted({pool.query.niche for pool in found}):
        others = [p for p in found if p.query.niche != niche]
        model = fit(others, l2, features, bound, lead_bound)
        rescored += [
            Pool(p.query, p.candidates, p.features, model.pool_logits(p.features))
            for p in found
            if p.query.niche == niche
        ]
    return rescored


def reciprocal_rank_and_recall(pool: Pool, order: np.ndarray) -> tuple[float, float]:
    ranked = [pool.candidates[i] for i in order]
    first = next((rank for rank, c in enumerate(ranked, 1) if c in pool.query.relevant), None)
    recall = len(pool.query.relevant & set(ranked[:10])) / len(pool.query.relevant)
    return (1.0 / first if first else 0.0), recall


def report(found: list[Pool], model: ScoreModel) -> dict[str, dict[str, float]]:
    """MRR and recall@10 of the plain encoder order and of the model, per slice of queries."""
    slices: dict[str, list[tuple[float, float, float, float]]] = defaultdict(list)
    for pool in found:
        plain = reciprocal_rank_and_recall(pool, np.argsort(-pool.features[:, 0], kind="stable"))
        logits = pool.scores if pool.scores is not None else model.pool_logits(pool.features)
        scored = reciprocal_rank_and_recall(pool, np.argsort(-logits, kind="stable"))
        side = "cross" if pool.query.cross_language else "same"
        for name in (
            "all",
            pool.query.group,
            f"{pool.query.group}/{side}",
            f"{pool.query.group}/{pool.query.languages}",
        ):
            slices[name].append((*plain, *scored))
    return {name: _summary(rows) for name, rows in sorted(slices.items())}


def calibration(found: list[Pool], model: ScoreModel, bins: int = 10) -> dict[str, float]:
    """Expected calibration error of the scores over every candidate of every pool.

    Scores are grouped in `bins` equal-width bins; the error is the gap between the mean score
    and the share of real partners in each bin, weighted by the bin's size.
    """
    scores = np.concatenate([model.scores(pool.features) for pool in found])
    labels = np.concatenate([pool.labels() for pool in found])
    which = np.minimum((scores * bins).astype(int), bins - 1)
    gaps = [
        abs(scores[which == b].mean() - labels[which == b].mean()) * (which == b).sum()
        for b in range(bins)
        if (which == b).any()
    ]
    top = scores[scores >= 0.5]
    top_labels = labels[scores >= 0.5]
    return {
        "pairs": len(scores),
        "ece": round(float(sum(gaps) / len(scores)), 4),
        "scored_at_least_half": len(top),
        "mean_score_there": round(float(top.mean()), 3) if len(top) else 0.0,
        "partners_there": round(float(top_labels.mean()), 3) if len(top) else 0.0,
    }


def held_by_lead_bound(found: list[Pool], model: ScoreModel, top: int = 10) -> int:
    """Queries whose top `top` the lead bound changes: how often it binds."""
    changed = 0
    for pool in found:
        free = np.argsort(-model.logits(pool.features), kind="stable")[:top]
        held = np.argsort(-model.pool_logits(pool.features), kind="stable")[:top]
        changed += int(not np.array_equal(free, held))
    return changed


def _summary(rows: list[tuple[float, float, float, float]]) -> dict[str, float]:
    values = np.array(rows)
    names = ("plain_mrr", "plain_recall10", "mrr", "recall10")
    return {
        "queries": len(rows),
        **{n: round(float(v), 4) for n, v in zip(names, values.mean(axis=0), strict=True)},
        # queries whose partner the model ranks higher / lower than the plain encoder does
        "better": int((values[:, 2] > values[:, 0] + 1e-12).sum()),
        "worse": int((values[:, 2] < values[:, 0] - 1e-12).sum()),
    }


def _bound_or_none(text: str) -> float | None:
    return None if text.strip().lower() == "none" else float(text)


def main(argv: list[str] | None = None) -> int:
    command = argparse.ArgumentParser(prog="python -m incontra.matching.fit")
    command.add_argument("profiles")
    command.add_argument("qrels")
    command.add_argument("--check", action="store_true", help="only report the shipped model")
    command.add_argument("--l2", type=float, default=1.0)
    command.add_argument(
        "--bound",
        type=float,
        default=SYMBOLIC_BOUND,
        help="most cosine the symbolic signals may be worth together",
    )
    command.add_argument(
        "--lead-bound",
        type=_bound_or_none,
        default=LEAD_BOUND,
        help="lead in plain cosine beyond which a candidate is never overtaken ('none': any)",
    )
    command.add_argument(
        "--temperature",
        type=float,
        default=SOFTMAX_TEMPERATURE,
        help="softmax temperature of the exclusive signal, in cosine units",
    )
    command.add_argument(
        "--features",
        default=",".join(SELECTED_FEATURES),
        help=f"comma-separated, among {', '.join(FEATURES)}",
    )
    command.add_argument(
        "--cv",
        action="store_true",
        help="report leave-one-niche-out figures instead of in-sample ones",
    )
    arguments = command.parse_args(argv)
    features = tuple(arguments.features.split(","))
    index = build_index(load_profiles(arguments.profiles))
    found = pools(index, read_queries(arguments.qrels), arguments.temperature)
    if arguments.check:
        model = replace(DEFAULT_MODEL, lead_bound=arguments.lead_bound)
    else:
        model = fit(found, arguments.l2, features, arguments.bound, arguments.lead_bound)
    if arguments.cv:
        found = cross_validated(
            found, arguments.l2, features, arguments.bound, arguments.lead_bound
        )
    if not arguments.check:
        weights = dict(zip(FEATURES, (round(w, 3) for w in model.weights), strict=True))
        sys.stdout.write(json.dumps({"weights": weights, "bias": round(model.bias, 3)}) + "\n")
    for name, figures in report(found, model).items():
        sys.stdout.write(f"{name:32s} {json.dumps(figures)}\n")
    sys.stdout.write(f"{'calibration':32s} {json.dumps(calibration(found, model))}\n")
    held = {"queries_top10_changed": held_by_lead_bound(found, model), "of": len(found)}
    sys.stdout.write(f"{'lead bound ' + str(model.lead_bound):32s} {json.dumps(held)}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
