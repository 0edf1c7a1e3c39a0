"""Small helpers for the matching tests."""

from __future__ import annotations

import hashlib

import numpy as np

from incontra.matching.profiles import Profile


class HashingEncoder:
    """A deterministic bag-of-words encoder: similar words give similar vectors, in no time."""

    name = "test-hashing"

    def __init__(self, dimensions: int = 64) -> None:
        self.dimensions = dimensions
        self.calls = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        rows = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.casefold().split():
                digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
                rows[row, int.from_bytes(digest, "little") % self.dimensions] += 1.0
            rows[row, 0] += 1e-3  # an empty text still gets a direction
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def profile(id: str, kind: str = "technology_offer", **fields) -> Profile:
    defaults = {"organisation": f"org-{id}", "country": "IT", "title": f"title {id}"}
    return Profile(id=id, kind=kind, **{**defaults, **fields})
