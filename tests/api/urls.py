"""The site's URLconf with the API token page, until the site includes it itself."""

from django.urls import include, path

from incontra.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("team/api-tokens/", include("incontra.api.web_urls")),
    *site_urlpatterns,
]
