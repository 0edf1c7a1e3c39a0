"""ISO codes for countries (3166-1), regions (3166-2) and languages (639-1), named in the
reader's language with pycountry's own catalogues."""

import gettext
from functools import cache

import pycountry
from django.utils.translation import get_language

# The languages offered in pick lists; any other ISO 639-1 code is still accepted on import.
COMMON_LANGUAGES = (
    "en", "it", "ru", "de", "fr", "es", "pt", "zh", "ar", "tr", "uk", "pl", "kk", "uz", "be",
    "ro", "el", "sr", "hr", "sl", "nl", "sv", "fi", "cs", "hu", "bg", "ja", "ko", "hi", "he",
)  # fmt: skip


@cache
def _catalogue(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _reader_language() -> str:
    return (get_language() or "en")[:2]


def is_country(code: str) -> bool:
    return pycountry.countries.get(alpha_2=code.upper()) is not None


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return _catalogue("iso3166-1", _reader_language()).gettext(country.name)


@cache
def _country_codes() -> tuple[str, ...]:
    return tuple(sorted(country.alpha_2 for country in pycountry.countries))


def country_choices() -> list[tuple[str, str]]:
    choices = [(code, country_name(code)) for code in _country_codes()]
    return sorted(choices, key=lambda choice: choice[1])


def region_country(code: str) -> str | None:
    """The country of an ISO 3166-2 region code, or None when the code does not exist."""
    region = pycountry.subdivisions.get(code=code.upper())
    return region.country_code if region else None


def region_name(code: str) -> str:
    region = pycountry.subdivisions.get(code=code.upper())
    if region is None:
        return code
    return _catalogue("iso3166-2", _reader_language()).gettext(region.name)


def is_language(code: str) -> bool:
    return len(code) == 2 and pycountry.languages.get(alpha_2=code.lower()) is not None


def language_name(code: str) -> str:
    language = pycountry.languages.get(alpha_2=code.lower())
    if language is None:
        return code
    return _catalogue("iso639-3", _reader_language()).gettext(language.name)


def language_choices() -> list[tuple[str, str]]:
    return [(code, language_name(code)) for code in COMMON_LANGUAGES]
