"""`manage.py faro_setup`, which platform/migrate runs: a fresh database gets Faro's pages, locales,
site address and first administrator once; later runs change nothing (tests/deploy/test_first_run.py
runs it for real, through platform/migrate and gunicorn, on PostgreSQL)."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Locale, Page, Site

from workshops.models import CampaignIndexPage, HomePage

pytestmark = pytest.mark.django_db

ADMIN = {
    "FARO_ADMIN_USERNAME": "volunteer",
    "FARO_ADMIN_EMAIL": "volunteer@example.org",
    "FARO_ADMIN_PASSWORD": "a-long-enough-first-password",
}


@pytest.fixture
def setup(django_capture_on_commit_callbacks):
    """Run the command; wagtail-localize publishes translations when its transaction commits."""

    def run() -> str:
        out = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("faro_setup", stdout=out)
        return out.getvalue()

    return run


@pytest.fixture
def deployment(monkeypatch, settings):
    monkeypatch.setenv("WAGTAILADMIN_BASE_URL", "https://faro.example.org")
    settings.WAGTAILADMIN_BASE_URL = "https://faro.example.org"
    for name, value in ADMIN.items():
        monkeypatch.setenv(name, value)


def test_a_fresh_database_gets_faros_home_page_instead_of_wagtails_welcome(deployment, setup):
    assert Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()

    said = setup()

    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get(locale__language_code="en")
    assert site.root_page.specific == home
    assert (site.hostname, site.port) == ("faro.example.org", 443)
    assert CampaignIndexPage.objects.child_of(home).live().count() == 1
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "es", "ro", "fr"}
    # Each language has its home page and campaign list, live, linked to the English ones.
    assert HomePage.objects.live().count() == 4
    assert CampaignIndexPage.objects.live().count() == 4
    spanish = CampaignIndexPage.objects.get(locale__language_code="es")
    assert (
        spanish.translation_key == CampaignIndexPage.objects.get(locale=home.locale).translation_key
    )
    assert spanish.title == "Campañas"  # the interface's translation of "Campaigns"
    admin = get_user_model().objects.get(username="volunteer")
    assert admin.is_superuser and admin.is_staff and admin.email == "volunteer@example.org"
    assert admin.check_password(ADMIN["FARO_ADMIN_PASSWORD"])
    assert "Created the home page (Faro)." in said
    assert "Set the default site's address to faro.example.org:443." in said


def test_a_second_run_has_nothing_to_do_and_keeps_a_changed_password(deployment, setup):
    setup()
    admin = get_user_model().objects.get(username="volunteer")
    admin.set_password("changed-by-the-volunteer-later")
    admin.save()

    said = setup()

    assert said.strip() == "Faro is set up: nothing to do."
    admin.refresh_from_db()
    assert admin.check_password("changed-by-the-volunteer-later")
    assert HomePage.objects.count() == 4


def test_without_the_admin_variables_no_account_is_made(monkeypatch, setup):
    for name in ADMIN:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("WAGTAILADMIN_BASE_URL", raising=False)

    setup()

    assert not get_user_model().objects.exists()
    # The first name the site answers to (test settings: testserver, plain HTTP).
    assert Site.objects.get(is_default_site=True).hostname == "testserver"


def test_a_weak_first_password_is_refused_with_the_reason(deployment, monkeypatch, setup):
    monkeypatch.setenv("FARO_ADMIN_PASSWORD", "short")

    with pytest.raises(CommandError, match="FARO_ADMIN_PASSWORD: This password is too short"):
        setup()
    assert not get_user_model().objects.exists()
