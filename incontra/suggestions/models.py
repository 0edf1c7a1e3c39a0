"""Suggested partners: the matching core's recommendations for each profile, stored so pages read
them without loading the encoder, and the suggestions an operator's staff dismissed."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from incontra.accounts.models import Operator
from incontra.directory.models import Profile


class Suggestion(models.Model):
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="suggestions")
    candidate = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveSmallIntegerField()
    score = models.FloatField()
    # Reasons in every interface language: {"en": [...], "it": [...], "ru": [...]}.
    reasons = models.JSONField(default=dict)
    computed_at = models.DateTimeField()

    class Meta:
        ordering = ["profile", "rank"]
        constraints = [
            models.UniqueConstraint(fields=["profile", "candidate"], name="unique_suggestion")
        ]
        verbose_name = _("suggested partner")
        verbose_name_plural = _("suggested partners")

    def __str__(self) -> str:
        return f"{self.profile_id} → {self.candidate_id} ({self.score:.2f})"

    @property
    def reasons_for_reader(self) -> list[str]:
        language = (get_language() or "en")[:2]
        return self.reasons.get(language) or self.reasons.get("en", [])

    @property
    def percent(self) -> int:
        return round(self.score * 100)


class Dismissal(models.Model):
    """A suggestion an operator does not want to see again; it stays dismissed on recompute."""

    operator = models.ForeignKey(Operator, on_delete=models.CASCADE, related_name="+")
    profile = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="+")
    candidate = models.ForeignKey(Profile, on_delete=models.CASCADE, related_name="+")
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    dismissed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["operator", "profile", "candidate"], name="unique_dismissal"
            )
        ]

    def __str__(self) -> str:
        return f"{self.operator}: {self.profile_id} ✕ {self.candidate_id}"
