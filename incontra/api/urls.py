from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt

from incontra.api import views

app_name = "api"

urlpatterns = [
    path("organisations/", views.organisation_collection, name="organisation_collection"),
    path("organisations/<int:pk>/", views.organisation_item, name="organisation_item"),
    path("profiles/", views.profile_collection, name="profile_collection"),
    path("profiles/<int:pk>/", views.profile_item, name="profile_item"),
    path("people/", views.person_collection, name="person_collection"),
    path("people/<int:pk>/", views.person_item, name="person_item"),
    re_path(r"^(?P<path>.*)$", csrf_exempt(views.not_found), name="not_found"),
]
