"""Directory-sized sets of profiles, recombined from the hand-authored evaluation set.

Each synthetic profile takes the kind, language, title, sectors, technologies and first sentence
of a source profile, then sentences of other profiles in the same language, on the same side
(offers with offers, requests with requests) and with the same technologies where there are
enough, plus one sentence of its own with figures and a place, so that every text is unique (an
encoder cache cannot shortcut the benchmark). Countries, regions, organisations and target
markets are drawn to look like a real directory: most organisations publish one profile, some
several; a third of profiles name target countries.
"""

import json
import random
import re
from collections import defaultdict
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
OFFER_KINDS = {"business_offer", "technology_offer"}

PLACES = {
    "IT": ["IT-25", "IT-45", "IT-34", "IT-21", "IT-52", "IT-62", "IT-72", "IT-75", "IT-82"],
    "RU": ["RU-MOW", "RU-SPE", "RU-TA", "RU-NVS", "RU-SVE", "RU-SAM", "RU-NIZ", "RU-KDA"],
    "KZ": ["KZ-75", "KZ-71", "KZ-79", "KZ-35"],
    "DE": ["DE-BY", "DE-BW", "DE-NW", "DE-BE", "DE-HH"],
    "FR": ["FR-IDF", "FR-ARA", "FR-OCC"],
    "ES": ["ES-MD", "ES-CT", "ES-AN"],
    "UZ": ["UZ-TK", "UZ-SA"],
    "AM": ["AM-ER"],
}
COUNTRIES_BY_LANGUAGE = {
    "it": ["IT"], "ru": ["RU", "KZ", "UZ", "AM"], "en": ["IT", "RU", "KZ", "DE", "AM", "UZ"],
    "de": ["DE"], "fr": ["FR"], "es": ["ES"],
}
CITIES = ["Milano", "Bologna", "Torino", "Bari", "Kazan", "Samara", "Almaty", "Astana",
          "Tashkent", "Yerevan", "München", "Lyon", "Valencia", "Novosibirsk", "Padova"]
DETAILS = {
    "it": "L'azienda ha {staff} dipendenti, sede a {city} e {years} anni di esperienza.",
    "ru": "В компании {staff} сотрудников, офис в городе {city}, опыт работы {years} лет.",
    "en": "The company has {staff} employees, is based in {city} and has {years} years of "
          "experience.",
    "de": "Das Unternehmen hat {staff} Beschäftigte, sitzt in {city} und ist seit {years} Jahren "
          "am Markt.",
    "fr": "L'entreprise compte {staff} salariés, est basée à {city} et a {years} ans "
          "d'expérience.",
    "es": "La empresa tiene {staff} empleados, sede en {city} y {years} años de experiencia.",
}


def source_profiles() -> list[dict]:
    profiles = []
    for split in ("dev", "test"):
        document = json.loads((DATA_DIR / f"{split}.json").read_text(encoding="utf-8"))
        profiles.extend(document["profiles"])
    return profiles


def side(kind: str) -> str:
    if kind == "research_cooperation":
        return "research"
    return "offer" if kind in OFFER_KINDS else "request"


def sentences(profile: dict) -> list[str]:
    return [sentence for sentence in SENTENCE_END.split(profile["text"]) if len(sentence) > 25]


def pool_keys(profile: dict) -> list[tuple]:
    """From the closest pool to the broadest: same topic, then same language and side."""
    broad = (profile["language"], side(profile["kind"]))
    return [(*broad, tuple(profile["technologies"])), broad]


def sentence_pools(profiles: list[dict]) -> dict[tuple, list[str]]:
    pools = defaultdict(list)
    for profile in profiles:
        for key in pool_keys(profile):
            pools[key].extend(sentences(profile))
    return pools


def synthesise(count: int, seed: int = 7) -> list[dict]:
    """`count` profiles with ids s-000001 ..., the same for the same seed."""
    rng = random.Random(seed)
    sources = source_profiles()
    pools = sentence_pools(sources)
    organisations = max(1, int(count * 0.7))
    return [synthetic_profile(number, rng.choice(sources), pools, organisations, rng)
            for number in range(1, count + 1)]


def synthetic_profile(number: int, source: dict, pools, organisations: int, rng) -> dict:
    language = source["language"]
    pool = next(pool for key in pool_keys(source) if len(pool := pools[key]) >= 4)
    own = sentences(source)[:1]
    borrowed = [rng.choice(pool) for _ in range(rng.randint(1, 3) - len(own))]
    detail = DETAILS[language].format(staff=rng.randint(5, 4000), city=rng.choice(CITIES),
                                      years=rng.randint(2, 60))
    country = rng.choice(COUNTRIES_BY_LANGUAGE[language])
    profile = {
        "id": f"s-{number:06d}",
        "organisation": f"org-s{rng.randrange(organisations):06d}",
        "country": country,
        "kind": source["kind"],
        "title": source["title"],
        "text": " ".join([*own, *borrowed, detail]),
        "language": language,
        "sectors": source["sectors"],
        "technologies": source["technologies"],
    }
    if country in PLACES:
        profile["region"] = rng.choice(PLACES[country])
    if rng.random() < 0.33:
        profile["target_countries"] = rng.sample(sorted(PLACES), rng.randint(2, 5))
    return profile
