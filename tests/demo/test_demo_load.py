"""`manage.py demo_load`, which `make run` calls on every start."""

import json
import shutil
from io import StringIO
from pathlib import Path
from typing import NamedTuple

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Page, Site

from participation.views.trainer import OPEN_CONFIRMED
from quizzes.models import Quiz
from quizzes.questions import questions_of
from surveys.disclosure import disclosure_terms, text_discloses
from surveys.models import Survey
from tests.quizzes.factories import quiz_form_data
from tests.shared_data import building, content_token_renew, module_transaction, order_guard
from workshops import roles
from workshops.models import (
    CampaignCoordinator,
    CampaignPage,
    CampaignTrainer,
    HomePage,
    ManualPage,
    Session,
    Venue,
    WorkshopModulePage,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_password_file(settings, tmp_path):
    settings.DEMO_ACCOUNTS_FILE = tmp_path / "demo-accounts.json"


def demo_load(*args: str) -> str:
    out = StringIO()
    call_command("demo_load", *args, stdout=out)
    return out.getvalue()


class Run(NamedTuple):
    output: str  # what it printed
    accounts: Path  # the accounts file it wrote (DEMO_ACCOUNTS_FILE)


# The address the shared run prints in front of each path (--base-url).
BASE_URL = "http://127.0.0.1:8000/"


@pytest.fixture(scope="module")
def _loaded_once(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """One `demo_load` for the module's tests that only read what it makes, or run it again
    (tests/shared_data.py); its accounts file in a folder of its own, as each test's run had
    one."""
    accounts = tmp_path_factory.mktemp("demo-load") / "demo-accounts.json"
    with (
        override_settings(DEMO_ACCOUNTS_FILE=accounts),
        module_transaction(request, django_db_blocker),
    ):
        with building(django_db_blocker):
            output = demo_load("--base-url", BASE_URL)
        yield Run(output, accounts)


@pytest.fixture
def loaded(_loaded_once, db) -> str:
    """What one `demo_load` run made, in this test's transaction; the run's output."""
    content_token_renew()
    return _loaded_once.output


@pytest.fixture
def loaded_with_its_accounts(loaded, _loaded_once, _fresh_password_file, settings) -> str:
    """`loaded`, for a test that runs `demo_load` again as a second `make run` would: this test's
    accounts file (DEMO_ACCOUNTS_FILE) starts as a copy of the one the shared run wrote, which
    stays as it was for the other tests."""
    shutil.copyfile(_loaded_once.accounts, settings.DEMO_ACCOUNTS_FILE)
    return loaded


_shared_data_order = order_guard("loaded")


def assert_demo_trainers_plan_both_campaigns() -> None:
    """Each demo trainer may plan sessions of both demo campaigns, once each."""
    for username in ("trainer", "facilitator"):
        campaigns = CampaignTrainer.objects.filter(user__username=username)
        assert sorted(campaigns.values_list("campaign__slug", flat=True)) == [
            "golondrina",
            "preventing-trafficking",
        ], username


def printed_passwords(output: str) -> dict[str, str]:
    passwords = {}
    for line in output.splitlines():
        if " / " in line:
            username, password = line.split()[-3], line.split()[-1]
            passwords[username] = password
    return passwords


def test_demo_load_creates_no_accounts_where_settings_forbid_them(settings):
    settings.DEMO_ACCOUNTS_ALLOWED = False

    output = demo_load()

    assert "Demo accounts skipped" in output
    assert not get_user_model().objects.exists()
    assert not settings.DEMO_ACCOUNTS_FILE.exists()


# --- The tests below share one `demo_load` run per module and worker (`loaded`), each in a
# transaction of its own that is rolled back: they read what it made, or run it again once on
# top of it (what a second `make run` does) and check what that second run did. The test above
# runs it itself, with other settings, on an empty database: it comes first (`order_guard`).


def test_demo_load_prints_where_each_user_goes_and_how_to_log_in(loaded):
    output = loaded  # the shared run, with --base-url BASE_URL

    assert "http://127.0.0.1:8000/admin/" in output
    assert set(printed_passwords(output)) == {"admin", "trainer", "coordinator", "facilitator"}


def test_demo_load_run_again_leaves_one_of_everything_as_it_was_and_keeps_the_passwords(
    loaded_with_its_accounts,
):
    first = printed_passwords(loaded_with_its_accounts)
    pages, users = Page.objects.count(), get_user_model().objects.count()
    counts = (Page.objects.count(), Venue.objects.count(), Quiz.objects.count())
    sessions = list(Session.objects.order_by("pk").values_list("pk", "state", "join_code"))

    second = printed_passwords(demo_load())

    assert Page.objects.count() == pages
    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert Site.objects.count() == 1
    assert get_user_model().objects.count() == users
    assert first == second
    assert HomePage.objects.get(locale__language_code="en").revisions.count() == 1
    # One of each page and quiz.
    assert (Page.objects.count(), Venue.objects.count(), Quiz.objects.count()) == counts
    # The demo sessions as they are.
    assert list(Session.objects.order_by("pk").values_list("pk", "state", "join_code")) == sessions
    # The demo trainers in each demo campaign once, however often it runs.
    assert_demo_trainers_plan_both_campaigns()


def test_demo_load_repairs_a_demo_password_changed_since(settings, loaded_with_its_accounts):
    first = printed_passwords(loaded_with_its_accounts)
    admin = get_user_model().objects.get(username="admin")
    admin.set_password("changed-by-someone-else")
    admin.save()

    second = printed_passwords(demo_load())

    assert second["admin"] != first["admin"]
    admin.refresh_from_db()
    assert admin.check_password(second["admin"])
    stored = json.loads(settings.DEMO_ACCOUNTS_FILE.read_text())
    assert stored["admin"]["password"] == second["admin"]


def test_the_demo_trainers_plan_sessions_of_both_demo_campaigns(loaded):
    assert_demo_trainers_plan_both_campaigns()


def test_demo_load_replaces_the_welcome_page_with_a_published_home_page(loaded):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.live
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_demo_admin_logs_into_the_wagtail_admin_with_the_printed_password(client, loaded):
    passwords = printed_passwords(loaded)

    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "admin", "password": passwords["admin"]},
        follow=True,
    )

    assert response.status_code == 200
    assert response.wsgi_request.user.username == "admin"
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_home")


def test_demo_trainer_and_coordinator_are_in_their_groups_without_admin_rights(loaded):
    users = get_user_model().objects

    trainer, coordinator = users.get(username="trainer"), users.get(username="coordinator")

    assert list(trainer.groups.values_list("name", flat=True)) == [roles.TRAINERS]
    assert list(coordinator.groups.values_list("name", flat=True)) == [roles.COORDINATORS]
    assert not trainer.is_staff and not coordinator.is_superuser


def test_demo_load_builds_both_campaigns_with_modules_manuals_and_translations(loaded):
    campaigns = {
        page.slug: page for page in CampaignPage.objects.filter(locale__language_code="en")
    }
    assert set(campaigns) == {"golondrina", "preventing-trafficking"}
    for slug, local in (("golondrina", "es"), ("preventing-trafficking", "ro")):
        campaign = campaigns[slug]
        assert WorkshopModulePage.objects.child_of(campaign).live().count() >= 3
        kinds = set(ManualPage.objects.child_of(campaign).values_list("kind", flat=True))
        assert "facilitator" in kinds
        translated = campaign.get_translation(Locale.objects.get(language_code=local))
        assert translated.live
        assert translated.get_children().live().count() == campaign.get_children().count()
    assert HomePage.objects.live().count() == 4
    # The demo trainer's three schools, and two more where past sessions took place.
    assert Venue.objects.filter(city="Bogotá").count() == 5


def test_every_demo_module_has_a_pre_post_quiz_in_each_language_of_its_campaign(loaded):
    for module in WorkshopModulePage.objects.filter(locale=Locale.get_default()):
        languages = sorted(
            module.get_translations(inclusive=True).values_list("locale__language_code", flat=True)
        )
        source = Quiz.objects.get(quiz_modules__module=module, locale=module.locale)
        assert source.use == "both" and source.live
        variants = Quiz.objects.filter(translation_key=source.translation_key, live=True)
        assert sorted(variants.values_list("locale__language_code", flat=True)) == languages
        keys = {tuple(question.key for question in questions_of(quiz)) for quiz in variants}
        assert len(keys) == 1, f"translations of {source} do not share question keys"
        assert all(len(questions_of(quiz)) >= 5 for quiz in variants)


def test_each_demo_campaign_has_surveys_and_disclosure_words_in_its_languages(loaded):
    for campaign in CampaignPage.objects.filter(locale=Locale.get_default()):
        languages = sorted(
            campaign.get_translations(inclusive=True).values_list(
                "locale__language_code", flat=True
            )
        )
        sources = Survey.objects.filter(campaign=campaign, locale=campaign.locale, live=True)
        assert sorted(sources.values_list("use", flat=True)) == ["both", "post"]
        for source in sources:
            variants = Survey.objects.filter(translation_key=source.translation_key, live=True)
            assert sorted(variants.values_list("locale__language_code", flat=True)) == languages
            keys = {tuple(block.id for block in variant.questions) for variant in variants}
            assert len(keys) == 1
        assert all(page.specific.disclosure_words for page in campaign.get_translations(True))
    golondrina = CampaignPage.objects.get(slug="golondrina", locale__language_code="es")
    assert text_discloses("Mi tío me tocó", disclosure_terms(campaign=golondrina))


def test_a_participant_joins_the_open_demo_session_and_gets_a_score_in_its_language(client, loaded):
    session = Session.objects.get(state="open")
    assert session.language == "es"
    client.post(reverse("join"), {"code": session.join_code})
    response = client.post(
        reverse("join_code", args=[session.join_code]),
        {"agree": "yes", "role": "students", "age_band": "14-17"},
    )
    page = client.get(response["Location"], follow=True)
    assert page.context["quiz"].locale.language_code == "es"
    right = {
        question.key: sorted(question.correct_keys)
        for question in page.context["content"].questions
    }
    result = client.post(
        page.request["PATH_INFO"], quiz_form_data(page.context, right), follow=True
    )
    attempt = result.context["attempt"]
    assert attempt.correct_count == attempt.question_count >= 5


def test_visitor_browses_both_demo_campaigns_and_downloads_a_manual(client, loaded):
    for language, campaign_slug in (("es", "golondrina"), ("ro", "prevenirea-traficului")):
        home = client.get(f"/{language}/")
        assert home.status_code == 200
        campaign = CampaignPage.objects.get(slug=campaign_slug, locale__language_code=language)
        assert campaign.url in home.text
        campaign_page = client.get(campaign.url)
        assert campaign_page.status_code == 200
        module = WorkshopModulePage.objects.child_of(campaign).first()
        assert client.get(module.url).status_code == 200
        manual = ManualPage.objects.child_of(campaign).filter(kind="facilitator").first()
        assert manual.url + "pdf/" in campaign_page.text

        pdf = client.get(manual.url + "pdf/")

        assert pdf.status_code == 200
        assert b"".join(pdf.streaming_content).startswith(b"%PDF-")


def test_demo_trainer_has_sessions_in_the_three_bogota_localities_and_in_romania(loaded):
    sessions = Session.objects.filter(trainer__username="trainer").select_related("venue")

    bogota = {s.venue.locality: s.state for s in sessions if s.venue.city == "Bogotá"}
    assert bogota == {"Santa Fe": "planned", "La Candelaria": "open", "San Cristóbal": "closed"}
    assert {s.state for s in sessions if s.venue.country == "RO"} == {"planned", "closed"}
    closed = [s for s in sessions if s.is_closed]
    assert all(s.attendance.exists() for s in closed)
    coordinator = get_user_model().objects.get(username="coordinator")
    assert CampaignCoordinator.objects.filter(user=coordinator).count() == 2


def test_demo_trainer_logs_in_plans_and_opens_a_session_and_sees_its_code_and_qr(client, loaded):
    passwords = printed_passwords(loaded)
    response = client.post(
        reverse("trainer:login"),
        {"username": "trainer", "password": passwords["trainer"]},
        follow=True,
    )
    assert "7B · Colegio Distrital Las Aguas" in response.text  # the demo sessions are there

    golondrina = CampaignPage.objects.get(slug="golondrina", locale__language_code="en")
    module = WorkshopModulePage.objects.child_of(golondrina).first()
    venue = Venue.objects.get(name="Colegio Distrital San Blas")
    response = client.post(
        reverse("trainer:session_create"),
        {
            "campaign": golondrina.pk,
            "modules": [module.pk],
            "venue": venue.pk,
            "group_name": "8C",
            "date": "2027-03-02",
            "time": "10:00",
            "audience": "students",
            "age_band": "10-13",
            "language": "es",
            "expected_size": "30",
        },
        follow=True,
    )
    session = Session.objects.get(group__name="8C")
    response = client.post(
        reverse("trainer:session_open", args=[session.pk]), {OPEN_CONFIRMED: "1"}, follow=True
    )
    session.refresh_from_db()
    assert session.join_code_display in response.text
    assert 'class="qr-code"' in response.text


def test_the_demo_coordinator_sees_golondrinas_2100_students_and_380_teachers(client, loaded):
    passwords = printed_passwords(loaded)
    client.post(
        reverse("trainer:login"),
        {"username": "coordinator", "password": passwords["coordinator"]},
    )
    response = client.get(reverse("reports:home"))
    assert "Golondrina" in response.text and "Preventing Trafficking" in response.text
    response = client.get(reverse("reports:campaign", args=["golondrina"]))
    reached = {row.audience: (row.people, row.target) for row in response.context["report"].targets}
    assert reached["students"] == (2100, 2100)
    assert reached["teachers"] == (380, 380)
    localities = {row.label for row in response.context["report"].breakdowns["locality"].rows}
    assert localities == {"Santa Fe", "La Candelaria", "San Cristóbal"}
    assert "Demo data" in response.text
    assert response.context["report"].knowledge, "the demo has quiz answers to show"
    romania = client.get(reverse("reports:campaign", args=["preventing-trafficking"]))
    assert romania.context["report"].total.people > 0 and "Demo data" in romania.text
