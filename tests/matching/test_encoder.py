import numpy as np
import pytest

from incontra.matching.encoder import (
    CachedEncoder,
    Encoder,
    EncoderConfigError,
    SentenceTransformerEncoder,
    UseEncoder,
    load_encoder,
)

from .helpers import HashingEncoder


def test_use_encoder_gives_normalised_float32_rows(use_encoder):
    vectors = use_encoder.encode(["pagamenti digitali", "цифровые платежи", "wine"])

    assert (vectors.shape, vectors.dtype) == ((3, 512), np.float32)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_use_encoder_same_meaning_across_languages_is_closer_than_other_topic(use_encoder):
    italian, russian, other = use_encoder.encode(
        ["pagamenti digitali", "цифровые платежи", "trattori agricoli"]
    )

    assert italian @ russian > italian @ other + 0.2


def test_use_encoder_in_two_processes_gives_the_same_vectors(use_encoder):
    texts = [f"Offriamo terminali POS numero {i}" for i in range(9)]

    parallel = UseEncoder(processes=2, parallel_min_texts=4).encode(texts)

    assert np.allclose(parallel, use_encoder.encode(texts), atol=1e-6)


def test_load_encoder_default_is_use(monkeypatch):
    monkeypatch.delenv("INCONTRA_ENCODER", raising=False)

    assert isinstance(load_encoder(), UseEncoder)


def test_load_encoder_dotted_path_from_environment(monkeypatch):
    monkeypatch.setenv("INCONTRA_ENCODER", "tests.matching.helpers.HashingEncoder")

    assert isinstance(load_encoder(), HashingEncoder)


def test_load_encoder_sentence_transformers_path_is_chosen_lazily():
    encoder = load_encoder("sentence-transformers:/models/e5")

    assert isinstance(encoder, SentenceTransformerEncoder)
    assert encoder.name == "sentence-transformers:/models/e5"


def test_load_encoder_callable_returning_no_encoder_is_refused():
    with pytest.raises(EncoderConfigError, match="did not return an encoder"):
        load_encoder("builtins:object")


def test_cached_encoder_encodes_each_text_once(hashing_encoder):
    cached = CachedEncoder(hashing_encoder)

    first = cached.encode(["wine", "robots", "wine"])
    second = cached.encode(["robots", "wine"])

    assert (hashing_encoder.calls, cached.misses) == (1, 2)
    assert np.array_equal(second, first[[1, 0]])


def test_cached_encoder_file_survives_a_restart(tmp_path, hashing_encoder):
    first = CachedEncoder(hashing_encoder, tmp_path / "cache.npz")
    vectors = first.encode(["wine", "robots"])
    first.save()

    second = CachedEncoder(HashingEncoder(), tmp_path / "cache.npz")

    assert np.array_equal(second.encode(["robots", "wine"]), vectors[[1, 0]])
    assert second.misses == 0


def test_cached_encoder_file_of_another_encoder_is_ignored(tmp_path, hashing_encoder):
    CachedEncoder(hashing_encoder, tmp_path / "cache.npz").encode(["wine"])
    cached = CachedEncoder(hashing_encoder, tmp_path / "cache.npz")
    cached.encode(["wine"])
    cached.save()

    class Other(HashingEncoder):
        name = "other"

    assert len(CachedEncoder(Other(), tmp_path / "cache.npz")) == 0


def test_encoders_satisfy_the_protocol():
    assert isinstance(UseEncoder(), Encoder)
    assert isinstance(CachedEncoder(HashingEncoder()), Encoder)


def test_cached_encoder_forgets_least_recently_used_beyond_its_size(hashing_encoder):
    cached = CachedEncoder(hashing_encoder, max_entries=2)
    cached.encode(["wine", "robots"])
    cached.encode(["wine"])  # now the most recent

    vectors = cached.encode(["cloud", "steel", "grain"])  # more than it keeps, all returned

    assert vectors.shape == (3, hashing_encoder.dimensions)
    assert len(cached) == 2
    cached.encode(["grain", "steel"])
    assert cached.misses == 5  # wine, robots, cloud, steel, grain: the last two were kept
