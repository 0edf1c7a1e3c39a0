"""The operator's team: everybody sees it, administrators change it."""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from incontra.accounts import services
from incontra.accounts.access import staff_required
from incontra.accounts.forms import RoleForm, StaffAddForm
from incontra.accounts.models import StaffMembership


def administrator_required(view):
    @staff_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.membership.can_administer:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _membership_for(request, pk: int) -> StaffMembership:
    return get_object_or_404(StaffMembership, pk=pk, operator=request.operator)


@staff_required
def team(request):
    staff = StaffMembership.objects.filter(operator=request.operator).select_related("user")
    context = {
        "staff": staff.order_by("user__last_name", "user__username"),
        "role_form": RoleForm(),
    }
    return render(request, "accounts/team.html", context)


@administrator_required
def staff_add(request):
    form = StaffAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.staff_add(operator=request.operator, **form.cleaned_data)
        messages.success(request, _("Account created."))
        return redirect("accounts:team")
    return render(request, "accounts/staff_form.html", {"form": form})


def _apply(request, change) -> None:
    try:
        change()
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Team updated."))


@administrator_required
@require_POST
def staff_role(request, pk: int):
    membership = _membership_for(request, pk)
    form = RoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a valid role."))
        return redirect("accounts:team")
    role = form.cleaned_data["role"]
    _apply(request, lambda: services.staff_role_change(membership=membership, role=role))
    return redirect("accounts:team")


@administrator_required
@require_POST
def staff_remove(request, pk: int):
    membership = _membership_for(request, pk)
    _apply(request, lambda: services.staff_remove(membership=membership))
    return redirect("accounts:team")
