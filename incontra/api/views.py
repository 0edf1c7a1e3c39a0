"""API v1. Like the web views, these parse the request, call the directory's forms, queries and
services, and answer: the rules live there, so the API and the web behave alike."""

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from incontra.api import serializers
from incontra.api.auth import ApiError, api_endpoint, error_response, json_response
from incontra.api.inputs import form_data, form_defaults, json_body, valid_data
from incontra.api.pagination import page_response
from incontra.directory import queries, services
from incontra.directory.forms import (
    OrganisationFilterForm,
    OrganisationForm,
    PersonForm,
    PersonInOrganisationForm,
    ProfileFilterForm,
    ProfileForm,
)


def _bound_form(
    request, form_class, *, instance, current: dict, read_only: frozenset, scoped: bool = True
):
    """The directory's form, bound to the stored values (or defaults) overlaid with the body.

    `scoped` forms choose among the operator's own records (organisations, parents).
    """
    data = form_data(
        json_body(request), form_class=form_class, current=current, read_only=read_only
    )
    if scoped:
        return form_class(data, instance=instance, operator=request.operator)
    return form_class(data, instance=instance)


def _saved(write):
    """Run a service; a rule it enforces beyond the form still answers 400, not 500."""
    try:
        return write()
    except ValidationError as error:
        errors = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        raise ApiError(400, errors) from error


def _deleted(delete) -> HttpResponse:
    delete()
    return HttpResponse(status=204)


def _created(request, record: dict, url_name: str):
    location = request.build_absolute_uri(reverse(url_name, args=[record["id"]]))
    return json_response(record, status=201, headers={"Location": location})


@api_endpoint("GET", "POST")
def organisation_collection(request):
    if request.method == "POST":
        return _organisation_create(request)
    form = OrganisationFilterForm(request.GET, operator=request.operator)
    found = queries.organisation_list(operator=request.operator, filters=valid_data(form))
    return page_response(
        request, serializers.organisations_prefetched(found), serializers.organisation
    )


@api_endpoint("GET", "PATCH", "DELETE")
def organisation_item(request, pk: int):
    organisation = queries.organisation_for(request.operator, pk)
    if request.method == "PATCH":
        return _organisation_update(request, organisation)
    if request.method == "DELETE":
        # As on the web: its people, consents and profiles go with it.
        return _deleted(lambda: services.organisation_delete(organisation=organisation))
    return json_response(serializers.organisation(organisation))


def _organisation_create(request):
    form = _bound_form(
        request,
        OrganisationForm,
        instance=None,
        current=form_defaults(OrganisationForm),
        read_only=serializers.ORGANISATION_READ_ONLY,
    )
    valid_data(form)
    data, links = form.service_data(), form.links()
    organisation = _saved(
        lambda: services.organisation_create(operator=request.operator, data=data, links=links)
    )
    return _created(request, serializers.organisation(organisation), "api:organisation_item")


def _organisation_update(request, organisation):
    form = _bound_form(
        request,
        OrganisationForm,
        instance=organisation,
        current=serializers.organisation(organisation),
        read_only=serializers.ORGANISATION_READ_ONLY,
    )
    valid_data(form)
    data, links = form.service_data(), form.links()
    _saved(lambda: services.organisation_update(organisation=organisation, data=data, links=links))
    return json_response(serializers.organisation(organisation))


@api_endpoint("GET", "POST")
def profile_collection(request):
    if request.method == "POST":
        return _profile_create(request)
    found = queries.profile_list(
        operator=request.operator, filters=valid_data(ProfileFilterForm(request.GET))
    )
    return page_response(
        request,
        serializers.profiles_prefetched(found),
        lambda profile: serializers.profile(profile, operator=request.operator),
    )


@api_endpoint("GET", "PATCH", "DELETE")
def profile_item(request, pk: int):
    if request.method == "PATCH":
        # Published profiles of other operators can be read, never changed: 404, as on the web.
        return _profile_update(request, queries.profile_editable_for(request.operator, pk))
    if request.method == "DELETE":
        profile = queries.profile_editable_for(request.operator, pk)
        return _deleted(lambda: services.profile_delete(profile=profile))
    profile = queries.profile_for(request.operator, pk)
    return json_response(serializers.profile(profile, operator=request.operator))


def _profile_create(request):
    form = _bound_form(
        request,
        ProfileForm,
        instance=None,
        current=form_defaults(ProfileForm),
        read_only=serializers.PROFILE_READ_ONLY,
    )
    valid_data(form)
    data = form.service_data()
    profile = _saved(lambda: services.profile_create(data=data, user=request.user))
    record = serializers.profile(profile, operator=request.operator)
    return _created(request, record, "api:profile_item")


def _profile_update(request, profile):
    form = _bound_form(
        request,
        ProfileForm,
        instance=profile,
        current=serializers.profile(profile, operator=request.operator),
        read_only=serializers.PROFILE_READ_ONLY,
    )
    valid_data(form)
    data = form.service_data()
    _saved(lambda: services.profile_update(profile=profile, data=data))
    return json_response(serializers.profile(profile, operator=request.operator))


@api_endpoint("GET", "POST")
def person_collection(request):
    if request.method == "POST":
        return _person_create(request)
    people = queries.person_list(operator=request.operator, query=request.GET.get("q", "").strip())
    # The web orders by name only; a stable order keeps pages from overlapping.
    ordered = people.order_by("last_name", "first_name", "pk")
    return page_response(request, ordered, serializers.person)


@api_endpoint("GET", "PATCH", "DELETE")
def person_item(request, pk: int):
    person = queries.person_for(request.operator, pk)
    if request.method == "PATCH":
        return _person_update(request, person)
    if request.method == "DELETE":
        return _deleted(lambda: services.person_delete(person=person))
    return json_response(serializers.person(person))


def _person_create(request):
    form = _bound_form(
        request,
        PersonInOrganisationForm,
        instance=None,
        current=form_defaults(PersonInOrganisationForm),
        read_only=serializers.PERSON_READ_ONLY - {"organisation"},
    )
    valid_data(form)
    data = form.service_data()
    organisation = data.pop("organisation")
    person = services.person_create(organisation=organisation, data=data)
    return _created(request, serializers.person(person), "api:person_item")


def _person_update(request, person):
    form = _bound_form(
        request,
        PersonForm,
        instance=person,
        current=serializers.person(person),
        read_only=serializers.PERSON_READ_ONLY,
        scoped=False,
    )
    valid_data(form)
    services.person_update(person=person, data=form.service_data())
    return json_response(serializers.person(person))


def not_found(request, path: str = ""):
    """Unknown addresses under the API answer in JSON too (the addresses end with a slash)."""
    message = _("There is no API endpoint at %(path)s.") % {"path": request.path}
    return error_response(ApiError.general(404, message))
