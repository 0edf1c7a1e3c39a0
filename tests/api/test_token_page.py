import pytest
from django.test import Client
from django.urls import reverse

from incontra.api.models import ApiToken
from incontra.api.services import api_token_create

pytestmark = pytest.mark.django_db


def test_token_page_creates_a_key_shown_once(alice_client, alice, puglia, acme):
    url = reverse("api_tokens:list")
    response = alice_client.post(url, {"name": "CRM sync"})
    key = response.context["new_key"]
    token = ApiToken.objects.get()
    api = Client(headers={"Authorization": f"Bearer {key}"}).get("/api/v1/organisations/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert key in response.content.decode()
    assert (token.user, token.operator, token.name) == (alice, puglia, "CRM sync")
    assert api.status_code == 200
    assert key not in alice_client.get(url).content.decode()


def test_token_page_lists_only_own_tokens(bob_client, alice, bob, puglia):
    api_token_create(user=alice, operator=puglia, name="alice's sync")
    api_token_create(user=bob, operator=puglia, name="bob's report")
    response = bob_client.get(reverse("api_tokens:list"))
    assert [token.name for token in response.context["tokens"]] == ["bob's report"]


def test_token_page_requires_a_name(alice_client):
    response = alice_client.post(reverse("api_tokens:list"), {"name": ""})
    assert response.context["form"].errors == {"name": ["This field is required."]}
    assert response.context["new_key"] is None
    assert ApiToken.objects.count() == 0


def test_token_page_revokes_own_token(alice_client, alice, puglia):
    token, key = api_token_create(user=alice, operator=puglia, name="CRM sync")
    response = alice_client.post(reverse("api_tokens:revoke", args=[token.pk]))
    api = Client(headers={"Authorization": f"Bearer {key}"}).get("/api/v1/organisations/")
    token.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == reverse("api_tokens:list")
    assert token.revoked_at is not None
    assert api.status_code == 401


def test_token_page_cannot_revoke_someone_elses_token(bob_client, charlie_client, alice, puglia):
    token = api_token_create(user=alice, operator=puglia, name="CRM sync")[0]
    for client in (bob_client, charlie_client):
        assert client.post(reverse("api_tokens:revoke", args=[token.pk])).status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


def test_token_page_anonymous_goes_to_login(anonymous_client):
    url = reverse("api_tokens:list")
    response = anonymous_client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"
