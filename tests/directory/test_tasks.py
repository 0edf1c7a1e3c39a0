import datetime as dt

import pytest
from django.core.management import call_command

from incontra.directory.models import ProfileStatus
from incontra.directory.tasks import expire_profiles
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_worker_expires_profiles_past_validity():
    today = dt.date.today()
    old = ProfileFactory(valid_until=today - dt.timedelta(days=1))
    current = ProfileFactory(valid_until=today + dt.timedelta(days=30))
    draft = ProfileFactory(valid_until=today - dt.timedelta(days=9), status=ProfileStatus.DRAFT)
    result = expire_profiles.enqueue()
    call_command("worker", "--batch")
    result.refresh()
    for profile in (old, current, draft):
        profile.refresh_from_db()
    assert result.return_value == 1
    assert (old.status, current.status, draft.status) == ("expired", "published", "draft")


def test_expire_profiles_command_queues_a_task():
    call_command("expire_profiles")
    from django_tasks_db.models import DBTaskResult

    assert (
        DBTaskResult.objects.filter(task_path="incontra.directory.tasks.expire_profiles").count()
        == 1
    )
