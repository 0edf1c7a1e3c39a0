"""The API token page. Included by the site's URLconf as
`path("team/api-tokens/", include("incontra.api.web_urls"))`."""

from django.urls import path

from incontra.api import web_views

app_name = "api_tokens"

urlpatterns = [
    path("", web_views.token_list, name="list"),
    path("<int:pk>/revoke/", web_views.token_revoke, name="revoke"),
]
