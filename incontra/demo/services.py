"""Load the shipped demo: operators and their staff, organisations, people and profiles.

Loading twice changes nothing: every record is found by its natural key before it is written.
"""

import datetime as dt
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from incontra.accounts.models import Operator, StaffMembership
from incontra.directory import services
from incontra.directory.models import Organisation, Person, Profile, Sector, Technology
from incontra.suggestions.services import suggestions_rebuild

DATA_DIR = Path(__file__).parent / "data"
DEMO_PASSWORD = "incontra-demo"  # noqa: S105 -- printed for the demo on purpose


def _read(name: str) -> list[dict]:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


@transaction.atomic
def demo_load() -> dict[str, int]:
    services.taxonomy_sync()
    operators = {entry["ref"]: _operator(entry) for entry in _read("operators.json")}
    organisations = _organisations(_read("organisations.json"), operators)
    people = [_person(entry, organisations) for entry in _read("people.json")]
    profiles = [_profile(entry, organisations) for entry in _read("profiles.json")]
    _superuser()
    transaction.on_commit(suggestions_rebuild)
    return {
        "operators": len(operators),
        "organisations": len(organisations),
        "people": len(people),
        "profiles": len(profiles),
    }


def _superuser() -> None:
    user, created = get_user_model().objects.get_or_create(
        username="admin", defaults={"is_staff": True, "is_superuser": True}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()


def _operator(entry: dict) -> Operator:
    operator, _ = Operator.objects.get_or_create(
        slug=entry["ref"], defaults={"name": entry["name"]}
    )
    for account in entry.get("users", []):
        user = _user(account)
        StaffMembership.objects.update_or_create(
            operator=operator, user=user, defaults={"role": account["role"]}
        )
    return operator


def _user(account: dict):
    user, created = get_user_model().objects.get_or_create(
        username=account["username"],
        defaults={
            "first_name": account.get("first_name", ""),
            "last_name": account.get("last_name", ""),
            "email": account.get("email", ""),
        },
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    return user


def _terms(entry: dict) -> dict:
    return {
        "sectors": list(Sector.objects.filter(code__in=entry.get("sectors", []))),
        "technologies": list(Technology.objects.filter(slug__in=entry.get("technologies", []))),
    }


def _organisations(entries: list[dict], operators: dict) -> dict[str, Organisation]:
    by_ref = {entry["ref"]: _organisation(entry, operators[entry["operator"]]) for entry in entries}
    for entry in entries:
        links: dict[str, list[Organisation]] = {"member_of": [], "resident_of": []}
        for membership in entry.get("memberships", []):
            links[membership["kind"]].append(by_ref[membership["of"]])
        services.organisation_links_set(organisation=by_ref[entry["ref"]], links=links)
    return by_ref


def _organisation(entry: dict, operator: Operator) -> Organisation:
    data = {
        "kind": entry["kind"],
        "name": entry["name"],
        "country": entry["country"],
        "region": entry.get("region") or "",
        "city": entry.get("city") or "",
        "website": entry.get("website") or "",
        "size": entry.get("size") or "",
        "founded_year": entry.get("founded"),
        "description": entry.get("description") or "",
        "description_language": entry.get("description_language") or "",
        "languages": entry.get("languages", []),
        "notes": entry.get("notes") or "",
        **_terms(entry),
    }
    existing = Organisation.objects.filter(
        operator=operator, name=entry["name"], country=entry["country"]
    ).first()
    if existing:
        return services.organisation_update(organisation=existing, data=data)
    return services.organisation_create(operator=operator, data=data)


def _person(entry: dict, organisations: dict) -> Person:
    organisation = organisations[entry["organisation"]]
    data = {
        "first_name": entry["first_name"],
        "last_name": entry["last_name"],
        "job_title": entry.get("role") or "",
        "email": entry.get("email") or "",
        "phone": entry.get("phone") or "",
        "languages": entry.get("languages", []),
    }
    person = Person.objects.filter(
        organisation=organisation, first_name=data["first_name"], last_name=data["last_name"]
    ).first()
    if person:
        return services.person_update(person=person, data=data)
    person = services.person_create(organisation=organisation, data=data)
    if consent := entry.get("consent"):
        given_at = dt.datetime.fromisoformat(consent["given_at"])
        services.consent_record(
            person=person, text=consent["text"], given_at=given_at, source="demo"
        )
    return person


def _profile(entry: dict, organisations: dict) -> Profile:
    organisation = organisations[entry["organisation"]]
    data = {
        "organisation": organisation,
        "kind": entry["kind"],
        "title": entry["title"],
        "text": entry.get("text") or "",
        "language": entry.get("language") or "",
        "target_countries": entry.get("target_countries", []),
        "status": entry.get("status", "published"),
        "valid_from": _date(entry.get("valid_from")),
        "valid_until": _date(entry.get("valid_until")),
        **_terms(entry),
    }
    profile = Profile.objects.filter(
        organisation=organisation, kind=entry["kind"], title=entry["title"]
    ).first()
    if profile:
        return services.profile_update(profile=profile, data=data, refresh=False)
    return services.profile_create(data=data, refresh=False)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None
