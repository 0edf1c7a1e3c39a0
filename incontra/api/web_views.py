"""The page where staff make and revoke their own API tokens for the operator they work for."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from incontra.accounts.access import staff_required
from incontra.api import services
from incontra.api.forms import TokenCreateForm
from incontra.api.models import ApiToken


def _own_tokens(request):
    return ApiToken.objects.filter(user=request.user, operator=request.operator)


@never_cache  # the page that shows a new key must not be kept by any cache
@staff_required
def token_list(request):
    form = TokenCreateForm(request.POST or None)
    new_key = None
    if request.method == "POST" and form.is_valid():
        # Rendered, not redirected: the key is shown this once and never stored in plain.
        new_key = services.api_token_create(
            user=request.user, operator=request.operator, name=form.cleaned_data["name"]
        )[1]
        form = TokenCreateForm()
    context = {
        "form": form,
        "new_key": new_key,
        "tokens": _own_tokens(request),
        "api_root": request.build_absolute_uri(reverse("api:organisation_collection")),
    }
    return render(request, "api/token_list.html", context)


@staff_required
@require_POST
def token_revoke(request, pk: int):
    token = get_object_or_404(_own_tokens(request), pk=pk)
    services.api_token_revoke(token=token, when=timezone.now())
    messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
    return redirect("api_tokens:list")
