"""The shipped demo data is consistent: references resolve, codes exist, contacts are valid."""

import datetime as dt
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import phonenumbers
import pycountry
import pytest
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

from incontra.taxonomy import nace_codes, technologies

DATA = Path(__file__).resolve().parents[2] / "incontra" / "demo" / "data"

ORG_KINDS = {
    "company", "startup", "agency", "district", "association", "foundation",
    "technology_park", "bic", "university", "public_body",
}  # fmt: skip
SIZES = {"micro", "small", "medium", "large", None}
ROLES = {"administrator", "manager", "viewer"}
LANGUAGES = {"it", "ru", "en"}
PROFILE_KINDS = {
    "business_offer", "business_request", "technology_offer", "technology_request",
    "research_cooperation",
}  # fmt: skip
STATUSES = {"published", "draft", "expired"}
HOSTS = {"resident_of": {"foundation", "technology_park", "bic"}}
PARTNER_KIND = {
    "business_offer": "business_request",
    "business_request": "business_offer",
    "technology_offer": "technology_request",
    "technology_request": "technology_offer",
    "research_cooperation": "research_cooperation",
}
# The day the demo mission takes place: published profiles are valid then, expired ones are not.
MISSION_DAY = dt.date(2026, 11, 23)


@cache
def load(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def operators() -> list[dict]:
    return load("operators.json")


def organisations() -> list[dict]:
    return load("organisations.json")


def people() -> list[dict]:
    return load("people.json")


def profiles() -> list[dict]:
    return load("profiles.json")


def orgs_by_ref() -> dict[str, dict]:
    return {o["ref"]: o for o in organisations()}


def is_valid_email(value: str) -> bool:
    try:
        validate_email(value)
    except ValidationError:
        return False
    return True


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def test_refs_unique_in_every_file():
    for name, key in [
        ("operators.json", "ref"),
        ("organisations.json", "ref"),
        ("profiles.json", "ref"),
    ]:
        refs = [row[key] for row in load(name)]
        assert [r for r, n in Counter(refs).items() if n > 1] == [], name


def test_operators_are_the_three_cases():
    assert [o["ref"] for o in operators()] == ["puglia", "trentino", "technopolis"]


def test_operators_organisation_belongs_to_operator():
    orgs = orgs_by_ref()
    for operator in operators():
        assert orgs[operator["organisation"]]["operator"] == operator["ref"]


def test_operator_users_valid_and_unique():
    users = [u for o in operators() for u in o["users"]]
    assert len({u["username"] for u in users}) == len(users)
    for user in users:
        assert user["role"] in ROLES, user["username"]
        assert user["language"] in LANGUAGES, user["username"]
        assert is_valid_email(user["email"]), user["username"]


def test_operator_puglia_has_demo_administrator_manager_and_viewer():
    puglia = operators()[0]
    roles = {u["username"]: u["role"] for u in puglia["users"]}
    assert roles["demo"] == "administrator"
    assert {"administrator", "manager", "viewer"} <= set(roles.values())


def test_organisations_reference_known_operators():
    refs = {o["ref"] for o in operators()}
    assert {o["operator"] for o in organisations()} == refs


def test_organisations_kinds_sizes_years_valid():
    for org in organisations():
        assert org["kind"] in ORG_KINDS, org["ref"]
        assert org["size"] in SIZES, org["ref"]
        assert org["founded"] is None or 1900 <= org["founded"] <= 2026, org["ref"]


def test_organisations_countries_and_regions_valid():
    for org in organisations():
        assert pycountry.countries.get(alpha_2=org["country"]) is not None, org["ref"]
        region = pycountry.subdivisions.get(code=org["region"])
        assert region is not None, org["ref"]
        assert region.country_code == org["country"], org["ref"]


def test_organisations_names_unique_per_operator_and_country():
    keys = Counter((o["operator"], o["name"], o["country"]) for o in organisations())
    assert [k for k, n in keys.items() if n > 1] == []


def test_organisations_languages_and_description_language_valid():
    for org in organisations():
        assert org["description_language"] in LANGUAGES, org["ref"]
        assert org["description"], org["ref"]
        for lang in org["languages"]:
            assert pycountry.languages.get(alpha_2=lang) is not None, org["ref"]


def test_organisations_websites_are_urls():
    validate_url = URLValidator(schemes=["https"])
    for org in organisations():
        if org["website"] is not None:
            validate_url(org["website"])


def test_fictional_organisations_use_reserved_domains():
    # Companies and people are fictional: their web and mail domains must never reach anyone.
    for org in organisations():
        if org["kind"] in {"company", "startup"}:
            assert org["website"].endswith(".example"), org["ref"]


def test_organisations_sectors_and_technologies_exist():
    codes, techs = nace_codes(), technologies()
    for org in organisations():
        assert [s for s in org["sectors"] if s not in codes] == [], org["ref"]
        assert [t for t in org["technologies"] if t not in techs] == [], org["ref"]


def test_memberships_resolve_within_operator():
    orgs = orgs_by_ref()
    for org in organisations():
        for link in org["memberships"]:
            target = orgs[link["of"]]
            assert link["kind"] in {"member_of", "resident_of"}, org["ref"]
            assert target["operator"] == org["operator"], org["ref"]
            assert target["ref"] != org["ref"]


def test_residents_live_in_foundations_parks_or_bics():
    orgs = orgs_by_ref()
    for org in organisations():
        for link in org["memberships"]:
            if link["kind"] == "resident_of":
                assert orgs[link["of"]]["kind"] in HOSTS["resident_of"], org["ref"]


def companies(operator: str, region_prefix: str, kinds=("company",)) -> list[dict]:
    return [
        o
        for o in organisations()
        if o["operator"] == operator
        and o["region"].startswith(region_prefix)
        and o["kind"] in kinds
    ]


def test_puglia_counts_of_apulian_and_russian_companies():
    assert len(companies("puglia", "IT-75")) >= 60
    assert len(companies("puglia", "RU-")) >= 25


def test_puglia_foundation_has_resident_startups():
    residents = [
        o
        for o in organisations()
        if {"kind": "resident_of", "of": "org-innovation-valley"} in o["memberships"]
    ]
    assert len(residents) == 8
    assert {o["kind"] for o in residents} == {"startup"}


def test_puglia_organisers_are_present():
    kinds = {o["ref"]: o["kind"] for o in organisations() if o["operator"] == "puglia"}
    assert kinds["org-regione-puglia"] == "public_body"
    assert kinds["org-puglia-sviluppo"] == "agency"
    assert kinds["org-confindustria-bari-bat"] == "association"
    assert kinds["org-dipp"] == "district"
    assert kinds["org-russoft"] == "association"
    assert kinds["org-innovation-valley"] == "foundation"


def test_trentino_has_bics_and_companies():
    bics = [o for o in organisations() if o["operator"] == "trentino" and o["kind"] == "bic"]
    assert len(bics) >= 2
    assert len(companies("trentino", "IT-32")) >= 12


def test_technopolis_residents_are_moscow_companies():
    residents = [
        o
        for o in organisations()
        if {"kind": "resident_of", "of": "org-technopolis-moscow"} in o["memberships"]
    ]
    assert len(residents) >= 10
    assert {o["region"] for o in residents} == {"RU-MOW"}


def test_parks_companies_cover_the_three_agreement_sectors():
    areas = {"mechatronics", "green-tech", "aerospace"}
    techs = technologies()
    for operator in ("trentino", "technopolis"):
        found = {
            techs[t].area or t
            for o in organisations()
            if o["operator"] == operator and o["kind"] == "company"
            for t in o["technologies"]
        }
        assert areas <= found, operator


def test_people_reference_organisations_and_every_organisation_has_one_or_two():
    orgs = orgs_by_ref()
    per_org = Counter(p["organisation"] for p in people())
    assert set(per_org) == set(orgs)
    assert set(per_org.values()) <= {1, 2}


def test_people_names_unique_per_organisation():
    keys = Counter((p["organisation"], p["first_name"], p["last_name"]) for p in people())
    assert [k for k, n in keys.items() if n > 1] == []


def test_people_phones_valid_for_organisation_country():
    orgs = orgs_by_ref()
    for person in people():
        number = phonenumbers.parse(person["phone"])
        assert phonenumbers.is_valid_number(number), person["phone"]
        region = phonenumbers.region_code_for_number(number)
        assert region == orgs[person["organisation"]]["country"], person["phone"]


def test_people_emails_well_formed_on_reserved_domains():
    for person in people():
        assert is_valid_email(person["email"]), person["email"]
        assert person["email"].endswith(".example"), person["email"]


def test_people_languages_and_roles_present():
    for person in people():
        assert person["role"], person["email"]
        assert person["languages"], person["email"]
        assert set(person["languages"]) <= LANGUAGES, person["email"]


def test_people_consent_has_text_and_aware_time():
    consents = [p["consent"] for p in people() if p["consent"] is not None]
    assert 0 < len(consents) < len(people())
    for consent in consents:
        assert consent["text"]
        given_at = dt.datetime.fromisoformat(consent["given_at"])
        assert given_at.tzinfo is not None
        assert given_at.date() < MISSION_DAY


def test_profiles_reference_organisations_with_valid_fields():
    orgs = orgs_by_ref()
    for profile in profiles():
        assert profile["organisation"] in orgs, profile["ref"]
        assert profile["kind"] in PROFILE_KINDS, profile["ref"]
        assert profile["status"] in STATUSES, profile["ref"]
        assert profile["language"] in LANGUAGES, profile["ref"]
        assert profile["title"], profile["ref"]


def test_profiles_titles_unique_per_organisation_and_kind():
    keys = Counter((p["organisation"], p["kind"], p["title"]) for p in profiles())
    assert [k for k, n in keys.items() if n > 1] == []


def test_profiles_sectors_technologies_and_targets_exist():
    codes, techs = nace_codes(), technologies()
    for profile in profiles():
        assert [s for s in profile["sectors"] if s not in codes] == [], profile["ref"]
        assert [t for t in profile["technologies"] if t not in techs] == [], profile["ref"]
        assert profile["technologies"], profile["ref"]
        for country in profile["target_countries"]:
            assert pycountry.countries.get(alpha_2=country) is not None, profile["ref"]


def test_profiles_text_has_three_to_six_sentences():
    for profile in profiles():
        assert 3 <= len(sentences(profile["text"])) <= 6, profile["ref"]


def test_profiles_validity_matches_status_on_mission_day():
    for profile in profiles():
        start = dt.date.fromisoformat(profile["valid_from"])
        end = dt.date.fromisoformat(profile["valid_until"])
        assert start < end, profile["ref"]
        if profile["status"] == "expired":
            assert end < MISSION_DAY, profile["ref"]
        if profile["status"] == "published":
            assert start <= MISSION_DAY < end, profile["ref"]


def test_profiles_counts_languages_kinds_and_statuses():
    items = profiles()
    assert len(items) >= 110
    assert set(Counter(p["language"] for p in items)) == LANGUAGES
    assert set(Counter(p["kind"] for p in items)) == PROFILE_KINDS
    statuses = Counter(p["status"] for p in items)
    assert statuses["draft"] >= 3
    assert statuses["expired"] >= 3


def test_profiles_written_in_author_language_mostly():
    orgs = orgs_by_ref()
    same = sum(p["language"] == orgs[p["organisation"]]["description_language"] for p in profiles())
    assert same / len(profiles()) >= 0.8


def targets_allow(profile: dict, country: str) -> bool:
    return not profile["target_countries"] or country in profile["target_countries"]


def partners_exist(tech: str, seeker_country: str) -> bool:
    """A published profile from ``seeker_country`` on ``tech`` has a complementary published
    profile on the same technology from another country, and each side targets the other."""
    orgs = orgs_by_ref()
    published = [p for p in profiles() if p["status"] == "published" and tech in p["technologies"]]
    country = {p["ref"]: orgs[p["organisation"]]["country"] for p in published}
    return any(
        country[a["ref"]] == seeker_country
        and country[b["ref"]] != seeker_country
        and PARTNER_KIND[a["kind"]] == b["kind"]
        and targets_allow(a, country[b["ref"]])
        and targets_allow(b, country[a["ref"]])
        for a in published
        for b in published
    )


@pytest.mark.parametrize(
    ("tech", "country"),
    [
        # Foreign (Russian) companies look for partners in these ...
        ("digital-payments", "RU"),
        ("laboratory-analysis", "RU"),
        ("digital-health", "RU"),
        ("business-process-management", "RU"),
        ("digital-payments", "IT"),
        ("laboratory-analysis", "IT"),
        # ... local (Apulian) ones in these.
        ("logistics", "IT"),
        ("industry-4-0", "IT"),
        ("iot", "IT"),
        # The park agreement: mechatronics, green tech, aerospace.
        ("motion-control", "RU"),
        ("hydrogen", "RU"),
        ("composites", "IT"),
    ],
)
def test_profiles_have_complementary_partners_across_countries(tech, country):
    assert partners_exist(tech, country)


def test_partners_exist_false_for_a_one_sided_technology():
    # Only an Apulian legal-tech offer exists: the check must not find a partner for it.
    assert not partners_exist("legaltech", "IT")
