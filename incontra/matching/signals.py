"""The signals that say how well two profiles fit, each a number per candidate.

Semantic signals compare sentence embeddings of title and text across languages; symbolic
signals compare what both profiles name in a language-neutral way (technologies, NACE sectors,
acronyms and product names).
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

# The order of the score model's weights.
FEATURES = ("semantic", "exclusive", "technology", "sector", "lexical")
# Longer texts are cut before encoding (the evaluation set's longest is well below this).
MAX_ENCODED_CHARS = 1500
# How many nearest allowed partners each profile remembers, for the inverted softmax.
PARTNER_NEIGHBOURS = 50
# Temperature of the inverted softmax, in cosine units.
SOFTMAX_TEMPERATURE = 0.05


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


def encoded_text(profile: Profile) -> str:
    """What the encoder reads: the title, which names the need, then the text.

    Very long texts are cut at a word boundary: encoding time grows with length, the need is
    stated early, and one pasted brochure should not slow down indexing a whole directory.
    """
    title = profile.title.strip()
    if not profile.text.strip():
        return _cut(title)
    return _cut(f"{title.rstrip('.')}. {profile.text.strip()}")


def _cut(text: str) -> str:
    if len(text) <= MAX_ENCODED_CHARS:
        return text
    head = text[:MAX_ENCODED_CHARS]
    return head[: head.rfind(" ")] if " " in head else head


def semantic_features(
    query: np.ndarray, candidates: np.ndarray, candidates_log_partition: np.ndarray
) -> np.ndarray:
    """Columns semantic and exclusive for each candidate row.

    `semantic` is the cosine of the two texts' embeddings. `exclusive` is the inverted softmax
    (Smith et al., 2017): the cosine less the candidate's softmax partition over its own nearest
    partners, in cosine units. In a niche, one request is close to many sibling offers; a request
    that fits every offer a little is not the best partner of each, and this signal says so. It
    is the smooth form of mutual-rank re-ranking (an offer's best request and that request's best
    offer), computed from the neighbour lists the index keeps.
    """
    semantic = candidates.astype(np.float32) @ query.astype(np.float32)
    exclusive = semantic - SOFTMAX_TEMPERATURE * candidates_log_partition
    return np.column_stack([semantic, exclusive])


def log_partition(
    neighbour_similarities: np.ndarray, temperature: float = SOFTMAX_TEMPERATURE
) -> np.ndarray:
    """log sum exp(s / T) over each row's known neighbours (rows padded with values below -1)."""
    scaled = np.where(neighbour_similarities >= -1.0, neighbour_similarities, -np.inf)
    scaled = scaled / temperature
    top = np.max(scaled, axis=1, keepdims=True)
    top = np.where(np.isfinite(top), top, 0.0)
    with np.errstate(divide="ignore"):
        return (top + np.log(np.exp(scaled - top).sum(axis=1, keepdims=True)))[:, 0]


def symbolic_features(
    query: ProfileTerms,
    candidates: list[ProfileTerms],
    technology_frequencies: TermFrequencies,
    neutral_frequencies: TermFrequencies,
) -> np.ndarray:
    """Columns technology, sector, lexical for each candidate."""
    rows = [
        (
            weighted_overlap(query.technologies, other.technologies, technology_frequencies),
            nace_similarity(query.sectors, other.sectors)[0],
            weighted_overlap(query.neutral, other.neutral, neutral_frequencies),
        )
        for other in candidates
    ]
    return np.array(rows, dtype=np.float32).reshape(len(candidates), 3)
