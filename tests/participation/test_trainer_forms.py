"""What the trainer sees when a form is wrong: a clear message, and nothing typed lost."""

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from tests.content import publish
from tests.workshops.factories import (
    CampaignPageFactory,
    CampaignTrainerFactory,
    SessionFactory,
    VenueFactory,
    WorkshopModulePageFactory,
    headcount_form_data,
    session_form_data,
)
from workshops.models import Attendance, Session

STUDENTS = {"role": "students", "age_band": "10-13"}


@pytest.fixture
def trainer_client(client, people):
    client.force_login(people.trainer)
    return client


@pytest.fixture
def held_session(tree, people):
    """A session that took place an hour ago, expecting 30 people."""
    return SessionFactory(
        campaign=tree.campaign,
        trainer=people.trainer,
        scheduled_start=timezone.now() - timezone.timedelta(hours=1),
        expected_size=30,
    )


def test_a_headcount_above_the_expected_size_is_refused_and_the_numbers_stay(
    trainer_client, held_session
):
    url = reverse("trainer:session_headcount", args=[held_session.pk])
    response = trainer_client.post(
        url,
        headcount_form_data({**STUDENTS, "female": "25", "male": "17"}),
    )
    assert response.status_code == 200
    assert "You counted 42 people but expected 30" in response.text
    assert 'value="25"' in response.text and 'value="17"' in response.text
    assert not Attendance.objects.exists()


def test_raising_the_expected_size_in_the_same_form_lets_the_larger_headcount_through(
    trainer_client, held_session
):
    url = reverse("trainer:session_headcount", args=[held_session.pk])
    data = headcount_form_data({**STUDENTS, "female": "25", "male": "17"})
    response = trainer_client.post(url, {**data, "expected_size": "42"})
    assert response.status_code == 302
    held_session.refresh_from_db()
    assert held_session.expected_size == 42
    assert sum(Attendance.objects.values_list("count", flat=True)) == 42


@pytest.mark.parametrize(
    "rows, message",
    [
        ([STUDENTS], "Enter at least one person."),
        ([{"age_band": "10-13", "female": "4"}], "Say who these people are."),
        ([{"role": "students", "female": "4"}], "Choose their age band."),
        ([{**STUDENTS, "female": "-3"}], "Ensure this value is greater than or equal to 0."),
        ([{**STUDENTS, "female": "twelve"}], "Enter a whole number."),
        (
            [{**STUDENTS, "female": "4"}, {**STUDENTS, "male": "4"}],
            "Two lines have the same role and age band",
        ),
    ],
    ids=["nobody", "no-role", "no-age-band", "negative", "not-a-number", "same-line-twice"],
)
def test_a_wrong_headcount_says_what_is_wrong_and_saves_nothing(
    trainer_client, held_session, rows, message
):
    Attendance.objects.create(
        session=held_session, role="students", gender="female", age_band="10-13", count=7
    )
    url = reverse("trainer:session_headcount", args=[held_session.pk])
    response = trainer_client.post(url, headcount_form_data(*rows))
    assert response.status_code == 200
    assert message in response.text
    assert "The headcount was not saved yet." in response.text
    # What was recorded before is still there.
    assert list(Attendance.objects.values_list("count", flat=True)) == [7]


def test_a_session_cannot_be_counted_before_it_starts(trainer_client, tree, people):
    session = SessionFactory(campaign=tree.campaign, trainer=people.trainer)
    url = reverse("trainer:session_headcount", args=[session.pk])
    response = trainer_client.post(url, headcount_form_data({**STUDENTS, "female": "4"}))
    assert "The session has not started yet" in response.text
    assert not Attendance.objects.exists()


def test_the_headcount_form_speaks_spanish_to_a_spanish_speaking_trainer(
    trainer_client, held_session
):
    url = reverse("trainer:session_headcount", args=[held_session.pk])
    response = trainer_client.post(
        url,
        headcount_form_data({**STUDENTS, "female": "40"}),
        HTTP_ACCEPT_LANGUAGE="es",
    )
    assert "Contaste 40 personas pero esperabas 30" in response.text


def session_form(tree, place, **overrides) -> dict:
    data = session_form_data(campaign=tree.campaign, module=tree.module, venue=place)
    return {**data, **overrides}


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"modules": []}, "This field is required."),
        ({"group_name": ""}, "This field is required."),
        ({"date": "31/02/2026"}, "Enter a valid date."),
        ({"time": "25:00"}, "Enter a valid time."),
        ({"expected_size": "0"}, "Ensure this value is greater than or equal to 1."),
        ({"expected_size": "5000"}, "Ensure this value is less than or equal to 2000."),
        ({"venue": "999999"}, "Select a valid choice."),
    ],
    ids=["no-module", "no-group", "bad-date", "bad-time", "nobody", "too-many", "no-such-venue"],
)
def test_a_wrong_session_form_says_what_is_wrong_and_keeps_the_rest(
    trainer_client, tree, overrides, message
):
    venue = VenueFactory()
    response = trainer_client.post(
        reverse("trainer:session_create"), session_form(tree, venue, **overrides)
    )
    assert response.status_code == 200
    assert message in response.text
    assert "Nothing you typed is lost." in response.text
    if "group_name" not in overrides:
        assert 'value="7B"' in response.text
    assert not Session.objects.exists()


def test_a_module_from_another_campaign_is_refused_by_name(trainer_client, tree, people):
    other = publish(CampaignPageFactory(parent=tree.index, title="Other", slug="other"))
    stray = publish(WorkshopModulePageFactory(parent=other, title="Stray module"))
    # The trainer works in both campaigns: the form offers both campaigns' modules.
    CampaignTrainerFactory(user=people.trainer, campaign=other)
    response = trainer_client.post(
        reverse("trainer:session_create"),
        session_form(tree, VenueFactory(), modules=[tree.module.pk, stray.pk]),
    )
    assert "Choose modules of the campaign Golondrina; these are not: Stray module." in (
        response.text
    )
    assert not Session.objects.exists()


def test_the_session_form_lists_modules_in_the_trainers_language(trainer_client, tree):
    spanish = tree.module.copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    spanish.title = "Mi cuerpo es mío"
    publish(spanish)
    page = trainer_client.get(reverse("trainer:session_create"), HTTP_ACCEPT_LANGUAGE="es").text
    assert "Mi cuerpo es mío (90 min)" in page


def test_a_future_session_offers_no_headcount_and_a_past_one_does(trainer_client, tree, people):
    future = SessionFactory(campaign=tree.campaign, trainer=people.trainer)
    past = SessionFactory(
        campaign=tree.campaign,
        trainer=people.trainer,
        scheduled_start=timezone.now() - timezone.timedelta(days=1),
    )
    headcount_link = 'trainer/sessions/{}/headcount/"'
    future_page = trainer_client.get(reverse("trainer:session_detail", args=[future.pk])).text
    past_page = trainer_client.get(reverse("trainer:session_detail", args=[past.pk])).text
    assert headcount_link.format(future.pk) not in future_page
    assert headcount_link.format(past.pk) in past_page
