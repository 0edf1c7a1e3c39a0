"""The two baselines Incontra is compared with, both under the same hard rules.

- TF-IDF: bag of words over title and text (sublinear tf, smoothed idf, cosine), in numpy. It
  stands for the keyword matching of today's matchmaking tools.
- Plain encoder: the multilingual sentence encoder alone, cosine of title-and-text embeddings,
  and nothing else.

Both rank every other profile of the split and keep the best ten that the hard rules allow, so
that the comparison with Incontra is about ranking, not about filtering.
"""

import math
import re
from collections import Counter

import numpy as np

from bench.matching.rules import Profile, may_meet

WORD = re.compile(r"\w{2,}", re.UNICODE)


def profile_text(profile: Profile) -> str:
    return f"{profile.title}. {profile.text}".strip()


def tokens(text: str) -> list[str]:
    return WORD.findall(text.lower())


def tfidf_matrix(texts: list[str]) -> np.ndarray:
    """L2-normalised TF-IDF rows: tf = 1 + log(count), idf = log((1 + n) / (1 + df)) + 1."""
    counted = [Counter(tokens(text)) for text in texts]
    vocabulary = {word: column for column, word in
                  enumerate(sorted({word for counts in counted for word in counts}))}
    document_frequency = Counter(word for counts in counted for word in counts)
    idf = np.ones(len(vocabulary))
    for word, column in vocabulary.items():
        idf[column] = math.log((1 + len(texts)) / (1 + document_frequency[word])) + 1.0
    matrix = np.zeros((len(texts), len(vocabulary)))
    for row, counts in enumerate(counted):
        for word, count in counts.items():
            matrix[row, vocabulary[word]] = (1.0 + math.log(count)) * idf[vocabulary[word]]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


def top_allowed(profiles: list[Profile], similarities: np.ndarray, top: int) -> dict[str, list]:
    """For each profile, the `top` most similar others that the hard rules allow."""
    ranked = {}
    for row, profile in enumerate(profiles):
        order = np.argsort(-similarities[row], kind="stable")
        allowed = [profiles[column].id for column in order
                   if may_meet(profile, profiles[column])]
        ranked[profile.id] = allowed[:top]
    return ranked


def rank_tfidf(profiles: list[Profile], top: int = 10) -> dict[str, list[str]]:
    vectors = tfidf_matrix([profile_text(profile) for profile in profiles])
    return top_allowed(profiles, vectors @ vectors.T, top)


def rank_plain_encoder(profiles: list[Profile], encoder, top: int = 10) -> dict[str, list[str]]:
    vectors = np.asarray(encoder.encode([profile_text(profile) for profile in profiles]),
                         dtype=np.float64)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return top_allowed(profiles, vectors @ vectors.T, top)
