import numpy as np
import pytest

from incontra.matching.index import MatchIndex, _ColumnTops
from incontra.matching.profiles import Profile
from incontra.matching.signals import FEATURES, SOFTMAX_TEMPERATURE

from .helpers import HashingEncoder, profile


def directory() -> list[Profile]:
    return [
        profile("offer-wine", "business_offer", title="red wine export barrels"),
        profile("offer-robot", "business_offer", title="welding robot cells factory"),
        profile("request-wine", "business_request", title="red wine import barrels"),
        profile("request-robot", "business_request", title="welding robot cells"),
    ]


def built(profiles: list[Profile]) -> MatchIndex:
    index = MatchIndex(HashingEncoder())
    index.add(profiles)
    return index


def best(index: MatchIndex, profile_id: str) -> list[str]:
    return [m.profile for m in index.query(profile_id, top=5)]


def test_query_returns_complementary_profiles_best_first():
    index = built(directory())

    assert best(index, "request-wine") == ["offer-wine", "offer-robot"]


def test_add_new_profile_appears_in_results():
    index = built(directory())

    index.add([profile("offer-wine-2", "business_offer", title="red wine import export barrels")])

    assert best(index, "request-wine")[:2] == ["offer-wine-2", "offer-wine"]


def test_add_changed_profile_replaces_the_old_version():
    index = built(directory())

    index.add([profile("offer-wine", "business_offer", title="welding robot cells")])

    assert best(index, "request-robot")[0] == "offer-wine"
    assert len(index) == 4


def test_remove_profile_disappears_from_results():
    index = built(directory())

    index.remove(["offer-wine"])

    assert best(index, "request-wine") == ["offer-robot"]
    assert "offer-wine" not in index


def test_remove_then_add_reuses_the_slot_without_mixing_vectors():
    index = built(directory())
    index.remove(["offer-robot"])

    index.add([profile("offer-cloud", "business_offer", title="cloud robot cells hosting")])

    encoded = HashingEncoder().encode(["welding robot cells", "cloud robot cells hosting"])
    assert set(best(index, "request-robot")) == {"offer-wine", "offer-cloud"}
    assert index.features("request-robot", ["offer-cloud"])[0, 0] == pytest.approx(
        float(encoded[0] @ encoded[1]), abs=1e-3
    )
    assert float(encoded[0] @ encoded[1]) > 0.5


def test_query_kind_without_partners_gives_nothing():
    index = built([profile("r1", "research_cooperation", title="graphene")])

    assert index.query("r1") == []


def test_candidates_apply_rules_after_fetching_more():
    shared = [
        profile(f"o{i}", "business_offer", organisation="org-same", title="wine barrels")
        for i in range(150)
    ]
    other = profile("o-other", "business_offer", title="robot arms")
    request = profile("r", "business_request", organisation="org-same", title="wine barrels")
    index = built([*shared, other, request])

    assert index.candidates("r", pool=100) == ["o-other"]


def test_save_and_load_give_the_same_matches(tmp_path):
    index = built(directory())
    before = index.query("request-wine")

    index.save(tmp_path / "index")
    loaded = MatchIndex.load(tmp_path / "index", HashingEncoder())

    assert loaded.query("request-wine") == before


def test_load_with_another_encoder_is_refused(tmp_path):
    built(directory()).save(tmp_path / "index")

    class OtherEncoder(HashingEncoder):
        name = "other"

    with pytest.raises(ValueError, match="built with encoder 'test-hashing', not 'other'"):
        MatchIndex.load(tmp_path / "index", OtherEncoder())


def exclusive(index: MatchIndex, query: str, candidate: str) -> float:
    return float(index.features(query, [candidate])[0, FEATURES.index("exclusive")])


def test_exclusive_new_rival_of_a_candidate_lowers_its_signal():
    index = built(directory())
    before = exclusive(index, "request-robot", "offer-wine")

    # offer-wine gets a second, closer request: the robot request is less its best partner.
    index.add([profile("request-wine-2", "business_request", title="red wine export barrels")])

    assert exclusive(index, "request-robot", "offer-wine") < before - 0.01


def test_exclusive_equals_similarity_less_the_softmax_partition():
    index = built(directory())

    semantic, signal = index.features("request-wine", ["offer-wine"])[0, :2]

    # offer-wine's allowed partners are request-wine and request-robot.
    partners = HashingEncoder().encode(
        ["red wine import barrels", "welding robot cells", "red wine export barrels"]
    )
    similarities = partners[:2] @ partners[2]
    partition = np.log(np.exp(similarities / SOFTMAX_TEMPERATURE).sum())
    expected = semantic - SOFTMAX_TEMPERATURE * partition
    assert signal == pytest.approx(expected, abs=2e-3)


def test_neighbour_similarities_lists_allowed_partners_nearest_first():
    index = built(directory())

    row = index.neighbour_similarities(["offer-wine"])[0]

    # offer-wine's allowed partners are request-wine and request-robot.
    partners = HashingEncoder().encode(
        ["red wine import barrels", "welding robot cells", "red wine export barrels"]
    )
    expected = sorted(partners[:2] @ partners[2], reverse=True)
    assert row[:2] == pytest.approx(expected, abs=2e-3)
    assert (row[2:] < -1).all()


def many_profiles(count: int) -> list[Profile]:
    words = ["wine", "robot", "cloud", "pos", "card", "steel", "grain", "solar", "drone", "lab"]
    return [
        profile(
            f"p{i}",
            "business_offer" if i % 2 else "business_request",
            organisation=f"org-{i % 37}",
            country=("IT", "RU", "DE")[i % 3],
            target_countries=("RU", "IT") if i % 5 == 0 else None,
            title=" ".join([*(words[(i * k) % 10] for k in (1, 3, 7)), f"n{i}", f"m{i % 7}"]),
        )
        for i in range(count)
    ]


def test_refresh_by_blocks_gives_the_same_signals_as_graph_search(monkeypatch):
    profiles = many_profiles(600)
    by_blocks = built(profiles)
    by_blocks.refresh()  # neighbour lists are computed lazily: before the switch below
    monkeypatch.setattr("incontra.matching.index.BLOCK_REFRESH_FROM", 10**9)
    by_search = built(profiles)
    by_search.refresh()

    for query in ("p2", "p3"):  # a request, whose candidates are offers, and an offer
        candidates = by_blocks.candidates(query, pool=50)  # ties: the two orders may differ
        assert np.allclose(
            by_blocks.features(query, candidates), by_search.features(query, candidates), atol=2e-3
        )


def test_load_restores_detected_terms_and_languages(tmp_path):
    index = built(
        [
            profile("o", "technology_offer", title="Sviluppiamo pagamenti digitali per i negozi"),
            profile("r", "technology_request", title="Ищем партнёра в области цифровых платежей"),
        ]
    )
    index.save(tmp_path / "index")

    loaded = MatchIndex.load(tmp_path / "index", HashingEncoder())

    assert loaded.languages == {"o": "it", "r": "ru"}
    assert loaded.query("o")[0].reasons == ("offer meets request", "digital payments")


def test_column_tops_over_blocks_equal_the_top_of_each_whole_column(monkeypatch):
    monkeypatch.setattr("incontra.matching.index.TOP_COLUMNS", 64)  # five column groups
    similarities = np.random.default_rng(5).standard_normal((1000, 300)).astype(np.float32)
    slots = np.arange(1000, 2000)
    tops = _ColumnTops(300, keep=20, block=64)

    for start in range(0, 1000, 64):
        tops.add(similarities[start : start + 64], slots[start : start + 64])
    found = tops.best_first()

    expected = np.argsort(-similarities, axis=0)[:20]
    for column in (0, 63, 64, 150, 299):
        assert found[column][0].tolist() == slots[expected[:, column]].tolist()
        assert np.array_equal(found[column][1], similarities[expected[:, column], column])


def test_column_tops_with_fewer_rows_than_kept_give_every_row():
    similarities = np.array([[0.1, 0.9], [0.5, -0.2], [0.3, 0.4]], dtype=np.float32)
    tops = _ColumnTops(2, keep=5, block=2)

    tops.add(similarities[:2], np.array([7, 8]))
    tops.add(similarities[2:], np.array([9]))

    assert [slots.tolist() for slots, _ in tops.best_first()] == [[8, 9, 7], [7, 9, 8]]


def test_add_large_batch_finds_terms_while_encoding_with_the_same_result(monkeypatch):
    profiles = many_profiles(40)
    one_after_the_other = built(profiles)
    monkeypatch.setattr("incontra.matching.index.OVERLAP_FROM", 10)
    meanwhile = built(profiles)

    assert meanwhile.languages == one_after_the_other.languages
    assert meanwhile._terms == one_after_the_other._terms
    assert [m.profile for m in meanwhile.query("p2")] == [
        m.profile for m in one_after_the_other.query("p2")
    ]
