"""The hard rules of matching, written again here on purpose.

The benchmark counts rule violations in every system's output; checking the library with its own
rule code would prove nothing, so this is an independent reading of `shared/formats/profiles.md`.
"""

from dataclasses import dataclass

PARTNER_KIND = {
    "business_offer": "business_request",
    "business_request": "business_offer",
    "technology_offer": "technology_request",
    "technology_request": "technology_offer",
    "research_cooperation": "research_cooperation",
}


@dataclass(frozen=True)
class Profile:
    id: str
    organisation: str
    country: str
    kind: str
    language: str
    title: str
    text: str
    target_countries: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict) -> "Profile":
        return cls(
            id=data["id"],
            organisation=data["organisation"],
            country=data["country"],
            kind=data["kind"],
            language=data.get("language", ""),
            title=data["title"],
            text=data.get("text", ""),
            target_countries=tuple(data.get("target_countries") or ()),
        )


def rule_violation(first: Profile, second: Profile) -> str | None:
    """The first hard rule that forbids pairing the two profiles, or None when they may meet."""
    if first.id == second.id:
        return "same profile"
    if PARTNER_KIND[first.kind] != second.kind:
        return "kinds are not complementary"
    if first.organisation == second.organisation:
        return "same organisation"
    if first.target_countries and second.country not in first.target_countries:
        return "outside the first profile's target countries"
    if second.target_countries and first.country not in second.target_countries:
        return "outside the second profile's target countries"
    return None


def may_meet(first: Profile, second: Profile) -> bool:
    return rule_violation(first, second) is None
