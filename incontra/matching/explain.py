"""Reasons a person can read, in English, Italian or Russian, for why two profiles should meet."""

from __future__ import annotations

from incontra.matching.profiles import Profile
from incontra.matching.signals import ProfileTerms
from incontra.matching.terms import nace_similarity

LANGUAGES = ("en", "it", "ru")
MAX_TECHNOLOGIES = 3
MAX_TERMS = 3

PHRASES = {
    "offer_request": {
        "en": "offer meets request",
        "it": "l'offerta risponde alla richiesta",
        "ru": "предложение отвечает запросу",
    },
    "research": {
        "en": "research cooperation on both sides",
        "it": "cooperazione di ricerca da entrambe le parti",
        "ru": "научное сотрудничество с обеих сторон",
    },
    "sector": {"en": "sector {label}", "it": "settore {label}", "ru": "отрасль {label}"},
    "terms": {
        "en": "both mention {terms}",
        "it": "entrambi citano {terms}",
        "ru": "оба упоминают {terms}",
    },
    "targets": {
        "en": "targets {country}",
        "it": "mercato obiettivo {country}",
        "ru": "целевой рынок {country}",
    },
    "similar": {
        "en": "similar need described",
        "it": "esigenza descritta simile",
        "ru": "похожая описанная потребность",
    },
}
# Cosine of the two texts above which saying "similar need" is fair (rarely reached across
# languages by USE, so it marks a close paraphrase).
SIMILAR_MEANING = 0.5


class LanguageError(ValueError):
    """Reasons were asked for in a language we have no phrases for."""


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        expected = ", ".join(LANGUAGES)
        raise LanguageError(f"unsupported language {lang!r} (expected one of {expected})")
    return lang


def reasons(
    query: Profile,
    candidate: Profile,
    query_terms: ProfileTerms,
    candidate_terms: ProfileTerms,
    *,
    similarity: float,
    lang: str = "en",
) -> tuple[str, ...]:
    found = [_complementarity(query, lang)]
    found += _shared_technologies(query_terms, candidate_terms, lang)
    found += _shared_sector(query_terms, candidate_terms, lang)
    found += _shared_terms(query_terms, candidate_terms, lang)
    found += _target_market(query, candidate, lang)
    if similarity >= SIMILAR_MEANING:
        found.append(PHRASES["similar"][lang])
    return tuple(found)


def _complementarity(query: Profile, lang: str) -> str:
    key = "research" if query.kind == "research_cooperation" else "offer_request"
    return PHRASES[key][lang]


def _shared_technologies(a: ProfileTerms, b: ProfileTerms, lang: str) -> list[str]:
    shared = sorted(a.technologies & b.technologies)[:MAX_TECHNOLOGIES]
    return [technology_label(tech_id, lang) for tech_id in shared]


def _shared_sector(a: ProfileTerms, b: ProfileTerms, lang: str) -> list[str]:
    _, code = nace_similarity(a.sectors, b.sectors)
    if code is None:
        return []
    label = nace_label(code, lang)
    text = f"NACE {code}" + (f" {label}" if label else "")
    return [PHRASES["sector"][lang].format(label=text)]


def _shared_terms(a: ProfileTerms, b: ProfileTerms, lang: str) -> list[str]:
    shared = sorted(a.neutral & b.neutral)[:MAX_TERMS]
    if not shared:
        return []
    return [PHRASES["terms"][lang].format(terms=", ".join(term.upper() for term in shared))]


def _target_market(query: Profile, candidate: Profile, lang: str) -> list[str]:
    """Say so when the query's own list of target markets is what the candidate answers."""
    if query.target_countries and candidate.country in query.target_countries:
        return [PHRASES["targets"][lang].format(country=candidate.country)]
    return []


def technology_label(tech_id: str, lang: str) -> str:
    """The taxonomy's label; an id the taxonomy does not know is shown as written."""
    from incontra.taxonomy import technology_label as label_in

    return _inline(label_in(tech_id, lang))


def _inline(label: str) -> str:
    """'Digital payments' -> 'digital payments' inside a list of reasons; 'IoT' stays."""
    if len(label) > 1 and label[0].isupper() and not label[1].isupper():
        return label[0].lower() + label[1:]
    return label


def nace_label(code: str, lang: str) -> str:
    """'(label)' of the code or its nearest known ancestor; empty for a code it does not know."""
    from incontra.taxonomy import nace_label as label_in

    label = label_in(code, lang)
    return "" if label == code else f"({label})"
