"""The taxonomies Incontra ships as data: NACE Rev. 2 sectors and a technology taxonomy.

Pure Python (no Django), so the matching core, importers and the web share one source.
Labels exist in every language of ``LANGUAGES``; lookups in other languages fall back to English.

NACE codes carry their section letter so that a code alone says where it sits:
section ``J``, division ``J62``, group ``J62.0``; deeper codes (class ``J62.01``, national
subclasses such as ATECO ``J62.01.00``) are accepted by the lookups and resolve to their nearest
known ancestor.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

LANGUAGES = ("en", "it", "ru")
FALLBACK_LANGUAGE = "en"
NACE_LEVELS = ("section", "division", "group")

_NACE_INPUT = re.compile(r"^([A-U])?\s*(\d{2})(?:(\.\d{1,2})(?:\.\d+)*)?$")


@dataclass(frozen=True)
class NaceCode:
    code: str
    level: str
    parent: str | None
    labels: dict[str, str]


@dataclass(frozen=True)
class Technology:
    id: str
    area: str | None
    labels: dict[str, str]
    synonyms: dict[str, tuple[str, ...]]

    @property
    def is_area(self) -> bool:
        return self.area is None


def _load(name: str) -> dict[str, Any]:
    return json.loads(files(__name__).joinpath(name).read_text(encoding="utf-8"))


@cache
def nace_codes() -> dict[str, NaceCode]:
    """All known NACE codes by code, sections first, in classification order. Do not mutate."""
    return {
        row["code"]: NaceCode(
            code=row["code"], level=row["level"], parent=row["parent"], labels=row["labels"]
        )
        for row in _load("nace.json")["codes"]
    }


@cache
def technologies() -> dict[str, Technology]:
    """All technologies by id, each area followed by its members. Do not mutate."""
    return {
        row["id"]: Technology(
            id=row["id"],
            area=row["area"],
            labels=row["labels"],
            synonyms={lang: tuple(words) for lang, words in row["synonyms"].items()},
        )
        for row in _load("technologies.json")["technologies"]
    }


def _language(lang: str) -> str:
    """'ru-RU' and 'RU' mean 'ru'; Django hands us either form."""
    return lang.split("-")[0].split("_")[0].lower()


def _label_in(labels: dict[str, str], lang: str) -> str:
    return labels.get(_language(lang)) or labels[FALLBACK_LANGUAGE]


def nace_ancestors(code: str) -> list[str]:
    """Known codes above ``code``, nearest first: "J62.01" -> ["J62.0", "J62", "J"]."""
    known = nace_codes()
    prefixes = (code[:end].rstrip(".") for end in range(len(code) - 1, 0, -1))
    return list(dict.fromkeys(p for p in prefixes if p in known and p != code))


def nace_nearest(code: str) -> str | None:
    """``code`` itself when known, else its nearest known ancestor, else None."""
    if code in nace_codes():
        return code
    ancestors = nace_ancestors(code)
    return ancestors[0] if ancestors else None


def nace_label(code: str, lang: str) -> str:
    """Label of ``code`` (or of its nearest known ancestor) in ``lang``, else in English.

    A code with no known ancestor is returned as it is, so that an unknown code stored by an
    import still shows as something readable instead of breaking a page.
    """
    nearest = nace_nearest(code)
    if nearest is None:
        return code
    return _label_in(nace_codes()[nearest].labels, lang)


def nace_section_of_division(division: str) -> str | None:
    """Section letter of a two-digit division number: "62" -> "J"; None when no such division."""
    return next(
        (
            c.parent
            for c in nace_codes().values()
            if c.level == "division" and c.code[1:] == division
        ),
        None,
    )


def nace_normalise(raw: str) -> str | None:
    """Canonical code for what people type: "62.01", "j62.01", "62.01.00" -> "J62.01".

    Keeps NACE depth at most (class, four digits); national subclasses below it are dropped.
    Returns None when ``raw`` is not a NACE code or its section letter contradicts its division.
    """
    text = raw.strip().upper()
    if len(text) == 1:
        return text if text in nace_codes() else None
    match = _NACE_INPUT.match(text)
    if match is None:
        return None
    given_section, division, rest = match.groups()
    section = nace_section_of_division(division)
    if section is None or given_section not in (None, section):
        return None
    return f"{section}{division}{rest or ''}"


def technology_label(tech_id: str, lang: str) -> str:
    """Label of a technology in ``lang``, else English; an unknown id is returned as it is."""
    tech = technologies().get(tech_id)
    return tech_id if tech is None else _label_in(tech.labels, lang)


def technology_members(area: str) -> list[str]:
    """Ids of the technologies in ``area``, in taxonomy order."""
    return [t.id for t in technologies().values() if t.area == area]


def normalise_term(term: str) -> str:
    """Case- and ё-insensitive form of a word or phrase, as synonyms are compared."""
    return " ".join(term.casefold().replace("ё", "е").split())


@cache
def _technology_terms() -> dict[str, str]:
    terms: dict[str, str] = {}
    for tech in technologies().values():
        words = [tech.id, *tech.labels.values()]
        words += [w for group in tech.synonyms.values() for w in group]
        for word in words:
            terms.setdefault(normalise_term(word), tech.id)
    return terms


def technology_find(term: str) -> str | None:
    """Id of the technology whose id, label or synonym is ``term`` (any language), or None."""
    return _technology_terms().get(normalise_term(term))
