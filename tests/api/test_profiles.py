import datetime as dt

import pytest

from incontra.directory.models import Profile, ProfileStatus, Sector
from tests.factories import OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/profiles/"


def _item(profile) -> str:
    return f"{LIST}{profile.pk}/"


def _titles(response) -> list[str]:
    return sorted(record["title"] for record in response.json()["results"])


@pytest.fixture
def offer(acme):
    profile = ProfileFactory(
        organisation=acme,
        title="Piattaforma di pagamenti",
        target_countries=["RU", "KZ"],
        valid_from=dt.date(2026, 1, 1),
        valid_until=dt.date(2026, 12, 31),
    )
    profile.sectors.set([Sector.objects.get(code="J62")])
    return profile


@pytest.fixture
def draft(acme):
    return ProfileFactory(organisation=acme, title="Bozza riservata", status=ProfileStatus.DRAFT)


def _valid(organisation, **changes) -> dict:
    return {
        "organisation": organisation.pk,
        "kind": "business_offer",
        "title": "Software per laboratori di analisi",
        "text": "Offriamo un sistema per la gestione dei laboratori di analisi cliniche.",
        "status": "published",
    } | changes


def test_profile_detail_has_the_export_fields(alice_api, offer):
    response = alice_api.get(_item(offer))
    assert response.status_code == 200
    assert response.json() == {
        "id": offer.pk,
        "organisation": offer.organisation_id,
        "organisation_name": "Acme Pagamenti",
        "organisation_country": "IT",
        "shared_by": None,
        "kind": "technology_offer",
        "title": "Piattaforma di pagamenti",
        "text": "Sviluppiamo software per la gestione dei pagamenti digitali.",
        "language": "it",
        "sectors": ["J62"],
        "technologies": [],
        "target_countries": ["RU", "KZ"],
        "status": "published",
        "valid_from": "2026-01-01",
        "valid_until": "2026-12-31",
        "created_at": offer.created_at.isoformat(),
        "updated_at": offer.updated_at.isoformat(),
    }


def test_profile_published_by_another_operator_is_readable(charlie_api, offer):
    response = charlie_api.get(_item(offer))
    assert response.status_code == 200
    assert response.json()["shared_by"] == "Regione Puglia"
    assert "Secret pricing" not in response.content.decode()


def test_profile_published_by_another_operator_is_not_patchable(charlie_api, offer):
    response = charlie_api.patch(
        _item(offer), {"title": "Hijacked"}, content_type="application/json"
    )
    offer.refresh_from_db()
    assert response.status_code == 404
    assert response.json() == {"errors": {"__all__": ["Not found."]}}
    assert offer.title == "Piattaforma di pagamenti"


def test_profile_draft_of_another_operator_is_404(charlie_api, draft):
    assert charlie_api.get(_item(draft)).status_code == 404


def test_profile_list_shows_shared_but_not_others_drafts(charlie_api, trentino, offer, draft):
    ProfileFactory(organisation=OrganisationFactory(operator=trentino), title="Nostro")
    assert _titles(charlie_api.get(LIST)) == ["Nostro", "Piattaforma di pagamenti"]
    assert _titles(charlie_api.get(LIST, {"scope": "shared"})) == ["Piattaforma di pagamenti"]
    assert _titles(charlie_api.get(LIST, {"scope": "ours"})) == ["Nostro"]


def test_profile_list_filters_like_the_web(alice_api, offer, draft):
    assert _titles(alice_api.get(LIST, {"status": "draft"})) == ["Bozza riservata"]
    assert _titles(alice_api.get(LIST, {"sector": "J"})) == ["Piattaforma di pagamenti"]
    assert _titles(alice_api.get(LIST, {"q": "riservata"})) == ["Bozza riservata"]
    assert _titles(alice_api.get(LIST, {"country": "RU"})) == []


def test_profile_list_bad_filter_is_400(alice_api, offer):
    response = alice_api.get(LIST, {"status": "archived"})
    assert response.status_code == 400
    assert response.json() == {
        "errors": {
            "status": ["Select a valid choice. archived is not one of the available choices."]
        }
    }


@pytest.mark.parametrize("count", [1, 3])
def test_profile_list_query_count_is_constant(
    alice_api, puglia, trentino, django_assert_num_queries, count
):
    for _ in range(count):
        ProfileFactory(organisation=OrganisationFactory(operator=puglia))
        ProfileFactory(organisation=OrganisationFactory(operator=trentino))  # shared with us
    # token, membership, last use; count, page; sectors, technologies
    with django_assert_num_queries(7):
        response = alice_api.get(LIST)
    assert response.json()["count"] == 2 * count


def test_profile_create_detects_language_and_defaults_to_draft(alice_api, alice, acme):
    payload = _valid(
        acme,
        title="Ищем партнёра в области цифровых платежей",
        text="Мы ищем партнёра для внедрения системы цифровых платежей в Москве.",
        technologies=["digital-payments"],
    )
    del payload["status"]
    response = alice_api.post(LIST, payload, content_type="application/json")
    profile = Profile.objects.get(organisation=acme)
    assert response.status_code == 201
    assert response["Location"] == f"http://testserver{_item(profile)}"
    assert (profile.language, profile.status, profile.created_by) == ("ru", "draft", alice)
    assert [t.slug for t in profile.technologies.all()] == ["digital-payments"]
    assert response.json()["language"] == "ru"


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        (
            {"valid_from": "2026-05-01", "valid_until": "2026-04-01"},
            {"valid_until": ["The end of validity is before its start."]},
        ),
        ({"valid_from": "1 May"}, {"valid_from": ["Enter a valid date."]}),
        ({"target_countries": ["RU", "ZZ"]}, {"target_countries": ["Unknown code: ZZ."]}),
        (
            {"kind": "partnership"},
            {"kind": ["Select a valid choice. partnership is not one of the available choices."]},
        ),
        ({"title": None}, {"title": ["This field is required."]}),
    ],
)
def test_profile_create_rejects_bad_input(alice_api, acme, changes, errors):
    response = alice_api.post(LIST, _valid(acme, **changes), content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"errors": errors}
    assert Profile.objects.count() == 0


def test_profile_create_rejects_duplicate(alice_api, acme):
    ProfileFactory(organisation=acme, kind="business_offer", title="Software per laboratori")
    payload = _valid(acme, title="Software per laboratori")
    response = alice_api.post(LIST, payload, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "errors": {"__all__": ["Profile with this Organisation, Kind and Title already exists."]}
    }
    assert Profile.objects.count() == 1


def test_profile_create_for_another_operators_organisation_is_400(charlie_api, acme):
    response = charlie_api.post(LIST, _valid(acme), content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "errors": {
            "organisation": [
                "Select a valid choice. That choice is not one of the available choices."
            ]
        }
    }
    assert Profile.objects.count() == 0


def test_profile_create_by_viewer_is_403(bob_api, acme):
    response = bob_api.post(LIST, _valid(acme), content_type="application/json")
    assert response.status_code == 403
    assert Profile.objects.count() == 0


def test_profile_patch_publishes_and_keeps_the_rest(alice_api, draft):
    draft.target_countries = ["RU"]
    draft.save()
    response = alice_api.patch(
        _item(draft), {"status": "published"}, content_type="application/json"
    )
    draft.refresh_from_db()
    assert response.status_code == 200
    assert response.json()["status"] == "published"
    assert (draft.status, draft.title, draft.language) == ("published", "Bozza riservata", "it")
    assert draft.target_countries == ["RU"]


def test_profile_patch_bad_input_changes_nothing(alice_api, offer):
    response = alice_api.patch(
        _item(offer),
        {"title": "Nuovo titolo", "valid_until": "2025-01-01"},
        content_type="application/json",
    )
    offer.refresh_from_db()
    assert response.status_code == 400
    assert response.json() == {
        "errors": {"valid_until": ["The end of validity is before its start."]}
    }
    assert (offer.title, offer.valid_until) == ("Piattaforma di pagamenti", dt.date(2026, 12, 31))


def test_profile_patch_by_viewer_is_403(bob_api, draft):
    response = bob_api.patch(_item(draft), {"status": "published"}, content_type="application/json")
    draft.refresh_from_db()
    assert response.status_code == 403
    assert draft.status == "draft"
