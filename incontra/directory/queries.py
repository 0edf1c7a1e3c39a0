"""Reads. Every query starts from what the operator may see, so nothing leaks by accident."""

from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404

from incontra.accounts.models import Operator
from incontra.directory.models import Organisation, Person, Profile, ProfileStatus


def organisations_of(operator: Operator) -> QuerySet[Organisation]:
    return Organisation.objects.filter(operator=operator)


def people_of(operator: Operator) -> QuerySet[Person]:
    return Person.objects.filter(organisation__operator=operator)


def profiles_visible_to(operator: Operator) -> QuerySet[Profile]:
    """The operator's own profiles in any status, and everybody's published ones (shared)."""
    return Profile.objects.filter(
        Q(organisation__operator=operator) | Q(status=ProfileStatus.PUBLISHED)
    )


def organisation_for(operator: Operator, pk: int) -> Organisation:
    return get_object_or_404(organisations_of(operator), pk=pk)


def person_for(operator: Operator, pk: int) -> Person:
    return get_object_or_404(people_of(operator).select_related("organisation"), pk=pk)


def profile_for(operator: Operator, pk: int) -> Profile:
    visible = profiles_visible_to(operator).select_related("organisation__operator")
    return get_object_or_404(visible, pk=pk)


def profile_editable_for(operator: Operator, pk: int) -> Profile:
    own = Profile.objects.filter(organisation__operator=operator).select_related("organisation")
    return get_object_or_404(own, pk=pk)


def _by_sector(queryset: QuerySet, code: str) -> QuerySet:
    """A sector and everything below it: 'J' finds J62 and J62.0 too."""
    return queryset.filter(sectors__code__startswith=code).distinct()


def organisation_list(*, operator: Operator, filters: dict) -> QuerySet[Organisation]:
    organisations = organisations_of(operator)
    if query := filters.get("q"):
        organisations = organisations.filter(
            Q(name__icontains=query) | Q(city__icontains=query) | Q(description__icontains=query)
        )
    for field in ("kind", "country"):
        if value := filters.get(field):
            organisations = organisations.filter(**{field: value})
    if region := filters.get("region"):
        organisations = organisations.filter(region__iexact=region)
    if sector := filters.get("sector"):
        organisations = _by_sector(organisations, sector.code)
    if technology := filters.get("technology"):
        organisations = organisations.filter(technologies=technology)
    if parent := filters.get("member_of"):
        organisations = organisations.filter(links_out__parent=parent).distinct()
    return (
        organisations.annotate(
            profile_count=Count("profiles", distinct=True),
            people_count=Count("people", distinct=True),
        )
        .prefetch_related("sectors", "technologies")
        .order_by("name", "pk")
    )


def profile_list(*, operator: Operator, filters: dict) -> QuerySet[Profile]:
    profiles = profiles_visible_to(operator)
    if query := filters.get("q"):
        profiles = profiles.filter(Q(title__icontains=query) | Q(text__icontains=query))
    scope = filters.get("scope")
    if scope == "ours":
        profiles = profiles.filter(organisation__operator=operator)
    elif scope == "shared":
        profiles = profiles.exclude(organisation__operator=operator)
    for field in ("kind", "status", "language"):
        if value := filters.get(field):
            profiles = profiles.filter(**{field: value})
    if country := filters.get("country"):
        profiles = profiles.filter(organisation__country=country)
    if sector := filters.get("sector"):
        profiles = _by_sector(profiles, sector.code)
    if technology := filters.get("technology"):
        profiles = profiles.filter(technologies=technology)
    return profiles.select_related("organisation").prefetch_related("sectors", "technologies")


def person_list(*, operator: Operator, query: str = "") -> QuerySet[Person]:
    people = people_of(operator).select_related("organisation")
    if query:
        people = people.filter(
            Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
            | Q(email__icontains=query)
            | Q(organisation__name__icontains=query)
        )
    return people.prefetch_related("consents").order_by("last_name", "first_name", "pk")


def dashboard_counts(operator: Operator) -> dict[str, int]:
    return {
        "organisations": organisations_of(operator).count(),
        "people": people_of(operator).count(),
        "profiles": Profile.objects.filter(organisation__operator=operator).count(),
        "shared_profiles": profiles_visible_to(operator)
        .exclude(organisation__operator=operator)
        .count(),
    }
