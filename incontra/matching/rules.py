"""Hard rules: a pair that breaks one is never proposed, whatever its score."""

from __future__ import annotations

from incontra.matching.profiles import Profile

COMPLEMENT = {
    "business_offer": "business_request",
    "business_request": "business_offer",
    "technology_offer": "technology_request",
    "technology_request": "technology_offer",
    "research_cooperation": "research_cooperation",
}


def complementary_kind(kind: str) -> str:
    return COMPLEMENT[kind]


def kinds_complement(a: Profile, b: Profile) -> bool:
    return COMPLEMENT[a.kind] == b.kind


def different_organisations(a: Profile, b: Profile) -> bool:
    return a.organisation != b.organisation


def markets_accept(a: Profile, b: Profile) -> bool:
    """Target countries bind both sides: each must be in the other's markets, if it names any."""
    return _accepts(a, b.country) and _accepts(b, a.country)


def _accepts(profile: Profile, country: str) -> bool:
    return profile.target_countries is None or country in profile.target_countries


def may_match(a: Profile, b: Profile) -> bool:
    return (
        a.id != b.id
        and kinds_complement(a, b)
        and different_organisations(a, b)
        and markets_accept(a, b)
    )
