"""API fixtures: a token and a token-carrying client for alice (administrator of Puglia), bob
(viewer of Puglia) and charlie (manager of Trentino). The clients enforce CSRF checks, as a
browser would, to show that token calls do not need them."""

import pytest
from django.test import Client

from incontra.api.services import api_token_create
from tests.factories import OrganisationFactory


def _token_client(key: str) -> Client:
    return Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {key}"})


@pytest.fixture
def alice_key(alice, puglia):
    return api_token_create(user=alice, operator=puglia, name="CRM sync")[1]


@pytest.fixture
def alice_api(alice_key):
    return _token_client(alice_key)


@pytest.fixture
def bob_api(bob, puglia):
    return _token_client(api_token_create(user=bob, operator=puglia, name="reports")[1])


@pytest.fixture
def charlie_api(charlie, trentino):
    return _token_client(api_token_create(user=charlie, operator=trentino, name="sync")[1])


@pytest.fixture
def acme(puglia):
    return OrganisationFactory(
        operator=puglia, name="Acme Pagamenti", city="Bari", notes="Secret pricing"
    )
