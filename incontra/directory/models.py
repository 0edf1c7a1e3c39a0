"""The shared directory: organisations, their people, and their partnership profiles.

Organisations, people and drafts belong to one operator and stay private to it; published profiles
are visible to every operator by design (see `queries.py`).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from incontra.accounts.models import Operator


class LabelledTerm(models.Model):
    """A taxonomy term with labels in en/it/ru, shown in the reader's language."""

    label_en = models.CharField(max_length=300)
    label_it = models.CharField(max_length=300)
    label_ru = models.CharField(max_length=300)

    class Meta:
        abstract = True

    @property
    def label(self) -> str:
        language = (get_language() or "en")[:2]
        return getattr(self, f"label_{language}", "") or self.label_en


class Sector(LabelledTerm):
    """A NACE Rev. 2 code (section, division or group); the Russian OKVED 2 follows it."""

    code = models.CharField(max_length=10, unique=True)
    level = models.CharField(max_length=10)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE)

    class Meta:
        ordering = ["code"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self) -> str:
        return f"{self.code} {self.label}"


class Technology(LabelledTerm):
    slug = models.SlugField(max_length=80, unique=True)
    area = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)
    synonyms = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("technology")
        verbose_name_plural = _("technologies")

    def __str__(self) -> str:
        return self.label


class OrganisationKind(models.TextChoices):
    COMPANY = "company", pgettext_lazy("organisation kind", "Company")
    STARTUP = "startup", pgettext_lazy("organisation kind", "Startup")
    AGENCY = "agency", pgettext_lazy("organisation kind", "Agency")
    DISTRICT = "district", pgettext_lazy("organisation kind", "Industry district")
    ASSOCIATION = "association", pgettext_lazy("organisation kind", "Association")
    FOUNDATION = "foundation", pgettext_lazy("organisation kind", "Foundation")
    TECHNOLOGY_PARK = "technology_park", pgettext_lazy("organisation kind", "Technology park")
    BIC = "bic", pgettext_lazy("organisation kind", "Business innovation centre")
    UNIVERSITY = "university", pgettext_lazy("organisation kind", "University")
    PUBLIC_BODY = "public_body", pgettext_lazy("organisation kind", "Public body")


class OrganisationSize(models.TextChoices):
    MICRO = "micro", pgettext_lazy("size", "Micro (< 10 people)")
    SMALL = "small", pgettext_lazy("size", "Small (10-49)")
    MEDIUM = "medium", pgettext_lazy("size", "Medium (50-249)")
    LARGE = "large", pgettext_lazy("size", "Large (250+)")


class Organisation(models.Model):
    operator = models.ForeignKey(Operator, on_delete=models.CASCADE, related_name="organisations")
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    name = models.CharField(_("name"), max_length=200)
    country = models.CharField(_("country"), max_length=2)
    region = models.CharField(_("region"), max_length=6, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    size = models.CharField(_("size"), max_length=10, choices=OrganisationSize.choices, blank=True)
    founded_year = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    description_language = models.CharField(
        _("language of the description"), max_length=8, blank=True
    )
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    sectors = models.ManyToManyField(Sector, blank=True, verbose_name=_("sectors"))
    technologies = models.ManyToManyField(Technology, blank=True, verbose_name=_("technologies"))
    notes = models.TextField(_("internal notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["operator", "name", "country"], name="unique_organisation_per_operator"
            )
        ]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


class LinkKind(models.TextChoices):
    MEMBER_OF = "member_of", pgettext_lazy("membership", "member of")
    RESIDENT_OF = "resident_of", pgettext_lazy("membership", "resident of")


class OrganisationLink(models.Model):
    """A membership: a company is a member of a district, a startup a resident of a park."""

    member = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="links_out")
    parent = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="links_in")
    kind = models.CharField(_("kind"), max_length=20, choices=LinkKind.choices)
    since = models.DateField(_("since"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["member", "parent", "kind"], name="unique_link")
        ]

    def __str__(self) -> str:
        return f"{self.member} {self.get_kind_display()} {self.parent}"


class Person(models.Model):
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="people")
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    job_title = models.CharField(_("job title"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Consent(models.Model):
    """The record of a person's consent to be contacted: the exact text, when, and withdrawal."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    text = models.TextField(_("consent text"))
    given_at = models.DateTimeField(_("given at"))
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=100, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ["-given_at"]

    def __str__(self) -> str:
        return f"{self.person}: {self.given_at:%Y-%m-%d}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None


class ProfileKind(models.TextChoices):
    BUSINESS_OFFER = "business_offer", pgettext_lazy("profile kind", "Business offer")
    BUSINESS_REQUEST = "business_request", pgettext_lazy("profile kind", "Business request")
    TECHNOLOGY_OFFER = "technology_offer", pgettext_lazy("profile kind", "Technology offer")
    TECHNOLOGY_REQUEST = "technology_request", pgettext_lazy("profile kind", "Technology request")
    RESEARCH_COOPERATION = (
        "research_cooperation",
        pgettext_lazy("profile kind", "Research cooperation"),
    )


class ProfileStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("profile status", "Draft")
    PUBLISHED = "published", pgettext_lazy("profile status", "Published")
    EXPIRED = "expired", pgettext_lazy("profile status", "Expired")


class Profile(models.Model):
    """A partnership opportunity, written in its author's language (as in the EEN)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="profiles"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=ProfileKind.choices)
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(_("text"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    sectors = models.ManyToManyField(Sector, blank=True, verbose_name=_("sectors"))
    technologies = models.ManyToManyField(Technology, blank=True, verbose_name=_("technologies"))
    target_countries = models.JSONField(_("target countries"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ProfileStatus.choices, default=ProfileStatus.DRAFT
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "kind", "title"], name="unique_profile_title"
            )
        ]
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self) -> str:
        return self.title


class ImportKind(models.TextChoices):
    ORGANISATIONS = "organisations", _("Organisations")
    PEOPLE = "people", _("People")
    PROFILES = "profiles", _("Profiles")


class ImportBatch(models.Model):
    """An uploaded file kept between its preview and its confirmation."""

    operator = models.ForeignKey(Operator, on_delete=models.CASCADE, related_name="imports")
    kind = models.CharField(_("what"), max_length=20, choices=ImportKind.choices)
    file_name = models.CharField(max_length=255)
    content = models.BinaryField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    summary = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.file_name
