from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from incontra.matching.score import (
    DEFAULT_MODEL,
    LEAD_BOUND,
    SYMBOLIC_BOUND,
    ScoreModel,
    bounded,
    calibrated,
    fit_logistic,
    held_to_cosine,
)
from incontra.matching.signals import FEATURES, SOFTMAX_TEMPERATURE

feature_rows = arrays(
    np.float64,
    st.tuples(st.integers(1, 20), st.just(len(FEATURES))),
    elements=st.floats(-1e6, 1e6, allow_nan=False),
)
unit = st.floats(0.0, 1.0)


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


def test_default_model_symbolic_signals_are_worth_at_most_the_bound():
    assert 0.0 < DEFAULT_MODEL.symbolic_bound() <= SYMBOLIC_BOUND


@given(
    cosine=st.floats(-0.5, 0.9),
    lead=st.floats(SYMBOLIC_BOUND + 1e-6, 1.0),
    partition=st.floats(-1.0, 1.0),
    ahead=st.tuples(unit, unit, unit),
    behind=st.tuples(unit, unit, unit),
)
def test_default_model_never_demotes_a_candidate_ahead_by_more_than_the_bound(
    cosine, lead, partition, ahead, behind
):
    # Same neighbour partition for both: the lead in cosine is a lead in exclusivity too.
    first = [cosine + lead, cosine + lead - partition, *ahead]
    second = [cosine, cosine - partition, *behind]

    logits = DEFAULT_MODEL.logits(np.array([first, second]))

    assert logits[0] > logits[1]


def test_bounded_shrinks_symbolic_weights_keeping_their_proportions():
    model = ScoreModel(weights=(6.0, 4.0, 0.5, 1.0, 0.5), bias=-2.0)

    shrunk = bounded(model, bound=0.1)

    assert shrunk.weights == pytest.approx((6.0, 4.0, 0.25, 0.5, 0.25))
    assert shrunk.bias == -2.0


def test_bounded_negative_symbolic_weight_becomes_zero():
    model = ScoreModel(weights=(6.0, 4.0, -0.3, 0.2, 0.1), bias=-2.0)

    assert bounded(model, bound=0.1).weights == pytest.approx((6.0, 4.0, 0.0, 0.2, 0.1))


def test_calibrated_rescales_logits_without_changing_the_order():
    generator = np.random.default_rng(3)
    features = generator.uniform(-1.0, 1.0, size=(20_000, len(FEATURES)))
    model = ScoreModel(weights=(1.0, 0.0, 0.0, 0.0, 0.0), bias=0.0)
    # Labels drawn from a logistic three times as steep as the model's, shifted by one.
    probability = 1.0 / (1.0 + np.exp(-(3.0 * features[:, 0] + 1.0)))
    labels = (generator.uniform(size=len(features)) < probability).astype(float)

    fitted = calibrated(model, features, labels)

    assert fitted.weights[0] == pytest.approx(3.0, abs=0.15)
    assert fitted.bias == pytest.approx(1.0, abs=0.1)
    assert fitted.weights[1:] == (0.0, 0.0, 0.0, 0.0)


def test_calibrated_logits_that_do_not_separate_are_refused():
    # Partners are the candidates with the lower logit, three times out of four.
    features = np.array([[1.0, 0, 0, 0, 0], [0.0, 0, 0, 0, 0]] * 40)
    labels = np.array([0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0] * 10)
    model = ScoreModel(weights=(1.0, 0.0, 0.0, 0.0, 0.0), bias=0.0)

    with pytest.raises(ValueError, match="do not separate"):
        calibrated(model, features, labels)


def test_fit_bounds_symbolic_signals_that_predict_strongly():
    from incontra.matching.fit import Pool, Query, fit

    generator = np.random.default_rng(11)
    pools = []
    for number in range(60):
        features = generator.uniform(0.0, 1.0, size=(30, len(FEATURES)))
        features[0, 0] += 0.2  # the partner is a little closer in meaning...
        features[0, 3] = 1.0  # ...and always shares the sector
        candidates = [f"c{number}-{i}" for i in range(30)]
        query = Query(f"q{number}", frozenset({candidates[0]}), "sibling", "it-ru", "n")
        pools.append(Pool(query, candidates, features))

    model = fit(pools)

    assert model.symbolic_bound() == pytest.approx(SYMBOLIC_BOUND)
    assert min(model.weights[2:]) >= 0.0  # technology, sector, lexical
    assert model.weights[3] > model.weights[2]  # the sector still counts most among them


def realistic_pool(size: int):
    """One query's candidates: cosine, exclusive (never above 0), symbolic signals in [0, 1]."""
    row = st.tuples(
        st.floats(-0.3, 1.0),
        st.floats(-0.6, 0.0),
        unit,
        unit,
        unit,
    )
    return st.lists(row, min_size=2, max_size=size).map(np.array)


@given(pool=realistic_pool(30))
def test_default_model_never_ranks_a_candidate_above_one_ahead_by_more_than_the_lead_bound(pool):
    scores = DEFAULT_MODEL.scores(pool)

    cosine = pool[:, 0]
    ahead = cosine[:, None] - cosine[None, :] > LEAD_BOUND + 1e-9  # [a, c]: a well ahead of c
    higher = scores[:, None] > scores[None, :]
    assert higher[ahead].all()


@given(pool=realistic_pool(30), keep=st.integers(1, 30))
def test_scores_of_the_nearest_candidates_do_not_depend_on_those_further_behind(pool, keep):
    # The index re-ranks the nearest 100 or 10 x top: a candidate's score must not depend on it.
    nearest = pool[np.argsort(-pool[:, 0], kind="stable")]

    assert DEFAULT_MODEL.scores(nearest[:keep]) == pytest.approx(
        DEFAULT_MODEL.scores(nearest)[:keep], abs=1e-12
    )


def test_held_to_cosine_lowers_a_candidate_far_behind_below_the_one_ahead():
    logits = np.array([1.0, 5.0, 0.5])
    cosine = np.array([0.8, 0.5, 0.75])

    held = held_to_cosine(logits, cosine, slope=10.0, bound=0.15)

    # 0.3 behind the first, 0.15 beyond the bound: at most 1.0 - 10 x 0.15.
    assert held == pytest.approx([1.0, -0.5, 0.5])


def test_held_to_cosine_within_the_bound_changes_nothing():
    logits = np.array([1.0, 5.0, -2.0])
    cosine = np.array([0.8, 0.7, 0.84])

    assert held_to_cosine(logits, cosine, slope=10.0, bound=0.15).tolist() == [1.0, 5.0, -2.0]


def test_held_to_cosine_holds_through_a_chain_of_candidates():
    # c is within the bound of b, b of a, but c is 0.2 behind a: it must stay below a.
    logits = np.array([0.0, 3.0, 6.0])
    cosine = np.array([0.9, 0.8, 0.7])

    held = held_to_cosine(logits, cosine, slope=10.0, bound=0.15)

    assert held == pytest.approx([0.0, 3.0, -0.5])


def test_score_model_without_lead_bound_scores_each_row_on_its_own():
    model = ScoreModel(weights=(10.0, 0.0, 0.0, 0.0, 0.0), bias=0.0, lead_bound=None)
    rows = np.array([[0.9, 0, 0, 0, 0], [0.1, 0, 0, 0, 5.0]])

    assert model.pool_logits(rows).tolist() == pytest.approx([9.0, 1.0])


def test_bounded_and_calibrated_keep_the_lead_bound():
    model = ScoreModel(weights=(6.0, 4.0, 0.5, 1.0, 0.5), bias=-2.0, lead_bound=0.3)
    features = np.array([[0.9, 0, 0, 0, 0], [0.1, 0, 0, 0, 0]] * 20)
    labels = np.array([1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0] * 5)

    assert bounded(model, bound=0.1).lead_bound == 0.3
    assert calibrated(model, features, labels).lead_bound == 0.3


def test_fit_exclusive_at_the_default_temperature_is_the_index_signal():
    from incontra.matching.fit import _exclusive_at
    from incontra.matching.index import MatchIndex

    from .helpers import HashingEncoder, profile

    index = MatchIndex(HashingEncoder())
    index.add(
        [
            profile("o1", "business_offer", title="red wine export barrels"),
            profile("o2", "business_offer", title="welding robot cells"),
            profile("r1", "business_request", title="red wine import barrels"),
            profile("r2", "business_request", title="red wine barrels for restaurants"),
        ]
    )
    features = index.features("r1", ["o1", "o2"])

    again = _exclusive_at(index, ["o1", "o2"], features[:, 0], SOFTMAX_TEMPERATURE)
    warmer = _exclusive_at(index, ["o1", "o2"], features[:, 0], 2 * SOFTMAX_TEMPERATURE)

    assert again == pytest.approx(features[:, 1], abs=1e-5)
    assert (warmer < again).all()  # T log sum exp(s / T) grows with T over two partners


def test_held_by_lead_bound_counts_queries_whose_top_list_changes():
    from incontra.matching.fit import Pool, Query, held_by_lead_bound

    model = ScoreModel(weights=(10.0, 0.0, 0.0, 0.0, 5.0), bias=0.0, lead_bound=0.15)
    # The second candidate is 0.3 behind but its lexical signal puts it first without the bound.
    bound_binds = np.array([[0.9, 0, 0, 0, 0.0], [0.6, 0, 0, 0, 1.0]])
    bound_idle = np.array([[0.9, 0, 0, 0, 0.0], [0.8, 0, 0, 0, 1.0]])
    query = Query("q", frozenset({"a"}), "sibling", "it-ru", "n")
    found = [Pool(query, ["a", "b"], bound_binds), Pool(query, ["a", "b"], bound_idle)]

    assert held_by_lead_bound(found, model, top=1) == 1


def hub_directory(far_title: str, model: ScoreModel):
    """A request, an offer close to it that five other requests fit even better (a hub), and
    an offer further away whose only close partner is the request."""
    from incontra.matching.index import MatchIndex

    from .helpers import HashingEncoder, profile

    hub_title = "red wine barrels export oak casks"
    index = MatchIndex(HashingEncoder(), model)
    index.add(
        [
            profile("request", "business_request", title="red wine barrels export"),
            profile("hub", "business_offer", title=hub_title),
            profile("other", "business_offer", title=far_title),
            *(profile(f"rival{i}", "business_request", title=hub_title) for i in range(5)),
        ]
    )
    return index


def test_index_hub_ahead_by_more_than_the_lead_bound_stays_first():
    unbounded = replace(DEFAULT_MODEL, lead_bound=None)
    cosine = hub_directory("red wine tasting tours", DEFAULT_MODEL).features(
        "request", ["hub", "other"]
    )[:, 0]

    held = hub_directory("red wine tasting tours", DEFAULT_MODEL).query("request", top=2)
    free = hub_directory("red wine tasting tours", unbounded).query("request", top=2)

    assert cosine[0] - cosine[1] > LEAD_BOUND  # the hub is well ahead in meaning
    assert [m.profile for m in held] == ["hub", "other"]
    assert [m.profile for m in free] == ["other", "hub"]  # the exclusive term alone demotes it


def test_index_hub_within_the_lead_bound_may_be_passed():
    index = hub_directory("red wine barrels tours", DEFAULT_MODEL)
    cosine = index.features("request", ["hub", "other"])[:, 0]

    assert 0 < cosine[0] - cosine[1] < LEAD_BOUND
    assert [m.profile for m in index.query("request", top=2)] == ["other", "hub"]
