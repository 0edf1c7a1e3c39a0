"""Creating an organisation and a profile through the forms, and finding them with the filters."""

import re

import pytest
from playwright.sync_api import Page, expect

from incontra.directory.models import (
    LinkKind,
    Organisation,
    OrganisationKind,
    OrganisationLink,
    Profile,
    ProfileKind,
    ProfileStatus,
    Sector,
    Technology,
)
from tests.factories import OrganisationFactory, ProfileFactory

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("taxonomy")]


def _rows(page: Page):
    return page.locator("#results table.results tbody tr")


def _expect_results(page: Page, names: list[str]) -> None:
    """The results table lists exactly these names (first column), in this order."""
    expect(page.locator("#results table.results tbody tr td:first-child a")).to_have_text(names)


def _search(page: Page, text: str) -> None:
    page.fill("#id_q", text)
    page.press("#id_q", "Enter")


def _tag(organisation: Organisation, *, sectors=(), technologies=()) -> Organisation:
    organisation.sectors.set(Sector.objects.filter(code__in=sectors))
    organisation.technologies.set(Technology.objects.filter(slug__in=technologies))
    return organisation


def test_organisation_and_profile_created_through_forms(alice_page: Page, puglia):
    page = alice_page
    page.goto("/organisations/")
    page.get_by_role("link", name="New organisation").click()
    expect(page).to_have_url(re.compile(r"/organisations/new/$"))

    page.select_option("#id_kind", "startup")
    page.fill("#id_name", "Nuvola Pagamenti")
    page.select_option("#id_country", "IT")
    page.fill("#id_region", "it-75")  # lower case is accepted and normalised
    page.fill("#id_city", "Lecce")
    page.fill("#id_founded_year", "2021")
    page.select_option("#id_languages", ["it", "en"])
    page.select_option("#id_sectors", ["J62", "K64"])
    page.select_option("#id_technologies", ["digital-payments", "cloud"])
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()

    expect(page.locator(".messages")).to_contain_text("Organisation created.")
    expect(page.locator("h1")).to_have_text("Nuvola Pagamenti")
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("Italy")
    expect(facts).to_contain_text("Puglia (IT-75)")
    expect(facts).to_contain_text("J62 Computer programming, consultancy and related activities")
    expect(facts).to_contain_text("Digital payments")
    organisation = Organisation.objects.get(operator=puglia, name="Nuvola Pagamenti")
    assert (organisation.kind, organisation.country, organisation.region) == (
        "startup",
        "IT",
        "IT-75",
    )
    assert sorted(organisation.languages) == ["en", "it"]
    assert set(organisation.sectors.values_list("code", flat=True)) == {"J62", "K64"}
    assert set(organisation.technologies.values_list("slug", flat=True)) == {
        "digital-payments",
        "cloud",
    }

    page.get_by_role("link", name="New profile").click()
    expect(page.locator("#id_organisation")).to_have_value(str(organisation.pk))
    page.select_option("#id_kind", "technology_offer")
    page.fill("#id_title", "Piattaforma di pagamenti digitali per il commercio al dettaglio")
    page.fill(
        "#id_text",
        "Offriamo una piattaforma per i pagamenti digitali nei negozi e cerchiamo partner "
        "commerciali in Russia e Kazakistan per distribuirla.",
    )
    page.select_option("#id_technologies", ["digital-payments"])
    page.select_option("#id_target_countries", ["RU", "KZ"])
    page.select_option("#id_status", "published")
    with page.expect_navigation():
        page.get_by_role("button", name="Save").click()

    expect(page.locator(".messages")).to_contain_text("Profile created.")
    expect(page.locator("h1")).to_have_attribute("lang", "it")  # detected, none was chosen
    facts = page.locator("dl.facts")
    expect(facts).to_contain_text("Technology offer")
    expect(facts).to_contain_text("Nuvola Pagamenti")
    expect(facts).to_contain_text("Kazakhstan")
    profile = Profile.objects.get(organisation=organisation)
    assert (profile.kind, profile.status, profile.language) == (
        "technology_offer",
        "published",
        "it",
    )
    assert sorted(profile.target_countries) == ["KZ", "RU"]

    page.goto("/organisations/")
    _search(page, "nuvola")
    _expect_results(page, ["Nuvola Pagamenti"])
    page.goto("/profiles/")
    _search(page, "dettaglio")
    _expect_results(page, ["Piattaforma di pagamenti digitali per il commercio al dettaglio"])


def test_organisation_form_shows_errors_and_saves_nothing(alice_page: Page, puglia):
    page = alice_page
    page.goto("/organisations/new/")
    page.select_option("#id_kind", "company")
    page.fill("#id_name", "Sbagliata Srl")
    page.select_option("#id_country", "IT")
    page.fill("#id_region", "RU-MOW")
    page.fill("#id_founded_year", "1700")
    page.get_by_role("button", name="Save").click()

    expect(page.locator(".field.has-error")).to_have_count(2)
    expect(page.locator("main")).to_contain_text("RU-MOW is not a region of IT")
    expect(page.locator("main")).to_contain_text("Enter a year between 1800 and this year.")
    expect(page.locator("#id_name")).to_have_value("Sbagliata Srl")  # what was typed stays
    assert not Organisation.objects.filter(operator=puglia).exists()


@pytest.fixture
def puglia_directory(puglia, trentino) -> Organisation:
    """Startups that differ from "Nuvola Pagamenti" in exactly one filtered attribute each.
    Returns the district that Nuvola Pagamenti is a member of."""
    district = OrganisationFactory(
        operator=puglia, name="Distretto ICT Puglia", kind=OrganisationKind.DISTRICT
    )
    target = _tag(
        OrganisationFactory(operator=puglia, name="Nuvola Pagamenti", kind="startup", city="Lecce"),
        sectors=["J62"],
        technologies=["digital-payments"],
    )
    OrganisationLink.objects.create(member=target, parent=district, kind=LinkKind.MEMBER_OF)
    differences = {
        "kind": {"kind": OrganisationKind.COMPANY},
        "country": {"country": "RU", "region": "RU-MOW", "city": "Moskva"},
        "region": {"region": "IT-32", "city": "Trento"},
        "sector": {},
        "technology": {},
        "member_of": {},
    }
    for differs, attributes in differences.items():
        organisation = OrganisationFactory(
            operator=puglia,
            name=f"Startup differing by {differs}",
            **({"kind": "startup"} | attributes),
        )
        _tag(
            organisation,
            sectors=["C28"] if differs == "sector" else ["J62"],
            technologies=["cloud"] if differs == "technology" else ["digital-payments"],
        )
    OrganisationFactory(operator=trentino, name="Nuvola Trentina", kind=OrganisationKind.STARTUP)
    return district


def test_organisation_filters_narrow_results_step_by_step(alice_page: Page, puglia_directory):
    page = alice_page
    district = puglia_directory
    page.goto("/organisations/")
    expect(page.locator("#result-count")).to_have_text("8 organisations")  # not Trento's

    page.select_option("#id_kind", "startup")
    expect(page.locator("#result-count")).to_have_text("6 organisations")
    page.select_option("#id_country", "IT")
    expect(page.locator("#result-count")).to_have_text("5 organisations")
    page.select_option("#id_region", "IT-75")  # a pick list of the regions in use
    expect(page.locator("#result-count")).to_have_text("4 organisations")
    page.select_option("#id_sector", "J")  # a section finds its divisions too
    expect(page.locator("#result-count")).to_have_text("3 organisations")
    page.select_option("#id_technology", "digital-payments")
    expect(page.locator("#result-count")).to_have_text("2 organisations")
    page.select_option("#id_member_of", str(district.pk))

    _expect_results(page, ["Nuvola Pagamenti"])
    expect(page.locator("#result-count")).to_have_text("1 organisation")
    # htmx pushed the filters into the address: reloading shows the same list.
    assert "kind=startup" in page.url
    assert f"member_of={district.pk}" in page.url
    page.reload()
    _expect_results(page, ["Nuvola Pagamenti"])
    expect(page.locator("#id_kind")).to_have_value("startup")


def test_organisation_search_updates_results_while_typing(alice_page: Page, puglia_directory):
    page = alice_page
    page.goto("/organisations/")

    page.locator("#id_q").press_sequentially("differing by reg", delay=20)

    _expect_results(page, ["Startup differing by region"])
    _search(page, "nuvola")  # another operator's "Nuvola Trentina" never shows
    _expect_results(page, ["Nuvola Pagamenti"])
    _search(page, "nothing like this")
    expect(_rows(page)).to_have_text(["No organisation matches these filters."])


@pytest.fixture
def shared_profiles(puglia, trentino):
    ours = OrganisationFactory(operator=puglia, name="Nuvola Pagamenti", country="IT")
    theirs = OrganisationFactory(operator=trentino, name="Meccatronica Trentina", country="IT")
    moscow = OrganisationFactory(
        operator=trentino, name="Moskovskie Sistemy", country="RU", region="RU-MOW"
    )
    published = ProfileFactory(organisation=ours, title="Pagamenti digitali per negozi")
    published.technologies.set(Technology.objects.filter(slug="digital-payments"))
    ProfileFactory(
        organisation=ours,
        title="Bozza: laboratorio di analisi",
        status=ProfileStatus.DRAFT,
        kind=ProfileKind.RESEARCH_COOPERATION,
    )
    ProfileFactory(organisation=theirs, title="Bracci robotici per l'industria")
    russian = ProfileFactory(
        organisation=moscow,
        title="Платёжная платформа для банков",
        text="Мы разрабатываем платёжные системы.",
        language="ru",
        kind=ProfileKind.BUSINESS_OFFER,
    )
    russian.sectors.set(Sector.objects.filter(code="K64"))
    ProfileFactory(organisation=theirs, title="Bozza riservata di Trento", status="draft")


def test_profile_filters_find_shared_and_own_profiles(alice_page: Page, shared_profiles):
    page = alice_page
    page.goto("/profiles/")
    expect(page.locator("#result-count")).to_have_text("4 profiles")  # not Trento's draft
    expect(page.locator("#results")).not_to_contain_text("Bozza riservata di Trento")

    page.select_option("#id_scope", "shared")
    expect(page.locator("#result-count")).to_have_text("2 profiles")
    page.select_option("#id_country", "RU")
    _expect_results(page, ["Платёжная платформа для банков"])
    page.select_option("#id_country", "")
    page.select_option("#id_language", "ru")
    page.select_option("#id_sector", "K")
    page.select_option("#id_kind", "business_offer")
    _expect_results(page, ["Платёжная платформа для банков"])
    expect(page.locator("#results a[lang=ru]")).to_have_count(1)

    page.goto("/profiles/")
    page.select_option("#id_scope", "ours")
    page.select_option("#id_status", "draft")
    _expect_results(page, ["Bozza: laboratorio di analisi"])
    page.goto("/profiles/")
    page.select_option("#id_technology", "digital-payments")
    _expect_results(page, ["Pagamenti digitali per negozi"])
    _search(page, "robotici")
    expect(_rows(page)).to_have_text(["No profile matches these filters."])
