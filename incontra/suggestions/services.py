"""Computing and dismissing suggested partners. The matching core does the matching; this module
turns database rows into its profiles and stores what it recommends."""

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from incontra.accounts.models import Operator
from incontra.directory.models import Profile, ProfileStatus
from incontra.matching import profiles as core
from incontra.matching.index import Match, MatchIndex
from incontra.suggestions import index_store
from incontra.suggestions.models import Dismissal, Suggestion

TOP = 10
# Below this calibrated score a "partner" is noise: staff would stop reading the list.
MIN_SCORE = 0.10
LANGUAGES = ("en", "it", "ru")
# A profile's top matches by interface language (`MatchIndex.query_in`).
Ranked = dict[str, list[Match]]


def matchable_profiles() -> QuerySet[Profile]:
    """Profiles that can be suggested: drafts (seen by their own operator) and published ones."""
    return (
        Profile.objects.exclude(status=ProfileStatus.EXPIRED)
        .select_related("organisation")
        .prefetch_related("sectors", "technologies")
    )


def core_profile(profile: Profile) -> core.Profile:
    organisation = profile.organisation
    return core.Profile(
        id=str(profile.pk),
        organisation=str(organisation.pk),
        country=organisation.country,
        region=organisation.region or None,
        kind=profile.kind,
        title=profile.title,
        text=profile.text,
        language=profile.language or None,
        sectors=tuple(sector.code for sector in profile.sectors.all()),
        technologies=tuple(technology.slug for technology in profile.technologies.all()),
        target_countries=tuple(profile.target_countries) or None,
    )


def suggestions_rebuild() -> int:
    """Index every matchable profile afresh and store everybody's suggestions."""
    with index_store.locked():
        return _rebuild()


def _rebuild() -> int:
    index = index_store.empty()
    index.add([core_profile(profile) for profile in matchable_profiles()])
    index.refresh(everything=True)
    index_store.save(index)
    ids = [int(profile_id) for profile_id in index.profiles]
    _store(index, ids)
    Suggestion.objects.exclude(profile_id__in=ids).delete()
    return len(ids)


def suggestions_refresh(*, profile_ids: list[int]) -> int:
    """Bring the index up to date for changed profiles and recompute whom it concerns.

    A changed profile may enter or leave other profiles' lists: those that list it now, and the
    partners it has now, are recomputed too. Returns how many profiles were recomputed.
    """
    with index_store.locked():
        index = index_store.load()
        if index is None:
            return _rebuild()
        changed = {
            profile.pk: profile for profile in matchable_profiles().filter(pk__in=profile_ids)
        }
        index.remove([str(pk) for pk in profile_ids if pk not in changed])
        index.add([core_profile(profile) for profile in changed.values()])
        index.refresh()
        index_store.save(index)
        # The changed profiles' own lists tell whom they now list; scored once, stored as well.
        own = {pk: _ranked(index, pk) for pk in changed}
        affected = _affected(index, profile_ids, own)
        _store(index, affected, known=own)
    Suggestion.objects.filter(profile_id__in=set(profile_ids) - set(changed)).delete()
    return len(affected)


def _affected(index: MatchIndex, profile_ids: list[int], own: dict[int, Ranked]) -> list[int]:
    listing_them = Suggestion.objects.filter(candidate_id__in=profile_ids)
    affected = set(own) | set(listing_them.values_list("profile_id", flat=True))
    for by_language in own.values():
        affected |= {int(match.profile) for match in by_language["en"]}
    return sorted(pk for pk in affected if str(pk) in index)


@transaction.atomic
def _store(
    index: MatchIndex, profile_ids: list[int], known: dict[int, Ranked] | None = None
) -> None:
    now = timezone.now()
    known = known or {}
    Suggestion.objects.filter(profile_id__in=profile_ids).delete()
    rows = []
    for profile_id in profile_ids:
        by_language = known.get(profile_id) or _ranked(index, profile_id)
        rows.extend(_suggestions_of(profile_id, by_language, now))
    Suggestion.objects.bulk_create(rows, batch_size=500)


def _ranked(index: MatchIndex, profile_id: int) -> Ranked:
    """The profile's top matches, explained in each interface language."""
    return index.query_in(str(profile_id), top=TOP, languages=LANGUAGES)


def _suggestions_of(profile_id: int, by_language: Ranked, now) -> list[Suggestion]:
    reasons = {
        lang: {match.profile: list(match.reasons) for match in matches}
        for lang, matches in by_language.items()
    }
    return [
        Suggestion(
            profile_id=profile_id,
            candidate_id=int(match.profile),
            rank=rank,
            score=match.score,
            reasons={lang: reasons[lang].get(match.profile, []) for lang in LANGUAGES},
            computed_at=now,
        )
        for rank, match in enumerate(by_language["en"], start=1)
        if match.score >= MIN_SCORE
    ]


def suggestion_dismiss(
    *, operator: Operator, profile: Profile, candidate: Profile, user
) -> Dismissal:
    dismissal, _ = Dismissal.objects.get_or_create(
        operator=operator, profile=profile, candidate=candidate, defaults={"dismissed_by": user}
    )
    return dismissal


def suggestion_restore(*, operator: Operator, profile: Profile, candidate: Profile) -> None:
    Dismissal.objects.filter(operator=operator, profile=profile, candidate=candidate).delete()
