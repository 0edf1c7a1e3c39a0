"""Logging in, and switching the interface language."""

import pytest
from playwright.sync_api import Page, expect

from incontra.directory.models import Technology
from tests.e2e.conftest import log_in
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.e2e


def test_login_with_right_password_opens_dashboard(page: Page, live_server, alice, puglia):
    OrganisationFactory.create_batch(3, operator=puglia)

    log_in(page, "alice")

    expect(page).to_have_url(f"{live_server.url}/")
    expect(page.locator("h1")).to_have_text("Regione Puglia")
    expect(page.locator("#count-organisations")).to_have_text("3")
    expect(page.locator("nav.mainnav")).to_contain_text("Organisations")


def test_login_with_wrong_password_stays_on_login_page(page: Page, alice):
    log_in(page, "alice", password="not-her-password")

    assert page.url.endswith("/accounts/login/")
    expect(page.locator("main")).to_contain_text("correct username and password")
    expect(page.locator("nav.mainnav")).to_have_count(0)


def _switch_language(page: Page, code: str) -> None:
    with page.expect_navigation():
        page.select_option("select#language-select", code)


def test_language_switcher_turns_the_interface_russian(alice_page: Page, puglia, taxonomy):
    pugliasoft = OrganisationFactory(operator=puglia, name="Pugliasoft", country="IT")
    pugliasoft.technologies.set(Technology.objects.filter(slug="digital-payments"))
    alice_page.goto("/organisations/")
    expect(alice_page.locator("html")).to_have_attribute("lang", "en")
    expect(alice_page.locator("#results")).to_contain_text("Italy")
    expect(alice_page.locator("#results")).to_contain_text("Digital payments")

    _switch_language(alice_page, "ru")

    assert alice_page.url.endswith("/organisations/")  # the switcher brings us back
    expect(alice_page.locator("html")).to_have_attribute("lang", "ru")
    expect(alice_page.locator("select#language-select")).to_have_value("ru")
    # Country names come from pycountry's catalogues, whatever the state of our own.
    expect(alice_page.locator("#results")).to_contain_text("Италия")
    # Taxonomy labels are stored in the three languages.
    expect(alice_page.locator("#results")).to_contain_text("Цифровые платежи")
    alice_page.goto("/")  # the choice sticks for the next pages
    expect(alice_page.locator("html")).to_have_attribute("lang", "ru")


def test_language_switcher_shows_russian_navigation(alice_page: Page):
    alice_page.goto("/")
    _switch_language(alice_page, "ru")

    expect(alice_page.locator("html")).to_have_attribute("lang", "ru")
    nav = alice_page.locator("nav.mainnav")
    expect(nav.get_by_role("link").first).to_have_text("Организации")
    expect(nav).not_to_contain_text("Organisations")


def test_language_switcher_returns_to_english(alice_page: Page):
    alice_page.goto("/")
    _switch_language(alice_page, "it")
    expect(alice_page.locator("html")).to_have_attribute("lang", "it")

    _switch_language(alice_page, "en")

    expect(alice_page.locator("html")).to_have_attribute("lang", "en")
    expect(alice_page.locator("nav.mainnav")).to_contain_text("Organisations")
