import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from incontra.matching.score import DEFAULT_MODEL, ScoreModel, fit_logistic
from incontra.matching.signals import FEATURES

feature_rows = arrays(
    np.float64,
    st.tuples(st.integers(1, 20), st.just(len(FEATURES))),
    elements=st.floats(-1e6, 1e6, allow_nan=False),
)


@given(features=feature_rows)
def test_scores_any_signals_stay_in_unit_interval(features):
    scores = DEFAULT_MODEL.scores(features)

    assert ((scores >= 0.0) & (scores <= 1.0)).all()


def test_scores_better_semantic_match_scores_higher():
    rows = np.array([[0.6, -0.01, 0.0, 0.0, 0.0], [0.3, -0.05, 0.0, 0.0, 0.0]])

    first, second = DEFAULT_MODEL.scores(rows)

    assert first > second


def test_score_model_wrong_number_of_weights_is_refused():
    with pytest.raises(ValueError, match=f"expected {len(FEATURES)} weights, got 1"):
        ScoreModel(weights=(1.0,), bias=0.0)


def test_fit_logistic_recovers_the_informative_signal():
    generator = np.random.default_rng(7)
    features = generator.normal(size=(4000, len(FEATURES)))
    labels = (features[:, 1] + 0.3 * generator.normal(size=4000) > 0).astype(float)

    model = fit_logistic(features, labels, l2=1.0)

    strongest = int(np.argmax(np.abs(model.weights)))
    assert FEATURES[strongest] == "exclusive"
    assert model.weights[1] > 2.0
