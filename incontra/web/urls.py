from django.urls import path

from incontra.web import views

app_name = "web"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("operator/", views.switch_operator, name="switch_operator"),
]
