"""Suggested partners, loaded into profile and organisation pages as fragments (htmx)."""

from django.shortcuts import render
from django.views.decorators.http import require_POST

from incontra.accounts.access import editor_required, staff_required
from incontra.directory import queries as directory
from incontra.suggestions import queries, services


def _profile_context(request, profile) -> dict:
    return {
        "profile": profile,
        "suggestions": queries.suggestions_for_profile(operator=request.operator, profile=profile),
        "dismissed": queries.dismissed_for_profile(operator=request.operator, profile=profile),
    }


@staff_required
def profile_suggestions(request, pk: int):
    profile = directory.profile_for(request.operator, pk)
    return render(
        request, "suggestions/profile_suggestions.html", _profile_context(request, profile)
    )


@staff_required
def organisation_suggestions(request, pk: int):
    organisation = directory.organisation_for(request.operator, pk)
    suggestions = queries.suggestions_for_organisation(
        operator=request.operator, organisation=organisation
    )
    context = {"organisation": organisation, "suggestions": suggestions}
    return render(request, "suggestions/organisation_suggestions.html", context)


def _pair(request, pk: int, candidate_pk: int):
    return directory.profile_for(request.operator, pk), directory.profile_for(
        request.operator, candidate_pk
    )


@editor_required
@require_POST
def dismiss(request, pk: int, candidate_pk: int):
    profile, candidate = _pair(request, pk, candidate_pk)
    services.suggestion_dismiss(
        operator=request.operator, profile=profile, candidate=candidate, user=request.user
    )
    return render(
        request, "suggestions/profile_suggestions.html", _profile_context(request, profile)
    )


@editor_required
@require_POST
def restore(request, pk: int, candidate_pk: int):
    profile, candidate = _pair(request, pk, candidate_pk)
    services.suggestion_restore(operator=request.operator, profile=profile, candidate=candidate)
    return render(
        request, "suggestions/profile_suggestions.html", _profile_context(request, profile)
    )
