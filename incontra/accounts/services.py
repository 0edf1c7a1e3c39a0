"""Writes about operators and their staff."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from incontra.accounts.models import Operator, Role, StaffMembership


def _ensure_an_administrator_remains(membership: StaffMembership) -> None:
    others = StaffMembership.objects.filter(
        operator=membership.operator, role=Role.ADMINISTRATOR
    ).exclude(pk=membership.pk)
    if membership.role == Role.ADMINISTRATOR and not others.exists():
        raise ValidationError(_("An operator needs at least one administrator."))


@transaction.atomic
def staff_add(
    *,
    operator: Operator,
    username: str,
    email: str,
    first_name: str,
    last_name: str,
    role: str,
    password: str,
) -> StaffMembership:
    """Create a user account working for the operator with the given role."""
    user = get_user_model().objects.create_user(
        username=username, email=email, first_name=first_name, last_name=last_name,
        password=password,
    )  # fmt: skip
    return StaffMembership.objects.create(operator=operator, user=user, role=role)


@transaction.atomic
def staff_role_change(*, membership: StaffMembership, role: str) -> StaffMembership:
    Role(role)
    if role != Role.ADMINISTRATOR:
        _ensure_an_administrator_remains(membership)
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def staff_remove(*, membership: StaffMembership) -> None:
    """End a person's work for the operator; their account stays for their other operators."""
    _ensure_an_administrator_remains(membership)
    membership.delete()
