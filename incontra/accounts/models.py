"""Tenancy: an installation serves several operators (an agency, a park), each with its staff."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", pgettext_lazy("role", "Administrator")
    MANAGER = "manager", pgettext_lazy("role", "Manager")
    VIEWER = "viewer", pgettext_lazy("role", "Viewer")


class Operator(models.Model):
    """An organisation that runs its work on this installation and owns its private data."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("operator")
        verbose_name_plural = _("operators")

    def __str__(self) -> str:
        return self.name


class StaffMembership(models.Model):
    operator = models.ForeignKey(Operator, on_delete=models.CASCADE, related_name="staff")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_memberships"
    )
    role = models.CharField(
        pgettext_lazy("staff", "role"), max_length=20, choices=Role.choices, default=Role.VIEWER
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["operator", "user"], name="unique_staff_membership")
        ]
        verbose_name = _("staff membership")
        verbose_name_plural = _("staff memberships")

    def __str__(self) -> str:
        return f"{self.user} @ {self.operator} ({self.role})"

    @property
    def can_edit(self) -> bool:
        return self.role in {Role.ADMINISTRATOR, Role.MANAGER}

    @property
    def can_administer(self) -> bool:
        return self.role == Role.ADMINISTRATOR
