import pytest

from incontra.matching import terms as terms_module
from incontra.matching.terms import (
    TermFrequencies,
    build_term_matcher,
    nace_path,
    nace_similarity,
    neutral_terms,
    ordinary_words,
    technology_matcher,
    weighted_overlap,
)


@pytest.mark.parametrize(
    "text",
    [
        "Sviluppiamo software per la gestione dei pagamenti digitali",
        "Ищем партнёра в области цифровых платежей",
        "We build digital payments for shops",
    ],
)
def test_technology_matcher_finds_digital_payments_in_any_language(text):
    assert "digital-payments" in technology_matcher().find(text)


def test_technology_matcher_acronym_synonym_needs_its_case():
    matcher = build_term_matcher([("digital", "IT")])

    assert (matcher.find("IT services"), matcher.find("it is good")) == (
        frozenset({"digital"}),
        frozenset(),
    )


def test_term_matcher_word_cache_is_emptied_when_full(monkeypatch):
    monkeypatch.setattr(terms_module, "STARTING_CACHE_SIZE", 2)
    matcher = build_term_matcher([("digital-payments", "digital payments")])

    found = [matcher.find(text) for text in ("alpha beta", "gamma digital payments")]

    assert found == [frozenset(), frozenset({"digital-payments"})]
    assert len(matcher._starting) <= 2


def test_technology_matcher_phrase_must_be_contiguous():
    matcher = build_term_matcher([("digital-payments", "digital payments")])

    assert matcher.find("digital tools for payments") == frozenset()


@pytest.mark.parametrize("text", ["платежи", "платежей", "платежами", "платёж"])
def test_term_matcher_inflected_russian_forms_are_found(text):
    assert build_term_matcher([("pay", "платежи")]).find(text) == frozenset({"pay"})


def test_term_matcher_shared_beginning_of_a_different_word_is_not_found():
    matcher = build_term_matcher([("ev", "электромобили"), ("h2", "electrolysis")])

    assert matcher.find("электродвигатели и electricity") == frozenset()


def test_nace_path_class_lists_every_level():
    assert nace_path("J62.01") == ("J", "J62", "J62.0", "J62.01")


def test_nace_path_code_without_section_gets_it():
    assert nace_path("62.01") == ("J", "J62", "J62.0", "J62.01")


def test_nace_path_unknown_code_is_kept_as_written():
    assert nace_path("zz9") == ("ZZ9",)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("J62.01", "J62.01", (1.0, "J62.01")),
        ("J62.01", "J62.02", (0.75, "J62.0")),
        ("C26.20", "C26.11", (0.5, "C26")),
        ("J62.01", "J63.11", (0.25, "J")),
        ("J62.01", "K64.19", (0.0, None)),
    ],
)
def test_nace_similarity_deeper_shared_level_scores_higher(a, b, expected):
    assert nace_similarity((nace_path(a),), (nace_path(b),)) == expected


def test_nace_similarity_same_division_names_the_division():
    assert nace_similarity((nace_path("J62.01"),), (nace_path("J62"),)) == (0.5, "J62")


def test_neutral_terms_keeps_acronyms_codes_and_names_not_plain_words():
    text = "Terminali POS Android per negozi, certificati ISO9001 e 5G, compatibili con Visa"

    assert neutral_terms(text) == frozenset({"pos", "android", "iso9001", "5g", "visa"})


def test_neutral_terms_latin_words_inside_russian_text_are_kept():
    assert neutral_terms("Интеграция с Bitrix и magento") == frozenset({"bitrix", "magento"})


def test_weighted_overlap_rare_shared_term_counts_more_than_common_one():
    frequencies = TermFrequencies()
    for terms in (["pos", "card"], ["card"], ["card"], ["card", "qr"]):
        frequencies.add(terms)

    rare = weighted_overlap(frozenset({"pos", "card"}), frozenset({"pos", "qr"}), frequencies)
    common = weighted_overlap(frozenset({"pos", "card"}), frozenset({"card", "qr"}), frequencies)

    assert rare > common > 0.0


def test_weighted_overlap_empty_side_is_zero():
    assert weighted_overlap(frozenset(), frozenset({"pos"}), TermFrequencies()) == 0.0


def test_neutral_terms_cyrillic_lookalike_code_meets_latin_spelling():
    assert neutral_terms("Работаем в 1С") == neutral_terms("We work with 1C") == frozenset({"1c"})


@pytest.mark.parametrize(
    "text",
    [
        "CERCHIAMO PARTNER per terminali POS",
        "WE OFFER POS terminals for small shops",
        "ИЩЕМ ПАРТНЁРА: терминалы POS для магазинов",
        "WIR SUCHEN Partner für POS-Terminals",
    ],
)
def test_neutral_terms_ordinary_words_in_capitals_are_not_acronyms(text):
    assert neutral_terms(text) == frozenset({"pos"})


def test_neutral_terms_first_word_of_a_later_sentence_is_not_a_name():
    text = "Produciamo terminali. Cerchiamo distributori in Kazakistan. Our app runs on Android"

    assert neutral_terms(text) == frozenset({"kazakistan", "android"})


def test_neutral_terms_capitalised_german_nouns_are_not_names():
    text = "Wir liefern Kassensysteme mit Kartenleser für kleine Läden und Apotheken, mit SAP"

    assert neutral_terms(text) == frozenset({"sap"})


def test_neutral_terms_short_acronym_that_is_a_word_elsewhere_is_kept():
    assert neutral_terms("Servizi IT e AI per la PA") == frozenset({"it", "ai", "pa"})


def test_ordinary_words_list_is_lower_case_and_holds_every_language():
    words = ordinary_words()

    assert all(word == word.casefold() for word in words)
    assert {"cerchiamo", "we", "wir", "nous", "buscamos", "ищем"} <= words
