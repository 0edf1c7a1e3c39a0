"""Lists come in pages: `?page=` (from 1) and `?page_size=` (at most MAX_PAGE_SIZE)."""

from collections.abc import Callable

from django import forms
from django.core.paginator import EmptyPage, Paginator
from django.db.models import QuerySet
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from incontra.api.auth import ApiError, json_response
from incontra.api.inputs import valid_data

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


class PageForm(forms.Form):
    page = forms.IntegerField(label=gettext_lazy("Page"), min_value=1, required=False)
    page_size = forms.IntegerField(
        label=gettext_lazy("Page size"), min_value=1, max_value=MAX_PAGE_SIZE, required=False
    )


def _page_url(request, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def page_response(request, queryset: QuerySet, serialize: Callable[..., dict]) -> JsonResponse:
    asked = valid_data(PageForm(request.GET))
    size = asked["page_size"] or PAGE_SIZE
    paginator = Paginator(queryset, size)
    try:
        page = paginator.page(asked["page"] or 1)
    except EmptyPage as error:
        message = _("There is no page %(page)d: the last one is %(last)d.") % {
            "page": asked["page"],
            "last": paginator.num_pages,
        }
        raise ApiError(404, {"page": [message]}) from error
    return json_response(
        {
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "page_size": size,
            "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
            "previous": (
                _page_url(request, page.previous_page_number()) if page.has_previous() else None
            ),
            "results": [serialize(item) for item in page.object_list],
        }
    )
