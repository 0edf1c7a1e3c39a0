import io

import pytest
from django.urls import reverse
from openpyxl import Workbook

from incontra.directory import imports
from incontra.directory.models import ImportBatch, Organisation, Person, Profile
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

ORGANISATIONS_CSV = """name,kind,country,region,city,languages,sectors,technologies,member_of
Distretto ICT Puglia,district,IT,IT-75,Bari,it,J62,,
Levante Pay,company,IT,IT-75,Bari,it; en,J62;K66,digital-payments,Distretto ICT Puglia
Volga Logistics,company,RU,RU-MOW,Moskva,ru,H52,logistics,
"""


def _run(operator, kind, content: str | bytes, dry_run=False, file_name="file.csv"):
    data = content.encode() if isinstance(content, str) else content
    return imports.import_run(
        operator=operator, kind=kind, content=data, file_name=file_name, dry_run=dry_run
    )


def test_import_organisations_creates_rows_and_links(puglia):
    report = _run(puglia, "organisations", ORGANISATIONS_CSV)
    pay = Organisation.objects.get(name="Levante Pay")
    assert report.applied is True
    assert report.summary() == {"create": 3, "update": 0, "unchanged": 0, "error": 0}
    assert pay.languages == ["it", "en"]
    assert sorted(s.code for s in pay.sectors.all()) == ["J62", "K66"]
    assert [link.parent.name for link in pay.links_out.all()] == ["Distretto ICT Puglia"]


def test_import_same_file_twice_changes_nothing(puglia):
    _run(puglia, "organisations", ORGANISATIONS_CSV)
    second = _run(puglia, "organisations", ORGANISATIONS_CSV)
    assert second.summary() == {"create": 0, "update": 0, "unchanged": 3, "error": 0}
    assert Organisation.objects.filter(operator=puglia).count() == 3


def test_import_with_one_bad_row_writes_nothing(puglia):
    bad = ORGANISATIONS_CSV + "Bad Region Srl,company,IT,RU-MOW,Bari,,,,\n"
    report = _run(puglia, "organisations", bad)
    assert report.applied is False
    assert [row.number for row in report.error_rows] == [5]
    assert report.error_rows[0].errors == [
        "Region: RU-MOW is not a region of IT (use ISO 3166-2, e.g. IT-75)."
    ]
    assert Organisation.objects.count() == 0


def test_import_errors_name_each_problem(puglia):
    csv = (
        "name,kind,country,sectors,technologies\n"
        "A,spaceship,IT,,\n"
        "B,company,XX,,\n"
        "C,company,IT,Z99,\n"
        "D,company,IT,,warp-drive\n"
        "D,company,IT,,\n"
    )
    report = _run(puglia, "organisations", csv)
    errors = {row.number: row.errors for row in report.error_rows}
    assert errors[2] == [
        "Kind: Select a valid choice. spaceship is not one of the available choices."
    ]
    assert errors[3] == ["Country: Select a valid choice. XX is not one of the available choices."]
    assert errors[4] == [
        "Sectors (NACE): Select a valid choice. Z99 is not one of the available choices."
    ]
    assert errors[5] == [
        "Technologies: Select a valid choice. warp-drive is not one of the available choices."
    ]
    assert errors[6] == ["Same as row 5; each row must describe a different record."]


def test_import_update_changes_only_what_differs(puglia):
    _run(puglia, "organisations", ORGANISATIONS_CSV)
    changed = ORGANISATIONS_CSV.replace(
        "Volga Logistics,company,RU,RU-MOW,Moskva", "Volga Logistics,company,RU,RU-MOW,Kazan"
    )
    report = _run(puglia, "organisations", changed)
    assert report.summary() == {"create": 0, "update": 1, "unchanged": 2, "error": 0}
    assert Organisation.objects.get(name="Volga Logistics").city == "Kazan"


def test_import_dry_run_writes_nothing(puglia):
    report = _run(puglia, "organisations", ORGANISATIONS_CSV, dry_run=True)
    assert report.summary()["create"] == 3
    assert report.applied is False
    assert Organisation.objects.count() == 0


def test_import_unknown_membership_is_a_row_error(puglia):
    csv = "name,kind,country,member_of\nLonely,company,IT,Nowhere District\n"
    report = _run(puglia, "organisations", csv)
    assert report.error_rows[0].errors == [
        "Membership: organisation “Nowhere District” is not in the directory or in this file."
    ]
    assert Organisation.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The file is empty."),
        (b"name,kind\nA,company\n", "Missing columns: country."),
        (b"name,kind,country\n", "The file has a header but no rows."),
        (b"PK\x03\x04garbage", "This is not a readable XLSX file."),
    ],
)
def test_import_bad_files_are_explained(puglia, content, message):
    report = _run(puglia, "organisations", content)
    assert message in report.file_errors
    assert report.applied is False


def test_import_xlsx(puglia):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["name", "kind", "country", "founded_year"])
    sheet.append(["Puglia Robotics", "company", "IT", 2015])
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = _run(puglia, "organisations", buffer.getvalue(), file_name="orgs.xlsx")
    assert report.applied is True
    assert Organisation.objects.get().founded_year == 2015


def test_import_semicolon_csv_in_cp1251(puglia):
    content = "name;kind;country;city\nТехнопарк Волга;technology_park;RU;Казань\n".encode("cp1251")
    report = _run(puglia, "organisations", content)
    assert report.applied is True
    assert Organisation.objects.get().city == "Казань"


def test_import_people_with_consent_is_idempotent(puglia):
    OrganisationFactory(operator=puglia, name="Levante Pay", country="IT")
    csv = (
        "organisation,first_name,last_name,email,phone,languages,consent_text,consent_given_at\n"
        "Levante Pay,Lucia,Bianchi,lucia@levante.example,+39 080 523 4567,it;en,"
        "I agree to be contacted,2026-03-02T10:00:00+01:00\n"
    )
    first = _run(puglia, "people", csv)
    second = _run(puglia, "people", csv)
    person = Person.objects.get()
    assert first.summary()["create"] == 1
    assert second.summary() == {"create": 0, "update": 0, "unchanged": 1, "error": 0}
    assert person.phone.as_e164 == "+390805234567"
    assert person.consents.get().text == "I agree to be contacted"


def test_import_people_bad_phone_and_unknown_organisation(puglia):
    OrganisationFactory(operator=puglia, name="Levante Pay", country="IT")
    csv = (
        "organisation,first_name,last_name,phone\n"
        "Levante Pay,Lucia,Bianchi,12\n"
        "Ghost Srl,Mario,Verdi,\n"
    )
    report = _run(puglia, "people", csv)
    errors = {row.number: row.errors for row in report.error_rows}
    assert errors[2] == ["Phone: Enter a valid phone number (e.g. +12125552368)."]
    assert errors[3] == ["Organisation “Ghost Srl” is not in the directory."]
    assert Person.objects.count() == 0


def test_import_people_cannot_reach_another_operators_organisation(puglia, trentino):
    OrganisationFactory(operator=trentino, name="Trento Mechatronics", country="IT")
    report = _run(puglia, "people", "organisation,first_name,last_name\nTrento Mechatronics,A,B\n")
    assert report.error_rows[0].errors == [
        "Organisation “Trento Mechatronics” is not in the directory."
    ]


def test_import_profiles_detects_language_and_is_idempotent(puglia):
    OrganisationFactory(operator=puglia, name="Volga Soft", country="RU", region="RU-MOW")
    csv = (
        "organisation,kind,title,text,sectors,technologies,target_countries,status\n"
        "Volga Soft,technology_request,Ищем партнёра в области цифровых платежей,"
        "Мы ищем итальянского партнёра для цифровых платежей.,K66,digital-payments,IT,published\n"
    )
    first = _run(puglia, "profiles", csv)
    second = _run(puglia, "profiles", csv)
    profile = Profile.objects.get()
    assert first.summary()["create"] == 1
    assert second.summary() == {"create": 0, "update": 0, "unchanged": 1, "error": 0}
    assert profile.language == "ru"
    assert profile.target_countries == ["IT"]


def test_export_then_import_round_trips(alice_client, puglia):
    _run(puglia, "organisations", ORGANISATIONS_CSV)
    exported = alice_client.get(reverse("directory:organisation_list"), {"export": "xlsx"})
    report = _run(puglia, "organisations", exported.content, file_name="export.xlsx")
    assert report.summary() == {"create": 0, "update": 0, "unchanged": 3, "error": 0}


def test_import_views_preview_then_confirm(alice_client, puglia):
    upload = io.BytesIO(ORGANISATIONS_CSV.encode())
    upload.name = "organisations.csv"
    response = alice_client.post(
        reverse("directory:import_upload"), {"kind": "organisations", "file": upload}
    )
    batch = ImportBatch.objects.get()
    preview = alice_client.get(response["Location"])
    assert preview.context["summary"] == {"create": 3, "update": 0, "unchanged": 0, "error": 0}
    assert Organisation.objects.count() == 0
    alice_client.post(reverse("directory:import_preview", args=[batch.pk]))
    batch.refresh_from_db()
    assert Organisation.objects.count() == 3
    assert batch.summary == {"create": 3, "update": 0, "unchanged": 0, "error": 0}


def test_import_views_reject_wrong_extension(alice_client):
    upload = io.BytesIO(b"%PDF-1.4")
    upload.name = "organisations.pdf"
    response = alice_client.post(
        reverse("directory:import_upload"), {"kind": "organisations", "file": upload}
    )
    assert response.context["form"].errors["file"] == ["Upload a .csv or .xlsx file."]
    assert ImportBatch.objects.count() == 0


def test_import_batch_of_another_operator_is_404(charlie_client, puglia):
    batch = ImportBatch.objects.create(
        operator=puglia, kind="organisations", file_name="x.csv", content=b"name,kind,country\n"
    )
    url = reverse("directory:import_preview", args=[batch.pk])
    assert charlie_client.get(url).status_code == 404
    assert charlie_client.post(url).status_code == 404


def test_import_pages_refuse_viewers_and_anonymous(bob_client, anonymous_client):
    url = reverse("directory:import_upload")
    assert bob_client.get(url).status_code == 403
    assert anonymous_client.get(url).status_code == 302


def test_import_template_has_the_columns(alice_client):
    url = reverse("directory:import_template", args=["profiles", "csv"])
    header = alice_client.get(url).content.decode("utf-8-sig").strip()
    assert header == (
        "organisation,organisation_country,kind,title,text,language,sectors,technologies,"
        "target_countries,status,valid_from,valid_until"
    )
