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
FEATURES = ("semantic", "centered", "mutual", "technology", "sector", "lexical")
# Ranks beyond this many neighbours count as "far" for the mutual-rank signal.
MUTUAL_NEIGHBOURS = 50


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
    """What the encoder reads: the title, which names the need, then the text."""
    title = profile.title.strip()
    if not profile.text.strip():
        return title
    return f"{title.rstrip('.')}. {profile.text.strip()}"


def semantic_features(
    query: np.ndarray,
    candidates: np.ndarray,
    query_centered: np.ndarray,
    candidates_centered: np.ndarray,
    ranks_from_candidates: np.ndarray,
) -> np.ndarray:
    """Columns semantic, centered, mutual for each candidate row.

    `centered` compares vectors from which each language's mean was taken away: multilingual
    encoders keep some of the language in every vector, which favours candidates that merely
    share the query's language. `mutual` is high when the query is also among the candidate's
    own nearest partners: a request that fits many offers a little is not the best for each.
    """
    semantic = candidates.astype(np.float32) @ query.astype(np.float32)
    centered = candidates_centered @ query_centered
    mutual = mutual_rank_signal(ranks_from_candidates)
    return np.column_stack([semantic, centered, mutual])


def mutual_rank_signal(ranks: np.ndarray) -> np.ndarray:
    """1 for the first place, falling with the log of the rank, 0 past MUTUAL_NEIGHBOURS."""
    capped = np.minimum(np.asarray(ranks, dtype=np.float64), MUTUAL_NEIGHBOURS + 1)
    return 1.0 - np.log(capped) / np.log(MUTUAL_NEIGHBOURS + 1)


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
