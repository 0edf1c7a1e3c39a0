"""The vocabulary in which the evaluation set is authored.

A split is a list of niches. A niche holds profiles (written by hand) and the pairs among them
that are real partnerships. Profiles that sit in a niche without a pair are the hard negatives:
the same need written by the same kind, a partner excluded by target countries, a profile of the
same organisation, or a word with two meanings.
"""

from dataclasses import dataclass, field

KINDS = {
    "TO": "technology_offer",
    "TR": "technology_request",
    "BO": "business_offer",
    "BR": "business_request",
    "RC": "research_cooperation",
}


@dataclass(frozen=True)
class Draft:
    key: str
    organisation: str
    place: str  # "IT-45" (country and region) or "KZ" (country only)
    kind: str  # a key of KINDS
    language: str
    title: str
    text: str
    targets: tuple[str, ...] = ()
    sectors: tuple[str, ...] | None = None  # None: the niche's sectors
    technologies: tuple[str, ...] | None = None  # None: the niche's technologies
    role: str = "partner"  # partner, same-kind, excluded-target, same-organisation, two-meanings


@dataclass
class Niche:
    name: str
    group: str  # "sibling" (many needs sharing words) or "distinct" (one topic each)
    sectors: tuple[str, ...]
    technologies: tuple[str, ...]
    drafts: list[Draft] = field(default_factory=list)
    pairs: list[tuple[str, str, int]] = field(default_factory=list)

    def add(self, *drafts: Draft) -> None:
        self.drafts.extend(drafts)

    def pair(self, first: str, second: str, grade: int = 2) -> None:
        self.pairs.append((first, second, grade))


def d(key, organisation, place, kind, language, title, text, targets=(), **extra) -> Draft:
    """Shorthand used by the authoring files, one line per field."""
    return Draft(key, organisation, place, kind, language, title, " ".join(text.split()),
                 tuple(targets), **extra)
