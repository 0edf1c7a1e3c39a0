"""Another operator's staff and anonymous visitors never reach an operator's private pages."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import log_in
from tests.factories import OrganisationFactory, PersonFactory

pytestmark = pytest.mark.e2e


@pytest.fixture
def acme(puglia):
    return OrganisationFactory(operator=puglia, name="Acme Puglia Srl")


def test_other_operator_gets_404_on_organisation_pages(page: Page, charlie, acme):
    log_in(page, "charlie")

    for path in (f"/organisations/{acme.pk}/", f"/organisations/{acme.pk}/edit/"):
        response = page.goto(path)
        assert response is not None
        assert response.status == 404, path
        expect(page.locator("body")).not_to_contain_text("Acme Puglia Srl")

    page.goto("/organisations/")
    expect(page.locator("#result-count")).to_have_text("0 organisations")


def test_other_operator_gets_404_on_person_page(page: Page, charlie, acme):
    person = PersonFactory(organisation=acme, first_name="Giulia", last_name="Bianchi")
    log_in(page, "charlie")

    response = page.goto(f"/people/{person.pk}/")

    assert response is not None
    assert response.status == 404
    expect(page.locator("body")).not_to_contain_text("Bianchi")


def test_anonymous_visitor_is_sent_to_login_then_back(page: Page, alice, acme):
    response = page.goto(f"/organisations/{acme.pk}/")

    assert response is not None
    assert response.status == 200  # the login page, after the redirect
    expect(page).to_have_url(re.compile(rf"/accounts/login/\?next=/organisations/{acme.pk}/$"))
    expect(page.locator("#id_username")).to_be_visible()
    expect(page.locator("body")).not_to_contain_text("Acme Puglia Srl")
    expect(page.locator("nav.mainnav")).to_have_count(0)

    log_in(page, "alice")

    expect(page).to_have_url(re.compile(rf"/organisations/{acme.pk}/$"))
    expect(page.locator("h1")).to_have_text("Acme Puglia Srl")


def test_viewer_sees_the_directory_but_cannot_edit(page: Page, bob, acme):
    log_in(page, "bob")
    page.goto("/organisations/")

    expect(page.locator("#results")).to_contain_text("Acme Puglia Srl")
    expect(page.get_by_role("link", name="New organisation")).to_have_count(0)
    expect(page.locator("nav.mainnav").get_by_role("link", name="Import")).to_have_count(0)
    response = page.goto("/organisations/new/")
    assert response is not None
    assert response.status == 403
