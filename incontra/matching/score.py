"""One calibrated score in [0, 1] from the signals: a logistic model.

score = 1 / (1 + exp(-(bias + sum(weight_i * signal_i))))

so the score reads as the probability that the pair is a real partnership, among the candidates
the index proposes. The weights are fitted on the DEV split of the evaluation set only
(`python -m incontra.matching.fit`); `docs/matching.md` lists them and how they were obtained.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from incontra.matching.signals import FEATURES


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


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(values, -60.0, 60.0)))


# Fitted on the dev split; see docs/matching.md. Order: FEATURES.
DEFAULT_MODEL = ScoreModel(
    weights=(9.678, 9.004, 0.0, 1.192, 1.18),
    bias=-4.844,
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
