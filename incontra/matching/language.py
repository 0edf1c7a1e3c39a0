"""Language detection for profiles written without a `language`.

langdetect draws random samples of n-grams; with a fixed seed it answers the same for the same
text. We load only the languages the default encoder was trained on, so an answer is always
one the rest of the pipeline (encoder, explanations) knows what to do with.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

# The 16 languages of multilingual USE v3 (langdetect names Chinese zh-cn / zh-tw).
SUPPORTED_LANGUAGES = (
    "ar",
    "de",
    "en",
    "es",
    "fr",
    "it",
    "ja",
    "ko",
    "nl",
    "pl",
    "pt",
    "ru",
    "th",
    "tr",
    "zh-cn",
    "zh-tw",
)
LANGUAGE_ALIASES = {"zh-cn": "zh", "zh-tw": "zh"}
MIN_PROBABILITY = 0.5
SEED = 0
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@cache
def _factory():
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    directory = Path(PROFILES_DIRECTORY)
    profiles = [(directory / name).read_text(encoding="utf-8") for name in SUPPORTED_LANGUAGES]
    factory.load_json_profile(profiles)
    factory.set_seed(SEED)
    return factory


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text gives no clear answer."""
    if not _LETTER.search(text or ""):
        return None
    detector = _factory().create()
    detector.append(text)
    best = detector.get_probabilities()[0]
    if best.prob < MIN_PROBABILITY:
        return None
    return LANGUAGE_ALIASES.get(best.lang, best.lang)


def profile_language(title: str, text: str, declared: str | None) -> str | None:
    """The declared language wins; otherwise detect it on title and text together."""
    if declared:
        return declared.lower()
    return detect_language(f"{title}. {text}")
