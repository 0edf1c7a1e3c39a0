"""Small display helpers: country and language names in the reader's language, query strings."""

from django import template

from incontra.directory import codes

register = template.Library()


@register.filter
def country_name(code: str) -> str:
    return codes.country_name(code) if code else ""


@register.filter
def region_name(code: str) -> str:
    return codes.region_name(code) if code else ""


@register.filter
def language_name(code: str) -> str:
    return codes.language_name(code) if code else ""


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current query string with some parameters replaced (for pages and exports)."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()
