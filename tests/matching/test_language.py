import pytest

from incontra.matching.language import detect_language, profile_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sviluppiamo software per la gestione dei pagamenti digitali", "it"),
        ("Ищем партнёра в области цифровых платежей", "ru"),
        ("We develop payment software for small shops", "en"),
        ("Wir entwickeln Software für kleine Geschäfte", "de"),
        ("软件开发", "zh"),
    ],
)
def test_detect_language_known_text_gives_its_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["", "   ", "1234 5678", "!!!"])
def test_detect_language_text_without_letters_gives_none(text):
    assert detect_language(text) is None


def test_detect_language_same_text_gives_same_answer_every_time():
    text = "Soluzioni cloud per la logistica"

    assert {detect_language(text) for _ in range(5)} == {"it"}


def test_detect_language_ukrainian_is_read_as_a_supported_language():
    assert detect_language("Шукаємо партнерів у галузі цифрових платежів") in {"ru", "pl"}


def test_profile_language_declared_language_wins():
    assert profile_language("Pagamenti digitali", "", "EN") == "en"


def test_profile_language_missing_language_is_detected_from_title_and_text():
    assert profile_language("Оплата", "Ищем партнёра в области цифровых платежей", None) == "ru"
