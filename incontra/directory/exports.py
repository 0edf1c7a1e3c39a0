"""Exports of filtered lists. The columns are the importers' columns, so a file exported from one
installation imports into another unchanged, and re-importing it changes nothing."""

from django.http import HttpResponse
from django.utils import timezone

from incontra.directory import tabular
from incontra.directory.models import LinkKind, Organisation, Person, Profile

ORGANISATION_COLUMNS = [
    "name", "kind", "country", "region", "city", "website", "size", "founded_year",
    "description", "description_language", "languages", "sectors", "technologies",
    "member_of", "resident_of", "notes",
]  # fmt: skip
PERSON_COLUMNS = [
    "organisation", "organisation_country", "first_name", "last_name", "job_title", "email",
    "phone", "languages", "consent_text", "consent_given_at",
]  # fmt: skip
PROFILE_COLUMNS = [
    "organisation", "organisation_country", "kind", "title", "text", "language", "sectors",
    "technologies", "target_countries", "status", "valid_from", "valid_until",
]  # fmt: skip

FORMATS = {"csv", "xlsx"}
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def joined(values) -> str:
    return "; ".join(str(value) for value in values)


def _text(value) -> str:
    return "" if value is None else str(value)


def organisation_row(organisation: Organisation) -> list[str]:
    links = list(organisation.links_out.all())
    parents = {
        kind: joined(link.parent.name for link in links if link.kind == kind) for kind in LinkKind
    }
    return [
        organisation.name, organisation.kind, organisation.country, organisation.region,
        organisation.city, organisation.website, organisation.size,
        _text(organisation.founded_year), organisation.description,
        organisation.description_language, joined(organisation.languages),
        joined(sector.code for sector in organisation.sectors.all()),
        joined(technology.slug for technology in organisation.technologies.all()),
        parents[LinkKind.MEMBER_OF], parents[LinkKind.RESIDENT_OF], organisation.notes,
    ]  # fmt: skip


def person_row(person: Person) -> list[str]:
    consent = next((c for c in person.consents.all() if c.is_active), None)
    return [
        person.organisation.name, person.organisation.country, person.first_name,
        person.last_name, person.job_title, person.email, _text(person.phone),
        joined(person.languages), consent.text if consent else "",
        consent.given_at.isoformat() if consent else "",
    ]  # fmt: skip


def profile_row(profile: Profile) -> list[str]:
    return [
        profile.organisation.name, profile.organisation.country, profile.kind, profile.title,
        profile.text, profile.language,
        joined(sector.code for sector in profile.sectors.all()),
        joined(technology.slug for technology in profile.technologies.all()),
        joined(profile.target_countries), profile.status,
        _text(profile.valid_from), _text(profile.valid_until),
    ]  # fmt: skip


def requested_format(request) -> str | None:
    export = request.GET.get("export")
    return export if export in FORMATS else None


def _response(name: str, columns: list[str], rows, export: str) -> HttpResponse:
    if export == "xlsx":
        content = tabular.write_xlsx(columns, rows, title=name)
    else:
        content = tabular.write_csv(columns, rows)
    response = HttpResponse(content, content_type=CONTENT_TYPES[export])
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.{export}"'
    return response


def organisations_response(organisations, export: str) -> HttpResponse:
    rows = (
        organisation_row(o)
        for o in organisations.prefetch_related("links_out__parent", "sectors", "technologies")
    )
    return _response("organisations", ORGANISATION_COLUMNS, rows, export)


def people_response(people, export: str) -> HttpResponse:
    return _response("people", PERSON_COLUMNS, (person_row(p) for p in people), export)


def profiles_response(profiles, export: str) -> HttpResponse:
    return _response("profiles", PROFILE_COLUMNS, (profile_row(p) for p in profiles), export)
