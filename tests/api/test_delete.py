"""DELETE on organisations, people and profiles: editors of the owning operator only."""

import pytest

from incontra.directory.models import Organisation, Person, Profile, ProfileStatus
from tests.factories import PersonFactory, ProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def lucia(acme):
    return PersonFactory(organisation=acme, first_name="Lucia", last_name="Bianchi")


@pytest.fixture
def offer(acme):
    return ProfileFactory(organisation=acme, title="Piattaforma di pagamenti")


def _url(thing) -> str:
    collection = {Organisation: "organisations", Person: "people", Profile: "profiles"}
    return f"/api/v1/{collection[type(thing)]}/{thing.pk}/"


def _exists(thing) -> bool:
    return type(thing).objects.filter(pk=thing.pk).exists()


@pytest.mark.parametrize("fixture", ["acme", "lucia", "offer"])
def test_delete_by_editor_removes_it_and_answers_204(alice_api, request, fixture):
    thing = request.getfixturevalue(fixture)

    response = alice_api.delete(_url(thing))

    assert (response.status_code, response.content) == (204, b"")
    assert not _exists(thing)
    assert alice_api.get(_url(thing)).status_code == 404


def test_delete_organisation_takes_its_people_and_profiles(alice_api, acme, lucia, offer):
    response = alice_api.delete(_url(acme))

    assert response.status_code == 204
    assert (_exists(lucia), _exists(offer)) == (False, False)


@pytest.mark.parametrize("fixture", ["acme", "lucia", "offer"])
def test_delete_by_viewer_is_403_and_keeps_it(bob_api, request, fixture):
    thing = request.getfixturevalue(fixture)

    response = bob_api.delete(_url(thing))

    assert response.status_code == 403
    assert _exists(thing)


@pytest.mark.parametrize("fixture", ["acme", "lucia", "offer"])
def test_delete_by_another_operator_is_404_and_keeps_it(charlie_api, request, fixture):
    thing = request.getfixturevalue(fixture)

    response = charlie_api.delete(_url(thing))

    assert response.status_code == 404
    assert _exists(thing)


def test_delete_of_a_profile_published_by_another_operator_is_404(charlie_api, offer):
    offer.status = ProfileStatus.PUBLISHED
    offer.save(update_fields=["status"])
    assert charlie_api.get(_url(offer)).status_code == 200

    response = charlie_api.delete(_url(offer))

    assert response.status_code == 404
    assert _exists(offer)


@pytest.mark.parametrize("fixture", ["acme", "lucia", "offer"])
def test_delete_without_token_is_401_and_keeps_it(anonymous_client, request, fixture):
    thing = request.getfixturevalue(fixture)

    response = anonymous_client.delete(_url(thing))

    assert response.status_code == 401
    assert _exists(thing)
