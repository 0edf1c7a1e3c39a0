"""Back-office pages of the directory. Views parse the request, call a query or a service, and
render; the rules live in forms, services and queries."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from incontra.accounts.access import editor_required, staff_required
from incontra.directory import exports, queries, services
from incontra.directory.forms import (
    ConsentForm,
    OrganisationFilterForm,
    OrganisationForm,
    PersonForm,
    ProfileFilterForm,
    ProfileForm,
)
from incontra.directory.models import Consent

PAGE_SIZE = 50


def _filters(form) -> dict:
    return form.cleaned_data if form.is_valid() else {}


def _page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def _list_template(request, name: str) -> str:
    """htmx asks for the results table alone when a filter changes."""
    return f"directory/{name}_results.html" if request.htmx else f"directory/{name}_list.html"


@staff_required
def organisation_list(request):
    form = OrganisationFilterForm(request.GET or None, operator=request.operator)
    organisations = queries.organisation_list(operator=request.operator, filters=_filters(form))
    if export := exports.requested_format(request):
        return exports.organisations_response(organisations, export)
    context = {"form": form, "page": _page(request, organisations)}
    return render(request, _list_template(request, "organisation"), context)


@staff_required
def organisation_detail(request, pk: int):
    organisation = queries.organisation_for(request.operator, pk)
    context = {
        "organisation": organisation,
        "links_out": organisation.links_out.select_related("parent"),
        "links_in": organisation.links_in.select_related("member"),
        "people": organisation.people.prefetch_related("consents"),
        "profiles": organisation.profiles.all(),
    }
    return render(request, "directory/organisation_detail.html", context)


@editor_required
def organisation_create(request):
    form = OrganisationForm(request.POST or None, operator=request.operator)
    if request.method == "POST" and form.is_valid():
        organisation = services.organisation_create(
            operator=request.operator, data=form.service_data(), links=form.links()
        )
        messages.success(request, _("Organisation created."))
        return redirect("directory:organisation_detail", pk=organisation.pk)
    return render(request, "directory/organisation_form.html", {"form": form})


@editor_required
def organisation_edit(request, pk: int):
    organisation = queries.organisation_for(request.operator, pk)
    form = OrganisationForm(request.POST or None, instance=organisation, operator=request.operator)
    if request.method == "POST" and form.is_valid():
        services.organisation_update(
            organisation=organisation, data=form.service_data(), links=form.links()
        )
        messages.success(request, _("Changes saved."))
        return redirect("directory:organisation_detail", pk=organisation.pk)
    context = {"form": form, "organisation": organisation}
    return render(request, "directory/organisation_form.html", context)


@staff_required
def person_list(request):
    query = request.GET.get("q", "").strip()
    people = queries.person_list(operator=request.operator, query=query)
    if export := exports.requested_format(request):
        return exports.people_response(people, export)
    context = {"page": _page(request, people), "q": query}
    return render(request, _list_template(request, "person"), context)


@staff_required
def person_detail(request, pk: int):
    person = queries.person_for(request.operator, pk)
    context = {"person": person, "consents": person.consents.all(), "consent_form": ConsentForm()}
    return render(request, "directory/person_detail.html", context)


@editor_required
def person_create(request, organisation_pk: int):
    organisation = queries.organisation_for(request.operator, organisation_pk)
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        person = services.person_create(organisation=organisation, data=form.service_data())
        messages.success(request, _("Person added."))
        return redirect("directory:person_detail", pk=person.pk)
    context = {"form": form, "organisation": organisation}
    return render(request, "directory/person_form.html", context)


@editor_required
def person_edit(request, pk: int):
    person = queries.person_for(request.operator, pk)
    form = PersonForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        services.person_update(person=person, data=form.service_data())
        messages.success(request, _("Changes saved."))
        return redirect("directory:person_detail", pk=person.pk)
    context = {"form": form, "organisation": person.organisation, "person": person}
    return render(request, "directory/person_form.html", context)


@editor_required
@require_POST
def consent_add(request, pk: int):
    person = queries.person_for(request.operator, pk)
    form = ConsentForm(request.POST)
    if form.is_valid():
        services.consent_record(person=person, user=request.user, **form.cleaned_data)
        messages.success(request, _("Consent recorded."))
        return redirect("directory:person_detail", pk=person.pk)
    context = {"person": person, "consents": person.consents.all(), "consent_form": form}
    return render(request, "directory/person_detail.html", context, status=400)


@editor_required
@require_POST
def consent_withdraw(request, pk: int, consent_pk: int):
    person = queries.person_for(request.operator, pk)
    consent = Consent.objects.filter(person=person, pk=consent_pk).first()
    if consent is None:
        return redirect("directory:person_detail", pk=person.pk)
    services.consent_withdraw(consent=consent, when=timezone.now())
    messages.success(request, _("Consent withdrawn."))
    return redirect("directory:person_detail", pk=person.pk)


@staff_required
def profile_list(request):
    form = ProfileFilterForm(request.GET or None)
    profiles = queries.profile_list(operator=request.operator, filters=_filters(form))
    if export := exports.requested_format(request):
        return exports.profiles_response(profiles, export)
    context = {"form": form, "page": _page(request, profiles)}
    return render(request, _list_template(request, "profile"), context)


@staff_required
def profile_detail(request, pk: int):
    profile = queries.profile_for(request.operator, pk)
    is_ours = profile.organisation.operator_id == request.operator.pk
    context = {"profile": profile, "is_ours": is_ours}
    return render(request, "directory/profile_detail.html", context)


@editor_required
def profile_create(request):
    initial = {"organisation": request.GET.get("organisation")}
    form = ProfileForm(request.POST or None, initial=initial, operator=request.operator)
    if request.method == "POST" and form.is_valid():
        profile = services.profile_create(data=form.service_data(), user=request.user)
        messages.success(request, _("Profile created."))
        return redirect("directory:profile_detail", pk=profile.pk)
    return render(request, "directory/profile_form.html", {"form": form})


@editor_required
def profile_edit(request, pk: int):
    profile = queries.profile_editable_for(request.operator, pk)
    form = ProfileForm(request.POST or None, instance=profile, operator=request.operator)
    if request.method == "POST" and form.is_valid():
        services.profile_update(profile=profile, data=form.service_data())
        messages.success(request, _("Changes saved."))
        return redirect("directory:profile_detail", pk=profile.pk)
    return render(request, "directory/profile_form.html", {"form": form, "profile": profile})


def _confirm_delete(request, thing, delete, success_url: str, cancel_url: str):
    if request.method == "POST":
        delete()
        messages.success(request, _("Deleted."))
        return redirect(success_url)
    context = {"thing": thing, "cancel_url": cancel_url}
    return render(request, "directory/confirm_delete.html", context)


@editor_required
def organisation_delete(request, pk: int):
    organisation = queries.organisation_for(request.operator, pk)
    return _confirm_delete(
        request, organisation,
        lambda: services.organisation_delete(organisation=organisation),
        reverse("directory:organisation_list"),
        reverse("directory:organisation_detail", args=[pk]),
    )  # fmt: skip


@editor_required
def person_delete(request, pk: int):
    person = queries.person_for(request.operator, pk)
    return _confirm_delete(
        request, person,
        lambda: services.person_delete(person=person),
        reverse("directory:organisation_detail", args=[person.organisation_id]),
        reverse("directory:person_detail", args=[pk]),
    )  # fmt: skip


@editor_required
def profile_delete(request, pk: int):
    profile = queries.profile_editable_for(request.operator, pk)
    return _confirm_delete(
        request, profile,
        lambda: services.profile_delete(profile=profile),
        reverse("directory:profile_list"),
        reverse("directory:profile_detail", args=[pk]),
    )  # fmt: skip
