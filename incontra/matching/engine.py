"""Match a set of profiles against each other: the function behind `incontra match`."""

from __future__ import annotations

from functools import cache

from incontra.matching.encoder import CachedEncoder, Encoder, load_encoder
from incontra.matching.explain import check_language
from incontra.matching.index import MatchIndex
from incontra.matching.profiles import Match, Profile
from incontra.matching.score import DEFAULT_MODEL, ScoreModel

# Enough to re-match a file of this many profiles without encoding it again.
DEFAULT_CACHE_ENTRIES = 20_000


@cache
def default_encoder() -> CachedEncoder:
    """The configured encoder, loaded once per process, remembering what it encoded lately."""
    return CachedEncoder(load_encoder(), max_entries=DEFAULT_CACHE_ENTRIES)


def build_index(
    profiles: list[Profile], encoder: Encoder | None = None, model: ScoreModel = DEFAULT_MODEL
) -> MatchIndex:
    index = MatchIndex(encoder if encoder is not None else default_encoder(), model)
    index.add(profiles)
    index.refresh()
    return index


def match(
    profiles: list[Profile],
    top: int = 10,
    lang: str = "en",
    *,
    encoder: Encoder | None = None,
    model: ScoreModel = DEFAULT_MODEL,
) -> dict[str, list[Match]]:
    """For each profile, its best partners among the others, best first, at most `top`."""
    check_language(lang)
    if top < 1:
        raise ValueError("top must be at least 1")
    index = build_index(profiles, encoder, model)
    return {profile.id: index.query(profile.id, top=top, lang=lang) for profile in profiles}
