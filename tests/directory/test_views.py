import pytest
from django.urls import reverse

from incontra.directory.models import Organisation, Profile, ProfileStatus
from tests.factories import OrganisationFactory, PersonFactory, ProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def acme(puglia):
    return OrganisationFactory(operator=puglia, name="Acme Pagamenti", notes="Secret pricing")


@pytest.fixture
def acme_person(acme):
    return PersonFactory(organisation=acme, first_name="Lucia", last_name="Bianchi")


def test_organisation_detail_shown_to_own_staff(alice_client, acme):
    response = alice_client.get(reverse("directory:organisation_detail", args=[acme.pk]))
    assert response.status_code == 200
    assert "Secret pricing" in response.content.decode()


def test_organisation_detail_of_another_operator_is_404(charlie_client, acme):
    response = charlie_client.get(reverse("directory:organisation_detail", args=[acme.pk]))
    assert response.status_code == 404


def test_organisation_detail_anonymous_redirects_to_login(anonymous_client, acme):
    url = reverse("directory:organisation_detail", args=[acme.pk])
    response = anonymous_client.get(url)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next={url}"


def test_organisation_list_hides_other_operators(charlie_client, acme):
    response = charlie_client.get(reverse("directory:organisation_list"))
    assert response.status_code == 200
    assert "Acme Pagamenti" not in response.content.decode()
    assert list(response.context["page"]) == []


@pytest.mark.parametrize(
    "name",
    ["organisation_edit", "organisation_detail"],
)
def test_other_operator_cannot_reach_organisation_pages(charlie_client, acme, name):
    assert charlie_client.get(reverse(f"directory:{name}", args=[acme.pk])).status_code == 404


def test_other_operator_cannot_post_edit(charlie_client, acme):
    url = reverse("directory:organisation_edit", args=[acme.pk])
    response = charlie_client.post(url, {"name": "Hijacked", "kind": "company", "country": "IT"})
    assert response.status_code == 404
    acme.refresh_from_db()
    assert acme.name == "Acme Pagamenti"


def test_person_pages_of_another_operator_are_404(charlie_client, acme_person):
    for name in ("person_detail", "person_edit"):
        url = reverse(f"directory:{name}", args=[acme_person.pk])
        assert charlie_client.get(url).status_code == 404
    url = reverse("directory:person_create", args=[acme_person.organisation_id])
    assert charlie_client.get(url).status_code == 404


def test_person_list_hides_other_operators_contacts(charlie_client, acme_person):
    response = charlie_client.get(reverse("directory:person_list"))
    assert "Bianchi" not in response.content.decode()


def test_viewer_cannot_create_organisation(bob_client):
    response = bob_client.post(
        reverse("directory:organisation_create"),
        {"name": "Viewer Co", "kind": "company", "country": "IT"},
    )
    assert response.status_code == 403
    assert not Organisation.objects.filter(name="Viewer Co").exists()


def test_viewer_sees_list(bob_client, acme):
    response = bob_client.get(reverse("directory:organisation_list"))
    assert [o.name for o in response.context["page"]] == ["Acme Pagamenti"]


def test_organisation_create_stores_everything(alice_client, puglia, acme):
    response = alice_client.post(
        reverse("directory:organisation_create"),
        {
            "kind": "startup",
            "name": "Levante Labs",
            "country": "IT",
            "region": "it-75",
            "city": "Lecce",
            "languages": ["it", "en"],
            "sectors": ["J62"],
            "technologies": ["digital-payments"],
            "member_of": [acme.pk],
            "founded_year": "2019",
        },
    )
    organisation = Organisation.objects.get(name="Levante Labs")
    assert response.status_code == 302
    assert response["Location"] == reverse("directory:organisation_detail", args=[organisation.pk])
    assert organisation.operator == puglia
    assert organisation.region == "IT-75"
    assert organisation.languages == ["it", "en"]
    assert [s.code for s in organisation.sectors.all()] == ["J62"]
    assert [t.slug for t in organisation.technologies.all()] == ["digital-payments"]
    assert [link.parent for link in organisation.links_out.all()] == [acme]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"region": "RU-MOW"}, "region", "RU-MOW is not a region of IT"),
        ({"founded_year": "1700"}, "founded_year", "Enter a year between 1800 and this year."),
        ({"website": "not a url"}, "website", "Enter a valid URL."),
        ({"country": "XX"}, "country", "Select a valid choice."),
        ({"languages": ["xx"]}, "languages", "Unknown code: xx."),
        ({"name": ""}, "name", "This field is required."),
    ],
)
def test_organisation_create_rejects_bad_input(alice_client, data, field, message):
    valid = {"kind": "company", "name": "Bad Input Srl", "country": "IT"}
    response = alice_client.post(reverse("directory:organisation_create"), valid | data)
    assert response.status_code == 200
    assert any(message in error for error in response.context["form"].errors[field])
    assert not Organisation.objects.filter(name="Bad Input Srl").exists()


def test_organisation_create_rejects_duplicate(alice_client, acme):
    response = alice_client.post(
        reverse("directory:organisation_create"),
        {"kind": "company", "name": "acme pagamenti", "country": "IT"},
    )
    assert response.context["form"].errors["name"] == [
        "This organisation is already in the directory."
    ]
    assert Organisation.objects.filter(name__iexact="acme pagamenti").count() == 1


def test_organisation_edit_keeps_stored_data_on_bad_input(alice_client, acme):
    url = reverse("directory:organisation_edit", args=[acme.pk])
    response = alice_client.post(url, {"kind": "company", "name": "", "country": "IT"})
    assert response.status_code == 200
    acme.refresh_from_db()
    assert acme.name == "Acme Pagamenti"


def test_organisation_list_filters_combine(alice_client, puglia):
    payments = OrganisationFactory(operator=puglia, name="Pay Bari", country="IT", region="IT-75")
    payments.sectors.set([_sector("J62")])
    OrganisationFactory(operator=puglia, name="Moscow Logistics", country="RU", region="RU-MOW")
    url = reverse("directory:organisation_list")
    by_country = alice_client.get(url, {"country": "RU"}).context["page"]
    by_sector = alice_client.get(url, {"sector": "J"}).context["page"]
    by_search = alice_client.get(url, {"q": "pay", "region": "it-75"}).context["page"]
    assert [o.name for o in by_country] == ["Moscow Logistics"]
    assert [o.name for o in by_sector] == ["Pay Bari"]
    assert [o.name for o in by_search] == ["Pay Bari"]


def test_organisation_list_region_filter_lists_only_the_operators_regions(
    alice_client, puglia, trentino
):
    OrganisationFactory(operator=puglia, name="Pay Bari", country="IT", region="IT-75")
    OrganisationFactory(operator=puglia, name="Moscow Logistics", country="RU", region="RU-MOW")
    OrganisationFactory(operator=trentino, name="Trento Lab", country="IT", region="IT-32")

    form = alice_client.get(reverse("directory:organisation_list")).context["form"]

    assert list(form.fields["region"].widget.choices) == [
        ("", "any"), ("RU-MOW", "Moskva"), ("IT-75", "Puglia")
    ]


def _sector(code):
    from incontra.directory.models import Sector

    return Sector.objects.get(code=code)


def test_organisation_list_htmx_returns_results_only(alice_client, acme):
    response = alice_client.get(reverse("directory:organisation_list"), HTTP_HX_REQUEST="true")
    assert response.templates[0].name == "directory/organisation_results.html"
    assert "<html" not in response.content.decode()


@pytest.mark.parametrize("count", [1, 3])
def test_organisation_list_query_count_is_constant(
    alice_client, puglia, django_assert_num_queries, count
):
    for _ in range(count):
        organisation = OrganisationFactory(operator=puglia)
        organisation.sectors.set([_sector("J62")])
    with django_assert_num_queries(11):  # one of them: the regions in use, for the filter
        response = alice_client.get(reverse("directory:organisation_list"))
    assert len(response.context["page"]) == count


@pytest.mark.parametrize("count", [1, 3])
def test_profile_list_query_count_is_constant(
    alice_client, puglia, django_assert_num_queries, count
):
    for _ in range(count):
        ProfileFactory(organisation=OrganisationFactory(operator=puglia))
    with django_assert_num_queries(9):
        response = alice_client.get(reverse("directory:profile_list"))
    assert len(response.context["page"]) == count


@pytest.mark.parametrize("count", [1, 3])
def test_person_list_query_count_is_constant(
    alice_client, puglia, django_assert_num_queries, count
):
    organisation = OrganisationFactory(operator=puglia)
    for _ in range(count):
        PersonFactory(organisation=organisation)
    with django_assert_num_queries(6):
        response = alice_client.get(reverse("directory:person_list"))
    assert len(response.context["page"]) == count


def test_published_profile_of_another_operator_is_shared_read_only(charlie_client, acme):
    profile = ProfileFactory(organisation=acme, status=ProfileStatus.PUBLISHED)
    detail = charlie_client.get(reverse("directory:profile_detail", args=[profile.pk]))
    edit = charlie_client.get(reverse("directory:profile_edit", args=[profile.pk]))
    assert detail.status_code == 200
    assert detail.context["is_ours"] is False
    assert "Secret pricing" not in detail.content.decode()
    assert edit.status_code == 404


def test_draft_profile_of_another_operator_is_404(charlie_client, acme):
    profile = ProfileFactory(organisation=acme, status=ProfileStatus.DRAFT)
    response = charlie_client.get(reverse("directory:profile_detail", args=[profile.pk]))
    assert response.status_code == 404


def test_profile_list_scopes(charlie_client, trentino, acme):
    ProfileFactory(organisation=acme, title="Shared offer", status=ProfileStatus.PUBLISHED)
    ProfileFactory(organisation=acme, title="Private draft", status=ProfileStatus.DRAFT)
    ProfileFactory(organisation=OrganisationFactory(operator=trentino), title="Ours")
    url = reverse("directory:profile_list")
    everything = [p.title for p in charlie_client.get(url).context["page"]]
    shared = [p.title for p in charlie_client.get(url, {"scope": "shared"}).context["page"]]
    ours = [p.title for p in charlie_client.get(url, {"scope": "ours"}).context["page"]]
    assert sorted(everything) == ["Ours", "Shared offer"]
    assert shared == ["Shared offer"]
    assert ours == ["Ours"]


def test_profile_create_detects_language(alice_client, acme):
    response = alice_client.post(
        reverse("directory:profile_create"),
        {
            "organisation": acme.pk,
            "kind": "technology_request",
            "title": "Ищем партнёра в области цифровых платежей",
            "text": "Мы ищем партнёра для внедрения системы цифровых платежей в Москве.",
            "status": "published",
        },
    )
    profile = Profile.objects.get(organisation=acme)
    assert response.status_code == 302
    assert profile.language == "ru"


def test_profile_create_rejects_other_operators_organisation(charlie_client, acme):
    response = charlie_client.post(
        reverse("directory:profile_create"),
        {"organisation": acme.pk, "kind": "business_offer", "title": "Sneaky", "status": "draft"},
    )
    assert response.status_code == 200
    assert "organisation" in response.context["form"].errors
    assert not Profile.objects.filter(title="Sneaky").exists()


def test_profile_create_rejects_inverted_validity(alice_client, acme):
    response = alice_client.post(
        reverse("directory:profile_create"),
        {
            "organisation": acme.pk,
            "kind": "business_offer",
            "title": "Late",
            "status": "draft",
            "valid_from": "2026-05-01",
            "valid_until": "2026-04-01",
            "target_countries": ["RU", "ZZ"],
        },
    )
    errors = response.context["form"].errors
    assert errors["valid_until"] == ["The end of validity is before its start."]
    assert "target_countries" in errors
    assert not Profile.objects.filter(title="Late").exists()


def test_consent_recorded_and_withdrawn(alice_client, acme_person):
    url = reverse("directory:consent_add", args=[acme_person.pk])
    response = alice_client.post(
        url, {"text": "I agree to be contacted about B2B meetings.", "given_at": "2026-03-02 10:00"}
    )
    consent = acme_person.consents.get()
    assert response.status_code == 302
    assert consent.text == "I agree to be contacted about B2B meetings."
    withdraw = reverse("directory:consent_withdraw", args=[acme_person.pk, consent.pk])
    alice_client.post(withdraw)
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None


def test_consent_bad_date_is_rejected(alice_client, acme_person):
    url = reverse("directory:consent_add", args=[acme_person.pk])
    response = alice_client.post(url, {"text": "Yes", "given_at": "yesterday-ish"})
    assert response.status_code == 400
    assert acme_person.consents.count() == 0


def test_person_phone_must_be_international(alice_client, acme):
    url = reverse("directory:person_create", args=[acme.pk])
    response = alice_client.post(
        url, {"first_name": "Ivan", "last_name": "Petrov", "phone": "12345"}
    )
    assert response.status_code == 200
    assert "phone" in response.context["form"].errors
    created = alice_client.post(
        url, {"first_name": "Ivan", "last_name": "Petrov", "phone": "+7 495 123-45-67"}
    )
    assert created.status_code == 302
    assert acme.people.get().phone.as_e164 == "+74951234567"


def test_export_csv_contains_filtered_rows_only(alice_client, puglia):
    OrganisationFactory(operator=puglia, name="Alfa", country="IT")
    OrganisationFactory(operator=puglia, name="Beta", country="RU", region="RU-MOW")
    response = alice_client.get(
        reverse("directory:organisation_list"), {"country": "RU", "export": "csv"}
    )
    lines = response.content.decode("utf-8-sig").strip().splitlines()
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert lines[0].startswith("name,kind,country,region")
    assert len(lines) == 2
    assert lines[1].startswith("Beta,company,RU,RU-MOW")


def test_export_of_another_operator_has_no_rows(charlie_client, acme):
    response = charlie_client.get(reverse("directory:organisation_list"), {"export": "csv"})
    assert len(response.content.decode("utf-8-sig").strip().splitlines()) == 1


def test_language_switch_to_russian(alice_client):
    response = alice_client.post(reverse("set_language"), {"language": "ru", "next": "/"})
    assert response.status_code == 302
    page = alice_client.get(reverse("directory:organisation_list"))
    assert '<html lang="ru">' in page.content.decode()


def test_delete_asks_then_deletes(alice_client, acme_person):
    acme = acme_person.organisation
    profile = ProfileFactory(organisation=acme)
    url = reverse("directory:organisation_delete", args=[acme.pk])
    assert alice_client.get(url).status_code == 200
    assert Organisation.objects.filter(pk=acme.pk).exists()
    response = alice_client.post(url)
    assert response["Location"] == reverse("directory:organisation_list")
    assert not Organisation.objects.filter(pk=acme.pk).exists()
    assert not Profile.objects.filter(pk=profile.pk).exists()


def test_delete_refused_to_viewers_other_operators_and_anonymous(
    bob_client, charlie_client, anonymous_client, acme_person
):
    profile = ProfileFactory(organisation=acme_person.organisation)
    urls = [
        reverse("directory:organisation_delete", args=[acme_person.organisation_id]),
        reverse("directory:person_delete", args=[acme_person.pk]),
        reverse("directory:profile_delete", args=[profile.pk]),
    ]
    for url in urls:
        assert bob_client.post(url).status_code == 403
        assert charlie_client.post(url).status_code == 404
        assert anonymous_client.post(url).status_code == 302
    assert Profile.objects.filter(pk=profile.pk).exists()
    assert acme_person.__class__.objects.filter(pk=acme_person.pk).exists()
