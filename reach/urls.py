"""Coordinator reports, under /reports/."""

from django.urls import path

from reach import views

app_name = "reports"

urlpatterns = [
    path("", views.home, name="home"),
    path("api-tokens/", views.api_tokens, name="api_tokens"),
    path("api-tokens/<int:pk>/revoke/", views.api_token_revoke, name="api_token_revoke"),
    path("<slug:slug>/", views.campaign, name="campaign"),
    path("<slug:slug>/refresh/", views.campaign_refresh, name="campaign_refresh"),
    path("<slug:slug>/reviews/<int:pk>/", views.figure_review, name="figure_review"),
    path("<slug:slug>/pdf/", views.campaign_pdf, name="campaign_pdf"),
    path("<slug:slug>/pdf/<str:job_id>/", views.campaign_pdf_job, name="campaign_pdf_job"),
    path(
        "<slug:slug>/pdf/<str:job_id>/download/",
        views.campaign_pdf_download,
        name="campaign_pdf_download",
    ),
    path(
        "<slug:slug>/export/<slug:table>.<str:fmt>",
        views.campaign_export,
        name="campaign_export",
    ),
]
