import pytest

from incontra.matching.engine import match
from incontra.matching.explain import LanguageError
from incontra.matching.profiles import Profile
from incontra.matching.signals import MAX_ENCODED_CHARS, encoded_text

from .helpers import HashingEncoder


def probe() -> list[Profile]:
    """An Italian offer, its Russian partner, and Italian/Russian siblings of the same niche."""
    return [
        Profile(
            "it-pay",
            "org-1",
            "IT",
            "technology_offer",
            "Software per la gestione dei pagamenti digitali",
            "Sviluppiamo software per i pagamenti digitali: incassi con carta e bonifici "
            "istantanei per negozi online. Cerchiamo partner in Russia.",
            language="it",
            sectors=("J62.01",),
            target_countries=("RU", "IT"),
        ),
        Profile(
            "ru-pay",
            "org-2",
            "RU",
            "technology_request",
            "Ищем партнёра в области цифровых платежей",
            "Наш интернет-магазин ищет решение для приёма онлайн-платежей картами и "
            "мгновенных переводов.",
            language="ru",
            sectors=("G47.91",),
        ),
        Profile(
            "ru-tractor",
            "org-3",
            "RU",
            "technology_request",
            "Поставка сельскохозяйственной техники",
            "Ищем поставщика тракторов и комбайнов для фермерских хозяйств.",
            language="ru",
        ),
        Profile(
            "it-payroll",
            "org-4",
            "IT",
            "technology_request",
            "Carte per pagare gli stipendi dei lavoratori stagionali",
            "Un'azienda agricola cerca carte prepagate per pagare i salari.",
            language="it",
        ),
    ]


def test_match_cross_language_partner_ranks_first(use_encoder):
    found = match(probe(), top=3, lang="en", encoder=use_encoder)

    assert found["it-pay"][0].profile == "ru-pay"
    assert found["ru-pay"][0].profile == "it-pay"
    assert found["ru-pay"][0].reasons[:2] == ("offer meets request", "digital payments")


def test_match_scores_are_probabilities_best_first(use_encoder):
    found = match(probe(), top=3, encoder=use_encoder)

    scores = [m.score for m in found["it-pay"]]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_match_top_limits_the_number_of_partners(use_encoder):
    assert len(match(probe(), top=1, encoder=use_encoder)["it-pay"]) == 1


def test_match_every_profile_gets_an_entry_even_without_partners():
    found = match(probe()[:1], encoder=HashingEncoder())

    assert found == {"it-pay": []}


def test_match_unsupported_language_is_refused():
    with pytest.raises(LanguageError):
        match(probe(), lang="fr", encoder=HashingEncoder())


def test_match_top_below_one_is_refused():
    with pytest.raises(ValueError, match="top must be at least 1"):
        match(probe(), top=0, encoder=HashingEncoder())


def test_encoded_text_joins_title_and_text_and_cuts_long_texts_at_a_word():
    short = Profile("a", "o", "IT", "business_offer", "Vino rosso.", "Cerchiamo importatori.")
    long = Profile("b", "o", "IT", "business_offer", "Vino", "parola " * 1000)

    assert encoded_text(short) == "Vino rosso. Cerchiamo importatori."
    assert len(encoded_text(long)) <= MAX_ENCODED_CHARS
    assert encoded_text(long).endswith("parola")
