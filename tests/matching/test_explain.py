import pytest

from incontra.matching.explain import LanguageError, check_language, reasons
from incontra.matching.signals import profile_terms

from .helpers import profile

OFFER = profile(
    "a",
    "technology_offer",
    country="IT",
    title="Software per pagamenti digitali",
    text="Terminali POS per piccoli negozi.",
    sectors=("J62.01",),
    target_countries=("RU", "KZ"),
)
REQUEST = profile(
    "b",
    "technology_request",
    country="RU",
    title="Ищем партнёра в области цифровых платежей",
    text="Нужны POS-терминалы для магазинов.",
    sectors=("J62.02",),
)


def explained(lang: str, similarity: float = 0.3) -> tuple[str, ...]:
    return reasons(
        OFFER,
        REQUEST,
        profile_terms(OFFER),
        profile_terms(REQUEST),
        similarity=similarity,
        lang=lang,
    )


def test_reasons_in_english_name_need_sector_terms_and_market():
    assert explained("en") == (
        "offer meets request",
        "digital payments",
        "sector NACE J62.0 (Computer programming, consultancy and related activities)",
        "both mention POS",
        "targets RU",
    )


def test_reasons_in_italian_use_italian_labels():
    assert explained("it") == (
        "l'offerta risponde alla richiesta",
        "pagamenti digitali",
        "settore NACE J62.0 (Produzione di software, consulenza informatica e attività connesse)",
        "entrambi citano POS",
        "mercato obiettivo RU",
    )


def test_reasons_in_russian_use_russian_labels():
    found = explained("ru")

    assert found[:2] == ("предложение отвечает запросу", "цифровые платежи")
    assert found[2].startswith("отрасль NACE J62.0 (")
    assert found[3:] == ("оба упоминают POS", "целевой рынок RU")


def test_reasons_close_paraphrase_says_similar_need():
    assert explained("en", similarity=0.8)[-1] == "similar need described"


def test_reasons_research_pair_says_research_cooperation():
    first = profile("r1", "research_cooperation", title="Graphene")
    second = profile("r2", "research_cooperation", title="Batteries")

    found = reasons(
        first, second, profile_terms(first), profile_terms(second), similarity=0.1, lang="it"
    )

    assert found == ("cooperazione di ricerca da entrambe le parti",)


def test_reasons_unknown_technology_id_is_shown_as_written():
    first = profile("x1", "business_offer", title="Widgets", technologies=("quantum-widgets",))
    second = profile("x2", "business_request", title="Gadgets", technologies=("quantum-widgets",))

    found = reasons(
        first, second, profile_terms(first), profile_terms(second), similarity=0.1, lang="en"
    )

    assert found == ("offer meets request", "quantum-widgets")


def test_check_language_unsupported_language_raises():
    with pytest.raises(LanguageError, match="unsupported language 'de'"):
        check_language("de")


def test_reasons_shouted_ordinary_word_is_not_a_shared_term():
    offer = profile(
        "o", "business_offer", title="CERCHIAMO DISTRIBUTORI", text="Vendiamo terminali POS."
    )
    request = profile(
        "q", "business_request", title="CERCHIAMO FORNITORI", text="Servono terminali POS."
    )

    found = reasons(
        offer, request, profile_terms(offer), profile_terms(request), similarity=0.1, lang="en"
    )

    assert found == ("offer meets request", "digital payments", "both mention POS")
