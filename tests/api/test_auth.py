import datetime as dt
import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from incontra.accounts.models import Role
from incontra.api.models import ApiToken
from incontra.api.services import api_token_create, api_token_revoke, api_token_touch
from tests.factories import OrganisationFactory, StaffFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/organisations/"
MISSING = "Authentication required: send the header “Authorization: Bearer <key>”."
INVALID = "The API token is not valid: it is wrong, revoked, or its user left the team."


def _errors(response) -> dict:
    return response.json()["errors"]


def test_token_valid_is_accepted_and_its_use_recorded(alice_api, alice, acme):
    response = alice_api.get(URL)
    assert response.status_code == 200
    assert [o["name"] for o in response.json()["results"]] == ["Acme Pagamenti"]
    assert ApiToken.objects.get(user=alice).last_used_at is not None


def test_token_missing_is_401(anonymous_client, acme):
    response = anonymous_client.get(URL)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert response["WWW-Authenticate"] == 'Bearer realm="incontra"'
    assert _errors(response) == {"__all__": [MISSING]}


def test_token_other_scheme_is_401(acme):
    response = Client(headers={"Authorization": "Basic YWxpY2U6c2VjcmV0"}).get(URL)
    assert response.status_code == 401
    assert _errors(response) == {"__all__": [MISSING]}


def test_token_wrong_key_is_401(alice_key):
    response = Client(headers={"Authorization": f"Bearer {alice_key}x"}).get(URL)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Bearer realm="incontra", error="invalid_token"'
    assert _errors(response) == {"__all__": [INVALID]}


def test_token_revoked_is_401(alice_api, alice):
    api_token_revoke(token=ApiToken.objects.get(user=alice), when=timezone.now())
    response = alice_api.get(URL)
    assert response.status_code == 401
    assert _errors(response) == {"__all__": [INVALID]}


def test_token_of_user_removed_from_team_is_401(alice_api, alice):
    alice.staff_memberships.all().delete()
    response = alice_api.get(URL)
    assert response.status_code == 401
    assert _errors(response) == {"__all__": [INVALID]}


def test_token_of_deactivated_user_is_401(alice_api, alice):
    alice.is_active = False
    alice.save()
    response = alice_api.get(URL)
    assert response.status_code == 401
    assert _errors(response) == {"__all__": [INVALID]}


def test_token_session_login_does_not_open_the_api(alice_client, acme):
    response = alice_client.get(URL)
    assert response.status_code == 401
    assert _errors(response) == {"__all__": [MISSING]}


def test_token_acts_within_its_own_operator(puglia, trentino, acme):
    user = UserFactory(username="dora")
    StaffFactory(operator=puglia, user=user, role=Role.VIEWER)
    StaffFactory(operator=trentino, user=user, role=Role.MANAGER)
    OrganisationFactory(operator=trentino, name="Trento Meccatronica")
    key = api_token_create(user=user, operator=trentino, name="trentino only")[1]
    response = Client(headers={"Authorization": f"Bearer {key}"}).get(URL)
    assert [o["name"] for o in response.json()["results"]] == ["Trento Meccatronica"]


def test_token_key_is_stored_only_as_its_hash(alice, puglia):
    token, key = api_token_create(user=alice, operator=puglia, name="CRM sync")
    stored = ApiToken.objects.get(pk=token.pk)
    assert key.startswith("inc_")
    assert len(key) == 47
    assert stored.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert stored.prefix == key[:12]
    assert key not in {stored.name, stored.prefix, stored.key_hash}


def test_token_create_refuses_user_outside_the_operator(alice, trentino):
    with pytest.raises(ValidationError) as caught:
        api_token_create(user=alice, operator=trentino, name="sneaky")
    assert caught.value.messages == ["alice is not on the staff of Trentino Sviluppo."]
    assert ApiToken.objects.count() == 0


def test_token_touch_records_use_once_a_minute(alice, puglia):
    token = api_token_create(user=alice, operator=puglia, name="CRM sync")[0]
    start = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
    for seconds in (0, 30, 59):
        api_token_touch(token=token, when=start + dt.timedelta(seconds=seconds))
    assert ApiToken.objects.get(pk=token.pk).last_used_at == start
    api_token_touch(token=token, when=start + dt.timedelta(seconds=60))
    assert ApiToken.objects.get(pk=token.pk).last_used_at == start + dt.timedelta(seconds=60)


def test_method_not_allowed_is_405(alice_api, acme):
    url = f"/api/v1/organisations/{acme.pk}/"
    response = alice_api.put(url, {}, content_type="application/json")
    assert response.status_code == 405
    assert response["Allow"] == "GET, PATCH, DELETE"
    assert _errors(response) == {"__all__": ["Method PUT is not allowed here."]}
    assert acme.__class__.objects.filter(pk=acme.pk).exists()


def test_method_put_on_people_is_405(alice_api):
    response = alice_api.put("/api/v1/people/", {}, content_type="application/json")
    assert response.status_code == 405
    assert response["Allow"] == "GET, POST"


def test_unknown_endpoint_is_404_json(alice_api):
    response = alice_api.get("/api/v1/organisations")
    assert response.status_code == 404
    assert _errors(response) == {"__all__": ["There is no API endpoint at /api/v1/organisations."]}
