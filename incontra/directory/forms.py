"""Forms validate what people type and what importers read: one set of rules for both."""

import re
from collections.abc import Callable

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.choices import CallableChoiceIterator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from incontra.directory import codes
from incontra.directory.models import (
    LinkKind,
    Organisation,
    OrganisationKind,
    Person,
    Profile,
    ProfileKind,
    ProfileStatus,
    Sector,
    Technology,
)

LIST_SEPARATORS = re.compile(r"[;,|]")
MULTIPLE_HINT = _("Ctrl-click (⌘-click on a Mac) to choose several.")


class ServiceDataMixin:
    """What a service needs from a valid form: its model fields, cleaned."""

    def service_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


def split_list(value) -> list[str]:
    """A list typed as 'it; en' in a spreadsheet cell, or already a list from a form."""
    if value in (None, ""):
        return []
    items = value if isinstance(value, list | tuple) else LIST_SEPARATORS.split(str(value))
    return [str(item).strip() for item in items if str(item).strip()]


class CodeListField(forms.MultipleChoiceField):
    """ISO codes picked from a list in the browser, or written as 'RU; KZ' in a file."""

    def __init__(self, *, is_valid: Callable[[str], bool], normalise=str.upper, **kwargs):
        self.is_valid = is_valid
        self.normalise = normalise
        super().__init__(**kwargs)

    def to_python(self, value) -> list[str]:
        return [self.normalise(item) for item in split_list(value)]

    def validate(self, value) -> None:
        if self.required and not value:
            raise ValidationError(self.error_messages["required"], code="required")
        unknown = [item for item in value if not self.is_valid(item)]
        if unknown:
            raise ValidationError(
                _("Unknown code: %(codes)s."),
                code="unknown_code",
                params={"codes": ", ".join(unknown)},
            )


def country_list_field(label, **kwargs) -> CodeListField:
    return CodeListField(
        is_valid=codes.is_country, choices=codes.country_choices, label=label, **kwargs
    )


def language_list_field(label, **kwargs) -> CodeListField:
    return CodeListField(
        is_valid=codes.is_language,
        normalise=str.lower,
        choices=codes.language_choices,
        label=label,
        **kwargs,
    )


def sector_field() -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        Sector.objects.all(),
        to_field_name="code",
        required=False,
        label=_("Sectors (NACE)"),
        help_text=MULTIPLE_HINT,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )


def technology_field() -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        Technology.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Technologies"),
        help_text=MULTIPLE_HINT,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )


def order_terms_for_reader(form: forms.Form) -> None:
    """Technologies sorted by their name in the reader's language, not by internal id."""
    language = (get_language() or "en")[:2]
    field = form.fields.get("technology") or form.fields.get("technologies")
    if field is not None and language in {"en", "it", "ru"}:
        field.queryset = Technology.objects.order_by(f"label_{language}")


class OrganisationForm(ServiceDataMixin, forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")
    country = forms.ChoiceField(
        label=_("Country"), choices=lambda: [("", "—"), *codes.country_choices()]
    )
    description_language = forms.ChoiceField(
        label=_("Language of the description"),
        required=False,
        choices=lambda: [("", "—"), *codes.language_choices()],
    )
    languages = language_list_field(_("Languages spoken"), required=False)
    sectors = sector_field()
    technologies = technology_field()
    member_of = forms.ModelMultipleChoiceField(
        Organisation.objects.none(), required=False, label=_("Member of")
    )
    resident_of = forms.ModelMultipleChoiceField(
        Organisation.objects.none(), required=False, label=_("Resident of")
    )

    class Meta:
        model = Organisation
        fields = [
            "kind", "name", "country", "region", "city", "website", "size", "founded_year",
            "description", "description_language", "languages", "sectors", "technologies",
            "notes",
        ]  # fmt: skip

    def __init__(self, *args, operator, **kwargs):
        super().__init__(*args, **kwargs)
        self.operator = operator
        others = Organisation.objects.filter(operator=operator).exclude(pk=self.instance.pk)
        self.fields["member_of"].queryset = others
        self.fields["resident_of"].queryset = others
        order_terms_for_reader(self)
        if self.instance.pk:
            for kind in LinkKind:
                self.initial[kind.value] = [
                    link.parent_id for link in self.instance.links_out.filter(kind=kind)
                ]

    def links(self) -> dict[str, list[Organisation]]:
        """The memberships chosen, by kind, as `services.organisation_links_set` takes them."""
        return {kind.value: list(self.cleaned_data[kind.value]) for kind in LinkKind}

    def clean_country(self) -> str:
        return self.cleaned_data["country"].upper()

    def clean_founded_year(self):
        year = self.cleaned_data["founded_year"]
        if year is not None and not 1800 <= year <= timezone.now().year:
            raise ValidationError(_("Enter a year between 1800 and this year."))
        return year

    def clean(self):
        cleaned = super().clean()
        region, country = cleaned.get("region", "").upper(), cleaned.get("country")
        if region and country and codes.region_country(region) != country:
            self.add_error(
                "region",
                _("%(region)s is not a region of %(country)s (use ISO 3166-2, e.g. IT-75).")
                % {"region": region, "country": country},
            )
        cleaned["region"] = region
        name = cleaned.get("name")
        if name and country and self._name_taken(name, country):
            self.add_error("name", _("This organisation is already in the directory."))
        return cleaned

    def _name_taken(self, name: str, country: str) -> bool:
        same = Organisation.objects.filter(
            operator=self.operator, name__iexact=name, country=country
        )
        return same.exclude(pk=self.instance.pk).exists()


class PersonForm(ServiceDataMixin, forms.ModelForm):
    phone = PhoneNumberField(
        label=_("Phone"),
        required=False,
        region=None,
        help_text=_("International format, e.g. +39 080 123 4567."),
    )
    languages = language_list_field(_("Languages spoken"), required=False)

    class Meta:
        model = Person
        fields = ["first_name", "last_name", "job_title", "email", "phone", "languages"]


class PersonInOrganisationForm(PersonForm):
    """A new person with their organisation chosen among the operator's (the API names it)."""

    class Meta(PersonForm.Meta):
        fields = ["organisation", *PersonForm.Meta.fields]

    def __init__(self, *args, operator, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(operator=operator)


class ConsentForm(forms.Form):
    text = forms.CharField(
        label=_("Consent text"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The exact words the person agreed to."),
    )
    given_at = forms.DateTimeField(label=_("Given at"), initial=timezone.now)
    source = forms.CharField(label=_("Source"), required=False, max_length=100)


class ProfileForm(ServiceDataMixin, forms.ModelForm):
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=lambda: [("", _("Detect automatically")), *codes.language_choices()],
    )
    sectors = sector_field()
    technologies = technology_field()
    target_countries = country_list_field(
        _("Target countries"),
        required=False,
        help_text=_("Leave empty for any market. Binding: partners must be from these countries."),
    )

    class Meta:
        model = Profile
        fields = [
            "organisation", "kind", "title", "text", "language", "sectors", "technologies",
            "target_countries", "status", "valid_from", "valid_until",
        ]  # fmt: skip
        widgets = {
            "valid_from": forms.DateInput(attrs={"type": "date"}),
            "valid_until": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, operator, **kwargs):
        super().__init__(*args, **kwargs)
        self.operator = operator
        self.fields["organisation"].queryset = Organisation.objects.filter(operator=operator)
        order_terms_for_reader(self)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("valid_from"), cleaned.get("valid_until")
        if start and end and end < start:
            self.add_error("valid_until", _("The end of validity is before its start."))
        return cleaned


class TermFilterForm(forms.Form):
    """Filters every list shares: free text, country, sector (with what is below it) and
    technology, in pick lists that read 'any' when unset."""

    q = forms.CharField(label=_("Search"), required=False)
    country = forms.ChoiceField(
        label=_("Country"),
        required=False,
        choices=lambda: [("", _("any")), *codes.country_choices()],
    )
    sector = forms.ModelChoiceField(
        Sector.objects.all(),
        to_field_name="code",
        required=False,
        label=_("Sector"),
        empty_label=_("any"),
    )
    technology = forms.ModelChoiceField(
        Technology.objects.all(),
        to_field_name="slug",
        required=False,
        label=_("Technology"),
        empty_label=_("any"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        order_terms_for_reader(self)


class RegionFilterField(forms.CharField):
    """A pick list of the regions the operator's organisations are in; any ISO 3166-2 code is
    accepted (in any case), so an API filter on a region with nobody in it finds nothing."""

    def __init__(self, **kwargs):
        super().__init__(widget=forms.Select, **kwargs)

    def set_regions(self, codes_in_use: Callable[[], list[str]]) -> None:
        """Looked up only when the list is drawn: the API never draws it."""

        def choices():
            named = sorted((codes.region_name(code), code) for code in codes_in_use())
            return [("", _("any")), *((code, name) for name, code in named)]

        self.widget.choices = CallableChoiceIterator(choices)

    def clean(self, value):
        code = super().clean(value).strip().upper()
        if code and codes.region_country(code) is None:
            raise ValidationError(
                _("%(region)s is not an ISO 3166-2 region code (e.g. IT-75).") % {"region": code}
            )
        return code


class OrganisationFilterForm(TermFilterForm):
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("any")), *OrganisationKind.choices]
    )
    region = RegionFilterField(label=_("Region"), required=False)
    member_of = forms.ModelChoiceField(
        Organisation.objects.none(),
        required=False,
        label=_("Member or resident of"),
        empty_label=_("any"),
    )
    field_order = ["q", "kind", "country", "region", "sector", "technology", "member_of"]

    def __init__(self, *args, operator, **kwargs):
        super().__init__(*args, **kwargs)
        parents = Organisation.objects.filter(operator=operator, links_in__isnull=False)
        self.fields["member_of"].queryset = parents.distinct()
        own = Organisation.objects.filter(operator=operator).exclude(region="")
        regions = own.values_list("region", flat=True).distinct()
        self.fields["region"].set_regions(lambda: list(regions))


class ProfileFilterForm(TermFilterForm):
    SCOPES = [("ours", _("Our profiles")), ("shared", _("Shared by other operators"))]

    scope = forms.ChoiceField(label=_("Scope"), required=False, choices=[("", _("all")), *SCOPES])
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("any")), *ProfileKind.choices]
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("any")), *ProfileStatus.choices]
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=lambda: [("", _("any")), *codes.language_choices()],
    )
    field_order = ["q", "scope", "kind", "status", "language", "country", "sector", "technology"]
