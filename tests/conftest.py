"""Shared fixtures. As in Healthchecks: alice administers operator Puglia, bob is a viewer on her
team, charlie manages another operator (Trentino) and must never see Puglia's private data."""

import pytest
from django.test import Client

from incontra.accounts.models import Role
from tests.factories import PASSWORD, OperatorFactory, StaffFactory, UserFactory


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """The real hasher is slow on purpose; tests log in often."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def puglia(db):
    return OperatorFactory(name="Regione Puglia", slug="puglia")


@pytest.fixture
def trentino(db):
    return OperatorFactory(name="Trentino Sviluppo", slug="trentino")


@pytest.fixture
def alice(puglia):
    return StaffFactory(
        operator=puglia, user=UserFactory(username="alice"), role=Role.ADMINISTRATOR
    ).user


@pytest.fixture
def bob(puglia):
    return StaffFactory(operator=puglia, user=UserFactory(username="bob"), role=Role.VIEWER).user


@pytest.fixture
def charlie(trentino):
    return StaffFactory(
        operator=trentino, user=UserFactory(username="charlie"), role=Role.MANAGER
    ).user


def _client_for(user) -> Client:
    client = Client()
    assert client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def alice_client(alice):
    return _client_for(alice)


@pytest.fixture
def bob_client(bob):
    return _client_for(bob)


@pytest.fixture
def charlie_client(charlie):
    return _client_for(charlie)


@pytest.fixture
def anonymous_client():
    return Client()


@pytest.fixture
def taxonomy(db):
    """The NACE and technology taxonomies, which a flush by a transactional test removes."""
    from incontra.directory.models import Sector
    from incontra.directory.services import taxonomy_sync

    if not Sector.objects.exists():
        taxonomy_sync()
