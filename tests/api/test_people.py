import datetime as dt

import pytest

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


def test_person_cannot_be_written(alice_api, lucia):
    response = alice_api.patch(
        f"{LIST}{lucia.pk}/", {"job_title": "CTO"}, content_type="application/json"
    )
    lucia.refresh_from_db()
    assert response.status_code == 405
    assert response["Allow"] == "GET"
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
