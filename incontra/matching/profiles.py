"""Profiles and matches: the `incontra-profiles/1` and `incontra-matches/1` documents.

Parsing is strict and every problem names the profile and the field, because these files are
written by hand and by exports, and a silent default would produce wrong partnerships.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROFILES_FORMAT = "incontra-profiles/1"
MATCHES_FORMAT = "incontra-matches/1"

KINDS = (
    "business_offer",
    "business_request",
    "technology_offer",
    "technology_request",
    "research_cooperation",
)
REQUIRED_FIELDS = ("id", "organisation", "country", "kind", "title")
OPTIONAL_LISTS = ("sectors", "technologies")


class ProfileError(ValueError):
    """The profiles document cannot be used; the message says where and why."""


@dataclass(frozen=True)
class Profile:
    id: str
    organisation: str
    country: str
    kind: str
    title: str
    text: str = ""
    language: str | None = None
    region: str | None = None
    sectors: tuple[str, ...] = ()
    technologies: tuple[str, ...] = ()
    # None means "any market"; an empty tuple is read the same way.
    target_countries: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Match:
    profile: str
    score: float
    reasons: tuple[str, ...] = ()


def load_profiles(path: str | Path) -> list[Profile]:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise ProfileError(f"cannot read {path}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise ProfileError(f"{path} is not UTF-8 text") from error
    return parse_profiles(raw)


def parse_profiles(raw: str) -> list[Profile]:
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ProfileError(
            f"not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from error
    return profiles_from_document(document)


def profiles_from_document(document: Any) -> list[Profile]:
    if not isinstance(document, dict):
        raise ProfileError("the document must be a JSON object")
    if document.get("format") != PROFILES_FORMAT:
        raise ProfileError(f"format must be {PROFILES_FORMAT!r}, found {document.get('format')!r}")
    entries = document.get("profiles")
    if not isinstance(entries, list):
        raise ProfileError("'profiles' must be a list")
    profiles = [_profile_from_entry(entry, position) for position, entry in enumerate(entries)]
    _reject_duplicate_ids(profiles)
    return profiles


def _reject_duplicate_ids(profiles: list[Profile]) -> None:
    seen: set[str] = set()
    for profile in profiles:
        if profile.id in seen:
            raise ProfileError(f"duplicate profile id {profile.id!r}")
        seen.add(profile.id)


def _profile_from_entry(entry: Any, position: int) -> Profile:
    if not isinstance(entry, dict):
        raise ProfileError(f"profile #{position + 1} must be a JSON object")
    where = f"profile {entry.get('id', '#' + str(position + 1))!r}"
    for field in REQUIRED_FIELDS:
        _require_text(entry, field, where, allow_empty=False)
    if entry["kind"] not in KINDS:
        raise ProfileError(
            f"{where}: unknown kind {entry['kind']!r} (expected one of {', '.join(KINDS)})"
        )
    return Profile(
        id=entry["id"],
        organisation=entry["organisation"],
        country=entry["country"].upper(),
        kind=entry["kind"],
        title=entry["title"],
        text=_optional_text(entry, "text", where) or "",
        language=_optional_text(entry, "language", where) or None,
        region=_optional_text(entry, "region", where) or None,
        sectors=_text_list(entry, "sectors", where) or (),
        technologies=_text_list(entry, "technologies", where) or (),
        target_countries=_target_countries(entry, where),
    )


def _require_text(entry: dict, field: str, where: str, *, allow_empty: bool) -> str:
    if field not in entry or entry[field] is None:
        raise ProfileError(f"{where}: missing field {field!r}")
    value = entry[field]
    if not isinstance(value, str):
        raise ProfileError(f"{where}: {field!r} must be a string")
    if not allow_empty and not value.strip():
        raise ProfileError(f"{where}: {field!r} must not be empty")
    return value


def _optional_text(entry: dict, field: str, where: str) -> str | None:
    if entry.get(field) is None:
        return None
    return _require_text(entry, field, where, allow_empty=True)


def _text_list(entry: dict, field: str, where: str) -> tuple[str, ...] | None:
    value = entry.get(field)
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ProfileError(f"{where}: {field!r} must be a list of strings")
    return tuple(dict.fromkeys(item.strip() for item in value if item.strip()))


def _target_countries(entry: dict, where: str) -> tuple[str, ...] | None:
    countries = _text_list(entry, "target_countries", where)
    return tuple(country.upper() for country in countries) if countries else None


def matches_document(matches: dict[str, list[Match]]) -> dict[str, Any]:
    return {
        "format": MATCHES_FORMAT,
        "matches": {
            profile_id: [_match_entry(match) for match in found]
            for profile_id, found in matches.items()
        },
    }


def _match_entry(match: Match) -> dict[str, Any]:
    score = round(match.score, 4)
    return {"profile": match.profile, "score": score, "reasons": list(match.reasons)}


def write_matches(matches: dict[str, list[Match]], path: str | Path) -> None:
    text = json.dumps(matches_document(matches), ensure_ascii=False, indent=2)
    Path(path).write_text(text + "\n", encoding="utf-8")
