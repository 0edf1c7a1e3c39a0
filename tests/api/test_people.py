import datetime as dt

import pytest

from incontra.directory.models import Person
from incontra.directory.services import consent_record, consent_withdraw
from tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/people/"


@pytest.fixture
def lucia(acme):
    person = PersonFactory(
        organisation=acme,
        first_name="Lucia",
        last_name="Bianchi",
        job_title="CEO",
        phone="+39 080 123 4567",
        languages=["it", "en"],
    )
    old = consent_record(
        person=person, text="Old consent", given_at=dt.datetime(2025, 1, 5, 9, 0, tzinfo=dt.UTC)
    )
    consent_withdraw(consent=old, when=dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC))
    consent_record(
        person=person,
        text="I agree to be contacted about B2B meetings.",
        given_at=dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC),
        source="mission form",
    )
    return person


def test_person_detail_has_the_export_fields_and_consents(alice_api, lucia):
    response = alice_api.get(f"{LIST}{lucia.pk}/")
    assert response.status_code == 200
    assert response.json() == {
        "id": lucia.pk,
        "organisation": lucia.organisation_id,
        "organisation_name": "Acme Pagamenti",
        "organisation_country": "IT",
        "first_name": "Lucia",
        "last_name": "Bianchi",
        "job_title": "CEO",
        "email": "bianchi@example.it",
        "phone": "+390801234567",
        "languages": ["it", "en"],
        "consent_text": "I agree to be contacted about B2B meetings.",
        "consent_given_at": "2026-03-02T10:00:00+00:00",
        "consents": [
            {
                "text": "I agree to be contacted about B2B meetings.",
                "given_at": "2026-03-02T10:00:00+00:00",
                "withdrawn_at": None,
                "source": "mission form",
            },
            {
                "text": "Old consent",
                "given_at": "2025-01-05T09:00:00+00:00",
                "withdrawn_at": "2025-06-01T12:00:00+00:00",
                "source": "",
            },
        ],
        "created_at": lucia.created_at.isoformat(),
        "updated_at": lucia.updated_at.isoformat(),
    }


def test_person_list_searches(alice_api, acme, lucia):
    PersonFactory(organisation=acme, first_name="Ivan", last_name="Petrov")
    everyone = alice_api.get(LIST).json()["results"]
    found = alice_api.get(LIST, {"q": "bianchi"}).json()["results"]
    assert [p["last_name"] for p in everyone] == ["Bianchi", "Petrov"]
    assert [p["last_name"] for p in found] == ["Bianchi"]


def test_person_list_viewer_may_read(bob_api, lucia):
    assert bob_api.get(LIST).json()["count"] == 1


def test_person_of_another_operator_is_404_and_hidden(charlie_api, lucia):
    detail = charlie_api.get(f"{LIST}{lucia.pk}/")
    listed = charlie_api.get(LIST).json()
    assert detail.status_code == 404
    assert (listed["count"], listed["results"]) == (0, [])


def _patch(client, person, changes: dict):
    return client.patch(f"{LIST}{person.pk}/", changes, content_type="application/json")


def test_person_create_stores_it_in_the_named_organisation(alice_api, acme):
    payload = {
        "organisation": acme.pk,
        "first_name": "Marco",
        "last_name": "Rossi",
        "phone": "+39 080 765 4321",
        "languages": ["it", "ru"],
    }

    response = alice_api.post(LIST, payload, content_type="application/json")

    record = response.json()
    assert response.status_code == 201
    assert response["Location"].endswith(f"{LIST}{record['id']}/")
    person = Person.objects.get(pk=record["id"])
    assert (person.organisation, person.last_name, person.phone.as_e164, person.languages) == (
        acme, "Rossi", "+390807654321", ["it", "ru"]
    )
    assert (record["consent_text"], record["consents"]) == ("", [])


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"organisation": None}, {"organisation": ["This field is required."]}),
        ({"phone": "not a phone"}, {"phone": ["Enter a valid phone number (e.g. +12125552368)."]}),
        ({"languages": ["xx"]}, {"languages": ["Unknown code: xx."]}),
        ({"birthday": "1990-01-01"}, {"birthday": ["Unknown field."]}),
    ],
)
def test_person_create_rejects_bad_input(alice_api, acme, changes, errors):
    payload = {"organisation": acme.pk, "first_name": "Marco", "last_name": "Rossi"} | changes

    response = alice_api.post(LIST, payload, content_type="application/json")

    assert (response.status_code, response.json()["errors"]) == (400, errors)
    assert not Person.objects.filter(last_name="Rossi").exists()


def test_person_create_ignores_consents_sent_in_the_body(alice_api, acme):
    payload = {"organisation": acme.pk, "first_name": "Marco", "last_name": "Rossi"}
    payload["consent_text"] = "I agree."

    response = alice_api.post(LIST, payload, content_type="application/json")

    assert (response.status_code, response.json()["consents"]) == (201, [])


def test_person_create_in_another_operators_organisation_is_400(charlie_api, acme):
    payload = {"organisation": acme.pk, "first_name": "Marco", "last_name": "Rossi"}

    response = charlie_api.post(LIST, payload, content_type="application/json")

    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["organisation"]
    assert not Person.objects.filter(last_name="Rossi").exists()


def test_person_create_by_viewer_is_403(bob_api, acme):
    payload = {"organisation": acme.pk, "first_name": "Marco", "last_name": "Rossi"}

    response = bob_api.post(LIST, payload, content_type="application/json")

    assert response.status_code == 403
    assert not Person.objects.filter(last_name="Rossi").exists()


def test_person_patch_changes_only_what_is_sent(alice_api, lucia):
    response = _patch(alice_api, lucia, {"job_title": "CTO"})

    lucia.refresh_from_db()
    assert response.status_code == 200
    assert (lucia.job_title, lucia.first_name, lucia.languages) == ("CTO", "Lucia", ["it", "en"])
    assert response.json()["job_title"] == "CTO"
    assert len(response.json()["consents"]) == 2


def test_person_patch_accepts_its_own_get_back(alice_api, lucia):
    record = alice_api.get(f"{LIST}{lucia.pk}/").json()

    response = _patch(alice_api, lucia, record | {"last_name": "Verdi"})

    assert (response.status_code, response.json()["last_name"]) == (200, "Verdi")


def test_person_patch_cannot_move_them_to_another_organisation(alice_api, lucia, puglia):
    other = OrganisationFactory(operator=puglia, name="Beta")

    response = _patch(alice_api, lucia, {"organisation": other.pk})

    lucia.refresh_from_db()
    assert response.status_code == 200
    assert lucia.organisation.name == "Acme Pagamenti"


def test_person_patch_bad_input_changes_nothing(alice_api, lucia):
    response = _patch(alice_api, lucia, {"job_title": "CTO", "email": "not an address"})

    lucia.refresh_from_db()
    assert (response.status_code, list(response.json()["errors"])) == (400, ["email"])
    assert lucia.job_title == "CEO"


def test_person_patch_by_viewer_is_403(bob_api, lucia):
    response = _patch(bob_api, lucia, {"job_title": "CTO"})

    lucia.refresh_from_db()
    assert response.status_code == 403
    assert lucia.job_title == "CEO"


def test_person_patch_of_another_operator_is_404(charlie_api, lucia):
    response = _patch(charlie_api, lucia, {"job_title": "CTO"})

    lucia.refresh_from_db()
    assert response.status_code == 404
    assert lucia.job_title == "CEO"


@pytest.mark.parametrize("count", [1, 3])
def test_person_list_query_count_is_constant(alice_api, puglia, django_assert_num_queries, count):
    for _ in range(count):
        person = PersonFactory(organisation=OrganisationFactory(operator=puglia))
        consent_record(person=person, text="Yes", given_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    # token, membership, last use; count, page; consents
    with django_assert_num_queries(6):
        response = alice_api.get(LIST)
    assert response.json()["count"] == count
