"""Model instances as plain dicts for JSON. Field names are the export columns
(`incontra/directory/exports.py`); lists are arrays, sectors NACE codes, technologies slugs, and
related records their ids. Each function names the prefetches it relies on, so lists stay flat."""

import datetime as dt

from django.db.models import QuerySet

from incontra.accounts.models import Operator
from incontra.directory.models import LinkKind, Organisation, Person, Profile

# Keys a client may send back unchanged (e.g. a GET result, edited): they are ignored on writes.
ORGANISATION_READ_ONLY = frozenset({"id", "created_at", "updated_at"})
# Consents are recorded on the web, where the exact wording is shown; a person stays with their
# organisation.
PERSON_READ_ONLY = frozenset(
    {"id", "organisation", "organisation_name", "organisation_country", "consent_text",
     "consent_given_at", "consents", "created_at", "updated_at"}
)  # fmt: skip
PROFILE_READ_ONLY = frozenset(
    {"id", "organisation_name", "organisation_country", "shared_by", "created_at", "updated_at"}
)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _codes(terms, attribute: str) -> list[str]:
    return [getattr(term, attribute) for term in terms.all()]


def organisations_prefetched(organisations: QuerySet) -> QuerySet:
    return organisations.prefetch_related("sectors", "technologies", "links_out")


def organisation(organisation: Organisation) -> dict:
    links = organisation.links_out.all()
    return {
        "id": organisation.pk,
        "name": organisation.name,
        "kind": organisation.kind,
        "country": organisation.country,
        "region": organisation.region,
        "city": organisation.city,
        "website": organisation.website,
        "size": organisation.size,
        "founded_year": organisation.founded_year,
        "description": organisation.description,
        "description_language": organisation.description_language,
        "languages": list(organisation.languages),
        "sectors": _codes(organisation.sectors, "code"),
        "technologies": _codes(organisation.technologies, "slug"),
        "member_of": sorted(link.parent_id for link in links if link.kind == LinkKind.MEMBER_OF),
        "resident_of": sorted(
            link.parent_id for link in links if link.kind == LinkKind.RESIDENT_OF
        ),
        "notes": organisation.notes,
        "created_at": _iso(organisation.created_at),
        "updated_at": _iso(organisation.updated_at),
    }


def people_prefetched(people: QuerySet) -> QuerySet:
    return people.select_related("organisation").prefetch_related("consents")


def _consent(consent) -> dict:
    return {
        "text": consent.text,
        "given_at": _iso(consent.given_at),
        "withdrawn_at": _iso(consent.withdrawn_at),
        "source": consent.source,
    }


def person(person: Person) -> dict:
    consents = list(person.consents.all())
    active = next((consent for consent in consents if consent.is_active), None)
    return {
        "id": person.pk,
        "organisation": person.organisation_id,
        "organisation_name": person.organisation.name,
        "organisation_country": person.organisation.country,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "job_title": person.job_title,
        "email": person.email,
        "phone": person.phone.as_e164 if person.phone else "",
        "languages": list(person.languages),
        "consent_text": active.text if active else "",
        "consent_given_at": _iso(active.given_at) if active else None,
        "consents": [_consent(consent) for consent in consents],
        "created_at": _iso(person.created_at),
        "updated_at": _iso(person.updated_at),
    }


def profiles_prefetched(profiles: QuerySet) -> QuerySet:
    return profiles.select_related("organisation__operator").prefetch_related(
        "sectors", "technologies"
    )


def profile(profile: Profile, *, operator: Operator) -> dict:
    """`shared_by` names the operator of a profile shared with `operator`; None for its own."""
    owner = profile.organisation
    return {
        "id": profile.pk,
        "organisation": owner.pk,
        "organisation_name": owner.name,
        "organisation_country": owner.country,
        "shared_by": None if owner.operator_id == operator.pk else owner.operator.name,
        "kind": profile.kind,
        "title": profile.title,
        "text": profile.text,
        "language": profile.language,
        "sectors": _codes(profile.sectors, "code"),
        "technologies": _codes(profile.technologies, "slug"),
        "target_countries": list(profile.target_countries),
        "status": profile.status,
        "valid_from": _iso(profile.valid_from),
        "valid_until": _iso(profile.valid_until),
        "created_at": _iso(profile.created_at),
        "updated_at": _iso(profile.updated_at),
    }
