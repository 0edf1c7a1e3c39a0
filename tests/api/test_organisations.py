import pytest

from incontra.directory.models import LinkKind, Organisation, OrganisationLink, Sector, Technology
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/organisations/"


def _item(organisation) -> str:
    return f"{LIST}{organisation.pk}/"


def _names(response) -> list[str]:
    return [record["name"] for record in response.json()["results"]]


@pytest.fixture
def district(puglia):
    return OrganisationFactory(
        operator=puglia, kind="district", name="Distretto ICT Puglia", city="Bari"
    )


@pytest.fixture
def acme_full(acme, district):
    acme.languages = ["it", "en"]
    acme.website = "https://acme.example"
    acme.founded_year = 2015
    acme.save()
    acme.sectors.set([Sector.objects.get(code="J62")])
    acme.technologies.set([Technology.objects.get(slug="digital-payments")])
    OrganisationLink.objects.create(member=acme, parent=district, kind=LinkKind.MEMBER_OF)
    return acme


def _valid(**changes) -> dict:
    return {"kind": "company", "name": "Levante Labs", "country": "IT"} | changes


def test_organisation_detail_has_the_export_fields(alice_api, acme_full, district):
    response = alice_api.get(_item(acme_full))
    assert response.status_code == 200
    assert response.json() == {
        "id": acme_full.pk,
        "name": "Acme Pagamenti",
        "kind": "company",
        "country": "IT",
        "region": "IT-75",
        "city": "Bari",
        "website": "https://acme.example",
        "size": "",
        "founded_year": 2015,
        "description": "",
        "description_language": "",
        "languages": ["it", "en"],
        "sectors": ["J62"],
        "technologies": ["digital-payments"],
        "member_of": [district.pk],
        "resident_of": [],
        "notes": "Secret pricing",
        "created_at": acme_full.created_at.isoformat(),
        "updated_at": acme_full.updated_at.isoformat(),
    }


def test_organisation_list_is_paginated(alice_api, puglia):
    for name in ("Alfa", "Beta", "Gamma"):
        OrganisationFactory(operator=puglia, name=name)
    first = alice_api.get(LIST, {"page_size": 2, "country": "IT"}).json()
    second = alice_api.get(first["next"]).json()
    assert (first["count"], first["pages"], first["page"], first["page_size"]) == (3, 2, 1, 2)
    assert [o["name"] for o in first["results"]] == ["Alfa", "Beta"]
    assert first["next"] == "http://testserver/api/v1/organisations/?page_size=2&country=IT&page=2"
    assert first["previous"] is None
    assert [o["name"] for o in second["results"]] == ["Gamma"]
    assert second["next"] is None
    assert second["previous"].endswith("page=1")


def test_organisation_list_page_size_over_200_is_400(alice_api, acme):
    response = alice_api.get(LIST, {"page_size": 201})
    assert response.status_code == 400
    assert response.json() == {
        "errors": {"page_size": ["Ensure this value is less than or equal to 200."]}
    }


def test_organisation_list_page_past_the_end_is_404(alice_api, acme):
    response = alice_api.get(LIST, {"page": 3})
    assert response.status_code == 404
    assert response.json() == {"errors": {"page": ["There is no page 3: the last one is 1."]}}


def test_organisation_list_filters_like_the_web(alice_api, puglia, acme_full, district):
    moscow = OrganisationFactory(operator=puglia, name="Moscow Logistics", country="RU")
    moscow.region = "RU-MOW"
    moscow.save()
    assert _names(alice_api.get(LIST, {"country": "RU"})) == ["Moscow Logistics"]
    assert _names(alice_api.get(LIST, {"sector": "J"})) == ["Acme Pagamenti"]
    assert _names(alice_api.get(LIST, {"technology": "digital-payments"})) == ["Acme Pagamenti"]
    assert _names(alice_api.get(LIST, {"member_of": district.pk})) == ["Acme Pagamenti"]
    assert _names(alice_api.get(LIST, {"kind": "district"})) == ["Distretto ICT Puglia"]
    assert _names(alice_api.get(LIST, {"q": "pagam", "region": "it-75"})) == ["Acme Pagamenti"]


def test_organisation_list_bad_filter_is_400(alice_api, acme):
    response = alice_api.get(LIST, {"country": "XX"})
    assert response.status_code == 400
    assert response.json() == {
        "errors": {"country": ["Select a valid choice. XX is not one of the available choices."]}
    }


def test_organisation_list_region_not_in_iso_3166_2_is_400(alice_api, acme):
    response = alice_api.get(LIST, {"region": "it-99"})
    assert response.status_code == 400
    assert response.json() == {
        "errors": {"region": ["IT-99 is not an ISO 3166-2 region code (e.g. IT-75)."]}
    }


def test_organisation_list_region_nobody_is_in_finds_nothing(alice_api, acme_full):
    response = alice_api.get(LIST, {"region": "IT-21"})
    assert (response.status_code, response.json()["count"]) == (200, 0)


@pytest.mark.parametrize("count", [1, 3])
def test_organisation_list_query_count_is_constant(
    alice_api, puglia, district, django_assert_num_queries, count
):
    for _ in range(count):
        organisation = OrganisationFactory(operator=puglia)
        organisation.sectors.set([Sector.objects.get(code="J62")])
        OrganisationLink.objects.create(
            member=organisation, parent=district, kind=LinkKind.MEMBER_OF
        )
    # token, membership, last use; count, page; sectors, technologies, links
    with django_assert_num_queries(8):
        response = alice_api.get(LIST)
    assert response.json()["count"] == count + 1


def test_organisation_list_hides_other_operators(charlie_api, acme):
    response = charlie_api.get(LIST)
    assert response.json()["count"] == 0
    assert response.json()["results"] == []


def test_organisation_detail_of_another_operator_is_404(charlie_api, acme):
    response = charlie_api.get(_item(acme))
    assert response.status_code == 404
    assert response.json() == {"errors": {"__all__": ["Not found."]}}


def test_organisation_create_stores_everything(alice_api, puglia, district):
    payload = _valid(
        kind="startup",
        region="it-75",
        city="Lecce",
        website="levante.example",
        founded_year=2019,
        languages=["it", "en"],
        sectors=["J62"],
        technologies=["digital-payments"],
        member_of=[district.pk],
    )
    response = alice_api.post(LIST, payload, content_type="application/json")
    organisation = Organisation.objects.get(name="Levante Labs")
    assert response.status_code == 201
    assert response["Location"] == f"http://testserver{_item(organisation)}"
    assert response.json()["id"] == organisation.pk
    assert organisation.operator == puglia
    assert (organisation.region, organisation.website) == ("IT-75", "https://levante.example")
    assert organisation.languages == ["it", "en"]
    assert [s.code for s in organisation.sectors.all()] == ["J62"]
    assert [t.slug for t in organisation.technologies.all()] == ["digital-payments"]
    assert [link.parent for link in organisation.links_out.all()] == [district]


def test_organisation_create_answers_in_utf8(alice_api):
    payload = _valid(name="Сбер Технологии", country="RU", region="RU-MOW")
    response = alice_api.post(LIST, payload, content_type="application/json")
    assert response.status_code == 201
    assert '"name": "Сбер Технологии"' in response.content.decode("utf-8")


@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        (
            {"country": "XX"},
            {"country": ["Select a valid choice. XX is not one of the available choices."]},
        ),
        (
            {"region": "RU-MOW"},
            {"region": ["RU-MOW is not a region of IT (use ISO 3166-2, e.g. IT-75)."]},
        ),
        ({"founded_year": 1700}, {"founded_year": ["Enter a year between 1800 and this year."]}),
        ({"languages": ["it", "xx"]}, {"languages": ["Unknown code: xx."]}),
        (
            {"sectors": ["J62", "Z99"]},
            {"sectors": ["Select a valid choice. Z99 is not one of the available choices."]},
        ),
        ({"sectors": "J62"}, {"sectors": ["Expected an array of values."]}),
        ({"city": ["Bari"]}, {"city": ["Expected a single value, not an array or an object."]}),
        ({"colour": "blue"}, {"colour": ["Unknown field."]}),
        ({"name": ""}, {"name": ["This field is required."]}),
    ],
)
def test_organisation_create_rejects_bad_input(alice_api, changes, errors):
    response = alice_api.post(LIST, _valid(**changes), content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"errors": errors}
    assert Organisation.objects.count() == 0


def test_organisation_create_rejects_duplicate(alice_api, acme):
    payload = _valid(name="acme pagamenti")
    response = alice_api.post(LIST, payload, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "errors": {"name": ["This organisation is already in the directory."]}
    }
    assert list(Organisation.objects.values_list("name", flat=True)) == ["Acme Pagamenti"]


def test_organisation_create_rejects_other_operators_parent(charlie_api, acme):
    payload = _valid(member_of=[acme.pk])
    response = charlie_api.post(LIST, payload, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "errors": {
            "member_of": [f"Select a valid choice. {acme.pk} is not one of the available choices."]
        }
    }
    assert not Organisation.objects.filter(name="Levante Labs").exists()


def test_organisation_create_errors_follow_accept_language(alice_api, acme):
    payload = {"kind": "company", "name": "Acme Pagamenti", "country": "IT", "region": "RU-MOW"}
    response = alice_api.post(
        LIST, payload, content_type="application/json", headers={"Accept-Language": "it"}
    )
    assert response.status_code == 400
    assert response.json()["errors"]["name"] == [
        "Questa organizzazione è già presente in anagrafica."
    ]
    assert Organisation.objects.count() == 1


def test_organisation_create_required_message_in_italian(alice_api):
    response = alice_api.post(
        LIST, {"kind": "company"}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="it"
    )
    assert response.json() == {
        "errors": {
            "name": ["Questo campo è obbligatorio."],
            "country": ["Questo campo è obbligatorio."],
        }
    }


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('{"name": "Levante Labs",', "The request body is not valid JSON."),
        ("", "The request body is not valid JSON."),
        (b"\xff\xfe", "The request body is not valid JSON."),
        ('["Levante Labs"]', "The request body must be a JSON object."),
    ],
)
def test_organisation_create_rejects_malformed_body(alice_api, body, message):
    response = alice_api.post(LIST, body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"errors": {"__all__": [message]}}
    assert Organisation.objects.count() == 0


def test_organisation_create_by_viewer_is_403(bob_api):
    response = bob_api.post(LIST, _valid(), content_type="application/json")
    assert response.status_code == 403
    assert response.json() == {
        "errors": {
            "__all__": ["Your role does not allow changes: ask an administrator of your operator."]
        }
    }
    assert Organisation.objects.count() == 0


def test_organisation_patch_changes_only_what_is_sent(alice_api, acme_full, district):
    response = alice_api.patch(
        _item(acme_full), {"city": "Lecce", "languages": ["it"]}, content_type="application/json"
    )
    acme_full.refresh_from_db()
    assert response.status_code == 200
    assert response.json()["city"] == "Lecce"
    assert (acme_full.city, acme_full.languages, acme_full.founded_year) == ("Lecce", ["it"], 2015)
    assert (acme_full.notes, acme_full.website) == ("Secret pricing", "https://acme.example")
    assert [s.code for s in acme_full.sectors.all()] == ["J62"]
    assert [link.parent for link in acme_full.links_out.all()] == [district]


def test_organisation_patch_accepts_its_own_get_back(alice_api, acme_full, district):
    record = alice_api.get(_item(acme_full)).json()
    record |= {"member_of": [], "description": "Pagamenti digitali per il retail."}
    response = alice_api.patch(_item(acme_full), record, content_type="application/json")
    acme_full.refresh_from_db()
    assert response.status_code == 200
    assert acme_full.description == "Pagamenti digitali per il retail."
    assert acme_full.links_out.count() == 0


def test_organisation_patch_bad_input_changes_nothing(alice_api, acme_full):
    response = alice_api.patch(
        _item(acme_full), {"city": "Mosca", "region": "RU-MOW"}, content_type="application/json"
    )
    acme_full.refresh_from_db()
    assert response.status_code == 400
    assert response.json() == {
        "errors": {"region": ["RU-MOW is not a region of IT (use ISO 3166-2, e.g. IT-75)."]}
    }
    assert (acme_full.city, acme_full.region) == ("Bari", "IT-75")


def test_organisation_patch_by_viewer_is_403(bob_api, acme):
    response = bob_api.patch(_item(acme), {"city": "Lecce"}, content_type="application/json")
    acme.refresh_from_db()
    assert response.status_code == 403
    assert acme.city == "Bari"


def test_organisation_patch_of_another_operator_is_404(charlie_api, acme):
    response = charlie_api.patch(_item(acme), {"name": "Hijacked"}, content_type="application/json")
    acme.refresh_from_db()
    assert response.status_code == 404
    assert acme.name == "Acme Pagamenti"


def test_organisation_create_rejects_too_large_body(alice_api, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    payload = _valid(description="x" * 200)
    response = alice_api.post(LIST, payload, content_type="application/json")
    assert response.status_code == 413
    assert response.json() == {"errors": {"__all__": ["The request body is too large."]}}
    assert Organisation.objects.count() == 0
