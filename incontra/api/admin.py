from django.contrib import admin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from incontra.api.models import ApiToken
from incontra.api.services import api_token_revoke


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are made with `incontra api_token_create`, which shows the key once; here they are
    only looked at and revoked."""

    list_display = [
        "name", "prefix", "user", "operator", "created_at", "last_used_at", "revoked_at",
    ]  # fmt: skip
    list_filter = ["operator"]
    search_fields = ["name", "prefix", "user__username"]
    readonly_fields = ["user", "operator", "name", "prefix", "created_at", "last_used_at"]
    actions = ["revoke"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.action(description=_("Revoke the selected tokens"))
    def revoke(self, request, queryset):
        now = timezone.now()
        for token in queryset:
            api_token_revoke(token=token, when=now)
