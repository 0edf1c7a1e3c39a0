"""Writes to the directory. Views, importers, the demo and the API all come through here."""

import datetime as dt

from django.db import transaction
from django.db.models import Model

from incontra.accounts.models import Operator
from incontra.directory.models import (
    Consent,
    LinkKind,
    Organisation,
    OrganisationLink,
    Person,
    Profile,
    ProfileStatus,
    Sector,
    Technology,
)
from incontra.directory.taxonomy_sync import sync_taxonomy
from incontra.matching.language import detect_language
from incontra.suggestions.tasks import refresh_suggestions

ORGANISATION_M2M = ("sectors", "technologies")
PROFILE_M2M = ("sectors", "technologies")


def _assign(instance: Model, data: dict, m2m: tuple[str, ...]) -> Model:
    """Set plain fields, save, then set many-to-many fields (which need a primary key)."""
    for field, value in data.items():
        if field not in m2m:
            setattr(instance, field, value)
    instance.full_clean(exclude=[*m2m])
    instance.save()
    for field in m2m:
        if field in data:
            getattr(instance, field).set(data[field])
    return instance


@transaction.atomic
def organisation_create(
    *, operator: Operator, data: dict, links: dict | None = None
) -> Organisation:
    organisation = _assign(Organisation(operator=operator), data, ORGANISATION_M2M)
    organisation_links_set(organisation=organisation, links=links or {})
    return organisation


@transaction.atomic
def organisation_update(
    *, organisation: Organisation, data: dict, links: dict | None = None
) -> Organisation:
    _assign(organisation, data, ORGANISATION_M2M)
    if links is not None:
        organisation_links_set(organisation=organisation, links=links)
    return organisation


def organisation_links_set(*, organisation: Organisation, links: dict) -> None:
    """Replace the memberships of each kind given ({'member_of': [district, ...]})."""
    for kind, parents in links.items():
        LinkKind(kind)  # refuses unknown kinds
        wanted = {parent.pk for parent in parents if parent.pk != organisation.pk}
        current = organisation.links_out.filter(kind=kind)
        current.exclude(parent_id__in=wanted).delete()
        existing = set(current.values_list("parent_id", flat=True))
        OrganisationLink.objects.bulk_create(
            OrganisationLink(member=organisation, parent_id=parent_id, kind=kind)
            for parent_id in wanted - existing
        )


@transaction.atomic
def person_create(*, organisation: Organisation, data: dict) -> Person:
    return _assign(Person(organisation=organisation), data, ())


@transaction.atomic
def person_update(*, person: Person, data: dict) -> Person:
    return _assign(person, data, ())


@transaction.atomic
def organisation_delete(*, organisation: Organisation) -> None:
    """Delete an organisation with its people, consents and profiles."""
    profile_ids = list(organisation.profiles.values_list("pk", flat=True))
    organisation.delete()
    suggestions_refresh_later(profile_ids)


def person_delete(*, person: Person) -> None:
    person.delete()


@transaction.atomic
def profile_delete(*, profile: Profile) -> None:
    profile_id = profile.pk
    profile.delete()
    suggestions_refresh_later([profile_id])


def consent_record(
    *, person: Person, text: str, given_at: dt.datetime, source: str = "", user=None
) -> Consent:
    return Consent.objects.create(
        person=person, text=text, given_at=given_at, source=source, recorded_by=user
    )


def consent_withdraw(*, consent: Consent, when: dt.datetime) -> Consent:
    if consent.withdrawn_at is None:
        consent.withdrawn_at = when
        consent.save(update_fields=["withdrawn_at"])
    return consent


def _with_language(data: dict) -> dict:
    """Profiles keep their author's language; when none is given, detect it from the text."""
    if data.get("language"):
        return data
    detected = detect_language(f"{data.get('title', '')}\n{data.get('text', '')}")
    return {**data, "language": detected or ""}


def suggestions_refresh_later(profile_ids: list[int]) -> None:
    """Recompute suggested partners in the background once the change is committed."""
    if profile_ids:
        ids = sorted(profile_ids)
        transaction.on_commit(lambda: refresh_suggestions.enqueue(profile_ids=ids))


@transaction.atomic
def profile_create(*, data: dict, user=None, refresh: bool = True) -> Profile:
    """`refresh=False` lets a bulk loader recompute suggestions once for all its profiles."""
    profile = _assign(Profile(created_by=user), _with_language(data), PROFILE_M2M)
    if refresh:
        suggestions_refresh_later([profile.pk])
    return profile


@transaction.atomic
def profile_update(*, profile: Profile, data: dict, refresh: bool = True) -> Profile:
    _assign(profile, _with_language(data), PROFILE_M2M)
    if refresh:
        suggestions_refresh_later([profile.pk])
    return profile


@transaction.atomic
def profiles_expire_due(*, today: dt.date) -> int:
    """Published profiles past their validity become expired; returns how many."""
    due = Profile.objects.filter(status=ProfileStatus.PUBLISHED, valid_until__lt=today)
    expired = list(due.values_list("pk", flat=True))
    Profile.objects.filter(pk__in=expired).update(status=ProfileStatus.EXPIRED)
    suggestions_refresh_later(expired)
    return len(expired)


@transaction.atomic
def taxonomy_sync() -> dict[str, int]:
    """Load the shipped NACE and technology taxonomies into the database (idempotent)."""
    return sync_taxonomy(sector_model=Sector, technology_model=Technology)
