"""The TF-IDF baseline and the rule filter shared by both baselines."""

import numpy as np
import pytest

from bench.matching.baselines import rank_tfidf, tfidf_matrix, tokens, top_allowed
from bench.matching.rules import Profile


def profile(id_, kind, title, organisation):
    return Profile(id=id_, organisation=organisation, country="IT", kind=kind, language="en",
                   title=title, text="")


def test_tokens_lowercase_words_of_two_letters_or_more_in_any_script():
    assert tokens("POS-терминал для a Shop") == ["pos", "терминал", "для", "shop"]


def test_tfidf_matrix_rows_are_unit_vectors_and_disjoint_texts_are_orthogonal():
    matrix = tfidf_matrix(["solar panels", "solar panels", "wine export"])
    similarities = matrix @ matrix.T
    assert np.allclose(np.linalg.norm(matrix, axis=1), 1.0)
    assert similarities[0, 1] == pytest.approx(1.0)
    assert similarities[0, 2] == 0.0


def test_tfidf_weighs_rare_words_above_common_ones():
    matrix = tfidf_matrix(["payment terminal", "payment gateway", "payment card", "terminal"])
    similarities = matrix @ matrix.T
    assert similarities[0, 3] > similarities[0, 1]


def test_top_allowed_skips_pairs_the_rules_forbid():
    profiles = [profile("o1", "technology_offer", "a", "org-1"),
                profile("o2", "technology_offer", "a", "org-2"),
                profile("r1", "technology_request", "a", "org-1"),
                profile("r2", "technology_request", "a", "org-3")]
    similarities = np.ones((4, 4))
    assert top_allowed(profiles, similarities, 10)["o1"] == ["r2"]
    assert top_allowed(profiles, similarities, 10)["r2"] == ["o1", "o2"]


def test_rank_tfidf_puts_the_shared_word_first():
    profiles = [profile("o1", "business_offer", "accordions handmade", "org-1"),
                profile("r1", "business_request", "wine importer", "org-2"),
                profile("r2", "business_request", "accordions for schools", "org-3")]
    assert rank_tfidf(profiles, top=1) == {"o1": ["r2"], "r1": ["o1"], "r2": ["o1"]}
