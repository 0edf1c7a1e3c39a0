"""Background work of the directory. Tasks take ids, never model instances, and call a service."""

from django.utils import timezone
from django_tasks import task

from incontra.directory import services


@task()
def expire_profiles() -> int:
    return services.profiles_expire_due(today=timezone.localdate())
