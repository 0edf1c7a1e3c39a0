"""One calibrated score in [0, 1] from the signals: a logistic model.

score = 1 / (1 + exp(-(bias + sum(weight_i * signal_i))))

so the score reads as the probability that the pair is a real partnership, among the candidates
the index proposes. The weights are fitted on the DEV split of the evaluation set only
(`python -m incontra.matching.fit`); `docs/matching.md` lists them and how they were obtained.

The symbolic signals (technology, sector, lexical: each in [0, 1]) are bounded adjustments:
together they weigh at most `SYMBOLIC_BOUND` of cosine, so a candidate further ahead than that
in meaning (cosine and exclusivity) is never overtaken because of shared codes or words.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from incontra.matching.signals import FEATURES

SEMANTIC = ("semantic", "exclusive")
SYMBOLIC = ("technology", "sector", "lexical")
# In cosine units; chosen by leave-one-niche-out cross-validation on dev (docs/matching.md).
SYMBOLIC_BOUND = 0.06


@dataclass(frozen=True)
class ScoreModel:
    weights: tuple[float, ...]
    bias: float

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"expected {len(FEATURES)} weights, got {len(self.weights)}")

    def logits(self, features: np.ndarray) -> np.ndarray:
        return features.astype(np.float64) @ np.asarray(self.weights) + self.bias

    def scores(self, features: np.ndarray) -> np.ndarray:
        return _sigmoid(self.logits(features))

    def symbolic_bound(self) -> float:
        """How much cosine all symbolic signals at their maximum (1) are worth together."""
        return _weight_sum(self, SYMBOLIC) / _weight_sum(self, SEMANTIC)


def _weight_sum(model: ScoreModel, names: tuple[str, ...]) -> float:
    return sum(model.weights[FEATURES.index(name)] for name in names)


def bounded(model: ScoreModel, bound: float = SYMBOLIC_BOUND) -> ScoreModel:
    """The model with monotone symbolic weights worth at most `bound` of cosine together.

    A fitted negative symbolic weight becomes 0 (sharing a technology, sector or product name is
    never evidence against a pair); the symbolic weights keep their proportions.
    """
    weights = np.asarray(model.weights, dtype=np.float64).copy()
    symbolic = [FEATURES.index(name) for name in SYMBOLIC]
    weights[symbolic] = np.maximum(weights[symbolic], 0.0)
    allowed = bound * _weight_sum(model, SEMANTIC)
    if weights[symbolic].sum() > allowed:
        weights[symbolic] *= allowed / weights[symbolic].sum()
    return ScoreModel(weights=tuple(float(w) for w in weights), bias=model.bias)


def calibrated(model: ScoreModel, features: np.ndarray, labels: np.ndarray) -> ScoreModel:
    """Platt scaling: one factor and a bias fitted on the model's logits, order unchanged."""
    (factor,), bias = logistic_parameters(model.logits(features)[:, None], labels, l2=0.0)
    if factor <= 0:
        raise ValueError("the model's logits do not separate partners from the others")
    weights = tuple(float(factor * w) for w in model.weights)
    return ScoreModel(weights=weights, bias=float(factor * model.bias + bias))


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(values, -60.0, 60.0)))


# Fitted on the dev split by `fit.fit` (symbolic weights bounded, then calibrated); see
# docs/matching.md. Order: FEATURES.
DEFAULT_MODEL = ScoreModel(
    weights=(19.95, 19.629, 0.935, 0.626, 0.813),
    bias=-8.251,
)


def fit_logistic(features: np.ndarray, labels: np.ndarray, l2: float = 1.0) -> ScoreModel:
    weights, bias = logistic_parameters(features, labels, l2)
    return ScoreModel(weights=tuple(float(w) for w in weights), bias=bias)


def logistic_parameters(
    features: np.ndarray, labels: np.ndarray, l2: float = 1.0
) -> tuple[np.ndarray, float]:
    """Maximum-likelihood logistic regression with an L2 penalty, by Newton's method."""
    design = np.column_stack([features.astype(np.float64), np.ones(len(features))])
    penalty = l2 * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    theta = np.zeros(design.shape[1])
    for _ in range(50):
        probability = _sigmoid(design @ theta)
        gradient = design.T @ (probability - labels) + penalty @ theta
        curvature = design.T @ (design * (probability * (1 - probability))[:, None]) + penalty
        step = np.linalg.solve(curvature, gradient)
        theta -= step
        if np.abs(step).max() < 1e-8:
            break
    return theta[:-1], float(theta[-1])
