"""Importing organisations, people and profiles from CSV or XLSX.

A preview runs the whole import inside a transaction and rolls it back, so what the preview says is
exactly what the import will do, references between rows of the same file included. An import with
any bad row writes nothing. Rows are matched to what is stored by natural keys, so importing the
same file twice changes nothing the second time.
"""

import datetime as dt
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from incontra.accounts.models import Operator
from incontra.directory import exports, services
from incontra.directory.forms import OrganisationForm, PersonForm, ProfileForm, split_list
from incontra.directory.models import (
    ImportKind,
    LinkKind,
    Organisation,
    Person,
    Profile,
)
from incontra.directory.tabular import TableError, read_table

CREATE, UPDATE, UNCHANGED, ERROR = "create", "update", "unchanged", "error"
REQUIRED_COLUMNS = {
    ImportKind.ORGANISATIONS: ("name", "kind", "country"),
    ImportKind.PEOPLE: ("organisation", "first_name", "last_name"),
    ImportKind.PROFILES: ("organisation", "kind", "title"),
}
KNOWN_COLUMNS = {
    ImportKind.ORGANISATIONS: exports.ORGANISATION_COLUMNS,
    ImportKind.PEOPLE: exports.PERSON_COLUMNS,
    ImportKind.PROFILES: exports.PROFILE_COLUMNS,
}


@dataclass
class RowResult:
    number: int
    label: str
    action: str = UNCHANGED
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    kind: str
    rows: list[RowResult] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    applied: bool = False

    @property
    def has_errors(self) -> bool:
        return bool(self.file_errors) or any(row.errors for row in self.rows)

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action and not row.errors)

    @property
    def error_rows(self) -> list[RowResult]:
        return [row for row in self.rows if row.errors]

    def summary(self) -> dict[str, int]:
        return {action: self.count(action) for action in (CREATE, UPDATE, UNCHANGED)} | {
            ERROR: len(self.error_rows)
        }


class _Rollback(Exception):  # noqa: N818 -- control flow, not an error
    pass


def import_run(
    *, operator: Operator, kind: str, content: bytes, file_name: str, user=None, dry_run: bool
) -> ImportReport:
    """Check (dry_run) or apply an import. Nothing is written unless every row is valid."""
    report = ImportReport(kind=kind)
    records = _read(report, content, file_name)
    if report.file_errors:
        return report
    try:
        with transaction.atomic():
            IMPORTERS[kind](operator=operator, user=user, report=report).run(records)
            if dry_run or report.has_errors:
                raise _Rollback
    except _Rollback:
        return report
    report.applied = True
    return report


def _read(report: ImportReport, content: bytes, file_name: str) -> list[dict[str, str]]:
    try:
        header, records = read_table(content, file_name)
    except TableError as error:
        report.file_errors.append(str(error))
        return []
    missing = [column for column in REQUIRED_COLUMNS[report.kind] if column not in header]
    if missing:
        report.file_errors.append(
            _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    if len(records) > settings.IMPORT_MAX_ROWS:
        report.file_errors.append(
            _("The file has %(count)d rows; at most %(limit)d can be imported at once.")
            % {"count": len(records), "limit": settings.IMPORT_MAX_ROWS}
        )
    if not records:
        report.file_errors.append(_("The file has a header but no rows."))
    return records


def _form_errors(form) -> list[str]:
    messages = []
    for name, errors in form.errors.items():
        label = form.fields[name].label if name in form.fields else ""
        for error in errors:
            messages.append(f"{label}: {error}" if label else str(error))
    return messages


def _m2m_differs(instance, name: str, wanted) -> bool:
    current = set(getattr(instance, name).values_list("pk", flat=True))
    return current != {item.pk for item in wanted}


def _differs(instance, data: dict, m2m: tuple[str, ...]) -> bool:
    for name, value in data.items():
        if name in m2m:
            if _m2m_differs(instance, name, value):
                return True
        elif (getattr(instance, name) or "") != (value or ""):
            return True
    return False


class RowImporter:
    """Shared row loop: find what is stored, validate with the form, save through services."""

    form_class = None
    m2m: tuple[str, ...] = ()
    list_columns: tuple[str, ...] = ()

    def __init__(self, *, operator: Operator, user, report: ImportReport):
        self.operator, self.user, self.report = operator, user, report
        self.seen_keys: dict[tuple, int] = {}

    def run(self, records: list[dict[str, str]]) -> None:
        for number, record in enumerate(records, start=2):  # row 1 is the header
            row = RowResult(number=number, label=self.label(record))
            self.report.rows.append(row)
            self.import_row(row, record)

    def form_data(self, record: dict[str, str]) -> dict:
        data = {name: record.get(name, "") for name in self.form_class.Meta.fields}
        for name in self.list_columns:
            data[name] = split_list(record.get(name))
        return data

    def check_duplicate(self, row: RowResult, key: tuple) -> bool:
        if key in self.seen_keys:
            row.errors.append(
                _("Same as row %(row)d; each row must describe a different record.")
                % {"row": self.seen_keys[key]}
            )
            return True
        self.seen_keys[key] = row.number
        return False

    def validated(self, row: RowResult, form) -> dict | None:
        if not form.is_valid():
            row.errors.extend(_form_errors(form))
            return None
        return form.service_data()

    def decide(self, row: RowResult, instance, data: dict) -> None:
        if instance is None:
            row.action = CREATE
            return
        # A ModelForm writes cleaned values onto its instance; compare with what is stored.
        stored = type(instance).objects.get(pk=instance.pk)
        if _differs(stored, data, self.m2m):
            row.action = UPDATE

    def find_organisation(self, row: RowResult, record: dict[str, str]) -> Organisation | None:
        name = record.get("organisation", "").strip()
        candidates = Organisation.objects.filter(operator=self.operator, name__iexact=name)
        if country := record.get("organisation_country", "").strip().upper():
            candidates = candidates.filter(country=country)
        found = list(candidates[:2])
        if len(found) == 1:
            return found[0]
        if not found:
            row.errors.append(
                _("Organisation “%(name)s” is not in the directory.") % {"name": name}
            )
        else:
            row.errors.append(
                _("Several organisations are called “%(name)s”: fill in organisation_country.")
                % {"name": name}
            )
        return None


class OrganisationImporter(RowImporter):
    form_class = OrganisationForm
    m2m = ("sectors", "technologies")
    list_columns = ("languages", "sectors", "technologies")

    def run(self, records):
        self.pending_links: list[tuple[RowResult, Organisation, dict[str, list[str]]]] = []
        super().run(records)
        for row, organisation, names in self.pending_links:
            self.link(row, organisation, names)

    @staticmethod
    def label(record) -> str:
        return record.get("name", "")

    def import_row(self, row: RowResult, record: dict[str, str]) -> None:
        key = (record.get("name", "").strip().lower(), record.get("country", "").strip().upper())
        if self.check_duplicate(row, key):
            return
        instance = Organisation.objects.filter(
            operator=self.operator, name__iexact=key[0], country=key[1]
        ).first()
        form = OrganisationForm(self.form_data(record), instance=instance, operator=self.operator)
        data = self.validated(row, form)
        if data is None:
            return
        self.decide(row, instance, data)
        if instance is None:
            instance = services.organisation_create(operator=self.operator, data=data)
        elif row.action == UPDATE:
            services.organisation_update(organisation=instance, data=data)
        names = {kind.value: split_list(record.get(kind.value)) for kind in LinkKind}
        if any(kind.value in record for kind in LinkKind):
            self.pending_links.append((row, instance, names))

    def link(self, row: RowResult, organisation: Organisation, names: dict[str, list[str]]):
        links = {}
        for kind, parent_names in names.items():
            parents = [self.parent(row, name) for name in parent_names]
            links[kind] = [parent for parent in parents if parent is not None]
        if row.errors:
            return
        before = self._link_set(organisation)
        services.organisation_links_set(organisation=organisation, links=links)
        if row.action == UNCHANGED and self._link_set(organisation) != before:
            row.action = UPDATE

    @staticmethod
    def _link_set(organisation: Organisation) -> set[tuple[str, int]]:
        return set(organisation.links_out.values_list("kind", "parent_id"))

    def parent(self, row: RowResult, name: str) -> Organisation | None:
        found = list(Organisation.objects.filter(operator=self.operator, name__iexact=name)[:2])
        if len(found) != 1:
            row.errors.append(
                _("Membership: organisation “%(name)s” is not in the directory or in this file.")
                % {"name": name}
            )
            return None
        return found[0]


class PersonImporter(RowImporter):
    form_class = PersonForm
    list_columns = ("languages",)

    @staticmethod
    def label(record) -> str:
        return f"{record.get('first_name', '')} {record.get('last_name', '')}".strip()

    def import_row(self, row: RowResult, record: dict[str, str]) -> None:
        organisation = self.find_organisation(row, record)
        if organisation is None:
            return
        email = record.get("email", "").strip().lower()
        identity = (
            (email,) if email else (record.get("first_name", ""), record.get("last_name", ""))
        )
        if self.check_duplicate(row, (organisation.pk, *[part.lower() for part in identity])):
            return
        instance = self.existing(organisation, email, record)
        data = self.validated(row, PersonForm(self.form_data(record), instance=instance))
        consent = self.consent(row, record)
        if data is None or row.errors:
            return
        self.decide(row, instance, data)
        if instance is None:
            instance = services.person_create(organisation=organisation, data=data)
        elif row.action == UPDATE:
            services.person_update(person=instance, data=data)
        if consent and not instance.consents.filter(text=consent[0], given_at=consent[1]).exists():
            services.consent_record(
                person=instance,
                text=consent[0],
                given_at=consent[1],
                source=_("import"),
                user=self.user,
            )
            row.action = CREATE if row.action == CREATE else UPDATE

    @staticmethod
    def existing(organisation: Organisation, email: str, record) -> Person | None:
        people = Person.objects.filter(organisation=organisation)
        if email:
            return people.filter(email__iexact=email).first()
        return people.filter(
            first_name__iexact=record.get("first_name", "").strip(),
            last_name__iexact=record.get("last_name", "").strip(),
        ).first()

    @staticmethod
    def consent(row: RowResult, record) -> tuple[str, dt.datetime] | None:
        text = record.get("consent_text", "").strip()
        if not text:
            return None
        given_at = parse_datetime(record.get("consent_given_at", "").strip())
        if given_at is None:
            row.errors.append(
                _("consent_given_at: enter the date and time of consent, e.g. 2026-03-02T10:00.")
            )
            return None
        return text, given_at


class ProfileImporter(RowImporter):
    form_class = ProfileForm
    m2m = ("sectors", "technologies")
    list_columns = ("sectors", "technologies", "target_countries")

    @staticmethod
    def label(record) -> str:
        return record.get("title", "")

    def import_row(self, row: RowResult, record: dict[str, str]) -> None:
        organisation = self.find_organisation(row, record)
        if organisation is None:
            return
        key = (organisation.pk, record.get("kind", ""), record.get("title", "").strip())
        if self.check_duplicate(row, key):
            return
        instance = Profile.objects.filter(
            organisation=organisation, kind=key[1], title=key[2]
        ).first()
        data = self.form_data(record) | {"organisation": organisation.pk}
        if not data.get("status"):
            data["status"] = instance.status if instance else "draft"
        form = ProfileForm(data, instance=instance, operator=self.operator)
        cleaned = self.validated(row, form)
        if cleaned is None:
            return
        if not cleaned["language"] and instance is not None:
            # Keep the language detected or corrected before (the form emptied it on the instance).
            stored = Profile.objects.filter(pk=instance.pk).values_list("language", flat=True)
            cleaned["language"] = stored[0]
        self.decide(row, instance, cleaned)
        if instance is None:
            instance = services.profile_create(data=cleaned, user=self.user, refresh=False)
        elif row.action == UPDATE:
            services.profile_update(profile=instance, data=cleaned, refresh=False)
        if row.action != UNCHANGED:
            self.changed_profiles.append(instance.pk)

    def run(self, records):
        self.changed_profiles: list[int] = []
        super().run(records)
        services.suggestions_refresh_later(self.changed_profiles)  # one task for the whole file


IMPORTERS = {
    ImportKind.ORGANISATIONS: OrganisationImporter,
    ImportKind.PEOPLE: PersonImporter,
    ImportKind.PROFILES: ProfileImporter,
}
