"""Importing organisations from a CSV file: preview, per-row errors, no partial writes."""

import re

import pytest
from playwright.sync_api import Page, expect

from incontra.directory.models import Organisation

pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("taxonomy")]

HEADER = "name,kind,country,region,city,languages,sectors,technologies,member_of\n"
GOOD_ROWS = (
    "Distretto ICT Puglia,district,IT,IT-75,Bari,it,J,,\n"
    "Nuvola Pagamenti,startup,IT,IT-75,Lecce,it; en,J62; K64,digital-payments; cloud,"
    "Distretto ICT Puglia\n"
)
LAST_ROW_BAD = "Moskovskie Sistemy,company,RU,IT-75,Moskva,ru,J62,digital-payments,\n"
LAST_ROW_FIXED = "Moskovskie Sistemy,company,RU,RU-MOW,Moskva,ru,J62,digital-payments,\n"


def _upload(page: Page, content: str, file_name: str = "organisations.csv") -> None:
    page.goto("/imports/")
    page.select_option("#id_kind", "organisations")
    page.set_input_files(
        "#id_file",
        files=[{"name": file_name, "mimeType": "text/csv", "buffer": content.encode()}],
    )
    with page.expect_navigation():
        page.get_by_role("button", name="Check the file").click()
    expect(page).to_have_url(re.compile(r"/imports/\d+/$"))


def test_import_with_bad_row_shows_the_error_and_saves_nothing(alice_page: Page, puglia):
    page = alice_page
    _upload(page, HEADER + GOOD_ROWS + LAST_ROW_BAD)

    expect(page.locator("#import-blocked")).to_contain_text("nothing has been saved")
    expect(page.locator("#import-summary")).to_have_text(
        "2 to create, 0 to update, 0 unchanged, 1 with errors."
    )
    bad_row = page.locator("tr.row-error")
    expect(bad_row).to_have_count(1)
    expect(bad_row.locator("td").nth(0)).to_have_text("4")  # the header is row 1
    expect(bad_row.locator("td").nth(1)).to_have_text("Moskovskie Sistemy")
    expect(bad_row).to_contain_text("IT-75 is not a region of RU")
    expect(page.locator("#confirm-import")).to_have_count(0)
    assert not Organisation.objects.filter(operator=puglia).exists()


def test_import_of_corrected_file_saves_every_row_once(alice_page: Page, puglia):
    page = alice_page
    _upload(page, HEADER + GOOD_ROWS + LAST_ROW_BAD)
    expect(page.locator("tr.row-error")).to_have_count(1)

    _upload(page, HEADER + GOOD_ROWS + LAST_ROW_FIXED)
    expect(page.locator("#import-summary")).to_have_text(
        "3 to create, 0 to update, 0 unchanged, 0 with errors."
    )
    expect(page.locator("tr.row-error")).to_have_count(0)
    assert not Organisation.objects.filter(operator=puglia).exists()  # a preview writes nothing
    with page.expect_navigation():
        page.locator("#confirm-import").click()

    expect(page.locator(".messages").first).to_contain_text("Import done")
    expect(page.locator("main")).to_contain_text("Imported on")
    expect(page.locator("#confirm-import")).to_have_count(0)
    stored = Organisation.objects.filter(operator=puglia)
    assert sorted(stored.values_list("name", "region")) == [
        ("Distretto ICT Puglia", "IT-75"),
        ("Moskovskie Sistemy", "RU-MOW"),
        ("Nuvola Pagamenti", "IT-75"),
    ]
    nuvola = stored.get(name="Nuvola Pagamenti")
    assert set(nuvola.technologies.values_list("slug", flat=True)) == {"digital-payments", "cloud"}
    assert [link.parent.name for link in nuvola.links_out.all()] == ["Distretto ICT Puglia"]

    _upload(page, HEADER + GOOD_ROWS + LAST_ROW_FIXED, file_name="organisations-again.csv")
    expect(page.locator("#import-summary")).to_have_text(
        "0 to create, 0 to update, 3 unchanged, 0 with errors."
    )


def test_import_of_unreadable_file_says_why(alice_page: Page, puglia):
    page = alice_page
    _upload(page, "name;kind\nSolo Nome;company\n")

    expect(page.locator("main [role=alert]")).to_have_text("Missing columns: country.")
    expect(page.locator("#import-summary")).to_have_count(0)
    assert not Organisation.objects.filter(operator=puglia).exists()
