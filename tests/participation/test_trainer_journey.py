"""The trainer's journey through the trainer space, as a trainer on a phone would make it."""

import re
import uuid
import zoneinfo
from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from participation.views.trainer import OPEN_CONFIRMED
from quizzes.models import Attempt, Quiz
from surveys.models import Response, ResponseAnswer
from tests.qr import svg_decode
from tests.quizzes.factories import QuizFactory
from tests.surveys.factories import S_LIKERT, SurveyFactory
from tests.workshops.factories import (
    SessionFactory,
    VenueFactory,
    headcount_form_data,
    session_form_data,
)
from workshops import services
from workshops.models import Attendance, Participant, Session, SessionState

BOGOTA = zoneinfo.ZoneInfo("America/Bogota")
# What "Open it now" sends when a session is opened on another day than planned (test_open_early).
CONFIRMED = {OPEN_CONFIRMED: "1"}


def login(client, user) -> None:
    response = client.post(
        reverse("trainer:login"),
        {"username": user.username, "password": "a long enough passphrase"},
    )
    assert response.status_code == 302, "the login form was refused"


def session_form(tree, venue, **overrides) -> dict:
    return session_form_data(campaign=tree.campaign, module=tree.module, venue=venue, **overrides)


def test_a_trainer_signs_in_plans_opens_shows_closes_and_counts_a_session(client, tree, people):
    venue = VenueFactory(name="Colegio Distrital Las Aguas", locality="Santa Fe")

    # Signing in leads to the trainer's own sessions, empty at first.
    response = client.get(reverse("trainer:session_list"))
    assert response.status_code == 302 and reverse("trainer:login") in response["Location"]
    login(client, people.trainer)
    response = client.get(reverse("trainer:session_list"))
    assert "You have no sessions yet." in response.text

    # Plan: the time typed is the venue's local time.
    response = client.post(reverse("trainer:session_create"), session_form(tree, venue))
    session = Session.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("trainer:session_detail", args=[session.pk])
    assert session.trainer == people.trainer
    assert session.state == SessionState.PLANNED
    assert session.scheduled_start == datetime(2026, 12, 3, 9, 30, tzinfo=BOGOTA)
    assert session.group.name == "7B" and session.group.venue == venue
    assert [sm.revision_id for sm in session.session_modules.all()] == [
        tree.module.live_revision_id
    ]
    response = client.get(reverse("trainer:session_list"))
    assert "7B · Colegio Distrital Las Aguas" in response.text
    assert "Thursday, Dec. 3, 2026, 9:30 a.m." in response.text

    # Open (on another day than planned, once confirmed): the code, the join URL and a QR code
    # that decodes to that URL.
    response = client.post(reverse("trainer:session_open", args=[session.pk]), CONFIRMED)
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.state == SessionState.OPEN
    detail = client.get(reverse("trainer:session_detail", args=[session.pk])).text
    join_url = f"http://testserver/join/{session.join_code}/"
    assert session.join_code_display in detail
    assert join_url in detail
    inline_svg = re.search(r"<svg[^>]*qr-code.*?</svg>", detail, re.S).group(0)
    assert svg_decode(inline_svg) == join_url
    projector = client.get(reverse("trainer:session_projector", args=[session.pk])).text
    assert session.join_code_display in projector
    assert svg_decode(re.search(r"<svg[^>]*qr-code.*?</svg>", projector, re.S).group(0)) == join_url
    qr_file = client.get(reverse("trainer:session_qr", args=[session.pk]))
    assert qr_file["Content-Type"] == "image/svg+xml"
    assert svg_decode(qr_file.content.decode()) == join_url

    # A participant reaches the session through the QR code's URL.
    assert client.get(join_url).status_code == 200

    # Close: confirm first; the code then stops working.
    assert (
        "stops working at once"
        in client.get(reverse("trainer:session_close", args=[session.pk])).text
    )
    response = client.post(reverse("trainer:session_close", args=[session.pk]))
    assert response["Location"] == reverse("trainer:session_headcount", args=[session.pk])
    session.refresh_from_db()
    assert session.state == SessionState.CLOSED
    ended = client.get(join_url)
    assert ended.status_code == 410
    assert "This session has ended" in ended.text

    # Count: 15 girls, 14 boys and one child who did not say, plus the class teacher.
    response = client.post(
        reverse("trainer:session_headcount", args=[session.pk]),
        headcount_form_data(
            {"role": "students", "age_band": "10-13", "female": 15, "male": 14, "not_stated": 1},
            {"role": "teachers", "age_band": "18+", "female": 1},
            expected_size=32,
        ),
    )
    assert response.status_code == 302
    assert sorted(session.attendance.values_list("role", "gender", "count")) == [
        ("students", "female", 15),
        ("students", "male", 14),
        ("students", "not_stated", 1),
        ("teachers", "female", 1),
    ]
    detail = client.get(reverse("trainer:session_detail", args=[session.pk])).text
    assert "31 / 32" in detail

    # The session is now among the past ones.
    listing = client.get(reverse("trainer:session_list")).text
    assert listing.index("Past") < listing.index("7B · Colegio Distrital Las Aguas")


def test_a_correction_of_the_headcount_replaces_the_earlier_one(client, tree, people):
    session = SessionFactory(
        campaign=tree.campaign, trainer=people.trainer, scheduled_start=timezone.now()
    )
    login(client, people.trainer)
    url = reverse("trainer:session_headcount", args=[session.pk])
    students = {"role": "students", "age_band": "10-13"}
    client.post(url, headcount_form_data({**students, "female": 12}))
    client.post(url, headcount_form_data({**students, "female": 10, "male": 9}))
    assert sorted(Attendance.objects.values_list("gender", "count")) == [
        ("female", 10),
        ("male", 9),
    ]
    # The form comes back with what was recorded.
    page = client.get(url).text
    assert 'value="10"' in page and 'value="9"' in page


def test_a_trainer_edits_a_planned_session_and_deletes_another(client, tree, people):
    venue = VenueFactory()
    login(client, people.trainer)
    client.post(reverse("trainer:session_create"), session_form(tree, venue))
    session = Session.objects.get()
    edit_url = reverse("trainer:session_edit", args=[session.pk])
    assert 'value="7B"' in client.get(edit_url).text
    response = client.post(edit_url, session_form(tree, venue, group_name="7C", time="11:00"))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.group.name == "7C"
    assert session.scheduled_start == datetime(2026, 12, 3, 11, 0, tzinfo=BOGOTA)

    client.post(reverse("trainer:session_delete", args=[session.pk]))
    assert not Session.objects.exists()


def test_an_open_session_cannot_be_deleted_and_a_closed_one_cannot_be_edited(client, tree, people):
    session = SessionFactory(campaign=tree.campaign, trainer=people.trainer)
    services.session_open(session=session)
    login(client, people.trainer)
    client.post(reverse("trainer:session_delete", args=[session.pk]))
    assert Session.objects.filter(pk=session.pk).exists()
    services.session_close(session=session)
    response = client.get(reverse("trainer:session_edit", args=[session.pk]), follow=True)
    assert "A closed session can no longer be edited." in response.text


@pytest.mark.parametrize("language, heading", [("es", "Mis sesiones"), ("ro", "Sesiunile mele")])
def test_the_trainer_space_speaks_the_language_the_trainer_chose(client, people, language, heading):
    login(client, people.trainer)
    client.post(reverse("set_language"), {"language": language, "next": "/trainer/"})
    assert heading in client.get(reverse("trainer:session_list")).text


def _queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_session_list_costs_the_same_queries_for_three_sessions_as_for_thirty(
    client, tree, people, django_assert_max_num_queries
):
    login(client, people.trainer)
    url = reverse("trainer:session_list")
    client.get(url)  # the first request of a login also stores the session and warms caches
    for _ in range(3):
        SessionFactory(campaign=tree.campaign, trainer=people.trainer)
    few = _queries_for(client, url)
    for _ in range(27):
        SessionFactory(campaign=tree.campaign, trainer=people.trainer)
    assert _queries_for(client, url) == few
    # One of them asks whether the trainer belongs to a campaign (else: whom to ask).
    with django_assert_max_num_queries(11):
        client.get(url)


def test_the_open_session_page_stays_within_a_fixed_number_of_queries(
    client, tree, people, django_assert_max_num_queries
):
    """However many participants have joined and answered, the page with its live panel and
    survey results costs the same number of queries."""
    QuizFactory(modules=[tree.module])
    survey = SurveyFactory(campaign=tree.campaign)
    session = SessionFactory(campaign=tree.campaign, trainer=people.trainer, modules=[tree.module])
    services.session_open(session=session)
    for _ in range(5):
        participant = Participant.objects.create(
            session=session, role="students", age_band="10-13", language="es"
        )
        Attempt.objects.create(
            key=uuid.uuid4(),
            participant=participant,
            session=session,
            quiz=Quiz.objects.get(),
            quiz_key=Quiz.objects.get().translation_key,
            revision_id=Quiz.objects.get().live_revision_id,
            phase="pre",
            correct_count=2,
            question_count=3,
            passed=True,
        )
        response = Response.objects.create(
            key=uuid.uuid4(),
            participant=participant,
            session=session,
            survey=survey,
            survey_key=survey.translation_key,
            revision_id=survey.live_revision_id,
            phase="post",
        )
        ResponseAnswer.objects.create(response=response, question_key=S_LIKERT, choice_keys=["4"])
    login(client, people.trainer)
    client.get(reverse("trainer:session_list"))
    url = reverse("trainer:session_detail", args=[session.pk])
    # The first view since the content changed reads the session's quiz and survey plans and the
    # survey (and the content token they are kept under, workshops.content_cache), and for the
    # class's results the answers and the quiz's translations...
    with django_assert_max_num_queries(29):
        response = client.get(url)
    assert response.status_code == 200
    assert response.context["progress"].pre_done == 5
    assert "5 responses" in response.text
    # ... the next ones, as the trainer reloads it during the session, find them in memory.
    with django_assert_max_num_queries(23):
        assert client.get(url).status_code == 200
