"""Writes for API tokens: create (the plain key is returned once, never stored), revoke, use."""

import datetime as dt
import secrets

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from incontra.accounts.models import Operator, StaffMembership
from incontra.api.models import ApiToken, key_digest

KEY_PREFIX = "inc_"
# Recording every request would turn each read into a write; a minute is precise enough.
LAST_USED_PRECISION = dt.timedelta(minutes=1)


def api_token_create(*, user, operator: Operator, name: str) -> tuple[ApiToken, str]:
    """A new token for a member of the operator's staff, with its plain key (shown only once)."""
    if not StaffMembership.objects.filter(user=user, operator=operator).exists():
        raise ValidationError(
            _("%(user)s is not on the staff of %(operator)s.")
            % {"user": user.get_username(), "operator": operator.name}
        )
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, operator=operator, name=name, prefix=key[:12], key_hash=key_digest(key)
    )
    return token, key


def api_token_revoke(*, token: ApiToken, when: dt.datetime) -> ApiToken:
    if token.revoked_at is None:
        token.revoked_at = when
        token.save(update_fields=["revoked_at"])
    return token


def api_token_touch(*, token: ApiToken, when: dt.datetime) -> None:
    if token.last_used_at is None or when - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=when)
        token.last_used_at = when
