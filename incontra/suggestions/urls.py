from django.urls import path

from incontra.suggestions import views

app_name = "suggestions"

urlpatterns = [
    path("profiles/<int:pk>/suggestions/", views.profile_suggestions, name="profile"),
    path(
        "organisations/<int:pk>/suggestions/", views.organisation_suggestions, name="organisation"
    ),
    path(
        "profiles/<int:pk>/suggestions/<int:candidate_pk>/dismiss/",
        views.dismiss,
        name="dismiss",
    ),
    path(
        "profiles/<int:pk>/suggestions/<int:candidate_pk>/restore/",
        views.restore,
        name="restore",
    ),
]
