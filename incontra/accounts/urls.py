from django.urls import path

from incontra.accounts import views

app_name = "accounts"

urlpatterns = [
    path("team/", views.team, name="team"),
    path("team/new/", views.staff_add, name="staff_add"),
    path("team/<int:pk>/role/", views.staff_role, name="staff_role"),
    path("team/<int:pk>/remove/", views.staff_remove, name="staff_remove"),
]
