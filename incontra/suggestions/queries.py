"""Suggestions as an operator may see them: candidates it can see, minus those it dismissed."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from incontra.accounts.models import Operator
from incontra.directory.models import Organisation, Profile, ProfileStatus
from incontra.suggestions.models import Dismissal, Suggestion


def _dismissed_by(operator: Operator):
    return Exists(
        Dismissal.objects.filter(
            operator=operator, profile=OuterRef("profile"), candidate=OuterRef("candidate")
        )
    )


def _visible(operator: Operator) -> QuerySet[Suggestion]:
    return (
        Suggestion.objects.filter(
            Q(candidate__organisation__operator=operator)
            | Q(candidate__status=ProfileStatus.PUBLISHED)
        )
        .annotate(dismissed=_dismissed_by(operator))
        .select_related("candidate__organisation", "profile")
    )


def suggestions_for_profile(*, operator: Operator, profile: Profile) -> QuerySet[Suggestion]:
    return _visible(operator).filter(profile=profile, dismissed=False).order_by("rank")


def dismissed_for_profile(*, operator: Operator, profile: Profile) -> QuerySet[Suggestion]:
    return _visible(operator).filter(profile=profile, dismissed=True).order_by("rank")


def suggestions_for_organisation(
    *, operator: Operator, organisation: Organisation, limit: int = 10
) -> list[Suggestion]:
    """The best suggestions over all the organisation's profiles, one per candidate."""
    rows = _visible(operator).filter(profile__organisation=organisation, dismissed=False)
    best: dict[int, Suggestion] = {}
    for suggestion in rows.order_by("-score", "rank"):
        best.setdefault(suggestion.candidate_id, suggestion)
    return list(best.values())[:limit]
