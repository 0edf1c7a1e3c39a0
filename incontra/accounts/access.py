"""Who may do what. Views ask these helpers, never a bare `Model.objects.get()` on tenant data."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

from incontra.accounts.models import Operator, StaffMembership

SESSION_KEY = "incontra_operator_id"


def membership_for(request) -> StaffMembership | None:
    """The membership the user works under: the one chosen in the session, or the first."""
    user = request.user
    if not user.is_authenticated:
        return None
    memberships = StaffMembership.objects.select_related("operator").filter(user=user)
    chosen = request.session.get(SESSION_KEY)
    if chosen is not None:
        membership = next((m for m in memberships if m.operator_id == chosen), None)
        if membership is not None:
            return membership
    return memberships.order_by("operator__name").first()


def operator_switch(request, *, operator_id: int) -> Operator:
    membership = StaffMembership.objects.filter(user=request.user, operator_id=operator_id).first()
    if membership is None:
        raise Http404
    request.session[SESSION_KEY] = operator_id
    return membership.operator


def staff_required(view):
    """Logged in and working for an operator: anonymous visitors go to the login page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.membership is None:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def editor_required(view):
    """Staff whose role may change data (administrators and managers)."""

    @staff_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.membership.can_edit:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
