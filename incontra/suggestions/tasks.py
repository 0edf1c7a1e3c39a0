"""Suggestions are recomputed in the background: the encoder lives in the worker, not the web."""

from django_tasks import task

from incontra.suggestions import services


@task()
def refresh_suggestions(profile_ids: list[int]) -> int:
    return services.suggestions_refresh(profile_ids=profile_ids)


@task()
def rebuild_suggestions() -> int:
    return services.suggestions_rebuild()
