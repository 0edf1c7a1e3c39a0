"""Every main page loads without JavaScript errors or broken assets; a screenshot for review."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from incontra.directory.models import (
    LinkKind,
    OrganisationKind,
    OrganisationLink,
    Sector,
    Technology,
)
from tests.factories import OrganisationFactory, PersonFactory, ProfileFactory

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("taxonomy")]

SCREENSHOT = Path("/tmp/incontra-e2e-organisations.png")  # noqa: S108 -- for people to look at
COMPANIES = [
    ("Nuvola Pagamenti", "startup", "IT", "IT-75", "Lecce", ["J62", "K64"], ["digital-payments"]),
    ("Laboratori Analisi Adriatica", "company", "IT", "IT-75", "Bari", ["M71"],
     ["laboratory-analysis", "healthcare"]),
    ("Logistica Levante", "company", "IT", "IT-75", "Taranto", ["H52"], ["logistics"]),
    ("Meccatronica Trentina", "company", "IT", "IT-32", "Rovereto", ["C28"],
     ["mechatronics", "industrial-automation"]),
    ("Moskovskie Platezhnye Sistemy", "company", "RU", "RU-MOW", "Moskva", ["J62", "K66"],
     ["digital-payments", "cybersecurity"]),
    ("Aerokosmicheskie Resheniya", "startup", "RU", "RU-MOW", "Moskva", ["C30"],
     ["aerospace"]),
    ("Verde Energia Salento", "startup", "IT", "IT-75", "Lecce", ["D35"], ["green-tech"]),
]  # fmt: skip


@pytest.fixture
def directory(puglia):
    district = OrganisationFactory(
        operator=puglia, name="Distretto Produttivo dell'Informatica Pugliese",
        kind=OrganisationKind.DISTRICT, city="Bari",
    )  # fmt: skip
    for name, kind, country, region, city, sectors, technologies in COMPANIES:
        organisation = OrganisationFactory(
            operator=puglia, name=name, kind=kind, country=country, region=region, city=city
        )
        organisation.sectors.set(Sector.objects.filter(code__in=sectors))
        organisation.technologies.set(Technology.objects.filter(slug__in=technologies))
        OrganisationLink.objects.create(
            member=organisation, parent=district, kind=LinkKind.MEMBER_OF
        )
    nuvola = district.links_in.get(member__name="Nuvola Pagamenti").member
    ProfileFactory(organisation=nuvola, title="Pagamenti digitali per i negozi")
    PersonFactory(organisation=nuvola, first_name="Giulia", last_name="Bianchi")
    return nuvola


def _is_favicon(url: str) -> bool:
    return url.endswith("/favicon.ico")  # browsers ask for it; the app declares none


def _watch(page: Page) -> list[str]:
    """Collect uncaught script errors, console errors and failed requests (except the favicon)."""
    problems: list[str] = []

    def on_console(message) -> None:
        if message.type == "error" and not _is_favicon(message.location.get("url", "")):
            problems.append(f"console: {message.text} at {message.location}")

    def on_response(response) -> None:
        if response.status >= 400 and not _is_favicon(response.url):
            problems.append(f"HTTP {response.status}: {response.url}")

    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", on_console)
    page.on("response", on_response)
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    return problems


def test_main_pages_render_without_script_errors(alice_page: Page, directory):
    page = alice_page
    problems = _watch(page)
    paths = [
        "/",
        "/organisations/",
        f"/organisations/{directory.pk}/",
        f"/organisations/{directory.pk}/edit/",
        "/organisations/new/",
        "/people/",
        "/profiles/",
        "/profiles/new/",
        "/imports/",
    ]
    for path in paths:
        response = page.goto(path)
        assert response is not None
        assert response.status == 200, path
        expect(page.locator("h1")).not_to_be_empty()

    page.goto("/organisations/")
    page.select_option("#id_technology", "digital-payments")  # an htmx round trip
    expect(page.locator("#result-count")).to_have_text("2 organisations")
    # htmx itself loaded and ran (it sets this global).
    assert page.evaluate("typeof window.htmx") == "object"
    assert problems == []


def test_organisation_list_screenshot(alice_page: Page, directory):
    page = alice_page
    page.goto("/organisations/")
    expect(page.locator("#result-count")).to_have_text("8 organisations")

    page.screenshot(path=str(SCREENSHOT), full_page=True)

    assert SCREENSHOT.stat().st_size > 10_000
