"""Coordinator reports, under /reports/."""

from django.urls import path

from reach import views

app_name = "reports"

urlpatterns = [
    path("", views.home, name="home"),
    path("<slug:slug>/", views.campaign, name="campaign"),
    path("<slug:slug>/refresh/", views.campaign_refresh, name="campaign_refresh"),
    path(
        "<slug:slug>/export/<slug:table>.<str:fmt>",
        views.campaign_export,
        name="campaign_export",
    ),
]
