"""One calibrated score in [0, 1] from the signals: a logistic model.

score = 1 / (1 + exp(-(bias + sum(weight_i * signal_i))))

so the score reads as the probability that the pair is a real partnership, among the candidates
the index proposes. The weights are fitted on the DEV split of the evaluation set only
(`python -m incontra.matching.fit`); `docs/matching.md` lists them and how they were obtained.

The symbolic signals (technology, sector, lexical: each in [0, 1]) are bounded adjustments:
together they weigh at most `SYMBOLIC_BOUND` of cosine, so a candidate further ahead than that
in meaning (cosine and exclusivity) is never overtaken because of shared codes or words.

The whole score is held close to the plain encoder's order as well: among one query's candidates,
one ahead by more than `LEAD_BOUND` in plain cosine always scores higher (`held_to_cosine`). The
exclusivity (hubness) correction alone would otherwise be unbounded: a candidate close to many
profiles could be demoted below one far behind it in meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from incontra.matching.signals import FEATURES

SEMANTIC = ("semantic", "exclusive")
SYMBOLIC = ("technology", "sector", "lexical")
# In cosine units; chosen by leave-one-niche-out cross-validation on dev (docs/matching.md).
SYMBOLIC_BOUND = 0.06
# In plain cosine: the most by which any candidate may be overtaken, whatever the signals say.
# Chosen by leave-one-niche-out cross-validation on dev (docs/matching.md).
LEAD_BOUND = 0.15


@dataclass(frozen=True)
class ScoreModel:
    weights: tuple[float, ...]
    bias: float
    lead_bound: float | None = LEAD_BOUND  # None: the candidates' order is not held to cosine

    def __post_init__(self) -> None:
        if len(self.weights) != len(FEATURES):
            raise ValueError(f"expected {len(FEATURES)} weights, got {len(self.weights)}")

    def logits(self, features: np.ndarray) -> np.ndarray:
        """The model's logit for each row on its own (fitting works on these)."""
        return features.astype(np.float64) @ np.asarray(self.weights) + self.bias

    def pool_logits(self, features: np.ndarray) -> np.ndarray:
        """Logits of one query's candidates, held to their cosine order beyond `lead_bound`."""
        logits = self.logits(features)
        if self.lead_bound is None:
            return logits
        cosine = features[:, FEATURES.index("semantic")].astype(np.float64)
        slope = max(_weight_sum(self, SEMANTIC), 1e-6)
        return held_to_cosine(logits, cosine, slope, self.lead_bound)

    def scores(self, features: np.ndarray) -> np.ndarray:
        """Calibrated scores in [0, 1] of one query's candidates (rows), see `pool_logits`."""
        return _sigmoid(self.pool_logits(features))

    def symbolic_bound(self) -> float:
        """How much cosine all symbolic signals at their maximum (1) are worth together."""
        return _weight_sum(self, SYMBOLIC) / _weight_sum(self, SEMANTIC)


def held_to_cosine(
    logits: np.ndarray, cosine: np.ndarray, slope: float, bound: float
) -> np.ndarray:
    """Logits lowered so that a candidate ahead by more than `bound` in cosine stays ahead.

    Candidate c may score at most `logit_a - slope * (cosine_a - cosine_c - bound)` for every a
    ahead of it by more than `bound`: strictly below a, and further below the further behind it
    is, at `slope` per unit of cosine. Nothing changes where the model already agrees. It is
    transitive: a's own limit comes from candidates even further ahead of c. The candidates
    ahead of c are a prefix of the cosine order, so one running minimum serves them all.
    """
    descending = np.argsort(-cosine, kind="stable")
    # logit_a - slope * cosine_a, least over the first k candidates in cosine order
    least = np.minimum.accumulate(logits[descending] - slope * cosine[descending])
    threshold = cosine + bound
    ahead = len(cosine) - np.searchsorted(cosine[descending][::-1], threshold, side="right")
    limits = np.full(len(cosine), np.inf)
    some = ahead > 0
    limits[some] = least[ahead[some] - 1] + slope * threshold[some]
    return np.minimum(logits, limits)


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
    return replace(model, weights=tuple(float(w) for w in weights))


def calibrated(model: ScoreModel, features: np.ndarray, labels: np.ndarray) -> ScoreModel:
    """Platt scaling: one factor and a bias fitted on the model's logits, order unchanged."""
    (factor,), bias = logistic_parameters(model.logits(features)[:, None], labels, l2=0.0)
    if factor <= 0:
        raise ValueError("the model's logits do not separate partners from the others")
    weights = tuple(float(factor * w) for w in model.weights)
    return replace(model, weights=weights, bias=float(factor * model.bias + bias))


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(values, -60.0, 60.0)))


# Fitted on the dev split by `fit.fit` (symbolic weights bounded, then calibrated); see
# docs/matching.md. Order: FEATURES.
DEFAULT_MODEL = ScoreModel(
    weights=(16.198, 18.308, 0.861, 0.514, 0.693),
    bias=-6.759,
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
