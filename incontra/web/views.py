from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from incontra.accounts.access import operator_switch, staff_required
from incontra.directory.queries import dashboard_counts


@staff_required
def dashboard(request):
    context = {"counts": dashboard_counts(request.operator)}
    return render(request, "web/dashboard.html", context)


@staff_required
@require_POST
def switch_operator(request):
    operator = operator_switch(request, operator_id=int(request.POST.get("operator", 0) or 0))
    messages.success(request, _("You now work for %(operator)s.") % {"operator": operator})
    return redirect("web:dashboard")
