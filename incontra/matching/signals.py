"""The signals that say how well two profiles fit, each a number per candidate.

Semantic signals compare sentence embeddings (title and text apart, because the title carries
the specific need and the text the context); symbolic signals compare what both profiles name in
a language-neutral way (technologies, NACE sectors, acronyms and product names).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from incontra.matching.profiles import Profile
from incontra.matching.terms import (
    TermFrequencies,
    nace_path,
    nace_similarity,
    neutral_terms,
    technology_matcher,
    weighted_overlap,
)

FEATURES = ("full", "title", "text", "cross", "hub", "nace", "tech", "lexical")


@dataclass(frozen=True)
class ProfileTerms:
    """What a profile names in a way that does not depend on its language."""

    technologies: frozenset[str]
    sectors: tuple[tuple[str, ...], ...]
    neutral: frozenset[str]


def profile_terms(profile: Profile) -> ProfileTerms:
    written = f"{profile.title}\n{profile.text}"
    detected = technology_matcher().find(written)
    return ProfileTerms(
        technologies=frozenset(profile.technologies) | detected,
        sectors=tuple(nace_path(code) for code in profile.sectors if code.strip()),
        neutral=neutral_terms(written),
    )


@dataclass(frozen=True)
class Embeddings:
    """Rows of L2-normalised vectors: title, text (the title again when text is empty), full."""

    title: np.ndarray
    text: np.ndarray
    full: np.ndarray


def full_vectors(title: np.ndarray, text: np.ndarray) -> np.ndarray:
    """One vector per profile for the index: title and text weigh the same."""
    summed = title.astype(np.float32) + text.astype(np.float32)
    return summed / np.maximum(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12)


def semantic_features(
    query: Embeddings, candidates: Embeddings, query_hub: float, candidate_hubs: np.ndarray
) -> np.ndarray:
    """Columns full, title, text, cross, hub for each candidate row."""
    as32 = _as_float32
    title_c, text_c, full_c = as32(candidates.title), as32(candidates.text), as32(candidates.full)
    title_q, text_q, full_q = as32(query.title[0]), as32(query.text[0]), as32(query.full[0])
    full = full_c @ full_q
    cross = 0.5 * (text_c @ title_q + title_c @ text_q)
    # Cross-domain similarity local scaling: a candidate close to everything (a hub) earns less.
    hub = full - 0.5 * (query_hub + candidate_hubs)
    return np.column_stack([full, title_c @ title_q, text_c @ text_q, cross, hub])


def _as_float32(array: np.ndarray) -> np.ndarray:
    return np.asarray(array, dtype=np.float32)


def symbolic_features(
    query: ProfileTerms,
    candidates: list[ProfileTerms],
    technology_frequencies: TermFrequencies,
    neutral_frequencies: TermFrequencies,
) -> np.ndarray:
    """Columns nace, tech, lexical for each candidate."""
    rows = [
        (
            nace_similarity(query.sectors, other.sectors)[0],
            weighted_overlap(query.technologies, other.technologies, technology_frequencies),
            weighted_overlap(query.neutral, other.neutral, neutral_frequencies),
        )
        for other in candidates
    ]
    return np.array(rows, dtype=np.float32).reshape(len(candidates), 3)
